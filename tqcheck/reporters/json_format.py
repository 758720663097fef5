"""``--format json``: one object, stable key order, finding fields as in the README.

The shape is published as a JSON Schema, ``tqcheck/schemas/check-v2.schema.json``; the report
names that schema's version in ``schema_version``. Each finding carries its rule's ``name`` after
its code (new in schema version 2).
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from tqcheck import __version__
from tqcheck.findings import Finding
from tqcheck.reporters.summary import summarise
from tqcheck.rules.registry import get_rule
from tqcheck.runner import FileResult, RunResult

SCHEMA_VERSION = 2  # tqcheck.schemas.CHECK_SCHEMA_VERSION


def finding_dict(finding: Finding, offsets: bool = False) -> dict[str, Any]:
    """One finding: its public fields with the rule's name after its code; ``offsets`` adds
    ``start``/``end`` (code points)."""
    fields = finding.to_dict()
    entry = {"rule": fields.pop("rule"), "name": get_rule(finding.rule).name, **fields}
    if offsets:
        entry["start"], entry["end"] = finding.start, finding.end
    return entry


def file_dict(file: FileResult, offsets: bool = False) -> dict[str, Any]:
    """One file's entry; ``offsets`` adds each finding's ``start``/``end`` (code points)."""
    findings = [finding_dict(finding, offsets) for finding in file.findings]
    return {
        "path": file.path,
        "error": file.error,
        "published": file.published.isoformat() if file.published else None,
        "published_inferred": file.published_inferred,
        "findings": findings,
    }


def as_dict(result: RunResult, offsets: bool = False) -> dict[str, Any]:
    return {
        "version": __version__,
        "schema_version": SCHEMA_VERSION,
        "files": [file_dict(file, offsets) for file in result.files],
        "summary": summarise(result),
    }


def render(result: RunResult, stream: TextIO, **_: Any) -> None:
    json.dump(as_dict(result), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
