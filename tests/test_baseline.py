"""Baselines: findings keyed on rule, path and text, so edits above them do not make them new."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_main

TEXT = "The ministry said the the talks would resume.\n\nShelling hit Fuzuli state overnight.\n"


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run_main(["check", "--no-semantic", "--format", "json", *args], capsys)


def test_write_then_only_new_findings_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(TEXT, encoding="utf-8")
    code, out, _ = _check(capsys, "a.txt", "--write-baseline", "baseline.json")
    assert code == 0  # the baseline was written: it records every finding
    recorded = json.loads(Path("baseline.json").read_text(encoding="utf-8"))
    assert recorded["version"] == 1
    assert {(e["rule"], e["path"], e["text"]) for e in recorded["findings"]} == {
        ("TQ201", "a.txt", "the the"),
        ("TQ302", "a.txt", "state"),
    }
    # Lines added above move every finding down: still known.
    Path("a.txt").write_text("A new opening paragraph was added.\n\n" + TEXT, encoding="utf-8")
    code, out, _ = _check(capsys, "a.txt", "--baseline", "baseline.json")
    assert code == 0
    assert json.loads(out)["files"][0]["findings"] == []
    # A second doubled word is new, and only it is reported.
    Path("a.txt").write_text(TEXT + "\nThe army said it it had withdrawn.\n", encoding="utf-8")
    code, out, _ = _check(capsys, "a.txt", "--baseline", "baseline.json")
    assert code == 1
    assert [f["text"] for f in json.loads(out)["files"][0]["findings"]] == ["it it"]


@pytest.mark.parametrize(
    "content", ["not json", '{"version": 9, "findings": []}', '{"version": 1, "findings": [{}]}']
)
def test_malformed_baseline_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    baseline.write_text(content, encoding="utf-8")
    code, out, err = _check(capsys, str(article), "--baseline", str(baseline))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "baseline" in err
