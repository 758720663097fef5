"""check --summary and tqcheck report: the per-file and per-rule tables a desk editor reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, run_main


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "copy"
    folder.mkdir()
    (folder / "draft.txt").write_bytes((ROOT / "examples" / "mt-draft.txt").read_bytes())
    (folder / "clean.txt").write_bytes((FIXTURES / "clean" / "clean-wire.txt").read_bytes())
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    return folder


@pytest.mark.parametrize("suffix", [".csv", ".json", ".parquet"])
def test_summary_round_trip_and_report(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    summary = tmp_path / f"summary{suffix}"
    code, _, _ = run_main(
        ["check", "--no-semantic", "-q", str(corpus), "--summary", str(summary)], capsys
    )
    assert code == 2  # the binary file is an input error; the others are still summarised
    code, out, _ = run_main(["report", str(summary), "--top", "2"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "3 files, 18 findings (9 errors, 5 warnings)"
    assert lines[2] == "Top 2 files:"
    assert lines[4].split()[:3] == [str(corpus / "draft.txt"), "9", "5"]
    assert "Most frequent rules:" in out and "TQ301" in out
    if suffix == ".json":
        data = json.loads(summary.read_text(encoding="utf-8"))
        rows = {Path(row["path"]).name: row for row in data["files"]}
        assert rows["clean.txt"]["findings"] == 0
        assert rows["draft.txt"]["place"] == 7
        assert "binary" in rows["broken.txt"]["read_error"]
        assert {rule["rule"]: rule["files"] for rule in data["rules"]}["TQ301"] == 1


def test_summary_suffix_is_checked_before_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_main(
        ["check", str(FIXTURES / "mt-article.txt"), "--summary", str(tmp_path / "s.xlsx")], capsys
    )
    assert code == 2 and "summary must end in" in err
    assert not (tmp_path / "s.xlsx").exists()


def test_report_of_a_missing_or_foreign_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_main(["report", str(tmp_path / "none.csv")], capsys)
    assert code == 2 and "no such summary" in err
    foreign = tmp_path / "other.csv"
    foreign.write_text("a,b\n1,2\n", encoding="utf-8")
    code, _, err = run_main(["report", str(foreign)], capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1
