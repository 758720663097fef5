"""facts --format json: a whole number stays an integer (8, never 8.0); a fraction stays a float."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_main


def test_whole_numbers_are_integers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Eight soldiers were killed, 12.5 tonnes of aid arrived and 3,000 families left.\n",
        encoding="utf-8",
    )
    code, out, _ = run_main(["facts", "--format", "json", str(path)], capsys)
    assert code == 0
    values = [row["value"] for row in json.loads(out) if row["value"] is not None]
    assert 8 in values and 3000 in values and 12.5 in values
    for row in json.loads(out):
        value = row["value"]
        if isinstance(value, float):
            assert not value.is_integer(), row
        if value is not None:  # a fact found in the text: its position is integers too
            assert isinstance(row["line"], int) and isinstance(row["column"], int)
