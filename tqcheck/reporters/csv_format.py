"""``--format csv``: one row per finding, with a header row."""

from __future__ import annotations

import csv
from typing import Any, TextIO

from tqcheck.findings import FINDING_FIELDS
from tqcheck.runner import RunResult

COLUMNS = ("path", *FINDING_FIELDS)


def render(result: RunResult, stream: TextIO, **_: Any) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    for file in result.files:
        for finding in file.findings:
            row = finding.to_dict()
            writer.writerow(
                [file.path, *("" if row[key] is None else row[key] for key in FINDING_FIELDS)]
            )
