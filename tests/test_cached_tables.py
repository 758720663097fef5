"""Derived tables kept as pickles in the cache (issue 13: cold start): read back, they are the
tables built from the data files; and the country-word scan that replaced a pattern of every
country word finds what the pattern found."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tqcheck.gazetteer import admin_units, context, garbles, person_garbles
from tqcheck.gazetteer.context import country_of_word, country_words_in, geography_of
from tqcheck.gazetteer.index import default_gazetteer
from tqcheck.rules.place import tq306_english_word_as_place as tq306


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, and the tables below forgotten before and after."""
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path / "cache"))
    cached: list[Callable[..., object]] = [
        context._country_words,
        context._word_starts,
        admin_units._units_by_key,
        garbles.team_pairs,
        tq306._subdivisions,
    ]
    for function in cached:
        function.cache_clear()  # type: ignore[attr-defined]
    person_garbles._PEOPLE.clear()
    yield tmp_path / "cache"
    for function in cached:
        function.cache_clear()  # type: ignore[attr-defined]
    person_garbles._PEOPLE.clear()


def _written(cache: Path, prefix: str) -> list[Path]:
    return sorted((cache / "gazetteer").glob(f"{prefix}-*.pickle"))


def test_tables_read_back_from_the_cache_are_the_tables_built(fresh_cache: Path) -> None:
    built = (
        admin_units._units_by_key(),
        garbles.team_pairs(),
        tq306._subdivisions(),
        context._country_words(),
    )
    for prefix in ("admin-units", "team-pairs", "iso-names-folded", "country-words"):
        assert len(_written(fresh_cache, prefix)) == 1, prefix
    for function in (
        admin_units._units_by_key,
        garbles.team_pairs,
        tq306._subdivisions,
        context._country_words,
    ):
        function.cache_clear()
    read = (
        admin_units._units_by_key(),
        garbles.team_pairs(),
        tq306._subdivisions(),
        context._country_words(),
    )
    assert read == built
    assert list(read[0]) == list(built[0])  # the same order of keys
    basra = admin_units.units_named("Basra")
    assert [(unit.code, unit.kind.term) for unit in basra] == [("IQ-BA", "governorate")]
    # the units' kinds are the kinds of the table of unit kinds, not copies
    assert basra[0].kind is admin_units.unit_kinds()["IQ"][0]


def test_the_people_table_of_the_default_gazetteer_is_read_back_as_built(
    fresh_cache: Path,
) -> None:
    gazetteer = default_gazetteer()
    built = person_garbles._build_people(gazetteer)
    first = person_garbles._people(gazetteer)  # builds and stores it
    assert len(_written(fresh_cache, "people")) == 1
    person_garbles._PEOPLE.clear()
    read = person_garbles._people(gazetteer)
    assert read is not first  # read back from the pickle
    for table in (first, read):
        assert table.by_last == built.by_last
        assert table.accepted == built.accepted
        assert table.names == built.names
        assert table.words == built.words
        assert table.romanised == built.romanised


def test_country_words_longest_first_whole_words_and_hyphens() -> None:
    text = (
        "Talks in Saudi Arabia and the United States of America; Congo-Brazzaville; "
        "Iran-backed groups in Pakistan-administered Kashmir; Lebanese, Syrians, Iraq's."
    )
    found = [word for _, _, word in country_words_in(text)]
    # the longest word at each place: not "Saudi", not "United States" inside them
    assert found[:2] == ["Saudi Arabia", "United States of America"]
    assert "Iran" not in found  # "Iran-backed": who acts, not where
    assert "Pakistan" in found  # "Pakistan-administered": who holds the place
    assert "Lebanese" in found and "Iraq" in found
    for start, end, word in country_words_in(text):
        assert text[start:end] == word
    assert list(country_words_in("Xlebanon, Lebanonx, Pre-Lebanon")) == []
    assert country_of_word("Lebanese") == "LB"
    assert geography_of("Syrian refugees in Xyz, Lebanon said.").countries == {"SY": 1.0, "LB": 1.0}


def test_packed_lists_read_back_every_list_in_order() -> None:
    from tqcheck.gazetteer import cache_files

    entries = [(10, "a"), (11, "b"), (12, "c")]
    table = {"x": [entries[2], entries[0]], "": [], "y": [entries[1], entries[1]]}
    packed = cache_files.pack_lists(table, entries.index)
    read = cache_files.PackedLists(packed, entries.__getitem__)
    assert list(read) == ["x", "", "y"]
    assert dict(read) == table
    assert read.get("z", ()) == () and "z" not in read and len(read) == 3
    assert read["x"] is read["x"]  # made once
    # numbers past the surrogates' codes come back too
    many = list(range(60_000))
    assert dict(cache_files.PackedLists(cache_files.pack_lists({"k": many}, int), int)) == {
        "k": many
    }
    empty = cache_files.PackedLists(cache_files.pack_lists({}, int), int)
    assert dict(empty) == {}


def test_a_country_s_arabic_table_packed_is_the_table() -> None:
    table = garbles.arabic_table(
        [(5, "عين العرب", "عين العرب"), (7, "الرقة", "الرقه"), (5, "كوباني", "كوباني")]
    )
    read = garbles.CountryArabic.unpacked(table.packed())
    assert dict(read.by_key) == dict(table.by_key)
    assert list(read.by_skeleton) == list(table.by_skeleton)
    assert dict(read.by_skeleton) == dict(table.by_skeleton)
    assert any(not exact for rows in read.by_skeleton.values() for _, _, exact in rows)
