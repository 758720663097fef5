from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from tqcheck.document.model import Document
from tqcheck.facts.analysis import document_facts
from tqcheck.facts.dates import WEEKDAY_NAMES, DateMention, describe_day, resolve
from tqcheck.facts.timeline import WEEKDAY
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.date.constraints import failing


class WeekdayMismatch(Rule):
    """A weekday written with a date that falls on another weekday.

    "Wednesday, October 15, 2020" cannot be right: that day was a Thursday. One of the two was
    mistranslated or mistyped, and only the editor can tell which, so the message gives the
    weekday the date falls on. A date without a year ("Wednesday, October 14") is read in the
    year of publication, so it is checked when the publication date is known.

    Bad:
        The talks resumed on Wednesday, October 15, 2020 in Moscow.

    Good:
        The talks resumed on Thursday, October 15, 2020 in Moscow.
    """

    code = "TQ501"
    name = "weekday-mismatch"
    category = Category.DATE
    severity = Severity.ERROR
    summary = 'Weekday does not match the date ("Wednesday, October 15, 2020")'
    fix = "unsafe"

    def check(self, document: Document) -> Iterator[Finding]:
        for mention in document_facts(document).dates:
            if mention.kind != "absolute" or mention.weekday is None or mention.year is None:
                continue
            day = resolve(mention, date(mention.year, 1, 1))  # the year is written
            if day is not None and day.weekday() != mention.weekday:
                yield self._finding(document, mention, day, "")
        for constraint, published in failing(document, WEEKDAY):
            mention = constraint.mention
            day = resolve(mention, published)
            if day is not None:
                note = (
                    f" (no year given: read in the year of publication, {describe_day(published)})"
                )
                yield self._finding(document, mention, day, note)

    def _finding(self, document: Document, mention: DateMention, day: date, note: str) -> Finding:
        assert mention.weekday is not None
        actual = WEEKDAY_NAMES[day.weekday()]
        written = WEEKDAY_NAMES[mention.weekday]
        return self.finding(
            document,
            mention.start,
            mention.end,
            f"{day:%B} {day.day}, {day.year} was a {actual}, not a {written}{note}",
            mention.text.replace(written, actual, 1),
        )
