from __future__ import annotations

from collections.abc import Iterator

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.source.mechanics import units

_DOUBLE = patterns.compile(r"(?<=\S) {2,}(?=\S)")
_LEADING = patterns.compile(r"^\s+")
_TRAILING = patterns.compile(r"\s+$")


class SpacingMismatch(Rule):
    """Spaces in a unit's target that differ from its source: a double space inside the text
    where the source has none, or leading or trailing whitespace that the source does not have
    (or has and the target lost).

    Software strings and subtitles are joined to other text: a space added or lost at an edge
    glues words together or doubles a gap on the page. The fix removes the extra spaces (a
    lost edge space is left to the editor).

    Bad:
        source: وصل الوفد إلى العاصمة.
        target: The delegation  arrived in the capital.

    Good:
        source: وصل الوفد إلى العاصمة.
        target: The delegation arrived in the capital.
    """

    code = "TQ724"
    name = "spacing-mismatch"
    category = Category.SOURCE
    severity = Severity.INFO
    summary = "Double spaces or edge whitespace in the target that the source does not have"

    def check(self, document: Document) -> Iterator[Finding]:
        for unit in units(document):
            source, target = unit.source, unit.target
            if not _DOUBLE.search(source):
                for match in _DOUBLE.finditer(target):
                    start, end = unit.target_span(match.start(), match.end())
                    yield self.finding(
                        document,
                        start,
                        end,
                        f"unit {unit.id}: {len(match.group())} spaces in a row; the source "
                        "has single spaces",
                        suggestion=" ",
                    )
            for pattern, edge in ((_LEADING, "leading"), (_TRAILING, "trailing")):
                source_edge = pattern.search(source)
                target_edge = pattern.search(target)
                if target_edge and not source_edge:
                    start, end = unit.target_span(target_edge.start(), target_edge.end())
                    yield self.finding(
                        document,
                        start,
                        end,
                        f"unit {unit.id}: {edge} whitespace the source does not have",
                        suggestion="",
                    )
                elif source_edge and not target_edge:
                    at = 0 if edge == "leading" else len(target)
                    start, end = unit.target_span(at, at)
                    yield self.finding(
                        document,
                        start,
                        end,
                        f"unit {unit.id}: the source has {edge} whitespace "
                        f"({source_edge.group()!r}) and the target none",
                    )
