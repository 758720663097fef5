"""Running a batch on Dask: one task per partition, a worker plugin, resumable output.

The process that runs the job (the driver) plans the partitions, writes the manifest, and
submits one task per unfinished partition to a Dask cluster: a ``LocalCluster`` of worker
processes on this machine by default, or an existing cluster (``--scheduler ADDRESS``). At
most a few tasks per worker thread are in flight, so the driver holds a bounded number of
partitions however large the input (gzip lines travel with their task). Each task reads its
partition, checks it and writes its two Parquet files itself; the driver appends the
partition's index to ``done.txt`` when the task reports back.

A worker that dies mid-task (killed, out of memory) is replaced by its nanny and Dask runs
the task again elsewhere; a partition that kills workers repeatedly is reported as failed
(the job goes on, and ``--resume`` retries it). A job killed as a whole is restarted with
``--resume``, which skips the partitions logged as done and redoes the others, overwriting
any file a dying task left behind.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import dask
from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from tqcheck import __version__
from tqcheck.batch.articles import BatchJob, PartitionStats, check_partition, warm_up
from tqcheck.batch.inputs import Partition, Plan, with_gzip_lines
from tqcheck.batch.output import FORMAT, VERSION, OutputFolder
from tqcheck.errors import InputError

PLUGIN_NAME = "tqcheck-batch"
TASKS_PER_THREAD = 2  # in flight per worker thread: enough to keep it busy, few in memory


class TqcheckWorkerPlugin(WorkerPlugin):
    """Loads the rules, gazetteers and (when needed) the embedding model once per worker, when
    the worker starts (or is restarted after a crash), in a thread off its event loop."""

    idempotent = False  # a new job's plugin replaces the previous one

    def __init__(self, job: BatchJob, sources: bool) -> None:
        self.job = job
        self.sources = sources

    async def setup(self, worker: Any) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, warm_up, self.job, self.sources)


def run_partition(partition: Partition, job: BatchJob) -> tuple[str, PartitionStats]:
    """The task: check one partition on this worker; its address comes back for the figures
    of peak memory per worker."""
    stats = check_partition(partition, job)
    try:
        address = get_worker().address
    except ValueError:  # run outside a worker (a direct call)
        address = f"pid {os.getpid()}"
    return address, stats


@dataclass(slots=True)
class BatchResult:
    partitions: int
    already_done: int
    processed: list[int] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)
    articles: int = 0
    findings: int = 0
    errors: int = 0  # articles with a read error
    seconds: float = 0.0
    workers: int = 0
    peak_rss: dict[str, int] = field(default_factory=dict)  # worker address -> bytes


Progress = Callable[[PartitionStats, int, int], None]  # stats, articles done, articles total


def run_batch(
    plan: Plan,
    job: BatchJob,
    partition_size: int,
    resume: bool = False,
    scheduler: str | None = None,
    workers: int | None = None,
    client: Client | None = None,
    progress: Progress | None = None,
    sources: bool = False,
) -> BatchResult:
    """Check every partition of ``plan`` not done yet, into ``job.outdir``; ``sources``: rows
    carry source texts, so workers load the cross-lingual encoder when they start."""
    began = time.perf_counter()
    out = OutputFolder(job.outdir)
    done = out.start(manifest(plan, job, partition_size), resume)
    todo = [part for part in plan.partitions if part.index not in done]
    result = BatchResult(partitions=len(plan.partitions), already_done=len(done))
    articles_done = sum(part.articles for part in plan.partitions if part.index in done)
    if not todo:
        result.seconds = time.perf_counter() - began
        return result
    owned: list[Any] = []
    try:
        if client is None:
            try:
                client = _connect(scheduler, workers, len(todo), owned)
            except BaseException:
                if not resume:
                    out.abandon()
                raise
        client.register_plugin(TqcheckWorkerPlugin(job, sources), name=PLUGIN_NAME)
        threads = sum(client.nthreads().values()) or 1
        result.workers = len(client.nthreads())
        token = uuid.uuid4().hex[:8]
        pending = with_gzip_lines(todo)
        running: dict[Any, int] = {}
        queue = as_completed(loop=client.loop)  # this job's client, whatever the default

        def submit(count: int) -> None:
            for _ in range(count):
                partition = next(pending, None)
                if partition is None:
                    return
                future = client.submit(
                    run_partition,
                    partition,
                    job,
                    key=f"tqcheck-partition-{partition.index}-{token}",
                    pure=False,
                )
                running[future] = partition.index
                queue.add(future)

        submit(max(2, TASKS_PER_THREAD * threads))
        for future in queue:
            index = running.pop(future)
            if future.status == "error":
                exception = future.exception()
                result.failed[index] = f"{type(exception).__name__}: {exception}"
            else:
                address, stats = future.result()
                out.mark_done(index)
                result.processed.append(index)
                result.articles += stats.articles
                result.findings += stats.findings
                result.errors += stats.errors
                result.peak_rss[address] = max(result.peak_rss.get(address, 0), stats.peak_rss)
                articles_done += stats.articles
                if progress is not None:
                    progress(stats, articles_done, plan.articles)
            future.release()
            submit(1)
    finally:
        for resource in reversed(owned):
            resource.close()
    result.seconds = time.perf_counter() - began
    return result


def _connect(scheduler: str | None, workers: int | None, tasks: int, owned: list[Any]) -> Client:
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        owned.append(client)
        return client
    cluster = local_cluster(max(1, min(workers or os.cpu_count() or 1, tasks)))
    owned.append(cluster)
    client = Client(cluster)
    owned.append(client)
    return client


def local_cluster(workers: int) -> LocalCluster:
    """``workers`` worker processes on this machine, one thread each (the checks are pure
    Python: processes, not threads, scale), without Dask's statistical profiler (it samples
    each worker's stack every 10 ms, taking the GIL from the checks)."""
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: never a clash with another cluster
            silence_logs=logging.ERROR,
        )


def manifest(plan: Plan, job: BatchJob, partition_size: int) -> dict[str, Any]:
    """What the output records about the job; ``job`` must match for ``--resume``."""
    options = job.options
    config = job.config
    return {
        "format": FORMAT,
        "version": VERSION,
        "tqcheck": __version__,
        "job": {
            "input": plan.fingerprint(),
            "partition_size": partition_size,
            "columns": asdict(job.columns),
            "markdown": job.markdown,
            "max_article_size": job.max_article_size,
            "select": list(options.select) if options.select else None,
            "ignore": list(options.ignore),
            "published": options.published.isoformat() if options.published else None,
            "semantic": config.semantic,
            "model": config.model,
            "config": str(config.path) if config.path else None,
        },
        "partitions": [
            {"index": part.index, "articles": part.articles, "first_row": part.first_row}
            for part in plan.partitions
        ],
    }
