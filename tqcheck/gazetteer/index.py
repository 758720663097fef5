"""The gazetteer index: curated CSV layers loaded into lookup tables, and name resolution.

Resolution order for a name written in English copy:

1. ``exact``: the entry's house-style name; ``variant``: another accepted spelling;
   ``garble``: a known machine-translation garble recorded in the CSV;
2. ``bridge``: an English word that machine translation made of an Arabic spelling
   ("Gabriel" is how MT reads جبرائيل, the Arabic spelling of Jabrayil), listed in
   ``name_bridge.csv``; ``transliteration``: the same without a list, when the word's consonant
   skeleton equals the skeleton of one of the entry's Arabic spellings read in the same sound
   classes (``keys.arabic_skeletons``: "Gabriel" JBRL = جبرائيل JBRL);
3. ``fuzzy``: a consonant skeleton with MT-confusion classes (``keys.skeletons``), exact or one
   consonant apart, verified with a Jaro-Winkler score on the ASCII-folded spellings.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz.distance import JaroWinkler, Levenshtein

from tqcheck.errors import ConfigError
from tqcheck.gazetteer.keys import arabic_key, arabic_skeletons, fold, is_arabic, skeletons

PLACE_COLUMNS = (
    "id",
    "name",
    "kind",
    "country",
    "admin_unit",
    "admin_term",
    "variants",
    "arabic",
    "cyrillic",
    "armenian",
    "mt_garbles",
    "lat",
    "lon",
    "geonameid",
    "source",
    "notes",
)
BRIDGE_COLUMNS = ("english", "arabic", "note")
_METHOD_RANK = {
    "exact": 0,
    "variant": 1,
    "garble": 2,
    "bridge": 3,
    "transliteration": 4,
    "fuzzy": 5,
}
# Arabic skeletons shorter than this match too many English words to be evidence.
_MIN_ARABIC_SKELETON = 4
MIN_FUZZY_SCORE = 0.80  # same skeleton
MIN_NEAR_SCORE = 0.85  # skeletons one consonant apart (after the 0.05 penalty)
_MIN_SKELETON = 3


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    name: str
    kind: str
    country: str
    admin_unit: str
    admin_term: str
    lat: float | None
    lon: float | None
    geonameid: str
    source: str


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    query: str
    spelling: str  # the recorded spelling that matched
    method: str  # exact | variant | garble | bridge | fuzzy
    score: float
    evidence: str

    @property
    def rank(self) -> tuple[int, float]:
        return (_METHOD_RANK[self.method], -self.score)


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def _float(value: str, path: Path, line: int, column: str) -> float | None:
    if not value.strip():
        return None
    try:
        return float(value)
    except ValueError:
        raise ConfigError(
            f"{path}:{line}: column '{column}' must be a number, got {value!r}"
        ) from None


_CSV_MAX_BYTES = 64 * 1024 * 1024  # a curated layer is a few hundred KB


def _rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """The rows of a curated CSV with the line each starts on; every defect is a
    ``file:line`` ConfigError: a byte that is not UTF-8, a quote left open (which would
    otherwise swallow the rows after it), a row with the wrong number of columns."""
    import io

    from tqcheck.document.source import read_limited

    data = read_limited(path, _CSV_MAX_BYTES, "gazetteer", ConfigError, hint="")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ConfigError(
            f"{path}:{line}: gazetteer is not valid UTF-8 (byte offset {exc.start})"
        ) from None
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        fieldnames = reader.fieldnames or []
    except csv.Error as exc:
        raise ConfigError(f"{path}:1: malformed CSV header ({exc})") from None
    missing = [column for column in required if column not in fieldnames]
    if missing:
        raise ConfigError(f"{path}:1: gazetteer header lacks column '{missing[0]}'")
    first = reader.line_num + 1  # the line the next row starts on
    try:
        for row in reader:
            values = [value for value in row.values() if isinstance(value, str)]
            if any("\n" in value or "\r" in value for value in values):
                raise ConfigError(
                    f"{path}:{first}: a quoted field runs over the end of the line "
                    "(a quote left open?)"
                )
            if None in row or any(row.get(column) is None for column in required):
                raise ConfigError(f"{path}:{first}: row does not have {len(fieldnames)} columns")
            yield first, row
            first = reader.line_num + 1
    except csv.Error as exc:
        raise ConfigError(f"{path}:{first}: malformed CSV ({exc})") from None


_VOWELS = frozenset("aeiouy")


def spelling_evidence(query: str, spelling: str) -> str:
    """Letters that differ between two folded spellings: "Khojawound" ~ "Khojavend" -> "w/v, ou/e".

    Neighbouring vowel changes are reported together, consonant changes one by one.
    """
    a, b = fold(query), fold(spelling)
    groups: list[list[str]] = []  # [source letters, target letters]
    last_position = -2
    last_vowel = False
    for op in Levenshtein.editops(a, b):
        source = a[op.src_pos] if op.tag != "insert" else ""
        target = b[op.dest_pos] if op.tag != "delete" else ""
        vowel = set(source + target) <= _VOWELS
        position = op.src_pos
        if groups and vowel and last_vowel and position - last_position <= 1:
            groups[-1][0] += source
            groups[-1][1] += target
        else:
            groups.append([source, target])
        last_position, last_vowel = position, vowel
    return ", ".join(f"{source or '-'}/{target or '-'}" for source, target in groups)


class Gazetteer:
    """Entries from one or more CSV layers, indexed by folded name, skeleton and Arabic key."""

    def __init__(self, recorded_garbles: bool = True) -> None:
        self.recorded_garbles = recorded_garbles
        self.entries: dict[str, Entry] = {}
        self._spellings: dict[str, list[tuple[str, str, str]]] = {}  # fold -> (id, text, kind)
        self._skeletons: dict[str, list[tuple[str, str]]] = {}  # key -> (id, spelling)
        # what lookups read: the table above, or its packed form (:meth:`pack_skeletons`)
        self._skeleton_table: Mapping[str, list[tuple[str, str]]] = self._skeletons
        self._arabic: dict[str, list[str]] = {}
        self._bridge: dict[str, list[str]] = {}
        self._arabic_skeletons: dict[str, list[tuple[str, str]]] = {}  # key -> (id, spelling)

    def spelling_rows(self) -> Iterator[tuple[str, str, str]]:
        """Every spelling the layers record: (entry id, spelling, kind), by folded key."""
        for rows in self._spellings.values():
            yield from rows

    # -- loading ---------------------------------------------------------------------------
    def add_places(self, path: Path) -> None:
        for line, row in _rows(path, ("id", "name", "kind", "country")):
            entry_id = row["id"].strip()
            if not entry_id or not row["name"].strip():
                raise ConfigError(f"{path}:{line}: 'id' and 'name' must not be empty")
            if entry_id in self.entries:
                raise ConfigError(f"{path}:{line}: duplicate id '{entry_id}'")
            entry = Entry(
                id=entry_id,
                name=row["name"].strip(),
                kind=row["kind"].strip(),
                country=row["country"].strip().upper(),
                admin_unit=(row.get("admin_unit") or "").strip(),
                admin_term=(row.get("admin_term") or "").strip(),
                lat=_float(row.get("lat") or "", path, line, "lat"),
                lon=_float(row.get("lon") or "", path, line, "lon"),
                geonameid=(row.get("geonameid") or "").strip(),
                source=(row.get("source") or "").strip(),
            )
            self.entries[entry_id] = entry
            self._add_spelling(entry, entry.name, "exact")
            for spelling in _split(row.get("variants") or ""):
                self._add_spelling(entry, spelling, "variant")
            for spelling in _split(row.get("mt_garbles") or "") if self.recorded_garbles else ():
                self._add_spelling(entry, spelling, "garble")
            for spelling in _split(row.get("arabic") or ""):
                self._arabic.setdefault(arabic_key(spelling), []).append(entry_id)
                for key in arabic_skeletons(spelling):
                    if len(key) >= _MIN_ARABIC_SKELETON:
                        self._arabic_skeletons.setdefault(key, []).append((entry_id, spelling))

    def add_bridge(self, path: Path) -> None:
        for _, row in _rows(path, BRIDGE_COLUMNS[:2]):
            keys = [arabic_key(spelling) for spelling in _split(row["arabic"])]
            self._bridge.setdefault(fold(row["english"]), []).extend(keys)

    def _add_spelling(self, entry: Entry, spelling: str, kind: str) -> None:
        key = fold(spelling)
        if not key:
            return
        self._spellings.setdefault(key, []).append((entry.id, spelling, kind))
        if kind == "garble":
            return  # a garble is matched exactly, never used as a model of the right spelling
        for skeleton in skeletons(spelling):
            for variant in _with_deletions(skeleton):
                self._skeletons.setdefault(variant, []).append((entry.id, spelling))

    def pack_skeletons(self) -> None:
        """Keep the skeleton table packed (:class:`~tqcheck.cache_files.PackedLists`: keys
        and lists as two strings, each key's list made when first read), for a gazetteer that
        is loaded, not added to: the default one is a pickle in the cache folder read by every
        check, and its 14,000 (id, spelling) tuples took nine tenths of its reading (issue 13,
        cold start). The same keys, lists and order; no more layers may be added after."""
        from tqcheck.cache_files import PackedLists, pack_lists

        table = self._skeletons
        pairs = list(dict.fromkeys(pair for rows in table.values() for pair in rows))
        number = {pair: index for index, pair in enumerate(pairs)}
        self._skeleton_table = PackedLists(pack_lists(table, number.__getitem__), pairs.__getitem__)
        self._skeletons = {}

    # -- lookup ----------------------------------------------------------------------------
    def lookup(self, query: str, country: str | None = None) -> list[Match]:
        """Matches for ``query``, best first (one per entry)."""
        found: dict[str, Match] = {}
        for match in itertools.chain(
            self._exact(query),
            self._bridged(query),
            self._transliterated(query),
            self._fuzzy(query),
        ):
            if country and match.entry.country != country.upper():
                continue
            best = found.get(match.entry.id)
            if best is None or match.rank < best.rank:
                found[match.entry.id] = match
        return sorted(found.values(), key=lambda m: m.rank)

    def is_given_name(self, word: str) -> bool:
        """True for an English word the bridge lists (a given name MT may output)."""
        return fold(word) in self._bridge

    def known(self, query: str) -> list[Match]:
        """Exact, variant and garble matches only (no bridge, no fuzzy): cheap, for scanning."""
        return list(self._exact(query))

    def arabic_entries(self, key: str) -> tuple[Entry, ...]:
        """Entries with an Arabic spelling whose :func:`arabic_key` is ``key``: what
        :meth:`known` finds for an Arabic query, for callers that hold the key already."""
        ids = self._arabic.get(key, ())
        return tuple(dict.fromkeys(self.entries[entry_id] for entry_id in ids))

    def best(self, query: str, country: str | None = None) -> Match | None:
        matches = self.lookup(query, country)
        return matches[0] if matches else None

    def _exact(self, query: str) -> Iterable[Match]:
        if is_arabic(query):
            for entry_id in self._arabic.get(arabic_key(query), []):
                entry = self.entries[entry_id]
                yield Match(entry, query, query, "variant", 1.0, "Arabic spelling")
            return
        for entry_id, spelling, kind in self._spellings.get(fold(query), []):
            entry = self.entries[entry_id]
            evidence = "recorded machine-translation garble" if kind == "garble" else ""
            yield Match(entry, query, spelling, kind, 1.0, evidence)

    def _bridged(self, query: str) -> Iterable[Match]:
        for key in self._bridge.get(fold(query), []):
            for entry_id in self._arabic.get(key, []):
                entry = self.entries[entry_id]
                yield Match(
                    entry,
                    query,
                    entry.name,
                    "bridge",
                    0.95,
                    f"{query} is how machine translation reads the Arabic spelling of {entry.name}",
                )

    def _transliterated(self, query: str) -> Iterable[Match]:
        if is_arabic(query):
            return
        for key in skeletons(query):
            for entry_id, spelling in self._arabic_skeletons.get(key, []):
                entry = self.entries[entry_id]
                yield Match(
                    entry,
                    query,
                    entry.name,
                    "transliteration",
                    0.9,
                    f"{query} reads like the Arabic spelling {spelling} of {entry.name} "
                    f"transliterated back (consonants {key})",
                )

    def _fuzzy(self, query: str) -> Iterable[Match]:
        folded = fold(query)
        for skeleton in skeletons(query):
            if len(skeleton) < _MIN_SKELETON:
                continue
            for variant in _with_deletions(skeleton):
                for entry_id, spelling in self._skeleton_table.get(variant, []):
                    score = JaroWinkler.similarity(folded, fold(spelling))
                    minimum = MIN_FUZZY_SCORE
                    if variant != skeleton or skeleton not in skeletons(spelling):
                        score -= 0.05  # one consonant apart
                        minimum = MIN_NEAR_SCORE
                    if score >= minimum:
                        yield Match(
                            self.entries[entry_id],
                            query,
                            spelling,
                            "fuzzy",
                            round(score, 3),
                            spelling_evidence(query, spelling),
                        )


def _with_deletions(skeleton: str) -> set[str]:
    """The skeleton and, for skeletons of four or more classes, each one-deletion of it."""
    keys = {skeleton}
    if len(skeleton) >= 4:
        keys.update(skeleton[:i] + skeleton[i + 1 :] for i in range(len(skeleton)))
    return keys


def bundled_dir() -> Path:
    """``gazetteers/`` of a source checkout, else the copy installed under ``share/``."""
    import sys

    source = Path(__file__).resolve().parents[2] / "gazetteers"
    if source.is_dir():
        return source
    return Path(sys.prefix) / "share" / "tqcheck" / "gazetteers"


# Environment switch: ``TQCHECK_RECORDED_GARBLES=0`` ignores the ``mt_garbles`` column of the
# curated CSVs, so that benchmarks measure what the matcher finds by itself (issue 13).
RECORDED_GARBLES_ENV = "TQCHECK_RECORDED_GARBLES"


def recorded_garbles_enabled() -> bool:
    import os

    return os.environ.get(RECORDED_GARBLES_ENV, "1").strip().lower() not in ("0", "no", "false")


def default_gazetteer() -> Gazetteer:
    """The bundled curated layers (the ``mt_garbles`` column unless switched off)."""
    return _default_gazetteer(recorded_garbles_enabled())


_PLACE_LAYERS = ("south-caucasus.csv", "people.csv")
_BRIDGE_LAYER = "name_bridge.csv"


@cache
def _default_gazetteer(recorded_garbles: bool) -> Gazetteer:
    """Built once per machine and kept as a pickle in tqcheck's cache folder (issue 13: the
    skeleton tables took a fifth of a rules-only run), under a name that changes with the CSVs'
    bytes and the code that builds the keys, so an edited layer or key is built again."""
    from tqcheck.gazetteer import cache_files

    directory = bundled_dir()
    cache_file = default_cache_file(directory, recorded_garbles)
    if cache_file is not None and isinstance(cached := cache_files.load(cache_file), Gazetteer):
        return cached
    gazetteer = Gazetteer(recorded_garbles=recorded_garbles)
    for name in _PLACE_LAYERS:
        path = directory / name
        if path.is_file():
            gazetteer.add_places(path)
    bridge = directory / _BRIDGE_LAYER
    if bridge.is_file():
        gazetteer.add_bridge(bridge)
    gazetteer.pack_skeletons()  # read back in a tenth of the time
    if cache_file is not None:
        cache_files.store(cache_file, gazetteer)  # not stored in a read-only cache: built again
    return gazetteer


def default_cache_file(directory: Path, recorded_garbles: bool) -> Path | None:
    """The pickle of the default gazetteer: named after the layers' bytes, this module's and
    ``keys``' source, anyascii's install and the garbles switch; None when a file is unreadable."""
    import anyascii

    from tqcheck.gazetteer import cache_files, keys

    facts: list[object] = [recorded_garbles, _CACHE_VERSION]
    try:
        for name in (*_PLACE_LAYERS, _BRIDGE_LAYER):
            facts.append(cache_files.checksum(directory / name))
        for source in (__file__, keys.__file__):
            facts.append(cache_files.checksum(Path(source)))
        facts.append(Path(anyascii.__file__).stat().st_mtime_ns)
    except OSError:
        return None
    return cache_files.named_path("curated", facts)


_CACHE_VERSION = 2  # 2: the skeleton table packed
