"""Corpus summaries for the desk: ``check --summary PATH`` and ``tqcheck report PATH``.

Two pandas tables: one row per file (findings by severity and category, words, findings per
1,000 words, the publication date used or inferred, a read error) and one row per rule. The
format follows the suffix: ``.csv`` (the rule table beside it as ``NAME.rules.csv``), ``.json``
(both tables in one object) or ``.parquet`` (``NAME.rules.parquet`` beside it; needs pyarrow,
``pip install 'tqcheck[parquet]'``). pandas is imported only here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqcheck.errors import InputError
from tqcheck.findings import Category, Severity
from tqcheck.rules.registry import all_rules
from tqcheck.runner import RunResult

if TYPE_CHECKING:
    import pandas as pd

SUFFIXES = (".csv", ".json", ".parquet")
_SEVERITIES = [severity.value for severity in Severity]
_CATEGORIES = [category.value for category in Category]


def tables(result: RunResult) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(per-file table, per-rule table) for ``result``."""
    import pandas as pd

    rows: list[dict[str, Any]] = []
    for file in result.files:
        row: dict[str, Any] = {
            "path": file.path,
            "words": file.words,
            "findings": len(file.findings),
        }
        for severity in _SEVERITIES:
            row[severity] = sum(f.severity.value == severity for f in file.findings)
        for category in _CATEGORIES:
            row[category] = sum(f.category.value == category for f in file.findings)
        row["per_1000_words"] = (
            round(1000 * len(file.findings) / file.words, 2) if file.words else 0.0
        )
        row["published"] = file.published.isoformat() if file.published else ""
        row["published_inferred"] = file.published_inferred or ""
        row["read_error"] = file.error or ""
        rows.append(row)
    files = pd.DataFrame(rows, columns=_file_columns())
    meta = {rule.code: rule for rule in all_rules()}
    counts: dict[str, tuple[int, set[str]]] = {}
    for file in result.files:
        for finding in file.findings:
            total, paths = counts.get(finding.rule, (0, set()))
            paths.add(file.path)
            counts[finding.rule] = (total + 1, paths)
    rules = pd.DataFrame(
        [
            {
                "rule": code,
                "name": meta[code].name if code in meta else "",
                "category": meta[code].category.value if code in meta else "",
                "severity": meta[code].severity.value if code in meta else "",
                "findings": total,
                "files": len(paths),
            }
            for code, (total, paths) in sorted(counts.items())
        ],
        columns=["rule", "name", "category", "severity", "findings", "files"],
    )
    return files, rules


def _file_columns() -> list[str]:
    return [
        "path",
        "words",
        "findings",
        *_SEVERITIES,
        *_CATEGORIES,
        "per_1000_words",
        "published",
        "published_inferred",
        "read_error",
    ]


def _rules_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.rules{path.suffix}")


def check_suffix(path: Path) -> None:
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(f"{path}: summary must end in {', '.join(SUFFIXES)}")


def write_summary(result: RunResult, path: Path) -> None:
    """Write both tables in the format the suffix names (each file written atomically)."""
    check_suffix(path)
    files, rules = tables(result)
    suffix = path.suffix.lower()
    if suffix == ".json":
        data = {"files": files.to_dict("records"), "rules": rules.to_dict("records")}
        _atomic(path, lambda stream: stream.write(json.dumps(data, indent=1) + "\n"))
    elif suffix == ".csv":
        _atomic(path, lambda stream: files.to_csv(stream, index=False))
        _atomic(_rules_path(path), lambda stream: rules.to_csv(stream, index=False))
    else:
        _need_pyarrow()
        _atomic(path, lambda stream: files.to_parquet(stream, index=False), binary=True)
        _atomic(
            _rules_path(path), lambda stream: rules.to_parquet(stream, index=False), binary=True
        )


def read_summary(path: Path) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """The tables of a summary written by :func:`write_summary` (the rule table if present)."""
    import pandas as pd

    check_suffix(path)
    if not path.is_file():
        raise InputError(f"{path}: no such summary file")
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            return pd.DataFrame(data["files"]), pd.DataFrame(data["rules"])
        if suffix == ".csv":
            rules_path = _rules_path(path)
            rules = pd.read_csv(rules_path) if rules_path.is_file() else None
            return pd.read_csv(path, keep_default_na=False), rules
        _need_pyarrow()
        rules_path = _rules_path(path)
        rules = pd.read_parquet(rules_path) if rules_path.is_file() else None
        return pd.read_parquet(path), rules
    except (ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(f"{path}: not a tqcheck summary ({exc})") from None


def top_offenders(files: pd.DataFrame, rules: pd.DataFrame | None, count: int = 10) -> str:
    """The Monday-morning view: files with the most errors, then the most frequent rules."""
    missing = {"path", "error", "warning", "findings", "words"} - set(files.columns)
    if missing:
        raise InputError(f"summary lacks the columns {', '.join(sorted(missing))}")
    ranked = files.sort_values(
        ["error", "warning", "findings", "path"], ascending=[False, False, False, True]
    ).head(count)
    columns = ["path", "error", "warning", "info", "findings", "words", "per_1000_words"]
    lines = [
        f"{len(files)} files, {int(files['findings'].sum())} findings "
        f"({int(files['error'].sum())} errors, {int(files['warning'].sum())} warnings)",
        "",
        f"Top {len(ranked)} files:",
        ranked[[c for c in columns if c in ranked.columns]].to_string(index=False),
    ]
    if rules is not None and len(rules):
        frequent = rules.sort_values(["findings", "rule"], ascending=[False, True]).head(count)
        lines += ["", "Most frequent rules:", frequent.to_string(index=False)]
    return "\n".join(lines)


def _need_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise InputError(
            "parquet summaries need pyarrow: pip install 'tqcheck[parquet]' (or use .csv/.json)"
        ) from None


def _atomic(path: Path, write: Any, binary: bool = False) -> None:
    """Write through ``write(stream)``: atomically into a regular file, directly into a device
    or FIFO (see :mod:`tqcheck.output_files`)."""
    from tqcheck.output_files import write_output

    write_output(path, write, "summary", binary=binary)
