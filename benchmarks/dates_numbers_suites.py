"""tqcheck's date and number extraction on peer test suites, beside dateparser and numerizer alone.

The suites are the team's shared evaluation data (Microsoft Recognizers-Text, Duckling and
dateparser test cases converted to JSONL). Their licences differ, so they are read in place and
nothing from them is copied into the repository:

    python benchmarks/dates_numbers_suites.py /work/shared/eval-data/dates_numbers

Prints Markdown. Takes about 10 s on the team's 2-core box (most of it is ``search_dates``
with language detection on the negative cases).

Dates: which cases are selected
-------------------------------
Rows: Recognizers ``kind`` "date", Duckling ``kind`` "date" (day grain) without a ``holiday``,
dateparser ``kind`` "relative", "relative_with_time" or "date". The *expression* is the gold
``span`` for Recognizers (its text is a whole sentence) and the whole ``text`` otherwise. The
expression, with a leading "on" and trailing sentence punctuation removed, must match one of
these shapes completely (case-insensitive), which are what news copy writes:

* ``day month year``: "October 4, 2020", "4 Oct 2020", "the 4th of October, 2020", "Tuesday,
  October 4, 2020" (month name in full or as a standard abbreviation, day in digits with or
  without an ordinal suffix or as an ordinal word, four-digit year);
* ``day month``: the same without a year ("4 Oct", "the 4th of October", "Feb 29");
* ``ISO date``: "2020-10-04";
* ``yesterday/today/tomorrow``: also "(the) day before yesterday", "(the) day after tomorrow";
* ``weekday``: a weekday name alone ("Friday", "on Friday");
* ``last/next weekday``: last, next, this, coming, past, previous, "this past" + weekday;
* ``N units ago``: "two days ago", "a week ago", "3 months ago", "five years ago";
* ``Nth of last month``: "the 27th of last month", "20th of the next month", "20 of this month".

Excluded: times of day, holidays, date ranges and fuzzy expressions ("around the 21st"), numeric
slash/dot/dash dates (their day/month order is ambiguous), abbreviated weekdays ("Tue", "Thu"),
day numbers written as cardinal words ("May twenty nine"), week/month/year grains, expressions
relative to another date ("3 days after Easter"), rows whose gold answer is not a valid day
(Recognizers "notTresolved", dateparser "0001-01-01"). Duplicates (same suite, text, reference
day, expected days and dateparser ``PREFER_*`` settings) are counted once. Two further news
shapes outside that list are scored in a separate table and left out of the totals: "the 15th"
with no month, and "in two weeks" / "two days later" / "three days from now".

Dates: how each case is scored
------------------------------
The reference day is the date part of ``reference_datetime`` (Duckling's wall-clock time in its
-02:00 zone). A case passes when one of the accepted days in ``expected`` is hit.

* ours: ``find_dates(text)`` on the row's full text (the whole sentence for Recognizers), then
  ``resolve(mention, reference)`` for every mention; passes if any resolved day is accepted.
  Where a dateparser row sets ``PREFER_DATES_FROM`` to "past" or "future" (the row's own
  statement of which reading it wants, which dateparser is given too), a mention whose sentence
  has no tense gets that tense; "current_period" and rows without the setting give nothing.
* ours, names capitalised: the same after capitalising month and weekday names. Our extractor
  reads lower-case names only where the context makes them dates ("may be", "march on" are no
  dates), and many suite strings are lower case.
* ours, + either tense: the capitalised run, also accepting the reading of each mention with
  the past or the future tense. The suite strings have no verb to take the tense from. Ours
  reads a date that is its whole sentence (a heading, a schedule line) as the coming one, as
  Duckling does; dateparser's default reads a bare weekday as the last one, so the suites
  disagree with each other there.
* dateparser: ``dateparser.parse(expression, languages=["en"], settings={"RELATIVE_BASE":
  reference, **row settings})``; passes if its date part is accepted. For Recognizers it gets
  the span, not the sentence (``dateparser.parse`` is not a search; its score on the whole
  sentences is printed as a note).

Failures of ours are tagged: ``not read`` (no mention at all, even with names capitalised),
``no day`` (a mention, but none resolves to a day), ``wrong day`` (no reading gives an accepted
day), ``tense`` (right with the other tense), ``lower case`` (right once names are
capitalised).

Negative cases: every ``kind`` "none" row of the three date suites, plus ``MUST_NOT_PARSE``
below. Counted: ours with a mention that resolves to a day (and with any mention at all),
``dateparser.parse``, and ``dateparser.search.search_dates`` with ``languages=["en"]`` and with
its default language detection.

Numbers
-------
Rows: Recognizers number suite (``kind`` number, ordinal, percentage) and Duckling numerals and
ordinals. The expression (Recognizers ``span``, else the text) must be one of:

* ``digits``: "192", "4.800", "1,234,567";
* ``digits + scale``: "2 million", "1,674.5 million", and the abbreviations "10k", "10M",
  "1,674,200.5 M";
* ``words``: spelled cardinals with single spaces or hyphens ("sixteen", "one hundred and
  sixty-one", "twenty-one trillion three hundred");
* ``dozen/couple``: "a dozen", "half a dozen", "two dozen", "a couple (of)", "a pair";
* ``ordinal digits`` ("21st") and ``ordinal words`` ("twenty-fifth", "two hundredth");
* ``percent``: digits or words + "%", "percent", "per cent".

Skipped, with the reason printed: fractions ("1/2", "two thirds", "one and a half", "1 over 3",
"⅔"), exponent and power notation ("1e10", "1.1^23", "1.3x10^6"), signed numbers ("-1", "minus
one", "negative five"), leading dots or zeros (".08", "0033"), decimals in words ("two hundred
point zero three"), Indian scales (lakh, crore), space-grouped or Indian-grouped digits ("1 234
567", "12,34,567.89"), "percentage"/"percents"/"percent of 10", spoken digit-group forms ("one
twenty two" = 122), unusual spacing or joining ("fifty   two", "fifty - two", "twentyfifth",
an em dash), plural scales after a number ("3 dozens", "three billions"), scales past
"million" as ordinals ("trillionth"), other abbreviations ("10G", "1.2b", "2mil", "1MM"),
mixed digits and words ("3 hundred and 21"), "few", "naught"/"nil"/"single", code names
("SCP-173"), a misspelling ("Nineth") and ordinals inside fractions ("and a third").

Scoring: ours is ``find_numbers(text)`` on the full text, taking the quantity that overlaps
the gold span when the row gives one, else the first quantity; its ``value`` must equal the
expected value. numerizer alone is ``numerize(text)`` and the first number written in digits in
its output. Negatives (``kind`` none): how many texts we extract any quantity from, and how
many once numbers inside dates and years are dropped as ``document_facts`` drops them; for
numerizer, how many outputs contain a digit. Number ranges (``numberrange``): only spans made
of one of our qualifiers and one number or two ("between 20 and 30", "more than thirty", "up
to 700", "1000-5000") are scored, ours only, by comparing our ``low``/``high`` with the
interval's ends (open or closed ends are not compared; an open lower end accepts 0).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import dateparser
from dateparser.search import search_dates
from numerizer import numerize

from tqcheck.facts.dates import DateMention, find_dates, resolve
from tqcheck.facts.quantities import Quantity, find_numbers

DATE_FILES = {
    "recognizers": "recognizers_text_datetime_en.jsonl",
    "duckling": "duckling_time_en.jsonl",
    "dateparser": "dateparser_en.jsonl",
}
NUMBER_FILES = {
    "recognizers": "recognizers_text_number_en.jsonl",
    "duckling": "duckling_numeral_ordinal_en.jsonl",
}
MAX_FAILURES = 15

# Strings that are no date in news copy; a reader of dates must leave them alone.
MUST_NOT_PARSE = [
    "25",
    "may be",
    "the 1990s group",
    "March on",
    "a second opinion",
    "are",
    "car",
    "Will said",
    "They may be released later.",
    "Thousands march on the capital.",
    "We are here.",
    "The car was stopped at the border.",
    "Will Smith said it was a second chance.",
    "Theresa May said the talks would go on.",
    "The May government fell.",
    "April Ryan asked the question.",
    "Sun Yat-sen University",
    "Sat nav maker TomTom",
    "the Mar-a-Lago estate",
    "Jan Kowalski, a spokesman",
    "Eve said nothing.",
    "The 1990s group split up.",
    "Article 25 of the constitution",
    "Resolution 2254",
    "He was second in the race.",
    "one day",
    "some day",
    "a week of talks",
    "the day",
    "Sunday Times reporter",
    "Monday Night Football",
    "Mark said",
    "Dec Ministry",
    "Augusta, Georgia",
    "The 25 members voted.",
    "at 10",
    "Marching orders",
    "Friday prayers were cancelled.",
]

# -- date shapes ---------------------------------------------------------------------------

_MONTH_FULL = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_MONTH_ABBR = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
_MONTH = rf"(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.?)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ORD_UNITS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
)
_ORD_DAY = (
    r"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    rf"|twentieth|thirtieth|{_ORD_UNITS})"
)
_DAY = rf"(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|{_ORD_DAY})"
_YEAR = r"\d{4}"
_UNITS_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen"
)
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_COUNT = rf"(?:\d+|an?|(?:{_TENS_WORDS})(?:[- ](?:{_UNITS_WORDS}))?|{_UNITS_WORDS})"
_UNIT = r"(?:day|week|month|year)s?"
_DAY_MONTH = (
    rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}"
    rf"|(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?:the\s+)?{_DAY}"
)
DATE_SHAPES: list[tuple[str, re.Pattern[str]]] = [
    ("day month year", re.compile(rf"(?:{_DAY_MONTH}),?\s+{_YEAR}", re.I)),
    ("day month", re.compile(_DAY_MONTH, re.I)),
    ("ISO date", re.compile(r"\d{4}-\d{2}-\d{2}")),
    (
        "yesterday/today/tomorrow",
        re.compile(
            r"(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow"
            r"|yesterday|today|tomorrow",
            re.I,
        ),
    ),
    ("weekday", re.compile(_WEEKDAY, re.I)),
    (
        "last/next weekday",
        re.compile(
            rf"(?:last|next|this|coming|past|previous|this\s+past|this\s+coming)\s+{_WEEKDAY}",
            re.I,
        ),
    ),
    ("N units ago", re.compile(rf"{_COUNT}\s+{_UNIT}\s+ago", re.I)),
    (
        "Nth of last month",
        re.compile(
            rf"(?:the\s+)?{_DAY}(?:\s+day)?\s+of\s+(?:the\s+)?"
            r"(?:last|this|next|previous|current|coming|past)\s+month",
            re.I,
        ),
    ),
]
EXTRA_SHAPES: list[tuple[str, re.Pattern[str]]] = [
    ("the Nth (no month)", re.compile(rf"the\s+{_DAY}", re.I)),
    (
        "in N units / N units later",
        re.compile(
            rf"in\s+{_COUNT}\s+{_UNIT}(?:['’]?\s+time)?"
            rf"|{_COUNT}\s+{_UNIT}\s+(?:later|from\s+now|hence)",
            re.I,
        ),
    ),
]
_NAMES = re.compile(rf"\b(?:{_MONTH_FULL}|{_MONTH_ABBR}|{_WEEKDAY})\b", re.I)


def capitalised(text: str) -> str:
    """``text`` with month and weekday names capitalised, as news copy writes them."""
    return _NAMES.sub(lambda m: m.group()[:1].upper() + m.group()[1:].lower(), text)


def date_shape(expression: str, shapes: list[tuple[str, re.Pattern[str]]]) -> str | None:
    core = re.sub(r"^\s*on\s+", "", expression.strip(), flags=re.I).rstrip(" .!?")
    for name, pattern in shapes:
        if pattern.fullmatch(core):
            return name
    return None


# -- loading -------------------------------------------------------------------------------


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def reference_of(row: dict[str, Any]) -> datetime:
    """The row's "now" as a naive wall-clock datetime."""
    return datetime.fromisoformat(row["reference_datetime"]).replace(tzinfo=None)


def accepted_days(row: dict[str, Any]) -> set[date]:
    """The days ``expected`` accepts; intervals and invalid markers are left out."""
    days = set()
    for item in row["expected"]:
        if not isinstance(item, str) or "/" in item:
            continue
        try:
            day = date.fromisoformat(item[:10])
        except ValueError:
            continue
        if day.year > 1:
            days.add(day)
    return days


def expression_of(row: dict[str, Any]) -> str:
    """The date or number words themselves: the gold span, in the text's own letter case."""
    span = row.get("span")
    if not span:
        return row["text"]
    start = row.get("span_start")
    text = row["text"]
    if isinstance(start, int) and text[start : start + len(span)].lower() == span.lower():
        return text[start : start + len(span)]
    found = text.lower().find(span.lower())
    return text[found : found + len(span)] if found >= 0 else span


@dataclass
class DateCase:
    suite: str
    shape: str
    text: str
    expression: str
    reference: datetime
    expected: set[date]
    settings: dict[str, Any]
    extra: bool = False
    results: dict[str, bool] = field(default_factory=dict)
    got: str = ""
    reason: str = ""


def date_rows(suite: str, rows: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """The rows of the date kinds this benchmark looks at (see the docstring)."""
    wanted = {
        "recognizers": lambda row: row["kind"] == "date" and not row.get("mod"),
        "duckling": lambda row: row["kind"] == "date" and not row.get("holiday"),
        "dateparser": lambda row: row["kind"] in ("relative", "relative_with_time", "date"),
    }[suite]
    return (row for row in rows if wanted(row))


def select_date_cases(directory: Path) -> tuple[list[DateCase], Counter[str]]:
    cases: list[DateCase] = []
    skipped: Counter[str] = Counter()
    seen: set[tuple[Any, ...]] = set()
    for suite, name in DATE_FILES.items():
        for row in date_rows(suite, read_jsonl(directory / name)):
            expression = expression_of(row)
            shape = date_shape(expression, DATE_SHAPES)
            extra = False
            if shape is None:
                shape = date_shape(expression, EXTRA_SHAPES)
                extra = shape is not None
            if shape is None:
                skipped[suite] += 1
                continue
            expected = accepted_days(row)
            if not expected:
                skipped[f"{suite}: no valid gold day"] += 1
                continue
            settings = dict(row.get("settings") or {})
            prefer = tuple(sorted((k, v) for k, v in settings.items() if k.startswith("PREFER")))
            reference = reference_of(row)
            key = (suite, row["text"], reference.date(), tuple(sorted(expected)), prefer)
            if key in seen:
                skipped[f"{suite}: duplicate"] += 1
                continue
            seen.add(key)
            cases.append(
                DateCase(
                    suite, shape, row["text"], expression, reference, expected, settings, extra
                )
            )
    return cases, skipped


# -- running -------------------------------------------------------------------------------

RESOLVE_ERRORS: list[str] = []


def safe_resolve(mention: DateMention, day: date) -> date | None:
    try:
        return resolve(mention, day)
    except (ValueError, OverflowError) as error:
        RESOLVE_ERRORS.append(f"{mention.text!r} on {day}: {type(error).__name__}: {error}")
        return None


def row_tense(settings: dict[str, Any]) -> str:
    """The tense a dateparser row states through ``PREFER_DATES_FROM`` ("past"/"future")."""
    prefer = settings.get("PREFER_DATES_FROM")
    return prefer if prefer in ("past", "future") else ""


def our_readings(
    text: str, day: date, tenses: bool, row_tense: str = ""
) -> tuple[set[date], list[str]]:
    days: set[date] = set()
    shown: list[str] = []
    for mention in find_dates(text):
        if row_tense and not mention.tense:
            # the row tells dateparser which way to read; our reader takes that from the verb
            mention = replace(mention, tense=row_tense)
        variants = [mention]
        if tenses:
            variants += [replace(mention, tense=tense) for tense in ("past", "future")]
        resolved = {d for m in variants if (d := safe_resolve(m, day)) is not None}
        days |= resolved
        first = safe_resolve(mention, day)
        shown.append(f"{mention.kind} {mention.text!r} -> {first.isoformat() if first else '-'}")
    return days, shown


def run_dateparser(text: str, reference: datetime, settings: dict[str, Any]) -> datetime | None:
    try:
        return dateparser.parse(
            text, languages=["en"], settings={"RELATIVE_BASE": reference, **settings}
        )
    except Exception:  # dateparser raises on some settings/inputs; count it as no answer
        return None


def score_date_case(case: DateCase) -> None:
    day = case.reference.date()
    tense = row_tense(case.settings)
    as_written, shown = our_readings(case.text, day, tenses=False, row_tense=tense)
    capital, shown_capital = our_readings(
        capitalised(case.text), day, tenses=False, row_tense=tense
    )
    either, _ = our_readings(capitalised(case.text), day, tenses=True)
    parsed = run_dateparser(case.expression, case.reference, case.settings)
    case.results = {
        "ours": bool(as_written & case.expected),
        "ours, names capitalised": bool(capital & case.expected),
        "ours, + either tense": bool(either & case.expected),
        "dateparser": parsed is not None and parsed.date() in case.expected,
    }
    case.got = "; ".join(shown) or "nothing"
    if not shown and shown_capital:
        case.got += " as written; capitalised: " + "; ".join(shown_capital)
    if case.results["ours"]:
        case.reason = ""
    elif not shown_capital:
        case.reason = "not read"
    elif not either:
        case.reason = "no day"
    elif case.results["ours, names capitalised"]:
        case.reason = "lower case"
    elif case.results["ours, + either tense"]:
        case.reason = "tense"
    else:
        case.reason = "wrong day"


# -- reporting -----------------------------------------------------------------------------

COLUMNS = ["ours", "ours, names capitalised", "ours, + either tense", "dateparser"]


def cell(hits: int, total: int) -> str:
    return f"{hits}/{total} ({100 * hits / total:.0f}%)" if total else "-"


def accuracy_table(
    cases: list[DateCase], group: Callable[[DateCase], str], columns: list[str], title: str
) -> None:
    groups: dict[str, list[DateCase]] = defaultdict(list)
    for case in cases:
        groups[group(case)].append(case)
    print(f"| {title} | n | " + " | ".join(columns) + " |")
    print("|---|---|" + "---|" * len(columns))
    for name, members in groups.items():
        row = [cell(sum(c.results[col] for c in members), len(members)) for col in columns]
        print(f"| {name} | {len(members)} | " + " | ".join(row) + " |")
    total = [cell(sum(c.results[col] for c in cases), len(cases)) for col in columns]
    print(f"| **all** | {len(cases)} | " + " | ".join(total) + " |")
    print()


def report_dates(cases: list[DateCase], skipped: Counter[str]) -> None:
    main = [c for c in cases if not c.extra]
    extra = [c for c in cases if c.extra]
    order = {name: i for i, (name, _) in enumerate(DATE_SHAPES + EXTRA_SHAPES)}
    main.sort(key=lambda c: (order[c.shape], c.suite))
    extra.sort(key=lambda c: (order[c.shape], c.suite))

    print("## Dates\n")
    print("Selected cases per suite and shape (extra shapes in brackets, not in the totals):\n")
    suites = list(DATE_FILES)
    print("| shape | " + " | ".join(suites) + " | all |")
    print("|---|" + "---|" * (len(suites) + 1))
    for name, _ in DATE_SHAPES + EXTRA_SHAPES:
        counts = [sum(c.suite == s and c.shape == name for c in cases) for s in suites]
        label = f"({name})" if name in dict(EXTRA_SHAPES) else name
        print(f"| {label} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    per_suite = [sum(c.suite == s for c in main) for s in suites]
    print("| **selected** | " + " | ".join(map(str, per_suite)) + f" | {sum(per_suite)} |")
    print()
    dropped = ", ".join(f"{k}: {v}" for k, v in sorted(skipped.items()))
    print(f"Rows of the date kinds left out (other shapes, invalid gold, duplicates): {dropped}\n")

    print("### Accuracy per suite\n")
    accuracy_table(main, lambda c: c.suite, COLUMNS, "suite")
    print("### Accuracy per shape (all suites)\n")
    accuracy_table(main, lambda c: c.shape, COLUMNS, "shape")
    print("### Accuracy per suite and shape\n")
    accuracy_table(main, lambda c: f"{c.suite}: {c.shape}", COLUMNS, "suite: shape")
    print("### Extra news shapes (not in the totals above)\n")
    accuracy_table(extra, lambda c: f"{c.suite}: {c.shape}", COLUMNS, "suite: shape")

    sentences = [c for c in main if c.suite == "recognizers"]
    whole = sum(
        (parsed := run_dateparser(c.text, c.reference, c.settings)) is not None
        and parsed.date() in c.expected
        for c in sentences
    )
    print(
        f"Note: `dateparser.parse` on the whole Recognizers sentences instead of the span: "
        f"{cell(whole, len(sentences))}.\n"
    )

    print("### Why ours fails, per shape\n")
    reasons = ["not read", "no day", "wrong day", "tense", "lower case"]
    print("| shape | failures | " + " | ".join(reasons) + " |")
    print("|---|---|" + "---|" * len(reasons))
    for name, _ in DATE_SHAPES + EXTRA_SHAPES:
        members = [c for c in cases if c.shape == name and c.reason]
        counts = Counter(c.reason for c in members)
        print(f"| {name} | {len(members)} | " + " | ".join(str(counts[r]) for r in reasons) + " |")
    print()

    print(f"### Failures of ours (up to {MAX_FAILURES} per shape, real gaps first)\n")
    rank = {reason: i for i, reason in enumerate(reasons)}
    for name, _ in DATE_SHAPES + EXTRA_SHAPES:
        failed = sorted(
            (c for c in cases if c.shape == name and c.reason), key=lambda c: rank[c.reason]
        )
        if not failed:
            continue
        print(f"**{name}** ({len(failed)} failures)\n")
        for case in failed[:MAX_FAILURES]:
            wanted = " or ".join(sorted(d.isoformat() for d in case.expected))
            print(
                f"- [{case.reason}] {case.suite}: {case.text!r} (now {case.reference.date()}) "
                f"expected {wanted}; got {case.got}"
            )
        print()


def report_negatives(directory: Path) -> None:
    sources: dict[str, list[tuple[str, datetime]]] = {}
    for suite, name in DATE_FILES.items():
        rows = [r for r in read_jsonl(directory / name) if r["kind"] == "none"]
        sources[suite] = [(r["text"], reference_of(r)) for r in rows]
    fixed = datetime(2020, 10, 15)
    sources["MUST_NOT_PARSE (this script)"] = [(text, fixed) for text in MUST_NOT_PARSE]

    tools = ["ours: day", "ours: any mention", "parse", "search_dates en", "search_dates auto"]
    print("## Dates: negative cases (nothing should be read as a day)\n")
    print("| source | n | " + " | ".join(tools) + " |")
    print("|---|---|" + "---|" * len(tools))
    examples: dict[str, list[str]] = defaultdict(list)
    per_string: list[tuple[str, dict[str, str]]] = []
    for source, items in sources.items():
        hits: Counter[str] = Counter()
        for text, reference in items:
            found = negative_hits(text, reference)
            for tool, value in found.items():
                if value:
                    hits[tool] += 1
                    if not source.startswith("MUST"):
                        examples[tool].append(f"{text[:60]!r} -> {value}")
            if source.startswith("MUST"):
                per_string.append((text, found))
        row = [str(hits[t]) for t in tools]
        print(f"| {source} | {len(items)} | " + " | ".join(row) + " |")
    print()
    print("`search_dates auto` is `search_dates(text)` with dateparser's language detection,")
    print('`search_dates en` passes `languages=["en"]`.\n')
    print("Our must-not-parse list, what each reads (blank: nothing):\n")
    print("| text | " + " | ".join(tools) + " |")
    print("|---|" + "---|" * len(tools))
    for text, found in per_string:
        print(f"| {text} | " + " | ".join(found[t] for t in tools) + " |")
    print()
    print("Examples of hits on the suites' negatives (up to 8 per tool):\n")
    for tool in tools:
        if examples[tool]:
            print(f"- {tool}: " + "; ".join(examples[tool][:8]))
    print()


def negative_hits(text: str, reference: datetime) -> dict[str, str]:
    mentions = find_dates(text)
    days = [(m, safe_resolve(m, reference.date())) for m in mentions]
    parsed = run_dateparser(text, reference, {})
    settings = {"RELATIVE_BASE": reference}
    try:
        found_en = search_dates(text, languages=["en"], settings=settings) or []
    except Exception:
        found_en = []
    try:
        found_auto = search_dates(text, settings=settings) or []
    except Exception:
        found_auto = []
    return {
        "ours: day": ", ".join(f"{m.text!r} {d}" for m, d in days if d is not None),
        "ours: any mention": ", ".join(f"{m.kind} {m.text!r}" for m in mentions),
        "parse": parsed.date().isoformat() if parsed else "",
        "search_dates en": ", ".join(f"{s!r} {d.date()}" for s, d in found_en),
        "search_dates auto": ", ".join(f"{s!r} {d.date()}" for s, d in found_auto),
    }


# -- numbers -------------------------------------------------------------------------------

_NUM_UNITS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen"
)
_SCALES = "hundred|thousand|million|billion|trillion"
_NUM_WORD = rf"(?:{_NUM_UNITS}|{_TENS_WORDS}|{_SCALES})"
_DIGITS = r"(?:[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?|(?:[1-9]\d*|0)(?:\.\d+)?)"
_WORDS_NUMBER = rf"(?:(?:a\s)?{_NUM_WORD}(?:(?:\s|-)(?:and\s)?{_NUM_WORD})*)"
_ORD_WORD = rf"(?:{_ORD_UNITS}|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|"
_ORD_WORD += r"eightieth|ninetieth|hundredth|thousandth|millionth)"
NUMBER_SHAPES: list[tuple[str, re.Pattern[str]]] = [
    ("digits", re.compile(_DIGITS)),
    ("digits + scale", re.compile(rf"{_DIGITS}(?:\s(?:{_SCALES})|\s?(?:k|m|bn))", re.I)),
    ("percent", re.compile(rf"(?:{_DIGITS}|{_WORDS_NUMBER})(?:\s?%|\s(?:percent|per cent))", re.I)),
    (
        "dozen/couple",
        re.compile(rf"(?:a|half a|{_NUM_UNITS}|\d+)\sdozen|a\scouple(?:\sof)?|a\spair", re.I),
    ),
    ("ordinal digits", re.compile(r"[1-9]\d*(?:st|nd|rd|th)", re.I)),
    ("ordinal words", re.compile(rf"(?:{_WORDS_NUMBER}(?:\s|-))?{_ORD_WORD}", re.I)),
    ("words", re.compile(_WORDS_NUMBER, re.I)),
]
# Checked first: the reasons a case is skipped as outside news prose (see the docstring).
NUMBER_SKIPS: list[tuple[str, re.Pattern[str]]] = [
    ("signed", re.compile(r"^\s*[-−]|\b(?:minus|negative)\b", re.I)),
    (
        "fraction",
        re.compile(r"\d\s*/\s*\d|[½⅓⅔¼¾⅛]|\bover\b|\bout of\b|\bhalf\b(?! a dozen)", re.I),
    ),
    ("fraction", re.compile(r"\b(?:thirds?|quarters?|fourths?|fifths|eighths|ninths)\b", re.I)),
    ("fraction", re.compile(r"\b(?:a|one)\s+(?:hundredth|thousandth|millionth|fifth|eighth)\b")),
    ("fraction", re.compile(r"\b\d+\s+in\s+\w+", re.I)),
    ("exponent/power", re.compile(r"\d[eE][+-]?\d|\^|x10", re.I)),
    ("leading dot/zero", re.compile(r"(?<![\d,])\.\d|^\s*0\d")),
    ("decimal in words", re.compile(r"\bpoint\b", re.I)),
    ("Indian scale", re.compile(r"\b(?:lakhs?|lkhs?|lac|crores?|cr|koti|krores?|kr|l)\b", re.I)),
    ("digit grouping", re.compile(r"\d \d{3}\b|\d\u202f\d|\d,\d{2},\d|^\s*\d,\d\s*$")),
    ("percentage/percents", re.compile(r"percentage|percents|percent of|per cent of", re.I)),
    ("odd spacing/joining", re.compile(r"\s{2,}|\s-\s|—|twenty(?:fifth|first)|\w+(?:fifth|first)")),
    (
        "plural scale",
        re.compile(r"(?:\d|\b(?:one|two|three|hundred))\s+(?:dozens|billions|millions)", re.I),
    ),
    ("huge ordinal", re.compile(r"trillionth", re.I)),
    ("other abbreviation", re.compile(r"\d\s*(?:g|b|mil|mm|dzs|dozs)\b", re.I)),
    ("mixed digits and words", re.compile(rf"\d\s+(?:{_SCALES})\s+(?:and\s+)?\d", re.I)),
    ("few / naught / single", re.compile(r"\b(?:few|naught|nought|nil|single)\b", re.I)),
    ("parenthesised", re.compile(r"\(")),
    ("misspelling", re.compile(r"nineth", re.I)),
    ("scale of thousands", re.compile(r"thousand\s+millions", re.I)),
]
_SPOKEN = re.compile(rf"\b(?:{_NUM_UNITS})[\s-]+(?:{_TENS_WORDS}|{_NUM_UNITS})\b", re.I)


def number_shape(expression: str) -> tuple[str | None, str | None]:
    """(shape, None) for a selected expression, (None, reason) for a skipped one."""
    core = expression.strip().rstrip(".!?")
    for reason, pattern in NUMBER_SKIPS:
        if pattern.search(core):
            return None, reason
    if _SPOKEN.search(core):
        return None, "spoken digit groups"
    for name, pattern in NUMBER_SHAPES:
        if pattern.fullmatch(core):
            return name, None
    return None, "other shape"


def expected_number(row: dict[str, Any]) -> float | None:
    try:
        return float(str(row["expected"][0]).rstrip("%"))
    except (ValueError, IndexError):
        return None


def same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def our_number(row: dict[str, Any]) -> Quantity | None:
    found = find_numbers(row["text"])
    start = row.get("span_start")
    span = row.get("span")
    if isinstance(start, int) and span:
        end = start + len(span)
        overlapping = [q for q in found if q.start < end and start < q.end]
        if overlapping:
            return overlapping[0]
    return found[0] if found else None


_NUMBER_IN_OUTPUT = re.compile(r"\d[\d,]*(?:\.\d+)?")


def numerizer_number(text: str) -> tuple[float | None, str]:
    output = numerize(text)
    match = _NUMBER_IN_OUTPUT.search(output)
    return (float(match.group().replace(",", "").rstrip(",")) if match else None), output


@dataclass
class NumberCase:
    suite: str
    shape: str
    text: str
    expected: float
    ours: Quantity | None
    numerizer: float | None
    numerizer_output: str

    @property
    def ours_ok(self) -> bool:
        return self.ours is not None and same(self.ours.value, self.expected)

    @property
    def numerizer_ok(self) -> bool:
        return same(self.numerizer, self.expected)


def report_numbers(directory: Path) -> None:
    cases: list[NumberCase] = []
    skips: Counter[str] = Counter()
    skipped_examples: dict[str, list[str]] = defaultdict(list)
    negatives: list[str] = []
    ranges: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for suite, name in NUMBER_FILES.items():
        for row in read_jsonl(directory / name):
            kind = row["kind"]
            if kind == "none":
                negatives.append(row["text"])
                continue
            if kind == "numberrange":
                ranges.append(row)
                continue
            expected = expected_number(row)
            if expected is None:
                skips["no numeric gold"] += 1
                continue
            if (suite, row["text"]) in seen:
                continue
            seen.add((suite, row["text"]))
            shape, reason = number_shape(expression_of(row))
            if reason is not None:
                skips[reason] += 1
                skipped_examples[reason].append(repr(expression_of(row).strip()))
                continue
            if _identifier(row):
                skips["code name"] += 1
                skipped_examples["code name"].append(repr(row["text"]))
                continue
            assert shape is not None
            value, output = numerizer_number(row["text"])
            cases.append(
                NumberCase(suite, shape, row["text"], expected, our_number(row), value, output)
            )

    print("## Numbers\n")
    print(f"Selected {len(cases)} cases; skipped {sum(skips.values())}:\n")
    for reason, count in skips.most_common():
        print(f"- {reason}: {count} (e.g. {', '.join(skipped_examples[reason][:4])})")
    print()
    order = [name for name, _ in NUMBER_SHAPES]
    print("| suite: shape | n | ours | numerizer alone |")
    print("|---|---|---|---|")
    for suite in NUMBER_FILES:
        for shape in order:
            members = [c for c in cases if c.suite == suite and c.shape == shape]
            if members:
                print(
                    f"| {suite}: {shape} | {len(members)} | "
                    f"{cell(sum(c.ours_ok for c in members), len(members))} | "
                    f"{cell(sum(c.numerizer_ok for c in members), len(members))} |"
                )
    for suite in NUMBER_FILES:
        members = [c for c in cases if c.suite == suite]
        ours = cell(sum(c.ours_ok for c in members), len(members))
        alone = cell(sum(c.numerizer_ok for c in members), len(members))
        print(f"| **{suite}** | {len(members)} | {ours} | {alone} |")
    print(
        f"| **all** | {len(cases)} | {cell(sum(c.ours_ok for c in cases), len(cases))} | "
        f"{cell(sum(c.numerizer_ok for c in cases), len(cases))} |"
    )
    print()
    print("Failures of ours:\n")
    for case in cases:
        if not case.ours_ok:
            got = (
                f"{case.ours.kind} {case.ours.text!r} = {case.ours.value}"
                if case.ours
                else "nothing"
            )
            print(f"- {case.suite} {case.shape}: {case.text!r} expected {case.expected:g}; {got}")
    print()
    print("Failures of numerizer alone that ours gets right (first 10):\n")
    shown = [c for c in cases if c.ours_ok and not c.numerizer_ok][:10]
    for case in shown:
        print(f"- {case.text!r} expected {case.expected:g}; numerize -> {case.numerizer_output!r}")
    print()

    report_number_negatives(negatives)
    report_ranges(ranges)


def _identifier(row: dict[str, Any]) -> bool:
    """A number glued to letters and a hyphen ("SCP-173") is a code name, not a quantity."""
    start = row.get("span_start")
    return isinstance(start, int) and bool(re.search(r"[A-Za-z]-$", row["text"][:start]))


def report_number_negatives(negatives: list[str]) -> None:
    ours_any = ours_kept = numerizer_any = 0
    lines = []
    for text in negatives:
        found = find_numbers(text)
        dates = find_dates(text)
        kept = [
            q
            for q in found
            if q.kind not in ("year", "decade")
            and not any(d.start <= q.start < d.end for d in dates)
        ]
        output = numerize(text)
        ours_any += bool(found)
        ours_kept += bool(kept)
        numerizer_any += bool(re.search(r"\d", output))
        if found:
            lines.append(
                f"- {text[:70]!r}: ours {[q.text for q in found]}"
                f"{' (kept: ' + str([q.text for q in kept]) + ')' if kept != found else ''}"
            )
    print("## Numbers: negative cases (Recognizers `kind` none)\n")
    print(
        "| n | ours: any quantity | ours: kept by document_facts | numerizer: output has a digit |"
    )
    print("|---|---|---|---|")
    print(f"| {len(negatives)} | {ours_any} | {ours_kept} | {numerizer_any} |")
    print()
    print("What ours extracts from them:\n")
    print("\n".join(lines))
    print()


_RANGE_SPAN = re.compile(
    r"(?:between|from|more than|over|at least|no less than|fewer than|less than|under|below|"
    r"at most|up to|no more than|)\s*[\w,.]+(?:(?:\s*(?:-|–|to|and)\s*)[\w,.]+)?",
    re.I,
)


def _interval(text: str) -> tuple[float, float] | None:
    match = re.fullmatch(r"([\[(])([^,]*),([^,\])]*)([\])])", text.strip())
    if not match:
        return None
    low = float(match.group(2)) if match.group(2) else None
    high = float(match.group(3)) if match.group(3) else math.inf
    return (low if low is not None else -math.inf), high


def report_ranges(rows: list[dict[str, Any]]) -> None:
    scored = 0
    hits = 0
    lines = []
    for row in rows:
        span = (row.get("span") or "").strip()
        interval = _interval(str(row["expected"][0]))
        if (
            interval is None
            or not _RANGE_SPAN.fullmatch(span)
            or number_shape(span)[1]
            in (
                "signed",
                "fraction",
            )
        ):
            continue
        words = re.sub(
            r"^(?:between|from|more than|over|at least|no less than|fewer than|less than|under|"
            r"below|at most|up to|no more than)\s*",
            "",
            span,
            flags=re.I,
        )
        if not re.fullmatch(r"[\d,.]+(?:\s*(?:-|–|to|and)\s*[\d,.]+)?|[a-z -]+", words, re.I):
            continue
        scored += 1
        found = our_number(row)
        low, high = interval
        ok = False
        if found is not None and found.low is not None and found.high is not None:
            low_ok = same(found.low, low) or (low == -math.inf and found.low <= 0)
            ok = low_ok and (same(found.high, high) or (high == found.high == math.inf))
        hits += ok
        got = (
            f"{found.text!r} {found.qualifier} [{found.low}, {found.high}]" if found else "nothing"
        )
        lines.append(
            f"- {'ok ' if ok else 'BAD'} {row['text']!r} expected {row['expected'][0]}; {got}"
        )
    print("## Number ranges (Recognizers `numberrange`, simple spans only; ours only)\n")
    print(f"{cell(hits, scored)} of the {scored} simple range spans (of {len(rows)} range rows):\n")
    print("\n".join(lines))
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "directory", type=Path, help="folder holding the dates_numbers JSONL suites"
    )
    args = parser.parse_args(argv)
    missing = [
        n
        for n in [*DATE_FILES.values(), *NUMBER_FILES.values()]
        if not (args.directory / n).is_file()
    ]
    if missing:
        print(f"{args.directory}: missing {', '.join(missing)}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    print(f"# Date and number suites ({args.directory})\n")
    print(f"dateparser {dateparser.__version__}\n")
    cases, skipped = select_date_cases(args.directory)
    for case in cases:
        score_date_case(case)
    report_dates(cases, skipped)
    report_negatives(args.directory)
    report_numbers(args.directory)
    if RESOLVE_ERRORS:
        print("## Exceptions raised by `resolve()`\n")
        for line in sorted(set(RESOLVE_ERRORS)):
            print(f"- {line}")
        print()
    print(f"Run time: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
