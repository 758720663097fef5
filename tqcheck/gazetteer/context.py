"""Article geography: which countries a stretch of copy is about.

A sub-editor reads "the city of X in southern Lebanon" as a Lebanese place. This module collects
what an article says about where things are: the countries it names ("Lebanon", "Lebanese",
"the Gaza Strip"), US states and British nations ("Hope, Arkansas"), and the countries of
well-known places it names exactly ("Baghdad", population 100,000 or more, or a place of the
curated layers; the place the name most likely means, ``GeoNamesIndex.exact_ranked``:
"Islamabad" is Pakistan's capital, not an old name of Chattogram). It also reads the cues
short wire copy gives a country by instead of its name: a first-level unit (a province,
governorate or region) of the region's countries that no other country's unit shares
("Floods in Mazandaran province": Iran); a people several countries share ("Turkmen": Iraq,
Iran, Syria... as well as Turkmenistan), never one country by itself; and, in copy that names
a country, a group, site or landmark of ``place_clues.tsv`` ("Houthi-run media": Yemen). A
country named as an actor or an origin is not where the story happens: its envoys, the sides of
a conflict and its help, or, from outside the region, anything of ``actor_nouns.txt`` it sends
(its forces, ships, investment: "a Russian cargo ship docked at X") set no country
(``Geography.actors``), and the country people come from is a border ("returnees from
Pakistan": ``origin_words.txt``). Each country gets a weight: how often the article points at
it.

Context is computed per *section* of a document: a file holding several articles separated by
level-1 headings or by headings after two blank lines gives each its own geography, so that an
unrelated article never changes what another one resolves to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tqcheck import patterns
from tqcheck.document.model import BlockKind, Document
from tqcheck.gazetteer.keys import fold

# A place this large, named exactly, tells the article's country ("Baghdad", "Tripoli").
WELL_KNOWN_POPULATION = 100_000
# The letters of Latin-script names, accented ones too ("Aurès", "Şanlıurfa", "Ḩalab"): a
# place spelled correctly with its diacritics places the copy as its ASCII spelling does.
LATIN_UPPER = "A-Z" + "".join(
    c for c in map(chr, (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))) if c.isupper()
)
LATIN_LOWER = "a-z" + "".join(
    c for c in map(chr, (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))) if c.islower()
)
_CAPITALISED = patterns.compile(
    rf"\b[{LATIN_UPPER}][{LATIN_LOWER}’'-]+(?: [{LATIN_UPPER}][{LATIN_LOWER}’'-]+)?"
)


@dataclass(frozen=True, slots=True)
class Geography:
    """Countries an article points at, with weights (mentions)."""

    countries: dict[str, float]
    # Countries the text names only as a border ("near the Syrian border", "the frontier with
    # Libya"): the places it is about lie beside them, not in them.
    borders: frozenset[str] = frozenset()
    # Countries the text names only as actors ("a Russian cargo ship docked at X", "Sudan's
    # warring sides sent delegations to X"): they set no country, so a looser reading of the
    # copy (``garbles.loose_geography``) must not take them for its setting either.
    actors: frozenset[str] = frozenset()
    # Countries of the region the text names only by their armed forces ("Israeli tanks
    # pushed into X", "Turkish drones struck X"): a country's forces fight at home and across
    # its borders alike, so the places they act on may lie in a land neighbour too.
    forces: frozenset[str] = frozenset()

    def __contains__(self, code: object) -> bool:
        return code in self.countries

    def weight(self, code: str) -> float:
        return self.countries.get(code, 0.0)

    def codes(self) -> frozenset[str]:
        return frozenset(self.countries)

    def inside(self) -> frozenset[str]:
        """The countries the places named lie in: those named other than as a border, when
        there are any (copy about Tunisia "near the Algerian border" is set in Tunisia); else,
        where every country is named as a border, their neighbours ("close to the Tunisian
        border": Algeria, Libya; "close to the Indian border": Pakistan,
        :func:`neighbours_across`) and those countries. A country outside the region named as
        an actor ("Russian bombers took off from X") faces no neighbour: who acts abroad sets
        no side of a border."""
        inside = frozenset(self.countries) - self.borders
        if inside:
            return inside
        return (
            frozenset(self.countries)
            | neighbours_of(self.borders)
            | neighbours_across(self.borders - self.actors)
        )

    def __bool__(self) -> bool:
        return bool(self.countries)


@cache
def _country_words() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """The country words by their first word (the run of word characters they begin with),
    longest first, and the map folded word -> ISO code; kept as a pickle named after its inputs
    (issue 13: cold start)."""
    from tqcheck.gazetteer import cache_files, iso

    inputs = [
        __file__,
        *cache_files.fold_inputs(),
        cache_files.data_file("country_words.tsv"),
        iso.__file__,
        cache_files.package_file("pycountry", "databases", "iso3166-1.json"),
    ]
    return cache_files.table("country-words", inputs, _read_country_words, tuple)


_FIRST_RUN = patterns.compile(r"\w*")


def _read_country_words() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    from tqcheck.gazetteer import iso

    words: dict[str, str] = {}
    for country in iso.countries():
        for value in (country.name, country.common_name, country.official_name):
            if value and "," not in value:
                words[value.removeprefix("the ")] = country.code
    text = resources.files("tqcheck.data").joinpath("country_words.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _, listed = line.partition("\t")
        for word in listed.split("|"):
            if word.strip():
                words[word.strip()] = code.strip()
    by_run: dict[str, list[str]] = {}
    for word in sorted(words, key=patterns.longest_first):
        run = _FIRST_RUN.match(word)
        # a word that begins with another character (none does) under that character
        by_run.setdefault(run.group() if run and run.group() else word[0], []).append(word)
    return (
        {run: tuple(found) for run, found in by_run.items()},
        {fold(word): code for word, code in words.items()},
    )


# A word begins a country word where no letter or hyphen comes before it. A word joined by a
# hyphen names the country only where the compound says who holds a place
# ("Pakistan-administered Kashmir"), not who acts ("Iran-backed", "Saudi-led").
_WORD_START = patterns.compile(r"(?<![\w-])\w+")
_ANY_START = patterns.compile(r"(?<![\w-])(?:\w+|\W)")  # where a word begins with punctuation
_COUNTRY_WORD_END = patterns.compile(
    r"(?!\w)(?!-(?!(?:administered|controlled|held|occupied|ruled)\b))"
)


@cache
def _word_starts() -> re.Pattern[str]:
    """Where a country word may begin: a word, or any character where one begins with
    punctuation."""
    plain = all(_FIRST_RUN.match(run).group() for run in _country_words()[0])  # type: ignore[union-attr]
    return _WORD_START if plain else _ANY_START


def country_words_in(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each country word in ``text``, left to right, the longest at each
    place ("the Democratic Republic of the Congo", not "Congo"), none overlapping. Each word of
    the text costs one dictionary lookup: a pattern of every country word took 15 ms to compile
    (issue 13: cold start) and was slow on a large file without a guard on first letters."""
    by_run = _country_words()[0]
    after = 0
    for run in _word_starts().finditer(text):
        start = run.start()
        if start < after:
            continue
        found = _country_word_chain(text, start, run.group(), by_run)
        if found:
            yield from found
            after = found[-1][1]


def _country_word_chain(
    text: str, start: int, run: str, by_run: dict[str, tuple[str, ...]]
) -> list[tuple[int, int, str]]:
    """The country word at ``start`` (whose first run of word characters is ``run``) and, where
    a hyphen joins it to more country words, each of them: "the Saudi-Kuwaiti border", "the
    Iran-Iraq war" name both countries; none where a hyphen joins another word ("Iran-backed")."""
    for word in by_run.get(run, ()):
        end = start + len(word)
        if not text.startswith(word, start):
            continue
        if _COUNTRY_WORD_END.match(text, end):
            return [(start, end, word)]
        if text.startswith("-", end) and (following := _FIRST_RUN.match(text, end + 1)):
            rest = _country_word_chain(text, end + 1, following.group(), by_run)
            if rest:
                return [(start, end, word), *rest]
    return []


def _listed(name: str) -> dict[str, frozenset[str]]:
    """A data table of a key, a tab and ``|``-separated ISO codes (``#`` lines are comments):
    the key -> its codes."""
    text = resources.files("tqcheck.data").joinpath(name).read_text("utf-8")
    table: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, listed = line.partition("\t")
            table[key.strip()] = frozenset(c for c in listed.strip().split("|") if c)
    return table


@cache
def land_borders() -> dict[str, frozenset[str]]:
    """ISO code -> the countries it shares a land border with (``land_borders.tsv``: the
    region's countries)."""
    return _listed("land_borders.tsv")


@cache
def unnamed_territories() -> dict[str, frozenset[str]]:
    """ISO code -> the territories that copy set in that country reports on without naming
    them (``unnamed_territories.tsv``: Israel's copy and the West Bank's towns)."""
    return _listed("unnamed_territories.tsv")


def neighbours_of(codes: Iterable[str]) -> frozenset[str]:
    """The countries that share a land border with any of ``codes`` (:func:`land_borders`);
    ``codes`` themselves only where they border one another."""
    borders = land_borders()
    return frozenset().union(*(borders.get(code, frozenset()) for code in codes))


def neighbours_across(codes: Iterable[str]) -> frozenset[str]:
    """The countries across the borders of ``codes`` (:func:`neighbours_of`), and, for a
    country outside the region that ``land_borders.tsv`` gives no row of its own (India,
    Ethiopia, Mali, China), the region's countries whose rows name it: copy that names only
    "the Indian border" is about a place on its other side, in Pakistan."""
    borders = land_borders()
    found = set(neighbours_of(codes))
    for code in codes:
        if code not in borders:
            found |= _named_as_neighbour().get(code, frozenset())
    return frozenset(found)


@cache
def _named_as_neighbour() -> dict[str, frozenset[str]]:
    """A country ``land_borders.tsv`` has no row of -> the countries whose rows name it."""
    borders = land_borders()
    found: dict[str, set[str]] = {}
    for code, listed in borders.items():
        for each in listed:
            if each not in borders:
                found.setdefault(each, set()).add(code)
    return {code: frozenset(each) for code, each in found.items()}


def country_of_word(word: str) -> str | None:
    """The ISO code a country word names ("Lebanese" -> LB), else None."""
    return _country_words()[1].get(fold(word))


def sections(document: Document) -> list[tuple[int, int]]:
    """Character ranges of the separate articles of a document (computed once per document)."""
    cached = document.analyses.get("place_sections")
    if cached is not None:
        return cached
    starts = [0]
    for index, block in enumerate(document.blocks):
        if (
            index
            and block.kind == BlockKind.HEADING
            and (block.level == 1 or block.blank_lines_before >= 2)
        ):
            starts.append(block.start)
    ends = [*starts[1:], len(document.plain)]
    found = document.analyses["place_sections"] = list(zip(starts, ends, strict=True))
    return found


def section_geographies(document: Document) -> list[tuple[int, int, Geography]]:
    """(start, end, geography) of each section, computed once per document."""
    cached = document.analyses.get("place_geography")
    if cached is not None:
        return cached
    found = [
        (start, end, geography_of(document.plain[start:end])) for start, end in sections(document)
    ]
    document.analyses["place_geography"] = found
    return found


def geography_at(document: Document, offset: int) -> Geography:
    found = section_geographies(document)
    i = bisect_right(found, offset, key=lambda section: section[0]) - 1
    if i >= 0 and found[i][0] <= offset < found[i][1]:
        return found[i][2]  # sections are contiguous and in order
    return Geography({})


# A wire dateline in capitals opening a line ("TEHRAN -", "BEIRUT (Reuters) -", "SANAA, Jan 9
# -"): the place is written in capitals, which the name readers (capitalised words) skip. One
# word of four letters or more, or several words: "US -", "UAE -" are the acronyms they read.
_CAPITALS_DATELINE = patterns.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z'’-]{3,}(?:[ \t][A-Z][A-Z'’-]+){0,2}"
    r"|[A-Z]+(?:[ \t][A-Z][A-Z'’-]+){1,2})"
    r"(?=(?:,[ \t]+[^\n]{1,30}?)?[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?[-–—][ \t])",
    re.MULTILINE,
)


def _dateline_in_title_case(text: str) -> str:
    """``text`` with each wire dateline written in capitals at a line's start written as a name
    ("TEHRAN - Dust storms": "Tehran - Dust storms"), the same length, so that the copy's
    geography reads the place as it reads "Tehran -"."""
    if not _CAPITALS_DATELINE.search(text):
        return text
    return _CAPITALS_DATELINE.sub(lambda hit: hit.group("place").title(), text)


def geography_of(text: str) -> Geography:
    """Countries a text names: by country word (a people several countries share for each of
    them), by first-level unit of the region, by group, site or landmark where it names a
    country or unit, and by well-known place; a dateline in capitals is read as the name
    (:func:`_dateline_in_title_case`: "TEHRAN - Dust storms closed offices in X")."""
    text = _dateline_in_title_case(text)
    codes = _country_words()[1]
    counts: Counter[str] = Counter()
    spans: list[tuple[int, int]] = []
    elsewhere: set[str] = set()  # named at least once other than as a border
    hits = list(country_words_in(text))
    # a hyphenated compound ("the Saudi-Kuwaiti border") is read whole for what follows it
    compound = [(start, end) for start, end, _ in hits]
    joined = [
        hits[i + 1][0] == hits[i][1] + 1 and text.startswith("-", hits[i][1])
        for i in range(len(hits) - 1)
    ]
    for i in range(len(hits) - 2, -1, -1):
        if joined[i]:
            compound[i] = (compound[i][0], compound[i + 1][1])
    for i in range(1, len(hits)):
        if joined[i - 1]:
            compound[i] = (compound[i - 1][0], compound[i][1])
    actors: set[str] = set()
    forces: set[str] = set()  # named as a force of the region ("Israeli tanks")
    plain: set[str] = set()  # named otherwise
    origin_end = -1  # where the last country word read as an origin ends ("from Iraq and ...")
    for i, ((start, end, word), (whole_start, whole_end)) in enumerate(
        zip(hits, compound, strict=True)
    ):
        code = codes.get(fold(word))
        if code and code in STATES_NAMED_AS_COUNTRIES and _state_before(text, whole_start, code):
            code = STATES_NAMED_AS_COUNTRIES[code][0]  # "Tucker, Georgia": the US state
        if code:
            spans.append((start, end))
            if _DESTINATION.search(text, max(0, whole_start - 40), whole_start):
                continue  # "migrants bound for Spain": where they go, not where the copy is
            j = i + 1
            while j < len(hits) and hits[j][0] < whole_end:
                j += 1  # past the rest of a hyphenated compound
            following = hits[j][0] if j < len(hits) else -1
            if (
                _CROSSED_INTO.search(text, max(0, whole_start - 40), whole_start)
                and not _ENTRY_POINT_AFTER.match(text, whole_end)
                and not _force_in_sentence(text, whole_start)
            ) or _VISAS_AFTER.match(text, whole_end):
                # "smugglers tried to cross into Tunisia", "waiting for Egyptian visas": at its
                # border, as a border
                counts[code] += 1.0
                continue
            if (
                _FROM_ABROAD.search(text, max(0, whole_start - 40), whole_start)
                or _CAME_FROM.search(text, max(0, whole_start - 40), whole_start)
                or _origin(text, whole_start, origin_end, whole_end, following)
            ):
                # "fired from Yemen", "returnees from Pakistan", "most guests came from
                # Algeria": beside it, as a border
                counts[code] += 1.0
                origin_end = whole_end
                continue
            if (code not in _region() or code in region_parts()) and _INSTITUTION_AFTER.match(
                text, whole_end
            ):
                # "the American University in X", "the British Council in X": an institution
                # a country outside the region runs abroad, where the copy is (an actor)
                counts[code] += 1.0
                actors.add(code)
                continue
            if _SPONSOR_BEFORE.search(text, max(0, whole_start - 30), whole_start):
                # "forces backed by the United Arab Emirates": who backs a side, as an
                # "Iran-backed" compound names it, sets no country (an actor)
                actors.add(code)
                continue
            if _COUNTERPART_BEFORE.search(
                text, max(0, whole_start - 30), whole_start
            ) or _FLED_TO.search(text, max(0, whole_start - 60), whole_start):
                # "reopened to trade with Iraq", "who fled X to Chad": across a border
                counts[code] += 1.0
                if code not in _region() or code in region_parts():
                    # "shipments to France", "the rail line to China": a trading partner
                    # outside the region sets no side of a border the copy is at, as an actor
                    actors.add(code)
                continue
            owner = _province_named_by(text, hits, i, code)
            if owner is not None:
                # "West Azerbaijan province", "Iranian Azerbaijan": Iran's, not Azerbaijan
                counts[owner] += 1.0
                elsewhere.add(owner)
                plain.add(owner)
                continue
            last = _listed_end(text, hits, compound, i)
            actor = _actor(text, whole_start, whole_end, last, code)
            if actor is None and _forces_after(text, whole_end, code):
                forces.add(code)
            else:
                plain.add(code)
            if actor is not None:
                if actor != "away":
                    # "clashes with Afghan forces", "US aircraft struck X": across a border
                    counts[code] += 1.0
                if actor != "border":
                    actors.add(code)  # "a Russian cargo ship docked at X": who acts, not where
                continue
            travellers = _travellers().match(text, whole_end)
            if travellers is not None:
                if travellers.group("fled"):
                    counts[code] += 1.0  # "Syrian refugees in X": by the border, not in it
                continue  # "German tourists off X": the copy is not set in Germany
            people = shared_peoples().get(word)
            if (
                people
                and not _state_after().match(text, whole_end)
                and not _names_a_border(text, whole_start, whole_end)
            ):
                # "Arab, Kurdish and Turkmen parties": a people of several countries, its
                # namesake country first ("Turkmen authorities" name the state alone)
                for each in people:
                    counts[each] += 1.0 if each == code else 0.5
                    elsewhere.add(each)
                continue
            # "the Gulf of Oman": a sea named after a country borders several
            named = _feature_named_after(text, start, word) or {code}
            for each in named:
                counts[each] += 1.0
                if not _names_a_border(text, whole_start, whole_end):
                    elsewhere.add(each)
    for code in _units_named_in(text, spans):
        counts[code] += 1.0  # "Floods in Mazandaran province": Iran
        elsewhere.add(code)
        plain.add(code)
    # in copy that names a country or a unit, a group, site or landmark of another ("Israeli
    # jets struck ..., Houthi-run media said", "the Bab al-Hawa crossing"); copy naming neither
    # reads every clue more loosely (``garbles.loose_geography``)
    for code in site_countries_in(text, spans) if counts else ():
        counts[code] += 1.0
        elsewhere.add(code)
        plain.add(code)
    ends: list[str] = []  # the countries of the places named as a journey's far end
    for code, weight in _well_known_places(text, spans, not counts, ends).items():
        counts[code] += weight
        elsewhere.add(code)
        plain.add(code)
    for code, times in Counter(ends).items():
        if times > 1:  # "buses from Aleppo to Idlib": a journey within one country, its setting
            counts[code] += 0.5
            elsewhere.add(code)
            plain.add(code)
        elif code not in counts:
            actors.add(code)
    for code in _reference_cities_in(text, spans) if counts else ():
        counts[code] += 0.5
        elsewhere.add(code)
        plain.add(code)
    return Geography(
        dict(counts),
        frozenset(counts) - elsewhere,
        frozenset(actors - elsewhere),
        frozenset(forces - plain),
    )


_COMPASS_BEFORE = patterns.compile(
    r"\b(?P<compass>(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:[Ee]ast|[Ww]est))?)\s+$"
)
_OWNER_GAP = patterns.compile(r"(?:['’]s)?\s+")


def _province_named_by(
    text: str, hits: list[tuple[int, int, str]], i: int, code: str
) -> str | None:
    """The other country of the region whose first-level unit the country word ``hits[i]``
    names, or none: after a compass word where the two make the unit's name ("East Azerbaijan
    province", "West Azerbaijan": Iran's, ``region_units``), or right after another country's
    adjective or possessive where that country has a unit named with the word ("Iranian
    Azerbaijan", "Iran's Azerbaijan provinces"). A country's name that is also a part of a
    neighbour's name sets the neighbour, not the country ("towns of West Azerbaijan province"
    are in Iran)."""
    start, _end, word = hits[i]
    units = region_units()
    compass = _COMPASS_BEFORE.search(text, max(0, start - 16), start)
    if compass is not None:
        owner = units.get(_unit_key(f"{compass.group('compass')} {word}"))
        if owner is not None and owner != code:
            return owner
    if i == 0:
        return None
    _, before_end, before = hits[i - 1]
    gap = _OWNER_GAP.fullmatch(text, before_end, start)
    owner = _country_words()[1].get(fold(before))
    if gap is None or owner is None or owner == code:
        return None
    key = _unit_key(word)
    if any(country == owner and key in name for name, country in units.items()):
        return owner
    return None


# Countries of the region that share their name with a first-level unit abroad: the unit's
# country and GeoNames first-level code. Georgia is also a US state; no other country of the
# region names a US state, a Canadian province or an Australian state (``country_words.tsv``).
STATES_NAMED_AS_COUNTRIES: dict[str, tuple[str, str]] = {"GE": ("US", "GA")}
# The least population of a town that sets its country word's state ("Tucker, Georgia").
STATE_TOWN_POPULATION = 1_000
# "Tucker, Georgia": up to three capitalised words and a comma right before the country word.
_TOWN_AND_COMMA_BEFORE = patterns.compile(
    rf"(?:^|[^{LATIN_UPPER}{LATIN_LOWER}’'.-])(?P<town>[{LATIN_UPPER}][{LATIN_LOWER}’'.-]+"
    rf"(?:[ \t]+[{LATIN_UPPER}][{LATIN_LOWER}’'.-]+){{0,2}}),[ \t]+$"
)
# "the US state of Georgia", "the American state of Georgia".
_STATE_OF_BEFORE = patterns.compile(r"\b(?:US|U\.S\.|American)\s+state\s+of\s+$")


def _state_before(text: str, start: int, code: str) -> bool:
    """The country word at ``start`` names the first-level unit abroad that shares its name
    (``STATES_NAMED_AS_COUNTRIES``): "the US state of Georgia", or a town's name and a comma
    right before it, the town's own name in that unit and none of the country's
    (:func:`town_of_the_state`: "Tucker, Georgia", "Savannah, Georgia"). Wire copy writes a US
    town with its state as it writes a town with its country; a Syrian family in Clarkston,
    Georgia lives in the United States."""
    before = text[max(0, start - 60) : start]
    if _STATE_OF_BEFORE.search(before):
        return True
    hit = _TOWN_AND_COMMA_BEFORE.search(before)
    return hit is not None and town_of_the_state(hit.group("town"), code)


def town_of_the_state(name: str, code: str) -> bool:
    """``name`` is the own name of a town of ``STATE_TOWN_POPULATION`` or more in the
    first-level unit abroad that shares country ``code``'s name (``STATES_NAMED_AS_COUNTRIES``),
    and of no place of that country: "Tucker" (Georgia, US), not "Batumi"."""
    from tqcheck.gazetteer.mentions import geonames_index

    state = STATES_NAMED_AS_COUNTRIES.get(code)
    if state is None:
        return False
    folded = fold(name)
    places = geonames_index().exact(name)
    if any(place.country == code for place in places):
        return False
    return any(
        place.country == state[0]
        and place.admin1 == state[1]
        and place.population >= STATE_TOWN_POPULATION
        and fold(place.name) == folded
        for place in places
    )


@cache
def _state_after() -> re.Pattern[str]:
    """A pattern, matched after a people's word, for a noun of the state or of a country's
    places (``state_nouns.txt``): the people's namesake country acts ("Turkmen authorities",
    "the Uzbek president", "Tajik border guards", "the southern Kyrgyz city of Osh"), not the
    people."""
    from tqcheck.lexicon import word_list

    nouns = sorted(word_list("state_nouns"), key=patterns.longest_first)
    listed = "|".join(
        r"\s+".join(re.escape(w) for w in noun.split())
        # a town the people's word describes, no name after it, is the people's: "Many
        # houses in the Turkmen town are still in ruins" (Tal Afar, Iraq); "the Kyrgyz city
        # of Osh" names the state's
        + (r"(?=\s+of\b)" if noun in _PEOPLES_TOWNS else "")
        for noun in nouns
    )
    return patterns.compile(rf"\s+(?:{listed})\b")


_PEOPLES_TOWNS = frozenset(["town", "towns", "city", "cities"])


@cache
def shared_peoples() -> dict[str, tuple[str, ...]]:
    """A country word that is also the word for a people native to several of the region's
    countries ("Turkmen": Turkmenistan, Iraq, Iran, Syria, Afghanistan, Turkey) -> those
    countries, its namesake first (``shared_peoples.tsv``)."""
    text = resources.files("tqcheck.data").joinpath("shared_peoples.tsv").read_text("utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, _, listed = line.partition("\t")
            table[word.strip()] = tuple(c for c in listed.strip().split("|") if c)
    return table


# The capital letters of the Latin alphabets the region's units are named in ("Şırnak",
# "İzmir", "Çorum", "Ḩaḑramawt").
_CAPITALS = "A-Z" + "".join(
    c for c in map(chr, (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))) if c.isupper()
)
# A run of capitalised words, joined by "and" or "of" ("Sistan and Baluchestan", "Kohgiluyeh
# and Boyer-Ahmad"), after an Arabic article joined by a hyphen or not ("al-Anbar"): where the
# name of a first-level unit may begin and end.
UNIT_RUN = patterns.compile(
    rf"(?<![\w’'‘-])(?:(?:[Aa][dlnrstz]|[Aa]sh|[Ee][dlsz])-)?[{_CAPITALS}][\w’'‘-]*"
    rf"(?:(?: and| of)? [{_CAPITALS}][\w’'‘-]*){{0,3}}"
)


def unit_runs(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each run of capitalised words of ``text`` where a unit's name may stand
    (:data:`UNIT_RUN`), with its name: the run less a sentence's opening "The" ("The Mazandaran
    governor")."""
    from tqcheck.lexicon import is_function_word

    for run in UNIT_RUN.finditer(text):
        whole = run.group()
        first, _, rest = whole.partition(" ")
        yield run, rest if rest and is_function_word(first) else whole


def _units_named_in(text: str, taken: list[tuple[int, int]]) -> Iterator[str]:
    """The country of each first-level unit of the region's countries that ``text`` names by a
    name no other country's unit has (:func:`region_units`: "Mazandaran", "Hadramawt",
    "Karakalpakstan"), outside the country words at ``taken``, where the name reads as the unit
    (:func:`unit_name_reads`). A name is a whole run of capitalised words, less a sentence's
    "The", or a whole part of a run joined by "and" or "of" ("between Duhok and Zakho"): never
    a word inside a longer name ("Saâda" of "Bou Saâda" is no Yemeni province)."""
    units = region_units()
    starts = [a for a, _ in taken]
    for run, whole in unit_runs(text):
        k = bisect_right(starts, run.start()) - 1
        if k >= 0 and run.start() < taken[k][1]:
            continue  # a country word's run ("Kurdistan Region")
        owned = possessive_owner(whole)
        if owned is not None and _UNIT_OWNS.match(text, run.end()):
            # "Sindh's Mirpurkhas division", "Balochistan's Kech district", "Sindh's chief
            # minister": the unit that owns a district or an office, read as the unit alone
            # is (not "Saleh's Castle said": a name of its own)
            whole = owned[0]
        code = units.get(_unit_key(whole))
        if code is not None:
            if unit_name_reads(whole, code):
                yield code
            continue
        parts = JOINER.split(whole)
        if len(parts) > 1:
            for part in parts:
                code = units.get(_unit_key(part))
                if code is not None and unit_name_reads(part, code):
                    yield code


JOINER = patterns.compile(r" (?:and|of) ")
# What a unit's possessive owns where it names the unit: a part of it or an office of it.
_UNIT_OWNS = patterns.compile(
    r"\s+(?:[a-z]+\s+)?(?:district|division|province|region|governorate|county|capital|"
    r"governor|government|chief|coast|border|police|assembly|council|interior|countryside)\b"
)


def _unit_key(name: str) -> str:
    """``admin_units``' key of a unit's name: folded, without its Arabic article, final "h" and
    doubled letters ("Al Başrah" and "Basra" -> "basra")."""
    from tqcheck.gazetteer.admin_units import unit_key as key

    return key(name)


@cache
def unit_name_reads(name: str, code: str) -> bool:
    """``name`` of a unit of ``code`` reads as that unit: no ordinary English word or given name
    ("Babylon", "Lori"), no world region ("Balkan"), no subdivision of another country, and not
    the own name of a well-known place (100,000+) elsewhere ("Tripoli" is also Lebanon's second
    city). A place abroad that only records the name as another of its names ("Homs" for
    Libya's Al Khums), or a small town abroad so named (Kerman, California), is no reading a
    reader has in mind (``_well_known``)."""
    from tqcheck.gazetteer.index import default_gazetteer
    from tqcheck.gazetteer.mentions import geonames_index
    from tqcheck.gazetteer.region import is_world_region
    from tqcheck.gazetteer.words import is_english_word

    if is_english_word(name.strip("’'‘")) or default_gazetteer().is_given_name(name):
        return False
    if is_world_region(name) or is_world_region(name + "s"):
        return False  # "the Balkan route": the Balkans, not Turkmenistan's Balkan region
    for place, relation in geonames_index().exact_ranked(name):
        if place.country == code:
            continue
        if place.kind == "subdivision":
            return False
        if (
            place.kind == "place"
            and relation != "alternate"
            and place.population >= WELL_KNOWN_POPULATION
        ):
            return False
    return True


@cache
def region_units() -> dict[str, str]:
    """Unit key (``admin_units``' fold) -> country, for the first-level units of the region's
    countries (but Russia's, read by ``region_parts``): their ISO 3166-2 names and the English
    names of ``admin_unit_names.tsv`` and ``region_unit_names.tsv``, each a name no unit of
    another country anywhere has ("Punjab" is Pakistan's and India's). Kept as a pickle named
    after its inputs."""
    from tqcheck.gazetteer import admin_units, cache_files, iso

    inputs = [
        __file__,
        *cache_files.fold_inputs(),
        admin_units.__file__,
        cache_files.data_file("admin_unit_names.tsv"),
        cache_files.data_file("region_unit_names.tsv"),
        cache_files.data_file("region_parts.tsv"),
        iso.__file__,
        cache_files.package_file("pycountry", "databases", "iso3166-2.json"),
    ]
    # the region (``garbles.ARABIC_SCRIPT_REGION``) is a fact of the table too
    facts = [",".join(sorted(_region()))]
    return cache_files.table("region-units", inputs, _read_region_units, dict, facts=facts)


def _read_region_units() -> dict[str, str]:
    """:func:`region_units`' table, from the data files and pycountry. An ISO name is keyed by
    its own letters and by plain ASCII too, as wire copy writes it ("Şırnak", "Sirnak"), but
    for the units whose ISO name English copy never uses (``region_unit_names.tsv``: Israel's
    districts, "Al Quds", "Ash Shamālī")."""
    from anyascii import anyascii

    from tqcheck.gazetteer import iso
    from tqcheck.gazetteer.admin_units import rows, split

    countries: dict[str, set[str]] = {}
    for row in rows("admin_unit_names.tsv"):
        for name in split(row[1]):
            countries.setdefault(_unit_key(name), set()).add(row[0].split("-")[0])
    english, instead = region_unit_names()
    for code, names in english.items():
        for name in names:
            countries.setdefault(_unit_key(name), set()).add(code.split("-")[0])
    for code, country, _kind, name in iso.subdivisions():  # every country's, for the clashes
        if code not in instead:
            for key in {_unit_key(name), _unit_key(anyascii(name))}:
                countries.setdefault(key, set()).add(country)
    region = _region() - region_parts().keys()
    return {
        key: code
        for key, found in countries.items()
        if key and len(found) == 1 and (code := next(iter(found))) in region
    }


@cache
def region_unit_names() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """ISO 3166-2 code -> the English names of ``region_unit_names.tsv``, and the codes whose
    ISO name is not read ("instead": Israel's districts, named in Arabic by pycountry)."""
    from tqcheck.gazetteer.admin_units import rows, split

    names: dict[str, tuple[str, ...]] = {}
    instead: set[str] = set()
    for row in rows("region_unit_names.tsv"):
        names[row[0]] = split(row[1]) if len(row) > 1 else ()
        if len(row) > 2 and row[2].strip() == "instead":
            instead.add(row[0])
    return names, frozenset(instead)


def is_unit_english_name(name: str, countries: AbstractSet[str]) -> bool:
    """``name`` is, letter for letter, an English name of a first-level unit of one of
    ``countries`` (``admin_unit_names.tsv``: "Sharqia", "Menoufia"; ``region_unit_names.tsv``:
    "West Azarbaijan"; not by ``admin_units``' looser key), and that unit shares no name with a
    town of its country (Quneitra, Basra: most units are named after their capital): a spelling
    of such a name is the town's, which may be garbled ("Qunaitra")."""
    return any(
        code.split("-")[0] in countries and not _unit_named_after_town(code)
        for code in unit_english_names()[0].get(fold(name), ())
    )


@cache
def unit_english_names() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Folded English name of a first-level unit of the region's countries -> the ISO 3166-2
    codes of the units so named, and code -> its English names, from ``admin_unit_names.tsv``
    and ``region_unit_names.tsv``; kept as a pickle named after its inputs (start-up)."""
    from tqcheck.gazetteer import cache_files

    inputs = [
        __file__,
        *cache_files.fold_inputs(),
        cache_files.data_file("admin_unit_names.tsv"),
        cache_files.data_file("region_unit_names.tsv"),
    ]
    return cache_files.table("unit-english-names", inputs, _read_unit_english_names, tuple)


def _read_unit_english_names() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """:func:`unit_english_names`' tables, from the data files."""
    from tqcheck.gazetteer.admin_units import rows, split

    names: dict[str, list[str]] = {}
    for row in rows("admin_unit_names.tsv"):
        names.setdefault(row[0], []).extend(split(row[1]) if len(row) > 1 else ())
    for code, english in region_unit_names()[0].items():
        names.setdefault(code, []).extend(english)
    codes: dict[str, list[str]] = {}
    for code, english in names.items():
        for name in english:
            codes.setdefault(fold(name), []).append(code)
    return (
        {name: tuple(found) for name, found in codes.items() if name},
        {code: tuple(english) for code, english in names.items()},
    )


@cache
def _unit_named_after_town(code: str) -> bool:
    """One of the English names of unit ``code`` is a town of its country in GeoNames."""
    from tqcheck.gazetteer.mentions import geonames_index

    country = code.split("-")[0]
    return any(
        place.kind == "place" and place.country == country
        for name in unit_english_names()[1].get(code, ())
        for place in geonames_index().exact(name)
    )


@cache
def _region() -> frozenset[str]:
    """The countries whose place names the garble reader reads (``garbles``' region)."""
    from tqcheck.gazetteer.region import ARABIC_SCRIPT_REGION

    return ARABIC_SCRIPT_REGION


@cache
def _travellers() -> re.Pattern[str]:
    """The nouns of ``travellers.txt`` after a country word ("German tourists", "Syrian
    refugees"), the group ``fled`` holding those that set a story by the country's borders."""
    text = resources.files("tqcheck.data").joinpath("travellers.txt").read_text("utf-8")
    away: list[str] = []
    fled: list[str] = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            noun, _, mark = line.partition("\t")
            (fled if mark.strip() == "fled" else away).append(re.escape(noun.strip()))
    return patterns.compile(rf"\s+(?:(?P<fled>{'|'.join(fled)})|{'|'.join(away)})\b")


# A country named as where people or goods are going ("boats carrying migrants bound for
# Spain", "trucks heading for Iraq", "on their way to Europe"): the copy is set where they are.
_DESTINATION = patterns.compile(
    r"\b(?:bound\s+for|head(?:ing|ed)\s+(?:for|to)|en\s+route\s+to|on\s+(?:their|its|his|her)"
    r"\s+way\s+to|(?:trying|attempting|hoping)\s+to\s+reach)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# A country named as the other side of trade, talks or a truce ("markets reopened to trade with
# Iraq", "a truce with Armenia", "the crossing with Syria"): the copy's places lie across a
# border from it, as from a country fire comes from (read as a border, below).
_COUNTERPART_BEFORE = patterns.compile(
    r"\b(?:(?:trade|talks|ties|relations|truce|ceasefire|deal|agreement|crossings?)\s+with"
    # goods sent to a country ("exports to Pakistan had collapsed"): the other side of trade
    # too; not aid or supplies "for" a country, which reach places inside it ("aid for Gaza
    # reached X")
    r"|(?:exports?|shipments?|deliveries|consignments?)\s+to"
    # where a road, railway or pipeline leads ("the rail line to China", "the highway to
    # Iraq"): the country at its other end, across a border
    r"|(?:line|railway|rail\s+link|road|highway|motorway|pipeline)s?\s+(?:in)?to)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# The capitalised head of an institution's name after a country word ("the American
# University in X", "the British Council", "the French Institute", "the German Embassy"): a
# country outside the region names its institution abroad, not the copy's setting.
_INSTITUTION_AFTER = patterns.compile(
    r"\s+(?:University|College|School|Hospital|Institute|Academy|Council|Embassy|Consulate|"
    r"Mission|Cultural\s+(?:Centre|Center))\b"
)

# A country named as the backer of a side ("forces backed by the United Arab Emirates",
# "fighters funded by Iran"): who backs a side abroad, as "Iran-backed" and "Saudi-led" name
# it (``_country_word_chain``), no setting.
_SPONSOR_BEFORE = patterns.compile(
    r"\b(?:backed|supported|funded|financed|armed|sponsored)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# ... and as where people fled to ("survivors who fled X to Chad", "families fleeing into
# Turkey"): refugees cross a border, so the places they fled lie across it.
_FLED_TO = patterns.compile(
    r"\bfle(?:d|e|es|eing)\b(?:\s+[\w'’-]+){0,6}?\s+(?:to|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# A country named as where fire, smugglers or fighters come from ("a rocket fired from Syria",
# "smugglers crossing from Lebanon", "livestock driven across from Kazakhstan"): the copy's
# places lie beside it, across a border, not in it; it is read as a border
# (``Geography.inside``: its neighbours too where no other country is named). A country that
# acts (its forces, ships, envoys, help: ``_actor``) is read so too, or not at all.
_FROM_ABROAD = patterns.compile(
    r"\b(?:(?:fired|launched|shot|lobbed|crossing|crossed|smuggled|infiltrated|sneaked|slipped)"
    r"\s+(?:(?:in|over|back)\s+)?|across\s+(?:the\s+(?:border|frontier)\s+)?"
    # a crossing's own words between ("returnees crossed at X from Iran", "most had crossed the
    # desert from Niger"): where they crossed from, as right after the verb
    r"|cross(?:es|ed|ing)?(?:\s+(?!from\b)[\w’'-]+){1,4}?\s+)from\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# A country named as where people or goods cross into ("smugglers tried to cross into Tunisia",
# "families crossed into Lebanon from X"): the copy is at its border, on either side; read as a
# border (the country and its neighbours where the copy names no other), not where forces go
# ("Turkish troops crossed into Syria": :func:`_force_in_sentence`) nor by the place named
# right after it (``_ENTRY_POINT_AFTER``).
_CROSSED_INTO = patterns.compile(
    r"\bcross(?:es|ed|ing)?\s+(?:(?:the\s+)?(?:border|frontier)\s+)?(?:back\s+)?into\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# The place a crossing enters a country by, named right after it ("refugees crossed into Chad
# at X"): X is in the country, which the copy is set in (not "cross into Tunisia at night").
_ENTRY_POINT_AFTER = patterns.compile(r"\s+(?:at|via|through|near)\s+(?:the\s+)?[A-Z]")
# A country's visas after its word ("waited in X for Egyptian visas"): who waits for them is
# outside it, at its border.
_VISAS_AFTER = patterns.compile(r"\s+(?:(?:entry|transit|tourist|exit)\s+)?visas?\b")
_SENTENCE_START = patterns.compile(r"[.!?\n][\"”’']?\s+")


def _force_in_sentence(text: str, start: int) -> bool:
    """The sentence before ``start`` names armed forces (a noun marked ``force`` in
    ``actor_nouns.txt``: "Turkish troops crossed into ...")."""
    opening = 0
    for hit in _SENTENCE_START.finditer(text, max(0, start - 200), start):
        opening = hit.end()
    return _force_nouns().search(text, opening, start) is not None


@cache
def _force_nouns() -> re.Pattern[str]:
    """A pattern for the nouns of ``actor_nouns.txt`` marked ``force``, as whole words."""
    marks = _actor_nouns()[1]
    nouns = sorted((n for n, m in marks.items() if m == "force"), key=patterns.longest_first)
    return patterns.compile(rf"\b(?:{'|'.join(re.escape(n) for n in nouns)})\b")


# People said to come from a country ("Most guests came from Algeria and Germany", "Most were
# from Afghanistan", "many of them from Iraq"): where they come from, read as a border. A
# copula only after a quantifier standing for the people ("Most were from", "all of them are
# from"): after any subject it names a country as the copy's own ("soldiers killed in X were
# from the Iraqi army") or an actor ("the statement was from Iran's foreign ministry").
_CAME_FROM = patterns.compile(
    r"\b(?:came|come|comes|coming|them|(?:most|many|all|some|half|several|both)"
    r"(?:\s+of\s+them)?\s+(?:were|are|was))\s+(?:(?:all|mostly|originally)\s+)?"
    r"from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@cache
def _actor_nouns() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for what may follow a country word that names an actor (``actor_nouns.txt``:
    "'s warring sides", " cargo ship", " help"; the noun in group ``noun``, at most one word
    before it, in group ``before``, that is no verb or function word, no past form and no
    third-person verb: "Iraq needs help", "Egypt attracts investment"), and noun -> its mark
    ("force", "home")."""
    from tqcheck.lexicon import word_list

    text = resources.files("tqcheck.data").joinpath("actor_nouns.txt").read_text("utf-8")
    marks: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            noun, _, mark = line.partition("\t")
            marks[noun.strip()] = mark.strip()
    nouns = "|".join(re.escape(n) for n in sorted(marks, key=patterns.longest_first))
    # the word between is an adjective or a noun ("cargo ship"): no verb, no function word
    # ("Jordan with help from a Dutch university" names no Jordanian help); a word ending in
    # "-ed" is a past form, one in a single "-s" a verb ("Iraq needs help") where it is no
    # plural, which English seldom puts before a noun ("armed forces" is a noun of the list)
    skipped = word_list("verbs") | word_list("function_words")
    others = "|".join(re.escape(v) for v in sorted(skipped, key=patterns.longest_first))
    pattern = (
        rf"(?:['’]s)?(?:\s+(?!(?:{others})\b)(?P<before>[a-z][a-z-]*)(?<!ed)(?<![^s]s))?"
        rf"\s+(?P<noun>{nouns})\b"
    )
    return patterns.compile(pattern), marks


@cache
def _origin_words() -> re.Pattern[str]:
    """A pattern, searched before a country word, for a word of ``origin_words.txt`` and
    "from" ("returnees from", "refugees from")."""
    from tqcheck.lexicon import word_list

    words = "|".join(re.escape(w) for w in sorted(word_list("origin_words")))
    return patterns.compile(rf"\b(?i:{words})\s+(?:home\s+)?from\s+(?:the\s+)?$")


# a country word in a list after another ("from Iraq and Pakistan", "from Iraq, Syria and
# Jordan"); after a bare comma only where the list goes on ("from Syria, Turkey said" names
# Turkey as who speaks)
_LIST_GAP = patterns.compile(r"(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?")
_LIST_END = patterns.compile(r",?\s+(?:and|or)\s+(?:the\s+)?")
_WITH_BEFORE = patterns.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)


def _origin(text: str, start: int, origin_end: int, end: int, next_start: int) -> bool:
    """The country word at ``start:end`` names where people or goods come from ("returnees
    from Pakistan", "pilgrims from Iraq and Pakistan": ``origin_words.txt``), the last country
    word so read ending at ``origin_end``; the next country word begins at ``next_start`` (-1:
    none). A country word after a bare comma continues the list only where another follows it
    ("from Iraq, Syria and Jordan"; not "from Syria, Turkey said on Monday")."""
    gap = _LIST_GAP.fullmatch(text, origin_end, start) if origin_end >= 0 else None
    if gap and (
        _LIST_END.fullmatch(gap.group())
        or (next_start >= 0 and _LIST_GAP.fullmatch(text, end, next_start))
    ):
        return True
    return _origin_words().search(text, max(0, start - 40), start) is not None


def _listed_end(
    text: str, hits: list[tuple[int, int, str]], compound: list[tuple[int, int]], i: int
) -> int:
    """Where the list of country words that hit ``i`` opens ends ("Iranian and U.S.
    negotiators", "Saudi, Emirati and Qatari envoys"): a noun after the last one is each one's
    (``_actor``); the hit's own end where no other country word follows it in a list."""
    end = compound[i][1]
    j = i + 1
    while j < len(hits):
        if hits[j][0] < end:
            j += 1  # the rest of a hyphenated compound
            continue
        if not _LIST_GAP.fullmatch(text, end, hits[j][0]):
            break
        end = compound[j][1]
        j += 1
    return end


def _actor(text: str, start: int, end: int, last: int, code: str) -> str | None:
    """How the country word at ``start:end`` counts where it names an actor rather than a
    setting (``actor_nouns.txt``: "Russian troops occupied X", "a Russian cargo ship docked at
    X", "run with Russian help", "Sudan's warring sides sent delegations to X"): None where it
    names none, or the armed forces, ships, companies, experts, aid workers, investment or loans
    of a country of the region (they are at home as often as abroad: "Malian troops entered
    Kidal", "Egyptian investment in X"); "border" for a country of the region's forces after
    "with" ("clashes with Afghan forces"); "abroad" for a country outside the region or only
    partly in it (Russia), an actor that is also read as a border ("US aircraft struck X":
    ``Geography.actors``, no setting of its own where the copy names no other country); "away"
    for the envoys, sides or help of a country of the region, which go abroad and set nothing
    ("Sudan's warring sides sent delegations to X": Jeddah). ``last``: where the list of
    country words the word opens ends (:func:`_listed_end`), whose noun is each one's."""
    found = _actor_marks(text, end)
    if found is None and last > end:
        found = _actor_marks(text, last)  # "Iranian and U.S. negotiators": the list's noun
    if found is None:
        return None
    if code not in _region() or code in region_parts():
        return "abroad"
    if "force" in found and "home" not in found:
        return "border" if _WITH_BEFORE.search(text, max(0, start - 12), start) else None
    return None if "home" in found else "away"


def _actor_marks(text: str, end: int) -> set[str] | None:
    """The marks (``actor_nouns.txt``) of the actor noun after the country word ending at
    ``end``, and of the word before it ("Egyptian navy ships": the word before the noun may be
    a force too; "" for an unmarked one); None where no actor noun follows."""
    pattern, marks = _actor_nouns()
    hit = pattern.match(text, end)
    if hit is None:
        return None
    return {marks.get(hit.group("before") or "", ""), marks[hit.group("noun")]}


def _forces_after(text: str, end: int, code: str) -> bool:
    """The country word ending at ``end`` names the armed forces of ``code``, a country of the
    region wholly in it ("Israeli tanks", "Turkish drones": a noun marked ``force``, no ship:
    ``_actor`` reads them as the setting)."""
    if code not in _region() or code in region_parts():
        return False
    found = _actor_marks(text, end)
    return found is not None and "force" in found and "home" not in found


_FEATURE_BEFORE = patterns.compile(r"\b(?:(?:Gulf|Sea|Strait|Bay)\s+of\s+(?:the\s+)?|Lake\s+)$")
_FEATURE_AFTER = patterns.compile(r"\s+(?:[Rr]iver|[Vv]alley)\b")


def _feature_named_after(text: str, start: int, word: str) -> frozenset[str] | None:
    """The countries of a sea, gulf, lake, river or valley named after the country word at
    ``start`` ("the Gulf of Oman": Iran, Oman, the UAE; "Lake Chad"; "the Senegal River":
    Senegal, Mauritania, Mali, Guinea), from ``region_features.tsv``; None when it names no such
    feature."""
    hit = _FEATURE_BEFORE.search(text, max(0, start - 20), start)
    if hit is not None:
        return region_features().get(fold(hit.group().replace(" the ", " ") + word))
    after = _FEATURE_AFTER.match(text, start + len(word))
    if after is not None:
        return region_features().get(fold(word + " " + after.group().split()[0]))
    return None


@cache
def region_features() -> dict[str, frozenset[str]]:
    """Folded name of a river, sea, mountain range, desert or historic region of the region ->
    the countries it lies in or borders (``region_features.tsv``)."""
    return {fold(name): codes for name, codes in _listed("region_features.tsv").items()}


@cache
def place_clues() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """A pattern for the names of ``place_clues.tsv`` (armed groups, parties and institutions,
    World Heritage sites and landmarks, names of groups of countries: "Houthi", "Petra", "Suez
    Canal", "Central Asian"), whole words, a hyphenated compound included ("Houthi-run"), and
    name -> the countries it sets copy in."""
    table = place_clue_table()[0]
    names = "|".join(re.escape(n) for n in sorted(table, key=patterns.longest_first))
    # the lookahead on the names' first letters skips most positions at once (_country_words)
    firsts = re.escape("".join(sorted({name[0] for name in table})))
    # a possessive names the group too ("the Taliban's supreme leader")
    return patterns.compile(rf"(?<![\w'’-])(?=[{firsts}])(?:{names})(?![\w]|['’](?!s\b))"), table


def site_countries_in(text: str, taken: list[tuple[int, int]]) -> set[str]:
    """The countries of the clues of ``place_clues.tsv``'s first two parts in ``text`` (armed
    groups, parties and institutions; sites, landmarks and crossings: each in the countries it
    lists), but one within a country word at ``taken`` (the airline "Emirates" of "the United
    Arab Emirates") or first in a hyphenated compound that names no control of a place or body
    ("Taliban-like", "the Hamas-Israel war"; "Houthi-run" counts). Its later parts, names of
    groups of countries ("North Africa", "Gulf states") and of peoples ("Kurdish"), say where
    copy naming no country may be set, not which others copy naming one is about ("Libya ...
    its presence in North Africa")."""
    pattern, table = place_clues()
    sites = _site_clues()
    starts = [a for a, _ in taken]
    found: set[str] = set()
    for hit in pattern.finditer(text):
        k = bisect_right(starts, hit.start()) - 1
        if (
            hit.group() in sites
            and (k < 0 or hit.start() >= taken[k][1])
            and not _COMPARED.match(text, hit.end())
        ):
            found |= table[hit.group()]
    return found


# A hyphenated compound of a clue that names no control of a place or body: a likeness ("his
# Taliban-like destruction"), a pair ("the Hamas-Israel war", "Houthi-Saudi talks"), unlike
# "Houthi-run media", "Hamas-led government".
_COMPARED = patterns.compile(
    r"-(?!(?:run|led|held|controlled|ruled|administered|occupied|"
    r"governed|dominated|appointed|backed|allied|aligned|affiliated|"
    r"linked|owned|operated)\b)"
)


@cache
def _site_clues() -> frozenset[str]:
    """The clues of ``place_clues.tsv`` before its third part ("# 3."): groups, institutions,
    sites and landmarks."""
    return place_clue_table()[1]


@cache
def place_clue_table() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """``place_clues.tsv`` read once: each clue -> its countries (as :func:`_listed` reads a
    table), and the clues before its third part ("# 3.")."""
    text = resources.files("tqcheck.data").joinpath("place_clues.tsv").read_text("utf-8")
    table: dict[str, frozenset[str]] = {}
    sites: set[str] = set()
    third = False
    for line in text.splitlines():
        third = third or line.startswith("# 3.")
        if line.strip() and not line.startswith("#"):
            key, _, listed = line.partition("\t")
            table[key.strip()] = frozenset(c for c in listed.strip().split("|") if c)
            if not third:
                sites.add(key.strip())
    return table, frozenset(sites)


def clue_countries(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """The countries the clues of ``place_clues.tsv`` in ``text[start:end]`` point at, the
    countries only part of which is in the region whose part it names ("Ingushetia": Russia),
    those of the rivers, deserts and ranges it names and of the currencies it prices in
    (:func:`feature_countries_in`, :func:`currency_countries_in`), and those of the companies,
    agencies and leaders it names (:func:`figure_countries_in`)."""
    end = len(text) if end is None else end
    pattern, table = place_clues()
    found: set[str] = set()
    for hit in pattern.finditer(text, start, end):
        found |= table[hit.group()]
    for code, (_, named) in region_parts().items():
        if named.search(text, start, end):
            found.add(code)
    found |= feature_countries_in(text, start, end)
    found |= currency_countries_in(text, start, end)
    found |= figure_countries_in(text, start, end)
    return found


def figure_countries_in(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """The countries of the companies, agencies, unions and leaders of ``region_figures.tsv``
    that ``text[start:end]`` names ("Sonatrach said", "the tomb of Qassem Soleimani"): copy
    naming no country of the region is set where the bodies and people it speaks of belong, as
    a sub-editor reads it. Only through :func:`clue_countries`, read where the article's
    geography names no country, so it never overrides a country the copy names."""
    end = len(text) if end is None else end
    pattern, table = _figure_pattern()
    found: set[str] = set()
    for hit in pattern.finditer(text, start, end):
        found |= table[hit.group()]
    return found


@cache
def _figure_pattern() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """A pattern for the names of ``region_figures.tsv``, whole words and case-sensitive (a
    possessive counts, "Aramco's", and so does a hyphenated compound, "Assad-era", "an
    anti-Erdogan rally"; not a name inside another word), and name -> countries."""
    table = _listed("region_figures.tsv")
    names = "|".join(re.escape(n) for n in sorted(table, key=patterns.longest_first))
    return patterns.compile(rf"(?<![\w'’])(?:{names})(?![\w]|['’](?!s\b))"), table


def currency_countries_in(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """The countries of the currencies of ``currency_words.tsv`` that ``text[start:end]`` uses as
    currencies: a lower-case name (singular or plural) after an amount ("5,000 tenge", "3
    billion dinars"), after "the" and up to two lower-case words ("the strong lira", "the local
    rial") or after "in" ("paid in dinars"): a currency names the country that issues it, where
    "a dram of whisky" names none."""
    end = len(text) if end is None else end
    pattern, table = _currency_pattern()
    found: set[str] = set()
    for hit in pattern.finditer(text, start, end):
        found |= table[hit.group("word")]
    return found


@cache
def _currency_pattern() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """A pattern for a currency word of ``currency_words.tsv`` where copy uses it as a currency
    (:func:`currency_countries_in`), and word -> countries."""
    table = _listed("currency_words.tsv")
    words = "|".join(re.escape(w) for w in sorted(table, key=patterns.longest_first))
    # an amount starts after no digit, comma or full stop: a run of "1,1,1," then has one start,
    # not one at each digit, each reading the rest of the run (quadratic in its length)
    amount = r"(?<![\d,.])\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion|bn|m))?"
    pattern = (
        rf"(?:\b(?:{amount}|the(?:\s+[a-z]+){{0,2}}|in)\s+|(?<=\d))"
        rf"(?P<word>{words})(?:e?s)?\b"
    )
    return patterns.compile(pattern), table


def feature_countries_in(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """The countries of the rivers, seas, plains, deserts, ranges and historic regions of
    ``region_features.tsv`` that ``text[start:end]`` names, however it writes the generic noun
    ("on the Irtysh river", "the rest of the Thar desert") and with or without an Arabic article
    ("in al-Ahsa oasis"): ``garbles.loose_geography`` reads capitalised names only, which
    leave out a lower-case "desert" and a name joined to "al-"."""
    end = len(text) if end is None else end
    pattern, table = _feature_pattern()
    found: set[str] = set()
    for hit in pattern.finditer(text, start, end):
        found |= table.get(fold(hit.group("name")), frozenset())
    return found


def feature_countries_at(text: str, start: int, end: int) -> frozenset[str]:
    """The countries of the feature of ``region_features.tsv`` named right at ``start`` in
    ``text`` and reaching ``end`` at least (a name read whole: not the "Rif" of "Rif Cohen"),
    its generic noun in either case and an Arabic article or not, as
    :func:`feature_countries_in` reads it ("Irtysh river", "al-Ahsa oasis", "Sea of Marmara");
    none where no feature's name is there."""
    pattern, table = _feature_pattern()
    hit = pattern.match(text, start)
    if hit is None or hit.end() < end:
        return frozenset()
    return table.get(fold(hit.group("name")), frozenset())


# The generic nouns of the features' names, which copy writes in lower case as often as not
# ("the Thar desert", "the Dez river").
_GENERIC_NOUNS = frozenset(
    {
        *("Basin", "Canal", "Delta", "Depression", "Desert", "Gorge", "Gulf", "Heights"),
        *("Hills", "Lake", "Marshes", "Mountains", "Oasis", "Pass", "Plain", "Plains"),
        *("Plateau", "Reservoir", "River", "Sands", "Sea", "Steppe", "Strait", "Valley"),
    }
)


@cache
def _feature_pattern() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """A pattern for the names of ``region_features.tsv`` as whole words, their generic nouns
    in either case, after an Arabic article or not, and folded name -> countries."""
    table = region_features()
    names = sorted(_listed("region_features.tsv"), key=patterns.longest_first)

    def written(name: str) -> str:
        return r"\s+".join(
            f"[{w[0]}{w[0].lower()}]{re.escape(w[1:])}" if w in _GENERIC_NOUNS else re.escape(w)
            for w in name.split()
        )

    listed = "|".join(written(name) for name in names)
    # "al-Hasa oasis": the Arabic article joined to the name, as ``UNIT_RUN`` reads it
    article = r"(?:(?:[AaEe]l|[Aa][dnrstz]|[Aa]sh)-)?"
    pattern = rf"(?<![\w'’-]){article}(?P<name>{listed})(?![\w-])"
    return patterns.compile(pattern), table


@cache
def region_parts() -> dict[str, tuple[frozenset[str], re.Pattern[str]]]:
    """Country -> (GeoNames admin1 codes of the part in the region, a pattern for the names
    copy gives the part), from ``region_parts.tsv`` (Russia: the North Caucasus republics)."""
    text = resources.files("tqcheck.data").joinpath("region_parts.tsv").read_text("utf-8")
    parts: dict[str, tuple[frozenset[str], re.Pattern[str]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, admin1, names = line.split("\t")[:3]
        pattern = r"\b(?:" + "|".join(re.escape(n) for n in names.split("|") if n) + r")\b"
        parts[code] = (frozenset(admin1.split("|")), patterns.compile(pattern))
    return parts


@cache
def news_agencies() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for the national news agencies of ``news_agencies.tsv`` as copy credits them
    (a name that is the agency by itself, any name beside "agency", or in a dateline's bracketed
    credit before a dash, "X (MENA) -"), and name -> country."""
    text = resources.files("tqcheck.data").joinpath("news_agencies.tsv").read_text("utf-8")
    countries: dict[str, str] = {}
    alone: list[str] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        countries[fields[0]] = fields[1]
        if len(fields) > 2 and fields[2].strip() == "alone":
            alone.append(fields[0])
    names = "|".join(re.escape(n) for n in sorted(countries, key=patterns.longest_first))
    solo = "|".join(re.escape(n) for n in sorted(alone, key=patterns.longest_first))
    pattern = (
        rf"(?<![\w'’-])(?:(?P<alone>{solo})"
        rf"|(?P<before>{names})(?:\s+\([A-Z]+\))?\s+(?i:(?:(?:state|official)\s+)?"
        # "the ILNA labour news agency": a word of what it covers before "news agency"
        rf"(?:news\s+)?agency|[a-z]+\s+news\s+agency)"
        rf"|\b(?i:agency),?\s+(?:\(\s*)?(?P<after>{names})"
        # a wire credit in brackets before a dash, as a dateline gives it ("Tanta (MENA) -")
        rf"|(?<=\()(?P<credit>{names})(?=\)\s*[-–—]))(?![\w'’-])"
    )
    return patterns.compile(pattern), countries


_BORDER_BEFORE = patterns.compile(
    r"\b(?:border|frontier|boundary)(?:\s+crossings?)?\s+with\s+(?:the\s+)?$|"
    # "the crossing with Iraq", "the Habur crossing into Iraq": the place is on this side
    r"\bcrossings?\s+(?:with|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BORDER_AFTER = patterns.compile(
    r"(?:\s+and\s+[A-Z][\w-]*)?\s+(?:border|borders|frontier|frontiers|boundary)\b"
    # "the Turkish border town of X", "Saudi border guards": in that country, by its border;
    # a border crossing lies on both sides ("at the Afghan border crossing": a border)
    r"(?!\s+(?:towns?|city|cities|villages?|provinces?|districts?|regions?|governorates?|areas?|"
    r"posts?|guards?|police|troops|forces|officials|authorities)\b)"
)


def _names_a_border(text: str, start: int, end: int) -> bool:
    """The country word at ``start:end`` names a border: "the Syrian border", "the Syrian and
    Iraqi borders", "the border with Iran", "the frontier with Libya"; not "the Turkish border
    town of X", which is in Turkey."""
    return bool(
        _BORDER_AFTER.match(text, end) or _BORDER_BEFORE.search(text[max(0, start - 40) : start])
    )


def _well_known_places(
    text: str,
    taken: list[tuple[int, int]],
    use_geonames: bool = True,
    ends: list[str] | None = None,
) -> Counter[str]:
    """Countries of the places the curated layers know exactly and, when ``use_geonames`` (the
    text names no country), of well-known GeoNames places: an article that names its countries
    never opens the GeoNames index for its geography. A place named as the end of a journey
    ("Flights from X to Dubai", "flights between X and Moscow", "a ferry carrying passengers
    from Novorossiysk docked in X": :data:`_JOURNEY_END_BEFORE`) is where people travel to or
    from, not where the copy is: its country goes to ``ends`` instead, where the text names no
    country (``geography_of`` reads a country only such places name as an actor, which sets
    no country, and one both ends of a journey name as the setting)."""
    from tqcheck.gazetteer.index import default_gazetteer
    from tqcheck.lexicon import is_function_word

    counts: Counter[str] = Counter()
    gazetteer = default_gazetteer()
    seen: set[str] = set()
    starts = [a for a, _ in taken]  # country words, in text order: found by bisection
    for hit in _CAPITALISED.finditer(text):
        i = bisect_right(starts, hit.start()) - 1
        if i >= 0 and hit.start() < taken[i][1]:
            continue
        name = hit.group()
        first, _, rest = name.partition(" ")
        if rest and is_function_word(first):
            name = rest  # "The Suez Canal": the sentence's "The" is no part of the name
        owned = possessive_owner(name)
        if owned is not None:
            name = owned[0]  # "Izmir's Black Vineyards", "Izmir's mayor": the owner
        if name in seen or is_function_word(name.split()[0]):
            continue
        if _common_noun_opening(text, hit.start(), hit.end(), name) and (
            _well_known(name) not in _region()
        ):
            # "Buffalo herders from X drove ...": herders, not Buffalo, New York; a town of
            # the region stays ("Van residents", "Batman police")
            continue
        if (
            ends is not None
            and use_geonames  # copy naming a country is set by it, not by a journey's end
            and _JOURNEY_END_BEFORE.search(text, max(0, hit.start() - 80), hit.start())
            and (code := _well_known(name)) is not None
        ):
            ends.append(code)
            continue
        seen.add(name)
        curated = [
            m
            for m in gazetteer.known(name)
            if m.method in ("exact", "variant") and m.entry.kind != "person"
        ]
        if curated:
            for code in {m.entry.country for m in curated if "|" not in m.entry.country}:
                counts[code] += 0.5
            continue
        place = _well_known(name) if use_geonames else None
        if place is not None and _ARABIC_ARTICLE_BEFORE.search(
            text, max(0, hit.start() - 4), hit.start()
        ):
            # a name written with the Arabic article is an Arabic name: only a place of the
            # region ("the Al-Quds al-Arabi daily" names no Ethiopian town Arabi)
            place = place if place in _region() else None
        if place is not None:
            counts[place] += 0.5
    return counts


# A journey's far end right before a place: a flight or ferry, or its passengers, "from", "to"
# or "between ... and" the place, in one sentence ("Flights from X to Dubai", "Flights between X
# and Moscow", "passengers from Novorossiysk"). A train or bus runs within the country mostly:
# its far end sets the copy as any place named does ("A train from X to Cairo derailed").
_JOURNEY_END_BEFORE = patterns.compile(
    r"\b(?:[Ff]lights?|[Ff]err(?:y|ies)|[Pp]assengers)"
    r"\b[^.;!?]{0,50}?\b(?:from|to|between\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+and)\s+$"
)

# Where a sentence opens: the text's start, a line's, or after a full stop, "!" or "?" (and a
# closing quotation mark).
_SENTENCE_OPENS_BEFORE = patterns.compile(r"(?:^|\n|[.!?][\"”’']?[ \t]+)$")
# A lower-case word right after a word: the noun it qualifies ("Buffalo herders").
_LOWER_WORD_AFTER = patterns.compile(r"[ \t]+[a-z]+\b")


def _common_noun_opening(text: str, start: int, end: int, name: str) -> bool:
    """``name``, at ``start:end``, is one ordinary English word (``mentions.COMMON_WORD_ZIPF``)
    that opens a sentence before a lower-case word: a common noun qualifying a noun ("Buffalo
    herders", "Salt traders"), capitalised only by its place, not a city named ("Buffalo", New
    York). A name inside a sentence keeps its capital as evidence."""
    from tqcheck.gazetteer.mentions import COMMON_WORD_ZIPF
    from tqcheck.gazetteer.words import zipf

    return (
        " " not in name
        and end == start + len(name)
        and _SENTENCE_OPENS_BEFORE.search(text, max(0, start - 4), start) is not None
        and _LOWER_WORD_AFTER.match(text, end) is not None
        and zipf(name) >= COMMON_WORD_ZIPF
    )


# A name's possessive ("Istanbul's Garden", "Samarkand's"): the owner.
_OWNER_POSSESSIVE = patterns.compile(r"^(.+?)['’]s(?= |$)")


def possessive_owner(name: str) -> tuple[str, str] | None:
    """The owner of the possessive opening ``name`` and the rest of the name after its mark
    ("Izmir's Black Vineyards": ("Izmir", " Black Vineyards"); "Samarkand's": ("Samarkand",
    "")), else None: the one reading of a city's possessive for the article's well-known
    places (``_well_known_places``), a candidate split at its owner (``garble.slots``) and
    the reading of a place a city owns (``garble.vetoes._far_from_its_owner``)."""
    hit = _OWNER_POSSESSIVE.match(name)
    return None if hit is None else (hit.group(1), name[hit.end() :])


# A well-known city named as the point a place is measured from ("on the southern edge of
# Damascus", "20 km south of Mosul", "the coastal road to Tripoli", "on the outskirts of Aden"):
# a reporter locates a place by a city beside it, not by one across a border.
_COMPASS_WORD = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_REFERENCE_BEFORE = patterns.compile(
    rf"(?:\b{_COMPASS_WORD}\s+(?:(?:edge|outskirts|suburbs?|side|part|tip|end|entrance)\s+)?of"
    r"|\b(?:edge|outskirts|suburbs?|environs|countryside|entrance|gates)\s+of"
    r"|\b(?:road|highway|motorway|railway|route)\s+(?:from|to|linking|between))\s+$",
    re.IGNORECASE,
)
_REFERENCE_NAME = patterns.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?")


def _reference_cities_in(text: str, taken: list[tuple[int, int]]) -> set[str]:
    """The countries of the region of the well-known cities (``_well_known``) ``text`` names
    as a reference point (:data:`_REFERENCE_BEFORE`), outside a country word: copy that names a
    country only as a people or an actor ("the Palestinian camp on the southern edge of
    Damascus") is set by the city it measures its places from."""
    found: set[str] = set()
    for hit in _REFERENCE_NAME.finditer(text):
        if not _REFERENCE_BEFORE.search(text, max(0, hit.start() - 40), hit.start()):
            continue
        if any(a < hit.end() and hit.start() < b for a, b in taken):
            continue
        code = _well_known(hit.group())
        if code is not None and code in _region():
            found.add(code)
    return found


# The Arabic article joined to the next word ("al-", "El-"), right before a name.
_ARABIC_ARTICLE_BEFORE = patterns.compile(r"\b[AaEe]l-$")


@cache
def _well_known(name: str) -> str | None:
    """The country of the place this exact name most likely means (``exact_ranked``: its own
    name or a respelling of it wins over a larger place's other name, population and fame as
    priors), when that place is well known. A place the name only names as another of its
    recorded names (a former or foreign name) is weak evidence: none. So is an ordinary English
    word (``mentions.COMMON_WORD_ZIPF``; a sentence's first word: "Salt" for As Salt, "Man" for
    the Ivorian city) unless it is the own name of the largest place so named ("Mobile")."""
    from tqcheck.gazetteer.mentions import COMMON_WORD_ZIPF, geonames_index
    from tqcheck.gazetteer.words import zipf

    ranked = geonames_index().exact_ranked(name)
    if not ranked:
        return None
    place, relation = ranked[0]
    if zipf(name.strip("-'’")) >= COMMON_WORD_ZIPF:
        largest = max((p for p, _ in ranked), key=lambda p: p.population)
        if largest is not place or relation != "primary":
            return None
    if place.population < WELL_KNOWN_POPULATION:
        return None
    if relation == "alternate" and place.kind == "place":
        return None
    return place.country


# shared on purpose with the country cues
country_of_well_known = _well_known
