"""Names the source writes in Arabic script, resolved to gazetteer entries.

Runs of one to three Arabic words are looked up among the curated layers' Arabic spellings
(normalised by :func:`tqcheck.gazetteer.keys.arabic_key`: hamza forms, ی/ي, ک/ك, taa marbuta,
diacritics), each also without the attached conjunctions and prepositions Arabic writes as
one word with the name (و، ف، ب، ل، ك) and without the article; then, when a GeoNames index
is given, among GeoNames' Arabic alternate names, keeping only places of at least
:data:`MIN_GEONAMES_POPULATION` people, countries and subdivisions (small places share their
names with common words and given names). Longest runs win.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from tqcheck.gazetteer.index import Entry, Gazetteer
from tqcheck.gazetteer.keys import arabic_key

if TYPE_CHECKING:
    from tqcheck.gazetteer.geonames import GeoNamesIndex

_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06FA-\u06FF\u064B-\u065F]+")
_PROCLITICS = ("وب", "ول", "وال", "فال", "بال", "لل", "و", "ف", "ب", "ل", "ك", "ال")
_MAX_WORDS = 3
MIN_GEONAMES_POPULATION = 50_000


@dataclass(frozen=True, slots=True)
class SourceName:
    """An Arabic-script name in the source and the entries it may name (a district and its
    town share a name)."""

    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]


@lru_cache(maxsize=65536)  # the same words recur across sentences and units
def _form_keys(word: str) -> tuple[str, ...]:
    """The :func:`arabic_key` of ``word`` and of the word without one attached particle
    (longest particle first)."""
    forms = [word]
    for prefix in _PROCLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            forms.append(word[len(prefix) :])
    return tuple(arabic_key(form) for form in forms)


def source_names(
    text: str, gazetteer: Gazetteer, geonames: GeoNamesIndex | None = None
) -> list[SourceName]:
    """Gazetteer entries named in ``text`` (Arabic script), longest match first, no overlaps."""
    words = list(_ARABIC_WORD.finditer(text))
    # A key drops spaces, so a run's key is its words' keys joined: each word is read once.
    keys = [_form_keys(word.group()) for word in words]
    found: list[SourceName] = []
    i = 0
    while i < len(words):
        for size in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            run = words[i : i + size]
            if any(text[a.end() : b.start()].strip() for a, b in itertools.pairwise(run)):
                continue  # punctuation between the words: not one name
            rest = "".join(forms[0] for forms in keys[i + 1 : i + size])
            entries = _lookup(keys[i], rest, gazetteer, geonames)
            if entries:
                start, end = run[0].start(), run[-1].end()
                found.append(SourceName(start, end, text[start:end], entries))
                i += size
                break
        else:
            i += 1
    return found


def _lookup(
    firsts: tuple[str, ...], rest: str, gazetteer: Gazetteer, geonames: GeoNamesIndex | None
) -> tuple[Entry, ...]:
    """Entries of the first word (in any of its forms' keys ``firsts``) followed by the words
    keyed ``rest``: the curated layers first, then GeoNames."""
    for first in firsts:
        entries = gazetteer.arabic_entries(first + rest)
        if entries:
            return entries
    if geonames is None:
        return ()
    for first in firsts:
        entries = _geonames_entries(first + rest, geonames)
        if entries:
            return entries
    return ()


@lru_cache(maxsize=16384)  # hits recur; a miss is answered from memory by the index
def _geonames_entries(key: str, geonames: GeoNamesIndex) -> tuple[Entry, ...]:
    from tqcheck.gazetteer.mentions import geonames_entry

    places = [
        place
        for place in geonames.exact_key(key, arabic=True)
        if place.kind != "place" or place.population >= MIN_GEONAMES_POPULATION
    ]
    return tuple(geonames_entry(place) for place in places[:3])
