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


def _forms(word: str) -> list[str]:
    """``word`` and the word without one attached particle (longest particle first)."""
    forms = [word]
    for prefix in _PROCLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            forms.append(word[len(prefix) :])
    return forms


def source_names(
    text: str, gazetteer: Gazetteer, geonames: GeoNamesIndex | None = None
) -> list[SourceName]:
    """Gazetteer entries named in ``text`` (Arabic script), longest match first, no overlaps."""
    words = list(_ARABIC_WORD.finditer(text))
    found: list[SourceName] = []
    i = 0
    while i < len(words):
        for size in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            run = words[i : i + size]
            if any(text[a.end() : b.start()].strip() for a, b in itertools.pairwise(run)):
                continue  # punctuation between the words: not one name
            rest = " ".join(word.group() for word in run[1:])
            entries = _lookup(run[0].group(), rest, gazetteer, geonames)
            if entries:
                start, end = run[0].start(), run[-1].end()
                found.append(SourceName(start, end, text[start:end], entries))
                i += size
                break
        else:
            i += 1
    return found


@lru_cache(maxsize=65536)  # the same words recur across sentences and units
def _lookup(
    first: str, rest: str, gazetteer: Gazetteer, geonames: GeoNamesIndex | None
) -> tuple[Entry, ...]:
    for form in _forms(first):
        query = f"{form} {rest}".strip()
        matches = gazetteer.known(query)
        if matches:
            return tuple(dict.fromkeys(match.entry for match in matches))
    if geonames is None:
        return ()
    from tqcheck.gazetteer.mentions import geonames_entry

    for form in _forms(first):
        places = [
            place
            for place in geonames.exact(f"{form} {rest}".strip())
            if place.kind != "place" or place.population >= MIN_GEONAMES_POPULATION
        ]
        if places:
            return tuple(geonames_entry(place) for place in places[:3])
    return ()
