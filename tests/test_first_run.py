"""First-run notices: a one-time step says on stderr that it starts and how long it takes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tqcheck.gazetteer import geonames
from tqcheck.semantic import onnx_encoder

CITY = {
    "2988507": {
        "geonameid": 2988507,
        "name": "Paris",
        "latitude": 48.85,
        "longitude": 2.35,
        "countrycode": "FR",
        "population": 2138551,
        "admin1code": "11",
        "alternatenames": ["Parigi"],
    }
}


def _small_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make the default build read a one-city file instead of cities500 (seconds, not 30)."""
    cities = tmp_path / "cities.json"
    cities.write_text(json.dumps(CITY), encoding="utf-8")
    real_build = geonames.build_geonames_index

    def build(target: Path) -> geonames.BuildStats:
        return real_build(target, cities_json=cities, include_iso=False)

    monkeypatch.setattr(geonames, "build_geonames_index", build)
    return tmp_path / "index" / "geonames.sqlite"


def test_index_build_announces_itself_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    target = _small_build(tmp_path, monkeypatch)
    monkeypatch.setattr(onnx_encoder.os, "isatty", lambda fd: fd == 2)
    index = geonames._open_or_build(target, build_if_missing=True)
    assert index.exact("Paris")
    err = capfd.readouterr().err
    assert err == (
        "tqcheck: notice: building the GeoNames place index (about 30 s, once; "
        "'tqcheck gazetteer build' does it ahead of time)\n"
    )
    geonames._open_or_build(target, build_if_missing=True)  # built: no second notice
    assert capfd.readouterr().err == ""


def test_no_notice_where_stderr_is_not_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    target = _small_build(tmp_path, monkeypatch)
    monkeypatch.setattr(onnx_encoder.os, "isatty", lambda fd: False)
    geonames._open_or_build(target, build_if_missing=True)
    assert capfd.readouterr().err == ""
