"""Compound names of Iran, Afghanistan, Pakistan, Turkey and Central Asia read word for word:
a Persian, Urdu, Pashto or Turkic place name made of two or three words written as ONE word
(شاهرود Shahrud, "king" + "river"; خرمشهر Khorramshahr) or of words an English compound joins
("Bridgehead": سر پل, Sar-e Pul, "head" + "bridge"), which machine translation renders as the
English words ("King's River", "Bridgehead"), in either order.

The Arabic-script readings of ``literal`` read such a name where its words stand apart in a
place slot; this module adds the shapes they leave, through the team table's Persian, Urdu,
Pashto and Turkic words only, each only in a country whose place names use it (the table's
``countries``): an English solid compound MT coins, cut into its two words; a name of such
words in a weak slot ("at", "near", "in", "to": ``literal`` keeps them for a strong slot, as
"the Old City" is English more often), kept where the place writes the words as one (a
Persian compound) and is a town of ``COMPOUND_POPULATION`` or more of the copy's countries;
and a compound of a noun and a town's name kept as it is, in the compound's order ("King of
Kerman": Kermanshah). The other
tables' words (every sense of Arabic dictionaries) join into the Arabic spellings of foreign
names by chance: "thirty" + "elderly" is سیمسن, Samsun.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import TYPE_CHECKING

from tqcheck.gazetteer import cache_files
from tqcheck.gazetteer.garble.base import (
    Candidate,
    Garble,
    base_forms,
    country_arabic,
    country_name,
    english_name,
    gazetteer_dir,
    geonames_index,
)
from tqcheck.gazetteer.garble.countries import FUNCTION_WORDS, POSSESSIVE
from tqcheck.gazetteer.garble.word_tables import TEAM_TABLE
from tqcheck.gazetteer.keys import arabic_key, fold
from tqcheck.gazetteer.words import is_english_word, zipf

if TYPE_CHECKING:
    from tqcheck.gazetteer.geonames import GeoPlace

# The countries whose place names are Persian, Urdu, Pashto or Turkic compounds written solid
# or with the Persian ezafe ("Sar-e Pul"): Iran, Afghanistan, Pakistan, Turkey, Azerbaijan and
# the five of Central Asia.
COMPOUND_COUNTRIES = frozenset(["IR", "AF", "PK", "TR", "AZ", "TJ", "UZ", "TM", "KZ", "KG"])
COMPOUND_SENSES = 8  # a word's Arabic-script words read, in the team table's order
# A name read in a weak slot ("halted at King's River") names a town of this size: two common
# English words spell some village's name by chance; a city's name by chance seldom.
COMPOUND_POPULATION = 50_000
# A solid English compound cut in two reads a town of this size in a place slot.
SPLIT_POPULATION = 20_000
SCORE_COMPOUND = 0.9
_PART = 3  # the shortest part of a solid English compound cut in two ("Bridge" + "head")


def _split_solid(word: str) -> list[str] | None:
    """An English word MT coins by joining two English words as the source joins its two
    ("Bridgehead" for سر پل, Sar-e Pul), cut where both parts are English words the team table
    glosses; None for a word English text uses (zipf above 0: "Newcastle", "Blackwater" are
    names of their own)."""
    if zipf(word) > 0:
        return None
    for cut in range(_PART, len(word) - _PART + 1):
        head, tail = word[:cut], word[cut:]
        if (
            is_english_word(head)
            and is_english_word(tail)
            and _arabic_of(head)
            and _arabic_of(tail)
        ):
            return [head, tail]
    return None


def _english_words(candidate: Candidate) -> tuple[list[str], bool] | None:
    """The content words of the candidate and whether they came from one solid word cut in
    two; None where it has not two or three."""
    raw = [POSSESSIVE.sub("", w) for w in re.split(r"[ -]", candidate.text.lower()) if w]
    words = [w for w in raw if w not in FUNCTION_WORDS]
    if len(words) == 1:
        cut = _split_solid(words[0])
        return (cut, True) if cut else None
    if 2 <= len(words) <= 3:
        return words, False
    return None


@cache
def _team_words() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """English gloss -> (Arabic-script word, the countries whose place names use it) of the
    team table (``TEAM_TABLE``: the Persian, Urdu, Pashto and Turkic words of the region's
    place names, each with the countries it names places in), in the table's order. Kept as a
    pickle named after the table's bytes and this module's, as ``literal.team_pairs`` keeps
    its own view of the table (parsing it took 4 to 20 ms of a check)."""
    import csv

    path = gazetteer_dir() / TEAM_TABLE
    if not path.is_file():
        return {}

    def build() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
        found: dict[str, list[tuple[str, frozenset[str]]]] = {}
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(line for line in handle if not line.startswith("#")):
                codes = frozenset((row.get("countries") or "").split())
                for english in row["english"].split("|"):
                    found.setdefault(english.strip().lower(), []).append(
                        (row["arabic"].strip(), codes)
                    )
        return {english: tuple(pairs) for english, pairs in found.items()}

    return cache_files.table("team-words", [path, __file__], build, dict)


def _arabic_of(word: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The team table's words for an English word, else for its base forms ("rivers")."""
    table = _team_words()
    for form in (word, *base_forms(word)):
        if form in table:
            return table[form][:COMPOUND_SENSES]
    return ()


def _kept_name(word: str, countries: list[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The Arabic-script names of the town of ``countries`` that ``word`` names, kept as it is
    beside a translated word ("King of Kerman": کرمان + شاه, Kermanshah, a compound of a city's
    name and a noun); none for an English word or a name of no town of
    ``COMPOUND_POPULATION`` or more."""
    if is_english_word(word):
        return ()
    index = geonames_index()
    return tuple(
        (spelling, frozenset([place.country]))
        for place in index.exact(word.title())
        if place.country in countries
        and place.kind == "place"
        and place.population >= COMPOUND_POPULATION
        for spelling, kind in index.spellings(place)
        if kind == "arabic"
    )


def _keeps(place: GeoPlace, kept: list[str]) -> bool:
    """Whether a Latin name of ``place`` spells each name kept as it is (Kermanshah keeps
    "Kerman"): a kept town's Arabic name joined to a word's spells another town's by chance
    ("near Baneh Water": بانه + آب is بناب, Bonab, no compound of Baneh), which is no such
    compound."""
    if not kept:
        return True
    latin = [fold(s) for s, kind in geonames_index().spellings(place) if kind != "arabic"]
    return all(any(k in name for name in latin) for k in kept)


def compound_literal(candidate: Candidate, countries: set[str]) -> Garble | None:
    """``candidate`` read as a compound name of the copy's countries of ``COMPOUND_COUNTRIES``
    (see the module's docstring); the largest town whose Arabic-script name is its words'
    Arabic joined, in any order, one word possibly a town's name kept (``_kept_name``). In a
    strong or country slot any such name: of a town of ``SPLIT_POPULATION`` or more where the
    English was one solid word cut in two, of ``COMPOUND_POPULATION`` or more where it keeps a
    name (``literal`` reads the other shapes itself); in a weak slot ("at", "near", "in") only a
    name written as one word, of a town of ``COMPOUND_POPULATION`` or more, and not "the X" (a
    landmark's English name)."""
    here = sorted(countries & COMPOUND_COUNTRIES)
    if not here or candidate.slot == "none" or candidate.hint is not None:
        return None
    found = _english_words(candidate)
    if found is None:
        return None
    words, split = found
    strong = candidate.slot in ("strong", "country")
    if not strong and candidate.definite:
        return None
    translated = [bool(_arabic_of(word)) for word in words]
    if not any(translated) or (strong and not split and all(translated)):
        return None  # ``literal`` reads the words standing apart in a place slot itself
    options = [_arabic_of(word) or _kept_name(word, here) for word in words]
    if not all(options):
        return None
    floor = SPLIT_POPULATION if strong and split else COMPOUND_POPULATION
    hits: dict[int, tuple[str, str]] = {}
    for order in itertools.permutations(range(len(words))):
        for choice in itertools.product(*(options[i] for i in order)):
            key = arabic_key("".join(arabic for arabic, _codes in choice))
            for country in here:
                if any(country not in codes for _arabic, codes in choice):
                    continue  # a word that names no place of this country
                for rowid, spelling in country_arabic(country).by_key.get(key, ()):
                    if not strong and " " in spelling.strip():
                        continue  # words written apart: English copy writes such names so too
                    gloss = ", ".join(
                        f'"{words[i]}" = {a}' for i, (a, _c) in zip(order, choice, strict=True)
                    )
                    hits.setdefault(rowid, (spelling, gloss))
    if not hits:
        return None
    places = geonames_index().places(list(hits))
    kept = [fold(word) for word, known in zip(words, translated, strict=True) if not known]
    best = max(
        (
            p
            for p in places.values()
            if p.kind == "place" and p.population >= floor and _keeps(p, kept)
        ),
        key=lambda p: p.population,
        default=None,
    )
    if best is None:
        return None
    rowid = next(r for r, p in places.items() if p is best)
    spelling, gloss = hits[rowid]
    name = english_name(best, spelling)
    return Garble(
        candidate.start,
        candidate.end,
        candidate.text,
        "literal",
        name,
        best.country,
        best.geonameid,
        SCORE_COMPOUND,
        f"a literal translation of the compound name {spelling} of {name}, "
        f"{country_name(best.country)} ({gloss})",
    )
