"""Article geography: which countries a stretch of copy is about.

A sub-editor reads "the city of X in southern Lebanon" as a Lebanese place. This module collects
what an article says about where things are: the countries it names ("Lebanon", "Lebanese",
"the Gaza Strip"), US states and British nations ("Hope, Arkansas"), and the countries of
well-known places it names exactly ("Baghdad", population 100,000 or more, or a place of the
curated layers; the place the name most likely means, ``GeoNamesIndex.exact_ranked``:
"Islamabad" is Pakistan's capital, not an old name of Chattogram). Each country gets a
weight: how often the article points at it.

Context is computed per *section* of a document: a file holding several articles separated by
level-1 headings or by headings after two blank lines gives each its own geography, so that an
unrelated article never changes what another one resolves to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tqcheck import patterns
from tqcheck.document.model import BlockKind, Document
from tqcheck.gazetteer.keys import fold

# A place this large, named exactly, tells the article's country ("Baghdad", "Tripoli").
WELL_KNOWN_POPULATION = 100_000
_CAPITALISED = patterns.compile(r"\b[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?")


@dataclass(frozen=True, slots=True)
class Geography:
    """Countries an article points at, with weights (mentions)."""

    countries: dict[str, float]
    # Countries the text names only as a border ("near the Syrian border", "the frontier with
    # Libya"): the places it is about lie beside them, not in them.
    borders: frozenset[str] = frozenset()

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
        border": Algeria, Libya) and those countries."""
        inside = frozenset(self.countries) - self.borders
        if inside:
            return inside
        found = set(self.countries)
        for code in self.borders:
            found |= land_borders().get(code, frozenset())
        return frozenset(found)

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
    for word in sorted(words, key=len, reverse=True):
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


def country_of_word(word: str) -> str | None:
    """The ISO code a country word names ("Lebanese" -> LB), else None."""
    return _country_words()[1].get(fold(word))


def sections(document: Document) -> list[tuple[int, int]]:
    """Character ranges of the separate articles of a document."""
    starts = [0]
    for index, block in enumerate(document.blocks):
        if (
            index
            and block.kind == BlockKind.HEADING
            and (block.level == 1 or block.blank_lines_before >= 2)
        ):
            starts.append(block.start)
    ends = [*starts[1:], len(document.plain)]
    return list(zip(starts, ends, strict=True))


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


def geography_of(text: str) -> Geography:
    """Countries a text names, by country word and by well-known place."""
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
    for (start, end, word), (whole_start, whole_end) in zip(hits, compound, strict=True):
        code = codes.get(fold(word))
        if code:
            spans.append((start, end))
            if _DESTINATION.search(text, max(0, whole_start - 40), whole_start):
                continue  # "migrants bound for Spain": where they go, not where the copy is
            if _FROM_ABROAD.search(text, max(0, whole_start - 40), whole_start) or (
                code not in _region() and _FORCES_AFTER.match(text, whole_end)
            ):
                counts[code] += 1.0  # "fired from Yemen", "Israeli troops": beside, as a border
                continue
            travellers = _travellers().match(text, whole_end)
            if travellers is not None:
                if travellers.group("fled"):
                    counts[code] += 1.0  # "Syrian refugees in X": by the border, not in it
                continue  # "German tourists off X": the copy is not set in Germany
            # "the Gulf of Oman": a sea named after a country borders several
            named = _feature_named_after(text, start, word) or {code}
            for each in named:
                counts[each] += 1.0
                if not _names_a_border(text, whole_start, whole_end):
                    elsewhere.add(each)
    for code, weight in _well_known_places(text, spans, use_geonames=not counts).items():
        counts[code] += weight
        elsewhere.add(code)
    return Geography(dict(counts), frozenset(counts) - elsewhere)


@cache
def _region() -> frozenset[str]:
    """The countries whose place names the garble reader reads (``garbles``' region)."""
    from tqcheck.gazetteer.garbles import ARABIC_SCRIPT_REGION

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

# A country named as where fire, smugglers or fighters come from ("a rocket fired from Syria",
# "smugglers crossing from Lebanon"), or a country outside the region whose armed forces act
# ("US aircraft struck"): the copy's places lie beside it, across a border, not in it; it is
# read as a border (``Geography.inside``: its neighbours too where no other country is named).
# The forces of a country of the region are not: they act at home as often as abroad
# ("Malian troops entered Kidal"; "Israeli troops moved into Quneitra" lost as many).
_FROM_ABROAD = patterns.compile(
    r"\b(?:fired|launched|shot|lobbed|crossing|crossed|smuggled|infiltrated|sneaked|slipped)"
    r"\s+(?:(?:in|over|back)\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FORCES_AFTER = patterns.compile(
    r"(?:\s+(?:army|military|armed|government|regime|ground|special|security))?"
    r"\s+(?:troops|forces|soldiers|warplanes|jets|tanks|drones|aircraft)\b"
)

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
    table = _listed("place_clues.tsv")
    names = "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True))
    # the lookahead on the names' first letters skips most positions at once (_country_words)
    firsts = re.escape("".join(sorted({name[0] for name in table})))
    # a possessive names the group too ("the Taliban's supreme leader")
    return patterns.compile(rf"(?<![\w'’-])(?=[{firsts}])(?:{names})(?![\w]|['’](?!s\b))"), table


def clue_countries(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """The countries the clues of ``place_clues.tsv`` in ``text[start:end]`` point at, and the
    countries only part of which is in the region whose part it names ("Ingushetia": Russia)."""
    end = len(text) if end is None else end
    pattern, table = place_clues()
    found: set[str] = set()
    for hit in pattern.finditer(text, start, end):
        found |= table[hit.group()]
    for code, (_, named) in region_parts().items():
        if named.search(text, start, end):
            found.add(code)
    return found


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
    (a name that is the agency by itself, or any name beside "agency"), and name -> country."""
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
    names = "|".join(re.escape(n) for n in sorted(countries, key=len, reverse=True))
    solo = "|".join(re.escape(n) for n in sorted(alone, key=len, reverse=True))
    pattern = (
        rf"(?<![\w'’-])(?:(?P<alone>{solo})"
        rf"|(?P<before>{names})(?:\s+\([A-Z]+\))?\s+(?i:(?:(?:state|official)\s+)?"
        # "the ILNA labour news agency": a word of what it covers before "news agency"
        rf"(?:news\s+)?agency|[a-z]+\s+news\s+agency)"
        rf"|\b(?i:agency),?\s+(?:\(\s*)?(?P<after>{names}))(?![\w'’-])"
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
    # "the Turkish border town of X", "Saudi border guards": in that country, by its border
    r"(?!\s+(?:towns?|city|cities|villages?|provinces?|districts?|regions?|governorates?|areas?|"
    r"crossings?|posts?|guards?|police|troops|forces|officials|authorities)\b)"
)


def _names_a_border(text: str, start: int, end: int) -> bool:
    """The country word at ``start:end`` names a border: "the Syrian border", "the Syrian and
    Iraqi borders", "the border with Iran", "the frontier with Libya"; not "the Turkish border
    town of X", which is in Turkey."""
    return bool(
        _BORDER_AFTER.match(text, end) or _BORDER_BEFORE.search(text[max(0, start - 40) : start])
    )


def _well_known_places(
    text: str, taken: list[tuple[int, int]], use_geonames: bool = True
) -> Counter[str]:
    """Countries of the places the curated layers know exactly and, when ``use_geonames`` (the
    text names no country), of well-known GeoNames places: an article that names its countries
    never opens the GeoNames index for its geography."""
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
        if name in seen or is_function_word(name.split()[0]):
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
        if place is not None:
            counts[place] += 0.5
    return counts


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
