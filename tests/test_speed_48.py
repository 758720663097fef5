"""The towns of each province (``provinces._towns_by_unit``) are kept as a pickle in the cache
folder (issue 13, cold start: one pass over the places table took about 25 ms of each check of
an article naming a province). The kept table answers as the pass over the index does, is read
back while the index, ``province_admin1.tsv`` and the modules are the same, is built again under
a new name when the index changes, and a check without it (deleted, a read-only cache folder,
the GeoNames layer off) reads the index as before."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from tqcheck.gazetteer import geonames, mentions, provinces
from tqcheck.gazetteer.look_alikes import TOWN_POPULATION


@pytest.fixture()
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of the test's own for the kept tables (the index is the session's,
    opened before the folder changes) and no table remembered by the process."""
    mentions.geonames_index()  # open the session's index before the folder changes
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    provinces._towns_by_unit.cache_clear()
    yield tmp_path / "gazetteer"
    provinces._towns_by_unit.cache_clear()


def _kept(folder: Path) -> list[Path]:
    return sorted(folder.glob("province-towns-*.pickle"))


def test_the_kept_table_answers_as_the_pass_over_the_index(own_cache: Path) -> None:
    read = provinces._read_towns_by_unit(TOWN_POPULATION)
    built = provinces._towns_by_unit(TOWN_POPULATION)  # read from the index and stored
    assert len(_kept(own_cache)) == 1
    provinces._towns_by_unit.cache_clear()
    again = provinces._towns_by_unit(TOWN_POPULATION)  # read back from the pickle
    for table in (built, again):
        assert table == read
        assert list(table) == list(read)  # the same units in the same order
        assert [list(rows) for rows in table.values()] == [list(rows) for rows in read.values()]
    assert again[provinces.admin1_codes()["IQ-WA"]][0][1] == "Al-Kut"  # largest first
    # another floor is another table
    provinces._towns_by_unit(100_000)
    assert len(_kept(own_cache)) == 2


def test_the_kept_table_is_read_back_and_replaced_when_the_index_changes(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    provinces._towns_by_unit(TOWN_POPULATION)
    (path,) = _kept(own_cache)
    planted = {("IQ", "16"): ((1, "Planted", "IQ", 99),)}
    path.write_bytes(pickle.dumps(planted))
    provinces._towns_by_unit.cache_clear()
    assert provinces._towns_by_unit(TOWN_POPULATION) == planted  # read back, not read again
    # the index built again (another time, another count of places): a table of its own
    index = mentions.geonames_index()
    monkeypatch.setitem(index.meta, "built_at", "2000-01-01T00:00:00Z")
    provinces._towns_by_unit.cache_clear()
    assert provinces._towns_by_unit(TOWN_POPULATION) == provinces._read_towns_by_unit(
        TOWN_POPULATION
    )
    assert len(_kept(own_cache)) == 2


def test_the_table_is_named_after_its_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    from tqcheck.gazetteer import cache_files

    calls: list[tuple[str, list[str], list[object]]] = []

    def spy(
        prefix: str, inputs: list[object], build: object, kind: type, facts: list[object]
    ) -> dict[object, object]:
        calls.append((prefix, [str(i) for i in inputs], list(facts)))
        return {}

    monkeypatch.setattr(cache_files, "table", spy)
    provinces._towns_by_unit.cache_clear()
    try:
        provinces._towns_by_unit(TOWN_POPULATION)
    finally:
        provinces._towns_by_unit.cache_clear()
    ((prefix, inputs, facts),) = calls
    index = mentions.geonames_index()
    assert prefix == "province-towns"
    assert provinces.__file__ in inputs and geonames.__file__ in inputs
    assert any(i.endswith("province_admin1.tsv") for i in inputs)
    assert index.path.name in facts and index.meta.get("built_at") in facts
    assert index.path.stat().st_size in facts and TOWN_POPULATION in facts


def test_a_check_without_the_kept_table(own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    read = provinces._read_towns_by_unit(TOWN_POPULATION)
    provinces._towns_by_unit(TOWN_POPULATION)
    for path in _kept(own_cache):
        path.unlink()  # deleted: read from the index and stored again
    provinces._towns_by_unit.cache_clear()
    assert provinces._towns_by_unit(TOWN_POPULATION) == read
    assert len(_kept(own_cache)) == 1
    # a cache folder that may not be written: read from the index, nothing stored
    for path in _kept(own_cache):
        path.unlink()
    from tqcheck import cache_files

    monkeypatch.setattr(cache_files, "may_write", lambda folder: False)
    provinces._towns_by_unit.cache_clear()
    assert provinces._towns_by_unit(TOWN_POPULATION) == read
    assert _kept(own_cache) == []


def test_the_geonames_layer_off_reads_no_kept_table(
    own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = geonames._EmptyIndex()
    monkeypatch.setattr(mentions, "geonames_index", lambda: empty)
    provinces._towns_by_unit.cache_clear()
    assert provinces._towns_by_unit(TOWN_POPULATION) == {}
    assert provinces.towns_of("IQ-WA", TOWN_POPULATION) == ()
    assert _kept(own_cache) == []
