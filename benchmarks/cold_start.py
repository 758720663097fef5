"""Cold wall time and peak memory of ``tqcheck check``, with and without the semantic layer.

Each measurement is a fresh process (``python -m tqcheck check ...``), timed with
``time.perf_counter`` and with its own peak RSS from ``os.wait4``. ``python -c 'import pandas'``
is measured in the same run as a yardstick. Prints a Markdown table of medians.

    python benchmarks/cold_start.py [--runs 7] [PATH ...]

Issue 13 times a 1,000-word article against ``import pandas``. Two articles: the garble-dense
worst case (``garbles_in_context.py --write-article``, every paragraph a place candidate) and a
realistic one, real machine translation of news, written from the team's evaluation data (read in
place; the article goes to a path outside the repository)::

    python benchmarks/cold_start.py --write-mt-article /work/shared/eval-data /tmp/mt-article.txt
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(command: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MiB) of one run of ``command``."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT
    )
    _, _, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_maxrss / 1024


def write_mt_article(
    eval_data: Path, out: Path, words: int = 1000, system: str = "ONLINE-B"
) -> None:
    """Write ``out``: the longest WMT23 ru->en news documents as one system translated them, one
    segment per paragraph, longest document first, until the article has ``words`` words."""
    documents: dict[str, list[str]] = {}
    path = eval_data / "mt_outputs" / "wmt23_ruen_news_mt_outputs.jsonl"
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            documents.setdefault(row["doc_id"], []).append(row["system_outputs"][system])
    ranked = sorted(
        documents.items(), key=lambda item: (-sum(len(s.split()) for s in item[1]), item[0])
    )
    paragraphs: list[str] = []
    for _, segments in ranked:
        paragraphs.extend(segments)
        if sum(len(p.split()) for p in paragraphs) >= words:
            break
    out.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    count = sum(len(p.split()) for p in paragraphs)
    print(f"{out}: {count} words, {len(paragraphs)} paragraphs (WMT23 ru-en, {system})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "examples" / "mt-draft.txt")])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--write-mt-article",
        nargs=2,
        metavar=("EVAL_DATA", "OUT"),
        help="write a realistic 1,000-word article of real MT news to OUT and exit",
    )
    args = parser.parse_args()
    if args.write_mt_article:
        write_mt_article(Path(args.write_mt_article[0]), Path(args.write_mt_article[1]))
        return
    python = sys.executable
    commands = {
        "python -c 'pass'": [python, "-c", "pass"],
        "python -c 'import pandas'": [python, "-c", "import pandas"],
        "tqcheck check --no-semantic": [
            python,
            "-m",
            "tqcheck",
            "check",
            "-q",
            "--no-semantic",
            *args.paths,
        ],
        "tqcheck check --no-semantic --format json": [
            python,
            "-m",
            "tqcheck",
            "check",
            "--no-semantic",
            "--format",
            "json",
            *args.paths,
        ],
        "tqcheck check (semantic layer on)": [python, "-m", "tqcheck", "check", "-q", *args.paths],
    }
    # Bytecode as an installed package has it (pip compiles on install): a checkout run with
    # PYTHONDONTWRITEBYTECODE=1 would otherwise compile every edited module in every run.
    compileall.compile_dir(ROOT / "tqcheck", quiet=1)
    for command in commands.values():  # warm the OS file cache once; runs below are cold processes
        measure(command)
    print(f"| command | wall s (median of {args.runs}) | min | max | peak RSS MiB (median) |")
    print("|---|---|---|---|---|")
    medians: dict[str, tuple[float, float]] = {}
    for label, command in commands.items():
        results = [measure(command) for _ in range(args.runs)]
        walls = [wall for wall, _ in results]
        rss = statistics.median(peak for _, peak in results)
        medians[label] = (statistics.median(walls), rss)
        print(
            f"| {label} | {statistics.median(walls):.3f} | {min(walls):.3f} | "
            f"{max(walls):.3f} | {rss:.1f} |"
        )
    rules, semantic = (
        medians["tqcheck check --no-semantic"],
        medians["tqcheck check (semantic layer on)"],
    )
    print(
        f"\nsemantic on / off: wall x{semantic[0] / rules[0]:.1f}, "
        f"peak memory x{semantic[1] / rules[1]:.1f}"
    )
    probe = subprocess.run(
        [
            python,
            "-c",
            "import sys; from tqcheck.cli import main\n"
            "try:\n    main(['check', '-q', '--no-semantic', *sys.argv[1:]])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in ('torch', 'sentence_transformers', 'pandas', 'transformers')"
            " if m in sys.modules))",
            *args.paths,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    print(f"\nheavy modules imported by a rules-only run: {probe.stdout.strip().splitlines()[-1]}")


if __name__ == "__main__":
    main()
