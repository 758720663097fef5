"""``--format github``: GitHub Actions workflow commands, one annotation per finding."""

from __future__ import annotations

from typing import Any, TextIO

from tqcheck.findings import Severity
from tqcheck.rules.registry import get_rule
from tqcheck.runner import RunResult

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(result: RunResult, stream: TextIO, **_: Any) -> None:
    for file in result.files:
        if file.error:
            stream.write(
                f"::error file={_escape_property(file.path)},title=tqcheck::"
                f"{_escape_data(file.error)}\n"
            )
        for finding in file.findings:
            title = f"{finding.rule} {get_rule(finding.rule).name}"
            message = finding.message
            if finding.suggestion is not None:
                message += f" Suggestion: {finding.suggestion!r}"
            properties = ",".join(
                [
                    f"file={_escape_property(file.path)}",
                    f"line={finding.line}",
                    f"col={finding.column}",
                    f"endLine={finding.end_line}",
                    f"endColumn={finding.end_column}",
                    f"title={_escape_property(title)}",
                ]
            )
            stream.write(f"::{_LEVELS[finding.severity]} {properties}::{_escape_data(message)}\n")
