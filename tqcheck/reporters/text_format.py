"""``--format text``: ``path:line:col: CODE [severity] message (suggestion)`` plus the line.

Colour is used only when the stream is a terminal and ``NO_COLOR`` is not set.
"""

from __future__ import annotations

from typing import Any, TextIO

import click

from tqcheck.findings import Finding, Severity
from tqcheck.reporters.summary import summarise
from tqcheck.runner import RunResult

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def format_finding(path: str, finding: Finding, color: bool) -> str:
    severity = finding.severity.value
    code = finding.rule
    if color:
        severity = click.style(severity, fg=_COLOURS[finding.severity], bold=True)
        code = click.style(code, bold=True)
    text = f"{path}:{finding.line}:{finding.column}: {code} [{severity}] {finding.message}"
    if finding.unit is not None:
        state = f", state {finding.unit_state}" if finding.unit_state else ""
        text += f" [unit {finding.unit}, offset {finding.unit_offset}{state}]"
    if finding.suggestion is not None:
        text += (
            f" (suggestion: {finding.suggestion!r})"
            if finding.suggestion
            else " (suggestion: delete)"
        )
    return text


def _excerpt(line_text: str, finding: Finding, color: bool) -> str:
    shown = line_text.replace("\t", " ")
    width = (
        finding.end_column - finding.column
        if finding.end_line == finding.line
        else len(shown) - finding.column + 1
    )
    caret = " " * (finding.column - 1) + "^" * max(width, 1)
    number = str(finding.line)
    if color:
        caret = click.style(caret, fg=_COLOURS[finding.severity])
    return f"  {number} | {shown}\n  {' ' * len(number)} | {caret}"


def render(
    result: RunResult, stream: TextIO, *, color: bool = False, show_source: bool = True, **_: Any
) -> None:
    for file in result.files:
        for finding in file.findings:
            stream.write(format_finding(file.path, finding, color) + "\n")
            if show_source and file.lines is not None:
                source = file.lines.line_text(finding.line)
                if source.strip():
                    stream.write(_excerpt(source, finding, color) + "\n")
    for file in result.files:
        if file.published_inferred and show_source:
            stream.write(
                f"{file.path}: no publication date given; its dates fit {file.published_inferred}"
                " (give --published to check them against the real date)\n"
            )
    summary = summarise(result)
    checked = summary["files"] - summary["files_with_errors"]
    files = f"{checked} file" + ("" if checked == 1 else "s")
    if summary["files_with_errors"]:
        files += f" ({summary['files_with_errors']} could not be read)"
    if summary["findings"]:
        stream.write(
            f"Found {summary['findings']} finding{'s' if summary['findings'] != 1 else ''} "
            f"({summary['error']} error, {summary['warning']} warning, {summary['info']} info) "
            f"in {files}.\n"
        )
    else:
        stream.write(f"No findings in {files}.\n")
