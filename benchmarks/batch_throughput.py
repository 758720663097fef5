"""Throughput of ``tqcheck batch`` on Dask against ``tqcheck check --jobs`` on the same articles.

The articles are those of ``benchmarks/corpus_speed.py`` (assembled from the project's own
fixture paragraphs, about 1,000 words each, fixed seed), written once as files (for ``check``)
and once as a JSON Lines file (for ``batch``). For ``check`` each run is a fresh
``python -m tqcheck check --format json`` process (its wall time includes start-up). For
``batch`` the figures are taken in this process through the engine's API, so the parts can be
told apart: starting the ``LocalCluster`` (worker processes), and the job itself (the worker
plugin's warm-up, reading, checking, writing Parquet); and each worker's peak resident memory,
as the workers report it. Rules only (``--no-semantic``) and with the semantic rules.

    python benchmarks/batch_throughput.py [--articles 120] [--words 1000] [--partition-size 20]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus_speed import build  # noqa: E402


def check_run(folder: Path, jobs: int, semantic: bool) -> float:
    flags = ["--jobs", str(jobs)] + ([] if semantic else ["--no-semantic"])
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tqcheck", "check", "--format", "json", *flags, str(folder)],
        stdout=subprocess.DEVNULL,
        check=False,
    )
    return time.perf_counter() - started


def batch_run(
    source: Path, out: Path, workers: int, semantic: bool, size: int
) -> tuple[float, float, int, int]:
    """(cluster start s, job s, articles, max peak RSS of a worker in bytes)."""
    from distributed import Client

    from tqcheck.batch.articles import BatchJob, prepare_caches
    from tqcheck.batch.engine import local_cluster, run_batch
    from tqcheck.batch.inputs import Columns, plan
    from tqcheck.runner import Checker, CheckOptions

    options = CheckOptions(semantic=semantic)
    config = Checker(options).config_for("-")
    prepare_caches(config)  # as the command does: index and model exported once, before
    columns = Columns()
    job = BatchJob(outdir=str(out), columns=columns, options=options, config=config)
    batch_plan = plan(str(source), "jsonl", columns, size)
    started = time.perf_counter()
    cluster = local_cluster(workers)  # as `tqcheck batch` starts it
    client = Client(cluster)
    start_seconds = time.perf_counter() - started
    try:
        result = run_batch(batch_plan, job, size, client=client)
    finally:
        client.close()
        cluster.close()
    return start_seconds, result.seconds, result.articles, max(result.peak_rss.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--partition-size", type=int, default=20)
    parser.add_argument("--skip-semantic", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        words = build(folder, args.articles, args.words)
        source = Path(tmp) / "articles.jsonl"
        with source.open("w", encoding="utf-8") as stream:
            for path in sorted(folder.iterdir()):
                text = path.read_text(encoding="utf-8")
                stream.write(json.dumps({"id": path.stem, "text": text}) + "\n")
        print(f"{args.articles} articles, {words:,} words, partitions of {args.partition_size}")
        print("| run | start s | job s | articles/s (job) | articles/s (all) | peak RSS/worker |")
        print("|---|---|---|---|---|---|")
        for semantic in (False,) if args.skip_semantic else (False, True):
            label = "semantic on" if semantic else "rules only"
            for jobs in (1, 2):
                seconds = check_run(folder, jobs, semantic)
                rate = args.articles / seconds
                name = f"{label}, `check --jobs {jobs}`"
                print(f"| {name} | - | {seconds:.1f} | - | {rate:.1f} | - |", flush=True)
            for workers in (1, 2):
                out = Path(tmp) / f"out-{workers}-{semantic}"
                start, job, count, peak = batch_run(
                    source, out, workers, semantic, args.partition_size
                )
                assert count == args.articles, count
                print(
                    f"| {label}, `batch`, {workers} worker{'s' if workers > 1 else ''} | "
                    f"{start:.1f} | {job:.1f} | {count / job:.1f} | {count / (start + job):.1f} "
                    f"| {peak / 2**20:.0f} MiB |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
