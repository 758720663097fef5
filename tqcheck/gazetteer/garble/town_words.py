"""A town word MT adds beside a translated word ("Islam Town", "Guardian Town", "Reed Town",
"Town of Islam"), read as the element that forms a town's name in each naming tradition of
the copy's countries (``TOWN_TABLE``): in Persian, Urdu and Pashto names the town noun comes
last (اسلام آباد Islamabad, حافظ آباد Hafizabad, شجاع آباد Shujaabad), and the other word is
read through every gloss of the project's tables and lexicons, not only their first senses; in
Arabic names the word stands alone, the town word being MT's (الزاوية "the nook", Az Zawiyah;
القامشلي, Al Qamishli). An adjective is also read through its noun and a noun through its
adjective ("Islamic": islam; "Victor": victorious). Only towns of the copy's countries, and
only where the literal readers found nothing for the whole name (``reading`` asks it after
``literal.literal_reading``)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from tqcheck.gazetteer.garble.base import (
    country_arabic,
    country_name,
    english_name,
    estimated_population,
    gazetteer_dir,
    geonames_index,
    place_rowid,
)
from tqcheck.gazetteer.garble.countries import FUNCTION_WORDS, POSSESSIVE
from tqcheck.gazetteer.garble.literal import (
    SCORE_ARABIC_EXACT,
    SCORE_LITERAL_SKELETON,
    URDU_PASHTO,
    compound_heads,
    head_compound_rows,
    literal_garble,
    read_as_arabic_words,
    reads_as,
)
from tqcheck.gazetteer.garble.sound import best_place
from tqcheck.gazetteer.garble.word_tables import table_entries, toponym_words_lexicon
from tqcheck.gazetteer.keys import arabic_key, arabic_skeletons, is_arabic, skeletons

if TYPE_CHECKING:
    from tqcheck.gazetteer.garble.base import Candidate, Garble

TOWN_TABLE = "town_words.csv"
# A town read through a town word names a town of this size: a word of the lexicons beside a
# town noun spells some village's name by chance.
TOWN_POPULATION = 20_000
# The word alone names a city of this size: a common word's Arabic alone is some town's name
# by chance ("Garden Town" in Aleppo province: روضة, Ar Rawdah, a town of 23,000), a city's
# seldom (Az Zawiyah, Al Mansurah, Al Qamishli are cities of 100,000+).
ALONE_POPULATION = 100_000
TOWN_SENSES = 16
_HEAD_WORD = 3  # the fewest letters of a word read before a head
SCORE_NISBA = 0.86  # the word's nisba (-i, -iyya) as a town's Arabic name
TOWN_COST = 0.4  # reading the part before the head as the word costs this at most
# Adjective and noun endings read into each other ("islamic": islam, "victor": victorious).
_TOWN_DERIVED = (
    ("ic", ""),
    ("ian", ""),
    ("ious", "y"),
    ("or", "orious"),
    ("ed", ""),
    ("ing", ""),
    ("y", "ious"),
)


@dataclass(frozen=True)
class _Tradition:
    """A row of ``TOWN_TABLE``: how a naming tradition forms a town's name with a town word."""

    kind: str  # head | alone | first
    english: frozenset[str]  # the English town words MT writes for the element
    nouns: tuple[str, ...]  # "first": the Arabic town nouns (arabic_key) before the word
    latin: tuple[str, ...]  # "first": their romanisations in GeoNames' Latin names
    countries: frozenset[str]


@cache
def _traditions() -> tuple[_Tradition, ...]:
    """The rows of ``TOWN_TABLE`` in its order, the order they are read in."""
    path = gazetteer_dir() / TOWN_TABLE
    if not path.is_file():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            _Tradition(
                row["tradition"].strip(),
                frozenset(w.strip().lower() for w in row["english"].split("|")),
                tuple(arabic_key(w) for w in row["arabic"].split("|") if w.strip()),
                tuple(w.strip() for w in row["latin"].split("|") if w.strip()),
                frozenset(row["countries"].split()),
            )
            for row in csv.DictReader(line for line in handle if not line.startswith("#"))
        )


@cache
def _town_words() -> frozenset[str]:
    """Every English town word of ``TOWN_TABLE``."""
    return frozenset(w for tradition in _traditions() for w in tradition.english)


def _split(text: str) -> tuple[str, str] | None:
    """(town word, the other word) of "X Town", "X's Town", "Town of (the) X"; None else."""
    words = [w for w in re.split(r"[ -]", text.lower()) if w]
    if words and words[0] == "the":
        words = words[1:]
    towns = _town_words()
    if len(words) == 2 and words[1] in towns:
        other = POSSESSIVE.sub("", words[0])
        town = words[1]
    elif len(words) in (3, 4) and words[0] in towns and words[1] == "of":
        rest = [w for w in words[2:] if w != "the"]
        if len(rest) != 1:
            return None
        town, other = words[0], rest[0]
    else:
        return None
    if not other.isalpha() or other in FUNCTION_WORDS or other in towns:
        return None
    return town, other


def _forms(word: str) -> list[str]:
    """The word, then its noun or adjective by a derivational ending."""
    forms = [word]
    for end, new in _TOWN_DERIVED:
        if word.endswith(end) and len(word) - len(end) >= 3:
            forms.append(word[: len(word) - len(end)] + new)
    return forms


def _glosses(word: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(form, Arabic-script word, romanisations) for every gloss of the tables and lexicons."""
    table = toponym_words_lexicon()
    found: list[tuple[str, str, tuple[str, ...]]] = []
    seen: set[str] = set()
    for form in _forms(word):
        for arabic, latin in table_entries(table, form):
            if arabic not in seen:
                seen.add(arabic)
                found.append((form, arabic, latin))
    return found[:TOWN_SENSES]


def _head_reading(
    glosses: list[tuple[str, str, tuple[str, ...]]], town: str, countries: set[str]
) -> dict[int, tuple[float, str, str]]:
    """Towns of ``countries`` whose Latin name is a gloss's Arabic word, letter for letter
    (``reads_as``), before one of the town word's heads (``toponym_words_heads.csv``):
    "Guardian Town" حافظ + آباد, Hafizabad. Unlike ``literal._head_last``, every gloss of the
    lexicons and without the word's romanisation: the word must read letter for letter, a
    linking vowel the head shares allowed ("Mustaf-abad": مصطفى), and the place must be a town
    of ``TOWN_POPULATION`` or more."""
    scored: dict[int, tuple[float, str, str]] = {}
    for arabic_head, latins, used in compound_heads().get(town, ()):
        where = countries & used
        if not where:
            continue
        head_keys = {k for latin in latins for k in skeletons(latin)}
        for form, arabic, _latin in glosses:
            spoken = arabic.translate(URDU_PASHTO)
            if len(arabic_key(spoken)) < _HEAD_WORD:
                continue  # "flower" كل (gul): two letters read "Khal-abat" by chance
            classes = {c for c in arabic_skeletons(spoken) if len(c) >= 2}
            gloss = f'"{form}" = {arabic}, "{town}" = {arabic_head} (last)'
            for _key, rowid, spelling, rest in head_compound_rows(
                classes, head_keys, latins, where, TOWN_POPULATION, 0
            ):
                if rowid in scored:
                    continue
                if not any(
                    reads_as(r, a, TOWN_COST)
                    for r in (rest, rest + "a")
                    for a in {spoken, spoken.replace("ي", "ى")}
                ):
                    continue
                scored[rowid] = (SCORE_LITERAL_SKELETON, spelling, gloss)
    return scored


def _alone_reading(
    glosses: list[tuple[str, str, tuple[str, ...]]],
    countries: set[str],
    first: tuple[str, ...] = ("",),
    population: int = ALONE_POPULATION,
) -> dict[int, tuple[float, str, str]]:
    """Towns of ``countries`` whose Arabic name is a gloss's Arabic word alone, with or
    without the article, with or without taa marbuta ("Reed Town": القامشلي; "Nook Town":
    الزاوية, Az Zawiyah), or its nisba, -i or -iyya, a little lower ("Joseph's Town": اليوسفية,
    Youssoufia), and only a city of ``population`` or more: the name read exactly, no
    consonant classes (the word alone reads some name by chance that way). With ``first``,
    the town nouns a name puts before the word ("Victory City": مدينة نصر)."""
    scored: dict[int, tuple[float, str, str]] = {}
    index = geonames_index()
    for form, arabic, _latin in glosses:
        stem = arabic_key(arabic)
        stem = stem[:-1] if stem.endswith("ه") else stem
        forms = [(stem, SCORE_ARABIC_EXACT), (stem + "ه", SCORE_ARABIC_EXACT)]
        forms += [(stem + "ي", SCORE_NISBA), (stem + "يه", SCORE_NISBA)]
        gloss = f'"{form}" = {arabic}'
        for key, score in forms:
            for article in [f"{noun}{a}" for noun in first for a in ("", "ال")]:
                for country in countries:
                    for rowid, spelling in country_arabic(country).by_key.get(article + key, ()):
                        if rowid in scored and scored[rowid][0] >= score:
                            continue
                        place = index.places([rowid]).get(rowid)
                        if place is None or place.kind != "place":
                            continue
                        if estimated_population(place) < population:
                            continue
                        scored[rowid] = (score, spelling, gloss)
    return scored


_SUN = frozenset("tdrzsnl")  # the article takes these letters' sound: "an Nasr", "ash Sham"


def _first_latin(
    glosses: list[tuple[str, str, tuple[str, ...]]], countries: set[str], nouns: frozenset[str]
) -> dict[int, tuple[float, str, str]]:
    """Towns of ``countries`` whose Latin name is a "first" town noun's romanisation, the
    article, and a gloss's own romanisation (the tables' ``latin``): "Madinat an Nasr" for
    "Victory City", where GeoNames records no Arabic name to read."""
    scored: dict[int, tuple[float, str, str]] = {}
    index = geonames_index()
    for form, arabic, latin in glosses:
        for word in latin:
            articles = ["", "al ", "el "] + ([f"a{word[0]} "] if word[:1] in _SUN else [])
            for noun in nouns:
                for article in articles:
                    for place in index.exact(f"{noun} {article}{word}"):
                        rowid = place_rowid(place)
                        if rowid is None or place.country not in countries:
                            continue
                        if estimated_population(place) < TOWN_POPULATION:
                            continue
                        scored[rowid] = (SCORE_ARABIC_EXACT, place.name, f'"{form}" = {arabic}')
    return scored


def town_compound(candidate: Candidate, countries: set[str]) -> Garble | None:
    """The town ``candidate`` names as a town word and a translated word, or None."""
    if candidate.slot == "none":
        return None
    split = _split(candidate.text)
    if split is None:
        return None
    town, other = split
    glosses = _glosses(other)
    for tradition in _traditions():
        where = set(countries) & tradition.countries
        if town not in tradition.english or not where or not glosses:
            continue
        if tradition.kind == "head":
            scored = _head_reading(glosses, town, where)
        elif tradition.kind == "first":
            scored = _alone_reading(glosses, where, tradition.nouns, TOWN_POPULATION)
            scored = scored or _first_latin(glosses, where, frozenset(tradition.latin))
        else:
            scored = _alone_reading(glosses, where)
        best = best_place(scored, None)
        if best is None:
            continue
        place, score, spelling, gloss = best
        name = english_name(place, spelling)
        if tradition.kind == "head":
            evidence = read_as_arabic_words(name, place, spelling, gloss)
        else:
            evidence = (
                f"a literal translation of the {'Arabic ' if is_arabic(spelling) else ''}"
                f"name {spelling} of {name}, {country_name(place.country)} ({gloss}; "
                + (
                    "the town noun first)"
                    if tradition.kind == "first"
                    else f'"{town}" is MT\'s: the name is the word alone)'
                )
            )
        return literal_garble(
            candidate,
            place,
            name,
            score,
            evidence,
            latin_read=tradition.kind == "head" or not is_arabic(spelling),
        )
    return None
