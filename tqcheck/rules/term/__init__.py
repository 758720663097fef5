"""House-term rules (TQ8xx): the newsroom glossary of ``[tool.tqcheck.terms]`` (and, when
asked for, the shipped sample terms) applied to the target text and, for bilingual input, to
source->target pairs."""
