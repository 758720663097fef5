"""Checking one partition of articles, on a worker, and writing its two Parquet files.

An article goes through the runner as a file does: its text becomes a :class:`SourceText`
exactly as a UTF-8 file's bytes would (``decode_bytes``), is parsed by ``parse_document``,
paired with its source text when the row has one, given its publication date, and checked by
the runner's own path for loaded documents (``Checker.check_loaded``: one embedding batch for
the model rules, then ``check_document`` per article). Nothing here runs a rule.

What is costly to load (rule instances, word lists, the curated gazetteer, the GeoNames index,
the embedding model) lives in module-level caches of the worker process, which
:func:`warm_up` fills once when the worker starts and every task reuses. What grows with the
text checked (the run's embedding cache) is dropped after each partition, so a worker's memory
is bounded by the partition size, not by the archive.

A malformed row (no text, text that is not a string, over ``--max-article-size``, an
unreadable publication date, a line that is not JSON) becomes an article with a read error;
an exception a rule raises on one article becomes that article's error. Neither stops the job.
"""

from __future__ import annotations

import contextlib
import resource
import sys
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqcheck.batch.inputs import Columns, Partition, Row, read_partition
from tqcheck.batch.output import (
    ARTICLE_COLUMNS,
    ARTICLES,
    CATEGORIES,
    FINDING_COLUMNS,
    FINDINGS,
    SEVERITIES,
    part_name,
    schema,
    write_parquet_atomically,
)
from tqcheck.document import decode_bytes, parse_document, read_source
from tqcheck.errors import InputError, TqcheckError
from tqcheck.runner import Checker, CheckOptions, FileResult

if TYPE_CHECKING:
    from tqcheck.config import Config
    from tqcheck.document import Document

DEFAULT_MAX_ARTICLE_SIZE = 1024 * 1024


@dataclass(frozen=True, slots=True)
class BatchJob:
    """Everything a worker needs to check a partition (sent with every task; small)."""

    outdir: str
    columns: Columns
    options: CheckOptions
    config: Config
    markdown: bool = False
    max_article_size: int = DEFAULT_MAX_ARTICLE_SIZE


@dataclass(frozen=True, slots=True)
class PartitionStats:
    index: int
    articles: int
    findings: int
    errors: int  # articles with a read error
    seconds: float
    peak_rss: int  # the worker process's peak resident memory so far, in bytes


class _WorkerState:
    """What one worker process keeps across tasks: a checker and a lock (rules are shared
    instances, so one partition is checked at a time per process)."""

    def __init__(self, job: BatchJob) -> None:
        self.options = job.options
        self.checker = Checker(job.options)
        self.lock = threading.Lock()


_STATE: dict[CheckOptions, _WorkerState] = {}
_STATE_LOCK = threading.Lock()


def worker_state(job: BatchJob) -> _WorkerState:
    with _STATE_LOCK:
        state = _STATE.get(job.options)
        if state is None:
            state = _STATE[job.options] = _WorkerState(job)
        return state


def warm_up(job: BatchJob, sources: bool = False) -> None:
    """Load once, in this process, what every partition will use: the rule instances, the
    word lists and gazetteers they read, the GeoNames index when built, the embedding model
    when a model rule is enabled, and the cross-lingual encoder when rows carry a source."""
    from tqcheck.gazetteer.index import default_gazetteer
    from tqcheck.runner import embedding_store, rules_for

    worker_state(job)
    rules = rules_for(job.config)
    if any(rule.category.value == "place" for rule in rules):
        default_gazetteer()
        from tqcheck.gazetteer.geonames import default_index_path
        from tqcheck.gazetteer.mentions import geonames_index

        if default_index_path().is_file():  # otherwise built on first need, as in check
            with contextlib.suppress(TqcheckError):  # reported by the articles that need it
                geonames_index()
    if any(rule.needs_model for rule in rules):
        store = embedding_store(job.config.model, job.config.semantic_backend)
        with contextlib.suppress(TqcheckError):  # each article reports it when its rules run
            store.prepare(["warm up"])
        embedding_store.cache_clear()
    if sources:
        from tqcheck.semantic.crosslingual import crosslingual_encoder

        crosslingual_encoder()


def prepare_caches(config: Config) -> None:
    """Build, once, in this process, what workers on this machine would otherwise each build
    on first need (the GeoNames index, the exported ONNX model), so that N local workers do
    not build N copies at once."""
    from tqcheck.runner import rules_for

    rules = rules_for(config)
    if any(rule.category.value == "place" for rule in rules):
        from tqcheck.gazetteer.geonames import default_index_path, open_default

        if not default_index_path().is_file():
            with contextlib.suppress(TqcheckError):  # the articles that need it report it
                open_default().close()
    if any(rule.needs_model for rule in rules):
        from tqcheck.semantic.encoder import shared_encoder

        with contextlib.suppress(TqcheckError):
            shared_encoder(config.model, config.semantic_backend).selected  # noqa: B018


def check_partition(partition: Partition, job: BatchJob) -> PartitionStats:
    """Read, check and write one partition; the files are complete or absent."""
    began = time.perf_counter()
    state = worker_state(job)
    with state.lock:
        rows = read_partition(partition, job.columns)
        loaded = [load_row(row, job, state.checker) for row in rows]
        _check(state.checker, [item for item, _ in loaded])
        finding_rows, article_rows = _tables(loaded, job.columns.carry)
        _forget_texts()
    out = Path(job.outdir)
    carry = job.columns.carry
    # Articles first: a partition whose findings file exists has its articles file too.
    write_parquet_atomically(
        article_rows, schema(ARTICLE_COLUMNS, carry), out / ARTICLES / part_name(partition.index)
    )
    write_parquet_atomically(
        finding_rows, schema(FINDING_COLUMNS, carry), out / FINDINGS / part_name(partition.index)
    )
    return PartitionStats(
        index=partition.index,
        articles=len(article_rows),
        findings=len(finding_rows),
        errors=sum(bool(row["read_error"]) for row in article_rows),
        seconds=time.perf_counter() - began,
        peak_rss=peak_rss(),
    )


Loaded = tuple[FileResult, "Document | None", "Config | None"]


def load_row(row: Row, job: BatchJob, checker: Checker) -> tuple[Loaded, Row]:
    """The article of ``row`` read and parsed as ``Checker.load`` reads a file."""
    config = job.config
    result = FileResult(path=row.id, fail_on=config.fail_on)
    try:
        if row.error:
            raise InputError(row.error)
        if row.file is not None:  # a text file: read as check reads it
            _check_file_size(row.file, job.max_article_size)
            source = read_source(row.file, job.options.encoding, job.max_article_size)
            document = parse_document(source)
        else:
            data = _text_bytes(row.text, job.columns.text, job.max_article_size)
            encoding = job.options.encoding if isinstance(row.text, bytes) else None
            source = decode_bytes(data, row.id, encoding)
            document = parse_document(source, fmt="markdown" if job.markdown else "text")
        if job.columns.source and row.source not in (None, ""):
            from tqcheck.bilingual.pairing import pair_documents

            data = _text_bytes(row.source, job.columns.source, job.max_article_size)
            pair_documents(document, decode_bytes(data, f"{row.id} (source)"))
        published = parse_published(row.published, job.columns.published)
    except TqcheckError as exc:
        result.error = str(exc)
        return (result, None, None), row
    result.published = published or checker.published_for(document, config)
    document.published = result.published
    result.lines = document.lines
    result.words = sum(len(block.words) for block in document.blocks)
    return (result, document, config), row


def _check_file_size(path: str, limit: int) -> None:
    try:
        size = Path(path).stat().st_size
    except OSError:
        return  # read_source reports it
    if size > limit:
        raise InputError(
            f"{path}: {size:,} bytes, over the limit of {limit:,} (raise it with --max-file-size)"
        )


def _text_bytes(value: Any, column: str | None, limit: int) -> bytes:
    if value is None:
        raise InputError(f"no text (column {column!r} is missing or null)")
    if isinstance(value, bytes):
        data = value
    elif isinstance(value, str):
        if not value.strip():
            raise InputError(f"empty text (column {column!r})")
        try:
            data = value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputError(
                f"column {column!r} is not valid Unicode (a lone surrogate at character "
                f"{exc.start})"
            ) from None
    else:
        raise InputError(f"column {column!r} is not a string ({type(value).__name__})")
    if len(data) > limit:
        raise InputError(
            f"column {column!r} is {len(data):,} bytes, over the limit of {limit:,} "
            "(raise it with --max-file-size)"
        )
    return data


def parse_published(value: Any, column: str | None) -> date | None:
    """A publication date from a column value: a date, a datetime, or an ISO string."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip()).date()
        except ValueError:
            pass
    raise InputError(f"column {column!r}: {str(value)[:40]!r} is not a date (YYYY-MM-DD)")


def _check(checker: Checker, loaded: list[Loaded]) -> None:
    """The runner's path for loaded documents, over the whole partition (one embedding batch);
    if a rule raises on some article, the partition is checked again one article at a time,
    and only the articles that raise get an error."""
    try:
        checker.check_loaded(loaded)
    except Exception:
        for item in loaded:
            result = item[0]
            result.findings = []
            try:
                checker.check_loaded([item])
            except Exception as exc:
                result.findings = []
                result.error = f"internal error checking this article: {type(exc).__name__}: {exc}"


def _tables(
    loaded: list[tuple[Loaded, Row]], carry: tuple[str, ...]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from tqcheck.rules.registry import all_rules

    names = {rule.code: rule.name for rule in all_rules()}
    findings: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    for (result, _, _), row in loaded:
        carried = {name: row.carried.get(name) for name in carry}
        for finding in result.findings:
            findings.append(
                {
                    "row": row.row,
                    "id": row.id,
                    "rule": finding.rule,
                    "name": names.get(finding.rule, ""),
                    "category": finding.category.value,
                    "severity": finding.severity.value,
                    "line": finding.line,
                    "column": finding.column,
                    "end_line": finding.end_line,
                    "end_column": finding.end_column,
                    "start": finding.start,
                    "end": finding.end,
                    "text": finding.text,
                    "message": finding.message,
                    "suggestion": finding.suggestion,
                    **carried,
                }
            )
        article: dict[str, Any] = {
            "row": row.row,
            "id": row.id,
            "words": result.words,
            "findings": len(result.findings),
        }
        for severity in SEVERITIES:
            article[severity] = sum(f.severity.value == severity for f in result.findings)
        for category in CATEGORIES:
            article[category] = sum(f.category.value == category for f in result.findings)
        article["per_1000_words"] = (
            round(1000 * len(result.findings) / result.words, 2) if result.words else 0.0
        )
        article["published"] = result.published.isoformat() if result.published else ""
        article["published_inferred"] = result.published_inferred or ""
        article["read_error"] = result.error or ""
        articles.append({**article, **carried})
    return findings, articles


def _forget_texts() -> None:
    """Drop what the partition's texts added to per-run caches (embeddings of its sentences),
    keeping the models themselves: memory stays bounded by one partition."""
    from tqcheck.runner import embedding_store

    embedding_store.cache_clear()  # the store; the encoder is cached on its own
    crosslingual = sys.modules.get("tqcheck.semantic.crosslingual")
    if crosslingual is not None and crosslingual.crosslingual_encoder.cache_info().currsize:
        vectors = getattr(crosslingual.crosslingual_encoder(), "_cache", None)
        if isinstance(vectors, dict):
            vectors.clear()


def peak_rss() -> int:
    """This process's peak resident set size in bytes (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024
