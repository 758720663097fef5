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


def _path_key(path: str) -> str:
    """The path as the baseline stores it: relative to the working directory when inside it."""
    absolute = Path(path).resolve()
    relative = os.path.relpath(absolute)
    return (absolute if relative.startswith("..") else Path(relative)).as_posix()


def _text_key(text: str) -> str:
    return " ".join(text.split())


def keys_of(result: RunResult) -> Counter[Key]:
    return Counter(
        (finding.rule, _path_key(file.path), _text_key(finding.text))
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


def read_baseline(path: Path) -> Counter[Key]:
    """The counted keys of a baseline file; a malformed file is a one-line ConfigError."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read baseline ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: not a tqcheck baseline (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise ConfigError(f"{path}: not a tqcheck baseline (version {FORMAT_VERSION} expected)")
    keys: Counter[Key] = Counter()
    for number, entry in enumerate(data.get("findings") or [], start=1):
        try:
            key = (str(entry["rule"]), str(entry["path"]), str(entry["text"]))
            count = int(entry.get("count", 1))
        except (TypeError, KeyError, ValueError):
            raise ConfigError(f"{path}: baseline entry {number} is malformed") from None
        keys[key] += count
    return keys


def drop_known(result: RunResult, known: Counter[Key]) -> int:
    """Remove from ``result`` the findings the baseline records; return how many were dropped."""
    remaining = Counter(known)
    dropped = 0
    for file in result.files:
        kept = []
        for finding in file.findings:
            key = (finding.rule, _path_key(file.path), _text_key(finding.text))
            if remaining[key] > 0:
                remaining[key] -= 1
                dropped += 1
            else:
                kept.append(finding)
        file.findings = kept
    return dropped
