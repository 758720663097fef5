"""Years counted from a stated year: "the 35th anniversary of the 1988 earthquake", "25 years
since ... in 2003", "ten years ago, in 2014", "founded 30 years ago in 1982", "a decade since
the 2010 uprising".

Each is a number of years (an ordinal for an anniversary) and the year it counts from, written
within a few words of it; "decade" counts ten years and is read loosely. The publication year
says what the number must be.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tqcheck import patterns
from tqcheck.facts.quantities import WORD_NUMBER, WORD_ORDINAL, number_value


def _year(name: str) -> str:
    return rf"(?P<{name}>1[6-9]\d\d|20\d\d)"


_COUNT = rf"(?P<n>\d{{1,3}}|{WORD_NUMBER}|a|an|one)"
_QUAL = r"(?P<qual>about|around|some|nearly|almost|roughly|more\s+than|over|less\s+than)?\s*"
_GAP = r"[^.;:!?\d]{0,50}?"


@cache
def _pattern() -> re.Pattern[str]:
    """Compiled on first use: most articles never ask (issue 13: cold start)."""
    return patterns.compile(
        rf"(?<![\w-])(?P<ord>\d{{1,3}}(?:st|nd|rd|th)|{WORD_ORDINAL})\s+anniversary\s+of\b"
        rf"{_GAP}\b{_year('year1')}\b"
        rf"|(?<![\w-]){_QUAL}{_COUNT}\s+(?P<unit>years?|decades?)\s+(?P<rel>since|ago)\b"
        rf"(?P<gap>{_GAP})\b{_year('year')}\b"
        rf"|\bin\s+{_year('year2')},\s+{_QUAL.replace('qual', 'qual2')}"
        rf"(?P<n2>\d{{1,3}}|{WORD_NUMBER}|a|one)\s+"
        rf"(?P<unit2>years?|decades?)\s+ago\b",
        re.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class YearsSince:
    start: int  # sentence offsets of the count as written
    end: int
    text: str
    years: int  # the count, in years ("a decade" is 10)
    year: int  # the year it counts from
    anniversary: bool  # "the 35th anniversary of": counts calendar years exactly
    loose: bool  # "a decade", "about 20 years": approximate


def find_years_since(sentence: str) -> list[YearsSince]:
    found: list[YearsSince] = []
    for match in _pattern().finditer(sentence):
        if match.group("ord"):
            value = number_value(re.sub(r"(?:st|nd|rd|th)$", "", match.group("ord")))
            if value is None:
                continue
            found.append(
                YearsSince(
                    match.start(),
                    match.end("ord"),
                    match.group("ord"),
                    int(value),
                    int(match.group("year1")),
                    anniversary=True,
                    loose=False,
                )
            )
            continue
        count = match.group("n") or match.group("n2")
        unit = (match.group("unit") or match.group("unit2")).lower()
        year = int(match.group("year") or match.group("year2"))
        if match.group("rel") and match.group("rel").lower() == "ago":
            gap = match.group("gap") or ""
            if not re.fullmatch(r",?\s*(?:in|back\s+in)\s+", gap, re.IGNORECASE):
                continue  # "ten years ago, in 2014" / "founded 30 years ago in 1982" only
        value = 1.0 if count.lower() in ("a", "an", "one") else number_value(count)
        if value is None:
            continue
        decade = unit.startswith("decade")
        start = match.start("n") if match.group("n") else match.start("n2")
        qualifier = match.group("qual") or match.group("qual2")
        if match.group("qual"):
            start = match.start("qual")
        end = match.end("unit") if match.group("unit") else match.end("unit2")
        found.append(
            YearsSince(
                start,
                end,
                sentence[start:end],
                int(value * (10 if decade else 1)),
                year,
                anniversary=False,
                loose=decade or bool(qualifier),
            )
        )
    return found
