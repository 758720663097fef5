"""``--format sarif``: SARIF 2.1.0 as GitHub code scanning accepts it.

Paths are written as relative URIs against ``%SRCROOT%`` when the file lies under the current
directory, columns are Unicode code points, and every rule in the registry is described in
``tool.driver.rules`` with its help text.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, TextIO

from tqcheck import __version__
from tqcheck.findings import Finding, Severity
from tqcheck.rules.docs_page import INSTALLED_PAGE, doc_uri
from tqcheck.rules.registry import all_rules
from tqcheck.runner import RunResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> tuple[str, str | None]:
    if path == "-":
        return "stdin", None
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix(), "%SRCROOT%"
    except ValueError:
        return resolved.as_uri(), None


def _rule_descriptors() -> list[dict[str, Any]]:
    descriptors = []
    for rule in all_rules():
        doc = rule.doc()
        descriptors.append(
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": doc.explanation},
                "help": {
                    "text": f"{doc.explanation}\n\nBad:\n{doc.bad}\n\nGood:\n{doc.good}",
                    "markdown": (
                        f"{doc.explanation}\n\n**Bad**\n\n```text\n{doc.bad}\n```\n\n"
                        f"**Good**\n\n```text\n{doc.good}\n```"
                    ),
                },
                "helpUri": doc_uri(rule.code),
                "defaultConfiguration": {"level": _LEVELS[rule.severity]},
                "properties": {"category": rule.category.value, "tags": [rule.category.value]},
            }
        )
    return descriptors


def _result(finding: Finding, path: str, rule_index: dict[str, int]) -> dict[str, Any]:
    uri, base = _uri(path)
    artifact: dict[str, Any] = {"uri": uri}
    if base:
        artifact["uriBaseId"] = base
    fingerprint = hashlib.sha256(
        f"{finding.rule}\0{path}\0{' '.join(finding.text.split())}".encode()
    ).hexdigest()
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index[finding.rule],
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact,
                    "region": {
                        "startLine": finding.line,
                        "startColumn": finding.column,
                        "endLine": finding.end_line,
                        "endColumn": finding.end_column,
                        "charOffset": finding.start,
                        "charLength": finding.end - finding.start,
                        "snippet": {"text": finding.text},
                    },
                }
            }
        ],
        "partialFingerprints": {"tqcheckFinding/v1": fingerprint[:32]},
    }
    if finding.unit is not None:  # a bilingual file: the translation unit, as CAT tools name it
        result["locations"][0]["logicalLocations"] = [
            {"name": finding.unit, "kind": "translationUnit"}
        ]
        result["properties"] = {"unitOffset": finding.unit_offset}
        if finding.unit_state:
            result["properties"]["unitState"] = finding.unit_state
    if finding.suggestion is not None:
        result["fixes"] = [
            {
                "description": {"text": f"Replace with {finding.suggestion!r}"},
                "artifactChanges": [
                    {
                        "artifactLocation": artifact,
                        "replacements": [
                            {
                                "deletedRegion": {
                                    "charOffset": finding.start,
                                    "charLength": finding.end - finding.start,
                                },
                                "insertedContent": {"text": finding.suggestion},
                            }
                        ],
                    }
                ],
            }
        ]
    return result


def as_sarif(result: RunResult) -> dict[str, Any]:
    rules = _rule_descriptors()
    rule_index = {descriptor["id"]: index for index, descriptor in enumerate(rules)}
    notifications = [
        {"level": "error", "message": {"text": file.error}, "descriptor": {"id": "input-error"}}
        for file in result.files
        if file.error
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "tqcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INSTALLED_PAGE.as_uri(),
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
                "invocations": [
                    {
                        "executionSuccessful": not notifications,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": [
                    _result(finding, file.path, rule_index)
                    for file in result.files
                    for finding in file.findings
                ],
            }
        ],
    }


def render(result: RunResult, stream: TextIO, **_: Any) -> None:
    json.dump(as_sarif(result), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
