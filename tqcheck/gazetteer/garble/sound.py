"""Readings by spelling and sound: transliteration garbles matched by consonant skeleton and
transliteration key to places of the article's countries, short names, world cities, a place's
own names, and the neighbour readings; with the scoring helpers the other readers share.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import JaroWinkler

from tqcheck import patterns
from tqcheck.gazetteer import cache_files
from tqcheck.gazetteer.context import (
    WELL_KNOWN_POPULATION,
    Geography,
)
from tqcheck.gazetteer.garble.base import estimated_population
from tqcheck.gazetteer.keys import (
    arabic_skeletons,
    fold,
    is_arabic,
    skeleton,
    skeletons,
    translit_folded,
)
from tqcheck.gazetteer.through_arabic import (
    read_through_arabic,
    reads_whole_name,
    same_reading,
    vowel_swap_is_garble,
)
from tqcheck.gazetteer.words import is_english_word

if TYPE_CHECKING:
    from tqcheck.gazetteer.geonames import GeoPlace
from tqcheck.gazetteer.garble.base import (
    HEBREW_NAMED,
    MIN_SKELETON,
    Candidate,
    Garble,
    arabic_cache_dir,
    bare_name,
    country_arabic,
    country_name,
    english_name,
    english_names,
    folded_words,
    geonames_index,
    is_person,
    known_name,
    letters_spelled_out,
    one_short_vowel_apart,
    place_rowid,
    recorded_places,
    romanised_alike,
    rows_in,
    same_name,
    unrecorded_spelling,
)
from tqcheck.gazetteer.region import (
    ARABIC_SCRIPT_REGION,
)

# Names of two consonant classes: a town of the article's countries this large, this close.
SHORT_NAME_POPULATION = 20_000
MIN_SHORT_NAME = 0.85  # Jaro-Winkler of the folded spellings
SCORE_SHORT_NAME = 0.86
# Countries whose places are romanised at home the French way ("ch" for ش, "ou" for u, "dj"
# for j): the Maghreb, Mauritania and Lebanon.
FRENCH_ROMANISED = frozenset({"DZ", "MA", "TN", "MR", "LB"})
SH_AS_FRENCH = patterns.compile(r"[Ss]h")
# ... and "ou" for the consonant waw (و) before a vowel, which English writes "w": Ouargla
# (ورقلة), Ouarzazate, Ouenza, Ouislane; "Wislan" is Ouislane. Not after a vowel (a waw there
# closes a diphthong the French also write "aw": "Tiaret", "Laayoune").
W_AS_FRENCH = patterns.compile(r"(?<![aeiouyAEIOUY])[Ww](?=[aeiouyAEIOUY])")
SCORE_SKELETON = 0.88  # the name's consonant skeleton is a place's Arabic skeleton
SCORE_NEAR_SKELETON = 0.80  # one consonant dropped or confused
MIN_TRANSLITERATION = 0.86  # Latin spellings: Jaro-Winkler, less 0.05 when a consonant apart
MIN_UNSLOTTED = 0.90  # after "in", "near", "from": an unknown name needs a close match
MIN_UNSLOTTED_LATIN = 0.85  # ... or an exact Arabic skeleton and this Latin resemblance
MIN_RESOLVE_CONFIDENCE = 0.9  # GeoNamesIndex.resolve's calibrated confidence (96% right above)
MIN_NEAR_LATIN = 0.92  # Jaro-Winkler needed when the skeletons are a consonant apart
MIN_ARABIC_LATIN = 0.70  # a non-word matched by Arabic skeleton must still resemble the name
# A city this large is named in copy about anywhere: spelled this close (Jaro-Winkler of the
# folds), it is a candidate outside the article's countries too; among the largest places
# sharing a skeleton (the first WORLD_CITY_ROWS, largest first).
WORLD_CITY_POPULATION = 1_000_000
MIN_WORLD_CITY = 0.945
WORLD_CITY_ROWS = 30
MIN_OWN_NAME_FORM = 0.75  # Jaro-Winkler of another recorded name to the place's own name
# Consonant classes MT confuses across scripts (Arabic has no p or v; q/k, t/d, s/z).
CONFUSABLE = {
    "B": "P",
    "P": "B",
    "F": "V",
    "V": "F",
    "T": "D",
    "D": "T",
    "S": "Z",
    "Z": "S",
    "C": "J",
}


def best_place(
    scored: dict[int, tuple[float, str, str]], geography: Geography | None
) -> tuple[GeoPlace, float, str, str] | None:
    """The best (place, score, spelling, detail): score, then the country's weight in the
    article, then population (rowid order)."""
    if not scored:
        return None
    places = geonames_index().places(sorted(scored))

    def key(rowid: int) -> tuple[float, float, int]:
        place = places[rowid]
        weight = geography.weight(place.country) if geography else 0.0
        return (round(scored[rowid][0] + size_bonus(place.population), 2), weight, -rowid)

    rowid = max(scored, key=key)
    score, spelling, detail = scored[rowid]
    return places[rowid], score, spelling, detail


def size_bonus(population: int) -> float:
    """A small prior for larger places: copy names them far more often than hamlets."""
    if population >= WELL_KNOWN_POPULATION:
        return 0.03
    if population >= 20_000:
        return 0.015
    return 0.0


def query_skeletons(text: str, drop: bool = True) -> dict[str, bool]:
    """Skeletons of ``text`` (True) and their near variants (False): one confusable class
    swapped (b/p, f/v, t/d, s/z) and, with ``drop``, one class dropped."""
    found: dict[str, bool] = {}
    for key in skeletons(text):
        if len(key) < MIN_SKELETON:
            continue
        found[key] = True
        for i, char in enumerate(key):
            # Not the last class: a name longer at its end is a suffixed name ("Ambarli",
            # "with Ambar" in Turkish), not a respelling.
            if drop and len(key) >= 4 and i < len(key) - 1:
                found.setdefault(key[:i] + key[i + 1 :], False)
            if char in CONFUSABLE:
                found.setdefault(key[:i] + CONFUSABLE[char] + key[i + 1 :], False)
    return found


def resolved(text: str, countries: set[str]) -> dict[int, tuple[float, str, str]]:
    """The index's calibrated resolver (transliteration keys, one-edit neighbours, romanised
    native-script names), restricted to the article's countries: for respellings the skeleton
    classes miss ("Zakhou" for Zakho). Its confidence assumes the name is a place, so the
    spelling must also be close in Latin script."""
    region = countries & ARABIC_SCRIPT_REGION
    if not region:
        return {}
    found = geonames_index().resolve(text, countries=region)
    if not found:
        return {}
    confidence, place, spelling = found[0]
    if confidence < MIN_RESOLVE_CONFIDENCE or not spelling.isascii():
        return {}
    similarity = JaroWinkler.similarity(fold(text), fold(spelling))
    rowid = place_rowid(place)
    if similarity < MIN_TRANSLITERATION or rowid is None:
        return {}
    return {rowid: (round(min(confidence, similarity), 3), spelling, f"it reads like {spelling}")}


def short_name_matches(
    text: str, countries: set[str], weak: bool = False
) -> dict[int, tuple[float, str, str]]:
    """Names of two consonant classes ("Homes" for Homs, "Jeanine" for Jenin, "Zakhou"): too
    short for the skeleton index, so compared with the towns of the article's countries only
    (20,000 people or more), by skeleton and by spelling. With ``weak`` (after "in", "near"),
    only a spelling as close as :data:`MIN_UNSLOTTED` counts ("Asiout" for Assiut)."""
    keys = {k for k in skeletons(text) if len(k) == 2}
    keys |= {
        k[:i] + CONFUSABLE[c] + k[i + 1 :]
        for k in list(keys)
        for i, c in enumerate(k)
        if c in CONFUSABLE
    }
    folded, bare = fold(text), bare_name(text)
    scored: dict[int, tuple[float, str, str]] = {}
    table = short_names()
    for key in sorted(keys):  # the last key read names the evidence: not the hash seed's order
        for rowid, name, country in table.get(key, ()):
            if country not in countries:
                continue
            score = max(
                JaroWinkler.similarity(folded, fold(name)),
                JaroWinkler.similarity(bare, bare_name(name)),
            )
            if same_reading(text, name):  # one spelling in Arabic script ("Ghuychay", Göyçay)
                score = max(score, MIN_UNSLOTTED)
            if weak and score >= MIN_UNSLOTTED:
                scored[rowid] = (MIN_UNSLOTTED, name, f"consonants {key}")
            elif not weak and score >= MIN_SHORT_NAME:
                scored[rowid] = (round(min(score, SCORE_SHORT_NAME), 3), name, f"consonants {key}")
    if not scored and not weak:
        scored = short_name_near(folded, keys, countries)
    return scored


def short_name_near(
    folded: str, keys: set[str], countries: set[str]
) -> dict[int, tuple[float, str, str]]:
    """A two-class name whose last consonant class is off ("Rice", RK, for Rize, RZ: an English
    c read soft): a city of 100,000 or more of the article's countries, spelled as close as
    :data:`SCORE_SHORT_NAME`."""
    table = short_names()
    found: dict[int, tuple[str, str]] = {}
    for key in sorted(keys):
        for other in table:
            if other[0] == key[0] and other != key and other not in keys:
                for rowid, name, country in table[other]:
                    if (
                        country in countries
                        and JaroWinkler.similarity(folded, fold(name)) >= SCORE_SHORT_NAME
                    ):
                        found[rowid] = (name, other)
    if not found:
        return {}
    places = geonames_index().places(sorted(found))
    return {
        rowid: (SCORE_NEAR_SKELETON, name, f"consonants {key}")
        for rowid, (name, key) in found.items()
        if places[rowid].population >= WELL_KNOWN_POPULATION
    }


# A name no key reads, in a place slot of copy set in one country of the region, compared
# directly with that country's towns of this size ("Hudeideh", skeleton D once the h's are read
# weak, for Al Hudaydah): the learned edit costs (``geonames.learned_similarity``: vowels, y/i,
# an h dropped cost little) of its Latin spelling to theirs at least MIN_COUNTRY_TOWN, and the
# next place's at least COUNTRY_TOWN_MARGIN lower.
COUNTRY_TOWN_POPULATION = 10_000
MIN_COUNTRY_TOWN = 0.90
COUNTRY_TOWN_MARGIN = 0.05
# letters of the name without the Arabic article: a shorter one is a few edits from many towns
# ("the start of the Hajj" is no Al Wajh)
MIN_COUNTRY_TOWN_LETTERS = 5
COUNTRY_TOWN_SHORTLIST = 12  # spellings read with the learned costs, the closest by Jaro-Winkler


def _country_town_match(text: str, countries: set[str]) -> dict[int, tuple[float, str, str]]:
    """The town of 10,000 or more (:data:`COUNTRY_TOWN_POPULATION`) of the article's one
    country of the region whose Latin name or spelling, of the same consonant classes
    (``skeletons``, however short), is closest to ``text`` by the learned edit costs, where
    that is close (:data:`MIN_COUNTRY_TOWN`) and no other town comes near
    (:data:`COUNTRY_TOWN_MARGIN`): for a name in a place slot that no other reading finds (a
    skeleton one or two classes long, which no key finds: "Hudeideh"), and as the evidence of a
    Latin spelling outside a place slot. The closest
    spellings by Jaro-Winkler (in C) are read with the learned costs, so a country of
    thousands of spellings costs little."""
    from rapidfuzz import process

    from tqcheck.gazetteer.geonames import learned_similarity

    region = countries & ARABIC_SCRIPT_REGION
    if len(region) != 1 or len(bare_name(text)) < MIN_COUNTRY_TOWN_LETTERS:
        return {}
    rowids, spellings = country_towns(next(iter(region)))
    if not spellings:
        return {}
    folded = fold(text)
    keys = skeletons(text) | skeletons(bare_name(text))
    best: dict[int, tuple[float, str]] = {}
    for _written, _score, at in process.extract(
        folded, spellings, scorer=JaroWinkler.similarity, limit=COUNTRY_TOWN_SHORTLIST
    ):
        rowid, spelling = rowids[at]
        if not keys & (skeletons(spelling) | skeletons(bare_name(spelling))):
            continue  # a consonant more or fewer ("Samokat", SMKT, is no Shamokha, SMK)
        score = max(
            learned_similarity(text, spelling),
            learned_similarity(bare_name(text), bare_name(spelling)),
        )
        if rowid not in best or best[rowid][0] < score:
            best[rowid] = (score, spelling)
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
    if not ranked or ranked[0][1][0] < MIN_COUNTRY_TOWN:
        return {}
    if len(ranked) > 1 and ranked[0][1][0] - ranked[1][1][0] < COUNTRY_TOWN_MARGIN:
        return {}
    rowid, (score, spelling) = ranked[0]
    return {rowid: (round(min(score, MIN_UNSLOTTED), 3), spelling, f"it reads like {spelling}")}


@cache
def country_towns(country: str) -> tuple[tuple[tuple[int, str], ...], tuple[str, ...]]:
    """(rowid, spelling) of the Latin names and spellings of ``country``'s towns of
    :data:`COUNTRY_TOWN_POPULATION` or more, and those spellings folded, in one order."""
    if not geonames_index().path.is_file():
        return (), ()
    rows = sorted(
        {
            (rowid, spelling)
            for rowid, spelling in geonames_index().town_spellings(country, COUNTRY_TOWN_POPULATION)
            # a name as written in Latin letters, capitalised: not GeoNames' lower-case
            # transcriptions ("yi zi mi er" of Izmir, "tkryt" of Tikrit)
            if spelling[:1].isupper() and not is_arabic(spelling)
        }
    )
    return tuple(rows), tuple(fold(spelling) for _rowid, spelling in rows)


@cache
def short_names() -> dict[str, list[tuple[int, str, str]]]:
    """Two-class skeleton -> (rowid, name, country) of the region's towns of 20,000 or more,
    from the per-machine cache next to the index (built on first use, in about a second)."""
    if not geonames_index().path.is_file():
        return {}
    path = arabic_cache_dir() / "short-names.pickle"
    cached = cache_files.load(path)
    if cached is not None:
        return cached
    table: dict[str, list[tuple[int, str, str]]] = {}
    for rowid, name, country, _population in geonames_index().towns_in(
        ARABIC_SCRIPT_REGION, SHORT_NAME_POPULATION
    ):
        for key in skeletons(name) | skeletons(bare_name(name)):
            if len(key) == 2:
                table.setdefault(key, []).append((rowid, name, country))
    cache_files.store(path, table)
    return table


def world_cities(
    text: str, folded: str, countries: set[str], scored: dict[int, tuple[float, str, str]]
) -> None:
    """Add to ``scored`` the world cities (a million people or more) of other countries spelled
    within a letter or two of ``text`` ("Isfahaan" for Isfahan): copy names such a city wherever
    the article is set, and a small town of the article's countries that shares a skeleton
    less closely ("Isfana", Kyrgyzstan) is weaker evidence than the city's own spelling. Not for
    English words: "Tangerine" in copy about Morocco is no Tangerang."""
    if is_english_word(text):
        return  # a word is a look-alike only of a place the copy is about ("Tangerine")
    rows = geonames_index().skeleton_rows(text, WORLD_CITY_ROWS)
    places = geonames_index().places(sorted({rowid for rowid, _ in rows}))
    for rowid, spelling in rows:
        place = places[rowid]
        if place.population < WORLD_CITY_POPULATION or place.country in countries:
            continue
        score = JaroWinkler.similarity(folded, fold(spelling))
        if not form_of_own_name(spelling, place):
            continue  # another name GeoNames records ("Kodan" of Copenhagen): no world city
        if fold(spelling) == folded:
            # The written name is one the city abroad is recorded by besides its own, which
            # ``_is_real_place`` does not count: it is that city's reading no more than its name.
            continue
        if score >= MIN_WORLD_CITY and (rowid not in scored or scored[rowid][0] < score):
            scored[rowid] = (round(score, 3), spelling, f"consonants {skeleton(text)}")


def form_of_own_name(spelling: str, place: GeoPlace) -> bool:
    """Whether a Latin name GeoNames records for ``place`` is a form of the place's own name
    (spelled close to it, or part of it: "Nad Ali" of Hukumat-e Nad Ali), not another name
    (a former or foreign one: Turnuk of Sarıbuğday)."""
    written, own = fold(spelling), fold(place.name)
    return (
        written in own
        or own in written
        or JaroWinkler.similarity(written, own) >= MIN_OWN_NAME_FORM
    )


def own_names_first(
    scored: dict[int, tuple[float, str, str]],
) -> dict[int, tuple[float, str, str]]:
    """A Latin spelling GeoNames records for several towns of one country names the one whose
    own name is closest to it: "Khenifra", also recorded of Kenitra, names Khénifra (a town
    and a province of one name stay both: they are told apart by size and kind)."""
    places = geonames_index().places(sorted(scored))
    shared: dict[tuple[str, str, str], list[int]] = {}
    for rowid, (_score, spelling, _detail) in scored.items():
        place = places[rowid]
        if not is_arabic(spelling):
            shared.setdefault((place.country, place.kind, fold(spelling)), []).append(rowid)
    dropped: set[int] = set()
    for (_country, _kind, written), rowids in shared.items():
        if len(rowids) > 1:
            own = {r: JaroWinkler.similarity(written, fold(places[r].name)) for r in rowids}
            closest = max(own.values())
            dropped |= {r for r in rowids if own[r] < closest}
    return {rowid: value for rowid, value in scored.items() if rowid not in dropped}


def cut_short(text: str, name: str) -> bool:
    """Whether ``text`` is the start of the place name ``name``, without its end ("Binyamin"
    for Binyamina), also once one sound is spelled one way and the Arabic article is dropped
    (``translit_key``, :func:`bare_name`: "Mahmoud" of Al Mahmudiyah, a place named after a man)."""
    folded, whole = fold(text), fold(name)
    if whole.startswith(folded) and len(whole) > len(folded):
        return True
    short, long = translit_folded(bare_name(text)), translit_folded(bare_name(name))
    return long.startswith(short) and len(long) >= len(short) + 2


OPENING_DOUBLED_VOWEL = patterns.compile(r"(?<![^\W\d_])([AEIOU])(?=[aeiou])(?i:\1)")


def one_opening_vowel(text: str) -> str:
    """``text`` with a doubled vowel opening a word written once ("Aafrin" -> "Afrin")."""
    return OPENING_DOUBLED_VOWEL.sub(r"\1", text)


def long_vowels_as_one(text: str) -> str:
    """``text`` with a doubled vowel inside a word, an English way of marking an Arabic or
    Persian long vowel, written as romanisations write it ("Kaashan" -> "Kashan", "Meeranshah"
    -> "Miranshah")."""
    return LONG_VOWEL.sub(lambda hit: LONG_VOWELS[hit.group().lower()], text)


# A doubled vowel after a consonant, inside a word: how English spelling marks a long vowel.
LONG_VOWEL = patterns.compile(r"(?<=[^\W\d_aeiouyAEIOUY])(?:aa|ee|ii|oo|uu)(?=[a-z])")
LONG_VOWELS = {"aa": "a", "ee": "i", "ii": "i", "oo": "u", "uu": "u"}


# Outside any place slot, an unknown name is read as a town's respelling only when spelled
# this close to the town's own name in Latin letters (Jaro-Winkler), and of a town this size.
MIN_OUTSIDE_SLOT = 0.93
# ... or the closest town of the copy's one country by the learned edit costs, its own or
# English name this close by those costs (``geonames.learned_similarity``)
MIN_OUTSIDE_SLOT_LEARNED = 0.85
OUTSIDE_SLOT_POPULATION = 20_000


def may_be_respelled(candidate: Candidate) -> bool:
    """One word mid-sentence outside any place slot that no reading knows: no English word, no
    name the curated layers know (a person's above all), no acronym; long enough that a close
    spelling is evidence. :func:`respelled_outside_slot` decides."""
    text = candidate.text
    return (
        not candidate.sentence_start
        and " " not in text
        and "-" not in text
        and len(fold(text)) >= 5
        and not text.isupper()
        and not is_english_word(text)
        and not known_name(text)
        and not is_person(text)
    )


def respelled_outside_slot(
    candidate: Candidate, countries: set[str], geography: Geography | None
) -> Garble | None:
    """A name outside any place slot ("retaken X on the edge of Damascus", "a quake shook X")
    that is a respelling of a town of 20,000 or more of the article's countries, read as after
    "in" (:func:`by_sound`, its close readings) and spelled as close to the town's own or
    English name in Latin letters: a person's or an organisation's name is seldom one letter
    from a town's. Not the town's whole name with an ending: a name made from it, a person's
    ("Yehuda", a given name, is no Yehud; "Tikriti" a surname) or a people's."""
    text = candidate.text
    if not may_be_respelled(candidate):
        return None
    # where there is no close reading: the closest town of the copy's one country by the
    # learned edit costs (:func:`_country_town_match`), weighed as below
    one_country = len(countries & ARABIC_SCRIPT_REGION) == 1
    found = by_sound(replace(candidate, slot="weak"), countries, geography, towns=one_country)
    place = geonames_index().get(found.geonameid) if found is not None else None
    if found is None or place is None or estimated_population(place) < OUTSIDE_SLOT_POPULATION:
        return None
    bare = bare_name(candidate.text)
    names = (found.name, place.name)
    if any(bare.startswith(bare_name(name)) for name in names):
        return None  # the town's name and an ending ("Yehuda", Yehud): a name made from it
    # in a country that romanises its places the French way, also as the French write the
    # letters (:func:`as_french`): "link Wislan to the centre of Meknes" is Ouislane
    forms = {bare}
    if place.country in FRENCH_ROMANISED:
        forms.add(bare_name(as_french(candidate.text)))
    latin = max(JaroWinkler.similarity(form, bare_name(name)) for form in forms for name in names)
    if latin >= MIN_OUTSIDE_SLOT:
        return found
    # ... or, where the copy is set in one country, the town closest to the name of that
    # country's towns by the learned edit costs, by a margin: those costs, which make vowels,
    # y/i and a dropped h cheap, are the evidence of the Latin spelling that Jaro-Winkler,
    # counting each vowel written otherwise, is not ("across the bay of Izmeer", Izmir)
    # One word of a longer name is part of that name, not a respelling of it ("Modiin-Maccabim-
    # Reut", the words joined by Hebrew hyphens, is no Makkabbim, a name GeoNames records).
    if len(folded_words(place.name)) > len(folded_words(text)):
        return None
    # ... and close to the town's own or English name itself, not only to another spelling
    # GeoNames records ("his parents Ahmad and Nassira": Nasira, a name of Nazareth, 0.78)
    from tqcheck.gazetteer.geonames import learned_similarity

    if max(learned_similarity(bare, bare_name(name)) for name in names) < MIN_OUTSIDE_SLOT_LEARNED:
        return None
    rowid = place_rowid(place)
    return found if rowid is not None and rowid in _country_town_match(text, countries) else None


# A name read against the land neighbours of the article's countries: the copy does not put
# it there, so only a reading this close, of a Latin spelling this close, counts.
MIN_NEIGHBOUR = 0.90
NEIGHBOUR_POPULATION = 20_000  # a town that copy about its neighbour names


def by_sound_or_neighbour(
    candidate: Candidate,
    countries: set[str],
    geography: Geography | None,
    neighbours: bool = True,
) -> Garble | None:
    """:func:`by_sound` in the article's countries, else in their land neighbours
    (:func:`in_a_neighbour`): a border story names the country on one side and the town on
    the other ("the crossing at Safwaan reopened to Kuwaiti trucks", Safwan in Iraq). Not
    where a town of the article's countries sounds like the word (``neighbours`` False): the
    nearer reading."""
    found = by_sound(candidate, countries, geography)
    if found is None and neighbours:
        found = in_a_neighbour(candidate, countries, geography)
    return found


def in_a_neighbour(
    candidate: Candidate, countries: set[str], geography: Geography | None
) -> Garble | None:
    """A name no place of the article's countries reads, read by sound against the towns of
    their land neighbours (``land_borders.tsv``). Not where the copy names the name's own
    country ("X, in western Iran"), not an English word (a look-alike is read only where the
    copy is set), not a name GeoNames records in a neighbour (a village of its own), and only
    a close reading spelled close in Latin script too: the neighbours are several countries'
    towns, so a loose reading coincides more often."""
    from tqcheck.gazetteer.context import neighbours_of

    text = candidate.text
    if candidate.hint is not None or candidate.slot == "none" or is_english_word(text):
        return None
    neighbours = (neighbours_of(countries) & ARABIC_SCRIPT_REGION) - countries
    if not neighbours or any(place.country in neighbours for place in recorded_places(text)):
        return None
    found = by_sound(candidate, neighbours, geography)
    place = geonames_index().get(found.geonameid) if found is not None else None
    if (
        found is None
        or place is None
        or found.score < MIN_NEIGHBOUR
        or estimated_population(place) < NEIGHBOUR_POPULATION
    ):
        return None
    # Spelled close to a Latin spelling of the place with all its consonants, not only read
    # through Arabic script ("Garrick" is no Karaj) or a consonant apart ("Gardabiya", an
    # airbase in Libya, is no Ghardaia).
    bare, keys = bare_name(text), skeletons(text)
    return next(
        (
            found
            for spelling, _kind in geonames_index().spellings(place)
            if spelling.isascii()
            and JaroWinkler.similarity(bare, bare_name(spelling)) >= MIN_NEIGHBOUR
            and keys & skeletons(spelling)
        ),
        None,
    )


# A Persian ezafe between two words of a name, as GeoNames writes it ("Shahr-e Kord",
# "Pul-i-Khumri", "Sar-e Pol"): the joint English also writes run together.
EZAFE_JOINT = patterns.compile(r"\w-(?:e|i|ye)(?:[- ]|$)", re.IGNORECASE)


def by_sound(
    candidate: Candidate,
    countries: set[str],
    geography: Geography | None,
    *,
    towns: bool = False,
) -> Garble | None:
    """The place of ``countries`` whose name ``candidate`` respells, by consonant skeleton,
    transliteration key, Arabic spelling and, where no key finds one in a place slot, the
    closest town of the article's one country (:func:`_country_town_match`); with ``towns``,
    where that finds no place, the last reading is asked outside a place slot too, where
    nothing else reads the name closely (:func:`respelled_outside_slot`), from the same
    scores (read once)."""
    text, folded, scored = _sound_scores(candidate, countries)
    found = _sound_reading(candidate, countries, geography, text, folded, scored, towns=False)
    if found is None and towns:
        found = _sound_reading(candidate, countries, geography, text, folded, scored, towns=True)
    return found


def _sound_scores(
    candidate: Candidate, countries: set[str]
) -> tuple[str, str, dict[int, tuple[float, str, str]]]:
    """The name as read (its doubled vowels as one), folded, and rowid -> (score, spelling,
    detail) of the places of ``countries`` it may respell (:func:`by_sound`)."""
    # An ain or hamza opening a word, written as a doubled vowel ("Aafrin" for عفرين), is read
    # as the one vowel romanisations write for it; the name as written is judged below.
    # ... and a doubled vowel inside a word as the long vowel it marks ("Kaashan" for Kashan)
    text = long_vowels_as_one(one_opening_vowel(candidate.text))
    folded = fold(text)
    scored: dict[int, tuple[float, str, str]] = {}
    # Latin names of the article's countries sharing a (near) skeleton, also with the Arabic
    # article MT dropped ("Marj" for "Al Marj").
    near_keys = query_skeletons(text)
    # sorted throughout: of two spellings of one place scoring alike, the first read is the
    # evidence, so the order must not follow the process's hash seed
    queries = [(key, exact, False) for key, exact in sorted(near_keys.items())]
    queries += [("L" + key, True, True) for key in sorted(skeletons(text)) if len(key) >= 2]
    for key, exact, article in queries:
        for rowid, spelling, _place in rows_in(key, countries, 400, exact and not article):
            if article:
                if bare_name(spelling) == fold(spelling):
                    continue  # no article to drop
                score = JaroWinkler.similarity(bare_name(text), bare_name(spelling))
            else:  # also without the Arabic article words ("El Damazeen", "Ed Damazin")
                score = _latin_score(text, folded, spelling)
            if article and key[1:] not in skeletons(bare_name(spelling)):
                continue
            if not article and not (exact and key in skeletons(spelling)):
                if score < MIN_NEAR_LATIN:
                    continue  # a consonant apart: only a close spelling is evidence
                score -= 0.05
            _keep_best(scored, rowid, score, spelling, f"consonants {skeleton(text)}")
    french_spelled(text, folded, countries, scored)
    # Arabic names of the article's countries, read back in the same sound classes.
    arabic_keys = query_skeletons(text, drop=False)  # once, not per country
    for country in sorted(countries & ARABIC_SCRIPT_REGION):
        table = country_arabic(country)
        for key, exact in sorted(arabic_keys.items()):
            for rowid, spelling, whole in table.by_skeleton.get(key, ()):
                if not whole and not any(k[:1] == key[:1] for k in arabic_skeletons(spelling)):
                    continue  # the place's first consonant lost ("Mount", سمنود): another name
                score = SCORE_SKELETON if exact and whole else SCORE_NEAR_SKELETON
                if rowid not in scored or scored[rowid][0] < score:
                    scored[rowid] = (
                        score,
                        spelling,
                        f"it reads like the Arabic spelling {spelling} (consonants {key})",
                    )
    # ... and letter by letter, long vowels too, by a name that also looks like the place's
    # once p/b, v/f, e/i, o/u are one (``through_arabic``: "Bitrubafl" for Petropavl).
    region = countries & ARABIC_SCRIPT_REGION
    for rowid, (score, name, detail) in read_through_arabic(
        text, region, country_arabic, geonames_index().places, rows_in
    ).items():
        old = scored.get(rowid)
        if old is None or old[0] < score or is_arabic(old[1]):
            scored[rowid] = (max(score, old[0] if old else 0.0), name, detail)
    if candidate.slot != "country":  # "X, Pakistan": the copy states X's country
        world_cities(text, folded, countries, scored)
    strong = candidate.slot in ("strong", "country")
    # After "in", "near" also a name too short for the skeleton index that is no English word,
    # spelled close to the place ("Taezz" for Taiz, "Asiout" for Assiut): the checks below want
    # MIN_UNSLOTTED there.
    unslotted = candidate.slot == "weak" and not is_english_word(candidate.text)
    # Arabic spellings alone, none of which looks like its place in Latin script (which
    # :func:`_sound_reading` drops for a name that is no English word: "Hasav-Yurt" read
    # through Arabic as Surgut), are no key's reading where the copy is set in one country of
    # the region: they are dropped here, and the readings below asked as where no key reads
    # the name. Copy naming several countries is left as it was: a name a consonant from a town
    # of one of them is as likely a local name of another ("Rwissat", Tunisia and Algeria).
    dropped = (
        bool(scored)
        and len(countries & ARABIC_SCRIPT_REGION) == 1
        and _unslotted_or_strong(candidate)
        and not _latin_alike(text, folded, scored)
    )
    if dropped:
        scored = {}
    if not scored and (strong or unslotted) and (not near_keys or dropped):
        scored = short_name_matches(text, countries, weak=not strong)
    if not scored and (strong or (unslotted and (not near_keys or dropped))):
        scored = resolved(text, countries)
    return text, folded, scored


def _respelled_by_mt(text: str, place: GeoPlace) -> bool:
    """``text``, a spelling of ``place``'s name under another convention of romanising Arabic,
    is MT's respelling, no wire copy's: no source records it and English text does not write
    it (:func:`unrecorded_spelling`), for a place named from Arabic script (not from Hebrew,
    ``HEBREW_NAMED``)."""
    return place.country not in HEBREW_NAMED and unrecorded_spelling(text)


def french_spelled(
    text: str, folded: str, countries: set[str], scored: dict[int, tuple[float, str, str]]
) -> None:
    """Add to ``scored`` the places of ``countries`` romanised at home the French way
    (:data:`FRENCH_ROMANISED`) whose Latin name has the consonants of ``text`` once its English
    "sh" is written as French "ch" for the same letter (ش): "Shelghoum Laid" for Chelghoum el
    Aïd, which the skeleton classes keep apart ("ch" is /tʃ/ in English), and its "w" before a
    vowel as French "ou" for the same letter (و, :data:`W_AS_FRENCH`): "Wislan" for Ouislane,
    whose skeleton has no consonant for the "ou". Not where those letters are all that differs
    ("Shefshaouen": the name under the English convention). Scored as a Latin
    spelling a consonant apart is (:data:`MIN_NEAR_LATIN`, less 0.05), on the name as written
    in French."""
    french = countries & FRENCH_ROMANISED
    if not french or ("sh" not in folded and "w" not in folded):
        return
    french_text = as_french(text)
    if french_text == text:
        return
    french_folded = fold(french_text)
    for key in sorted(skeletons(french_text)):
        for rowid, spelling, place in rows_in(key, french, 400, False):
            if key not in skeletons(spelling) or (
                # only the French "ch" written "sh": a convention, not a garble
                french_folded == fold(spelling)
                or same_name(french_text, spelling, place.country)
                or romanised_alike(french_text, place.country, (spelling,))
            ):
                continue
            score = _latin_score(french_text, french_folded, spelling)
            if score < MIN_NEAR_LATIN:
                continue
            detail = f"consonants {skeleton(french_text)}, {_french_letters(text)} as French does"
            _keep_best(scored, rowid, score - 0.05, spelling, detail)


def as_french(text: str) -> str:
    """``text`` with its English "sh" written as French "ch" (:data:`SH_AS_FRENCH`) and its
    "w" before a vowel as French "ou" (:data:`W_AS_FRENCH`), as the countries of
    :data:`FRENCH_ROMANISED` write the same Arabic letters (ش, و)."""
    text = SH_AS_FRENCH.sub(lambda m: "Ch" if m.group(0) == "Sh" else "ch", text)
    return W_AS_FRENCH.sub(lambda m: "Ou" if m.group(0) == "W" else "ou", text)


def _french_letters(text: str) -> str:
    """What :func:`french_spelled` wrote the French way in ``text``, for the evidence."""
    written = []
    if SH_AS_FRENCH.search(text):
        written.append("sh written ch")
    if W_AS_FRENCH.search(text):
        written.append("w written ou")
    return " and ".join(written)


def _latin_score(text: str, folded: str, spelling: str) -> float:
    """Jaro-Winkler of ``text`` (folded as ``folded``) and a place's Latin ``spelling``, as
    written and without the Arabic article words ("El Damazeen", "Ed Damazin")."""
    return max(
        JaroWinkler.similarity(folded, fold(spelling)),
        JaroWinkler.similarity(bare_name(text), bare_name(spelling)),
    )


def _keep_best(
    scored: dict[int, tuple[float, str, str]], rowid: int, score: float, spelling: str, detail: str
) -> None:
    """Keep ``score`` for the place ``rowid`` in ``scored`` where it reaches
    :data:`MIN_TRANSLITERATION` and betters the place's score so far."""
    if score >= MIN_TRANSLITERATION and (rowid not in scored or scored[rowid][0] < score):
        scored[rowid] = (round(score, 3), spelling, detail)


def _unslotted_or_strong(candidate: Candidate) -> bool:
    """A name that is no English word, in a place slot or after "in", "near"."""
    return candidate.slot in ("strong", "country", "weak") and not is_english_word(candidate.text)


def _latin_alike(
    text: str, folded: str, scored: dict[int, tuple[float, str, str]]
) -> dict[int, tuple[float, str, str]]:
    """``scored`` without the places read by an Arabic spelling alone whose own name does not
    look like ``text`` in Latin script either (:data:`MIN_ARABIC_LATIN`): Arabic skeletons of
    three or four consonants coincide too often to be evidence alone."""
    places = geonames_index().places(sorted(scored))
    return {
        rowid: value
        for rowid, value in scored.items()
        if not is_arabic(value[1])
        or max(
            JaroWinkler.similarity(folded, fold(places[rowid].name)),
            JaroWinkler.similarity(bare_name(text), bare_name(places[rowid].name)),
        )
        >= MIN_ARABIC_LATIN
    }


def _sound_reading(
    candidate: Candidate,
    countries: set[str],
    geography: Geography | None,
    text: str,
    folded: str,
    scored: dict[int, tuple[float, str, str]],
    *,
    towns: bool,
) -> Garble | None:
    """The garble :func:`by_sound` reads from the scores of :func:`_sound_scores`; with
    ``towns`` the closest town of the article's one country is asked outside a place slot."""
    strong = candidate.slot in ("strong", "country")
    if (
        (strong and not scored)
        or (towns and not any(value[0] >= MIN_UNSLOTTED for value in scored.values()))
    ) and not is_english_word(candidate.text):
        scored = _country_town_match(text, countries) or scored
    if not scored:
        return None
    english = is_english_word(candidate.text)  # wordfreq is loaded once a place sounds alike
    if not english:
        # A name that is no word must also look like the place in Latin script: Arabic
        # skeletons of three or four consonants coincide too often to be evidence alone.
        scored = _latin_alike(text, folded, scored)
    scored = own_names_first(scored)
    best = best_place(scored, geography)
    if best is None:
        return None
    place, score, spelling, detail = best
    text = candidate.text
    folded = fold(text)
    if folded_words(place.name) == folded_words(text) and not letters_spelled_out(
        text, place.name, place
    ):
        return None  # the place's own name, not its letters spelled out
    if english:
        kind = "look-alike"
        if not strong or score < SCORE_NEAR_SKELETON:
            return None  # a word is only a place where the copy says it is one
        if not is_arabic(spelling) and not form_of_own_name(spelling, place):
            return None  # "the capital, the Trunk": no hamlet Sarıbuğday, once called Turnuk
    else:
        kind = "transliteration"
        close = score >= MIN_UNSLOTTED or (
            # An Arabic spelling read back exactly ("Ramsa", الرمثا) that also looks like the
            # place in Latin script.
            score >= SCORE_SKELETON
            and JaroWinkler.similarity(bare_name(text), bare_name(place.name))
            >= MIN_UNSLOTTED_LATIN
        )
        if not strong and not close and score >= SCORE_SKELETON:
            # ... or one that reads the place's whole Arabic-script name letter by letter, only
            # the short vowels Arabic does not write guessed otherwise ("Swailih", صويلح)
            close = reads_whole_name(
                text,
                place.name,
                (s for s, _kind in geonames_index().spellings(place) if is_arabic(s)),
            )
        if not strong and (candidate.slot != "weak" or not close or recorded_places(text)):
            return None  # outside a place slot an unknown name is a person more often
    name = english_name(place, spelling)
    if folded_words(name) == folded_words(text):
        return None
    # The place's name under another convention (a final h, the article; below, French ou, the
    # diphthongs, a shadda written once) is its name, unless no source records the spelling
    # and English text never writes it: then it is MT's respelling (:func:`unrecorded_spelling`)
    unrecorded = False
    if (
        same_name(text, spelling, place.country) and not letters_spelled_out(text, spelling, place)
    ) or (
        same_name(text, place.name, place.country)
        and not letters_spelled_out(text, place.name, place)
    ):
        if english or not _respelled_by_mt(text, place):
            return None
        unrecorded = True
    if not english and any(
        folded.startswith(fold(n)) and len(folded) >= len(fold(n)) + 2 for n in (spelling, name)
    ):
        # The place's name plus an ending ("Ambarli"): a suffixed name of its own. One letter
        # more is a respelling ("Kunduzz", "Samaraa"), not an ending.
        return None
    if not strong and any(cut_short(text, n) for n in (place.name, name)):
        # A place's name cut short ("Binyamin" for Binyamina): only in a strong slot. Its own
        # or English name, not any spelling GeoNames records ("Sanandago" of Sanandaj).
        return None
    recorded = [s for s, _kind in geonames_index().spellings(place)] if not english else []
    if (
        not english
        and one_short_vowel_apart(text, name)
        and not vowel_swap_is_garble(place.country, text, name, english_names(), recorded)
    ):
        return None  # "Samnan"/"Semnan": an unwritten Arabic short vowel, read a or e
    if not english and romanised_alike(text, place.country, (name, spelling, place.name), recorded):
        # "Marsa Matrouh", "Tel Abyad": the name under another convention; also of the spelling
        # the name was read by ("Tzipori", Tsippori, in a professional translation: comparing
        # only the place's own and English names made it a garble)
        if not _respelled_by_mt(text, place) or not romanised_alike(
            text, place.country, (name, spelling, place.name), recorded, vowels=False
        ):
            return None  # a short vowel read otherwise is professional copy's too ("Samnan")
        unrecorded = True
    if (
        fold(text) == fold(spelling)
        and not any(ch in text for ch in " -'’")
        and EZAFE_JOINT.search(spelling)
    ):
        # Every letter of "Shahr-e Kord", its words joined at the Persian ezafe ("Shahrekord"):
        # how English writes many such names, a convention, not a garble. Words run together
        # over an Arabic article ("Sharmelsheikh") or split otherwise ("Tursun Zade") still are.
        return None
    if detail.startswith("consonants"):
        from tqcheck.gazetteer.index import spelling_evidence

        how = spelling_evidence(text, spelling)
        if letters_spelled_out(text, spelling, place):  # "Chimkand": Çimkənd, Azerbaijani
            how = f"the letters of {spelling} spelled out, another language's spelling"
        elif fold(text) == fold(spelling):  # "Tursun Zade": the letters of Tursunzade
            how = f"the letters of {spelling}, its words split or run together otherwise"
        detail = f"{how}; {detail}"
    if unrecorded:
        detail = f"{detail}; a spelling no gazetteer records and English text does not write"
    what = "an English word that sounds like" if english else "a garbled transliteration of"
    return Garble(
        candidate.start,
        candidate.end,
        text,
        kind,
        name,
        place.country,
        place.geonameid,
        score,
        f"{what} {name}, {country_name(place.country)}: {detail}",
    )
