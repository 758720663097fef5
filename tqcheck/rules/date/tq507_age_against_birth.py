from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date

from tqcheck import patterns
from tqcheck.document.model import Document, Sentence
from tqcheck.facts.ages import Age, Birth, find_ages, find_births
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule

_CUES = patterns.compile(r"\bborn\b|\bold\b|\baged?\b|,\s*\d{1,3},", re.IGNORECASE)
# The birth sentence continues the person of the sentence before: "Born in 1946, he ...",
# "He was born ...", "She was born ...".
_KIN = patterns.compile(
    r"\b(?:whose|father|mother|son|daughter|wife|husband|brother|sister|child|children|parents|"
    r"grandfather|grandmother|predecessor|successor)\b",
    re.IGNORECASE,
)
_CONTINUES = patterns.compile(r"^\W*(?:(?:he|she)\s+was\s+)?$", re.IGNORECASE)


class AgeAgainstBirth(Rule):
    """An age that the same person's birth date does not give.

    "The 72-year-old commander, born in 1961" cannot be true in 2023: he is 61 or 62. An age in
    apposition ("Haddad, 34,", "Haddad (34)", "the new mufti, 67,") is the age on the
    publication day (``--published``); "aged 25" or "the 45-year-old" in a clause that names a
    year ("moved to Beirut in 1995, aged 25") is the age in that year, and is checked without a
    publication date. The birth is "born in 1961" or "born on 3 March 1971" in the same
    sentence, or in the next two sentences when that sentence goes on about the same person
    ("Born in 1946, he", "Karaki, who was born in 1963"). With only a birth year either of two
    ages is right.

    Bad:
        ---
        published: 2023-10-12
        ---
        The 72-year-old commander, born in 1961, was appointed on Tuesday.

    Good:
        ---
        published: 2023-10-12
        ---
        The 62-year-old commander, born in 1961, was appointed on Tuesday.
    """

    code = "TQ507"
    name = "age-against-birth"
    category = Category.DATE
    severity = Severity.WARNING
    summary = 'An age the birth date does not give ("the 72-year-old, born in 1961")'

    def check(self, document: Document) -> Iterator[Finding]:
        sentences = document.sentences()
        ages: dict[int, list[Age]] = {}
        births: dict[int, list[Birth]] = {}
        for index, sentence in enumerate(sentences):
            text = document.plain[sentence.start : sentence.end]
            if not _CUES.search(text):
                continue
            ages[index] = find_ages(text)
            births[index] = find_births(text)
        for index, found in births.items():
            if len(found) != 1:
                continue
            birth = found[0]
            age = _age_of(index, birth, ages, document, sentences)
            if age is None:
                continue
            age_index, person_age = age
            allowed, at = _allowed(person_age, birth, document.published)
            if not allowed or person_age.years in allowed:
                continue
            start = sentences[age_index].start + person_age.start
            stated = " or ".join(str(n) for n in sorted(allowed))
            yield self.finding(
                document,
                start,
                sentences[age_index].start + person_age.end,
                f"'{person_age.text}' but '{birth.text}': {at} that is {stated} years; "
                "check the source for a changed number",
            )


def _age_of(
    index: int,
    birth: Birth,
    ages: dict[int, list[Age]],
    document: Document,
    sentences: Sequence[Sentence],
) -> tuple[int, Age] | None:
    """The one age the birth in sentence ``index`` belongs to, if it can be told."""
    same = ages.get(index, [])
    if same:
        if len(same) != 1:
            return None
        text = document.plain[sentences[index].start : sentences[index].end]
        low, high = sorted((same[0].end, birth.start))
        if _KIN.search(text, low, high):
            return None  # "Aliyev, 61, whose father was born in 1923": another person's birth
        return index, same[0]
    text = document.plain[sentences[index].start : sentences[index].end]
    before_birth = text[: birth.start]
    window = [(i, a) for i in (index - 1, index - 2) for a in ages.get(i, [])]
    if len(window) != 1:
        return None
    age_index, age = window[0]
    if _CONTINUES.match(before_birth) or (age.holder and age.holder in before_birth):
        return age_index, age
    return None


def _allowed(age: Age, birth: Birth, published: date | None) -> tuple[set[int], str]:
    """The ages the birth allows at the age's moment, and that moment in words."""
    if age.year is not None:
        if age.year < birth.year:
            return set(), ""
        years = age.year - birth.year
        return {years - 1, years} - {-1}, f"in {age.year}"
    if not age.now and published is None:
        return set(), ""
    if published is None or published.year < birth.year:
        return set(), ""
    years = published.year - birth.year
    when = f"on {published.isoformat()} (published)"
    if birth.month is not None and birth.day is not None:
        before_birthday = (published.month, published.day) < (birth.month, birth.day)
        return {years - 1 if before_birthday else years}, when
    return {years - 1, years} - {-1}, when
