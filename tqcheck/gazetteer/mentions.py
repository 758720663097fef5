"""Place mentions in a document and what they resolve to.

Candidates come from place slots ("the city of X", "the state of X", "X district"), from the
items of a listed enumeration ("namely A, B and C of X"), and from any capitalised name the
gazetteer knows as a spelling, variant or recorded garble. Each is resolved once per document
and shared by the place rules.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.gazetteer.index import Entry, Gazetteer, Match, default_gazetteer, spelling_evidence
from tqcheck.gazetteer.keys import fold
from tqcheck.lexicon import is_function_word

if TYPE_CHECKING:
    from tqcheck.gazetteer.geonames import GeoNamesIndex, GeoPlace

_NAME = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*(?: [A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*){0,2}"
UNIT_TERMS = ("state", "governorate", "province", "county", "prefecture", "district", "rayon")
_PLACE_NOUNS = (
    "city",
    "town",
    "village",
    "villages",
    "region",
    "area",
    "settlement",
    "capital",
    *UNIT_TERMS,
)
_OF_SLOT = patterns.compile(rf"\b(?P<term>{'|'.join(_PLACE_NOUNS)})\s+of\s+(?P<name>{_NAME})")
_AFTER_SLOT = patterns.compile(
    rf"(?P<name>{_NAME})\s+(?P<term>{'|'.join((*UNIT_TERMS, 'region'))})\b"
)
_ENUMERATION = patterns.compile(r"\bnamely\b(?P<items>[^.;:]*)")
_CAPITALISED = patterns.compile(_NAME)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    slot: str  # "of", "after", "list" or "name"
    term: str | None  # the administrative/place noun of the slot ("state", "city", ...)
    term_start: int | None
    term_end: int | None
    match: Match | None


def _trim(name: str) -> tuple[int, str]:
    """(characters dropped at the start, name) without capitalised function words at either end
    ("The Nagorno Karabakh" -> "Nagorno Karabakh")."""
    words = name.split(" ")
    dropped = 0
    while words and is_function_word(words[0]):
        dropped += len(words.pop(0)) + 1
    while words and is_function_word(words[-1]):
        words.pop()
    return dropped, " ".join(words)


def place_mentions(document: Document, gazetteer: Gazetteer | None = None) -> list[Mention]:
    cached = document.analyses.get("place_mentions")
    if cached is not None:
        return cached
    gazetteer = gazetteer or default_gazetteer()
    plain = document.plain
    found: dict[tuple[int, int], Mention] = {}
    # The spans of this block's mentions, disjoint, sorted by start (a block's mentions cannot
    # overlap another block's, and one list for the document made each insort O(n): n^1.4).
    taken: list[tuple[int, int]] = []

    def add(
        start: int,
        name: str,
        slot: str,
        term_match: re.Match[str] | None = None,
        term_group: str = "term",
    ) -> None:
        dropped, name = _trim(name)
        if not name:
            return
        start += dropped
        end = start + len(name)
        before = bisect_left(taken, (end, -1))  # spans that start before this one ends
        if before and taken[before - 1][1] > start:
            return  # overlaps a mention found by a stronger pattern
        match = gazetteer.best(name)
        if match is not None and match.entry.kind == "person":
            if slot == "name":
                return  # a person, not a place
            match = None
        if (
            match is not None
            and match.method not in ("exact", "variant")
            and _unit_english_name(name, match.entry.country)
        ):
            match = None  # "East Azerbaijan" (Wikipedia's) for GeoNames' "East Azarbaijan"
        term = term_match.group(term_group) if term_match else None
        insort(taken, (start, end))
        found[(start, end)] = Mention(
            start,
            end,
            document.text[start:end],
            slot,
            term,
            term_match.start(term_group) if term_match else None,
            term_match.end(term_group) if term_match else None,
            match,
        )

    for block in document.blocks:
        taken.clear()
        for pattern, slot in ((_OF_SLOT, "of"), (_AFTER_SLOT, "after")):
            for hit in pattern.finditer(plain, block.start, block.end):
                add(hit.start("name"), hit.group("name"), slot, hit)
        for hit in _ENUMERATION.finditer(plain, block.start, block.end):
            for item in _CAPITALISED.finditer(plain, hit.start("items"), hit.end("items")):
                add(item.start(), item.group(), "list")
        tokens = block.tokens
        for i, token in enumerate(tokens):
            if not token.is_capitalized:
                continue
            for size in (3, 2, 1):
                window = tokens[i : i + size]
                if len(window) < size or not all(t.is_capitalized for t in window):
                    continue
                if any(plain[a.end : b.start] != " " for a, b in itertools.pairwise(window)):
                    continue
                name = plain[window[0].start : window[-1].end]
                if gazetteer.known(name):
                    add(window[0].start, name, "name")
                    break
    mentions = _with_geonames(sorted(found.values(), key=lambda m: (m.start, m.end)))
    document.analyses["place_mentions"] = mentions
    return mentions


def curated_spellings(document: Document) -> Iterator[tuple[Mention, Match]]:
    """Mentions correctly identified by a curated layer (exact name or accepted variant): the
    ones house style and spelling consistency apply to (GeoNames places are not ours to style)."""
    for mention in place_mentions(document):
        match = mention.match
        if (
            match is not None
            and match.method in ("exact", "variant")
            and not match.entry.id.startswith("geonames:")
            and not part_of_larger_name(document, mention.start, mention.end)
            and not (mention.slot == "name" and _names_a_country(mention.text, match))
        ):
            yield mention, match


def _names_a_country(text: str, match: Match) -> bool:
    """A country word ("Kazakh officials") that is also a spelling of a curated place of
    another country (the Azerbaijani district Gazakh)."""
    from tqcheck.gazetteer.context import country_of_word

    code = country_of_word(text)
    return code is not None and code != match.entry.country


_TITLE_BEFORE = patterns.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Capt|Sgt|Lt|Sen|Rep|St)\.?\s+(?:[A-Z][\w'’-]*\s+)?$"
)
_NAME_BEFORE = patterns.compile(r"(?<![.!?:;\n]\s)(?<![.!?:;\n])\b([A-Z][\w'’-]*)\s$")
_AFTER_NAME = patterns.compile(r"^\s(?:\d|[A-Z][\w'’-]*|TV\b|channel\b|radio\b|FM\b|AM\b)")


def part_of_larger_name(document: Document, start: int, end: int) -> bool:
    """True when a place spelling is a piece of another name: a person ("Dr. Haggi Decal"), a
    channel or product ("Rossiya 1", "Rossiya Segodnya"), a longer capitalised name."""
    plain = document.plain
    before = plain[max(0, start - 40) : start]
    after = plain[end : end + 12]
    if _TITLE_BEFORE.search(before) or _AFTER_NAME.match(after):
        return True
    hit = _NAME_BEFORE.search(before)
    return (
        bool(hit)
        and not is_function_word(hit.group(1))
        and not default_gazetteer().known(hit.group(1))
    )


GEONAMES_SOURCE = "GeoNames (CC BY 4.0)"


def geonames_entry(place: GeoPlace) -> Entry:
    return Entry(
        id=f"geonames:{place.geonameid}",
        name=place.name,
        kind=place.kind,
        country=place.country,
        admin_unit=place.admin1,
        admin_term="",
        lat=place.lat,
        lon=place.lon,
        geonameid=place.geonameid,
        source=GEONAMES_SOURCE,
    )


def _geonames_match(mention: Mention, countries: set[str]) -> Match | None:
    """A GeoNames place with this exact name, preferring the article's countries."""
    # Best reading first: a place whose own name this is, unless a far larger or better known
    # place records it ("Basra" is Basrah, Iraq, not a Pakistani village).
    places = [place for place, _ in geonames_index().exact_ranked(mention.text)]
    if not places:
        return None
    local = [place for place in places if place.country in countries]
    place = (local or places)[0]
    method = "exact" if fold(place.name) == fold(mention.text) else "variant"
    return Match(geonames_entry(place), mention.text, place.name, method, 1.0, "")


# ``resolve_name`` answers a fuzzy GeoNames match only at this ``GeoNamesIndex.resolve``
# confidence or above (a calibrated probability that the place is the one meant).
LOOKUP_MIN_CONFIDENCE = 0.5


# Calibrated scores of ``resolve_name``: how often an answer of that kind names the place meant.
# Set from the held-out GeoNames spellings and the common-word benchmark
# (benchmarks/gazetteer_accuracy.py, benchmarks/gazetteer_common_words.py).
SCORE_EXACT = 0.98  # primary name
SCORE_ALTERNATE = 0.95  # another recorded spelling
SCORE_COMMON_WORD = 0.3  # an ordinary English word that is also the name of a large place
SCORE_COMMON_COUNTRY = 0.9  # an ordinary word that names a country or subdivision ("China")
COMMON_WORD_ZIPF = 4.0  # wordfreq Zipf frequency of an ordinary English word
COMMON_WORD_POPULATION = 100_000  # a common word resolves only to a place this large
# Countries whose subdivisions have English names a common word may mean ("Texas", "England");
# elsewhere a subdivision called "Centre" or "Most" is a translation or a coincidence.
ENGLISH_NAMED_SUBDIVISIONS = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})


def resolve_name(name: str, country: str | None = None) -> Match | None:
    """Resolve a bare name, with a probability-like score.

    An ordinary English word ("Want", "After") resolves only by an exact name, and only to a
    country, subdivision or a place of 100,000 or more ("London"), with a low score. Other names:
    a curated exact, variant, recorded-garble or bridge answer; else GeoNames by exact name
    (largest place first, a well-known place winning over a fuzzy curated look-alike:
    "Nazareth" is in Israel, not a garble of an Ethiopian or Azerbaijani name); else the best
    curated skeleton match (its Jaro-Winkler mapped to 0.90 -> 0.5, 1.0 -> 0.9) or the best
    ``GeoNamesIndex.resolve`` answer with its calibrated confidence, if at least
    ``LOOKUP_MIN_CONFIDENCE``. For ``tqcheck gazetteer lookup``; documents use
    :func:`place_mentions` and ``garbles.find_garbles``, which read the article's context."""

    from tqcheck.gazetteer.words import zipf

    wanted = country.upper() if country else None
    common = " " not in name.strip() and zipf(name) >= COMMON_WORD_ZIPF
    curated = default_gazetteer().best(name, country)
    if curated is not None and curated.method in ("exact", "variant"):
        return _rescored(curated, SCORE_COMMON_COUNTRY if common else SCORE_EXACT)
    # Best reading first (``GeoNamesIndex.exact_ranked``): a place whose own name this is wins
    # over larger places that list it as an alternate ("Nazareth" is the Israeli city, not
    # Ethiopia's Nazret) unless it is far smaller and less known ("Basra" is Basrah, Iraq).
    places = [p for p, _ in geonames_index().exact_ranked(name) if wanted in (None, p.country)]
    if common:
        places = [
            p
            for p in places
            if p.kind == "country"
            or (p.kind == "subdivision" and p.country in ENGLISH_NAMED_SUBDIVISIONS)
            or (p.population >= COMMON_WORD_POPULATION and fold(p.name) == fold(name))
        ]
        if not places:
            return None
        place = places[0]
        score = SCORE_COMMON_COUNTRY if place.kind != "place" else SCORE_COMMON_WORD
        return Match(geonames_entry(place), name, place.name, "exact", score, "")
    if curated is not None and curated.method in ("garble", "bridge"):
        return _rescored(curated, SCORE_ALTERNATE if curated.method == "garble" else 0.9)
    if places:
        exact = fold(places[0].name) == fold(name)
        return Match(
            geonames_entry(places[0]),
            name,
            places[0].name,
            "exact" if exact else "variant",
            SCORE_EXACT if exact else SCORE_ALTERNATE,
            "",
        )
    found = geonames_index().resolve(name, countries=None if wanted is None else {wanted})
    best = found[0] if found and found[0][0] >= LOOKUP_MIN_CONFIDENCE else None
    if curated is not None and (best is None or _fuzzy_probability(curated.score) >= best[0]):
        return _rescored(curated, _fuzzy_probability(curated.score))
    if best is None:
        return None
    confidence, place, spelling = best
    return Match(
        geonames_entry(place),
        name,
        spelling,
        "fuzzy",
        round(confidence, 3),
        spelling_evidence(name, spelling),
    )


def _fuzzy_probability(similarity: float) -> float:
    return round(min(0.9, max(0.05, 0.5 + (similarity - 0.9) * 4)), 3)


def _rescored(match: Match, score: float) -> Match:
    return Match(match.entry, match.query, match.spelling, match.method, score, match.evidence)


@cache
def geonames_index() -> GeoNamesIndex:
    from tqcheck.gazetteer.geonames import open_default

    return open_default()


def _with_geonames(mentions: list[Mention]) -> list[Mention]:
    """Resolve slot names the curated layers do not know exactly against GeoNames.

    A name that is exactly a real place is that place, not a garble of a similar-looking regional
    one, unless the article is about the regional entry's country and GeoNames has no place of
    that name there. Only mentions in place slots are looked up, so most articles never open the
    index; the first that does builds it (once per machine, about 20 s).
    """
    countries = {
        m.match.entry.country
        for m in mentions
        if m.match is not None and m.match.method in ("exact", "variant", "garble")
    }
    resolved = []
    for mention in mentions:
        match = mention.match
        if mention.slot != "name" and (
            match is None or match.method in ("fuzzy", "transliteration")
        ):
            found = _geonames_match(mention, countries)
            if found is not None and (
                match is None
                or found.entry.country in countries
                or match.entry.country not in countries
            ):
                mention = Mention(
                    mention.start,
                    mention.end,
                    mention.text,
                    mention.slot,
                    mention.term,
                    mention.term_start,
                    mention.term_end,
                    found,
                )
        resolved.append(mention)
    return resolved


def _unit_english_name(name: str, country: str) -> bool:
    """``name`` is the English name of a first-level unit of ``country`` (Wikipedia's list of
    the country's provinces, ``admin_unit_names.tsv``, or the agencies' spellings of
    ``region_unit_names.tsv``: ``context.is_unit_english_name``): a real province, not a
    garble of the name GeoNames records for it ("East Azerbaijan province", GeoNames' "East
    Azarbaijan", was read as a garble of it by e/a)."""
    from tqcheck.gazetteer.context import is_unit_english_name

    return bool(country) and is_unit_english_name(name, {country})
