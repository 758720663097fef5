"""Which countries a candidate may belong to: the article's geography narrowed or widened by what
the candidate's own sentence says (a locator after the name, a region, a unit, credited or
derived countries, a well-known city beside it).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.gazetteer.context import (
    LATIN_LOWER,
    LATIN_UPPER,
    WELL_KNOWN_POPULATION,
    Geography,
    clue_countries,
    country_of_word,
    country_words_in,
    news_agencies,
    region_features,
    region_parts,
)
from tqcheck.gazetteer.keys import (
    fold,
)
from tqcheck.gazetteer.words import is_english_word

if TYPE_CHECKING:
    pass
from tqcheck.gazetteer.garble.base import (
    NATIONALITY_ENDINGS,
    REAL_ANYWHERE_POPULATION,
    Candidate,
    Garble,
    after_in_sentence,
    before_in_sentence,
    geonames_index,
    known_name,
    recorded_places,
)
from tqcheck.gazetteer.region import (
    ARABIC_SCRIPT_REGION,
)

# "Deir ez-Zor", "Kafr el-Sheikh": an Arabic article joined to the next word by a hyphen
JOINED_ARTICLE = r" (?:a[lnrstdz]|e[lnrstdz]|ash|ath|adh|ul|ud)-"
FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "al",
        "el",
        "al-",
        "el-",
        "ad",
        "ar",
        "as",
        "ash",
        "at",
        "az",
        "an",
        "ibn",
        "bin",
        "and",
        "a",
        "an",
    ]
)  # skipped when translating words back to Arabic


def candidate_countries(
    document: Document, candidate: Candidate, geography: Geography
) -> tuple[set[str], bool]:
    """The countries a candidate is read against, and whether the copy names any: the
    section's (else read more loosely, with the news agencies it credits), the one named right
    after it, less the countries only part of which is in the region where that part goes
    unnamed (:func:`named_parts`)."""
    # a country named only as an actor sets no setting ("US aircraft struck X", read as a
    # border; "Sudan's warring sides sent delegations to X": context.Geography.actors)
    countries = set(geography.inside()) - geography.actors
    credited: set[str] = set()
    if not countries:  # the article's geography names no country: read it more loosely
        # but not by a country it names only as an actor ("Sudan's warring sides sent
        # delegations to X": context.Geography.actors), unless the copy names its part of the
        # region ("Russian bombers took off from X, in North Ossetia": named_parts)
        countries = set(loose_geography(document, candidate.start)) - (
            geography.actors - region_parts().keys()
        )
        credited = credited_countries(document, candidate.start)
    if countries and countries <= geography.forces and not geography.borders:
        # "Israeli tanks pushed into X", "Turkish drones struck X": a country named only by its
        # forces sets no side of a border, and they fight at home and across it alike; the
        # copy names no border that would say which side ("near the Jordanian border")
        from tqcheck.gazetteer.context import neighbours_of

        countries |= neighbours_of(countries) & ARABIC_SCRIPT_REGION
    if (
        not countries
        and not candidate.hint
        and PLACING_BEFORE.search(document.plain, max(0, candidate.start - 16), candidate.start)
    ):
        # a word of the name kept untranslated places it where the copy places something at
        # the name ("a drone fired towards Thursday Mushait": Saudi Arabia; not "Shelling hit
        # Bridge of Shughur", as ``loose_countries`` reads only a placed name so)
        countries = set(kept_word_countries(candidate.text))
    if candidate.hint:
        countries = {hint_country(candidate.text, candidate.hint)}
        credited = set()
    elif candidate.placed_in and (
        countries & candidate.placed_in or not countries & ARABIC_SCRIPT_REGION
    ):
        # "X, on the Makran coast" (Pakistan, Iran), "X, Punjab" (Pakistan, India): the ones of
        # the copy's countries the apposition allows, else, where the copy names no other
        # country of the region, the region's of them ("Fishermen in X, on the Makran coast,
        # said Chinese trawlers ..."); not copy set only in other countries of the region (Oman,
        # whose "Sharqiyah region" the unit tables spell otherwise: "X, in the Sharqiyah
        # region" is Egypt's or Saudi Arabia's there)
        allowed = countries & candidate.placed_in  # the region's first ("X, on the Irtysh")
        countries = (
            (allowed & ARABIC_SCRIPT_REGION)
            or allowed
            or set(candidate.placed_in & ARABIC_SCRIPT_REGION)
        )
        credited = set()
    if len(countries) > 1 and not candidate.hint:
        countries = _sentence_setting(candidate, countries, geography)
    if countries & geography.forces and not candidate.hint:
        countries = _beside_the_forces(candidate, countries, geography)
    named = bool(countries)
    return named_parts(countries, document, candidate.start, credited), named


def _beside_the_forces(candidate: Candidate, countries: set[str], geography: Geography) -> set[str]:
    """``countries`` less those the copy names only by their forces, where the candidate's
    own sentence names another of them: "Turkish jets hit villages around X in the mountains
    of Iraqi Kurdistan" is set in Iraq, where the jets struck."""
    from tqcheck.gazetteer.context import country_words_in

    before, after = before_in_sentence(candidate), after_in_sentence(candidate)
    if before is None or after is None:
        return countries
    others = countries - geography.forces - geography.borders - geography.actors
    named = {
        code
        for text in (before, after)
        for start, _end, word in country_words_in(text)
        if (code := country_of_word(word)) in others
        and _IN_A_COUNTRY_BEFORE.search(text, max(0, start - 40), start)
    }
    return named if len(named) == 1 else countries


# "in", "of" (and a compass word) right before a country word: the sentence sets something in
# the country ("in northern Iraq", "the mountains of Iraqi Kurdistan"), not only where forces
# went ("crossed into Syria from X") or who spoke ("the Palestinian health ministry said").
_IN_A_COUNTRY_BEFORE = patterns.compile(
    r"\b(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?$"
)


def _sentence_setting(candidate: Candidate, countries: set[str], geography: Geography) -> set[str]:
    """``countries``, or the one of them the candidate's own sentence names, where the
    candidate is a town's own name in another of them that the sentence leaves unnamed: a
    sub-editor reads "In southern Lebanon, Israeli jets struck the city of Tire" as Tyre (صور,
    Sour), however often the copy names Turkey elsewhere, where Tire is a town of its own. The
    sentence's own country words (not one named only by its forces, "Israeli jets", at a
    border or as an actor) set it, where the copy names that country more often than the
    town's (``Geography.weight``); a sentence that names the town's own country too, or none,
    or two, leaves the copy's ("Police in Tire, a town near Izmir, ... Turkish media said"),
    as does copy naming the town's country as often ("Fig growers in Tire said Lebanese buyers
    had cancelled orders. Turkey's trade ministry said ...")."""
    from tqcheck.gazetteer.context import country_words_in

    before, after = before_in_sentence(candidate), after_in_sentence(candidate)
    if before is None or after is None:
        return countries
    ignored = geography.forces | geography.borders | geography.actors
    named = {
        code
        for text in (before, after)
        for _start, _end, word in country_words_in(text)
        if (code := country_of_word(word)) is not None and code not in ignored
    }
    if len(named) != 1 or not named <= countries:
        return countries
    own = {place.country for place in recorded_places(candidate.text)} & countries
    if not own or own & named:
        return countries  # no town's own name here, or one of the country the sentence names
    (setting,) = named
    if any(geography.weight(code) >= geography.weight(setting) for code in own):
        return countries  # the copy names the town's own country as often: it may be set there
    return set(named)


# A border the copy puts a name at without saying whose: "the border near X", "the frontier
# crossing at X", "the Ibrahim Khalil crossing near X" (a country word before "border" makes it
# that country's border, which ``context.Geography.borders`` reads).
_AT_A_BORDER_BEFORE = patterns.compile(
    r"\b(?:border|frontier|crossing)(?:\s+(?:crossing|post|gate)s?)?\s+(?:near|at|outside)\s+$",
    re.IGNORECASE,
)
_AT_A_BORDER_AFTER = patterns.compile(
    r",?\s+(?:near|on|at|by|close\s+to)\s+the\s+(?:border|frontier)(?!\s+(?:with|of)\b)\b"
)


def at_a_border(candidate: Candidate) -> bool:
    """The candidate's own phrase puts it at a border whose sides it does not name ("the
    border near X", "X, on the border"): a border story names the country on one side, and
    the town may lie on the other."""
    before, after = before_in_sentence(candidate), after_in_sentence(candidate)
    return bool(
        (before is not None and _AT_A_BORDER_BEFORE.search(before[-40:]))
        or (after is not None and _AT_A_BORDER_AFTER.match(after))
    )


# The border of a named country that the candidate's own phrase puts it by: "X, near the Libyan
# border", "X on the Syrian border", "X, close to the frontier with Libya", "X, in north-eastern
# Turkey, near the Armenian border", "X, a district of Wasit on the Iranian border". A short
# apposition may come between (a noun phrase, or "in" and a few words); the border's country is
# named by its adjective (or two, "the Syrian and Iraqi borders") or after "with".
_NAMED_BORDER_AFTER = patterns.compile(
    r",?\s+(?:(?:(?:a|an|the)\s+[\w-]+|in\s+(?:the\s+)?[\w-]+)(?:\s+[\w-]+){0,3}?,?\s+)?"
    r"(?:near|on|by|along|at|beside|close\s+to|next\s+to)\s+the\s+"
    r"(?:(?P<adjective>[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)?)\s+(?:borders?|frontiers?)\b"
    r"|(?:border|frontier)\s+with\s+(?:the\s+)?(?P<noun>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))"
)


def named_border_after(candidate: Candidate) -> frozenset[str]:
    """The countries whose border the candidate's own phrase puts it by
    (:data:`_NAMED_BORDER_AFTER`: "X, near the Libyan border"; not a border named by both its
    sides, "the Saudi-Kuwaiti border", either of which X may lie on). Such a border is a
    neighbour's:
    on the tune sets the place lay outside the country so named in 134 of 135 rows (issue 13),
    so the copy sets the place on the border's other side, by it."""
    after = after_in_sentence(candidate)
    hit = _NAMED_BORDER_AFTER.match(after) if after is not None else None
    if hit is None:
        return frozenset()
    words = hit.group("adjective") or hit.group("noun") or ""
    if "-" in words:
        return frozenset()  # "the Syrian-Turkish border": the border itself, either side of it
    return frozenset(
        code
        for _start, _end, word in country_words_in(words)
        if (code := country_of_word(word)) is not None
    )


# A border, a crossing or a road in the candidate's own sentence ("at the Afghan border
# crossing", "near X on the Iraqi border", "the crossing at Rafah", "on the highway to
# Bishkek", "the road into X"): a place such a sentence names may lie on either side.
_BORDER_OR_ROAD = patterns.compile(
    r"\b(?:borders?|frontiers?|crossings?|(?:high)?ways?|roads?)\b", re.IGNORECASE
)


def by_a_border_or_road(candidate: Candidate) -> bool:
    """The candidate's own sentence names a border, a crossing or a road (:data:
    `_BORDER_OR_ROAD`): a story of a border or a road names the country on one side, and the
    town may lie on the other."""
    before, after = before_in_sentence(candidate), after_in_sentence(candidate)
    return bool(
        (before is not None and _BORDER_OR_ROAD.search(before))
        or (after is not None and _BORDER_OR_ROAD.search(after))
    )


def hint_country(text: str, hint: str) -> str:
    """The country the one named right after a name sets it in: the country, or, for a name
    the country shares with a first-level unit abroad, that unit's country where ``text`` is
    one of the unit's towns and none of the country's ("Tucker, Georgia": the US state,
    ``context.town_of_the_state``)."""
    from tqcheck.gazetteer.context import STATES_NAMED_AS_COUNTRIES, town_of_the_state

    if hint in STATES_NAMED_AS_COUNTRIES and town_of_the_state(text, hint):
        return STATES_NAMED_AS_COUNTRIES[hint][0]
    return hint


@lru_cache(maxsize=256)  # asked for each reading of a candidate
def kept_word_countries(text: str) -> frozenset[str]:
    """The one country of the region whose towns of ``REAL_ANYWHERE_POPULATION`` or more have
    a name sharing a word with ``text``, a name of two words or more, where that word is one
    English text does not write (no English word, given name or country word, and below
    ``words.NAME_ZIPF`` in wordfreq's large list: "Mushait", "Khurmatu"; not "Gazelle"), and
    another word is English: a literal translation keeps the words the tables do not
    translate, so a name of copy that names no country places itself ("a drone fired towards
    Thursday Mushait": Khamis Mushait, Saudi Arabia). A name with no English word is a place's
    own name, not a translation ("the Tirat Hacarmel" of a Hebrew alert: Tirat Karmel's own
    spelling, which a transliteration reading would report). Only that name is read so."""
    from tqcheck.gazetteer import keys
    from tqcheck.gazetteer.look_alikes import given_name
    from tqcheck.gazetteer.words import known_to_english_text

    words = [word for word in re.split(r"[ -]", text) if word]
    if len(words) < 2 or not any(
        word.lower() not in FUNCTION_WORDS and is_english_word(word) for word in words
    ):
        return frozenset()  # a name translated in part only: "Tirat Hacarmel" is no garble
    kept = {
        keys.translit_folded(fold(word))
        for word in words
        if len(word) >= 4
        and word.lower() not in FUNCTION_WORDS
        and not is_english_word(word)
        and not given_name(word)
        and not country_of_word(word)
        and not known_to_english_text(fold(word))
    }
    if not kept:
        return frozenset()
    rows = geonames_index().word_rows(text, KEPT_WORD_ROWS)
    places = geonames_index().places([rowid for rowid, _spelling in rows])
    found = frozenset(
        places[rowid].country
        for rowid, spelling in rows
        if places[rowid].kind == "place"
        and places[rowid].population >= REAL_ANYWHERE_POPULATION
        and kept & {keys.translit_folded(fold(word)) for word in re.split(r"[ -]", spelling)}
    )
    return found if len(found) == 1 and found <= ARABIC_SCRIPT_REGION else frozenset()


KEPT_WORD_ROWS = 400  # names sharing a word, read at most


# The prepositions of ``PLACED_NAME``, right before a name.
PLACING_BEFORE = patterns.compile(
    r"\b(?:in|at|on|near|from|with|outside|around|towards?|into|to)\s+(?:the\s+)?$"
)
SHORT_NAME = patterns.compile(r"(?<![\w’'-])(?:The )?[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?")


def loose_geography(document: Document, offset: int) -> frozenset[str]:
    """The countries of the region a section names in ways ``context`` leaves out, for an
    article where it finds none: a word made from a country's name ("Eritrean", "Somaliland")
    and a city of 100,000 or more of the region named by its own name though a larger city
    abroad has it as an old name ("Islamabad", also Chattogram's), or by another GeoNames
    spelling that is no English word ("Raqqa" for Ar Raqqah), a province or other
    first-level unit ("Sindh": Pakistan; "Wadi al-Shati", its words joined by an article), and
    a town of 10,000 or more only one country has, where the copy places something in, near or
    with it ("a truce with Gharyan": Libya). Computed once per section."""
    from tqcheck.gazetteer.context import sections

    cache: dict[int, frozenset[str]] = document.analyses.setdefault("place_loose_geography", {})
    section = next(((a, b) for a, b in sections(document) if a <= offset < b), None)
    if section is None:
        return frozenset()
    if section[0] in cache:
        return cache[section[0]]
    found: set[str] = set()
    seen: set[str] = set()
    placed = {hit.group("name") for hit in PLACED_NAME.finditer(document.plain, *section)}
    for long in LOOSE_NAME.finditer(document.plain, *section):
        whole = (
            loose_countries(long.group(), seen, placed) if long.group().count(" ") >= 2 else set()
        )
        if whole:
            found |= whole
            continue
        for hit in LOOSE_SHORT_NAME.finditer(long.group()):
            found |= loose_countries(hit.group(), seen, placed)
    for joined in JOINED_NAME.finditer(document.plain, *section):
        found |= loose_countries(joined.group(), seen)  # "in the Wadi al-Shati district"
    found |= credited_countries(document, offset)
    # A group, site or landmark of a country, or a name for a group of countries ("the
    # Houthi-run health ministry", "the gateway town to Petra", "the five Central Asian
    # states"), and a named part of a country only part of which is in the region ("the
    # largest town in Ingushetia": Russia).
    found |= clue_countries(document.plain, *section)
    cache[section[0]] = frozenset(found)
    return cache[section[0]]


# Capitalised names of up to four words and of one or two, their letters accented or not
# ("the Aurès mountains", "Aïn Beïda"): a place spelled correctly with its diacritics names
# the copy's country as its ASCII spelling does.
UPPER, LOWER = LATIN_UPPER, LATIN_LOWER
LOOSE_NAME = patterns.compile(
    rf"(?<![\w’'-])(?:The )?[{UPPER}][{LOWER}’'-]+(?: [{UPPER}][{LOWER}’'-]+){{0,3}}"
)
LOOSE_SHORT_NAME = patterns.compile(
    rf"(?<![\w’'-])(?:The )?[{UPPER}][{LOWER}’'-]+(?: [{UPPER}][{LOWER}’'-]+)?"
)
# A name where copy places something ("in Nalut", "on Djerba", "a truce with Gharyan", "the
# road to Faizabad"), not a club or a person opening a sentence ("Hadera drew 1-1").
PLACED_NAME = patterns.compile(
    r"\b(?:in|at|on|near|from|with|outside|around|towards?|into|to)\s+"
    rf"(?P<name>[{UPPER}][{LOWER}’'-]+(?: [{UPPER}][{LOWER}’'-]+)?)"
)
# A name whose words an Arabic article joins ("Wadi al-Shati", "Kafr el-Sheikh"), which
# ``_NAME`` reads only in parts.
JOINED_NAME = patterns.compile(rf"(?<![\w’'-])[A-Z][a-z’'-]+{JOINED_ARTICLE}[A-Za-z][a-z’'-]+")


def loose_countries(name: str, seen: set[str], placed: AbstractSet[str] = frozenset()) -> set[str]:
    """The region countries one capitalised name points at for ``loose_geography`` (none for
    a name already read: ``seen``); a name of ``placed`` (after "in", "near", "with") also by
    a town of 10,000 or more that only one country has (:func:`locator_country`)."""
    name = POSSESSIVE.sub("", name)  # "Somaliland's opposition"
    first, _, rest = name.partition(" ")
    if rest and first in ("The", "A", "An"):
        name = rest  # "The Mauritanian coast guard": the sentence's "The"
    if name in seen:
        return set()
    seen.add(name)
    words = name.split()
    derived = derived_country(words[0])
    if derived:
        return {derived}
    # "North Waziristan", "Upper Nile": a compass word before a region's name
    from tqcheck.lexicon import word_list

    compass = word_list("compass_words")
    bare = " ".join(words[1:]) if len(words) > 1 and words[0].lower() in compass else name
    if feature := (
        region_features().get(fold(name))
        or region_features().get(fold(bare))
        or region_features().get(fold(words[0]))
    ):
        return set(feature)  # "where the Tigris and Euphrates meet": Iraq, Syria, Turkey
    if units := unit_countries(name, False) or (
        unit_countries(bare, False) if bare != name else set()
    ):
        return units  # "officials in Sindh", "the capital of Balochistan": Pakistan
    if len(fold(name)) >= 4:
        for place in geonames_index().exact(name):
            if (
                place.country in ARABIC_SCRIPT_REGION
                and place.kind == "place"
                and place.population >= WELL_KNOWN_POPULATION
                and (fold(place.name) == fold(name) or not is_english_word(name))
            ):
                return {place.country}
    if name in placed and (located := locator_country(name)):
        return {located}  # "a ceasefire with Tarhuna": a town only one country has
    if name in placed and (located := region_town_country(name)):
        # "the road to Faizabad": the region's town, though a larger one abroad has the name
        return {located}
    return set()


# An apposition right after a name that sets it in a first-level unit, a part of the region
# (``region_parts.tsv``) or a feature of ``region_features.tsv`` without naming a country:
# "X, Punjab,", "X, in Sharjah", "X, on the Makran coast", "X, on the Dez river", "X, in
# al-Ahsa oasis", "X, on the east coast of Sharjah", "X, in the foothills of the Greater
# Caucasus", "X, in the south of Dagestan". The name, its generic noun after it if any.
_PLACED_AFTER = patterns.compile(
    # "X, a town on the Euphrates in Babil province", "X, an Istanbul district on the Sea of
    # Marmara": a place noun before the locating phrase, a city's name before the noun
    r"^,\s+(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?(?:(?P<city>[A-Z][\w’'-]*)\s+)?"
    r"(?:town|city|village|district|suburb|port|neighbou?rhood|quarter|settlement|oasis)\s+"
    r"(?=(?:in|on|along|off|near)\s))?"
    r"(?:(?:just\s+)?(?:in|on|along|off|inside|within|near)\s+(?:the\s+)?"
    r"(?:(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+)?(?:edge|edges|outskirts|fringes?|foothills|banks?|shores?|heart|middle|"
    r"coast|part|corner|side|end|tip|north|south|east|west)\s+of\s+(?:the\s+)?)?)?"
    r"(?P<compass>(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?\s+)?"
    r"(?P<name>(?:(?:[AaEe]l|[Aa][dnrstz]|[Aa]sh)-)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"(?![\w’'-])(?:\s+(?P<noun>[a-z]+)(?P<owner>['’]s)?(?:\s+(?P<next>[a-z]+))?)?"
)


def placed_after(after: str) -> tuple[frozenset[str], re.Match[str]] | None:
    """The countries an apposition right after a name sets it in (:data:`_PLACED_AFTER`) by a
    first-level unit, a part of the region or a feature of the region, and the apposition's
    match: a unit's countries are every country with a unit of that name (ISO 3166-2), so that
    copy naming India may read "X, Punjab" there ("Punjab": Pakistan and India; read in the
    region's where the copy names neither, ``candidate_countries``); a feature's are those it
    lies in or borders. None where the apposition names none of them (a country's name is
    read by ``slots.COUNTRY_AFTER``)."""
    from tqcheck.gazetteer.context import feature_countries_at
    from tqcheck.lexicon import word_list

    hit = _PLACED_AFTER.match(after)
    # the nouns after a unit's name that make it an office or a body (office_nouns.txt)
    offices = word_list("office_nouns")
    if hit is None or {hit.group("noun"), hit.group("next")} & offices or hit.group("owner"):
        return None  # "Khan, Helmand province governor", "X, Punjab police chief": an office
    if hit.group("city") and (city := well_known_country(hit.group("city"))):
        return frozenset([city]), hit  # "X, an Istanbul district": the city's country
    name = hit.group("name")
    if country_of_word(name) or name.endswith(("'s", "’s")):
        return None
    for code, (_admin1, pattern) in region_parts().items():
        if pattern.fullmatch(name):
            return frozenset([code]), hit
    # a unit where its noun follows ("X, in Kurdistan province": Iraq's, Iran's), else a
    # feature first ("X, on the Red Sea" is the sea's coast, Eilat's too, not Egypt's and
    # Sudan's units of that name)
    found = frozenset[str]()
    if hit.group("noun") not in _UNIT_NOUNS:
        found = feature_countries_at(after, hit.start("name"), hit.end("name"))
    if found & ARABIC_SCRIPT_REGION:
        return found, hit
    bare = re.sub(r"^(?:[AaEe]l|[Aa][dnrstz]|[Aa]sh)-", "", name)
    if units := unit_countries(bare, False):
        return frozenset(units | _world_unit_countries(bare)), hit
    found = feature_countries_at(after, hit.start("name"), hit.end("name"))
    return (found, hit) if found & ARABIC_SCRIPT_REGION else None


# The nouns of a first-level unit after its name ("Helmand province", "Diyala governorate"):
# the one list the place slots (``slots._UNIT_NOUN``) and this module read.
UNIT_NOUNS = ("province", "governorate", "region", "state", "wilaya", "oblast", "district")
# A name placed after a candidate is read as a unit before a feature with "emirate" too
# ("X, in Sharjah emirate"); the place slots do not take it.
_UNIT_NOUNS = frozenset([*UNIT_NOUNS, "emirate"])


@cache
def _world_units() -> dict[str, frozenset[str]]:
    """Folded ISO 3166-2 name -> the countries outside the region with a subdivision of that
    name ("Punjab": India), kept as a cache file (folding 5,000 names cost a cold check about
    30 ms)."""
    from tqcheck.gazetteer import cache_files, iso, keys, region

    def build() -> dict[str, frozenset[str]]:
        table: dict[str, set[str]] = {}
        for _code, country, _kind, name in iso.subdivisions():
            if country not in ARABIC_SCRIPT_REGION:
                table.setdefault(fold(name), set()).add(country)
        return {name: frozenset(codes) for name, codes in table.items()}

    inputs = [*iso.inputs("iso3166-2.json"), __file__, keys.__file__, region.__file__]
    return cache_files.table("world-units", inputs, build, dict)


def _world_unit_countries(name: str) -> frozenset[str]:
    return _world_units().get(fold(name), frozenset())


def unit_abroad(name: str) -> bool:
    """``name`` is an ISO 3166-2 subdivision of a country outside the region ("Cornwall")."""
    return bool(_world_unit_countries(name))


def region_town_country(name: str) -> str | None:
    """The one country of the region with a town of ``REAL_ANYWHERE_POPULATION`` or more that
    has ``name`` among its recorded names, for a name that is no English word, no country word
    and no name the curated layers know: copy that names no country and places something at
    the name ("floods cut the road to Faizabad") is about the region's town, though a larger
    namesake lies outside the region (Faizabad, India), as :func:`locator_country` reads a
    name only one country has."""
    if is_english_word(name) or country_of_word(name) or known_name(name):
        return None
    countries = {
        place.country
        for place in geonames_index().exact(name)
        if place.kind == "place"
        and place.population >= REAL_ANYWHERE_POPULATION
        and place.country in ARABIC_SCRIPT_REGION
    }
    return next(iter(countries)) if len(countries) == 1 else None


def credited_countries(document: Document, offset: int) -> set[str]:
    """The countries of the national news agencies a section credits ("the Interfax news
    agency reported", "state news agency SANA"): copy that names no country is set there."""
    from tqcheck.gazetteer.context import sections

    section = next(((a, b) for a, b in sections(document) if a <= offset < b), None)
    if section is None:
        return set()
    # read once per section: asked for each candidate of copy that names no country
    cache: dict[int, frozenset[str]] = document.analyses.setdefault("place_credited", {})
    if section[0] not in cache:
        pattern, countries = news_agencies()
        cache[section[0]] = frozenset(
            countries[
                hit.group("alone")
                or hit.group("before")
                or hit.group("after")
                or hit.group("credit")
            ]
            for hit in pattern.finditer(document.plain, *section)
        )
    return set(cache[section[0]])


def unit_countries(name: str, city: bool = True) -> set[str]:
    """The region countries with a first-level unit called ``name`` (ISO 3166-2 or its English
    name, ``admin_units``: "Sindh", "Balochistan", "Jowzjan"); none for a common English word
    or a given name ("Unity", "Van", "Mary"). A unit's name English uses only as a name is no
    common word though wordfreq lists it ("Punjab" 3.7, "Mecca" 3.4: "in southern Punjab",
    "in Mecca province"). With ``city``, where the copy frames the name as a unit ("X, in
    Andijan region"), also the country of the one city so named."""
    from tqcheck.gazetteer.admin_units import units_named
    from tqcheck.gazetteer.context import region_unit_names
    from tqcheck.gazetteer.index import default_gazetteer
    from tqcheck.gazetteer.words import zipf

    if len(fold(name)) < 4:
        return set()
    if " " not in name and (
        zipf(name) >= UNIT_NAME_WORD_ZIPF or default_gazetteer().is_given_name(name)
    ):
        return set()
    instead = region_unit_names()[1]  # Israel's districts: their ISO names are Arabic
    found = {
        unit.country
        for unit in units_named(name)
        if unit.country in ARABIC_SCRIPT_REGION and unit.code not in instead
    }
    found |= region_units().get(fold(name), set())
    if not found and city and (town := well_known_country(name) or locator_country(name)):
        # most of the region's provinces are named after their capital ("X, in Andijan
        # region", "the capital of Mersin"): the country of the one city so named
        found = {town} & ARABIC_SCRIPT_REGION
    return found


# Zipf at or above which a unit's one-word name is a common English word ("Unity" 4.2,
# "Northern" 4.9, "Van" 4.8), not the unit: place names English knows sit below ("Gaza" 3.9).
UNIT_NAME_WORD_ZIPF = 4.0


@cache
def region_units() -> dict[str, set[str]]:
    """Folded ISO 3166-2 name -> the region countries with a subdivision of that name (also
    for the countries ``admin_units`` has no unit terms of: Pakistan's "Sindh"), and its
    English names in ``region_unit_names.tsv`` ("Fergana"; there only, for Israel's districts,
    which pycountry names in Arabic: "Al Quds"), and the last word of the names of two or more
    units of one country ("Darfur": Sudan)."""
    from tqcheck.gazetteer import iso
    from tqcheck.gazetteer.context import region_unit_names

    english, instead = region_unit_names()
    table: dict[str, set[str]] = {}
    last_words: dict[str, list[str]] = {}
    for code, country, _kind, name in iso.subdivisions():
        if country not in ARABIC_SCRIPT_REGION:
            continue
        for each in english.get(code, ()):
            table.setdefault(fold(each), set()).add(country)
        if code in instead:
            continue
        table.setdefault(fold(name), set()).add(country)
        if " " in name:
            last_words.setdefault(fold(name.split()[-1]), []).append(country)
    # The region several units of one country are named after ("Darfur": North, South, West...
    # Darfur; "Kordofan", "Khorasan", "Sinai").
    for word, countries in last_words.items():
        if len(countries) >= 2 and len(set(countries)) == 1 and word not in table:
            table[word] = set(countries)
    return table


def derived_country(word: str) -> str | None:
    """The country of the region whose name a word is made from ("Eritrean" -> ER,
    "Somaliland" -> SO): the longest folded country name (four letters or more), or one of six or
    more less its last letter, that the word opens with."""
    folded = fold(word)
    best: tuple[int, str] | None = None
    for prefix, code in country_prefix_codes().items():
        if (
            folded.startswith(prefix)
            and folded[len(prefix) :] in NATIONALITY_ENDINGS
            and (best is None or len(prefix) > best[0])
        ):
            best = (len(prefix), code)
    return best[1] if best else None


@cache
def country_prefix_codes() -> dict[str, str]:
    from tqcheck.gazetteer import iso

    codes: dict[str, str] = {}
    for country in iso.countries():
        if country.code not in ARABIC_SCRIPT_REGION:
            continue
        for value in (country.name, country.common_name):
            if value and " " not in value and "," not in value:
                name = fold(value)
                if len(name) >= 4:
                    codes[name] = country.code
                if len(name) >= 6:
                    codes[name[:-1]] = country.code
    return codes


# A name in a locating phrase ("west of Hama", "on the road from Ganja").
PHRASE_NAME = patterns.compile(r"(?<![\w’'-])[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?")


# A locating phrase that puts a place across a border from the place it names ("across the
# border from Qamishli", "just across from Ceuta"): no country of that place.
_ACROSS_FROM = patterns.compile(
    r"\b(?:across(?:\s+the\s+(?:border|frontier|river|strait))?|border|frontier)\s+from\b",
    re.IGNORECASE,
)


def phrase_country(phrase: str) -> str | None:
    """The one country of the places a locating phrase names ("in the hills west of Hama":
    Syria), known as :data:`_NEAR_PLACE_AFTER`'s place is (a well-known city, or a town only
    one country of the region has); None where they name none or several."""
    if _ACROSS_FROM.search(phrase):
        return None  # "X, across the border from Qamishli": the place faces it from abroad
    found = {
        well_known_country(name) or locator_country(name) for name in PHRASE_NAME.findall(phrase)
    } - {None}
    return found.pop() if len(found) == 1 else None


AND_AFTER = patterns.compile(r"^\s+and\s+(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?![\w’'-])")
AND_BEFORE = patterns.compile(r"(?<![\w’'-])(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\s+and\s+$")


def beside_a_city(before: str, after: str) -> bool:
    """A name joined by "and" to a well-known city ("link X and Khobar", "Khobar and X"):
    copy pairs places with places."""
    for pattern, text in ((AND_AFTER, after), (AND_BEFORE, before)):
        hit = pattern.search(text)
        if hit is not None and well_known_country(hit.group("place")) is not None:
            return True
    return False


def locator_country(name: str) -> str | None:
    """The one country of the region whose towns of ``REAL_ANYWHERE_POPULATION`` or more
    include one of exactly that name: a sentence that locates a name by a smaller town ("X,
    east of Tikrit") names that town's country where no other has a town so named."""
    if country_of_word(name) or known_name(name):
        return None
    countries = {
        place.country
        for place in geonames_index().exact(name)
        if place.kind == "place" and place.population >= REAL_ANYWHERE_POPULATION
    }
    if len(countries) == 1 and countries <= ARABIC_SCRIPT_REGION:
        return next(iter(countries))
    return None


def well_known_country(name: str) -> str | None:
    """The country of the well-known place (100,000 or more, ``context``) a name means."""
    from tqcheck.gazetteer.context import country_of_well_known

    return None if country_of_word(name) else country_of_well_known(name)


def named_parts(
    countries: set[str], document: Document, offset: int, credited: AbstractSet[str] = frozenset()
) -> set[str]:
    """``countries`` less those only part of which is in the region (Russia) where the
    section does not name that part ("Dagestan", "Chechen"), unless copy naming no country
    credits a news agency of it (``credited``: "the Interfax news agency reported"); its
    places are still only those of the part (:func:`in_region_part`)."""
    from tqcheck.gazetteer.context import sections

    partial = (countries & region_parts().keys()) - credited
    if not partial:
        return countries
    section = next(((a, b) for a, b in sections(document) if a <= offset < b), (0, 0))
    # whether the section names a country's part: read once per section and country
    cache: dict[tuple[tuple[int, int], str], bool] = document.analyses.setdefault(
        "place_named_parts", {}
    )
    for c in partial:
        if (section, c) not in cache:
            text = document.plain[section[0] : section[1]]
            named = region_parts()[c][1].search(text) is not None
            cache[section, c] = named or city_of_part(c, text)
    return {c for c in countries if c not in partial or cache[section, c]}


@lru_cache(maxsize=64)  # asked for each candidate of a section: read once per section
def city_of_part(country: str, text: str) -> bool:
    """``text`` names a city of 100,000 or more of the region's part of ``country`` by its own
    name ("east of Grozny": Chechnya, so the North Caucasus)."""
    admin1 = region_parts()[country][0]
    for hit in SHORT_NAME.finditer(text):
        for place in geonames_index().exact(hit.group()):
            if (
                place.country == country
                and place.admin1 in admin1
                and place.kind == "place"
                and place.population >= WELL_KNOWN_POPULATION
                and fold(place.name) == fold(hit.group())
            ):
                return True
    return False


def in_region_part(garble: Garble) -> bool:
    """The place a garble names is in the region: for Russia, in a North Caucasus republic."""
    part = region_parts().get(garble.country)
    if part is None:
        return True
    place = geonames_index().get(garble.geonameid)
    return place is not None and place.admin1 in part[0]


POSSESSIVE = patterns.compile(r"['’]s$")
