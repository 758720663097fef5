"""The fresh half of benchmarks/ordinary_copy.py (issue 13, 19Prec54)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def ordinary_copy(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")
    path = ROOT / "benchmarks" / "ordinary_copy.py"
    spec = importlib.util.spec_from_file_location("ordinary_copy_11", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_probe_benchmark_measures_a_fresh_half_apart_from_the_seeded_split(
    ordinary_copy: ModuleType, tmp_path: Path
) -> None:
    probe = tmp_path / "probe.txt"
    probe.write_text("## half A\nFirst line.\n## half B\nSecond line.\n", encoding="utf-8")
    fresh = tmp_path / "fresh.txt"
    fresh.write_text("# a comment\n## half fresh\nThird line.\n", encoding="utf-8")
    halves, splits = ordinary_copy.probe_halves(probe, fresh)
    assert halves == {"A": ["First line."], "B": ["Second line."], "fresh": ["Third line."]}
    assert splits["fresh"] == "fresh"
    # the first two halves split as without the fresh one
    assert {k: v for k, v in splits.items() if k != "fresh"} == ordinary_copy.split_names(
        {"A": [], "B": []}
    )
    halves, splits = ordinary_copy.probe_halves(ordinary_copy.PROBE, ordinary_copy.FRESH)
    assert len(halves["fresh"]) >= 150 and splits["fresh"] == "fresh"
