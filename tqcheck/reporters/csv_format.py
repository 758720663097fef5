"""``--format csv``: one row per finding, with a header row; the last column is the rule's name."""

from __future__ import annotations

import csv
from typing import Any, TextIO

from tqcheck.findings import FINDING_FIELDS
from tqcheck.rules.registry import get_rule
from tqcheck.runner import RunResult

COLUMNS = ("path", *FINDING_FIELDS, "name")


def render(result: RunResult, stream: TextIO, **_: Any) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    for file in result.files:
        for finding in file.findings:
            row = finding.to_dict()
            values = ("" if row[key] is None else row[key] for key in FINDING_FIELDS)
            writer.writerow([file.path, *values, get_rule(finding.rule).name])
