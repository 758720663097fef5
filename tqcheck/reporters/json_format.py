"""``--format json``: one object, stable key order, finding fields as in the README."""

from __future__ import annotations

import json
from typing import Any, TextIO

from tqcheck import __version__
from tqcheck.reporters.summary import summarise
from tqcheck.runner import RunResult


def as_dict(result: RunResult) -> dict[str, Any]:
    return {
        "version": __version__,
        "files": [
            {
                "path": file.path,
                "error": file.error,
                "published": file.published.isoformat() if file.published else None,
                "published_inferred": file.published_inferred,
                "findings": [finding.to_dict() for finding in file.findings],
            }
            for file in result.files
        ],
        "summary": summarise(result),
    }


def render(result: RunResult, stream: TextIO, **_: Any) -> None:
    json.dump(as_dict(result), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
