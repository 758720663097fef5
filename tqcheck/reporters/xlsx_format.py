"""The reviewer's table: one row per finding with its unit, source and target, and an empty
"reviewer verdict" column, written as ``.xlsx`` (openpyxl, the extra ``tqcheck[xlsx]``) or
``.csv`` (``check --review FILE``), and read back by ``tqcheck baseline FILE -o baseline.json``:
rows whose verdict says false positive become baseline entries, so the next run with
``--baseline`` no longer reports them.

The ``path`` column holds the path as baselines key it (relative to the working directory), so
run ``baseline`` and the next ``check`` from the same directory as the reviewed run.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from tqcheck.errors import ConfigError
from tqcheck.rules.registry import get_rule
from tqcheck.runner import RunResult

COLUMNS: tuple[str, ...] = (
    "path",
    "unit",
    "unit_state",
    "line",
    "column",
    "rule",
    "name",
    "severity",
    "text",
    "message",
    "suggestion",
    "source",
    "target",
    "reviewer verdict",
)
VERDICT = "reviewer verdict"
# Verdicts read as "the finding is wrong" (case and spacing ignored).
FALSE_POSITIVE = frozenset({"false positive", "false-positive", "fp", "wrong", "not an error"})
MAX_ROWS = 1_000_000
_WIDTHS = (24, 10, 12, 6, 6, 7, 20, 8, 24, 50, 20, 40, 40, 18)


def review_rows(result: RunResult) -> list[dict[str, Any]]:
    from tqcheck.baseline import path_key, text_key

    rows = []
    for file in result.files:
        units = file.units or {}
        for finding in file.findings:
            source, target, state = "", "", finding.unit_state or ""
            if finding.unit is not None and finding.unit in units:
                source, target = units[finding.unit][0], units[finding.unit][1]
            rows.append(
                {
                    "path": path_key(file.path),
                    "unit": finding.unit or "",
                    "unit_state": state,
                    "line": finding.line,
                    "column": finding.column,
                    "rule": finding.rule,
                    "name": get_rule(finding.rule).name,
                    "severity": finding.severity.value,
                    "text": text_key(finding.text),
                    "message": finding.message,
                    "suggestion": finding.suggestion if finding.suggestion is not None else "",
                    "source": source,
                    "target": target,
                    VERDICT: "",
                }
            )
    return rows


def write_review(result: RunResult, output: Path) -> None:
    """Write the table to ``output`` (``.xlsx`` or ``.csv``), atomically."""
    rows = review_rows(result)
    suffix = output.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ConfigError(f"{output}: --review writes .xlsx or .csv")
    folder = output.resolve().parent
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tqcheck-review-", suffix=suffix)
    os.close(handle)
    try:
        if suffix == ".csv":
            with Path(temporary).open("w", encoding="utf-8", newline="") as stream:
                writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
                writer.writeheader()
                writer.writerows(rows)
        else:
            _write_xlsx(rows, temporary)
        Path(temporary).replace(output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_xlsx(rows: list[dict[str, Any]], path: str) -> None:
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font
    except ImportError:
        raise ConfigError(
            "writing .xlsx needs openpyxl: pip install 'tqcheck[xlsx]' (or use a .csv)"
        ) from None
    book = Workbook()
    sheet = book.active
    sheet.title = "findings"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_cell(row[column]) for column in COLUMNS])
    right_to_left = Alignment(horizontal="right", wrap_text=True, readingOrder=2)
    source_column = COLUMNS.index("source") + 1
    for (cell,) in sheet.iter_rows(min_row=2, min_col=source_column, max_col=source_column):
        cell.alignment = right_to_left
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGHIJKLMN", _WIDTHS, strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(path)


def _cell(value: Any) -> Any:
    """A value a spreadsheet keeps as text: no formula (a leading = + - @ is quoted)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _uncell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text[1:] if text.startswith("'") and text[1:2] in ("=", "+", "-", "@") else text


def read_review(path: Path) -> Counter[tuple[str, str, str]]:
    """The baseline keys (rule, path, text) of the rows marked false positive."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            with path.open(encoding="utf-8-sig", newline="") as stream:
                rows = [dict(row) for row in csv.DictReader(stream)]
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise ConfigError(f"{path}: cannot read the review table ({exc})") from None
    elif suffix == ".xlsx":
        rows = _read_xlsx(path)
    else:
        raise ConfigError(f"{path}: a review table is .xlsx or .csv")
    keys: Counter[tuple[str, str, str]] = Counter()
    for number, row in enumerate(rows[:MAX_ROWS], start=2):
        missing = [name for name in ("rule", "path", "text", VERDICT) if name not in row]
        if missing:
            raise ConfigError(f"{path}: the review table lacks the column '{missing[0]}'")
        verdict = " ".join(_uncell(row[VERDICT]).lower().split())
        if verdict in FALSE_POSITIVE:
            rule = _uncell(row["rule"]).strip()
            if not rule:
                raise ConfigError(f"{path}:{number}: a row marked false positive has no rule")
            keys[(rule, _uncell(row["path"]), _uncell(row["text"]))] += 1
    return keys


def _read_xlsx(path: Path) -> list[dict[str, Any]]:
    try:
        from openpyxl import load_workbook
    except ImportError:
        raise ConfigError("reading .xlsx needs openpyxl: pip install 'tqcheck[xlsx]'") from None
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ConfigError(f"{path}: not a readable .xlsx file ({type(exc).__name__})") from None
    sheet = book.worksheets[0]
    values = sheet.iter_rows(values_only=True)
    header = next(values, None)
    if header is None:
        return []
    names = [str(name).strip() if name is not None else "" for name in header]
    rows = [dict(zip(names, row, strict=False)) for row in values]
    book.close()
    return rows
