"""Shared ground of the garble reader: the ``Garble`` finding and ``Candidate`` types, access to
the GeoNames index, the curated gazetteers and the Arabic-name tables built from them, and the
name tests every reader asks (is it a real place, a person, an English word, a country's name).
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from tqcheck import patterns
from tqcheck.gazetteer import cache_files
from tqcheck.gazetteer.context import (
    WELL_KNOWN_POPULATION,
    country_of_word,
    region_features,
)
from tqcheck.gazetteer.keys import (
    arabic_key,
    arabic_skeletons,
    fold,
    is_arabic,
    skeletons,
)
from tqcheck.gazetteer.through_arabic import (
    vowel_swap_is_garble,
)
from tqcheck.gazetteer.words import is_english_word, known_to_english_text

if TYPE_CHECKING:
    from types import ModuleType

    from tqcheck.gazetteer.geonames import GeoNamesIndex, GeoPlace
from tqcheck.gazetteer.region import (
    ARABIC_SCRIPT_REGION,
    is_world_region,
)

# A place this large, named exactly, is that place wherever the article is set.
REAL_ANYWHERE_POPULATION = 10_000
MIN_SKELETON = 3


@dataclass(frozen=True, slots=True)
class Garble:
    start: int
    end: int
    text: str
    kind: str  # literal | transliteration | look-alike
    name: str  # the suggested English name
    country: str
    geonameid: str
    score: float
    evidence: str
    # a literal translation read only through another sense of the word (a WordNet synonym or
    # the lexicon's co-gloss), two dictionary steps from the place: weaker than a look-alike
    indirect: bool = False
    # a literal translation read back by consonant classes to a name GeoNames holds in Latin
    # letters only ("read as Arabic words"), not to a place's Arabic name
    latin_read: bool = False


def gazetteer_dir() -> Path:
    from tqcheck.gazetteer.index import bundled_dir

    return bundled_dir()


@cache
def english_names() -> dict[tuple[str, str], str]:
    """(country, folded spelling) -> the English name common usage prefers, from
    ``tqcheck/data/arabic_places.tsv``, plus its Arabic forms as ``("ar:" + key, country)``."""
    table: dict[tuple[str, str], str] = {}
    text = resources.files("tqcheck.data").joinpath("arabic_places.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 4:
            continue
        arabic, english, variants, country = fields[:4]
        for spelling in [english, *variants.split("|")]:
            if spelling.strip():
                table[(country, fold(spelling))] = english
        for form in arabic.split("|"):
            if form.strip():
                table[(country, "ar:" + arabic_key(form))] = english
    return table


def geonames_index() -> GeoNamesIndex:
    return mentions().geonames_index()


def estimated_population(place: GeoPlace) -> int:
    """What the reader's town floors compare: ``place``'s population, or where GeoNames records
    none (0) the size :meth:`GeoNamesIndex.estimated_population` estimates for it in the index
    the reader reads (a district seat listed without a count is no hamlet)."""
    if place.population > 0 or place.kind != "place":
        return place.population
    return geonames_index().estimated_population(place)


@cache
def mentions() -> ModuleType:
    """``tqcheck.gazetteer.mentions`` (which imports this module), imported once: an import
    statement in :func:`geonames_index` cost a microsecond on each of its ten thousand calls a
    check."""
    from tqcheck.gazetteer import mentions

    return mentions


@dataclass(slots=True)
class CountryArabic:
    by_key: cache_files.ListTable[tuple[int, str]]  # arabic_key -> (rowid, spelling)
    # skeleton -> (rowid, spelling, exact)
    by_skeleton: cache_files.ListTable[tuple[int, str, bool]]

    def packed(self) -> tuple[tuple[tuple[int, str], ...], tuple[str, str], tuple[str, str]]:
        """The table as its names (rowid, spelling) and the two maps packed as strings of
        their numbers (``cache_files.pack_lists``; a skeleton's entry also says whether it is
        exact): a country's pickle read back in a fifth of the time its tuples took."""
        numbers: dict[tuple[int, str], int] = {}
        for entries in self.by_key.values():
            for entry in entries:
                numbers.setdefault(entry, len(numbers))
        by_key = cache_files.pack_lists(self.by_key, numbers.__getitem__)
        by_skeleton = cache_files.pack_lists(
            self.by_skeleton, lambda entry: 2 * numbers[entry[0], entry[1]] + entry[2]
        )
        return tuple(numbers), by_key, by_skeleton

    @classmethod
    def unpacked(
        cls, packed: tuple[tuple[tuple[int, str], ...], tuple[str, str], tuple[str, str]]
    ) -> CountryArabic:
        names, by_key, by_skeleton = packed
        return cls(
            cache_files.PackedLists(by_key, names.__getitem__),
            cache_files.PackedLists(
                by_skeleton, lambda number: (*names[number >> 1], bool(number & 1))
            ),
        )


@lru_cache(maxsize=256)
def arabic_keys(countries: frozenset[str]) -> frozenset[str]:
    """The keys of :func:`country_arabic`'s ``by_key`` of ``countries`` together (made once
    for each set of countries a document's candidates are read in)."""
    return frozenset().union(*(country_arabic(country).by_key for country in countries))


@cache
def country_arabic(country: str) -> CountryArabic:
    """The Arabic-name table of one country, from the per-machine cache (built on first use)."""
    if country not in ARABIC_SCRIPT_REGION or not geonames_index().path.is_file():
        return CountryArabic({}, {})  # outside the region, or the GeoNames layer is off
    cached = cache_files.load(arabic_cache_dir() / f"{country}.packed.pickle")
    if isinstance(cached, tuple):
        return CountryArabic.unpacked(cached)
    return build_arabic_tables().get(country) or CountryArabic({}, {})


CACHE_VERSION = 2


@cache
def arabic_cache_dir() -> Path:
    """A folder next to the index, named after what the tables are built from."""
    index = geonames_index()
    data = resources.files("tqcheck.data").joinpath("arabic_places.tsv").read_bytes()
    facts = (
        index.path.stat().st_size,
        index.path.stat().st_mtime_ns,
        zlib.crc32(data),
        sorted(ARABIC_SCRIPT_REGION),
        CACHE_VERSION,
    )
    return index.path.with_name(f"{index.path.stem}.arabic-{zlib.crc32(repr(facts).encode()):08x}")


@cache
def build_arabic_tables() -> dict[str, CountryArabic]:
    """Per country of ``ARABIC_SCRIPT_REGION``: its places' Arabic-script names by key and by
    consonant skeleton (with one-class deletions). Built once from the index (a few seconds)
    and kept next to it, one pickle per country, so an article reads only its countries'."""
    index = geonames_index()
    codes = sorted(ARABIC_SCRIPT_REGION)
    rows: dict[str, list[tuple[int, str, str]]] = {}
    for key, rowid, spelling, country in index.arabic_names_in(codes):
        rows.setdefault(country, []).append((rowid, spelling, key))
    for (country, key), english in english_names().items():
        if country in ARABIC_SCRIPT_REGION and key.startswith("ar:"):
            places = [p for p in index.exact(english) if p.country == country]
            rowid = place_rowid(places[0]) if places else None
            if rowid is not None:
                rows.setdefault(country, []).append((rowid, key[3:], key[3:]))
    tables = {code: arabic_table(rows.get(code, [])) for code in codes}
    folder = arabic_cache_dir()
    for code, table in tables.items():  # a read-only cache: rebuilt in each process
        cache_files.store(folder / f"{code}.packed.pickle", table.packed())
    return tables


def arabic_table(rows: list[tuple[int, str, str]]) -> CountryArabic:
    by_key: dict[str, list[tuple[int, str]]] = {}
    by_skeleton: dict[str, list[tuple[int, str, bool]]] = {}
    for rowid, spelling, key in rows:
        by_key.setdefault(key, []).append((rowid, spelling))
        for found in arabic_skeletons(spelling):
            # two classes and a ح, which a Latin "h" writes (``through_arabic``: "Zuhla", زحلة)
            if len(found) < MIN_SKELETON and not (len(found) == 2 and "ح" in key):
                continue
            by_skeleton.setdefault(found, []).append((rowid, spelling, True))
            if len(found) >= 4:
                for i in range(len(found)):
                    by_skeleton.setdefault(found[:i] + found[i + 1 :], []).append(
                        (rowid, spelling, False)
                    )
    return CountryArabic(by_key, by_skeleton)


def rows_in(
    name: str, countries: set[str], limit: int, deletions: bool
) -> list[tuple[int, str, GeoPlace]]:
    """(rowid, spelling, place) of the index's skeleton matches in ``countries``: ``name`` is
    a spelling, or a skeleton key itself (upper case); ``deletions`` adds one-class deletions.
    Each asked once of an index (the literal readers ask the same keys of each candidate)."""
    return list(_rows_read(geonames_index(), name, frozenset(countries), limit, deletions))


@lru_cache(maxsize=65536)
def _rows_read(
    index: GeoNamesIndex, name: str, countries: frozenset[str], limit: int, deletions: bool
) -> tuple[tuple[int, str, GeoPlace], ...]:
    """:func:`rows_in` of ``index``."""
    keys = {name} if name.isupper() else {k for k in skeletons(name) if len(k) >= MIN_SKELETON}
    if deletions:
        keys |= {k[:i] + k[i + 1 :] for k in list(keys) if len(k) >= 4 for i in range(len(k))}
    written = _skeleton_keys_written(index, countries)
    places = {  # each row with its place, read in the same query
        (rowid, spelling): place
        for key in keys
        if written is None or _among(written, key)
        for rowid, spelling, place in index.skeleton_places_in(key, countries, limit)
    }
    return tuple(
        (rowid, spelling, places[(rowid, spelling)])
        for rowid, spelling in sorted(places)
        if places[(rowid, spelling)].country in countries
    )


def _skeleton_keys_written(
    index: GeoNamesIndex, countries: frozenset[str]
) -> tuple[tuple[str, ...], ...] | None:
    """The sorted skeleton keys of the places of each of ``countries`` (:func:`_skeleton_keys_of`)
    where their files are written next to the index, else None: a key none of them holds has no
    row there, and asks the index no query (most keys the literal readers ask have none: 270 of
    the 370 queries of a garble-dense article's check)."""
    if not _skeleton_keys_all_written(index):
        return None
    return tuple(_skeleton_keys_of(index, country) for country in sorted(countries))


@lru_cache(maxsize=4)
def _skeleton_keys_all_written(index: GeoNamesIndex) -> bool:
    """Every country's file of :func:`_skeleton_keys_of` is written next to ``index`` (asked
    once of an index: one not yet written is asked the queries, as before)."""
    return index.path.is_file() and isinstance(
        cache_files.load(_skeleton_key_dir(index) / _ALL_WRITTEN), bool
    )


def _among(tables: tuple[tuple[str, ...], ...], key: str) -> bool:
    """``key`` is in one of the sorted ``tables``."""
    for table in tables:
        at = bisect_left(table, key)
        if at < len(table) and table[at] == key:
            return True
    return False


def skeleton_keys(countries: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The skeleton keys of the index's places in each of ``countries`` (what :func:`rows_in`
    may find), sorted: for a reader that asks whether any begins so (a bisection each)."""
    index = geonames_index()
    return tuple(_skeleton_keys_of(index, country) for country in sorted(countries))


@lru_cache(maxsize=1024)
def _skeleton_keys_of(index: GeoNamesIndex, country: str) -> tuple[str, ...]:
    """The sorted skeleton keys of ``country``'s places in ``index`` (an index swapped in, as
    tests do, has its own), from a file per country kept next to the index: a country's keys
    read in a millisecond (the United States' 70,000 in a few), written for every country
    in one pass over the index (about a second) the first time any is asked."""
    if not index.path.is_file():
        return ()  # the GeoNames layer is off: no place has a skeleton
    folder = _skeleton_key_dir(index)
    named = re.fullmatch(r"[A-Za-z0-9]{1,8}", country) is not None
    cached = cache_files.load(folder / f"{country}.pickle") if named else None
    if cached is None and named and isinstance(cache_files.load(folder / _ALL_WRITTEN), bool):
        cached = ""  # every country's file was written: one without is a country with none
    if not isinstance(cached, str):
        cached = _skeleton_key_tables(index).get(country, "")
    return tuple(cached.split("\n")) if cached else ()


_SKELETON_KEYS_VERSION = 1
_ALL_WRITTEN = "all-written.pickle"


@lru_cache(maxsize=4)
def _skeleton_key_dir(index: GeoNamesIndex) -> Path:
    """A folder next to ``index``, named after what its files are made from."""
    facts = (index.path.stat().st_size, index.path.stat().st_mtime_ns, _SKELETON_KEYS_VERSION)
    return index.path.with_name(
        f"{index.path.stem}.skeleton-keys-{zlib.crc32(repr(facts).encode()):08x}"
    )


@lru_cache(maxsize=4)
def _skeleton_key_tables(index: GeoNamesIndex) -> dict[str, str]:
    """Country -> the sorted skeleton keys of its places in ``index``, one a line: read in one
    pass over the index and written one file per country (a read-only cache: read again by
    each process that needs them)."""
    keys: dict[str, set[str]] = {}
    for country, key in index.skeleton_keys_by_country():
        keys.setdefault(country, set()).add(key)
    tables = {country: "\n".join(sorted(found)) for country, found in keys.items()}
    folder = _skeleton_key_dir(index)
    for country, table in tables.items():
        if re.fullmatch(r"[A-Za-z0-9]{1,8}", country):
            cache_files.store(folder / f"{country}.pickle", table)
    cache_files.store(folder / _ALL_WRITTEN, True)
    return tables


def place_rowid(place: GeoPlace) -> int | None:
    return geonames_index().rowid_of(place.geonameid)


# -- candidates ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    text: str
    slot: str  # strong | weak | country | none
    hint: str | None  # the country named right after it ("X, Lebanon")
    sentence_start: bool
    # right after "in", "near", "outside" (a weak slot that locates, or a strong one a locating
    # phrase after it gives: "near X, on the road from A to B,")
    locative: bool = False
    definite: bool = False  # "the X" standing alone, not "the X hospital" (a noun's modifier)
    located: bool = False  # an apposition that locates it ("X, the capital of Abyan province")
    listed: bool = False  # only a comma before the country named after it ("X, Sudan")
    day_as_place: bool = False  # a weekday where English puts a place ("met in Monday")
    around: str = ""  # its sentence (``look_alikes``: a town beside a city the sentence names)
    around_at: int = -1  # where in ``around`` the candidate starts (-1: not known)
    # the countries an apposition right after it sets it in, where it names no one country of
    # the region ("X, on the Makran coast": Pakistan, Iran; "X, Punjab": Pakistan, India)
    placed_in: frozenset[str] = frozenset()

    @property
    def placing(self) -> bool:
        """A strong slot, or a weak one that locates ("in X", "near X"): the slots that say
        a name is a place, where the stricter readings ask for one."""
        return self.slot == "strong" or (self.slot == "weak" and self.locative)


def after_in_sentence(candidate: Candidate) -> str | None:
    """The candidate's sentence after the candidate, read at the candidate's own place ("Karni,
    east of Gaza City, near the Karni crossing": the second Karni's is " crossing"), not where
    its text first occurs; None where the sentence does not hold it."""
    at = candidate.around_at
    if at < 0 or candidate.around[at : at + len(candidate.text)] != candidate.text:
        at = candidate.around.find(candidate.text)  # a candidate built by hand
    return None if at < 0 else candidate.around[at + len(candidate.text) :]


def before_in_sentence(candidate: Candidate) -> str | None:
    """The candidate's sentence before the candidate, read at its own place (as
    :func:`after_in_sentence` reads the text after it); None where the sentence does not
    hold it."""
    rest = after_in_sentence(candidate)
    if rest is None:
        return None
    return candidate.around[: len(candidate.around) - len(rest) - len(candidate.text)]


# What a country's name takes to name its people or a part of it ("Chadwick" is no Chadian).
NATIONALITY_ENDINGS = frozenset(
    ["", "n", "an", "ian", "i", "is", "ese", "land", "ns", "ans", "ians", "s"]
)


def known_name(text: str, people: bool = True) -> bool:
    """A country word, a time word, a word made from a country name, or a name the curated
    layers know exactly (place, or person unless ``people`` is False): answered without
    opening GeoNames."""
    from tqcheck.gazetteer.index import default_gazetteer
    from tqcheck.lexicon import is_time_word

    if (
        country_of_word(text)
        or is_time_word(text)
        or country_derived(text)
        or is_world_region(text)
    ):
        return True
    return any(
        m.method in ("exact", "variant") and (people or m.entry.kind != "person")
        for m in default_gazetteer().known(text)
    )


def is_real_place(text: str, countries: set[str], named: bool = False) -> bool:
    """A GeoNames place of the article's countries, or a town of some size anywhere: a copy
    that names Nusaybin or Kars among Iranian cities names Turkish towns, not garbles. Where
    the copy names the country right after the name (``named``: "Hamden, in western Iran"),
    only a place of that country counts. The English name of a province of those countries is
    a real place too ("Sharqia", "West Azarbaijan": ``context.is_unit_english_name``)."""
    from tqcheck.gazetteer.context import is_unit_english_name

    if fold(text) in region_features():
        # the name of a sea, strait, river, range or desert of the region ("the Strait of
        # Hormuz", ``region_features.tsv``): a real name, not a garble of a town
        return True
    if is_unit_english_name(text, countries):
        # the English name of a province of the article's countries ("Sharqia governorate",
        # "West Azarbaijan province"), which GeoNames records only by its romanised one
        return True
    places = recorded_places(text)
    if not places:
        return english_unit_name(text, countries)
    if named:
        return any(p.country in countries for p in places)
    if any(p.country in countries for p in places):
        return True
    # An English word names a town abroad by coincidence ("Terrace", British Columbia): only a
    # well-known one makes it that place wherever the article is set. A town abroad counts only
    # by its own name or a respelling of it, not by one of its other recorded names ("Media"
    # is an old name of Médéa, "Port Saeed" a district's other name in Dubai).
    from anyascii import anyascii

    anywhere = WELL_KNOWN_POPULATION if is_english_word(text) else REAL_ANYWHERE_POPULATION
    return any(
        place.population >= anywhere
        # "Agri" is Ağrı's own name in ASCII letters, though GeoNames records it apart
        and (relation != "alternate" or fold(anyascii(place.name)) == fold(text))
        for place, relation in geonames_index().exact_ranked(text)
        if place in places
    )


def recorded_places(text: str) -> list[GeoPlace]:
    """The places with ``text`` as a name (case, accents, apostrophes and word breaks aside),
    but where ``text`` has the letters of a place's name only with its words split or run
    together otherwise, not that place: "Shahri Sabz" is MT's respelling of Shahrisabz, "Samson"
    no Sầm Sơn, "Tursun Zade" none of Tursunzade, "Khurram Abad" none of Khurramabad. A text of
    one word still counts where a recorded spelling breaks it (GeoNames' alternate names are
    broken every way, "Khur Ramabad"), and so does a text one of whose words is a name of the
    place on its own ("Qahraman Marash": Marash, the city's name before its title). Nor where
    its letters match a name only spelled out from another language's alphabet
    (:func:`letters_spelled_out`: "Chimkand" is no Çimkənd)."""
    places = geonames_index().exact(text)
    if not places:
        return places
    # a capital inside a word starts a word of its own ("AlUla", Al-`Ula; "AlKhobar")
    folded, words = fold(text), {folded_words(text), folded_words(CAMEL_BREAK.sub(" ", text))}
    return [
        place
        for place in places
        if _broken_as_recorded(text, folded, words, place)
        and not only_letters_spelled_out(text, place)
    ]


def _broken_as_recorded(
    text: str, folded: str, words: set[tuple[str, ...]], place: GeoPlace
) -> bool:
    """``text`` (folded ``folded``, its ``words`` read two ways) has the word breaks of a
    recorded spelling of ``place``; or, not the place's own name, it is one word, one of its
    words is a name of the place on its own, or it breaks its letters nowhere a recorded
    spelling does not (:func:`recorded_places`)."""
    spellings = [spelling for spelling, _kind in geonames_index().spellings(place)]
    if any(folded_words(spelling) in words for spelling in spellings):
        return True
    if fold(place.name) == folded:
        return False
    parts = folded_words(text)
    if len(parts) < 2:
        return True
    names = {fold(spelling) for spelling in spellings}
    if any(part in names for part in parts):
        return True
    # ... or it only runs together words a spelling splits ("Rishon Lezion", Rishon Le Zion):
    # English joins a particle to its word; a break inside a word no spelling breaks is MT's
    letters, breaks = _breaks(text)
    return any(
        _breaks(spelling)[0] == letters and breaks <= _breaks(spelling)[1] for spelling in spellings
    )


def _breaks(name: str) -> tuple[str, frozenset[int]]:
    """The folded letters of ``name`` and where its words break among them."""
    parts = fold_keep_spaces(name).split()
    ends, at = [], 0
    for part in parts[:-1]:
        at += len(part)
        ends.append(at)
    return "".join(parts), frozenset(ends)


# The countries whose own Latin letters English spells out as ``fold`` does (Azerbaijani and
# Turkmen ş, ç, ə: "Şəki" is Shaki, "Türkmenbaşy" Turkmenbashi); a place elsewhere is written
# in English with those letters' marks dropped (Turkish "Ereğli" is Eregli) or by a name of
# its own, not by another language's spelling of it spelled out ("Çimkənd", Azerbaijani for
# Shymkent).
_LETTERS_SPELLED_OUT = frozenset({"AZ", "TM"})
# Turkey's places, written in the Turkish alphabet, whose ğ (yumuşak g, "soft g") is no
# consonant: it lengthens the vowel before it, and English drops it with its mark ("Iğdır" is
# Igdir, "Ereğli" Eregli). Written "gh", it is the letter read through Arabic script (غ: إغدير,
# "Ighdir") or Azerbaijani, where ğ is a consonant: not Turkish spelled out as English hears it,
# whatever the consonant classes say (g and gh are one class). Only a Turkish spelling: one with a
# letter the Turkish alphabet lacks (ə, q, w, x) is another language's name of the town, whose ğ
# is that language's (Azerbaijani "Təkirdağ", "Qəhrəmanmaraş"), read as before.
_SILENT_SOFT_G = frozenset({"TR"})
_SOFT_G = frozenset("ğĞ")
_NOT_TURKISH = frozenset("əƏqQwWxX")
_NOT_ALNUM = patterns.compile(r"[^a-z0-9]")


def _marks_dropped(name: str) -> str:
    """``name`` in ASCII letters with its marks dropped, lower-case, nothing but letters and
    digits ("Ereğli" -> "eregli", "Qəhrəmanmaraş" -> "qehremanmaras")."""
    from anyascii import anyascii

    return _NOT_ALNUM.sub("", anyascii(name).lower())


def letters_spelled_out(written: str, spelling: str, place: GeoPlace) -> bool:
    """``written`` is ``spelling`` (a name of ``place``) only through ``fold`` spelling out a
    Turkish or Azerbaijani letter (ş sh, ç ch, ğ gh, ə a), for a place of a country whose names
    English does not write so (``_LETTERS_SPELLED_OUT``), and with other consonant sounds than
    the place's own and English names (``skeletons``): "Chimkand" for Çimkənd, Azerbaijani for
    Shymkent (English wrote Chimkent). Such a spelling is no name English accepts for the place
    but a respelling of it, which the readings by sound weigh; one that only writes the vowels
    otherwise ("Kirmanshah" for Kirmanşah, Kermanshah) is a reading of the name's vowels. A
    Turkish ğ written "gh" is spelled out whatever the consonants (:data:`_SILENT_SOFT_G`:
    "Ighdir" for Iğdır, which English writes Igdir)."""
    if spelling.isascii() or place.country in _LETTERS_SPELLED_OUT:
        return False
    if fold(written) != fold(spelling) or _marks_dropped(written) == _marks_dropped(spelling):
        return False
    letters = set(spelling)
    if (
        place.country in _SILENT_SOFT_G
        and letters & _SOFT_G
        and not letters & _NOT_TURKISH
        and not set(written) & _SOFT_G
    ):
        return True  # Turkish ğ written "gh" (:data:`_SILENT_SOFT_G`): "Ighdir" for Iğdır
    keys = skeletons(written)
    return not any(keys & skeletons(name) for name in (place.name, english_name(place)))


def only_letters_spelled_out(text: str, place: GeoPlace) -> bool:
    """Every recorded spelling of ``place`` that ``text`` has the letters of matches it only by
    its letters spelled out (:func:`letters_spelled_out`): ``text`` is no name of the place."""
    folded = fold(text)
    matching = [s for s, _kind in geonames_index().spellings(place) if fold(s) == folded]
    return bool(matching) and all(
        letters_spelled_out(text, spelling, place) for spelling in matching
    )


# A lower-case letter then a capital inside a word: a word break written without a space.
CAMEL_BREAK = patterns.compile(r"(?<=[a-z])(?=[A-Z])")


def folded_words(name: str) -> tuple[str, ...]:
    """The folded words of a name, without the Arabic article, standing alone or joined to a
    word ("Al Hasakah", "Alhasakah": "hasakah"; "Deir Ezzor", "Deir ez-Zor": "deir", "zor")."""
    parts = [p for p in fold_keep_spaces(name).split() if p and not ARTICLE.match(p)]
    return tuple(FUSED_ARTICLE.sub("", p) if len(p) > 4 else p for p in parts)


# The Arabic article written onto its word: "al"/"el", or assimilated to the word's first
# consonant, which it doubles ("Ezzor", "Arraqqa", "Ashsham").
FUSED_ARTICLE = patterns.compile(
    r"^(?:[ae]l(?=[^aeiou])|[ae](?=(sh|th|dh|[dnrstz])\1))(?:sh|th|dh|[dnrstz])?"
)


def english_unit_name(text: str, countries: set[str]) -> bool:
    """An English phrase that is the name of a first-level unit of the article's countries
    (ISO 3166-2 or its English name, ``admin_units``: "North Khorasan", "Red Sea", "Upper
    Nile"): the province's own name, not a literal translation of its Arabic-script name."""
    from tqcheck.gazetteer.admin_units import units_named

    if not any(is_english_word(word) for word in text.split()):
        return False  # a respelling ("Isfahaan") matches a unit's name only loosely
    return any(unit.country in countries for unit in units_named(text))


def country_derived(text: str) -> bool:
    """A word made from a country name and an ending that names its people, its language or a
    part of it ("Austrian", "Iraqis", "Somaliland", "Pakistan-based"): the country, not a
    garble; "Kuwaita" is no word made from Kuwait."""
    folded = fold(re.split(r"[-'’ ]", text)[0])
    prefixes, sizes = country_prefixes()
    return any(
        folded[:size] in prefixes
        and (folded[size:] in DERIVED_ENDINGS or not folded[size : size + 1].isalpha())
        for size in sizes
        if size <= len(folded)
    )


# What a country's name (or it less its last letter) takes to make a word about the country.
DERIVED_ENDINGS = NATIONALITY_ENDINGS | {"ys", "y", "ish", "ic", "ia", "ie", "ies", "istan"}


@cache
def country_prefixes() -> tuple[frozenset[str], tuple[int, ...]]:
    """What a word made from a country name opens with: the folded name of four letters or
    more, or of six or more less its last letter ("Germanys", "Austrian"); and their sizes."""
    prefixes = {name for name in country_folds() if len(name) >= 4}
    prefixes |= {name[:-1] for name in country_folds() if len(name) >= 6}
    return frozenset(prefixes), tuple(sorted({len(prefix) for prefix in prefixes}))


@cache
def country_folds() -> frozenset[str]:
    from tqcheck.gazetteer import iso

    names = set()
    for country in iso.countries():
        for value in (country.name, country.common_name):
            if value and " " not in value and "," not in value:
                names.add(fold(value))
    return frozenset(names)


def is_person(text: str) -> bool:
    from tqcheck.gazetteer.index import default_gazetteer

    return any(m.entry.kind == "person" for m in default_gazetteer().known(text))


# The Arabic article a romanisation writes before a name: "al"/"el" before any letter, and
# before a sun letter the form that doubles it ("As-Suwayda", "Ash Shihr", "Ed Dueim").
_SUN_ARTICLES = (
    ("sh", ("Ash", "Esh")),
    ("th", ("Ath",)),
    ("dh", ("Adh",)),
    ("s", ("As", "Es")),
    ("r", ("Ar", "Er")),
    ("n", ("An", "En")),
    ("d", ("Ad", "Ed")),
    ("t", ("At", "Et")),
    ("z", ("Az", "Ez")),
)


def recorded_with_article(name: str) -> list[GeoPlace]:
    """Places GeoNames records as ``name`` with the Arabic article before it and not as
    ``name`` itself ("Hodeidah": El-Hodeidah, Al Hudaydah), largest first: English copy drops
    the article of a well-known name ("Port of Hodeidah", "in Hodeidah"), and the index looks
    a spelling up as written. A name that has an article of its own, or is no capitalised
    word, has none."""
    words = name.split()
    if not words or not words[0][:1].isupper() or ARTICLE.match(words[0].lower()):
        return []
    if geonames_index().exact(name):
        return []
    folded = words[0].lower()
    articles = ["Al", "El"]
    for start, forms in _SUN_ARTICLES:
        if folded.startswith(start):
            articles.extend(forms)
            break
    seen: dict[str, GeoPlace] = {}
    for article in articles:
        for place in geonames_index().exact(f"{article} {name}"):
            seen.setdefault(place.geonameid, place)
    return sorted(seen.values(), key=lambda place: -place.population)


# Countries whose towns reach English from Hebrew, not Arabic script: professional translation
# romanises them many ways GeoNames does not record ("Ganey Tikva", Ganei Tikva, in a
# professional he->en reference), so a spelling it lacks is no evidence there.
HEBREW_NAMED = frozenset({"IL"})


def unrecorded_spelling(text: str) -> bool:
    """``text``, one word but for the Arabic article, is a spelling no source records and
    English text does not write: GeoNames has it for no place, with any form of the article or
    none ("Al-Dasma": Dasma, Ad Dasmah, is recorded), and wordfreq's large English list has it
    neither as written nor without the article (:func:`written_in_english`).

    Professional English copy writes the region's towns by recorded spellings: of the region's
    towns named in the professional references of the team's evaluation data (8,403 segments),
    two were spelled otherwise, a short vowel read a/e ("Samnan", Semnan) and a Hebrew name
    ("Ganey Tikva"). The conventions that romanisations differ by (French ou, a final h, the
    article, the diphthongs, a shadda written once) are why sources record several spellings of
    one name, not a licence for spellings none records ("Al-Ramadih", "Al-Moukalla")."""
    if geonames_index().exact(text):
        return False
    words = [word for word in _SPACE_OR_HYPHEN.split(text) if word]
    bare = [word for word in words if not ARTICLE.match(word.lower())]
    if len(bare) != 1 or any(geonames_index().exact(form) for form in _article_forms(words)):
        # A name of several words combines each word's conventions, and sources record few of
        # the combinations: "Tel Abyad", "Umm Qais", "Sheikh Zuweid", "Ain al-Arab" are wire
        # copy's, and GeoNames has none of them as written.
        return False
    if written_in_english(text) or written_in_english(" ".join(bare)):
        return False
    return not is_person(text)


def _article_forms(words: list[str]) -> list[str]:
    """The name of ``words`` with each Arabic article standing alone written every way a
    romanisation writes it ("Al", "El", the form of a sun letter, none): the article's form is
    a convention of its own, which sources vary ("Sabt el Alaya", Sabt Al Alaya); the
    name's body is what a recorded spelling must have."""
    forms = [""]
    for at, word in enumerate(words):
        if not ARTICLE.match(word.lower()) or at + 1 == len(words):
            forms = [f"{form} {word}" for form in forms]
            continue
        articles = ["", "Al", "El"]
        following = words[at + 1].lower()
        for start, sun in _SUN_ARTICLES:
            if following.startswith(start):
                articles.extend(sun)
                break
        forms = [f"{form} {article}" for form in forms for article in articles][:MAX_ARTICLE_FORMS]
    return [" ".join(form.split()) for form in forms]


MAX_ARTICLE_FORMS = 64  # a name of several articles: enough forms for three of them


def written_in_english(text: str) -> bool:
    """English text writes ``text`` (one or more words, as one token: wordfreq's large English
    list has it at any frequency): "Incirlik" 2.1, "Kashagan" 1.3, "Sulaimaniyah" 1.1. MT's
    respellings of the region's names are spellings nobody writes ("Nablous", "Tadmour",
    "Jeezan", "Toulkarim", "Ghardaqa": 0); the few that English text has are other words or
    names ("Wajda", "Wann"), which :func:`_accepted_spelling` and
    :func:`_hamlet_of_a_facility` do not meet. Asked only of a reading about to be reported."""
    from tqcheck.gazetteer.words import known_to_english_text

    token = fold(text).replace(" ", "")
    if not token.isalpha():
        return False
    return known_to_english_text(token) or f"\n{token}\n" in rare_english_words()


@cache
def rare_english_words() -> str:
    """The words of wordfreq's large English list below ``words.NAME_ZIPF`` (which
    ``known_to_english_text`` keeps apart), each between two newlines in one string, kept as a
    pickle beside that list's: unpacking the large list took 0.4-0.5 s of the first check that
    asked (issue 13: speed); a membership test is one substring search."""
    from tqcheck.gazetteer import words

    name = f"wordfreq-large-en-below-{words.NAME_ZIPF}-{words.wordfreq_version()}-1.pickle"
    path = words.cache_path(name)
    if path is not None and isinstance(cached := cache_files.load(path), str):
        return cached
    try:
        lists = words.read_list("large")
    except (ImportError, OSError, ValueError):  # wordfreq laid out otherwise: none known
        return ""
    found = [word for value, part in lists if 0 < value < words.NAME_ZIPF for word in part]
    text = "\n" + "\n".join(found) + "\n"
    if path is not None:
        cache_files.store(path, text)
    return text


def conventional_form(text: str, place: GeoPlace) -> bool:
    """``text`` is one of ``place``'s Latin names but for the article or a final h
    (``same_name``) or under another convention of romanising Arabic (``romanised_alike``)."""
    names = [place.name, *(spelling for spelling, _kind in geonames_index().spellings(place))]
    latin = [name for name in names if fold(name).isascii()]
    return any(same_name(text, name, place.country) for name in latin) or romanised_alike(
        text, place.country, latin
    )


def well_known(garble: Garble) -> bool:
    """``garble`` names a city of ``WELL_KNOWN_POPULATION`` or more."""
    place = geonames_index().get(garble.geonameid)
    return place is not None and place.population >= WELL_KNOWN_POPULATION


def english_name(place: GeoPlace, *spellings: str) -> str:
    """The spelling to suggest: common English usage where recorded, else the GeoNames name
    without diacritics."""
    from anyascii import anyascii

    names = english_names()
    for spelling in (place.name, *spellings):
        english = names.get((place.country, fold(spelling)))
        if english is None and is_arabic(spelling):
            english = names.get((place.country, "ar:" + arabic_key(spelling)))
        if english:
            return english
    return anyascii(place.name).replace("'", "’") if not place.name.isascii() else place.name


def country_name(code: str) -> str:
    from tqcheck.gazetteer import iso

    return {"TR": "Turkey"}.get(code) or iso.short_name(code)


def plural_bases(word: str) -> list[str]:
    """The singulars an English plural may have ("cities" -> "city", "churches" -> "church",
    "camps" -> "camp"; a non-word among them matches nothing)."""
    found: list[str] = []
    if word.endswith("ies") and len(word) > 4:
        found.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        found.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        found.append(word[:-1])
    return found


def base_forms(phrase: str) -> list[str]:
    """The base forms an inflected English word (the last of ``phrase``) may have, as the word
    tables list them: a plural ("tents", "cities"), a participle ("illuminated", "walled"), a
    gerund ("grinding"). No agent nouns: "Burner" is no "burn"."""
    head, _, word = phrase.rpartition(" ")
    found = plural_bases(word)
    # a participle or gerund only of a word English text uses: "Mered" (Beni Mered, kept
    # untranslated beside "Sons of") is no form of "mere"
    if word.endswith("ed") and len(word) > 4 and known_to_english_text(word):
        found += [word[:-1], word[:-2]]  # "illuminated", "walled"
        if word[-3] == word[-4]:
            found.append(word[:-3])  # "dammed"
    if word.endswith("ing") and len(word) > 5 and known_to_english_text(word):
        found += [word[:-3], word[:-3] + "e"]  # "grinding", "shining"
        if word[-4] == word[-5]:
            found.append(word[:-4])  # "running"
    prefix = f"{head} " if head else ""
    return [prefix + form for form in found]


ARTICLE = patterns.compile(r"^(?:a[lnrstdz]|el|ad|ash|ath|adh|as|at|ar|an|az|ed|er|es|et|en|ez)$")


# compiled once, not looked up in re's cache on each of a document's thousands of calls
NAME_PARTS = patterns.compile(r"[\s'’‘-]+")
_SPACE_OR_HYPHEN = patterns.compile(r"[\s-]+")


@lru_cache(maxsize=65536)  # asked for the same spellings of the index for each candidate
def bare_name(name: str) -> str:
    """Folded name without the Arabic article words ("Dayr al Balah" -> "dayrbalah")."""
    parts = [p for p in NAME_PARTS.split(fold_keep_spaces(name)) if p]
    return "".join(p for p in parts if not ARTICLE.match(p)) or fold(name)


def fold_keep_spaces(name: str) -> str:
    return " ".join(fold(part) for part in _SPACE_OR_HYPHEN.split(name))


def same_name(written: str, spelling: str, country: str = "") -> bool:
    """Two romanisations of one name that differ only in the article, a final h or apostrophes
    ("Jufra", "Al Jufrah"): a variant, not a garble. The final h is a taa marbuta or a final
    he of Arabic script, which romanisations write or drop: not for a place of ``country``
    whose names are written at home in Latin or Cyrillic letters (``vowels_written``: Gebze
    has one spelling, "Gebzeh" is no variant of it)."""
    from tqcheck.gazetteer.through_arabic import vowels_written

    a, b = list(folded_words(written)), list(folded_words(spelling))
    if a and b and country not in vowels_written():
        a[-1], b[-1] = a[-1].removesuffix("h"), b[-1].removesuffix("h")
    return a == b


def one_short_vowel_apart(written: str, spelling: str) -> bool:
    """One vowel letter swapped a/e, the rest the same: two readings of an unwritten Arabic
    short vowel (fatha), which sources spell either way ("Samnan", "Semnan"). An e/i swap is
    not: sources that write e for kasra write it throughout ("Shymkint" is a garble)."""
    from rapidfuzz.distance import Levenshtein

    a, b = bare_name(written), bare_name(spelling)
    ops = Levenshtein.editops(a, b)
    if len(ops) != 1 or ops[0].tag != "replace":
        return False
    pair = {a[ops[0].src_pos], b[ops[0].dest_pos]}
    return pair == {"a", "e"}


# Conventions of romanising Arabic that spell one name two ways: French ou for u, the
# diphthongs ay/ai/ei/ey and aw/au/ow, French gu before e or i.
CONVENTIONS = (
    (patterns.compile(r"ou"), "u"),
    (patterns.compile(r"a[iy]|e[iy]"), "ay"),
    (patterns.compile(r"a[uw]|ow"), "aw"),
    (patterns.compile(r"gu(?=[ei])"), "g"),
)
DOUBLED = patterns.compile(r"([b-df-hj-np-tv-z])\1")
# An ain or hamza before a vowel after a consonant ("Rif’at", "Sa’id"), which English copy writes
# as the vowel doubled ("Rifaat", "Saaid"): the mark becomes the vowel.
AIN_BEFORE_VOWEL = patterns.compile(r"(?<=[b-df-hj-np-tv-z])['’ʿʾ‘`]([aeiou])")


def romanisation_key(name: str, shadda: bool = False, ain: bool = False) -> str:
    """The name's words (``folded_words``) with the conventions of ``CONVENTIONS`` made one; with
    ``shadda``, a doubled consonant written once (a spelling that doubles one the place's name
    writes once, "Ghadamess", is no convention); with ``ain``, an ain before a vowel written as
    the vowel doubled (``AIN_BEFORE_VOWEL``: "Rifaat" for Rif’at)."""
    if ain:
        name = AIN_BEFORE_VOWEL.sub(r"\1\1", name)
    key = " ".join(folded_words(name))
    for pattern, replacement in CONVENTIONS:
        key = pattern.sub(replacement, key)
    return DOUBLED.sub(r"\1", key) if shadda else key


def romanised_alike(
    written: str,
    country: str,
    names: Iterable[str],
    spellings: Iterable[str] = (),
    vowels: bool = True,
) -> bool:
    """``written`` spells one of ``names`` under other conventions of romanising Arabic ("Marsa
    Matrouh" for Marsa Matruh, "Ain al-Arab" for 'Ayn al 'Arab, "Maarat al-Numan" for Ma'arrat
    an Nu'man, the shadda of the place's name written once), at most with an unwritten short
    vowel read a or e ("Tel Abyad", Tall Abyad) where that is no garble
    (``vowel_swap_is_garble``, given the place's recorded ``spellings``): a spelling wire copy
    uses, not MT's. Only for a place whose name is written at home in Arabic script: a Turkish
    or Central Asian name has one Latin spelling ("Istanboul" is French for Istanbul). Without
    ``vowels``, the conventions alone, no short vowel read otherwise."""
    from tqcheck.gazetteer.through_arabic import vowels_written

    if country in vowels_written():
        return False
    key = romanisation_key(written)
    for name in names:
        other = romanisation_key(name, shadda=True)
        if key in (other, romanisation_key(name), romanisation_key(name, True, ain=True)):
            # the shadda written once, or doubled as the place's name doubles it ("Salloum"
            # for As Sallum, "Umm Qais" for Umm Qays); an ain as a doubled vowel ("Tal Rifaat")
            return True
        if (
            vowels
            and one_short_vowel_apart(key, other)
            and not vowel_swap_is_garble(country, written, name, english_names(), spellings)
        ):
            return True
    return False


def country_word(word: str) -> bool:
    """A country's name, its people's or a possessive of it ("Egypt", "Algerian", "Iraq's")."""
    word = re.sub(r"['’]s$", "", word)
    return country_of_word(word) is not None or country_derived(word)


@cache
def former_countries() -> frozenset[str]:
    """Folded names of the countries ISO 3166-3 records as gone ("Yugoslavia", "Zaire"): "the
    war in Yugoslavia" names a country, not a town."""
    import json

    path = cache_files.package_file("pycountry", "databases", "iso3166-3.json")
    try:
        entries = json.loads(Path(path).read_text(encoding="utf-8"))["3166-3"]
    except OSError:
        return frozenset()
    return frozenset(fold(entry["name"].split(",")[0]) for entry in entries)


@cache
def languages() -> frozenset[str]:
    """Folded names of the languages with an ISO 639-1 code ("Hebrew", "Arabic"), and the
    English names of the region's languages and dialects that those names lack
    (``language_names.txt``: "Farsi", "Sorani", "Kurmanji"): "in Hebrew", "issued in Farsi"
    name what was said, not where."""
    import json

    from tqcheck.lexicon import word_list

    extra = {fold(line.split("\t")[0]) for line in word_list("language_names")}
    path = cache_files.package_file("pycountry", "databases", "iso639-3.json")
    try:
        entries = json.loads(Path(path).read_text(encoding="utf-8"))["639-3"]
    except OSError:
        return frozenset(extra)
    return frozenset(
        extra | {fold(entry["name"].split(" (")[0]) for entry in entries if "alpha_2" in entry}
    )


def is_language_name(text: str) -> bool:
    """``text`` is the name of a language (:func:`languages`): no place, whatever it sounds
    like ("The statement, issued in Farsi": not Fasa, Iran)."""
    return " " not in text.strip() and fold(text) in languages()
