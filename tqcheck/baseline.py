"""Baselines for CI: record today's findings, then fail only on new ones.

A finding is keyed on its rule, its file and its flagged text with whitespace collapsed, never
on line numbers, so editing above a known finding does not make it new. Keys are counted: a
file that had one "Gabriel" finding and now has two has one new finding.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

from tqcheck.errors import ConfigError
from tqcheck.runner import RunResult

FORMAT_VERSION = 1
Key = tuple[str, str, str]


def path_key(path: str) -> str:
    """The path as the baseline stores it: relative to the working directory when inside it."""
    absolute = Path(path).resolve()
    relative = os.path.relpath(absolute)
    return (absolute if relative.startswith("..") else Path(relative)).as_posix()


def text_key(text: str) -> str:
    return " ".join(text.split())


def keys_of(result: RunResult) -> Counter[Key]:
    return Counter(
        (finding.rule, path_key(file.path), text_key(finding.text))
        for file in result.files
        for finding in file.findings
    )


def write_baseline(result: RunResult, stream: TextIO) -> None:
    entries = [
        {"rule": rule, "path": path, "text": text, "count": count}
        for (rule, path, text), count in sorted(keys_of(result).items())
    ]
    json.dump(
        {"version": FORMAT_VERSION, "findings": entries}, stream, ensure_ascii=False, indent=1
    )
    stream.write("\n")


BASELINE_MAX_BYTES = 256 * 1024 * 1024  # read at most this much of a baseline file
_MAX_COUNT = 10**9  # no file holds more findings than this under one key


def read_baseline(path: Path) -> Counter[Key]:
    """The counted keys of a baseline file; a malformed file is a one-line ConfigError.

    The file is stat-ed and read only up to :data:`BASELINE_MAX_BYTES` (a FIFO or a device is
    refused); JSON nested too deeply, a count that is not a whole number between 1 and a
    billion, and entries of the wrong type are refused with the entry's number.
    """
    from tqcheck.document.source import read_limited

    data_bytes = read_limited(
        path, BASELINE_MAX_BYTES, "baseline", ConfigError, hint=" (is this a baseline?)"
    )
    try:
        data: Any = json.loads(data_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: not a tqcheck baseline (invalid JSON: {exc})") from None
    except RecursionError:
        raise ConfigError(f"{path}: not a tqcheck baseline (JSON nested too deeply)") from None
    except ValueError as exc:  # e.g. a number of thousands of digits
        message = str(exc)[:100]
        raise ConfigError(f"{path}: not a tqcheck baseline (invalid JSON: {message})") from None
    version = data.get("version") if isinstance(data, dict) else None
    if type(version) is not int or version != FORMAT_VERSION:  # not True, not 1.0
        raise ConfigError(f"{path}: not a tqcheck baseline (version {FORMAT_VERSION} expected)")
    findings = data.get("findings")
    if findings is None:
        findings = []
    if not isinstance(findings, list):
        raise ConfigError(f"{path}: not a tqcheck baseline ('findings' must be a list)")
    keys: Counter[Key] = Counter()
    for number, entry in enumerate(findings, start=1):
        key = _entry_key(entry)
        count = entry.get("count", 1) if isinstance(entry, dict) else None
        if key is None or not _valid_count(count):
            raise ConfigError(
                f"{path}: baseline entry {number} is malformed (expected rule, path and text "
                "strings and a whole count from 1 to 1,000,000,000)"
            )
        keys[key] += count
    return keys


def _entry_key(entry: Any) -> Key | None:
    if not isinstance(entry, dict):
        return None
    values = (entry.get("rule"), entry.get("path"), entry.get("text"))
    if not all(isinstance(value, str) for value in values):
        return None
    return values  # type: ignore[return-value]


def _valid_count(count: Any) -> bool:
    return isinstance(count, int) and not isinstance(count, bool) and 1 <= count <= _MAX_COUNT


def drop_known(result: RunResult, known: Counter[Key]) -> int:
    """Remove from ``result`` the findings the baseline records; return how many were dropped."""
    remaining = Counter(known)
    dropped = 0
    for file in result.files:
        kept = []
        for finding in file.findings:
            key = (finding.rule, path_key(file.path), text_key(finding.text))
            if remaining[key] > 0:
                remaining[key] -= 1
                dropped += 1
            else:
                kept.append(finding)
        file.findings = kept
    return dropped


def write_review_baseline(keys: Counter[Key], stream: TextIO) -> int:
    """A baseline of the rows a reviewer marked false positive in a ``check --review`` table
    (.xlsx or .csv, read by ``reporters.xlsx_format.read_review``: a reporter, above this
    module); returns how many findings it records."""
    entries = [
        {"rule": rule, "path": path, "text": text, "count": count}
        for (rule, path, text), count in sorted(keys.items())
    ]
    json.dump(
        {"version": FORMAT_VERSION, "findings": entries}, stream, ensure_ascii=False, indent=1
    )
    stream.write("\n")
    return sum(keys.values())
