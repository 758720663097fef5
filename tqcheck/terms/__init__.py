"""House terms: a newsroom's glossary (preferred terms and their variants, forbidden terms,
source->target pairs) loaded from ``[tool.tqcheck.terms]``, CSV/TSV files and TBX term bases,
and matched in one pass over a text (:mod:`tqcheck.terms.matcher`).
"""
