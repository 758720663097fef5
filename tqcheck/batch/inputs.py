"""The input of a batch: which rows make each partition, and reading one partition.

Three shapes of input, one article per row:

- a Parquet file, or a folder of them (a dataset; files in sorted path order), read with
  pyarrow, only the named columns, one row-group range at a time;
- JSON Lines (``.jsonl``, ``.ndjson``, ``.json``), plain or gzip (``.gz``), or a folder of
  such files; blank lines are skipped; a line that is not a JSON object is an article with an
  error;
- a folder of text and Markdown files (the suffixes ``tqcheck check`` reads), one article per
  file, its id the path relative to the folder.

The plan is made once, by the process that runs the job: partitions of ``partition_size``
articles that never span two files, each with its position in the input, so that the same
input and size always give the same partitions (what ``--resume`` relies on). Workers read
their own partition from the shared file system (a byte range of a JSON Lines file, a row
range of a Parquet file, a list of text files), except for gzip, which cannot be read from
the middle: its lines travel with the partition from the process that streams the file.
"""

from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tqcheck.document.parse import MARKDOWN_SUFFIXES, TEXT_SUFFIXES
from tqcheck.errors import InputError

KINDS = ("parquet", "jsonl", "text")
PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
_TEXT_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES


@dataclass(frozen=True, slots=True)
class Columns:
    """Which input columns hold what; ``source`` and ``published`` are used where present."""

    id: str = "id"
    text: str = "text"
    source: str | None = "source"
    published: str | None = "published"
    carry: tuple[str, ...] = ()

    def wanted(self) -> list[str]:
        names = [self.id, self.text, self.source, self.published, *self.carry]
        return list(dict.fromkeys(name for name in names if name))


@dataclass(frozen=True, slots=True)
class Partition:
    """``articles`` consecutive articles of one input file (or text folder)."""

    index: int
    kind: str  # "parquet", "jsonl", "jsonl.gz" or "text"
    path: str  # the file; for "text", the folder
    first_row: int  # the input-wide position of the first article (0-based)
    articles: int
    start: int = 0  # parquet: first row in the file; jsonl: byte offset
    stop: int = 0  # parquet: end row; jsonl: end byte offset
    first_line: int = 1  # jsonl: the line number of the first article
    files: tuple[str, ...] = ()  # text: paths relative to ``path``
    lines: tuple[bytes, ...] | None = None  # jsonl.gz: the lines, read by the driver


@dataclass(slots=True)
class Row:
    """One article as read, before any checking."""

    row: int
    id: str
    text: Any = None
    source: Any = None
    published: Any = None
    carried: dict[str, str | None] = field(default_factory=dict)
    file: str | None = None  # text input: the file to read
    error: str | None = None  # the row itself is malformed (not JSON, not an object)


@dataclass(frozen=True, slots=True)
class Plan:
    kind: str  # "parquet", "jsonl" or "text" (gzip files are "jsonl" partitions "jsonl.gz")
    path: str
    partitions: tuple[Partition, ...]
    articles: int
    files: tuple[tuple[str, int, int], ...]  # (path, size, mtime_ns): to tell a changed input

    def fingerprint(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "path": self.path,
            "articles": self.articles,
            "partitions": len(self.partitions),
            "files": [list(item) for item in self.files],
        }


def detect_kind(path: Path) -> str:
    """``parquet``, ``jsonl`` or ``text`` from a file's suffix or a folder's contents."""
    if path.is_dir():
        found = {_file_kind(Path(name)) for _, _, names in os.walk(path) for name in names}
        for kind in ("parquet", "jsonl"):
            if kind in found:
                return kind
        return "text"
    kind = _file_kind(path)
    if kind is None:
        raise InputError(
            f"{path}: cannot tell the input format from the suffix (.parquet, .jsonl, "
            ".jsonl.gz, or a folder of text files); name it with --input-format"
        )
    return kind


def _file_kind(path: Path) -> str | None:
    suffixes = [suffix.lower() for suffix in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    if not suffixes:
        return None
    if suffixes[-1] in PARQUET_SUFFIXES:
        return "parquet"
    if suffixes[-1] in JSONL_SUFFIXES:
        return "jsonl"
    return None


def plan(raw: str, kind: str, columns: Columns, partition_size: int) -> Plan:
    """The partitions of the input ``raw`` (``kind`` as :func:`detect_kind` names it)."""
    path = Path(raw)
    if not path.exists():
        raise InputError(f"{raw}: no such file or directory")
    if partition_size < 1:
        raise InputError("--partition-size must be at least 1")
    if kind == "text":
        return _plan_text(path, partition_size)
    files = _input_files(path, kind)
    partitions: list[Partition] = []
    first_row = 0
    for file in files:
        if kind == "parquet":
            made = _plan_parquet(file, columns, partition_size, len(partitions), first_row)
        elif file.suffix.lower() == ".gz":
            made = _plan_gzip(file, partition_size, len(partitions), first_row)
        else:
            made = _plan_jsonl(file, partition_size, len(partitions), first_row)
        partitions.extend(made)
        first_row += sum(part.articles for part in made)
    return Plan(kind, str(path.resolve()), tuple(partitions), first_row, _stats(files))


def _stats(files: list[Path]) -> tuple[tuple[str, int, int], ...]:
    result = []
    for file in files:
        info = file.stat()
        result.append((str(file.resolve()), info.st_size, info.st_mtime_ns))
    return tuple(result)


def _input_files(path: Path, kind: str) -> list[Path]:
    if not path.is_dir():
        return [path]
    files = sorted(
        Path(folder) / name
        for folder, dirs, names in os.walk(path)
        for name in names
        if not name.startswith((".", "_")) and _file_kind(Path(name)) == kind
        if not any(part.startswith((".", "_")) for part in Path(folder).relative_to(path).parts)
    )
    if not files:
        raise InputError(f"{path}: folder has no {kind} files")
    return files


def _plan_text(folder: Path, size: int) -> Plan:
    from tqcheck.runner import expand_path

    if not folder.is_dir():
        raise InputError(f"{folder}: a text input is a folder of text or Markdown files")
    paths = [
        Path(path)
        for path in expand_path(str(folder))
        if Path(path).suffix.lower() in _TEXT_SUFFIXES
    ]
    if not paths:
        raise InputError(f"{folder}: folder has no text or Markdown files")
    relative = sorted(path.relative_to(folder).as_posix() for path in paths)
    partitions = tuple(
        Partition(
            index=index,
            kind="text",
            path=str(folder.resolve()),
            first_row=start,
            articles=len(relative[start : start + size]),
            files=tuple(relative[start : start + size]),
        )
        for index, start in enumerate(range(0, len(relative), size))
    )
    stats = ((str(folder.resolve()), len(relative), 0),)  # a folder: its file count
    return Plan("text", str(folder.resolve()), partitions, len(relative), stats)


def _plan_parquet(
    file: Path, columns: Columns, size: int, first_index: int, first_row: int
) -> list[Partition]:
    import pyarrow.parquet as pq

    try:
        metadata = pq.ParquetFile(file)
    except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
        raise InputError(f"{file}: not a readable Parquet file ({exc})") from None
    names = metadata.schema_arrow.names
    missing = [name for name in (columns.text, *columns.carry) if name not in names]
    if missing:
        raise InputError(
            f"{file}: no column {', '.join(map(repr, missing))} (columns: {', '.join(names)}); "
            "name the text column with --text-column"
        )
    rows = metadata.metadata.num_rows
    return [
        Partition(
            index=first_index + number,
            kind="parquet",
            path=str(file.resolve()),
            first_row=first_row + start,
            articles=min(size, rows - start),
            start=start,
            stop=min(rows, start + size),
        )
        for number, start in enumerate(range(0, rows, size))
    ]


def _plan_jsonl(file: Path, size: int, first_index: int, first_row: int) -> list[Partition]:
    """Byte ranges of ``size`` non-blank lines each (one pass over the file)."""
    partitions: list[Partition] = []
    offset = 0
    current: dict[str, int] = {}  # start, first_line, count of the partition being filled

    def close(stop: int) -> None:
        partitions.append(
            Partition(
                index=first_index + len(partitions),
                kind="jsonl",
                path=str(file.resolve()),
                first_row=first_row + size * len(partitions),
                articles=current["count"],
                start=current["start"],
                stop=stop,
                first_line=current["first_line"],
            )
        )
        current.clear()

    with file.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                if not current:
                    current.update(start=offset, first_line=number, count=0)
                current["count"] += 1
                if current["count"] == size:
                    close(offset + len(line))
            offset += len(line)
    if current:
        close(offset)
    return partitions


def _plan_gzip(file: Path, size: int, first_index: int, first_row: int) -> list[Partition]:
    """Partitions of ``size`` non-blank lines; their lines are read later by the driver."""
    partitions: list[Partition] = []
    current: dict[str, int] = {}

    def close() -> None:
        partitions.append(
            Partition(
                index=first_index + len(partitions),
                kind="jsonl.gz",
                path=str(file.resolve()),
                first_row=first_row + size * len(partitions),
                articles=current["count"],
                first_line=current["first_line"],
            )
        )
        current.clear()

    for number, line in _gzip_lines(file):
        if line.strip():
            if not current:
                current.update(first_line=number, count=0)
            current["count"] += 1
            if current["count"] == size:
                close()
    if current:
        close()
    return partitions


def _gzip_lines(file: Path) -> Iterator[tuple[int, bytes]]:
    try:
        with gzip.open(file, "rb") as stream:
            yield from enumerate(stream, start=1)
    except (OSError, EOFError) as exc:
        raise InputError(f"{file}: not a readable gzip file ({exc})") from None


def with_gzip_lines(partitions: list[Partition]) -> Iterator[Partition]:
    """``partitions`` (in plan order) with the lines of those from gzip files filled in,
    streaming each gzip file once; other partitions pass through unchanged."""
    streams: dict[str, Iterator[tuple[int, bytes]]] = {}
    for partition in partitions:
        if partition.kind != "jsonl.gz":
            yield partition
            continue
        stream = streams.get(partition.path)
        if stream is None:
            streams.clear()  # files are planned in order: a new file ends the previous one
            stream = streams[partition.path] = _gzip_lines(Path(partition.path))
        lines: list[bytes] = []  # from the first article's line on, blank lines included
        count = 0
        for number, line in stream:
            if number < partition.first_line:
                continue
            lines.append(line)
            count += bool(line.strip())
            if count == partition.articles:
                break
        yield replace(partition, lines=tuple(lines))


def read_partition(partition: Partition, columns: Columns) -> list[Row]:
    """The rows of one partition, in input order."""
    if partition.kind == "text":
        return [
            Row(row=partition.first_row + number, id=name, file=str(Path(partition.path) / name))
            for number, name in enumerate(partition.files)
        ]
    if partition.kind == "parquet":
        return _read_parquet(partition, columns)
    if partition.kind == "jsonl.gz":
        lines: list[bytes] = list(partition.lines or ())
    else:
        with Path(partition.path).open("rb") as stream:
            stream.seek(partition.start)
            lines = list(io.BytesIO(stream.read(partition.stop - partition.start)))
    rows: list[Row] = []
    line_number = partition.first_line
    for line in lines:
        if line.strip():
            rows.append(_json_row(line, partition.first_row + len(rows), line_number, columns))
        line_number += 1
    return rows


def _json_row(line: bytes, row: int, line_number: int, columns: Columns) -> Row:
    try:
        value = json.loads(line)
    except (ValueError, RecursionError) as exc:
        detail = str(exc).split(":")[0] if isinstance(exc, ValueError) else "nested too deeply"
        return Row(row=row, id=str(row), error=f"line {line_number}: not valid JSON ({detail})")
    if not isinstance(value, dict):
        kind = type(value).__name__
        return Row(row=row, id=str(row), error=f"line {line_number}: not a JSON object ({kind})")
    return _row(value, row, columns)


def _read_parquet(partition: Partition, columns: Columns) -> list[Row]:
    import pyarrow.parquet as pq

    file = pq.ParquetFile(partition.path)
    names = set(file.schema_arrow.names)
    wanted = [name for name in columns.wanted() if name in names]
    rows: list[Row] = []
    offset = 0
    metadata = file.metadata
    for group in range(metadata.num_row_groups):
        group_rows = metadata.row_group(group).num_rows
        if offset + group_rows <= partition.start or offset >= partition.stop:
            offset += group_rows
            continue
        position = offset
        for batch in file.iter_batches(batch_size=1024, row_groups=[group], columns=wanted):
            records = batch.to_pylist()
            low = max(partition.start - position, 0)
            high = min(partition.stop - position, len(records))
            for record in records[low:high] if low < high else ():
                rows.append(_row(record, partition.first_row + len(rows), columns))
            position += len(records)
            if position >= partition.stop:
                break
        offset += group_rows
    return rows


def _row(record: dict[str, Any], row: int, columns: Columns) -> Row:
    identifier = record.get(columns.id)
    return Row(
        row=row,
        id=str(row) if identifier is None or identifier == "" else carried_value(identifier),
        text=record.get(columns.text),
        source=record.get(columns.source) if columns.source else None,
        published=record.get(columns.published) if columns.published else None,
        carried={name: _carried_or_none(record.get(name)) for name in columns.carry},
    )


def _carried_or_none(value: Any) -> str | None:
    return None if value is None else carried_value(value)


def carried_value(value: Any) -> str:
    """A column value as the text written to the output (carried columns are strings)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)
