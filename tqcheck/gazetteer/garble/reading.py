"""The garble reader itself: ``find_garbles`` walks a document's candidates, ``resolve_in_context``
asks the readers (sound, literal, look-alike, well-known city) and arbitrates between them, and
``forget_index_tables`` drops every table read from the index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import JaroWinkler

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.gazetteer.context import (
    WELL_KNOWN_POPULATION,
    Geography,
    country_of_word,
    geography_at,
)
from tqcheck.gazetteer.keys import (
    fold,
    is_arabic,
    skeletons,
)
from tqcheck.gazetteer.words import is_english_word, zipf
from tqcheck.lexicon import MONTHS, WEEKDAYS, is_function_word, word_list

if TYPE_CHECKING:
    from tqcheck.gazetteer.geonames import GeoPlace
from tqcheck.gazetteer.garble.base import (
    AIN_BEFORE_VOWEL,
    DOUBLED,
    Candidate,
    Garble,
    after_in_sentence,
    arabic_keys,
    before_in_sentence,
    country_arabic,
    estimated_population,
    folded_words,
    geonames_index,
    is_person,
    is_real_place,
    known_name,
    place_rowid,
    recorded_places,
    same_name,
    well_known,
)
from tqcheck.gazetteer.garble.countries import (
    FUNCTION_WORDS,
    at_a_border,
    by_a_border_or_road,
    candidate_countries,
    city_of_part,
    derived_country,
    in_region_part,
    kept_word_countries,
    named_border_after,
)
from tqcheck.gazetteer.garble.literal import (
    COMMON_LITERAL_ZIPF,
    NEIGHBOUR_KEPT_POPULATION,
    SCORE_ARABIC_EXACT,
    arabic_words,
    is_generic,
    kept_names,
    latin_parts,
    latin_starts_of,
    literal_options,
    literal_reading,
    literal_through,
    starts_known,
    turkish_names,
    unit_of_name,
    units_in,
)
from tqcheck.gazetteer.garble.slots import (
    candidates,
    is_dateline,
    named_person,
    surname_in,
)
from tqcheck.gazetteer.garble.sound import (
    by_sound_or_neighbour,
    country_towns,
    may_be_respelled,
    respelled_outside_slot,
    short_names,
)
from tqcheck.gazetteer.garble.town_words import town_compound
from tqcheck.gazetteer.garble.vetoes import (
    in_a_unit_name,
    opening_plural_subject,
    real_where_placed,
    spelling_of_a_larger_place,
    vetoed_reading,
    written_name_abroad,
)
from tqcheck.gazetteer.region import (
    ARABIC_SCRIPT_REGION,
)

# "the State of Israel", "the University of Tehran": an English word before "of" and a name is
# the head of that name, not a place that sounds like it.
HEAD_OF_NAME = patterns.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


# -- resolution ----------------------------------------------------------------------------


def find_garbles(document: Document) -> list[Garble]:
    """Garbled place names of ``document``, resolved per section; computed once per document."""
    cached = document.analyses.get("place_garbles")
    if cached is not None:
        return cached
    found: list[Garble] = []
    put_abroad: list[PutHere] = []
    by_a_border: list[ByABorder] = []
    for candidate in document_candidates(document):
        if candidate.slot == "none" and candidate.sentence_start:
            if not opening_name(candidate, document):
                continue
            candidate = replace(candidate, slot="weak")  # read as after "in": a close reading
        if named_person(candidate, document.plain):
            continue  # "Mr Fadi said ... shops in Fadi": the copy's own person, no town
        placed = _placed_here_from_abroad(candidate, document)
        if placed is not None:
            # "near Tokyo in northern Turkey": a place abroad the sentence puts in a country
            # of the region that has no place of that name, read as that country's town
            garble = _read_as_placed(candidate, placed, document)
            if garble is not None:
                found.append(garble)
            elif placed.direct:
                put_abroad.append(placed)
            continue
        if not is_worth_resolving(candidate):
            continue  # decided without the article's geography or GeoNames
        geography = geography_at(document, candidate.start)
        countries, named = candidate_countries(document, candidate, geography)
        if countries & ARABIC_SCRIPT_REGION:
            if curated_speaks(candidate, countries, document):
                continue
            garble = resolve_in_context(candidate, countries, geography, worth_resolving=True)
            if garble is None:
                # "Israeli police demolished homes in Shoafat": the territories' own town
                garble = _in_the_territories(candidate, countries, geography)
            if garble is None:
                # a word the copy places in its one country, that is no place there
                from tqcheck.gazetteer.look_alikes import located_look_alike

                garble = located_look_alike(candidate, countries)
                if garble is None:
                    # the border the copy puts it at, whose other side the copy leaves unnamed
                    garble = _look_alike_across_the_border(candidate, countries)
                if garble is None:
                    # copy naming its one country only as a border: a town across that border
                    garble = _across_the_one_border(candidate, countries, geography)
                if garble is None:
                    # a border or a road the sentence names: a town by the border's other side
                    garble = _across_a_border_or_road(candidate, countries, geography)
                if garble is None:
                    # a town of a province the copy names ("at Cootie ... officials in Wasit")
                    from tqcheck.gazetteer.look_alikes import province_look_alike
                    from tqcheck.gazetteer.provinces import units_at

                    units = units_at(document, candidate.start)
                    garble = province_look_alike(candidate, countries, units) if units else None
                if garble is None:
                    from tqcheck.gazetteer.look_alikes import one_class_in_its_country

                    garble = one_class_in_its_country(candidate, countries)
                if garble is not None and vetoed_reading(candidate, garble):
                    garble = None  # "Evin prison": what the copy says rules the reading out
            if garble is None and _set_in_its_one_country(candidate, countries, geography):
                # "in X" in copy that names its one country and no other: read as "the town of
                # X" is, by every reader, the slot's own vetoes kept ("in Soviet times")
                garble = resolve_in_context(
                    replace(candidate, slot="strong"), countries, geography, worth_resolving=True
                )
                if garble is not None and (
                    garble.kind == "look-alike"  # the located reading's bars rule those
                    or vetoed_reading(candidate, garble)
                    or _common_words_read_literally(candidate, garble)
                ):
                    garble = None
            if garble is not None:
                garble = _in_a_named_province(candidate, countries, garble, document)
            borders = named_border_after(candidate)
            if borders:
                # "X, near the Libyan border": a town on the border's other side, by it
                read = _by_the_named_border(candidate, countries, geography, borders, garble)
                if garble is not None and read is None:
                    by_a_border.append(
                        ByABorder(candidate.start, candidate.end, candidate.text, borders)
                    )
                garble = read
        elif countries or named:
            # copy set outside the region, or in a country only part of which is in it ("the
            # Republic of Bashkortostan ... of the Russian Federation": no city of Turkey), but
            # for a name that keeps a word of a town of the region beside a translated one
            garble = _kept_name_anywhere(candidate, document)
            if garble is None:
                continue
            countries = {garble.country}
        else:
            # Copy that names no country is read only against the well-known cities a reader
            # knows without it ("in Peshawur"; ``region_reading``: the whole region, a reading
            # kept only where it is such a city): on real news, Hebrew->English MT naming only
            # "Judea and Samaria", a village's own name read as a respelling of any town of the
            # region ("Rashida": Rosetta) was wrong.
            from tqcheck.gazetteer.well_known import well_known_reading

            garble = well_known_reading(candidate, geography)
            if garble is None:
                garble = literal_anywhere(candidate)
            if garble is None:
                garble = _kept_name_anywhere(candidate, document)
            if garble is None:
                from tqcheck.gazetteer.well_known import region_reading

                garble = region_reading(candidate, geography)
            if garble is not None:
                countries = {garble.country}
                if curated_speaks(candidate, countries, document):
                    continue
        if garble is None or surname_of_town(candidate, garble, countries):
            continue
        if abroad(candidate, garble) or not in_region_part(garble):
            continue
        if garble.kind == "look-alike" and HEAD_OF_NAME.match(document.plain, candidate.end):
            continue  # "the State of Israel", "the Bank of Jordan": the head of a longer name
        found.append(garble)
    document.analyses["place_garbles"] = found
    document.analyses["places_put_here"] = put_abroad
    document.analyses["places_by_a_border"] = by_a_border
    return found


def _in_a_named_province(
    candidate: Candidate, countries: set[str], garble: Garble, document: Document
) -> Garble:
    """A reading (look-alike, transliteration or literal) of a town outside every province the
    copy names, read again among the towns of those provinces
    (``look_alikes.province_look_alike``): "the market in Badger ... Wasit's governor" is
    Badrah, not Basra; "near Nisib ... Gaziantep's market" is Nizip, not Nusaybin; "Gunmen
    killed two police officers in Cash, in Sistan-Baluchestan province" is Khash there, not
    Naqadeh (نقده, "cash") in West Azerbaijan: a place the copy puts in a province is a town of
    that province before a dictionary sense's town in another. The town the readers found
    stands where the provinces' towns hold none the word sounds like."""
    from tqcheck.gazetteer.look_alikes import province_look_alike
    from tqcheck.gazetteer.provinces import holds, units_at

    units = units_at(document, candidate.start)
    if not units:
        return garble
    place = geonames_index().get(garble.geonameid)
    if place is None or holds(units, place.country, place.admin1):
        return garble
    other = province_look_alike(candidate, countries, units, reread=True)
    if other is None or vetoed_reading(candidate, other):
        return garble
    if _named_in_copy(other.name, document.plain):
        # "an air strike on Cyan, south-east of Sanaa": the city the copy names beside the
        # word is the reference point, not the word's reading (Sayyan, read literally;
        # "Piskyent, south of Tashkent" is Piskent)
        return garble
    return other


def _named_in_copy(name: str, plain: str) -> bool:
    """Whether the copy names the town ``name`` by its own words: the folded name is one
    word of the copy or several running together ("Sari" in "near Sari,"; "Bandar Abbas" as
    "Bandar-Abbas"), not letters inside or across other words ("sarin", "is arid")."""
    target = fold(name)
    words = [fold(word) for word in _WORD.findall(plain)]
    for start, word in enumerate(words):
        if not target.startswith(word) or not word:
            continue
        joined = word
        for following in words[start + 1 :]:
            if len(joined) >= len(target):
                break
            joined += following
        if joined == target:
            return True
    return False


@dataclass(frozen=True)
class PutHere:
    """A place abroad (``country``) that its sentence puts in ``placed``, a country of the
    region with no place of that name, which no reader reads as a town there."""

    start: int
    end: int
    text: str
    country: str  # where the place of that name lies (the largest one)
    placed: str  # the country of the region the sentence puts it in
    direct: bool  # placed by the country's own name ("X, Turkey", "X in northern Turkey")


@dataclass(frozen=True)
class ByABorder:
    """A name the copy puts by the border of ``borders`` ("X, near the Libyan border") that a
    reader read as a town of those countries or far from that border, and that no reading
    finds a town by the border's other side for: reported with no suggestion (TQ306)."""

    start: int
    end: int
    text: str
    borders: frozenset[str]


def places_by_a_border(document: Document) -> list[ByABorder]:
    """The names of ``document`` put by a named border that no reader places there
    (:class:`ByABorder`); read with :func:`find_garbles`."""
    find_garbles(document)
    return document.analyses["places_by_a_border"]


def _by_the_named_border(
    candidate: Candidate,
    countries: set[str],
    geography: Geography,
    borders: frozenset[str],
    garble: Garble | None,
) -> Garble | None:
    """The reading of a name the candidate's own phrase puts by the border of ``borders``
    ("Fishermen in George, near the Libyan border"; ``countries.named_border_after``): a
    border named so is a neighbour's, so the town lies on its other side, in a province along
    it (``provinces.units_by_the_border``: one holding a place within :data:`BORDER_KM` of a
    place of ``borders``). A reading there stands. A reading in ``borders`` ("the Armour,
    close to the Jordanian border": not Amman) is read again in the other countries, by every
    reader, kept in such a province, else as a look-alike of a town of those provinces
    (``look_alikes.border_look_alike``), else none (the caller reports the name with no
    place). A reading far from the border ("Tabitha, near the Tunisian border": Tsabit in the
    Sahara) gives way to such a look-alike (Tébessa), unless it spells the town's own name
    close (within ``sound.MIN_UNSLOTTED``: the index keeps few places of a frontier, so a
    town it measures far may lie by it: "Toraif", Turaif); where none reads so it stands, as
    does the look-alike found for a name no reader read."""
    from tqcheck.gazetteer.garble.sound import MIN_UNSLOTTED
    from tqcheck.gazetteer.look_alikes import border_look_alike
    from tqcheck.gazetteer.provinces import units_by_the_border

    others = (countries - borders) & ARABIC_SCRIPT_REGION
    if garble is not None and garble.country not in borders:
        place = geonames_index().get(garble.geonameid)
        if place is None or (place.country, place.admin1) in units_by_the_border(
            borders, BORDER_KM
        ):
            return garble
        if JaroWinkler.similarity(fold(candidate.text), fold(garble.name)) >= MIN_UNSLOTTED:
            return garble  # the town's own name spelled close ("Toraif": Turaif), wherever
    if not others:
        return garble if garble is None or garble.country not in borders else None
    if garble is not None and garble.country in borders:
        found = resolve_in_context(candidate, others, geography, worth_resolving=True)
        place = geonames_index().get(found.geonameid) if found is not None else None
        if place is not None and (place.country, place.admin1) in units_by_the_border(
            borders, BORDER_KM
        ):
            return found
    town = border_look_alike(candidate, others, borders, BORDER_KM, reread=garble is not None)
    if town is not None and not vetoed_reading(candidate, town):
        return town
    if garble is None or garble.country not in borders:
        return garble
    return None


def places_put_here(document: Document) -> list[PutHere]:
    """The places abroad that ``document``'s sentences put in a country of the region where
    no place of that name lies and that no reader reads as a town there ("Delft, on Algeria's
    high plateau": Delft is in the Netherlands); read with :func:`find_garbles`."""
    find_garbles(document)
    return document.analyses["places_put_here"]


@cache
def _owner_after() -> re.Pattern[str]:
    """A bare comma and the country as the owner of the town before it, by a noun of
    ``owned_town_nouns.txt`` ("X, Kyrgyzstan's second city"): no list of places (nor "talks in
    Vienna, Iran's negotiator said")."""
    nouns = "|".join(sorted(re.escape(noun) for noun in word_list("owned_town_nouns")))
    return patterns.compile(
        r",[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}['’]s[ \t]+"
        rf"(?:[a-z-]+[ \t]+){{0,2}}(?:{nouns})\b"
    )


def _placed_here_from_abroad(candidate: Candidate, document: Document) -> PutHere | None:
    """The candidate is a place of another country (a GeoNames town the readers take as real
    anywhere, or a curated place), that its own sentence puts in one country of the region
    (``Candidate.hint``: "X in northern Turkey", "X, in Sharjah", "X, near Ajloun", "X, east
    of Tashkent"; after a bare comma only a dateline, "X, Turkey (Reuters) -", or the country
    as an owner, "X, Kyrgyzstan's second city", not a list of places), where no place of that
    name lies (any spelling the index or the curated layers hold): a sub-editor reads "near
    Tokyo in northern Turkey" as a town of Turkey that MT turned into the famous place
    ("Tokat"). A real namesake there ("Tripoli, Lebanon"), a place put in its own country
    ("Tokyo, Japan") or in a country outside the region ("Paris, Texas") is left alone, and
    so is a country's or a people's word (``placed_elsewhere`` reads those), a person's name
    and a feature's or a province's. ``direct``: a place of a country outside the region,
    which is reported without a reading too (TQ306)."""
    from tqcheck.gazetteer.context import is_unit_english_name, region_features
    from tqcheck.gazetteer.garble.countries import hint_country
    from tqcheck.gazetteer.index import default_gazetteer

    hint = candidate.hint
    if hint is None or candidate.slot not in ("strong", "country"):
        return None
    if candidate.listed and not (
        _owner_after().match(document.plain, candidate.end) or is_dateline(document, candidate)
    ):
        return None  # "talks in Tokyo, Turkey and Brazil": a list of places
    text = candidate.text
    if len(fold(text)) < 3 or len(text) > MAX_NAME or text.replace(" ", "").isupper():
        return None
    placed = hint_country(text, hint)
    if placed not in ARABIC_SCRIPT_REGION or country_of_word(text) or derived_country(text):
        return None  # "Cuba, in northern Azerbaijan": ``placed_elsewhere`` reads those
    if is_person(text) or fold(text) in region_features() or is_unit_english_name(text, {placed}):
        return None
    if _speaks_after_apposition(candidate):
        return None  # "Sydney, a nurse in northern Syria, said": a person
    curated = [
        m.entry
        for m in default_gazetteer().known(text)
        if m.method in ("exact", "variant") and m.entry.kind != "person"
    ]
    places = recorded_places(text)
    if any(placed in entry.country.split("|") for entry in curated) or any(
        place.country == placed for place in places
    ):
        return None  # a namesake there: "Tripoli, Lebanon"
    if places and is_real_place(text, {placed}):
        largest = max(places, key=lambda place: place.population)
        country = largest.country
    elif curated:
        country = curated[0].country.split("|")[0]
    else:
        return None  # no place the readers take as real: they read it as before
    return PutHere(
        candidate.start,
        candidate.end,
        text,
        country,
        placed,
        candidate.slot == "country" and country not in ARABIC_SCRIPT_REGION,
    )


def _speaks_after_apposition(candidate: Candidate) -> bool:
    """A phrase set off by commas after the candidate, then a verb of speech or what happens
    to a person ("Sydney, a nurse in northern Syria, said"): the apposition places a person,
    not a town."""
    from tqcheck.gazetteer.garble.slots import (
        APPOSITION_THEN,
        SPEECH_VERBS,
        person_predicate,
    )

    rest = after_in_sentence(candidate)
    then = APPOSITION_THEN.match(rest) if rest else None
    if then is None:
        return False
    first = then.group("rest").split(maxsplit=1)[:1]
    return (bool(first) and first[0].lower() in SPEECH_VERBS) or person_predicate(
        then.group("rest")
    )


def _read_as_placed(candidate: Candidate, placed: PutHere, document: Document) -> Garble | None:
    """The readers' reading of a place abroad that its sentence puts in ``placed.placed``,
    as a name located there (:func:`_placed_here_from_abroad`): the real place abroad no
    longer rules it out, the readers' own vetoes still do."""
    geography = geography_at(document, candidate.start)
    located = replace(candidate, located=True)
    garble = resolve_in_context(located, {placed.placed}, geography, worth_resolving=True)
    if garble is None or garble.country != placed.placed:
        return None
    if surname_of_town(located, garble, {placed.placed}) or not in_region_part(garble):
        return None
    if garble.kind == "look-alike" and HEAD_OF_NAME.match(document.plain, candidate.end):
        return None
    return garble


# Copy set in a country reports on territories it does not name (``unnamed_territories.tsv``:
# Israel's copy, "Israeli police", "Israel's cabinet", and the West Bank and East Jerusalem: "in
# the Jeneen refugee camp", "homes in Maale Adomeem"). Such a name, no place of the country, is
# read against the territories' towns too, where it respells one of this many people: on real
# Hebrew->English news the copy's own names for its areas and villages ("in Benyamin": Bayt
# Amin, 998 people) read so too.
TERRITORY_POPULATION = 20_000


def _in_the_territories(
    candidate: Candidate, countries: set[str], geography: Geography
) -> Garble | None:
    """A respelled town of a territory that copy set in its one country reports on without
    naming it (:func:`context.unnamed_territories`: the Palestinian territories in copy set in
    Israel), not placed anywhere by the copy: a transliteration only (a look-alike is read only
    where the copy is set: "the 'Jubilee'" is no Jabalya), of a town of
    :data:`TERRITORY_POPULATION` or more."""
    from tqcheck.gazetteer.context import unnamed_territories

    if len(countries) != 1 or candidate.hint is not None:
        return None
    territories = unnamed_territories().get(next(iter(countries)))
    if not territories:
        return None
    garble = resolve_in_context(candidate, set(territories), geography, worth_resolving=True)
    if garble is None or garble.kind != "transliteration":
        return None
    place = geonames_index().get(garble.geonameid)
    if place is None or estimated_population(place) < TERRITORY_POPULATION:
        return None
    return garble


# Copy set in Israel or the Palestinian territories names its areas by names of their own that
# are no GeoNames towns, read from Hebrew ("in Benyamin", "across Judea", "in Sharon", "in the
# Arena hall"): on real Hebrew->English news (benchmarks/precision_real.py, tune split) the
# one-country reading of :func:`_set_in_its_one_country`, in its first form (look-alikes
# kept), found 43 more TQ301 findings there, every one wrong, 7 in professional translations;
# its transliteration and literal readings were among them. It is not asked in such copy.
_AREAS_BY_OWN_NAMES = frozenset({"IL", "PS"})

# "the" right before the word ("in the Palace", "in the Stock Exchange"): a building's or an
# institution's title, read as such however the article is written.
_THE_BEFORE = patterns.compile(r"\bthe\s+$", re.IGNORECASE)

# A verb of an outcome before "in": "the talks ended in Tears", "the raid resulted in X": the
# word after it may be what came of it as well as where ("ended in failure"), so the weak
# slot is not read again as "the town of X" after one.
_OUTCOME_IN = patterns.compile(
    r"\b(?:end|ends|ended|ending|result|results|resulted|resulting|culminated|culminating)"
    r"\s+in\s+$",
    re.IGNORECASE,
)


def _set_in_its_one_country(
    candidate: Candidate, countries: set[str], geography: Geography
) -> bool:
    """A word after "in", "near", "outside" mid-sentence (a weak slot that locates, not "the
    X", not a sentence's opening) in copy whose every country, as its setting, an actor, a
    border or by its forces, is one country of the region: "Armenian police said a driver
    crashed into a bus stop in X", "Herders in X said ... Mauritania's government promised
    feed". Such copy places the word in that country as firmly as "the
    town of X" does (``look_alikes.located_look_alike`` reads a look-alike so), so the
    readers that found nothing in the weak slot are asked again as in a strong one, last,
    after the located and across-the-border readings; a look-alike it finds is not kept, the
    located reading's own bars decide those ("Police in Morgan ..., Iranian media said" is no
    Gorgan, a consonant away). Copy naming another country in any
    role is left as it was ("indirect talks in X, with Oman's foreign minister carrying
    messages" in copy about Iran: no Mashhad), and so is copy set in Israel or the Palestinian
    territories (:data:`_AREAS_BY_OWN_NAMES`), and a word after a verb of an outcome
    (:data:`_OUTCOME_IN`: "the talks ended in Tears"), or where the located reading's
    signs of a place abroad are found (people of the country abroad: "Pakistani tourists in
    X"; the country only as who spoke right after the word; emigration or study abroad)."""
    if candidate.slot != "weak" or not candidate.locative:
        return False
    if candidate.definite or candidate.sentence_start:
        return False
    before = before_in_sentence(candidate)
    if before is None or _OUTCOME_IN.search(before):
        return False  # "the talks ended in Tears": what came of them, maybe
    if _THE_BEFORE.search(before):
        return False  # "Talks in the Palace ended ...": a common noun's title, not a town
    region = countries & ARABIC_SCRIPT_REGION
    if len(region) != 1 or region != countries:
        return False
    if region & _AREAS_BY_OWN_NAMES:
        return False
    named = geography.codes() | geography.actors | geography.borders | geography.forces
    if not named <= region:
        return False
    from tqcheck.gazetteer.look_alikes import (
        attributed,
        owns_next,
        people_abroad,
        said_abroad,
    )

    # what the copy says sets the word abroad, or makes it an owner ("in Dooze's car"), as the
    # located reading asks
    return not (
        people_abroad(candidate)
        or attributed(candidate)
        or said_abroad(candidate)
        or owns_next(candidate.text, candidate.around)
    )


def _common_words_read_literally(candidate: Candidate, garble: Garble) -> bool:
    """A literal reading of words every one of which is common English
    (:data:`COMMON_LITERAL_ZIPF`: "Shops in Old City reopened, Turkish media said" is no
    Eskisehir): such words are a literal translation only where a strong slot says so in the
    copy itself, not where :func:`_set_in_its_one_country` reads the weak slot as one."""
    if garble.kind != "literal":
        return False
    words = [word for word in _WORD.findall(candidate.text) if not is_function_word(word)]
    if len(words) == 1 and is_english_word(words[0]):
        return True  # "a warehouse in Hill": one English word is read by its sense
    return bool(words) and all(zipf(word) >= COMMON_LITERAL_ZIPF for word in words)


_WORD = re.compile(r"[^\W\d_]+")


def document_candidates(document: Document) -> list[Candidate]:
    """The place candidates of ``document``, found once for the readings that ask; none that
    a sentence's opening preposition or article begins (:func:`_opening_word_joined`), no
    weekday or month dated by "on" (:func:`_a_time_after_on`)."""
    found = document.analyses.get("place_candidates")
    if found is None:
        found = document.analyses["place_candidates"] = [
            candidate
            for candidate in candidates(document)
            if not _opening_word_joined(candidate) and not _a_time_after_on(candidate)
        ]
    return found


def candidate_at(document: Document, start: int, end: int) -> Candidate | None:
    """The place candidate of ``document`` that covers ``start``..``end`` (a name TQ306 weighs,
    which may keep the "the" the candidate leaves out), or None."""
    for candidate in document_candidates(document):
        if candidate.start < end and start < candidate.end:
            return candidate
    return None


# "on Friday", "since Monday", "late on Sunday", "every Friday": English dates an event so. A
# place after these words is rare (an island: "on Malta"), a weekday's or a month's name never.
_TIME_BEFORE = patterns.compile(
    r"\b(?:on|since|until|till|last|next|this|every|early|late)\s+$", re.IGNORECASE
)


def _a_time_after_on(candidate: Candidate) -> bool:
    """A weekday's or a month's name right after "on", "since", "last"... ("Iraqi forces
    left on Friday, near the border with Syria"): a time, not a place, though a locating
    phrase after the comma would place it. After "in", "near" a weekday may be MT's place
    ("met in Monday": Dushanbe, read by ``day_as_place``), so only these words rule it out."""
    lower = candidate.text.lower()
    if lower not in WEEKDAYS and lower not in MONTHS:
        return False
    before = before_in_sentence(candidate)
    return before is not None and _TIME_BEFORE.search(before) is not None


# "At Tafilah", "As-Suwayda", "An Nasiriyah": the Arabic article written like an English word.
_ARTICLE_LIKE_WORDS = frozenset({"At", "As", "An"})


def _opening_word_joined(candidate: Candidate) -> bool:
    """The candidate is a sentence's capitalised opening preposition or article joined to the
    name after it ("In Split, the city's port hosted the talks", "During Ramadan, Israel
    refrained"): a function word is no word of a place's name, and the span is read as one
    name only where the words after the comma look like its apposition ("the city's port" read
    as "X, the city"), which then places a name that was never there ("In Split": TQ306). The
    name after it is left unread: read as after "in", an opening "During Ramadan" or "In
    Ramadan" became Ramat Gan in Israeli copy (the precision guard: 24 real-MT and 4
    professional findings). "The" begins names ("The Hague"), and "At", "As", "An" may be the
    Arabic article ("At Tafeela, south of Amman,": At Tafilah): those spans are read whole,
    as before."""
    first, _, rest = candidate.text.partition(" ")
    return (
        candidate.sentence_start
        and bool(rest)
        and first != "The"
        and first not in _ARTICLE_LIKE_WORDS
        and first[:1].isupper()
        and is_function_word(first.lower())
    )


def opening_name(candidate: Candidate, document: Document) -> bool:
    """One word opening a sentence (after a full stop or at a paragraph's start, not after a
    quotation mark or a colon: a term or a name quoted), outside any slot, that is no English
    word, no name the curated layers know (a person's above all), no place anywhere and no
    surname the document gives after a given name ("Ryan X ... X said"): a capital letter there
    says nothing, so it is read as a name after "in" is, only a close reading of a town of the
    article's countries counting ("Tekreet was calm on Sunday")."""
    text = candidate.text
    plain = document.plain
    gap = plain[max(0, candidate.start - 80) : candidate.start]
    before = gap.rstrip()
    if before and before[-1] not in ".!?" and "\n" not in gap[len(before) :]:
        return False
    if " " in text or "-" in text or len(fold(text)) < 4 or text.isupper():
        return False
    if known_name(text) or recorded_places(text) or surname_in(plain, text):
        return False
    if not is_english_word(text):
        return True
    # An English word or given name there ("Sonia was hit by air strikes", Sanaa): only the
    # clause's subject that says a city of 100,000+ of the article's countries aloud
    # (``look_alikes.opening_city``)
    from tqcheck.gazetteer.look_alikes import opening_city

    geography = geography_at(document, candidate.start)
    countries, _ = candidate_countries(document, candidate, geography)
    return opening_city(candidate, countries, plain)


def curated_speaks(candidate: Candidate, countries: set[str], document: Document) -> bool:
    """The curated layers' own match (bridge, skeleton) of a place of the article's countries
    speaks for a name in a place slot; one of another country does not ("Naqora" in a story
    about Lebanon is no Azerbaijani village), nor one TQ301 never sees: a name that is no
    place mention of the article (a curated spelling or recorded garble) is read here."""
    from tqcheck.gazetteer.index import default_gazetteer
    from tqcheck.gazetteer.mentions import place_mentions

    if candidate.slot not in ("strong", "country"):
        return False  # TQ301 reports the curated match only in a place slot ("in Curious")
    match = default_gazetteer().best(candidate.text)
    if match is None or not set(match.entry.country.split("|")) & countries:
        return False
    return any(m.start <= candidate.start < m.end for m in place_mentions(document))


MAX_NAME = 60  # characters: the longest name of a town of the region is far shorter


def is_worth_resolving(candidate: Candidate) -> bool:
    """The checks that need neither GeoNames nor the article's geography."""

    text = candidate.text
    if len(fold(text)) < 3 or len(text) > MAX_NAME or text.replace(" ", "").isupper():
        # too short to tell, too long for a name (the sound readings' keys grow with the
        # square of its length: one 10,000-letter word took 24 GB), or an acronym ("USA")
        return False
    if (
        known_name(text, people=False)
        and not placed_elsewhere(candidate)
        and not candidate.day_as_place
    ):
        return False
    if candidate.slot not in ("strong", "country") and is_person(text):
        return False  # a person's name; "the town of X" says X is a place all the same
    # Only a literal translation may stand outside a place slot (the team table's pairs count
    # only in a strong one), and after "in", "from" only a name that is no English word may be
    # a garble; or one word mid-sentence that sounds like a town of the region (a look-alike).
    if literal_options(candidate, countries=set()) is None:
        if candidate.slot == "none" and not (
            may_look_alike(candidate) or may_be_respelled(candidate)
        ):
            return False
        if candidate.slot == "weak" and is_english_word(text) and not may_look_alike(candidate):
            return city_slot(candidate)  # read only as a well-known city's literal name
    return True


def weak_english(candidate: Candidate) -> bool:
    """An English word after "in", "near" that only ``city_slot`` lets through."""
    return (
        candidate.slot == "weak"
        and is_english_word(candidate.text)
        and literal_options(candidate, countries=set()) is None
        and not may_look_alike(candidate)
    )


def city_slot(candidate: Candidate) -> bool:
    """One capitalised word mid-sentence after a locating preposition ("in the Burner"), which
    ``well_known_literal`` reads as a strong slot for a city of 100,000+ alone. Not a phrase
    ("in the White House", "in the Stock Exchange" name institutions more often), a generic
    term of place names ("in the Mosque": the feature) or a common word."""
    text = candidate.text
    return (
        candidate.slot == "weak"
        and candidate.locative
        and not candidate.sentence_start
        and " " not in text
        and "-" not in text
        and len(fold(text)) >= 3
        and not text.isupper()
        and not known_name(text, people=False)
        and not is_generic(text)
        and zipf(text) < COMMON_LITERAL_ZIPF
    )


def well_known_literal(candidate: Candidate, countries: set[str]) -> Garble | None:
    """The candidate read as in a strong slot, kept only where its words back in Arabic are
    exactly the Arabic name of a city of 100,000+ of the article's countries: MT translating a
    well-known city's name ("in the Burner", Al Muharraq) is likelier than a capitalised
    English noun there, which names a city of that size in no country ("in the Palace")."""
    found = literal_reading(replace(candidate, slot="strong"), countries)
    if found is None or found.score < SCORE_ARABIC_EXACT or found.country not in countries:
        return None
    place = geonames_index().get(found.geonameid)
    if place is None or place.population < WELL_KNOWN_POPULATION:
        return None
    return found


def literal_anywhere(candidate: Candidate) -> Garble | None:
    """For copy that names no country: a literal reading, exactly the Arabic name of a city of
    100,000+ of the region, of a name of two or more translated words in a strong slot ("the
    port of Father of the Gazelle"), or after "in", "near" of an Arabic construct ("Father of
    the Gazelle") or of three words ("Moon City Port"); three or more words joined by "of" for a
    town of :data:`THREE_WORD_POPULATION` too ("in Bay of the Old Man"). Two English words after
    "in" name an English place or thing more often ("in the Old City", "in the White House"), and
    a name GeoNames records for some place is no evidence of a translation without the country."""
    words = [w for w in re.split(r"[ -]", candidate.text.lower()) if w]
    content = [w for w in words if w not in FUNCTION_WORDS]
    if candidate.slot in ("strong", "country"):
        if len(content) < 2:
            return None
    elif candidate.slot == "weak" and candidate.locative:
        if "of" not in words and len(content) < 3:
            return None
    else:
        return None
    if recorded_places(candidate.text):
        return None  # a place's name somewhere ("the city of Two Rivers", Wisconsin)
    found = literal_through(candidate, set(ARABIC_SCRIPT_REGION))
    if found is None or found.score < SCORE_ARABIC_EXACT:
        return None
    place = geonames_index().get(found.geonameid)
    # three translated words in the Arabic construct's order, read back to a town's exact
    # Arabic name ("in Bay of the Old Man"), are a translation on their own: a town of
    # THREE_WORD_POPULATION will do; not three words in English order ("near New Sunday Garden"
    # read Riyad al Khabra', 25,588, on a probe)
    construct = "of" in words and len(content) >= 3
    floor = THREE_WORD_POPULATION if construct else WELL_KNOWN_POPULATION
    if place is None or place.population < floor:
        return None
    return found


# A name of three or more translated words joined by "of" (the Arabic construct) that reads
# back to a town's exact Arabic name, in copy that names no country: few English names of that
# shape are a town's whole name word for word, so a town of this size is read too
# (:func:`literal_anywhere`)
THREE_WORD_POPULATION = 20_000


@cache
def _locating_before() -> re.Pattern[str]:
    """A preposition of ``locating_prepositions.txt`` (where a thing is or comes from, not where
    it goes or whom it is with) and "the", right before a name: what places a name for
    :func:`_kept_name_anywhere`, which has no country to read it in."""
    words = "|".join(sorted(re.escape(word) for word in word_list("locating_prepositions")))
    return patterns.compile(rf"\b(?:{words})\s+(?:the\s+)?$")


def _kept_name_anywhere(candidate: Candidate, document: Document) -> Garble | None:
    """For copy that names no country of the region: a name translated in part, placed by a
    preposition ("in", "from", "around the"), that keeps one name no English text writes beside
    a translated word ("around the Jurist Ben Salah", "from Castle of Salih"), read against the
    whole region as the kept readings read a copy's countries
    (``literal._kept_with_head``, ``_kept_beside``, ``_literal_kept``): the kept name spelled
    like a word of the town's Latin name, the translated word its other word, a town of
    ``NEIGHBOUR_KEPT_POPULATION`` or more. The kept name is the evidence the copy's countries
    would give: English names that keep a word ("Palace of Westminster") keep none of the
    region's towns'."""
    if candidate.slot == "none" or not _locating_before().search(
        document.plain, max(0, candidate.start - 16), candidate.start
    ):
        # placed by a locating preposition, as ``kept_word_countries`` asks ("Shelling hit
        # X"); not "to" or "with", which take people as readily ("thanks to Roy Huber": "Roy"
        # read as a translated word, "Huber" as Khobar's kept one, on real Hebrew news)
        return None
    if literal_options(candidate, countries=set()) is not None:
        return None  # translated whole: ``literal_anywhere``'s
    options = literal_options(candidate, partial=True, countries=set())
    if options is None or not any(option[0][1] is not None for option in options):
        return None
    names = kept_names(options)
    if len(names) != 1 or is_english_word(names[0]) or known_name(names[0], people=False):
        return None
    if recorded_places(candidate.text):
        return None  # some place's own name ("Ness Ziona"), as ``literal_anywhere`` reads it
    found = literal_through(candidate, set(ARABIC_SCRIPT_REGION))
    if found is None:
        return None
    place = geonames_index().get(found.geonameid)
    if place is None or estimated_population(place) < NEIGHBOUR_KEPT_POPULATION:
        return None
    # ... the kept name written as some Latin name of the town writes it, not only alike: with
    # no country to read it in, "Castle of Salah" (Saladin's) is no Qal'at Salih
    spelled = {
        part
        for spelling, _kind in geonames_index().spellings(place)
        if not is_arabic(spelling)
        for part in latin_parts(spelling)
    }
    if not all(fold(word) in spelled for word in names[0].split()):
        return None
    return found


def abroad(candidate: Candidate, garble: Garble) -> bool:
    """The copy names the country a name is in ("X, in western Iran", "X, the capital of
    Balochistan") and the reading found a place of another: a world city abroad is not meant."""
    return candidate.slot == "country" and garble.country != candidate.hint


def placed_elsewhere(candidate: Candidate) -> bool:
    """A country's name or adjective the copy places in another country ("Cuba, in northern
    Azerbaijan", "German, in southeastern Iran", "Samoa, the capital of Muthanna province"):
    no country there, but a name MT made of a place. A bare comma does not place it: "Libya,
    Sudan" is a list of countries."""
    if candidate.slot != "country" or candidate.hint is None or candidate.listed:
        return False
    named = country_of_word(candidate.text) or derived_country(candidate.text)
    return named is not None and named != candidate.hint


def may_look_alike(candidate: Candidate) -> bool:
    """One word mid-sentence, outside a strong slot, that sounds like some town of the region
    (its consonants, or the frame of a city with a short name: "in Fees", Fez): it may be a
    look-alike (``look_alikes``: "in Holly" is no English idiom, and a common noun capitalised
    mid-sentence is no common noun). So may two capitalised English words right after "in",
    "near" mid-sentence that said as one sound like some town ("near Con Ya")."""
    from tqcheck.gazetteer.look_alikes import may_sound_like_town

    text = candidate.text
    # A name opening a sentence is read in a weak slot (``opening_name``), never after "in"
    opening = candidate.sentence_start and candidate.slot == "weak" and not candidate.locative
    if " " in text and candidate.slot == "weak" and not candidate.sentence_start:
        # two English words after "in", "near" that together sound like a town ("near Con
        # Ya": Konya), or after "from", "at" like a city ("fighters set out from Ad Lib":
        # Idlib), read as ``look_alikes.split_look_alike`` reads them
        parts = text.split(" ")
        return (
            len(parts) == 2
            and all(part.isalpha() and part.istitle() for part in parts)
            and may_sound_like_town("".join(parts))
            and is_english_word(text)
        )
    if (candidate.sentence_start and not opening) or " " in text or "-" in text:
        return False
    if candidate.slot == "none" and not candidate.definite:
        return False  # outside a slot only "the X" standing alone ("clashes around the Muscle")
    return may_sound_like_town(text) and is_english_word(text)


def resolve_in_context(
    candidate: Candidate,
    countries: set[str],
    geography: Geography | None = None,
    *,
    worth_resolving: bool = False,
) -> Garble | None:
    """The place a candidate is a garble of, read against the article's ``countries``; none
    where the copy makes the name a part of a city (``_PART_OF_CITY``: "Zamalek, an island
    district of Cairo") and the place a reading by sound finds lies far from that city: a
    city's districts are seldom GeoNames towns, and a town 200 km away that sounds alike is no
    reading of one. ``worth_resolving``: the caller has found :func:`is_worth_resolving` true of
    the candidate (``find_garbles``), which is then not asked again (its literal options cost
    a tenth of a garble-dense article's reading)."""
    if candidate.sentence_start and opening_plural_subject(candidate.around, candidate.text):
        return None  # "Clerics at the seminaries of Qom": the subject, a common noun
    garble = resolve_before_vetoes(candidate, countries, geography, worth_resolving=worth_resolving)
    if garble is not None and vetoed_reading(candidate, garble):
        return None
    if (
        garble is not None
        and garble.kind == "transliteration"
        and spelling_of_a_larger_place(
            candidate.text, garble, set(geography.inside()) if geography is not None else set()
        )
    ):
        return None  # "Ben Guerdane": Ben Gardane (87,000), not El Guerdane (13,000)
    if garble is not None and written_name_abroad(candidate, garble, countries):
        return None
    if (
        garble is not None
        and geography is not None
        and garble.country in neighbours_of_forces(geography)
        and not read_across_the_border(garble)
    ):
        return None
    return garble


def read_across_the_border(garble: Garble) -> bool:
    """A reading in a land neighbour of a country the copy names only by its forces is kept
    as other readings across a border are (``_in_a_neighbour``, ``_literal_in_a_neighbour``):
    a town of ``NEIGHBOUR_KEPT_POPULATION`` or more, by a translated name or by spelling, not
    by a look-alike, which is read only where the copy is set ("Israeli tanks pushed into
    Khuzaa": no Giza), nor a village ("Israeli troops raided House of Kahil": Bayt Kahil)."""
    if garble.kind == "look-alike":
        return False
    place = geonames_index().get(garble.geonameid)
    return place is not None and place.population >= NEIGHBOUR_KEPT_POPULATION


def neighbours_of_forces(geography: Geography) -> set[str]:
    """The land neighbours :func:`candidate_countries` adds for the countries ``geography``
    names only by their forces."""
    from tqcheck.gazetteer.context import neighbours_of

    return set(neighbours_of(geography.forces) - geography.codes())


def resolve_before_vetoes(
    candidate: Candidate,
    countries: set[str],
    geography: Geography | None = None,
    *,
    worth_resolving: bool = False,
) -> Garble | None:
    text = candidate.text
    # "X, in western Iran" names X's country; "X, the capital of Abyan province", "X, in the
    # northwest of the country" put X among the article's places: a town abroad is not meant.
    named = candidate.slot == "country" or candidate.located
    if not worth_resolving and not is_worth_resolving(candidate):
        return None
    if is_real_place(text, countries, named):
        # a town abroad by the name, where the word has the frame of a far larger town of the
        # article's countries ("the crossing near Saxo": Zaxo, not Saaxo, Somalia)
        from tqcheck.gazetteer.look_alikes import framed_beyond_a_namesake

        return framed_beyond_a_namesake(candidate, countries)
    if in_a_unit_name(candidate) or real_where_placed(candidate):
        return None  # a province's name in full; a place that lies where the copy puts it
    if named and candidate.slot != "country" and region_city_by_own_name(text):
        # "Jalalabad, on the road to Pakistan": a phrase that places a name may name where a
        # road leads or a border faces, not the country the name lies in
        return None
    city = city_slot(candidate)
    countries = countries & ARABIC_SCRIPT_REGION  # where names reach English through Arabic
    from tqcheck.gazetteer.look_alikes import look_alike, placed_nearer

    literal = literal_reading(candidate, countries) or town_compound(candidate, countries)
    if literal is None and city:
        literal = well_known_literal(candidate, countries)
    if literal is None and city and weak_english(candidate):
        return None  # let through for the well-known city's reading alone
    # One English word that sounds like a town of the article's countries (``look_alikes``).
    town = look_alike(candidate, countries, onset=literal is None)
    if town is not None and spelled_as(text, town):
        town = None  # "Jahra" for Al Jahra': the town's own name
    if literal is not None:
        if town is not None and _town_beside_named_city(candidate, literal, town):
            # the translated name, a town, lies beside the city the sentence names, the
            # look-alike not: "Sunrise, a new town east of Cairo" is El Shorouk (92,000), not
            # Sinnuris (Fayoum); a village so placed does not outweigh a city ("Homes, on the
            # road from Damascus to Aleppo" is Homs, not the village Maskanah, مساكن)
            return literal
        if town is not None and smaller_than_town(literal, town):
            return town  # "Nobles" is Nablus (130,000), not the hamlet Surif (شريف, noble)
        if town is not None and placed_nearer(candidate, town, literal):
            return town  # the look-alike lies beside the city the sentence names
        if town is not None and literal.indirect and well_known(town):
            # "residents of Chairs" sounds like Shiraz; "chair" reaches سده (Khomeyni Shahr's
            # old name) only through its other sense "seat"
            return town
        return literal
    if candidate.slot == "none":
        # outside a place slot a name is a person or a word more often
        return town or respelled_outside_slot(candidate, countries, geography)
    if len(text.split()) > 2 and not any(w in FUNCTION_WORDS for w in text.lower().split()):
        # three capitalised words are an organisation or a person more often, unless they
        # respell a town of the article's countries whose own name is three words as well
        # ("Deira Ismaeel Khan", Dera Ismail Khan)
        return _three_word_town(candidate, countries, geography)
    found = by_sound_or_neighbour(candidate, countries, geography, town is None)
    if town is not None and (
        found is None
        or (found.kind == "look-alike" and town_wins(found, town))
        or placed_nearer(candidate, town, found)  # beside the city the sentence names
    ):
        return town  # a town of 20,000+ sounds like the word: likelier than a hamlet
    return found


def _three_word_town(
    candidate: Candidate, countries: set[str], geography: Geography | None
) -> Garble | None:
    """A name of three or more capitalised words read by sound (:func:`by_sound`, in the
    article's countries only) as a town whose own or English name has as many words, each
    word of the name spelled close to the town's word in its place (Jaro-Winkler of the folds
    at least ``MIN_TRANSLITERATION``): "Deira Ismaeel Khan" for Dera Ismail Khan. An
    organisation's or a person's name of three words is no town's name word for word."""
    from tqcheck.gazetteer.garble.sound import MIN_TRANSLITERATION, by_sound

    if candidate.slot not in ("strong", "country"):
        return None
    found = by_sound(candidate, countries, geography)
    place = geonames_index().get(found.geonameid) if found is not None else None
    if found is None or place is None:
        return None
    words = [fold(word) for word in candidate.text.split()]
    for name in (found.name, place.name):
        own = [fold(word) for word in name.split()]
        if len(own) == len(words) and all(
            JaroWinkler.similarity(a, b) >= MIN_TRANSLITERATION
            for a, b in zip(words, own, strict=True)
        ):
            return found
    return None


def _look_alike_across_the_border(candidate: Candidate, countries: set[str]) -> Garble | None:
    """Where the word's own phrase puts it at a border whose sides it does not name ("the
    border near X after Turkey tightened customs checks": ``countries.at_a_border``) and the
    copy names one country of the region, a look-alike of a town across that border (a land
    neighbour's): a word rarer than everyday English (``look_alikes.STRONG_SLOT_ZIPF``: "the
    border near Road" is no Riyadh), by the town's frame (its consonants with its vowels in
    place, the surest look-alike reading), a town of ``NEIGHBOUR_KEPT_POPULATION`` or more, as
    other readings across a border are kept (:func:`read_across_the_border`)."""
    from tqcheck.gazetteer.look_alikes import SCORE_FRAME, STRONG_SLOT_ZIPF, look_alike
    from tqcheck.gazetteer.words import zipf

    countries = countries & ARABIC_SCRIPT_REGION
    if len(countries) != 1 or zipf(candidate.text) >= STRONG_SLOT_ZIPF:
        return None
    if not at_a_border(candidate):
        return None
    neighbours = _region_neighbours(countries)
    town = look_alike(candidate, neighbours) if neighbours else None
    if town is None or town.score < SCORE_FRAME:
        return None
    return _kept_by_the_border(town, countries)


def _across_the_one_border(
    candidate: Candidate, countries: set[str], geography: Geography
) -> Garble | None:
    """Copy whose one country of the region is named only as a border ("Flash floods swept
    through X near the Eritrean border"; "the X bazaar, on the border with Uzbekistan") puts
    a word in a weak slot by that border, most often on its other side, which the copy leaves
    unnamed: the word is read as in a place slot (``look_alike``) in the land neighbours of that
    country, kept for the town's consonant classes exactly (``SCORE_EXACT``: "Kessler" for
    Kassala, Sudan) or its frame, a word not of everyday English (``ENDING_ZIPF``), and only as
    every reading across a border is (:func:`_kept_by_the_border`: a town of
    ``NEIGHBOUR_KEPT_POPULATION`` or more within ``BORDER_KM`` of the named country). Copy
    naming the country in any other role (its people, forces, another country) is left to
    the other readings; so is a sentence's opening or "the X"."""
    from tqcheck.gazetteer.look_alikes import ENDING_ZIPF, SCORE_EXACT, look_alike
    from tqcheck.gazetteer.words import zipf

    if candidate.slot != "weak" or candidate.sentence_start or candidate.definite:
        return None
    codes = geography.codes()
    if len(codes) != 1 or geography.borders != codes or geography.actors or geography.forces:
        return None
    if not codes <= ARABIC_SCRIPT_REGION or zipf(candidate.text) >= ENDING_ZIPF:
        return None
    neighbours = _region_neighbours(set(codes)) & countries
    if not neighbours:
        return None
    town = look_alike(replace(candidate, slot="strong"), neighbours)
    if town is None or town.score < SCORE_EXACT:
        return None
    return _kept_by_the_border(town, set(codes))


def _across_a_border_or_road(
    candidate: Candidate, countries: set[str], geography: Geography
) -> Garble | None:
    """Where the word's own sentence names a border, a crossing or a road
    (``countries.by_a_border_or_road``: "in X ... at the Afghan border crossing", "near X on
    the highway to Bishkek") and the copy names one country of the region, the reading of the
    word in that country and its land neighbours, kept only in a neighbour and as the other
    readings across a border are: a town of ``NEIGHBOUR_KEPT_POPULATION`` or more by the
    border of the copy's country (:func:`_by_the_border`)."""
    countries = countries & ARABIC_SCRIPT_REGION
    if len(countries) != 1 or not by_a_border_or_road(candidate):
        return None
    neighbours = _region_neighbours(countries)
    if not neighbours:
        return None
    found = resolve_in_context(candidate, countries | neighbours, geography, worth_resolving=True)
    if found is None or found.country not in neighbours:
        return None
    return _kept_by_the_border(found, countries)


def _region_neighbours(countries: set[str]) -> set[str]:
    """The land neighbours of ``countries`` in the region, themselves left out."""
    from tqcheck.gazetteer.context import neighbours_of

    return set(neighbours_of(countries) & ARABIC_SCRIPT_REGION) - countries


def _kept_by_the_border(garble: Garble, countries: set[str]) -> Garble | None:
    """A reading across the border of ``countries`` kept as every such reading is: a town of
    ``NEIGHBOUR_KEPT_POPULATION`` or more by that border (:func:`_by_the_border`)."""
    place = geonames_index().get(garble.geonameid)
    if place is None or place.population < NEIGHBOUR_KEPT_POPULATION:
        return None
    return garble if _by_the_border(place, countries) else None


BORDER_KM = 50.0  # a town "at the border": a place of the other side's within this distance


def _by_the_border(place: GeoPlace, countries: set[str]) -> bool:
    """``place`` lies by the border of ``countries``: a place of theirs, any size, lies within
    :data:`BORDER_KM` of it (the town a border story puts at the crossing is on the frontier,
    not the neighbour's capital: "the border near Taryn" is no Tehran)."""
    from tqcheck.gazetteer.look_alikes import towns_near

    if place.lat is None or place.lon is None:
        return False
    return any(
        country in countries and km <= BORDER_KM
        for _rowid, _name, country, _population, km in towns_near(place.lat, place.lon)
    )


def region_city_by_own_name(text: str) -> bool:
    """``text`` is the own name (or a respelling of it, not another recorded name, nor its
    words split otherwise: ``recorded_places``) of a city of 100,000 or more of the region
    (``WELL_KNOWN_POPULATION``), and no English word: a city copy names by its name wherever a
    phrase after it points."""
    if is_english_word(text):
        return False
    places = recorded_places(text)  # not its words split otherwise ("Shahri Sabz")
    return any(
        relation != "alternate"
        and place.population >= WELL_KNOWN_POPULATION
        and place.country in ARABIC_SCRIPT_REGION
        and place in places
        for place, relation in geonames_index().exact_ranked(text)
    )


def spelled_as(text: str, garble: Garble) -> bool:
    """``text`` is the name of the place ``garble`` reads it as, with or without the Arabic
    article (``same_name``: "Jahra" for Al Jahra'), or with its shadda written once or an ain
    written as the vowel it precedes doubled ("Tal Rifaat" for Tall Rif’at)."""
    place = geonames_index().get(garble.geonameid)
    names = [garble.name] + ([place.name] if place is not None else [])
    # or the name with its shadda written once or an ain as the vowel doubled ("Tal Rifaat",
    # Tall Rif’at); not the vowel conventions, which a reading by sound weighs itself
    written = " ".join(folded_words(text))
    return any(
        same_name(text, name)
        or written
        in {
            DOUBLED.sub(r"\1", " ".join(folded_words(form)))
            for form in (name, AIN_BEFORE_VOWEL.sub(r"\1\1", name))
        }
        for name in names
    )


# Arabic, Persian and Turkish endings that make a town's name a surname or an adjective, with
# what the town's name may end in where the ending replaces it (Bukhara -> Bukhari, Makkah ->
# Makki, Hama -> Hamawi, Herat -> Harawi).
NISBA_ENDINGS = (
    ("awi", ("", "a", "ah", "at")),
    ("li", ("",)),
    ("ly", ("",)),
    ("i", ("", "a", "ah")),
    ("y", ("",)),
)


def surname_of_town(candidate: Candidate, garble: Garble, countries: set[str]) -> bool:
    """A name used of a person ("a letter from Tabrizi", "talks between Hamawi and": no
    place slot, no "in", "near") that is a town's name with a nisba ending is a surname."""
    if candidate.slot not in ("weak", "none") or candidate.locative:
        return False
    return nisba_of_town(candidate.text, countries, garble.geonameid)


def nisba_of_town(text: str, countries: set[str], geonameid: str = "") -> bool:
    """One word, no English word, that is the name (GeoNames, any spelling) of a town of
    20,000 people or more of the article's countries, or of the place a reading found, plus a
    nisba ending (-i, -y, -li, -ly, -awi): "Tabrizi", "Tiflisi", "Hamawi", "Halepli" are
    surnames or adjectives made from a town's name."""
    from tqcheck.gazetteer.look_alikes import TOWN_POPULATION

    if " " in text or "-" in text or is_english_word(text):
        return False
    folded = fold(text)
    for ending, restores in NISBA_ENDINGS:
        stem = folded[: -len(ending)]
        if not folded.endswith(ending) or len(stem) < 3:
            continue
        for restore in restores:
            for place in geonames_index().exact(stem + restore):
                if (
                    place.kind == "place"
                    and place.population >= TOWN_POPULATION
                    and (place.country in countries or place.geonameid == geonameid)
                ):
                    return True
    return bool(geonameid) and nisba_by_consonants(folded, geonameid)


def nisba_by_consonants(folded: str, geonameid: str) -> bool:
    """``folded`` is -i added to a spelling of the place read ending in a consonant, with the
    same consonants ("Trabulsi": Trablous, Tripoli; "Nabulsi": Nablus), and reads closer so
    than as the place's own name ("Kutaysi" is Kutaisi, not Kutais plus -i)."""
    place = geonames_index().get(geonameid)
    if place is None or not folded.endswith("i") or len(folded) < 5:
        return False
    stem = folded[:-1]
    own = JaroWinkler.similarity(folded, fold(place.name))
    keys = skeletons(stem)
    for spelling, kind in geonames_index().spellings(place):
        written = fold(spelling)
        if (
            kind != "arabic"
            and written.isalpha()
            and written[-1] not in "aeiouy"
            and skeletons(written) & keys
            and JaroWinkler.similarity(stem, written) > own
        ):
            return True
    return False


def town_wins(found: Garble, town: Garble) -> bool:
    """The look-alike of a town of 20,000+ (``look_alikes``) over another reading by sound:
    when that reading names a smaller place, or is no stronger evidence, or the town is a city
    of 100,000+ and that reading's place is not ("Jerome" is Jahrom, not Germi), or the word
    read aloud has the town's frame (:func:`heard_as`)."""
    from tqcheck.gazetteer.look_alikes import TOWN_POPULATION

    place, city = geonames_index().get(found.geonameid), geonames_index().get(town.geonameid)
    if place is None or place.population < TOWN_POPULATION or town.score >= found.score:
        return True
    if city is not None and city.population >= WELL_KNOWN_POPULATION > place.population:
        return True
    return city is not None and heard_as(town.text, city)


def heard_as(word: str, city: GeoPlace) -> bool:
    """``word`` read aloud has the city's frame (``look_alikes``: its consonants with its
    vowels in place, "Cohort" said without its r is Kohat), which a reading by consonants
    alone does not outweigh."""
    from tqcheck.gazetteer.look_alikes import town_matches

    rowid = place_rowid(city)
    return any(
        match.frame and match.town.rowid == rowid
        for match in town_matches(word, {city.country}, silent=True, last=True)
    )


def _town_beside_named_city(candidate: Candidate, literal: Garble, town: Garble) -> bool:
    """The literal reading is a town (``look_alikes.TOWN_POPULATION`` or more) that lies beside
    a city the candidate's sentence names, and the look-alike ``town`` at least twice as far
    from it (``look_alikes.placed_nearer``)."""
    from tqcheck.gazetteer.look_alikes import TOWN_POPULATION, placed_nearer

    place = geonames_index().get(literal.geonameid)
    return (
        place is not None
        and place.population >= TOWN_POPULATION
        and placed_nearer(candidate, literal, town)
    )


def smaller_than_town(literal: Garble, town: Garble) -> bool:
    """The look-alike names a city of 100,000 or more, and the literal reading a place under
    20,000 people, or under 100,000 where the word is also spelled like the city's own or
    English name (``well_known.spelled_like``): the word sounds like the well-known city copy
    names, not the town it translates ("Nobles": Nablus, not Surif; "Guards": Gardez, not
    Qarawul; but "the Sand" is Ramla, not Ashdod)."""
    from tqcheck.gazetteer.look_alikes import TOWN_POPULATION
    from tqcheck.gazetteer.well_known import MIN_RECOGNISED, spelled_like

    place, city = geonames_index().get(literal.geonameid), geonames_index().get(town.geonameid)
    if place is None or city is None or city.population < WELL_KNOWN_POPULATION:
        return False
    if place.population < TOWN_POPULATION:
        return True
    return (
        place.population < WELL_KNOWN_POPULATION and spelled_like(town.text, city) >= MIN_RECOGNISED
    )


def forget_index_tables() -> None:
    """Forget the tables read from the GeoNames index (its Arabic and short names per country,
    the keys and words made of them, the units a sentence names), so that the next reading
    builds them again: for a caller that swaps the index, as tests do, whose tables must not
    outlive the swap."""
    for table in (
        country_arabic,
        arabic_keys,
        arabic_words,
        short_names,
        country_towns,
        city_of_part,
        turkish_names,
        units_in,
        unit_of_name,
        kept_word_countries,
        starts_known,
        latin_starts_of,
    ):
        table.cache_clear()
