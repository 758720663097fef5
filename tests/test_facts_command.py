"""``tqcheck facts``: the quantities, lists, dates and publication date the checks reason from."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_main

COLUMNS = ["line", "column", "type", "text", "value", "detail"]
VILLAGES = (
    "On Wednesday, the army said it had recaptured 8 additional villages, namely Alpha, Bravo, "
    "Charlie, Delta, Echo, Foxtrot, Golf and Hotel. Talks began yesterday, Wednesday.\n"
)
NO_FACTS = "The talks went well, officials said.\n"


def write(tmp_path: Path, text: str, name: str = "story.txt") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def facts_json(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[dict[str, Any]]]:
    code, out, err = run_main(["facts", "--format", "json", *argv], capsys)
    assert err == ""
    return code, json.loads(out)


def only(rows: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [row for row in rows if row["type"] == kind]


def test_facts_lists_quantity_list_dates_and_given_publication(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, VILLAGES)
    code, rows = facts_json([str(path), "--published", "2020-10-15"], capsys)
    assert code == 0
    assert all(list(row) == COLUMNS for row in rows)  # stable key order
    assert [row["type"] for row in rows] == ["date", "quantity", "list", "date", "publication"]

    [quantity] = only(rows, "quantity")
    assert quantity["value"] == 8
    assert (quantity["line"], quantity["column"]) == (1, 47)
    assert quantity["text"] == "8 additional villages"
    assert "head: village" in quantity["detail"]
    assert "modifiers: additional" in quantity["detail"]
    assert "exact" in quantity["detail"]

    [listed] = only(rows, "list")
    assert listed["value"] == 8
    assert listed["text"] == "Alpha, Bravo, Charlie, Delta, Echo, Foxtrot, Golf and Hotel"
    assert "count: 8 (8 additional villages)" in listed["detail"]
    assert "items: Alpha, Bravo, Charlie, Delta, Echo, Foxtrot, Golf, Hotel" in listed["detail"]

    on_wednesday, yesterday = only(rows, "date")
    assert on_wednesday["text"] == "Wednesday"
    assert on_wednesday["value"] == "2020-10-14"
    assert yesterday["text"] == "yesterday, Wednesday"
    assert yesterday["value"] == "2020-10-14"
    assert (yesterday["line"], yesterday["column"]) == (1, 150)
    assert "relative_day" in yesterday["detail"]
    assert "past" in yesterday["detail"]
    assert "weekday written: Wednesday" in yesterday["detail"]

    publication = rows[-1]
    assert publication == {
        "line": None,
        "column": None,
        "type": "publication",
        "text": "",
        "value": "2020-10-15",
        "detail": "given",
    }


def test_facts_rows_are_in_document_order_across_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "Rescuers found 12 survivors.\n\nThe ferry sank on Monday.\n")
    code, rows = facts_json([str(path), "--published", "2021-03-10"], capsys)
    assert code == 0
    assert [(row["type"], row["line"], row["column"]) for row in rows[:-1]] == [
        ("quantity", 1, 16),
        ("date", 3, 19),
    ]
    assert rows[0]["value"] == 12
    assert rows[1]["value"] == "2021-03-08"  # the Monday before Wednesday 10 March


def test_facts_infers_publication_without_published(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, VILLAGES)
    code, rows = facts_json([str(path)], capsys)
    assert code == 0
    publication = rows[-1]
    assert publication["type"] == "publication"
    assert "Thursday" in publication["value"]
    assert publication["detail"].startswith("inferred from 1 statement")
    assert "'yesterday, Wednesday' puts publication on a Thursday" in publication["detail"]
    # Only the weekday is known, so relative dates stay unresolved.
    assert [row["value"] for row in only(rows, "date")] == [None, None]


def test_facts_resolves_dates_the_inference_pins_down(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Voting ended on March 3, 2019, and the count was completed yesterday, Tuesday.\n"
    path = write(tmp_path, text)
    code, rows = facts_json([str(path)], capsys)
    assert code == 0
    full, yesterday = only(rows, "date")
    assert full["value"] == "2019-03-03"  # a full date needs no publication date
    assert yesterday["value"] is None  # any Wednesday on or after 3 March 2019
    assert "Wednesday" in rows[-1]["value"]


def test_facts_publication_from_front_matter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "---\npublished: 2022-05-06\n---\nTwo ministers met yesterday.\n"
    path = write(tmp_path, text, "story.md")
    code, rows = facts_json([str(path)], capsys)
    assert code == 0
    [yesterday] = only(rows, "date")
    assert (yesterday["line"], yesterday["value"]) == (4, "2022-05-05")
    assert rows[-1]["value"] == "2022-05-06"
    assert rows[-1]["detail"] == "given"


def test_facts_published_option_overrides_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "published = 2020-01-02\n", "tqcheck.toml")
    path = write(tmp_path, "The rally was held yesterday.\n")
    _, rows = facts_json([str(path)], capsys)
    assert rows[-1]["value"] == "2020-01-02"
    assert only(rows, "date")[0]["value"] == "2020-01-01"
    _, rows = facts_json([str(path), "--published", "2020-02-01"], capsys)
    assert rows[-1]["value"] == "2020-02-01"
    assert only(rows, "date")[0]["value"] == "2020-01-31"


def test_facts_quantity_bounds_in_detail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "More than 40 houses burned and about 20 people fled.\n")
    _, rows = facts_json([str(path)], capsys)
    houses, people = only(rows, "quantity")
    assert houses["value"] == 40
    assert houses["detail"].startswith("cardinal, min (40 or more); head: house")
    assert people["value"] == 20
    assert people["detail"].startswith("cardinal, approx (17 to 23); head: people")


def test_facts_csv_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, VILLAGES)
    code, out, err = run_main(
        ["facts", str(path), "--published", "2020-10-15", "--format", "csv"], capsys
    )
    assert (code, err) == (0, "")
    reader = csv.DictReader(io.StringIO(out))
    assert reader.fieldnames == COLUMNS
    rows = list(reader)
    assert [row["type"] for row in rows] == ["date", "quantity", "list", "date", "publication"]
    assert rows[1]["value"] == "8"
    assert rows[2]["value"] == "8"
    assert rows[3]["value"] == "2020-10-14"
    assert rows[-1] == {
        "line": "",
        "column": "",
        "type": "publication",
        "text": "",
        "value": "2020-10-15",
        "detail": "given",
    }


def test_facts_table_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, VILLAGES)
    code, out, err = run_main(["facts", str(path), "--published", "2020-10-15"], capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == COLUMNS
    assert len(lines) == 6
    assert lines[2].split()[:6] == ["1", "47", "quantity", "8", "additional", "villages"]
    assert "yesterday, Wednesday" in lines[4] and "2020-10-14" in lines[4]
    assert lines[5].split() == ["publication", "2020-10-15", "given"]
    # Aligned: every column starts at the same offset on every line.
    assert lines[0].index("type") == lines[2].index("quantity") == lines[5].index("publication")
    assert lines[0].index("value") == lines[5].index("2020-10-15")


def test_facts_on_text_without_facts_prints_header_and_publication_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, NO_FACTS)
    code, out, err = run_main(["facts", str(path)], capsys)
    assert (code, err) == (0, "")
    header, publication = out.splitlines()
    assert header.split() == COLUMNS
    assert publication.split()[0] == "publication"
    assert "unknown: not given, and no date in the text depends on it" in publication

    _, rows = facts_json([str(path)], capsys)
    assert rows == [
        {
            "line": None,
            "column": None,
            "type": "publication",
            "text": "",
            "value": None,
            "detail": "unknown: not given, and no date in the text depends on it",
        }
    ]
    _, rows = facts_json([str(path), "--published", "2020-10-15"], capsys)
    assert [(row["type"], row["value"], row["detail"]) for row in rows] == [
        ("publication", "2020-10-15", "given")
    ]


def test_facts_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Five boats sank today.\n")))
    code, rows = facts_json(["-", "--published", "2020-10-15"], capsys)
    assert code == 0
    assert [(row["type"], row["value"]) for row in rows] == [
        ("quantity", 5),
        ("date", "2020-10-15"),
        ("publication", "2020-10-15"),
    ]


def one_line_error(err: str, expected: str) -> None:
    assert "Traceback" not in err
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1, err
    assert lines[0].startswith("tqcheck: error: "), err
    assert expected in lines[0], err


def test_facts_missing_file_exits_2_with_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run_main(["facts", str(missing)], capsys)
    assert (code, out) == (2, "")
    one_line_error(err, f"{missing}: no such file or directory")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--published", "2020-13-01"], "is not a date in YYYY-MM-DD form"),
        (["--format", "xml"], "'xml' is not one of 'table', 'csv', 'json'"),
    ],
)
def test_facts_bad_options_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    path = write(tmp_path, VILLAGES)
    code, out, err = run_main(["facts", str(path), *argv], capsys)
    assert (code, out) == (2, "")
    one_line_error(err, expected)


@pytest.mark.parametrize(
    ("content", "expected"),
    [("", "file is empty"), ("\n\n", "file is empty"), (None, "is a directory")],
)
def test_facts_unreadable_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, expected: str
) -> None:
    path = tmp_path / "in" if content is None else write(tmp_path, content)
    if content is None:
        path.mkdir()
    code, out, err = run_main(["facts", str(path)], capsys)
    assert (code, out) == (2, "")
    one_line_error(err, expected)
