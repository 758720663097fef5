"""House-term rules (TQ8xx): the newsroom glossary of ``[tool.tqcheck.terms]`` (and the shipped
house terms) applied to the target text and, for bilingual input, to source->target pairs."""
