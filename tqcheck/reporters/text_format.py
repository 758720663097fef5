"""``--format text``: ``path:line:col: CODE name [severity] message (suggestion)`` plus the line,
windowed around the span to the terminal's width (``$COLUMNS``, else 80), with a caret line.

Colour: see ``tqcheck.cli._use_colour`` (a terminal or ``FORCE_COLOR``; never with ``NO_COLOR``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from functools import cache
from typing import Any, TextIO

import click

from tqcheck.findings import Finding, Severity
from tqcheck.reporters.summary import summarise
from tqcheck.rules.registry import get_rule
from tqcheck.runner import RunResult

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def format_finding(path: str, finding: Finding, color: bool) -> str:
    severity = finding.severity.value
    code = finding.rule
    if color:
        severity = click.style(severity, fg=_COLOURS[finding.severity], bold=True)
        code = click.style(code, bold=True)
    code = f"{code} {get_rule(finding.rule).name}"
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


ELLIPSIS = "…"
MIN_WIDTH = 40  # narrower terminals get this many columns anyway


def _cells(char: str) -> int:
    """Terminal columns of one character: 2 for East Asian wide, 0 for combining marks."""
    return max(_wcwidth()(char), 0) if char.isprintable() else 1


@cache
def _wcwidth() -> Callable[[str], int]:
    """wcwidth's ``wcwidth``, imported when an excerpt is first shown: importing it took 15 ms
    of every run, excerpts or none (``-q``, other formats; issue 13: cold start)."""
    from wcwidth import wcwidth

    return wcwidth


def _window(line: str, start: int, end: int, room: int) -> tuple[int, int]:
    """Characters ``[a, b)`` of ``line`` to show in ``room`` columns around the span
    ``[start, end)``: the whole line when it fits, else the span's start with up to a third of
    the room of context before it (less the ellipses at the cut ends)."""
    widths = [_cells(char) for char in line]
    if sum(widths) <= room:
        return 0, len(line)
    room -= 2  # an ellipsis at each cut end
    a = start
    used = 0
    while a > 0 and used + widths[a - 1] <= room // 3:
        used += widths[a - 1]
        a -= 1
    b = a
    used = 0
    while b < len(line) and used + widths[b] <= room:
        used += widths[b]
        b += 1
    while a > 0 and b == len(line) and used + widths[a - 1] <= room:  # room left: show more
        a -= 1
        used += widths[a]
    return a, max(b, min(start + 1, len(line)))


def _excerpt(line_text: str, finding: Finding, color: bool, width: int = 80) -> str:
    """The flagged line, windowed around the span to fit ``width`` columns, and a caret line
    under the span (wide characters count two columns)."""
    shown = line_text.replace("\t", " ")
    number = str(finding.line)
    prefix = f"  {number} | "
    start = min(finding.column - 1, len(shown))
    end = finding.end_column - 1 if finding.end_line == finding.line else len(shown)
    end = max(min(end, len(shown)), start)
    a, b = _window(shown, start, end, max(width, MIN_WIDTH) - len(prefix))
    lead = ELLIPSIS if a > 0 else ""
    tail = ELLIPSIS if b < len(shown) else ""
    visible = lead + shown[a:b] + tail
    offset = len(lead) + sum(_cells(char) for char in shown[a:start])
    span = sum(_cells(char) for char in shown[max(start, a) : min(end, b)])
    caret = " " * offset + "^" * max(span, 1)
    if color:
        caret = click.style(caret, fg=_COLOURS[finding.severity])
    return f"{prefix}{visible}\n  {' ' * len(number)} | {caret}"


_KIND_NAMES = {"config": "config error", "read": "read error", "model": "model error"}


def _error_kinds(result: RunResult) -> str:
    """``1 config error, 2 read errors``: what stopped the files that were not checked."""
    counts: dict[str, int] = {}
    for file in result.files:
        if file.error:
            kind = _KIND_NAMES.get(file.error_kind or "read", "read error")
            counts[kind] = counts.get(kind, 0) + 1
    return ", ".join(f"{n} {kind}{'' if n == 1 else 's'}" for kind, n in sorted(counts.items()))


def terminal_width() -> int:
    """Columns to fit the excerpts into: the terminal's, else ``$COLUMNS``, else 80."""
    return shutil.get_terminal_size((80, 24)).columns


def render(
    result: RunResult,
    stream: TextIO,
    *,
    color: bool = False,
    show_source: bool = True,
    width: int | None = None,
    **_: Any,
) -> None:
    columns = width or terminal_width()
    for file in result.files:
        for finding in file.findings:
            stream.write(format_finding(file.path, finding, color) + "\n")
            if show_source and file.lines is not None:
                source = file.lines.line_text(finding.line)
                if source.strip():
                    stream.write(_excerpt(source, finding, color, columns) + "\n")
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
        files += f" ({summary['files_with_errors']} not checked: {_error_kinds(result)})"
    if summary["findings"]:
        stream.write(
            f"Found {summary['findings']} finding{'s' if summary['findings'] != 1 else ''} "
            f"({summary['error']} error, {summary['warning']} warning, {summary['info']} info) "
            f"in {files}.\n"
        )
    else:
        stream.write(f"No findings in {files}.\n")
