from __future__ import annotations

import calendar
from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.facts.analysis import document_facts
from tqcheck.facts.dates import MONTH_NAMES
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule


class ImpossibleDate(Rule):
    """A date the calendar does not have.

    "31 June", "September 31", "29 February 2019": a day the month never reaches. The digits
    were mistyped or mistranslated, and which day was meant cannot be told from the text, so no
    fix is offered. A 29 February without a year is accepted (it exists in leap years).

    Bad:
        The agreement was signed on 31 June 2021 in Rabat.

    Good:
        The agreement was signed on 30 June 2021 in Rabat.
    """

    code = "TQ505"
    name = "impossible-date"
    category = Category.DATE
    severity = Severity.ERROR
    summary = 'A date that does not exist ("31 June", "29 February 2019")'

    def check(self, document: Document) -> Iterator[Finding]:
        for mention in document_facts(document).dates:
            if mention.kind != "invalid" or mention.month is None or mention.day is None:
                continue
            month = MONTH_NAMES[mention.month - 1]
            if mention.year is not None:
                length = calendar.monthrange(mention.year, mention.month)[1]
                what = f"{mention.day} {month} {mention.year} does not exist"
                why = f"{month} {mention.year} has {length} days"
            else:
                length = calendar.monthrange(2000, mention.month)[1]
                what = f"{mention.day} {month} does not exist"
                why = f"{month} has {length} days"
                if mention.month == 2:
                    why = "February has 28 or 29 days"
            yield self.finding(
                document, mention.start, mention.end, f"{what}: {why}; check the source"
            )
