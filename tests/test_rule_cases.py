"""Runs the per-rule case files in tests/cases/<CODE>.toml (text in, findings expected)."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import findings_for
from tqcheck.rules.registry import all_rules

CASES = Path(__file__).parent / "cases"


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("TQ*.toml")):
        code = path.stem
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            params.append(pytest.param(code, case, id=f"{code}-{case['name']}"))
    return params


@pytest.mark.parametrize(("code", "case"), _cases())
def test_rule_case(code: str, case: dict[str, Any]) -> None:
    text = case["text"]
    published = case.get("published")
    found = findings_for(
        text,
        select=case.get("select", code),  # "TQ901,TQ201": rules a case needs beside its own
        fmt=case.get("format", "text"),
        source=case.get("source"),
        published=date.fromisoformat(published) if published else None,
    )
    actual = [{"line": f.line, "column": f.column, "text": f.text} for f in found]
    assert actual == case["expect"]
    for finding in found:
        assert finding.rule == code


def test_every_rule_has_a_case_file() -> None:
    codes = {rule.code for rule in all_rules()}
    files = {path.stem for path in CASES.glob("TQ*.toml")}
    assert codes == files


def test_every_case_file_has_a_positive_and_a_negative_case() -> None:
    for path in CASES.glob("TQ*.toml"):
        cases = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
        assert any(case["expect"] for case in cases), path.name
        assert any(not case["expect"] for case in cases), path.name
