"""Derived tables kept as pickles in tqcheck's cache folder, next to the GeoNames index: the
plumbing every layer shares (the gazetteer's tables, the command's kept pattern and dataclass
code); :mod:`tqcheck.gazetteer.cache_files` adds the gazetteer's own inputs.

A table is read back when its file is there and whole; otherwise the caller builds it and
:func:`store` writes it atomically (a per-process temporary file renamed into place, so
concurrent workers never read a half-written file). A cache folder that cannot be written (a
read-only folder, even for root, whose writes the mode does not stop; a read-only mount; a full
disk) is left as it is: the table is simply built again by the next process.
"""

from __future__ import annotations

import atexit
import gc
import os
import pickle
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")
E = TypeVar("E")
K = TypeVar("K")
V = TypeVar("V")


def load(path: Path) -> Any | None:
    """The table pickled at ``path``, or None when it is missing or unreadable.

    The cyclic garbage collector is paused while a table is read: the tables hold only new,
    acyclic containers, and collections triggered by their allocation made reading them a
    quarter slower (issue 13: cold start). What was read is then frozen (``gc.freeze``: moved
    out of the collector's generations, with every object the process holds then): the tables
    live as long as the process, and each later collection had scanned their containers again
    (about 0.05 s of a check's collections on a garble-dense article, most of them these)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as handle:
            value = pickle.load(handle)
    except (OSError, ValueError, EOFError, AttributeError, pickle.UnpicklingError):
        return None
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    return value


def checksum(path: Path) -> int | None:
    """The CRC-32 of a file's bytes, for a cache name (None when there is no such file); raises
    OSError when it cannot be read. A module's source (``.py``) or an installed package's file
    is read once a process while its size and time are the same (the process runs the code it
    imported; the tables name the modules that read them: a garble-dense article's check
    read keys.py seventeen times, 7.7 MB for 2.2 MB of files)."""
    if not path.is_file():
        return None
    if path.suffix != ".py" and not _INSTALLED.intersection(path.parts):
        return zlib.crc32(path.read_bytes())
    status = path.stat()
    key = (str(path), status.st_size, status.st_mtime_ns)
    found = _CHECKSUMS.get(key)
    if found is None:
        found = _CHECKSUMS[key] = zlib.crc32(path.read_bytes())
    return found


_INSTALLED = frozenset({"site-packages", "dist-packages"})
_CHECKSUMS: dict[tuple[str, int, int], int] = {}


def named_path(prefix: str, facts: object) -> Path:
    """``<prefix>-<checksum of facts>.pickle`` in the gazetteer folder of tqcheck's cache: a
    table named after what it is built from (inputs' checksums, versions), so that a changed
    input is built again under a new name."""
    from tqcheck.cache_location import cache_dir

    return cache_dir() / "gazetteer" / f"{prefix}-{zlib.crc32(repr(facts).encode()):08x}.pickle"


def table(
    prefix: str,
    inputs: Iterable[Path | str],
    build: Callable[[], T],
    kind: type,
    facts: Iterable[object] = (),
) -> T:
    """The table ``build`` makes from the files ``inputs`` (data files and the modules that
    read them), kept as ``<prefix>-<checksum>.pickle``: read back while every input's bytes,
    the other ``facts`` (a switch, another table's name) and the Python version are the same,
    else built and stored (a cache that cannot be written, or an input that cannot be read,
    only means building it each time). ``kind`` is the type a good pickle holds."""
    facts = [sys.version, *facts]
    try:
        facts.extend(checksum(Path(source)) for source in inputs)
    except OSError:
        return build()
    path = named_path(prefix, facts)
    cached = load(path)
    if isinstance(cached, kind):
        return cached  # type: ignore[return-value]
    value = build()
    store(path, value)  # not stored in a read-only cache: built again next time
    return value


def data_file(name: str) -> Path | str:
    """The path of ``tqcheck/data/<name>``, as an input of :func:`table`."""
    from importlib import resources

    return str(resources.files("tqcheck.data").joinpath(name))


def package_file(package: str, *parts: str) -> Path | str:
    """The path of a file of an installed package, found without importing the package (an
    input of :func:`table`: pycountry's databases, wordfreq's word list); a path that is not
    there (reads as a missing input) when the package is not installed."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return f"<no {package}>"
    return Path(spec.origin).parent.joinpath(*parts)


def store(path: Path, value: Any) -> None:
    """Write ``value`` to ``path`` atomically, when the cache folder may be written."""
    if not may_write(path.parent):
        return
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
    except OSError:
        temporary.unlink(missing_ok=True)


class KeptTable(Generic[K, V]):
    """A table kept in the cache folder for the life of a process (the compiled code the command
    reuses: ``tqcheck.patterns``, ``tqcheck.dataclass_code``): read from the pickle at ``path()``
    on first use, and written back atomically when the process ends, if it added an entry or the
    table holds more than twice the entries this process used (``used``; at least
    ``MIN_KEPT``). A write keeps the entries this process used, after them in the pickle, and
    before them the most recent of the others up to that bound: the cache is shared by the
    command, the semantic checks and test runs, whose entries a rules-only check never reads
    (issue 13: a test run left 2,918 dataclass texts and 2,053 patterns that every check read
    back, pruned only past 4,000 entries). A table grown past ``max_entries``, or one
    ``too_large`` finds too large, keeps only the entries this process used. A cache that
    cannot be written is no error: the entries are simply made again by the next process."""

    SPARE = 2  # a table may hold this many times the entries the last process used ...
    MIN_KEPT = 100  # ... or this many

    def __init__(
        self,
        path: Callable[[], Path],
        max_entries: int,
        too_large: Callable[[dict[K, V]], bool] | None = None,
    ) -> None:
        self._path = path
        self._max_entries = max_entries
        self._too_large = too_large
        self.entries: dict[K, V] | None = None
        self.used: set[K] = set()
        self._added = False
        self._saved_at_exit = False

    def table(self) -> dict[K, V]:
        """The entries, read from the cache the first time."""
        if self.entries is None:
            read = load(self._path())
            self.entries = read if isinstance(read, dict) else {}
            self._register_save()
        return self.entries

    def add(self, key: K, value: V) -> None:
        """Keep ``value`` under ``key``; the table is written when the process ends."""
        self.table()[key] = value
        self._added = True
        self._register_save()

    def _register_save(self) -> None:
        if not self._saved_at_exit:
            self._saved_at_exit = True
            atexit.register(self._save_if_changed)

    def _bound(self) -> int:
        """The most entries the table keeps after this process."""
        return max(self.SPARE * len(self.used), self.MIN_KEPT)

    def _save_if_changed(self) -> None:
        """:meth:`save`, when this process added an entry or the table is past its bound (a
        process that read the table as it is writes nothing)."""
        if self.entries is not None and (self._added or len(self.entries) > self._bound()):
            self.save()

    def save(self) -> None:
        """Write the entries to the cache (atomically; not into a read-only one)."""
        if self.entries is None:
            return
        entries = self.entries
        used = self.used
        if len(entries) > self._max_entries or (
            self._too_large is not None and self._too_large(entries)
        ):
            kept = {key: value for key, value in entries.items() if key in used}
        else:
            others = [key for key in entries if key not in used]
            mine = [key for key in entries if key in used]
            others = others[max(0, len(others) - max(0, self._bound() - len(mine))) :]
            kept = {key: entries[key] for key in (*others, *mine)}
        try:
            store(self._path(), kept)
        except Exception:  # at exit, a cache that cannot be written is no error
            return


def may_write(folder: Path) -> bool:
    """Files may be created under ``folder``: the nearest existing folder is writable by its
    mode as well as by access (root ignores a 0555 folder's mode; a cache the user made
    read-only stays untouched, as the GeoNames layer leaves it)."""
    from tqcheck.output_files import writable_folder

    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    return existing.is_dir() and writable_folder(existing) is None


# Packed lists: a table of key -> list of entries pickled as two strings, which a process reads
# back in a fraction of the time its tuples took (a country's Arabic names: 17 ms -> 3 ms).
_SEPARATOR = "\x00"
_FIRST_CODE = 0x100  # entry numbers are written as characters from here on
_SURROGATES = 0xD800  # ... skipping the surrogates, which are no characters
_AFTER_SURROGATES = 0xE000


ListTable = Mapping[str, list[E]]  # a dict of lists, or the PackedLists read back


def _character(number: int) -> str:
    code = number + _FIRST_CODE
    return chr(code if code < _SURROGATES else code + _AFTER_SURROGATES - _SURROGATES)


def _number(character: str) -> int:
    code = ord(character)
    return code - (_FIRST_CODE if code < _SURROGATES else _FIRST_CODE + 0x800)


def pack_lists(table: Mapping[str, Sequence[E]], number: Callable[[E], int]) -> tuple[str, str]:
    """``table`` as two strings for a pickle: its keys, each after a NUL, and each key's list
    as one character per entry (its ``number``, from 0), each after a NUL. Read back with
    :class:`PackedLists`."""
    if any(_SEPARATOR in key for key in table):
        raise ValueError("a packed table's keys must not hold NUL")
    lists = ("".join(_character(number(entry)) for entry in entries) for entries in table.values())
    return "".join(_SEPARATOR + key for key in table), "".join(_SEPARATOR + s for s in lists)


class PackedLists(Mapping[str, list[E]], Generic[E]):
    """A read-only mapping key -> list of entries from :func:`pack_lists`' strings: the keys
    are split out when it is first asked anything (a check reads a country's Arabic tables by
    key or by skeleton, seldom both: splitting every table read back when it was made took
    28 ms of a garble-dense article's check, a third of it for tables never asked), each list
    is made (``entry`` of each number) when first read. Keys and values come in the packed
    table's order."""

    __slots__ = ("_codes", "_entry", "_packed", "_read")

    def __init__(self, packed: tuple[str, str], entry: Callable[[int], E]) -> None:
        self._packed: tuple[str, str] | None = packed
        self._codes: dict[str, str] | None = None
        self._entry = entry
        self._read: dict[str, list[E]] = {}

    def _split(self) -> dict[str, str]:
        """Key -> its list's characters, split out of the packed strings once. The packed
        strings are read before the split table, and dropped only after it is set: a thread
        that finds them gone finds the table (two threads splitting at once each split the
        same strings; neither reads an empty table)."""
        packed = self._packed
        codes = self._codes
        if codes is None:
            if packed is None:
                codes = self._codes
                assert codes is not None  # set before the packed strings were dropped
                return codes
            keys, lists = packed
            split = zip(keys.split(_SEPARATOR)[1:], lists.split(_SEPARATOR)[1:], strict=True)
            codes = self._codes = dict(split)
            self._packed = None
        return codes

    def __getitem__(self, key: str) -> list[E]:
        found = self._read.get(key)
        if found is None:
            codes = self._codes
            if codes is None:
                codes = self._split()
            entry = self._entry
            found = [entry(_number(c)) for c in codes[key]]
            self._read[key] = found
        return found

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        found = self._read.get(key)
        if found is not None:
            return found
        codes = self._codes
        if codes is None:
            codes = self._split()
        return self[key] if key in codes else default

    def __contains__(self, key: object) -> bool:
        codes = self._codes
        return key in (self._split() if codes is None else codes)

    def __iter__(self) -> Iterator[str]:
        codes = self._codes
        return iter(self._split() if codes is None else codes)

    def __len__(self) -> int:
        codes = self._codes
        return len(self._split() if codes is None else codes)
