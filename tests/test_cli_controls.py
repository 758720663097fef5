"""The controls CI users expect: --exit-zero, --statistics, --min-severity, FORCE_COLOR, and a
--write-baseline run that exits 0 once the baseline is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, run_main
from tqcheck.rules.registry import get_rule

ARTICLE = FIXTURES / "mt-article.txt"  # errors, warnings and an info finding
RULES_ONLY = ["--no-semantic"]


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code, out, _ = run_main(["check", "--format", "json", *RULES_ONLY, *argv], capsys)
    return code, json.loads(out)


def _severities(report: dict) -> list[str]:
    return [f["severity"] for file in report["files"] for f in file["findings"]]


def test_exit_zero_reports_the_findings_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, plain = _json([str(ARTICLE)], capsys)
    assert code == 1
    code, report = _json(["--exit-zero", str(ARTICLE)], capsys)
    assert code == 0
    assert report["files"] == plain["files"]


def test_exit_zero_still_exits_2_on_an_unreadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_main(["check", "--exit-zero", str(tmp_path / "missing.txt")], capsys)
    assert code == 2 and "missing.txt" in err


def test_statistics_one_line_per_rule(capsys: pytest.CaptureFixture[str]) -> None:
    _, report = _json([str(ARTICLE)], capsys)
    found: dict[str, int] = {}
    for finding in report["files"][0]["findings"]:
        found[finding["rule"]] = found.get(finding["rule"], 0) + 1
    code, out, _ = run_main(["check", *RULES_ONLY, "--statistics", str(ARTICLE)], capsys)
    assert code == 1
    rows = [line.split() for line in out.splitlines()]
    assert {code: int(count) for count, code, _ in rows} == found
    assert all(name == get_rule(code).name for _, code, name in rows)
    counts = [int(count) for count, _, _ in rows]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.parametrize(
    ("floor", "kept"),
    [
        ("info", {"error", "warning", "info"}),
        ("warning", {"error", "warning"}),
        ("error", {"error"}),
    ],
)
def test_min_severity_hides_lower_severities(
    floor: str, kept: set[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _, everything = _json([str(ARTICLE)], capsys)
    assert set(_severities(everything)) == {"error", "warning", "info"}
    code, report = _json(["--min-severity", floor, str(ARTICLE)], capsys)
    assert code == 1
    assert set(_severities(report)) == kept
    expected = [s for s in _severities(everything) if s in kept]
    assert sorted(_severities(report)) == sorted(expected)


def test_min_severity_above_every_finding_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Only info findings (excess blank lines): hidden at --min-severity warning, so exit 0.
    target = tmp_path / "blank.txt"
    target.write_text("The talks resumed on Monday.\n\n\n\n\nBoth sides met.\n", encoding="utf-8")
    _, everything = _json([str(target)], capsys)
    assert set(_severities(everything)) == {"info"}
    code, report = _json(["--min-severity", "warning", "--fail-on", "info", str(target)], capsys)
    assert code == 0 and _severities(report) == []


@pytest.mark.parametrize(
    ("environment", "coloured"),
    [({"FORCE_COLOR": "1"}, True), ({"FORCE_COLOR": "0"}, False), ({}, False),
     ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False)],
)  # fmt: skip
def test_force_color(
    environment: dict[str, str],
    coloured: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    _, out, _ = run_main(["check", *RULES_ONLY, str(ARTICLE)], capsys)  # stdout: not a terminal
    assert ("\x1b[" in out) is coloured


def test_write_baseline_exits_0_and_the_baseline_then_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = tmp_path / "baseline.json"
    code, _, _ = run_main(
        ["check", *RULES_ONLY, "--write-baseline", str(baseline), str(ARTICLE)], capsys
    )
    assert code == 0 and baseline.is_file()
    code, out, _ = run_main(
        ["check", *RULES_ONLY, "--baseline", str(baseline), str(ARTICLE)], capsys
    )
    assert code == 0, out


def test_error_summary_names_what_went_wrong_per_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good").mkdir()
    (tmp_path / "good" / "a.txt").write_text("The talks will will resume.\n", encoding="utf-8")
    (tmp_path / "binary").mkdir()
    (tmp_path / "binary" / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "configured").mkdir()
    (tmp_path / "configured" / "tqcheck.toml").write_text("fail-on = 3\n", encoding="utf-8")
    (tmp_path / "configured" / "c.txt").write_text("Fine text.\n", encoding="utf-8")
    code, out, err = run_main(["check", "-q", *RULES_ONLY, str(tmp_path)], capsys)
    assert code == 2 and len(err.splitlines()) == 2
    assert out.splitlines()[-1].endswith("in 1 file (2 not checked: 1 config error, 1 read error).")


def test_model_error_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "a.txt"
    sentence = "The Red Cross said it had delivered food and medicine to 3,000 families."
    target.write_text(
        f"{sentence}\n\nShelling resumed overnight.\n\n{sentence}\n", encoding="utf-8"
    )
    argv = ["check", "-q", "--select", "TQ601", "--model", str(tmp_path / "no-model"), str(target)]
    code, out, _ = run_main(argv, capsys)
    assert code == 2
    assert out.splitlines()[-1].endswith("(1 not checked: 1 model error).")


def test_default_jobs_stay_in_one_process_for_small_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    from tqcheck import runner

    monkeypatch.setattr(runner.os, "cpu_count", lambda: 2)
    assert runner.planned_jobs(None, 28) == 1  # measured: one process is faster here
    assert runner.planned_jobs(None, 112) == 1
    assert runner.planned_jobs(None, 2 * runner.DEFAULT_FILES_PER_JOB) == 2
    assert runner.planned_jobs(None, 100_000) == 2  # never more than the cores by default
    assert runner.planned_jobs(2, 28) == 2  # an explicit --jobs is honoured
    assert runner.planned_jobs(8, 9) == 2  # at least MIN_FILES_PER_JOB files per worker
