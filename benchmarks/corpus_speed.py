"""Corpus throughput of ``tqcheck check``: hundreds of generated 1,000-word articles.

The articles are assembled from the paragraphs of the project's own fixtures and example (our
text), shuffled with a fixed seed, about 1,000 words each. Each run checks the whole corpus in a
fresh process (``python -m tqcheck check --format json``) and reports articles per second, for
1 and 2 worker processes, rules only, and once with the semantic layer on (the model is loaded
once per run, in the main process).

    python benchmarks/corpus_speed.py [--articles 300] [--words 1000]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "examples" / "mt-draft.txt",
    *sorted((ROOT / "tests" / "fixtures").rglob("*.txt")),
]


def paragraphs() -> list[str]:
    found = []
    for path in SOURCES:
        found += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return found


def build(folder: Path, articles: int, words: int, seed: int = 7) -> int:
    pool = paragraphs()
    rng = random.Random(seed)
    total = 0
    for index in range(articles):
        chosen: list[str] = []
        count = 0
        while count < words:
            paragraph = rng.choice(pool)
            chosen.append(paragraph)
            count += len(paragraph.split())
        total += count
        (folder / f"article-{index:04d}.txt").write_text("\n\n".join(chosen) + "\n", "utf-8")
    return total


def timed(folder: Path, *flags: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tqcheck", "check", "--format", "json", *flags, str(folder)],
        stdout=subprocess.DEVNULL,
        check=False,
    )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--words", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        words = build(folder, args.articles, args.words)
        print(f"{args.articles} articles, {words:,} words (mean {words // args.articles})\n")
        print("| run | wall s | articles/s |")
        print("|---|---|---|")
        for label, flags in (
            ("rules only, --jobs 1", ("--no-semantic", "--jobs", "1")),
            ("rules only, --jobs 2", ("--no-semantic", "--jobs", "2")),
            ("semantic on, --jobs 2", ("--semantic", "--jobs", "2")),
        ):
            seconds = timed(folder, *flags)
            print(f"| {label} | {seconds:.1f} | {args.articles / seconds:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
