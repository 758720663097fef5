"""Cold start (13Spd42): the command keeps the code of its dataclasses' methods
(:mod:`tqcheck.dataclass_code`) and of the patterns compiled as modules are imported
(``patterns.install``), each the code Python compiles; the GeoNames index answers places it
has read from memory and reads an exact spelling's places in the query that finds them; the
literal readers ask no skeleton key that no place of the countries has. Each answers as
before."""

from __future__ import annotations

import inspect
import re
import subprocess
from collections.abc import Iterator
from dataclasses import FrozenInstanceError, dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import pytest

from tests.cache_support import run_in_cache
from tqcheck import dataclass_code, patterns
from tqcheck.cache_files import KeptTable
from tqcheck.gazetteer.geonames import GeoNamesIndex, GeoPlace


def _empty_table(folder: Path) -> KeptTable[Any, Any]:
    """A kept table with no entries, written (if at all) into ``folder``."""
    table: KeptTable[Any, Any] = KeptTable(lambda: folder / "kept.pickle", 4000)
    table.entries = {}
    return table


def _make() -> type:
    @dataclass(frozen=True, order=True)
    class Town:
        name: str
        population: int = 0
        names: tuple[str, ...] = field(default_factory=tuple)
        kinds: ClassVar[int] = 3

    return Town


@pytest.fixture
def fresh_codes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """An empty table of codes, kept in a folder of its own (the session's cache stays as it
    is)."""
    monkeypatch.setattr(dataclass_code, "_kept", _empty_table(tmp_path))
    yield
    dataclass_code.uninstall()


def test_a_dataclass_made_from_kept_code_is_the_one_exec_makes(fresh_codes: None) -> None:
    plain = _make()
    dataclass_code.install()
    compiled = _make()  # its texts compiled and kept
    kept = _make()  # ... then read back
    assert dataclass_code._kept_table().table()
    for made in (compiled, kept):
        assert made.__doc__ == plain.__doc__
        assert inspect.signature(made) == inspect.signature(plain)
        # no __future__ feature of the module that compiles the text: annotations as exec's
        assert made.__init__.__annotations__ == plain.__init__.__annotations__
        assert made("Kirkuk", 3) == made("Kirkuk", 3) != made("Kirkuk", 4)
        assert made("Amman") < made("Basra")
        assert repr(made("Erbil", 1)) == repr(plain("Erbil", 1))
        assert hash(made("Erbil", 1, ("Arbil",))) == hash(plain("Erbil", 1, ("Arbil",)))
        with pytest.raises(FrozenInstanceError):
            made("Mosul").population = 2


def test_a_bad_text_raises_as_exec_does(fresh_codes: None) -> None:
    with pytest.raises(SyntaxError):
        dataclass_code._exec("def broken(:\n pass", {})


_SCRIPT = """
import sys
from dataclasses import dataclass
from tqcheck import dataclass_code
if sys.argv[1] == "read":
    def refuse(source):
        raise AssertionError("compiled again")
    dataclass_code._compiled = refuse
dataclass_code.install()


@dataclass(frozen=True)
class Town:
    name: str
    population: int = 0


print(Town("Kirkuk", 3), Town("Amman") == Town("Amman"))
"""


def _run(cache: Path, mode: str) -> subprocess.CompletedProcess[str]:
    return run_in_cache(_SCRIPT, cache, mode)


def test_a_later_process_reads_the_methods_back_without_compiling(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    expected = "Town(name='Kirkuk', population=3) True"
    first = _run(cache, "write")
    assert first.stdout.strip() == expected, first.stderr
    assert len(list((cache / "gazetteer").glob("dataclass-code-*.pickle"))) == 1
    second = _run(cache, "read")
    assert second.stdout.strip() == expected, second.stderr


def test_a_read_only_cache_means_compiling_the_methods_as_usual(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o555)
    for _ in range(2):
        run = _run(cache, "write")
        assert run.stdout.strip() == "Town(name='Kirkuk', population=3) True", run.stderr
    assert list(cache.iterdir()) == []


@pytest.fixture
def fresh_patterns(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """``patterns.install`` over an empty table kept in a folder of its own."""
    monkeypatch.setattr(patterns, "_kept", _empty_table(tmp_path))
    patterns.install()
    yield
    patterns.uninstall()


def _in_tqcheck(name: str) -> Any:
    """A function compiled as if it were a function of a tqcheck module."""
    where = str(Path(patterns.__file__).parent / "spd42_probe.py")
    namespace: dict[str, Any] = {}
    exec(
        compile(f"import re\ndef {name}(p):\n    return re.compile(p)\n", where, "exec"), namespace
    )
    return namespace[name]


def test_re_keeps_constant_patterns_only(fresh_patterns: None) -> None:
    codes = patterns._table()
    outside = r"(?P<n>\d+)\s+spd42-outside"
    made = re.compile(outside, re.IGNORECASE)
    assert (outside, int(re.IGNORECASE)) in codes  # code outside tqcheck: its own constant
    run_time = r"\bthe spd42-run-time\b"
    assert _in_tqcheck("reader")(run_time).pattern == run_time
    assert not any(key[0] == run_time for key in codes)  # may be made of an article's words
    module_body = r"spd42-module-body\d"
    namespace: dict[str, Any] = {}
    where = str(Path(patterns.__file__).parent / "spd42_module.py")
    exec(compile(f"import re\nP = re.compile({module_body!r})\n", where, "exec"), namespace)
    assert (module_body, 0) in codes  # a module's body: a constant
    # what re makes from kept code is the pattern it compiles
    re.purge()
    again = re.compile(outside, re.IGNORECASE)
    patterns.uninstall()
    re.purge()
    assert again == made == re.compile(outside, re.IGNORECASE)
    assert again.groupindex == {"n": 1}
    assert again.match("12 SPD42-outside").group("n") == "12"


def test_a_bad_pattern_raises_through_re_as_before(fresh_patterns: None) -> None:
    with pytest.raises(re.error):
        re.compile(r"(unclosed spd42")


# -- the index -----------------------------------------------------------------------------


@pytest.fixture
def index() -> Iterator[GeoNamesIndex]:
    from tqcheck.gazetteer.mentions import geonames_index

    path = geonames_index().path
    if not path.is_file():
        pytest.skip("the GeoNames index is not built here")
    with GeoNamesIndex(path) as opened:
        yield opened


def _counting(index: GeoNamesIndex, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    query = index._query

    def counted(sql: str, parameters: Any = ()) -> list[tuple[Any, ...]]:
        asked.append(sql)
        return query(sql, parameters)

    monkeypatch.setattr(index, "_query", counted)
    return asked


def test_places_read_before_are_answered_from_memory_as_the_index_answers(
    index: GeoNamesIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    with GeoNamesIndex(index.path) as cold:
        rowids = [40, 7, 7, 3, 10**9, 1200, 5]
        expected = cold._places_and_fame(rowids)
        asked = _counting(index, monkeypatch)
        index._places_and_fame([7, 1200])
        got = index._places_and_fame(rowids)
        assert got == expected
        assert [list(table) for table in got] == [list(table) for table in expected]
        assert list(got[0]) == [3, 5, 7, 40, 1200]  # by rowid, as the query gives them
        assert len(asked) == 2  # the second asks only the places not read before
        index._places_and_fame([5, 40, 3])
        assert len(asked) == 2


def test_an_exact_spelling_reads_its_places_in_one_query(
    index: GeoNamesIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _counting(index, monkeypatch)
    for name in ("Kirkuk", "Tripoli", "Salt", "Nowhere Spd"):
        key = name.lower().replace(" ", "")
        rows = [
            (rowid, kind)
            for rowid, kind in index._db.execute(
                "SELECT place, kind FROM names WHERE key = ? AND kind != 'arabic' ORDER BY place",
                (key,),
            )
        ]
        places = {
            row[0]: (GeoPlace(*row[1:-1]), row[-1])
            for row in index._db.execute(
                "SELECT rowid, geonameid, name, kind, country, admin1, lat, lon, population, "
                f"names FROM places WHERE rowid IN ({','.join('?' * len(rows))})",
                [rowid for rowid, _ in rows],
            )
        }
        before = len(asked)
        got_rows, got_places, got_fame = index._exact_places(key, False)
        assert len(asked) == before + 1
        assert got_rows == rows
        assert {r: (got_places[r], got_fame[r]) for r, _ in got_rows} == places
    assert index.exact("Kirkuk") and not index.exact("Nowhere Spd")


def test_no_query_for_a_skeleton_key_no_place_of_the_countries_has(
    index: GeoNamesIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tqcheck.gazetteer.garble import base

    if not base._skeleton_keys_all_written(index):
        pytest.skip("the skeleton key files are not written here")
    asks = [
        ("Kirkuk", frozenset({"IQ"}), 50, False),
        ("Kerkook", frozenset({"IQ", "SY"}), 50, True),
        ("Xqzvtp", frozenset({"IQ", "SY", "TR"}), 50, False),
        ("Qamishli", frozenset({"SY"}), 200, False),
        ("KRKK", frozenset({"IQ"}), 50, False),
    ]
    asked = _counting(index, monkeypatch)
    read = [base._rows_read.__wrapped__(index, *ask) for ask in asks]
    queries = len(asked)
    monkeypatch.setattr(base, "_skeleton_keys_written", lambda index, countries: None)
    with GeoNamesIndex(index.path) as cold:
        asked_cold = _counting(cold, monkeypatch)
        assert [base._rows_read.__wrapped__(cold, *ask) for ask in asks] == read
    assert read[0] and read[3] and not read[2]
    assert queries < len(asked_cold)


def test_each_subcommand_keeps_its_own_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    from tqcheck.__main__ import command_name

    monkeypatch.setattr(dataclass_code, "_kept", None)
    monkeypatch.setattr(dataclass_code, "_scope", "")

    assert command_name(["check", "--no-semantic", "x.txt"]) == "check"
    assert command_name(["-q", "batch", "in.parquet"]) == "batch"
    assert command_name(["../evil/name"]) == "other"
    assert command_name(["--version"]) == ""
    try:
        dataclass_code.install("check")
        assert dataclass_code._path().name.startswith("dataclass-code-check-")
    finally:
        dataclass_code.uninstall()


def test_a_kept_table_is_written_once_with_what_the_process_used(tmp_path: Path) -> None:
    path = tmp_path / "kept.pickle"
    table: KeptTable[str, int] = KeptTable(lambda: path, 2)
    assert table.table() == {}  # no file yet
    table.save()
    assert path.is_file()  # nothing added: an empty table, as read
    for key, value in (("a", 1), ("b", 2)):
        table.add(key, value)
    table.used.add("b")
    table.save()
    assert KeptTable(lambda: path, 2).table() == {"a": 1, "b": 2}
    table.add("c", 3)  # past two entries: only those this process used are written
    table.used.add("c")
    table.save()
    assert KeptTable(lambda: path, 2).table() == {"b": 2, "c": 3}


def test_a_kept_table_keeps_twice_what_the_last_process_used(tmp_path: Path) -> None:
    """A table another command filled (a test run, the semantic checks) is cut, when a process
    that read it ends, to the entries it used and as many of the most recent others; a process
    that read a table within that bound writes nothing."""
    path = tmp_path / "kept.pickle"
    filled: KeptTable[str, int] = KeptTable(lambda: path, 4000)
    for number in range(300):
        filled.add(f"k{number}", number)
        filled.used.add(f"k{number}")
    filled.save()

    reader: KeptTable[str, int] = KeptTable(lambda: path, 4000)
    reader.table()
    reader.used.update(f"k{number}" for number in range(0, 120, 2))  # 60 used, bound 120
    reader._save_if_changed()
    kept = KeptTable(lambda: path, 4000).table()
    assert len(kept) == 120
    used = [f"k{number}" for number in range(0, 120, 2)]
    assert list(kept)[-60:] == used  # the entries used, last
    assert list(kept)[:60] == [f"k{number}" for number in range(240, 300)]  # the latest others

    before = path.stat().st_mtime_ns
    again: KeptTable[str, int] = KeptTable(lambda: path, 4000)
    again.table()
    again.used.update(used)
    again._save_if_changed()
    assert path.stat().st_mtime_ns == before  # within the bound, nothing added: not written
    assert KeptTable(lambda: path, 4000).table() == kept

    few: KeptTable[str, int] = KeptTable(lambda: path, 4000)
    few.table()
    few.used.add("k0")
    few._save_if_changed()  # one entry used: the table keeps at least MIN_KEPT
    assert len(KeptTable(lambda: path, 4000).table()) == KeptTable.MIN_KEPT
