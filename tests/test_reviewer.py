"""The reviewer's workflow: check --review writes an .xlsx/.csv table with source, target and an
empty verdict column; tqcheck baseline reads the rows marked false positive back, and the next
run with --baseline reports everything but exactly those findings."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import ROOT, run_main
from tqcheck.reporters.xlsx_format import COLUMNS, VERDICT

FIXTURE = ROOT / "tests" / "fixtures" / "bilingual" / "review.tsv"
SELECT = ["--no-semantic", "--select", "TQ72", "--format", "json"]


def _findings(capsys: pytest.CaptureFixture[str], *extra: str) -> list[tuple[str, str, int]]:
    code, out, err = run_main(["check", *SELECT, *extra, "review.tsv"], capsys)
    assert code in (0, 1), err
    report = json.loads(out)
    return [(f["rule"], f["unit"], f["line"]) for file in report["files"] for f in file["findings"]]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(FIXTURE, tmp_path / "review.tsv")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_xlsx_two_false_positives_suppress_exactly_those_two(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _findings(capsys, "--review", "review.xlsx")
    assert len(before) == 4
    book = load_workbook(folder / "review.xlsx")
    sheet = book.active
    header = [cell.value for cell in sheet[1]]
    assert tuple(header) == COLUMNS
    rows = [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(2, values_only=True)]
    assert [(r["rule"], r["unit"], r["line"]) for r in rows] == before
    assert all(r[VERDICT] is None for r in rows)  # empty, for the reviewer
    first = rows[0]
    assert first["source"] == "وصل الوفد (من جنيف) أمس."
    assert first["target"] == "The delegation (from Geneva arrived yesterday."
    verdict_column = header.index(VERDICT) + 1
    marked = [1, 3]  # the reviewer calls two findings false positives
    for index in marked:
        sheet.cell(row=index + 2, column=verdict_column, value="False positive")
    sheet.cell(row=2, column=verdict_column, value="agree")
    book.save(folder / "review.xlsx")

    code, _, err = run_main(["baseline", "review.xlsx", "-o", "baseline.json"], capsys)
    assert code == 0 and "2 findings marked false positive" in err
    entries = json.loads((folder / "baseline.json").read_text(encoding="utf-8"))["findings"]
    assert len(entries) == 2

    after = _findings(capsys, "--baseline", "baseline.json")
    assert after == [finding for i, finding in enumerate(before) if i not in marked]


def test_csv_table_round_trip(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _findings(capsys, "--review", "review.csv")
    with (folder / "review.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert tuple(rows[0]) == COLUMNS
    assert rows[2]["source"] == "قتل %d شخصا في %s." and rows[2][VERDICT] == ""
    rows[2][VERDICT] = "fp"
    with (folder / "review.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    assert run_main(["baseline", "review.csv", "-o", "baseline.json"], capsys)[0] == 0
    after = _findings(capsys, "--baseline", "baseline.json")
    assert after == before[:2] + before[3:]


def test_state_column_and_formula_like_text_kept_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "f.tsv").write_text("=1+1 قال.\t=1+1  said.\n", encoding="utf-8")
    run_main(["check", "--no-semantic", "--select", "TQ724", "--review", "r.xlsx", "f.tsv"], capsys)
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert sheet.cell(row=2, column=COLUMNS.index("target") + 1).value == "'=1+1  said."
    assert sheet.cell(row=2, column=COLUMNS.index("target") + 1).data_type == "s"


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        ("rule,path\nTQ724,a.tsv\n", "r.csv", "lacks the column 'text'"),
        ("not a workbook", "r.xlsx", "not a readable .xlsx file"),
        ("x", "r.txt", "a review table is .xlsx or .csv"),
    ],
)
def test_bad_review_tables_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, name: str, message: str
) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    code, _, err = run_main(
        ["baseline", str(tmp_path / name), "-o", str(tmp_path / "b.json")], capsys
    )
    assert code == 2 and message in err and "Traceback" not in err
    assert not (tmp_path / "b.json").exists()
