"""The output folder of a batch and how it is written so that a killed job can resume.

::

    OUTDIR/manifest.json            what was asked: input, partitions, columns, options
    OUTDIR/done.txt                 one finished partition index per line (appended)
    OUTDIR/findings/part-NNNNNN.parquet   one row per finding
    OUTDIR/articles/part-NNNNNN.parquet   one row per article

Each Parquet file is written under a hidden temporary name in its folder and renamed into
place, so a reader (or a resumed job) never sees half a file; ``findings/`` and ``articles/``
are Parquet datasets that pyarrow, pandas, Spark or DuckDB read as they are (hidden files are
skipped). A partition counts as done only once its index is in ``done.txt``, which the driver
appends after both files are in place; a partition redone after a kill overwrites its files,
so no row is ever written twice and none is lost.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqcheck.errors import InputError
from tqcheck.findings import Category, Severity

if TYPE_CHECKING:
    import pyarrow as pa

MANIFEST = "manifest.json"
DONE = "done.txt"
FINDINGS = "findings"
ARTICLES = "articles"
FORMAT = "tqcheck-batch"
VERSION = 1

SEVERITIES = [severity.value for severity in Severity]
CATEGORIES = [category.value for category in Category]

# Finding columns, in this order, then the carried columns.
FINDING_COLUMNS: tuple[tuple[str, str], ...] = (
    ("row", "int64"),
    ("id", "string"),
    ("rule", "string"),
    ("name", "string"),
    ("category", "string"),
    ("severity", "string"),
    ("line", "int64"),
    ("column", "int64"),
    ("end_line", "int64"),
    ("end_column", "int64"),
    ("start", "int64"),
    ("end", "int64"),
    ("text", "string"),
    ("message", "string"),
    ("suggestion", "string"),
)

# Article columns (the per-file table of ``check --summary`` with ``row``/``id`` for ``path``).
ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("row", "int64"),
    ("id", "string"),
    ("words", "int64"),
    ("findings", "int64"),
    *((severity, "int64") for severity in SEVERITIES),
    *((category, "int64") for category in CATEGORIES),
    ("per_1000_words", "float64"),
    ("published", "string"),
    ("published_inferred", "string"),
    ("read_error", "string"),
)


def part_name(index: int) -> str:
    return f"part-{index:06d}.parquet"


def schema(columns: tuple[tuple[str, str], ...], carry: tuple[str, ...]) -> pa.Schema:
    import pyarrow as pa

    fields = [pa.field(name, getattr(pa, kind)()) for name, kind in columns]
    fields += [pa.field(name, pa.string()) for name in carry]
    return pa.schema(fields)


def write_parquet_atomically(
    rows: list[dict[str, Any]], table_schema: pa.Schema, target: Path
) -> None:
    """Write ``rows`` to ``target`` through a hidden temporary file and a rename."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=table_schema)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, temporary)
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


class OutputFolder:
    """The output folder: creating it, the manifest, the log of done partitions."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @property
    def findings(self) -> Path:
        return self.path / FINDINGS

    @property
    def articles(self) -> Path:
        return self.path / ARTICLES

    def start(self, manifest: dict[str, Any], resume: bool) -> set[int]:
        """Create (or, with ``resume``, reopen) the folder; the partitions already done."""
        existing = self.path / MANIFEST
        if resume:
            if not existing.is_file():
                raise InputError(f"{self.path}: nothing to resume (no {MANIFEST})")
            recorded = read_manifest(self.path).get("job", {})
            job = json.loads(json.dumps(manifest["job"]))  # as it reads back (tuples as lists)
            if recorded != job:
                changed = sorted(
                    key for key in set(recorded) | set(job) if recorded.get(key) != job.get(key)
                )
                raise InputError(
                    f"{self.path}: cannot resume: the input or options differ from the first "
                    f"run ({', '.join(changed)}); run again into a new folder"
                )
            self._clean_temporaries()
            return self.done()
        if self.path.exists() and (not self.path.is_dir() or any(self.path.iterdir())):
            what = "a batch output" if existing.is_file() else "files"
            raise InputError(
                f"{self.path}: already holds {what}; pass --resume to finish a killed run, "
                "or name a new or empty folder"
            )
        try:
            self.findings.mkdir(parents=True, exist_ok=True)
            self.articles.mkdir(exist_ok=True)
        except OSError as exc:
            raise InputError(f"{self.path}: cannot create output folder ({exc.strerror})") from None
        _write_json_atomically(existing, manifest)
        (self.path / DONE).touch()
        return set()

    def abandon(self) -> None:
        """Remove a folder :meth:`start` created for a job that never ran a partition (the
        cluster could not be reached), so that the same command can simply be run again."""
        if self.done():
            return
        for name in (MANIFEST, DONE):
            (self.path / name).unlink(missing_ok=True)
        for folder in (self.findings, self.articles, self.path):
            with contextlib.suppress(OSError):  # not empty: leave it
                folder.rmdir()

    def done(self) -> set[int]:
        """Partitions whose index is logged and whose two files are both in place."""
        log = self.path / DONE
        if not log.is_file():
            return set()
        indexes = set()
        for line in log.read_text(encoding="utf-8").splitlines():
            if line.strip().isdigit():  # a line cut short by a kill is not a number: redone
                indexes.add(int(line))
        return {
            index
            for index in indexes
            if (self.findings / part_name(index)).is_file()
            and (self.articles / part_name(index)).is_file()
        }

    def mark_done(self, index: int) -> None:
        with (self.path / DONE).open("a", encoding="utf-8") as log:
            log.write(f"{index}\n")
            log.flush()
            os.fsync(log.fileno())

    def _clean_temporaries(self) -> None:
        for folder in (self.findings, self.articles):
            if folder.is_dir():
                for leftover in folder.glob(".part-*.tmp"):
                    leftover.unlink(missing_ok=True)


def is_batch_output(path: Path) -> bool:
    return path.is_dir() and (path / MANIFEST).is_file()


def read_manifest(path: Path) -> dict[str, Any]:
    try:
        data = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path / MANIFEST}: not a readable batch manifest ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f"{path / MANIFEST}: not a tqcheck batch manifest")
    return data


def _write_json_atomically(path: Path, data: dict[str, Any]) -> None:
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        temporary.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
