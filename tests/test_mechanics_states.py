"""Segment state: read from XLIFF 1.2/2.0 and PO, units skipped by config or --skip-states, and
the state reported in every output format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_main
from tqcheck.bilingual.formats import read_bilingual
from tqcheck.bilingual.states import unit_state, without_states
from tqcheck.document.source import read_source

FIXTURES = ROOT / "tests" / "fixtures" / "bilingual"
XLIFF12 = FIXTURES / "states-1.2.xlf"
XLIFF20 = FIXTURES / "states-2.0.xlf"
PO = FIXTURES / "states.po"


def _states(path: Path) -> dict[str, str]:
    bilingual = read_bilingual(read_source(str(path), None, 1 << 20))
    return {unit.id: unit_state(unit) for unit in bilingual.units}


def test_states_are_read_from_each_format() -> None:
    assert _states(XLIFF12) == {
        "s-new": "new",
        "s-needs": "needs-translation",
        "s-done": "translated",
        "s-locked": "locked",
    }  # translate="no" units are never read
    assert _states(XLIFF20) == {"u-initial": "initial", "u-final": "final"}
    assert list(_states(PO).values()) == ["fuzzy", ""]


def test_without_states_drops_only_the_named_states() -> None:
    bilingual = read_bilingual(read_source(str(XLIFF12), None, 1 << 20))
    kept = without_states(bilingual, ["new", "locked"])
    assert [unit.id for unit in kept.units] == ["s-needs", "s-done"]
    assert without_states(bilingual, []) is bilingual


def _units(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, str | None]:
    code, out, err = run_main(
        ["check", "--no-semantic", "--select", "TQ724", "--format", "json", *argv], capsys
    )
    assert code == 0, err
    findings = [f for file in json.loads(out)["files"] for f in file["findings"]]
    return {f["unit"]: f["unit_state"] for f in findings}


def test_locked_units_are_skipped_by_default_and_states_reported(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _units([str(XLIFF12)], capsys) == {
        "s-new": "new",
        "s-needs": "needs-translation",
        "s-done": "translated",
    }


def test_skip_states_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert _units(["--skip-states", "new,needs-translation", str(XLIFF12)], capsys) == {
        "s-done": "translated",
        "s-locked": "locked",
    }
    assert len(_units(["--skip-states", "none", str(XLIFF12)], capsys)) == 4
    assert list(_units(["--skip-states", "fuzzy", str(PO)], capsys).values()) == [""]
    assert _units(["--skip-states", "initial", str(XLIFF20)], capsys) == {"u-final": "final"}


def test_skip_states_config_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "tqcheck.toml"
    config.write_text('skip-states = ["fuzzy"]\n', encoding="utf-8")
    target = tmp_path / "states.po"
    target.write_bytes(PO.read_bytes())
    assert list(_units(["--config", str(config), str(target)], capsys).values()) == [""]
    config.write_text("skip-states = 3\n", encoding="utf-8")
    code, _, err = run_main(["check", "--config", str(config), str(target)], capsys)
    assert code == 2 and "'skip-states' must be a list of strings" in err


@pytest.mark.parametrize("fmt", ["text", "csv", "sarif", "html"])
def test_state_in_every_format(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(
        ["check", "--no-semantic", "--select", "TQ724", "--format", fmt, str(PO)], capsys
    )
    assert code == 0, err
    if fmt == "text":
        assert "state fuzzy]" in out
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [row["unit_state"] for row in rows] == ["fuzzy", ""]
    elif fmt == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        assert results[0]["properties"]["unitState"] == "fuzzy"
        assert "unitState" not in results[1]["properties"]
    else:
        assert '<span class="chip state">fuzzy</span>' in out  # the segment table
