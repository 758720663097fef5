from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from dateutil.relativedelta import relativedelta

from tqcheck.document.model import Document
from tqcheck.facts.analysis import document_facts
from tqcheck.facts.dates import DateMention
from tqcheck.facts.spans import Point, Span, find_spans
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule

# How far a span may miss the dates it names (days), by unit: "a week after" may be 6-9 days.
_GAP_SLACK = {"day": 1, "week": 2, "month": 3, "year": 15}
# "a day after", "two days after": a short gap is exact
_DURATION_SLACK = {"day": 0, "week": 3, "month": 4, "year": 20}


class SpanAgainstDates(Rule):
    """A length of time that the two dates it spans do not give.

    "The 10-day offensive, which began on 3 March, ended on 19 March": 3 to 19 March is 16
    days (17 counting both). The sentence states a length ("10-day", "three weeks",
    "week-long", "five-month") and the two dates it runs between: a range ("from 2 to 30
    April", "from January to March 2016", "between ... and ..."), a start and an end ("began
    on ..., ended on ...", ``tqcheck/data/span_words.tsv``), or "N days after" a date with the
    other date in the same sentence ("on 3 May, nine days after ... on 28 April"). A count of
    days may count both ends; weeks, months and years are allowed a few days either way. A
    date without a year is read in the other date's year (or the year before, when that is
    nearer). No fix is offered: which of the three is wrong is for the source to say.

    Bad:
        The 10-day offensive, which began on 3 March, ended on 19 March.

    Good:
        The 16-day offensive, which began on 3 March, ended on 19 March.
    """

    code = "TQ509"
    name = "span-against-dates"
    category = Category.DATE
    severity = Severity.WARNING
    summary = 'A length of time its two dates do not give ("10-day offensive, 3 to 19 March")'

    def check(self, document: Document) -> Iterator[Finding]:
        by_sentence: dict[int, list[DateMention]] = {}
        for mention in document_facts(document).dates:
            by_sentence.setdefault(mention.sentence_index, []).append(mention)
        sentences = document.sentences()
        base = document.published.year if document.published else 2000
        for index, sentence in enumerate(sentences):
            text = document.plain[sentence.start : sentence.end]
            # a day range ("5-10 November") is no date mention of its own
            for span in find_spans(text, sentence.start, by_sentence.get(index, [])):
                measured = _measure(span, base)
                if measured is None:
                    continue
                yield self.finding(
                    document,
                    sentence.start + span.start,
                    sentence.start + span.end,
                    f"'{span.text}' but {measured}; check the source for a changed number or date",
                )


def _measure(span: Span, base: int) -> str | None:
    """What the dates measure, when it is not the span; ``None`` when they agree."""
    first, second = span.first, span.second
    if first.month is None or second.month is None:
        return None
    if first.day is not None and second.day is not None:
        found = _days(first, second, base)
        if found is None:
            return None  # "29 February" twice, no year given, none of the years near is a leap year
        one, two = found
        days = (two - one).days
        if _agrees_days(span, one, two):
            return None
        between = f"{_say(one)} to {_say(two)}"
        if span.unit == "day" and not span.gap:
            return f"{between} is {days} days ({days + 1} counting both)"
        return f"{between} is {days} days"
    if span.unit not in ("month", "year") or first.day is not None or second.day is not None:
        return None
    y1 = first.year if first.year is not None else second.year
    y2 = second.year if second.year is not None else first.year
    if y1 is None or y2 is None:
        return None
    months = abs((y2 * 12 + second.month) - (y1 * 12 + first.month))
    wanted = span.count * (12 if span.unit == "year" else 1)
    slack = 12 if span.unit == "year" else 1
    if months - slack <= wanted <= months + slack + (0 if span.gap else 1):
        return None
    return f"{first.text} to {second.text} is {months} months"


def _days(first: Point, second: Point, base: int) -> tuple[date, date] | None:
    """The two days, a missing year taken from the other date (or the year before or after,
    whichever puts them nearer), in order; None when no such year makes both real days."""
    assert first.month and first.day and second.month and second.day
    if first.year is not None and second.year is not None:
        pairs = [(first.year, second.year)]
    else:
        known = first.year or second.year or base
        pairs = [(known, known), (known - 1, known), (known, known + 1)]
        if first.year is not None:
            pairs = [(first.year, first.year), (first.year, first.year + 1)]
        elif second.year is not None:
            pairs = [(second.year, second.year), (second.year - 1, second.year)]
    best: tuple[date, date] | None = None
    for y1, y2 in pairs:
        try:
            one, two = date(y1, first.month, first.day), date(y2, second.month, second.day)
        except ValueError:
            continue
        one, two = min(one, two), max(one, two)
        if best is None or (two - one) < (best[1] - best[0]):
            best = (one, two)
    return best


def _agrees_days(span: Span, one: date, two: date) -> bool:
    days = (two - one).days
    if span.unit == "day":
        if span.gap:
            return abs(days - span.count) <= (_GAP_SLACK["day"] if span.count > 3 else 0)
        return span.count in (days, days + 1)
    step = {
        "week": relativedelta(weeks=span.count),
        "month": relativedelta(months=span.count),
        "year": relativedelta(years=span.count),
    }[span.unit]
    expected = one + step
    slack = (_GAP_SLACK if span.gap else _DURATION_SLACK)[span.unit]
    miss = (two - expected).days
    return -slack - (0 if span.gap else 1) <= miss <= slack


def _say(day: date) -> str:
    return f"{day.day} {day.strftime('%B')}"
