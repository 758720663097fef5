"""Date expressions in prose, with exact spans, and their resolution against a publication date.

Extraction is anchored: one regular expression recognises the shapes news copy uses (absolute
dates, "the 27th of last month", "yesterday, Wednesday", "last Saturday", "entered its third
week", "in 1992", "the 1990s", "two days ago"), so no free-text date search ever reads "may" or
"are" as a date. An absolute date's day and month are numbers once matched, so the calendar
says whether the day exists (dateparser, which read these strings before, agrees on every day
and month of the years news dates use, and costs a third of a second to load); relative
expressions are resolved by the date arithmetic below, because the publication-date solver
evaluates each of them against thousands of candidate dates (``docs/design.md`` says which
library does what).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache

from dateutil.relativedelta import relativedelta

from tqcheck import patterns
from tqcheck.facts.quantities import ORDINAL_WORDS, WORD_NUMBER, names_follow, number_value
from tqcheck.lexicon import word_list

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_NUMBERS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORDINAL_DAY_WORDS = [*ORDINAL_WORDS, "twentieth", "thirtieth"]
_DAY_WORD = (
    r"(?:(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    rf"|{'|'.join(sorted(_ORDINAL_DAY_WORDS, key=patterns.longest_first))})"
)
_DAY = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?|{_DAY_WORD})"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_ORDINAL = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{_DAY_WORD})"
_DIR = r"(?:last|next|this|past|coming|previous)"
# Between a weekday and its date: "Wednesday, October 14", "Wednesday (October 14)".
_WD_GAP = r"(?:,?\s+|\s*\(\s*)"

_DATE_EXPR = patterns.compile(
    rf"""
    (?:(?<!\d)(?P<iso>(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01]))
        (?!\d)
    | (?<![\w-])(?:
      (?<![$£€¥])(?<![$£€¥]\s)  # "$12 December 27": an amount, then the date
      (?:(?P<dir1>{_DIR})\s+)?(?:(?P<wd1>{_WD}){_WD_GAP})?(?:the\s+)?(?P<d1>{_DAY})
        (?:\s+of)?\s+
        (?P<m1>{MONTH})(?:,?\s+(?P<y1>{_YEAR})(?!\d))?
    | (?:(?P<dir2>{_DIR})\s+)?(?:(?P<wd2>{_WD}){_WD_GAP})?(?P<m2>{MONTH})
        \s+(?:the\s+)?(?P<d2>{_DAY})
        (?!\d)(?:,?\s+(?P<y2>{_YEAR})(?!\d))?
    | (?P<m3>{MONTH}),?\s+(?P<y3>{_YEAR})(?!\d)
    | (?:the\s+)?(?P<d4>{_DAY})(?:\s+day)?\s+of\s+(?P<mrel>this|last|next|the\s+current|
        the\s+previous|the\s+past|the\s+coming|the\s+same|the\s+next|the\s+last)\s+month
    | (?P<relday>(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow|
        yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))(?:(?:,\s*|\s+\(\s*)(?P<wd3>{_WD})\)?(?!\s+(?:and|or)\b))?
    | (?P<ago_n>\d+|{WORD_NUMBER}|a|an)\s+(?P<ago_u>days?|weeks?|months?|years?)\s+ago
    | (?P<later_n>\d+|{WORD_NUMBER}|a|an)\s+(?P<later_u>days?|weeks?|months?|years?)\s+
        (?P<later_dir>later|earlier)
    | (?P<ahead_n>\d+|{WORD_NUMBER}|a|an)\s+(?P<ahead_u>days?|weeks?|months?|years?)\s+
        (?:from\s+(?:now|today)|hence)
    | (?P<in_word>in|within)\s+(?P<in_n>\d+|{WORD_NUMBER}|a|an)\s+
        (?P<in_u>days?|weeks?|months?|years?)(?!\s+(?:ago|later|earlier|of|old)\b)
    | (?P<period>(?:earlier|later)\s+this\s+(?:week|month|year)|{_DIR}\s+(?:week|month|year))
    | (?:(?P<dir5>{_DIR})\s+)?(?P<wd5>{_WD})(?:['’]s)?
    | (?P<cverb>entered|enters|entering|entered\s+into|in|into|marked|marks|marking|on|for)\s+
        (?:its|their|the|his|her)\s+(?P<cord>{_ORDINAL})\s+(?P<cunit>day|week|month|year)(?!s|\s+of\b)
    | (?P<yprep>in|since|from|until|till|by|before|after|during|early|late|mid-?)\s*
        (?P<y5>{_YEAR})(?![\d,]|\s+[a-z]+s\b)
    | (?:the\s+)?(?P<decade>(?:1[89]|20)\d0s)
    | (?P<dprep>on|by|until|till|since|from|before|after|for)\s+the\s+
        (?P<d6>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)
            |(?:{_DAY_WORD}|3[01]|[12]\d|0?[1-9])(?=\s*(?:[.,;!?)]|$)))
        (?!\s*(?:of|day|century|anniversary|floor|time|round|minute|place|term|year|week|month)\b)
    )
    )(?![\w])
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Day and month without a year are read in a leap year, so "29 February" is a date.
_YEARLESS_REFERENCE = date(2000, 6, 15)
_PAST_MARKERS = patterns.compile(
    r"\b(?:\w+ed|said|had|was|were|did|told|took|began|met|made|held|came|went|gave|saw|left|"
    r"fled|fell|won|lost|broke|fought|struck|shot|sent|brought|kept|found|became|rose|spoke|"
    r"wrote|ran|led|set|put|hit|cut|paid|sold|knew|thought|got|stood|began|drew|flew|grew)\b",
    re.IGNORECASE,
)
_FUTURE_MARKERS = patterns.compile(
    r"\b(?:will|shall|won't|is\s+due\s+to|are\s+due\s+to|is\s+expected\s+to|are\s+expected\s+to|"
    r"is\s+scheduled\s+to|are\s+scheduled\s+to|plans?\s+to|is\s+set\s+to|are\s+set\s+to|"
    r"is\s+going\s+to|are\s+going\s+to)\b|'ll\b",
    re.IGNORECASE,
)
# How far around a date expression its clause is read (characters), so a 100,000-character
# "sentence" costs linear time.
_CONTEXT = 200
_FINITE_PAST = patterns.compile(r"\b(?:said|says|had|was|were|did|told)\b", re.IGNORECASE)
_SINCE_BEFORE = patterns.compile(r"\bsince\b[^,.;]{0,60}$", re.IGNORECASE)
_START_WORDS = patterns.compile(
    r"\b(?:beginning|began|begin|start|started|outbreak|erupted|broke\s+out|launched|outset)\b",
    re.IGNORECASE,
)


# "4 March, a Thursday", "Oct. 24 (Friday)": a weekday after the date, as an apposition
_WEEKDAY_AFTER = patterns.compile(
    rf"\s*,\s*(?:which\s+was\s+)?an?\s+({_WD})\b|\s*\(\s*({_WD})\s*\)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression. Which fields are set depends on ``kind``:

    - ``absolute``: ``month``/``day`` and maybe ``year`` ("October 4, 2020", "4 October");
      ``weekday`` when a weekday is written with it.
    - ``month_day``: ``day`` of the month ``month_offset`` months from publication
      ("the 27th of last month" is day 27, offset -1).
    - ``relative_day``: ``offset`` days from publication ("yesterday" is -1), ``weekday`` when
      written with it ("yesterday, Wednesday").
    - ``weekday``: a weekday alone; ``direction`` "last", "next" or "" ("on Wednesday").
    - ``ago`` / ``later``: ``count`` of ``unit`` before publication / after the previous date.
    - ``period``: "last week", "earlier this month" (recognised, not resolved to a day).
    - ``counter``: the ``count``-th ``unit`` ("entered its third week").
    - ``year`` / ``decade`` / ``month_year``: ``year`` (and ``month``).
    - ``invalid``: written as a day and month (and maybe year) that the calendar does not have
      ("31 June", "29 February 2019"); ``day``, ``month``, ``year`` as written.
    """

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    offset: int = 0
    month_offset: int = 0
    direction: str = ""
    count: int = 0
    unit: str = ""
    tense: str = ""  # "past", "future" or "" for the clause the date is in
    since: bool = False  # "since <date>": the date is a start, not after publication
    start_marker: bool = False  # the sentence says something began on this date
    # The date is all its sentence says ("Friday", "On 10 December."): a heading or a schedule
    # entry, with no clause to take a tense from; read as the coming day (see ``resolve``).
    standalone: bool = False
    subject: str = ""  # a counter's happening when it is named with it ("day 31 of the truce")
    sentence_index: int = -1
    block_index: int = -1

    @property
    def weekday_name(self) -> str:
        return WEEKDAY_NAMES[self.weekday] if self.weekday is not None else ""


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """Date expressions in ``text`` (one sentence); offsets are shifted by ``offset``."""
    found: list[DateMention] = []
    for match in _DATE_EXPR.finditer(text):
        if found and offset + match.start() < found[-1].end:
            continue  # inside the last date ("Oct. 24 (Friday)": the weekday is its own)
        if not _capitals_ok(match, text):
            continue
        mention = _from_match(match, text)
        if mention is None:
            continue
        before = text[max(0, match.start() - _CONTEXT) : match.start()]
        standalone = bool(
            _STANDALONE_BEFORE.fullmatch(text, 0, match.start())
            and _STANDALONE_AFTER.fullmatch(text, match.end())
        )
        mention = replace(
            mention,
            start=offset + match.start(),
            end=offset + match.end(),
            text=match.group(),
            tense=_tense_near(text, match.start(), match.end()),
            standalone=standalone,
            since=mention.since or bool(_SINCE_BEFORE.search(before)),
            start_marker=bool(
                _START_WORDS.search(text, max(0, match.start() - _CONTEXT), match.end() + _CONTEXT)
            ),
        )
        if mention.kind == "absolute" and mention.weekday is None:
            # "on 4 March, a Thursday": the weekday after the date, as an apposition
            named = _WEEKDAY_AFTER.match(text, match.end())
            if named:
                mention = replace(
                    mention,
                    weekday=_weekday_value(named.group(1) or named.group(2)),
                    end=offset + named.end(),
                    text=text[match.start() : named.end()],
                )
        if mention.kind == "ahead" and mention.direction == "in" and not _ahead(mention):
            continue  # "the first rise in two years" is a span; "will leave in two weeks" a day
        if (
            found
            and mention.kind == "absolute"
            and mention.weekday is None
            and found[-1].kind == "relative_day"
            and found[-1].weekday is not None
            and re.fullmatch(r",\s*", text[found[-1].end - offset : match.start()])
        ):
            # "tonight, Sunday, September 29": the weekday belongs to the date as well
            mention = replace(mention, weekday=found[-1].weekday)
        found.append(mention)
    return _with_counters_of(text, offset, found)


_OF_EVENT = r"""(?:of\s+(?:the|its|their)\s+(?:[A-Za-z-]+\s+)?|of\s+)(?P<word>[A-Za-z-]+)"""
# A counter named with its happening: "in the ninth week of the protests", "day 31 of the
# truce", "the siege's 60th day" (the happening word must be one of date_events).
_COUNTER_OF = patterns.compile(
    rf"""\b(?:(?P<ord>{_ORDINAL})\s+(?P<unit>day|week|month|year)\s+{_OF_EVENT}
    | (?P<dunit>day|week|month)\s+(?P<n>\d{{1,4}})\s+{_OF_EVENT.replace("word", "word2")}
    | (?P<word3>[A-Za-z-]+)['’]s\s+(?P<ord3>{_ORDINAL})\s+(?P<unit3>day|week|month|year)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)


@cache
def _event_words() -> frozenset[str]:
    return frozenset(line.split()[0] for line in word_list("date_events") if line.split())


def _is_event(word: str) -> bool:
    word = word.lower()
    events = _event_words()
    return word in events or (word.endswith("s") and word[:-1] in events)


def _with_counters_of(text: str, offset: int, found: list[DateMention]) -> list[DateMention]:
    added: list[DateMention] = []
    for match in _COUNTER_OF.finditer(text):
        g = match.groupdict()
        word = g["word"] or g["word2"] or g["word3"]
        if not word or not _is_event(word):
            continue
        start, end = offset + match.start(), offset + match.end()
        if any(m.start < end and start < m.end for m in found):
            continue
        count = _day_value(g["ord"] or g["ord3"]) if (g["ord"] or g["ord3"]) else int(g["n"])
        unit = (g["unit"] or g["dunit"] or g["unit3"]).lower()
        if not count:
            continue
        added.append(
            DateMention(
                start=start,
                end=end,
                text=match.group(),
                kind="counter",
                count=count,
                unit=unit,
                subject=word.lower(),
            )
        )
    if not added:
        return found
    return sorted(found + added, key=lambda m: m.start)


def _capitals_ok(match: re.Match[str], text: str) -> bool:
    """Month and weekday names written in lower case are read only where the context makes them
    dates: "may" never ("may be"); a month with a year, an ordinal day ("fourth of july"), or a
    day not followed by a noun ("on march 3", not "march 3 miles"); an abbreviation with a year
    ("14 nov 2023") or after a day in digits with no word after it ("on 14 nov"; not "mar"); a
    weekday with a date, after "yesterday,", after a preposition or "last"/"next" ("on monday",
    "last sunday"), or as the whole sentence (a heading: "friday"), never alone in prose."""
    g = match.groupdict()
    for month_key, day_key, year_key in (("m1", "d1", "y1"), ("m2", "d2", "y2"), ("m3", "", "y3")):
        value = g[month_key]
        if not value or value[:1].isupper():
            continue
        name = value.lower().rstrip(".")
        if name == "may" or (len(name) <= 4 and name != "june" and name != "july"):
            if g[year_key] and name != "may":
                continue
            if (
                month_key == "m1"
                and name not in ("mar", "may")
                and (g[day_key] or "")[:1].isdigit()
                and not re.match(r"\s*[^\W\d_]", text[match.end() : match.end() + 3])
            ):
                continue  # "on 14 nov": a day in digits, then an abbreviation that is no word
            return False
        if g[year_key]:
            continue
        day = g[day_key] or ""
        if (
            day[:1].isdigit()
            and not re.search(r"(?:st|nd|rd|th)$", day, re.IGNORECASE)
            and re.match(r"\s+[a-z]", text[match.end() : match.end() + 3])
        ):
            return False  # "march 3 miles"
    for key in ("wd1", "wd2", "wd3"):
        if g[key] and not g[key][:1].isupper() and g[key].lower() not in _WEEKDAY_WORDS:
            return False
    weekday = g["wd5"]
    if weekday and not weekday[:1].isupper():
        before = text[max(0, match.start() - 20) : match.start()]
        alone = _STANDALONE_BEFORE.fullmatch(text, 0, match.start()) and (
            _STANDALONE_AFTER.fullmatch(text, match.end())
        )
        if not g["dir5"] and not _WEEKDAY_CONTEXT.search(before) and not alone:
            return False
    return True


# What may stand around a date that is its whole sentence: "On Friday.", "- Friday:".
_STANDALONE_BEFORE = patterns.compile(r"[\s\W]*(?:on\s+)?", re.IGNORECASE)
_STANDALONE_AFTER = patterns.compile(r"(?:['’]?\s+time)?[\s.!?:;,)\]\-–—]*")  # "in 3 weeks' time"
_WEEKDAY_WORDS = frozenset(name.lower() for name in WEEKDAY_NAMES)
_WEEKDAY_CONTEXT = patterns.compile(
    r"\b(?:on|every|since|until|till|by|from|before|after|yesterday|today|tomorrow)[\s,]*$",
    re.IGNORECASE,
)


def _from_match(match: re.Match[str], text: str) -> DateMention | None:
    g = match.groupdict()
    base = {"start": 0, "end": 0, "text": ""}
    if g["iso"]:
        return DateMention(
            **base,
            kind="absolute",
            year=int(g["iso_y"]),
            month=int(g["iso_m"]),
            day=int(g["iso_d"]),
        )
    for day_key, month_key, year_key, wd_key, dir_key in (
        ("d1", "m1", "y1", "wd1", "dir1"),
        ("d2", "m2", "y2", "wd2", "dir2"),
    ):
        if g[day_key] and g[month_key]:
            year = int(g[year_key]) if g[year_key] else None
            if not year and re.match(r",?\s*\d{3,}\b", text[match.end() : match.end() + 12]):
                return None  # "5 December 1391": a year outside the range news dates use
            day_number = _day_value(g[day_key])
            month_number = month_value(g[month_key])
            if day_number is None or month_number is None:
                return None
            parsed = _parsed_day(day_number, month_number, year)
            if parsed is None:
                if not 1 <= day_number <= 31:
                    return None
                # "September 31", "30 February 2021": written as a date, but no such day
                return DateMention(
                    **base,
                    kind="invalid",
                    year=year,
                    month=month_number,
                    day=day_number,
                    weekday=_weekday_value(g[wd_key]),
                )
            day, month = parsed.day, parsed.month
            return DateMention(
                **base,
                kind="absolute",
                year=year,
                month=month,
                day=day,
                weekday=_weekday_value(g[wd_key]),
                direction=(g[dir_key] or "").lower(),
            )
    if g["m3"]:
        month = month_value(g["m3"])
        return DateMention(**base, kind="month_year", year=int(g["y3"]), month=month)
    if g["d4"]:
        relation = " ".join(g["mrel"].lower().split())
        offsets = {
            "last": -1,
            "the previous": -1,
            "the past": -1,
            "the last": -1,
            "next": 1,
            "the coming": 1,
            "the next": 1,
        }
        return DateMention(
            **base, kind="month_day", day=_day_value(g["d4"]), month_offset=offsets.get(relation, 0)
        )
    if g["relday"]:
        word = " ".join(g["relday"].lower().split()).removeprefix("the ")
        offsets = {
            "day before yesterday": -2,
            "yesterday": -1,
            "last night": -1,
            "today": 0,
            "tonight": 0,
            "this morning": 0,
            "this afternoon": 0,
            "this evening": 0,
            "tomorrow": 1,
            "day after tomorrow": 2,
        }
        return DateMention(
            **base, kind="relative_day", offset=offsets[word], weekday=_weekday_value(g["wd3"])
        )
    if g["ago_n"]:
        count = _count_value(g["ago_n"])
        if count is None:
            return None
        return DateMention(**base, kind="ago", count=count, unit=_unit(g["ago_u"]))
    if g["later_n"]:
        count = _count_value(g["later_n"])
        if count is None:
            return None
        sign = 1 if g["later_dir"].lower() == "later" else -1
        return DateMention(**base, kind="later", count=sign * count, unit=_unit(g["later_u"]))
    for number_key, unit_key, direction in (("ahead_n", "ahead_u", ""), ("in_n", "in_u", "in")):
        if g[number_key]:
            count = _count_value(g[number_key])
            if count is None:
                return None
            unit = _unit(g[unit_key])
            return DateMention(**base, kind="ahead", count=count, unit=unit, direction=direction)
    if g["d6"]:
        day = _day_value(g["d6"])
        if day is None or not 1 <= day <= 31:
            return None
        return DateMention(**base, kind="day_of_month", day=day)
    if g["period"]:
        return DateMention(**base, kind="period", direction=" ".join(g["period"].lower().split()))
    if g["wd5"]:
        direction = (g["dir5"] or "").lower()
        direction = {"past": "last", "previous": "last", "coming": "next"}.get(direction, direction)
        return DateMention(
            **base, kind="weekday", weekday=_weekday_value(g["wd5"]), direction=direction
        )
    if g["cord"]:
        count = _day_value(g["cord"])
        if count is None:
            return None
        return DateMention(**base, kind="counter", count=count, unit=g["cunit"].lower())
    if g["y5"]:
        since = g["yprep"].lower() == "since"
        return DateMention(**base, kind="year", year=int(g["y5"]), since=since)
    if g["decade"]:
        if names_follow(text, match.end()):
            return None  # "the 1990s group": a name, not a decade
        return DateMention(**base, kind="decade", year=int(g["decade"][:4]))
    return None


def _parsed_day(day: int, month: int, year: int | None) -> date | None:
    """The day, or ``None`` when the calendar has no such day; a day and month without a year
    are read in a leap year, so "29 February" exists. (:func:`parse_absolute`, dateparser's
    reading of "4 February 2021", gives the same day and month for every day 1-39 of every
    month of 1800-2099 and without a year, and takes a third of a second to load.)"""
    return _absolute_date(year or _YEARLESS_REFERENCE.year, month, day)


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


def _count_value(word: str) -> int | None:
    if word.lower() in ("a", "an"):
        return 1
    value = number_value(word)
    return int(value) if value is not None and value.is_integer() else None


def _day_value(word: str) -> int | None:
    value = number_value(re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", word, flags=re.IGNORECASE))
    if value is None or not value.is_integer() or not 1 <= value <= 31:
        return None if value is None or not value.is_integer() else int(value)
    return int(value)


def month_value(word: str) -> int | None:
    return _MONTH_NUMBERS.get(word.lower().rstrip(".")[:3])


def _weekday_value(word: str | None) -> int | None:
    if not word:
        return None
    return WEEKDAY_NAMES.index(word[:1].upper() + word[1:].lower())


def _tense_near(text: str, start: int, end: int) -> str:
    """ "future" when a future marker ("will", "is due to") opens the clause before the date;
    otherwise "past" or "future" by the nearest tense marker; "" when there is none."""
    low = max(0, start - _CONTEXT)
    clause = re.split(r"[.;:]", text[low:start])[-1]
    future = _FUTURE_MARKERS.search(clause)
    if future and not _FINITE_PAST.search(clause, future.end()):
        return "future"  # "will be held on December 20"
    best: tuple[int, str] | None = None
    for pattern, tense in ((_PAST_MARKERS, "past"), (_FUTURE_MARKERS, "future")):
        for marker in pattern.finditer(text, low, min(len(text), end + _CONTEXT)):
            if start <= marker.start() < end:
                continue  # "entered" in "entered its third week" is the counter's own verb
            distance = start - marker.end() if marker.end() <= start else marker.start() - end
            if best is None or distance < best[0]:
                best = (distance, tense)
    return best[1] if best else ""


# -- resolution against a publication date ----------------------------------------------------


@cache
def _absolute_date(year: int, month: int, day: int) -> date | None:
    """The date; ``None`` when no such day exists ("the 31st of last month" in March)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


@cache
def parse_absolute(text: str, reference: date) -> date | None:
    """dateparser's reading of one absolute date string, relative to ``reference``."""
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(reference.year, reference.month, reference.day),
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["day", "month"],
        },
    )
    return parsed.date() if parsed else None


def resolve(mention: DateMention, published: date) -> date | None:
    """The calendar day ``mention`` names for an article published on ``published``."""
    kind = mention.kind
    if kind == "absolute":
        assert mention.month is not None and mention.day is not None
        if mention.year is not None:
            return _absolute_date(mention.year, mention.month, mention.day)
        return _nearest_year(mention, published)
    if kind == "month_day":
        year, month = divmod(published.month - 1 + mention.month_offset, 12)
        assert mention.day is not None
        return _absolute_date(published.year + year, month + 1, mention.day)
    if kind == "relative_day":
        return published + timedelta(days=mention.offset)
    if kind == "weekday":
        assert mention.weekday is not None
        gap = (published.weekday() - mention.weekday) % 7
        if mention.direction == "last":
            return published - timedelta(days=gap or 7)
        if mention.direction == "next" or (_ahead(mention) and mention.direction != "last"):
            return published + timedelta(days=(mention.weekday - published.weekday()) % 7 or 7)
        return published - timedelta(days=gap)
    if kind in ("ago", "ahead"):
        sign = -1 if kind == "ago" else 1
        try:
            return published + sign * _span(mention.count, mention.unit)
        except (OverflowError, ValueError):
            return None  # "3000 years ago": before the calendar datetime can hold
    if kind == "day_of_month":
        return _nearest_month(mention, published)
    return None


def _ahead(mention: DateMention) -> bool:
    """Read as the coming day: a future-tense clause, or no tense and the date standing alone
    as its sentence (a schedule entry or heading: "Friday", "10 December", "This Monday")."""
    return mention.tense == "future" or (not mention.tense and mention.standalone)


def _nearest_month(mention: DateMention, published: date) -> date | None:
    """ "On the 15th" without a month: the latest such day up to publication in a past-tense
    clause, otherwise the first from publication on."""
    assert mention.day is not None
    options = []
    for shift in (-2, -1, 0, 1, 2):
        year, month = divmod(published.month - 1 + shift, 12)
        day = _absolute_date(published.year + year, month + 1, mention.day)
        if day is not None:
            options.append(day)
    if mention.tense == "past":
        earlier = [day for day in options if day <= published]
        return max(earlier) if earlier else None
    later = [day for day in options if day >= published]
    return min(later) if later else None


def _span(count: int, unit: str) -> relativedelta:
    return {
        "day": relativedelta(days=count),
        "week": relativedelta(weeks=count),
        "month": relativedelta(months=count),
        "year": relativedelta(years=count),
    }[unit]


_UNMARKED_PAST_DAYS = 330


# Years searched for a day and month: the neighbours, or as far as the leap years for 29 February.
_YEARS_AROUND = {
    False: lambda year: (year - 1, year, year + 1),
    True: lambda year: range(year - 8, year + 9),
}


def _nearest_year(mention: DateMention, published: date) -> date | None:
    """A day and month without a year: the occurrence a news reader would take.

    Past tense: the latest occurrence no more than two weeks after publication; future tense,
    or a date standing alone as its sentence (a schedule entry or heading): the first
    occurrence no more than two weeks before it; no tense: as in the past, unless that was more
    than eleven months ago ("March 3" in February is the coming March 3). "29 February" looks
    as far as the nearest leap years.
    """
    assert mention.month is not None and mention.day is not None
    options = [
        day
        for year in _YEARS_AROUND[(mention.month, mention.day) == (2, 29)](published.year)
        if (day := _absolute_date(year, mention.month, mention.day)) is not None
    ]
    if not options:
        return None
    slack = timedelta(days=14)
    if _ahead(mention):
        later = [day for day in options if day >= published - slack]
        return min(later) if later else max(options)
    if not mention.tense:
        earlier = [day for day in options if day <= published + slack]
        if earlier and (published - max(earlier)).days <= _UNMARKED_PAST_DAYS:
            return max(earlier)
        later = [day for day in options if day > published + slack]
        return min(later) if later else max(options)
    earlier = [day for day in options if day <= published + slack]
    return max(earlier) if earlier else min(options)


def describe_day(day: date) -> str:
    """ "Thu 2020-10-15"."""
    return f"{WEEKDAY_NAMES[day.weekday()][:3]} {day.isoformat()}"
