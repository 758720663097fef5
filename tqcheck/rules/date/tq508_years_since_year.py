from __future__ import annotations

import re
from collections.abc import Iterator

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.facts.anniversaries import YearsSince, find_years_since
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule

_CUES = patterns.compile(r"\banniversary\b|\bsince\b|\bago\b", re.IGNORECASE)
_AHEAD = patterns.compile(
    r"\b(?:will|shall|next\s+year|(?:is|are)\s+(?:due|set|expected)\s+to|ahead\s+of|upcoming)\b",
    re.IGNORECASE,
)


class YearsSinceYear(Rule):
    """An anniversary or a number of years that the year it counts from does not give.

    Published in 2024, "the 35th anniversary of the 1988 earthquake" is a year off (2024 is
    the 36th), and "25 years since ... in 2003" in 2023 is 20. Read with the publication date
    (``--published``): "the Nth anniversary of ... YEAR" must be the publication year minus
    YEAR (one less in January, when last year's anniversary may still be news; one more in a
    clause about the coming one: "will mark"); "N years since ... YEAR", "N years ago, in YEAR"
    and "in YEAR, N years ago" may be that difference or one less. "A decade" or "about 20
    years" may be three (two) years off.

    Bad:
        ---
        published: 2024-06-05
        ---
        Officials laid wreaths to mark the 35th anniversary of the 1988 earthquake.

    Good:
        ---
        published: 2024-06-05
        ---
        Officials laid wreaths to mark the 36th anniversary of the 1988 earthquake.
    """

    code = "TQ508"
    name = "years-since-year"
    category = Category.DATE
    severity = Severity.WARNING
    summary = 'Years from a year that publication does not give ("35th anniversary of 1988")'

    def check(self, document: Document) -> Iterator[Finding]:
        published = document.published
        if published is None:
            return
        for sentence in document.sentences():
            text = document.plain[sentence.start : sentence.end]
            if not _CUES.search(text):
                continue
            for count in find_years_since(text):
                elapsed = published.year - count.year
                if elapsed < 0:
                    continue
                low, high = _allowed(count, elapsed, published.month, bool(_AHEAD.search(text)))
                if low <= count.years <= high:
                    continue
                right = f"{low}" if low == high else f"{low} to {high}"
                what = "anniversary" if count.anniversary else "years"
                yield self.finding(
                    document,
                    sentence.start + count.start,
                    sentence.start + count.end,
                    f"'{count.text}' {what} from {count.year}, but published "
                    f"{published.isoformat()}: {right}; check the source for a changed number",
                )


def _allowed(count: YearsSince, elapsed: int, month: int, ahead: bool) -> tuple[int, int]:
    if count.anniversary:
        low = elapsed - 1 if month == 1 else elapsed
        return low, elapsed + 1 if ahead else elapsed
    slack = (3 if count.years >= 10 and count.years % 10 == 0 else 2) if count.loose else 0
    return max(0, elapsed - 1 - slack), elapsed + slack + (1 if ahead else 0)
