"""What a check reports: one :class:`Finding` per problem, with an exact span."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more severe; used by ``--fail-on``."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Category(StrEnum):
    ARTIFACT = "artifact"
    LAYOUT = "layout"
    PLACE = "place"
    NUMBER = "number"
    DATE = "date"
    SEMANTIC = "semantic"
    SOURCE = "source"  # the target compared with its source
    TERM = "term"  # house terms: a glossary's preferred, forbidden and paired terms
    META = "meta"  # tqcheck's own comments in the text (suppressions that silence nothing)


# The public fields of a finding, in the order every machine format writes them.
FINDING_FIELDS: tuple[str, ...] = (
    "rule",
    "category",
    "severity",
    "line",
    "column",
    "end_line",
    "end_column",
    "text",
    "message",
    "suggestion",
    "unit",
    "unit_offset",
    "unit_state",
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one file.

    ``start``/``end`` are character offsets into the decoded file text (end exclusive);
    ``line``/``column``/``end_line``/``end_column`` are the same span, 1-based, end exclusive,
    columns counted in Unicode code points. ``text`` is exactly ``file_text[start:end]``.
    ``suggestion`` is the replacement for ``text``, or ``None`` when there is none.
    """

    rule: str
    category: Category
    severity: Severity
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    message: str
    suggestion: str | None = None
    # In a bilingual file: the translation unit whose target holds the span, and the span's
    # offset within that target (characters of the decoded target text).
    unit: str | None = None
    unit_offset: int | None = None
    # The unit's segment state (tqcheck.bilingual.states.unit_state: "fuzzy", "translated"...;
    # "" when the file gives none).
    unit_state: str | None = None

    def with_severity(self, severity: Severity) -> Finding:
        return replace(self, severity=severity)

    def in_unit(self, unit: str, offset: int, state: str | None = None) -> Finding:
        return replace(self, unit=unit, unit_offset=offset, unit_state=state)

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.rule)

    def to_dict(self) -> dict[str, Any]:
        """The public fields, in :data:`FINDING_FIELDS` order."""
        return {
            name: str(getattr(self, name))
            if name in ("category", "severity")
            else getattr(self, name)
            for name in FINDING_FIELDS
        }
