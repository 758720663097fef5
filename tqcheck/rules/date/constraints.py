"""What the date rules share: the publication date and the constraints that fail for it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from tqcheck.document.model import Document
from tqcheck.facts.analysis import document_facts
from tqcheck.facts.timeline import Constraint


def published(document: Document) -> date | None:
    """The run's publication date for ``document`` (``--published``, front matter, config),
    as the runner sets it before the rules run."""
    return document.published


def failing(document: Document, kind: str) -> Iterator[tuple[Constraint, date]]:
    """Constraints of ``kind`` that the known publication date breaks."""
    day = published(document)
    if day is None:
        return
    for constraint in document_facts(document).constraints():
        if constraint.kind == kind and not constraint.holds(day):
            yield constraint, day
