"""``tqcheck batch``: from the command's options to a finished output folder.

Imported only by the ``batch`` command; it imports Dask (through :mod:`tqcheck.batch.engine`)
only once the input has been planned, so a bad option fails fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tqcheck.batch.articles import (
    DEFAULT_MAX_ARTICLE_SIZE,
    BatchJob,
    PartitionStats,
    prepare_caches,
)
from tqcheck.batch.inputs import Columns, detect_kind, plan
from tqcheck.errors import ConfigError, ExitCode
from tqcheck.runner import Checker, CheckOptions, rules_for

DEFAULT_PARTITION_SIZE = 200


def run_command(
    input_path: str,
    outdir: Path,
    options: CheckOptions,
    input_format: str = "auto",
    id_column: str = "id",
    text_column: str = "text",
    source_column: str | None = None,
    published_column: str = "published",
    carry: tuple[str, ...] = (),
    partition_size: int = DEFAULT_PARTITION_SIZE,
    scheduler: str | None = None,
    workers: int | None = None,
    resume: bool = False,
    markdown: bool = False,
    max_article_size: int | None = None,
    stream: Any = None,
) -> int:
    """Run the job; report on ``stream`` (stderr); the exit code."""
    stream = stream or sys.stderr
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise ConfigError("tqcheck batch needs pyarrow: pip install 'tqcheck[batch]'") from None
    config = Checker(options).config_for("-")  # --config, or discovered from the current folder
    rules_for(config)  # an unknown rule code in the config fails here, not on every worker
    columns = Columns(
        id=id_column,
        text=text_column,
        source=source_column or "source",
        published=published_column,
        carry=tuple(dict.fromkeys(carry)),
    )
    kind = detect_kind(Path(input_path)) if input_format == "auto" else input_format
    batch_plan = plan(input_path, kind, columns, partition_size)
    job = BatchJob(
        outdir=str(outdir.resolve()),
        columns=columns,
        options=options,
        config=config,
        markdown=markdown,
        max_article_size=max_article_size or DEFAULT_MAX_ARTICLE_SIZE,
    )
    if scheduler is None:  # local workers share this machine's cache: fill it once, here
        prepare_caches(config)
    try:
        from tqcheck.batch.engine import run_batch  # Dask is imported here, and only here
    except ImportError as exc:
        raise ConfigError(
            f"tqcheck batch needs Dask and pyarrow ({exc.name} is missing): "
            "pip install 'tqcheck[batch]'"
        ) from None

    with _Progress(stream, len(batch_plan.partitions)) as progress:
        result = run_batch(
            batch_plan,
            job,
            partition_size,
            resume=resume,
            scheduler=scheduler,
            workers=workers,
            progress=progress.advance,
            sources=source_column is not None,
        )
    before = f" ({result.already_done} done before)" if result.already_done else ""
    stream.write(
        f"tqcheck: {outdir}: {result.articles:,} articles checked in "
        f"{len(result.processed)} of {result.partitions} partitions{before}, "
        f"{result.findings:,} findings, {result.errors:,} articles with a read error, "
        f"{result.seconds:.1f} s\n"
    )
    for index, reason in sorted(result.failed.items()):
        stream.write(f"tqcheck: error: partition {index} failed: {reason}\n")
    if result.failed:
        stream.write(f"tqcheck: {len(result.failed)} partitions failed; rerun with --resume\n")
        return ExitCode.ERROR
    return ExitCode.OK


class _Progress:
    """A progress bar on ``stream`` while the job runs, only when it is a terminal."""

    def __init__(self, stream: Any, partitions: int) -> None:
        self.stream = stream
        self.partitions = partitions
        self.done = 0
        self.active = bool(getattr(stream, "isatty", lambda: False)())

    def advance(self, stats: PartitionStats, articles: int, total: int) -> None:
        self.done += 1
        if self.active:
            width = 30
            filled = width * articles // max(total, 1)
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(
                f"\rtqcheck batch: [{bar}] {articles:,}/{total:,} articles, "
                f"{self.done} partitions this run"
            )
            self.stream.flush()

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *_: object) -> None:
        if self.active and self.done:
            self.stream.write("\r\033[K")
            self.stream.flush()
