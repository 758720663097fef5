"""Turning source-vs-target fact mismatches of one aligned group into findings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from tqcheck.bilingual.pairing import AlignedGroup
from tqcheck.document.model import Document
from tqcheck.findings import Finding
from tqcheck.rules.base import Rule

if TYPE_CHECKING:
    from tqcheck.bilingual.facts_compare import FactMismatch


def report_mismatches(
    rule: Rule, document: Document, group: AlignedGroup, mismatches: Iterable[FactMismatch]
) -> Iterator[Finding]:
    """One finding per mismatch, on the target words it concerns (or, for a value the
    target lacks, on the whole target sentence group)."""
    base = group.start
    for mismatch in mismatches:
        if mismatch.target_span is not None:
            start, end = base + mismatch.target_span[0], base + mismatch.target_span[1]
            suggestion = mismatch.suggestion
        else:
            start, end = base, group.target[-1].end
            suggestion = None
        yield rule.finding(document, start, end, mismatch.message, suggestion)
