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

from tqcheck import cache_files
from tqcheck.gazetteer import geonames, index, mentions, provinces
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
    geonames_index = mentions.geonames_index()
    monkeypatch.setitem(geonames_index.meta, "built_at", "2000-01-01T00:00:00Z")
    provinces._towns_by_unit.cache_clear()
    assert provinces._towns_by_unit(TOWN_POPULATION) == provinces._read_towns_by_unit(
        TOWN_POPULATION
    )
    assert len(_kept(own_cache)) == 2


def test_the_table_is_named_after_its_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    from tqcheck.gazetteer import cache_files as gazetteer_cache_files

    calls: list[tuple[str, list[str], list[object]]] = []

    def spy(
        prefix: str, inputs: list[object], build: object, kind: type, facts: list[object]
    ) -> dict[object, object]:
        calls.append((prefix, [str(i) for i in inputs], list(facts)))
        return {}

    monkeypatch.setattr(gazetteer_cache_files, "table", spy)
    provinces._towns_by_unit.cache_clear()
    try:
        provinces._towns_by_unit(TOWN_POPULATION)
    finally:
        provinces._towns_by_unit.cache_clear()
    ((prefix, inputs, facts),) = calls
    geonames_index = mentions.geonames_index()
    assert prefix == "province-towns"
    assert provinces.__file__ in inputs and geonames.__file__ in inputs
    assert any(i.endswith("province_admin1.tsv") for i in inputs)
    assert geonames_index.path.name in facts and geonames_index.meta.get("built_at") in facts
    assert geonames_index.path.stat().st_size in facts and TOWN_POPULATION in facts


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


# -- the curated gazetteer's skeleton table, packed -----------------------------------------


def _unpacked_default() -> index.Gazetteer:
    gazetteer = index.Gazetteer(recorded_garbles=True)
    for name in index._PLACE_LAYERS:
        gazetteer.add_places(index.bundled_dir() / name)
    gazetteer.add_bridge(index.bundled_dir() / index._BRIDGE_LAYER)
    return gazetteer


def _queries(gazetteer: index.Gazetteer) -> list[str]:
    """Every 7th recorded spelling, and each with a letter dropped and one doubled."""
    spellings = sorted({spelling for _, spelling, _ in gazetteer.spelling_rows()})[::7]
    found = []
    for spelling in spellings:
        middle = len(spelling) // 2
        found += [spelling, spelling[:middle] + spelling[middle + 1 :]]
        found.append(spelling[:middle] + spelling[middle] * 2 + spelling[middle + 1 :])
    return found


def test_the_packed_skeleton_table_answers_as_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    plain = _unpacked_default()
    index._default_gazetteer.cache_clear()
    try:
        built = index._default_gazetteer(True)  # built, packed and stored
        assert list(tmp_path.glob("gazetteer/curated-*.pickle"))
        index._default_gazetteer.cache_clear()
        read = index._default_gazetteer(True)  # read back
    finally:
        index._default_gazetteer.cache_clear()
    assert read is not built
    for gazetteer in (built, read):
        assert isinstance(gazetteer._skeleton_table, cache_files.PackedLists)
        assert list(gazetteer._skeleton_table) == list(plain._skeletons)
        assert all(gazetteer._skeleton_table[key] == rows for key, rows in plain._skeletons.items())
    queries = _queries(plain)
    assert len(queries) > 300
    for query in queries:
        assert read.lookup(query) == plain.lookup(query), query
    assert any(match.method == "fuzzy" for query in queries for match in plain.lookup(query))


def test_a_gazetteer_of_its_own_is_not_packed(tmp_path: Path) -> None:
    path = tmp_path / "places.csv"
    path.write_text("id,name,kind,country\nx1,Shamakhi,city,AZ\n", encoding="utf-8")
    gazetteer = index.Gazetteer()
    gazetteer.add_places(path)
    assert gazetteer._skeleton_table is gazetteer._skeletons
    assert [m.entry.id for m in gazetteer.lookup("Shamakhy")] == ["x1"]
