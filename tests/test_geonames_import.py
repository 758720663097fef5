"""``tqcheck gazetteer import``: a GeoNames dump (and alternateNamesV2) into the SQLite index."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_main
from tqcheck.errors import ConfigError
from tqcheck.gazetteer.geonames import GeoNamesIndex, load_geonames_dump


def _row(
    geonameid: int,
    name: str,
    alternates: str,
    lat: str,
    lon: str,
    feature: str,
    country: str,
    admin1: str,
    population: int,
) -> str:
    fields = [
        str(geonameid), name, name, alternates, lat, lon, feature[0], feature[1:], country, "",
        admin1, "", "", "", str(population), "", "100", "Asia/Baku", "2024-01-01",
    ]  # fmt: skip
    assert len(fields) == 19
    return "\t".join(fields)


DUMP = [
    _row(148251, "Jabrayil", "Cebrayil,Jebrail", "39.39", "47.02", "PPPLA", "AZ", "17", 6070),
    _row(148565, "Khojavend", "Martuni,Xocavend", "39.79", "47.11", "PPPL", "AZ", "36", 5000),
    _row(587116, "Shusha Rayon", "", "39.75", "46.75", "AADM2", "AZ", "55", 0),
    _row(174991, "Agarak", "", "38.86", "46.19", "PPPL", "AM", "08", 3035),
    _row(585001, "Lake Goygol", "Goygol Golu", "40.40", "46.33", "HLK", "AZ", "", 0),
]  # fmt: skip

ALTERNATES = [  # alternateNameId, geonameid, isolanguage, name, then 6 flags and dates
    "\t".join([*row, "", "", "", "", "", ""])
    for row in [
        ("1", "148565", "ar", "خوجاوند"),
        ("2", "148565", "link", "https://en.wikipedia.org/wiki/Khojavend"),
        ("3", "174991", "en", "Aghārak"),
        ("4", "585001", "ar", "بحيرة كوي كول"),  # of the dropped H-class lake
        ("5", "999999", "en", "Nowhere"),  # not in the dump
    ]
]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    dump = tmp_path / "AZ.txt"
    dump.write_text("\n".join(DUMP) + "\n", encoding="utf-8")
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text("\n".join(ALTERNATES) + "\n", encoding="utf-8")
    return dump, alternates


def test_import_builds_an_index(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump, alternates = files
    target = tmp_path / "x.sqlite"
    argv = ["gazetteer", "import", str(dump), "--alternate-names", str(alternates)]
    code, out, err = run_main([*argv, "--output", str(target)], capsys)
    assert (code, err) == (0, "")
    assert out.startswith(f"{target}: ") and " places, " in out and "skeleton keys" in out
    with GeoNamesIndex(target) as index:
        assert [p.geonameid for p in index.exact("Khojavend")] == ["148565"]  # primary name
        assert [p.geonameid for p in index.exact("Martuni")] == ["148565"]  # dump alternate
        assert [p.geonameid for p in index.exact("خوجاوند")] == ["148565"]  # alternateNamesV2
        assert [p.geonameid for p in index.exact("Agharak")] == ["174991"]
        (jabrayil,) = index.exact("Jebrail")
        assert (jabrayil.country, jabrayil.admin1, jabrayil.population) == ("AZ", "17", 6070)
        assert (jabrayil.lat, jabrayil.lon) == (39.39, 47.02)
        assert [p.geonameid for p in index.exact("Shusha Rayon")] == ["587116"]  # class A kept
        assert index.get(585001) is None  # class H dropped, with its names
        assert index.exact("Lake Goygol") == [] and index.exact("بحيرة كوي كول") == []
        spellings = {spelling for spelling, _ in index.spellings(index.exact("Khojavend")[0])}
        assert not any("wikipedia" in spelling for spelling in spellings)  # 'link' row dropped
        assert str(dump) in index.meta["source"]


def test_load_geonames_dump_shape(files: tuple[Path, Path]) -> None:
    dump, alternates = files
    cities = load_geonames_dump(dump, alternates)
    assert set(cities) == {"148251", "148565", "587116", "174991"}
    assert cities["148565"] == {
        "geonameid": "148565",
        "name": "Khojavend",
        "latitude": 39.79,
        "longitude": 47.11,
        "countrycode": "AZ",
        "population": 5000,
        "admin1code": "36",
        "alternatenames": ["Martuni", "Xocavend", "خوجاوند"],
    }


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("148251\tJabrayil\tJabrayil", "expected 19 tab-separated columns, found 3"),
        (DUMP[0].replace("39.39", "north"), "latitude 'north' is not a number"),
    ],
)
def test_malformed_line_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str, message: str
) -> None:
    dump = tmp_path / "bad.txt"
    dump.write_text("\n".join([DUMP[1], DUMP[2], bad, DUMP[3]]) + "\n", encoding="utf-8")
    target = tmp_path / "x.sqlite"
    code, out, err = run_main(["gazetteer", "import", str(dump), "-o", str(target)], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and f"{dump}:3: " in err and message in err
    assert not target.exists()


def test_missing_files(files: tuple[Path, Path], tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"missing\.txt: cannot read"):
        load_geonames_dump(tmp_path / "missing.txt")
    with pytest.raises(ConfigError, match=r"nope\.txt: cannot read"):
        load_geonames_dump(files[0], tmp_path / "nope.txt")
