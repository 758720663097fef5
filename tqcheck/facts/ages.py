"""Ages and births in prose: "Nadia Haddad, 34,", "the 72-year-old", "aged 81", "born in
1961", "born on 3 March 1971".

An age in apposition to a name or a role ("Tuaev, 29,", "the president, 61,") is the person's
age now, on the publication day. "The 45-year-old", "aged 45" and "at the age of 45" are read
at the year their clause names ("in 1995, aged 25"), otherwise now. A birth is "born" and the
first year (with its day and month if written) within a few words after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tqcheck import patterns
from tqcheck.facts.dates import MONTH, month_value
from tqcheck.facts.quantities import WORD_NUMBER, number_value
from tqcheck.lexicon import word_list

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_AGE_NUMBER = rf"(?:\d{{1,3}}|{WORD_NUMBER})"
_AGE = patterns.compile(
    rf"(?<![\w-])(?P<old>{_AGE_NUMBER})[\s-]years?[\s-]old\b"
    rf"|\baged\s+(?P<aged>\d{{1,3}})\b(?![.,]\d|\s*(?:-|to|and)\s*\d)"
    rf"|\bat\s+the\s+age\s+of\s+(?P<at>\d{{1,3}}|{WORD_NUMBER})\b"
    rf"|(?P<holder>[A-Za-z][\w'’-]*),\s+(?P<apposed>\d{{1,3}}),"
    rf"|(?P<holder2>[A-Z][\w'’-]*)\s+\((?P<paren>\d{{1,3}})\)",
    re.IGNORECASE,
)
_BIRTH = patterns.compile(
    rf"(?<![\w-])born\b(?P<gap>[^.;:\d]{{0,40}}?)(?:\b(?:on|in)\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH})\s+|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}}),?\s+)?"
    rf"(?P<year>{_YEAR})(?![\d,]\d)",
    re.IGNORECASE,
)
_CLAUSE_YEAR = patterns.compile(rf"\b(?:in|of|by|until|from)\s+(?:\w+\s+)?(?P<year>{_YEAR})\b")


@dataclass(frozen=True, slots=True)
class Age:
    start: int  # sentence offsets of the age as written
    end: int
    text: str
    years: int
    now: bool  # an age in apposition: the person's age on the publication day
    year: int | None  # the year the clause names, when the age is read at it
    holder: str  # the capitalised word the age is apposed to ("Tuaev"), or ""


@dataclass(frozen=True, slots=True)
class Birth:
    start: int
    end: int
    text: str
    year: int
    month: int | None
    day: int | None


def find_ages(sentence: str) -> list[Age]:
    """The ages of one sentence."""
    ages: list[Age] = []
    roles = word_list("role_nouns")
    births = [(b.start, b.end) for b in find_births(sentence)]
    for match in _AGE.finditer(sentence):
        if match.group("holder2"):
            holder, number, now = match.group("holder2"), match.group("paren"), True
        elif match.group("holder"):
            holder = match.group("holder")
            described = _DESCRIBED.search(sentence, max(0, match.start() - 30), match.start())
            if not (
                holder[0].isupper()
                or holder.lower() in roles
                or holder.lower() in _ROLES
                or described
            ):
                continue
            number, now = match.group("apposed"), True
        else:
            number = match.group("old") or match.group("aged") or match.group("at")
            holder, now = "", False
        value = number_value(number)
        if value is None or not 0 < value < 120:
            continue
        year = None
        if not now:
            low = max(0, match.start() - 80)
            years = {
                int(m.group("year"))
                for m in _CLAUSE_YEAR.finditer(sentence, low, match.end() + 60)
                if not any(b_start <= m.start("year") < b_end for b_start, b_end in births)
            }
            year = years.pop() if len(years) == 1 else None
            if len(years) > 1:
                continue  # two years around it: which one the age is at is unclear
        group = "paren" if match.group("paren") else "apposed"
        start = match.start(group) if now else match.start()
        end = match.end(group) if now else match.end()
        ages.append(Age(start, end, sentence[start:end], int(value), now, year, holder))
    return ages


# "The new mufti, 67,": a person described by "the" and a noun, then the age
_DESCRIBED = patterns.compile(r"\b(?:[Tt]he|[Aa])\s+(?:[a-z]+\s+)?$")
_ROLES = frozenset(("president", "commander", "leader", "driver", "minister", "speaker"))


def find_births(sentence: str) -> list[Birth]:
    """The births of one sentence ("born in 1961", "born on 3 March 1971 in Gyumri")."""
    births: list[Birth] = []
    for match in _BIRTH.finditer(sentence):
        month_word = match.group("m1") or match.group("m2")
        day_word = match.group("d1") or match.group("d2")
        births.append(
            Birth(
                match.start(),
                match.end(),
                match.group(),
                int(match.group("year")),
                month_value(month_word) if month_word else None,
                int(day_word) if day_word else None,
            )
        )
    return births
