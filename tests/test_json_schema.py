"""The published JSON Schemas (tqcheck/schemas/) against real output of ``check --format json``
and ``facts --format json``: every report validates, and the schemas catch drift."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.conftest import FIXTURES, ROOT, run_main
from tqcheck.rules.registry import get_rule
from tqcheck.schemas import CHECK_SCHEMA, CHECK_SCHEMA_VERSION, FACTS_SCHEMA, SCHEMAS, load_schema


def _check_json(paths: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code, out, _ = run_main(["check", "--format", "json", "--no-semantic", *paths], capsys)
    assert code in (0, 1, 2)
    report: dict[str, Any] = json.loads(out)
    return report


def test_schemas_are_valid_draft_2020_12() -> None:
    assert {CHECK_SCHEMA, FACTS_SCHEMA, "check-v1.schema.json"} <= set(SCHEMAS)
    for name in SCHEMAS:
        jsonschema.Draft202012Validator.check_schema(load_schema(name))


def test_check_reports_validate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    paths = [
        str(FIXTURES / "mt-article.txt"),
        str(ROOT / "examples" / "mt-draft.txt"),
        *sorted(str(p) for p in (FIXTURES / "bilingual").iterdir() if p.is_file()),
        missing,
    ]
    report = _check_json(paths, capsys)
    jsonschema.validate(report, load_schema(CHECK_SCHEMA))
    assert report["schema_version"] == CHECK_SCHEMA_VERSION
    assert report["summary"]["findings"] > 0
    assert any(file["error"] for file in report["files"])  # the missing file: an error entry
    assert any(f["unit"] for file in report["files"] for f in file["findings"])  # bilingual


def test_the_check_schema_catches_drift(capsys: pytest.CaptureFixture[str]) -> None:
    report = _check_json([str(FIXTURES / "mt-article.txt")], capsys)
    finding = report["files"][0]["findings"][0]
    broken = []
    for change in (
        lambda r: r.pop("schema_version"),
        lambda r: r["files"][0]["findings"][0].update(line="1"),
        lambda r: r["files"][0]["findings"][0].update(severity="fatal"),
        lambda r: r["files"][0]["findings"][0].update(extra=True),
        lambda r: r["files"][0]["findings"][0].pop("name"),
        lambda r: r["files"][0]["findings"][0].update(name="Doubled Phrase"),
        lambda r: r.update(schema_version=1),
        lambda r: r["summary"].pop("by_rule"),
    ):
        copied = copy.deepcopy(report)
        change(copied)
        broken.append(copied)
    assert finding["rule"].startswith("TQ")
    for copied in broken:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(copied, load_schema(CHECK_SCHEMA))


@pytest.mark.parametrize("published", [None, "2020-10-06"])
def test_facts_output_validates_with_integers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, published: str | None
) -> None:
    path = tmp_path / "facts.txt"
    path.write_text(
        "The ministry said 8 soldiers and 12 civilians were killed, and 3.5 million dollars "
        "of damage was done to three villages, Sos, Hin Shen and Karin Tak.\n",
        encoding="utf-8",
    )
    args = ["facts", "--format", "json", str(path)]
    if published:
        args += ["--published", published]
    code, out, _ = run_main(args, capsys)
    assert code == 0
    rows = json.loads(out)
    jsonschema.validate(rows, load_schema(FACTS_SCHEMA))
    values = [row["value"] for row in rows if row["type"] == "quantity"]
    assert 8 in values and 12 in values and 3500000 in values
    for value in values:  # whole numbers are JSON integers, never 8.0 (which a JSON Schema
        # "integer" accepts, so this is checked here)
        assert not (isinstance(value, float) and value.is_integer()), values
    assert '"value": 8,' in out


def test_rule_names_and_the_meta_category_validate(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Schema version 2: every finding names its rule; TQ901's category is ``meta``. The
    version 1 schema, still published, rejects both (the reason the version was raised)."""
    (tmp_path / "tqcheck.toml").write_text('extend-select = ["TQ901"]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(
        "<!-- tqcheck: ignore TQ201 -->\nThe minister spoke on Monday.\n\n"
        "Teams from the Red Cross and the Red Cross supervised the handover.\n",
        encoding="utf-8",
    )
    report = _check_json([str(article)], capsys)
    jsonschema.validate(report, load_schema(CHECK_SCHEMA))
    findings = report["files"][0]["findings"]
    assert {(f["rule"], f["category"]) for f in findings} >= {("TQ901", "meta")}
    assert all(f["name"] == get_rule(f["rule"]).name for f in findings)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, load_schema("check-v1.schema.json"))
