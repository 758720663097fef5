"""How a rules-only check scales with the number of (tiny) files: the walk, config discovery,
the worker pool and the per-file overhead (issue 17: 100,000 files in under 3 minutes).

Usage::

    python benchmarks/many_files.py                 # 100,000 files, default --jobs
    python benchmarks/many_files.py --files 10000 --jobs 1
    python benchmarks/many_files.py --files 5000 --profile   # in-process cProfile, top 25

Each file is one short sentence (a third of them with a doubled word, so findings are
reported), spread over folders of 1,000. The corpus is made in a temporary folder and removed.
Wall time from ``time.perf_counter``; peak RSS of the main process and of the largest worker
from ``resource.getrusage`` (RUSAGE_CHILDREN of this script: the tqcheck process and, through
it, its workers).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = (
    "The committee met on Monday and agreed the budget for next year.",
    "The council said the the new school would open in the spring.",
    "Officials expect the road to reopen by the end of the week.",
)


def make_corpus(root: Path, count: int, per_folder: int = 1000) -> None:
    for index in range(count):
        folder = root / f"f{index // per_folder:04d}"
        if index % per_folder == 0:
            folder.mkdir(parents=True)
        (folder / f"a{index:06d}.txt").write_text(
            SENTENCES[index % len(SENTENCES)] + "\n", encoding="utf-8"
        )


def run_cli(root: Path, jobs: int | None) -> tuple[float, int, str]:
    command = [sys.executable, "-m", "tqcheck", "check", "--no-semantic", "--quiet", str(root)]
    if jobs:
        command[4:4] = ["-j", str(jobs)]
    start = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    tail = completed.stdout.strip().splitlines()[-1:] or completed.stderr.strip().splitlines()[-1:]
    return wall, completed.returncode, tail[0] if tail else ""


def profile(root: Path) -> None:
    from tqcheck.runner import Checker, CheckOptions

    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    result = Checker(CheckOptions(semantic=False, jobs=1)).run([str(root)])
    profiler.disable()
    wall = time.perf_counter() - start
    print(f"in-process, jobs=1: {len(result.files)} files in {wall:.1f} s")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
    print(out.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--profile", action="store_true", help="cProfile one in-process run")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="tqcheck-many-"))
    try:
        start = time.perf_counter()
        make_corpus(root / "corpus", args.files)
        print(f"made {args.files:,} files in {time.perf_counter() - start:.1f} s")
        if args.profile:
            profile(root / "corpus")
            return
        wall, code, tail = run_cli(root / "corpus", args.jobs)
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        print(
            f"tqcheck check --no-semantic{f' -j {args.jobs}' if args.jobs else ''}: "
            f"{args.files:,} files, {wall:.1f} s wall ({wall / args.files * 1000:.2f} ms/file), "
            f"exit {code}, peak RSS {usage.ru_maxrss / 1024:.0f} MiB, "
            f"CPU {usage.ru_utime + usage.ru_stime:.1f} s on {os.cpu_count()} cores"
        )
        print(f"  last line: {tail}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
