"""A length of time and the two dates it spans, in one sentence: "the 10-day offensive, which
began on 3 March, ended on 19 March", "the three-week siege, from 2 to 30 April", "on 3 May,
nine days after they broke down on 28 April", "began in December 2022, lifted in September".

The length is a count and a unit ("10-day", "three weeks", "week-long"); it is a *duration*
when the dates are tied as a range ("from ... to", "between ... and", "2-30 April") or as a
start and an end (``tqcheck/data/span_words.tsv``), and a *gap* when it is "N units after" or
"before" a date. The dates are the sentence's own date mentions (``facts.dates``) and day
ranges ("from 3 to 6 June", "June 3-6", "from January to March 2016").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tqcheck import patterns
from tqcheck.facts.dates import MONTH, DateMention, month_value
from tqcheck.facts.quantities import WORD_NUMBER, number_value

_SPAN = patterns.compile(
    rf"(?<![\w-])(?<!\d[,.])(?:(?P<n>\d{{1,3}}|{WORD_NUMBER}|a|an|one)[\s-]"
    rf"(?P<unit>day|week|month|year)(?P<plural>s?)"
    rf"|(?P<unit1>day|week|month|year)[\s-]long)\b(?![\s-](?:old|ago|later|earlier|since)\b)"
    rf"(?P<after>(?:[\s-]long)?\s+(?:after|before)\b)?",
    re.IGNORECASE,
)
_DAY_RANGE = patterns.compile(
    rf"\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|until|till|and)\s*(?P<d2>[0-3]?\d)"
    rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>(?:19|20)\d\d))?"
    rf"|\b(?P<m2>{MONTH})\s+(?P<d3>[0-3]?\d)\s*(?:-|–)\s*(?P<d4>[0-3]?\d)\b"
    rf"(?:,?\s+(?P<y2>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
_MONTH_RANGE = patterns.compile(
    rf"\bfrom\s+(?P<m1>{MONTH})\s+(?:to|until|till|through)\s+(?P<m2>{MONTH})\s+"
    rf"(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Point:
    """A date as written: ``day`` is None for a month, ``month`` too for a year."""

    start: int  # sentence offsets
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # sentence offsets of the length as written ("10-day")
    end: int
    text: str
    count: int
    unit: str  # day, week, month, year
    gap: bool  # "N days after/before": the distance between the two dates
    first: Point
    second: Point


@cache
def _span_words() -> dict[str, re.Pattern[str]]:
    data = resources.files("tqcheck.data").joinpath("span_words.tsv").read_text("utf-8")
    words: dict[str, list[str]] = {"start": [], "end": []}
    for line in data.splitlines():
        cells = line.split("\t")
        if len(cells) == 2 and not line.startswith("#"):
            words[cells[1]].append(r"\s+".join(map(re.escape, cells[0].split())))
    return {
        role: patterns.compile(rf"\b(?:{'|'.join(sorted(w, key=patterns.longest_first))})\b", re.I)
        for role, w in words.items()
    }


def _points(sentence: str, offset: int, mentions: list[DateMention]) -> list[Point]:
    points: list[Point] = []
    taken: list[tuple[int, int]] = []
    for match in _DAY_RANGE.finditer(sentence):
        month = month_value(match.group("m") or match.group("m2"))
        year_text = match.group("y") or match.group("y2")
        year = int(year_text) if year_text else None
        first, second = (
            (match.group("d1"), match.group("d2"))
            if match.group("m")
            else (
                match.group("d3"),
                match.group("d4"),
            )
        )
        if not (1 <= int(first) <= 31 and 1 <= int(second) <= 31):
            continue
        for day in (first, second):
            points.append(Point(match.start(), match.end(), match.group(), year, month, int(day)))
        taken.append((match.start(), match.end()))
    for match in _MONTH_RANGE.finditer(sentence):
        year = int(match.group("y"))
        for name in ("m1", "m2"):
            month = month_value(match.group(name))
            points.append(Point(match.start(), match.end(), match.group(), year, month, None))
        taken.append((match.start(), match.end()))
    for mention in mentions:
        start, end = mention.start - offset, mention.end - offset
        if any(a <= start < b or a < end <= b for a, b in taken):
            continue
        if mention.kind == "absolute":
            point = Point(start, end, mention.text, mention.year, mention.month, mention.day)
        elif mention.kind == "month_year":
            point = Point(start, end, mention.text, mention.year, mention.month, None)
        elif mention.kind == "invalid":
            return []  # "31 June": TQ505's
        else:
            continue
        points.append(point)
    return sorted(points, key=lambda p: p.start)


def find_spans(sentence: str, offset: int, mentions: list[DateMention]) -> list[Span]:
    """The length of time of ``sentence`` tied to its two dates, if it has exactly one of each.

    ``mentions`` are the sentence's date mentions (document offsets, shifted by ``offset``)."""
    lengths = list(_SPAN.finditer(sentence))
    if len(lengths) != 1:
        return []
    points = _points(sentence, offset, mentions)
    if len(points) != 2:
        return []
    match = lengths[0]
    count_text = match.group("n")
    if count_text is None or count_text.lower() in ("a", "an", "one"):
        count = 1
    else:
        value = number_value(count_text)
        if value is None or not value.is_integer() or value <= 0:
            return []
        count = int(value)
    unit = (match.group("unit") or match.group("unit1")).lower()
    first, second = points
    gap = bool(match.group("after"))
    if gap:
        if not match.end() <= max(first.start, second.start):
            return []  # "after" must come before one of the dates it measures from
    elif not _tied(sentence, first, second):
        return []
    end = match.end("plural") if match.group("unit") else match.end()
    return [
        Span(match.start(), end, sentence[match.start() : end], count, unit, gap, first, second)
    ]


def _tied(sentence: str, first: Point, second: Point) -> bool:
    """The two dates are the start and end of one stretch of time."""
    if first.text == second.text:
        return True  # one range ("2-30 April", "from January to March 2016")
    between = sentence[first.end : second.start]
    before = sentence[max(0, first.start - 12) : first.start]
    if re.search(r"\bfrom\s+(?:the\s+)?$", before, re.I) and re.fullmatch(
        r"\s*(?:-|–|to|until|till|through)\s+(?:the\s+)?", between, re.I
    ):
        return True
    if re.search(r"\bbetween\s+$", before, re.I) and re.fullmatch(r"\s+and\s+", between, re.I):
        return True
    words = _span_words()
    before_first = sentence[max(0, first.start - 30) : first.start]
    return bool(words["start"].search(before_first) and words["end"].search(between[-40:]))
