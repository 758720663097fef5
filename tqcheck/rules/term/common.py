"""What the term rules share: the run's compiled glossary and the target-side hits."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tqcheck.document.model import Document
from tqcheck.terms.glossary import Term, glossary_for
from tqcheck.terms.matcher import Hit, same_form

__all__ = ["same_form", "target_hits"]


_last: list[tuple[Document, object, list[Hit[Term]]]] = []


def target_hits(document: Document, config: Any) -> Iterator[Hit[Term]]:
    """Glossary forms found in the document's text (its plain text: markup blanked out),
    matched once per document and glossary for TQ801 and TQ802 together."""
    glossary = glossary_for(config)
    if _last and _last[0][0] is document and _last[0][1] is glossary:
        yield from _last[0][2]
        return
    hits = list(glossary.target.find(document.plain))
    _last[:] = [(document, glossary, hits)]
    yield from hits
