"""Do two counts in one article describe the same thing?

Decided from what is counted, never from the number: the head noun must be the same ("8
villages" / "Eight villages"), and anything that marks a different subset rules the pair out:
a conjoined noun ("villages and towns"), a different event ("killed" / "wounded"), different
descriptive modifiers ("Armenian soldiers" / "Azerbaijani soldiers"), different places or days
in the two sentences, a cumulative total against an increment ("since the beginning ... 43" /
"8 additional"), a stated update ("later raised the toll to 19"), or a comparison ("up from
3,000 families a year earlier", "lower than in 2019"). What remains is the same
thing when the two mentions sit together (a heading or caption over its paragraph, one
paragraph), when both report the same event in sentences that name the same places and
nothing else, or when both sentences name the same happening ("the earthquake", "the fire at
the garment factory": ``tqcheck/data/date_events.txt``; "a second crash" is another one) with
the same event and modifiers.

Sentence embeddings are deliberately not used: on ``benchmarks/calibration/same_quantity.tsv``
(``benchmarks/calibrate_semantic.py``) accepting a pair on the masked-number cosine had
precision 0.13-0.22 at every threshold, because two counts of different things in one story
differ by one word ("killed"/"wounded", "for"/"against") while restatements are reworded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tqcheck import patterns
from tqcheck.facts.episodes import happenings
from tqcheck.facts.quantities import CONTRAST_MODIFIERS, NUMBER_WORDS, Quantity
from tqcheck.lexicon import MONTHS, WEEKDAYS, is_function_word, is_time_word

_CUMULATIVE = patterns.compile(
    r"\b(?:since\s+the\s+(?:beginning|start|outbreak)|in\s+total|so\s+far|a\s+total\s+of|"
    r"overall|altogether|to\s+date|in\s+all|cumulative)\b",
    re.IGNORECASE,
)
_UPDATE = patterns.compile(
    r"\b(?:raised|revised|rose|risen|climbed|increased|updated|later|jumped|lowered|"
    r"now\s+stands|has\s+(?:risen|grown|climbed)|toll\s+(?:rose|climbed|reached))\b",
    re.IGNORECASE,
)
_COMPARISON = patterns.compile(
    r"\b(?:up|down)\s+from\b|\b(?:a|one|the)\s+year\s+(?:earlier|before|ago)\b|"
    r"\b(?:higher|lower|more|less|fewer|greater|smaller)\s+than\b|\bcompared\s+(?:with|to)\b|"
    r"\bagainst\s+\d|\bversus\b|\bvs\.?\s",
    re.IGNORECASE,
)
_PROPER = patterns.compile(r"(?<=[\s\"“(])([A-Z][\w'’-]+)")
_YEARS = patterns.compile(r"\b(?:1[89]|20)\d\d(?:s)?\b")  # "1994", "the 1990s": a time anchor
_COMPASS = patterns.compile(
    r"\b(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Verdict:
    same: bool
    reason: str  # why: "heading over its paragraph", "cosine 0.86", "different event", ...


def compare(
    first: Quantity,
    second: Quantity,
    first_sentence: str,
    second_sentence: str,
) -> Verdict:
    """Whether ``first`` and ``second`` count the same thing, with the deciding reason."""
    if not first.head or first.head != second.head:
        return Verdict(False, "different nouns")
    if first.conjoined != second.conjoined:
        return Verdict(False, "one counts more kinds of thing")
    if first.event and second.event and first.event != second.event:
        return Verdict(False, f"different events ({first.event}, {second.event})")
    first_mods = set(first.modifiers) - CONTRAST_MODIFIERS
    second_mods = set(second.modifiers) - CONTRAST_MODIFIERS
    if first_mods and second_mods and first_mods != second_mods:
        return Verdict(False, "different modifiers")
    contrast = (set(first.modifiers) ^ set(second.modifiers)) & CONTRAST_MODIFIERS
    one, two = _features(first_sentence), _features(second_sentence)
    if one.cumulative != two.cumulative:
        return Verdict(False, "a running total and a single count")
    if one.update or two.update:
        return Verdict(False, "a stated update")
    if one.comparison or two.comparison:
        return Verdict(False, "a comparison with another time or amount")
    if _next_to(first, second) and (
        not contrast or first.extra.get("label") or second.extra.get("label")
    ):
        return Verdict(True, "a heading or caption next to its paragraph")
    if _context_differs(one, two):
        return Verdict(False, "different places or days")
    if contrast:
        return Verdict(False, f"'{sorted(contrast)[0]}' marks a different subset")
    if first.block_index == second.block_index:
        return Verdict(True, "the same paragraph")
    shared = one.happenings & two.happenings
    if shared and first.event == second.event and first_mods == second_mods:
        return Verdict(True, f"the same {sorted(shared)[0]}")
    if (
        first.event
        and first.event == second.event
        and first_mods == second_mods
        and one.names & two.names
    ):
        return Verdict(True, f"the same event ({first.event}) with the same places or times named")
    if (
        first.determiner == "a"
        and second.determiner == "the"
        and first_mods == second_mods
        and (first.event == second.event or not (first.event and second.event))
    ):
        # "approved a $1.2 billion loan" ... "The $2.1 billion loan": brought in, then referred
        # back to by the same noun
        return Verdict(True, f"'the {first.head}' refers back to 'a {first.head}'")
    return Verdict(False, "not enough shared context")


def context_allows(first_sentence: str, second_sentence: str) -> bool:
    """Neither sentence is a running total, an update or a comparison, and they do not name
    different places or days: two counts in them may be one count restated."""
    one, two = _features(first_sentence), _features(second_sentence)
    if one.cumulative != two.cumulative or one.update or two.update:
        return False
    if any(_COMPARISON.search(_bound().sub(" ", s)) for s in (first_sentence, second_sentence)):
        return False
    # a capitalised first word is no name ("All 117 victims")
    one = _features(first_sentence.split(maxsplit=1)[-1])
    two = _features(second_sentence.split(maxsplit=1)[-1])
    return not _context_differs(one, two)


@lru_cache(maxsize=1)
def _bound() -> re.Pattern[str]:
    """A bound before a number, which compares nothing ("more than 150 people"); compiled on
    first use (issue 13: cold start; only a pair of death tolls asks)."""
    return patterns.compile(
        r"\b(?:more|fewer|less)\s+than\s+(?=\d|(?:" + "|".join(sorted(NUMBER_WORDS)) + r")\b)",
        re.IGNORECASE,
    )


def _next_to(first: Quantity, second: Quantity) -> bool:
    """One is a heading or caption within two blocks of the other, which is body text."""
    gap = abs(first.block_index - second.block_index)
    return 0 < gap <= 2 and bool(first.extra.get("short")) != bool(second.extra.get("short"))


def _names(sentence: str) -> set[str]:
    """Capitalised words, compass adjectives and years: the places, people, bodies and times a
    sentence names ("Kurdish parties", "northern Gaza", "the 1990s"). A leading number word is
    no name."""
    words = (
        set(_PROPER.findall(" " + sentence))
        | set(_COMPASS.findall(sentence))
        | set(_YEARS.findall(sentence))
    )
    return {
        word
        for word in words
        if not is_function_word(word)
        and word.lower() not in WEEKDAYS | MONTHS
        and word.lower() not in NUMBER_WORDS
        and not word.lower().endswith(("teen", "ty"))
    }


@dataclass(frozen=True, slots=True)
class _Features:
    cumulative: bool
    update: bool
    names: frozenset[str]
    days: frozenset[str]
    comparison: bool  # "up from 3,000 a year earlier", "lower than in 2019"
    happenings: frozenset[str]  # "the earthquake", "the fire" (not "a second crash")


@lru_cache(maxsize=4096)
def _features(sentence: str) -> _Features:
    """What one sentence says about its counts' context, computed once per sentence text."""
    return _Features(
        cumulative=bool(_CUMULATIVE.search(sentence)),
        update=bool(_UPDATE.search(sentence)),
        names=frozenset(_names(sentence)),
        days=frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", sentence) if is_time_word(w)),
        happenings=frozenset(happenings(sentence)),
        comparison=bool(_COMPARISON.search(sentence)),
    )


def _context_differs(one: _Features, two: _Features) -> bool:
    """Each sentence names a day, place, person or body that the other does not."""
    if one.days and two.days and not one.days & two.days:
        return True
    return bool(one.names - two.names and two.names - one.names)
