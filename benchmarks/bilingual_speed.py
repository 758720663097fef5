"""Speed of sentence alignment and of the whole bilingual check on a 60-sentence article pair.

The article pair is made of NTREX-128 news documents (read in place from ``--data``; Arabic
source, English target), whole documents in corpus order until the English side has at least
``--sentences`` sentences; each segment is a paragraph. Figures, on one core
(``OMP_NUM_THREADS=1``, affinity to CPU 0 where available), ``--runs`` times after a warm-up:

* encoder load: ``CrossLingualEncoder`` loading USE-multilingual-v3 weights, in a fresh process;
* alignment: parsing and pairing both texts, embedding every sentence and every pair of
  neighbouring sentences within a paragraph (the encoder's per-text cache is cleared before
  each run), and the dynamic programme;
* source rules: ``check_document`` with ``--select source`` on a freshly paired document;
* all rules: the same with every rule but the MiniLM-based semantic ones (``--no-semantic``);
* CLI: ``tqcheck check TARGET --source SOURCE --no-semantic`` as a new process (wall time and
  peak RSS), cold.

* ``--xliff-units N``: instead, ``tqcheck check --no-semantic`` on a generated XLIFF 1.2 file of
  N units (NTREX pairs, cycled), as a new process, median wall and CPU time of ``--runs`` (CPU
  time, user + system, is the steadier figure on a shared machine);
  ``--repo DIR`` times another checkout (e.g. a ``git worktree`` of an earlier commit) with the
  same file.

    python benchmarks/bilingual_speed.py [--data DIR] [--runs 10] [--sentences 60]
    python benchmarks/bilingual_speed.py --xliff-units 6000 --runs 3 [--repo DIR]
"""

from __future__ import annotations

import os

os.environ["OMP_NUM_THREADS"] = "1"

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tqcheck.bilingual.alignment import align  # noqa: E402
from tqcheck.bilingual.pairing import aligned_groups, pair_documents  # noqa: E402
from tqcheck.config import Config  # noqa: E402
from tqcheck.document import decode_bytes, parse_document  # noqa: E402
from tqcheck.runner import check_document  # noqa: E402
from tqcheck.semantic.crosslingual import crosslingual_encoder  # noqa: E402


def article(data: Path, sentences: int) -> tuple[str, str]:
    documents: dict[str, tuple[list[str], list[str]]] = {}
    path = data / "parallel" / "ntrex128_en_ar_az_hy_ru_news.jsonl"
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        source, target = documents.setdefault(row["doc_id"], ([], []))
        source.append(row["ar"])
        target.append(row["en"])
    source_parts: list[str] = []
    target_parts: list[str] = []
    for source, target in documents.values():
        source_parts.extend(source)
        target_parts.extend(target)
        document = parse_document(decode_bytes("\n\n".join(target_parts).encode(), "t.txt"))
        if len(document.sentences()) >= sentences:
            break
    return "\n\n".join(source_parts) + "\n", "\n\n".join(target_parts) + "\n"


def paired(source: str, target: str):  # type: ignore[no-untyped-def]
    document = parse_document(decode_bytes(target.encode(), "target.txt"))
    pair_documents(document, decode_bytes(source.encode(), "source.txt"))
    return document


def xliff_file(data: Path, units: int) -> str:
    """An XLIFF 1.2 file of ``units`` one-sentence units from NTREX (source Arabic)."""
    from xml.sax.saxutils import escape

    pairs = []
    path = data / "parallel" / "ntrex128_en_ar_az_hy_ru_news.jsonl"
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        pairs.append((row["ar"], row["en"]))
    body = [
        f'<trans-unit id="u{i}"><source>{escape(pairs[i % len(pairs)][0])}</source>'
        f"<target>{escape(pairs[i % len(pairs)][1])}</target></trans-unit>"
        for i in range(units)
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="ar" '
        'target-language="en" datatype="plaintext" original="news"><body>\n'
        + "\n".join(body)
        + "\n</body></file></xliff>\n"
    )


def xliff_speed(data: Path, units: int, runs: int, repo: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "units.xlf"
        path.write_text(xliff_file(data, units), encoding="utf-8")
        walls = []
        cpus = []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "tqcheck", "check", "--no-semantic", "-q", str(path)],
                capture_output=True,
                text=True,
                env={**os.environ, "PYTHONPATH": str(repo)},
                cwd=repo,
                check=False,
            )
            # Exit 1 is findings, and also an uncaught exception: a traceback means no check.
            if done.returncode not in (0, 1) or "Traceback" in done.stderr:
                sys.exit(f"check failed in {repo} (exit {done.returncode}): {done.stderr[-2000:]}")
            walls.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(
        f"XLIFF {units} units, check --no-semantic ({repo}): wall median "
        f"{statistics.median(walls):.1f} s ({', '.join(f'{w:.1f}' for w in walls)}), CPU "
        f"median {statistics.median(cpus):.1f} s ({', '.join(f'{c:.1f}' for c in cpus)})"
    )


def timed(function, runs: int) -> float:  # type: ignore[no-untyped-def]
    values = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        values.append(time.perf_counter() - started)
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "eval-data"
    parser.add_argument("--data", type=Path, default=default)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--sentences", type=int, default=60)
    parser.add_argument("--xliff-units", type=int, default=0)
    parser.add_argument("--repo", type=Path, default=ROOT)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    if args.xliff_units:
        xliff_speed(args.data, args.xliff_units, args.runs, args.repo.resolve())
        return
    source, target = article(args.data, args.sentences)
    document = paired(source, target)
    section = document.bilingual.sections[0]
    source_texts = [sentence.text for sentence in section.source_sentences]
    target_texts = [sentence.text for sentence in section.target_sentences]
    print(f"Python {platform.python_version()}, {platform.machine()}, one core.")
    print(
        f"Article pair: {len(source_texts)} source sentences ({len(source)} characters), "
        f"{len(target_texts)} target sentences ({len(target)} characters).\n"
    )
    load = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time; t = time.perf_counter(); "
            "from tqcheck.semantic.crosslingual import crosslingual_encoder; "
            "crosslingual_encoder().encode(['x']); print(time.perf_counter() - t)",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    encoder = crosslingual_encoder()
    align(source_texts, target_texts, encoder)  # warm-up

    def alignment() -> None:
        fresh = paired(source, target)
        encoder._cache.clear()
        aligned_groups(fresh)

    def source_rules() -> None:
        encoder._cache.clear()
        check_document(paired(source, target), Config(select=("source",)))

    def all_rules() -> None:
        encoder._cache.clear()
        check_document(paired(source, target), Config(semantic=False))

    beads = aligned_groups(document)
    print("| stage | median |")
    print("|---|---|")
    print(f"| encoder load + first sentence (fresh process) | {float(load.stdout):.2f} s |")
    aligning = timed(alignment, args.runs)
    print(f"| parse, pair and align ({len(beads)} beads) | {1000 * aligning:.0f} ms |")
    print(
        f"| source rules TQ7xx (incl. alignment) | {1000 * timed(source_rules, args.runs):.0f} ms |"
    )
    every = timed(all_rules, args.runs)
    print(f"| all rules but MiniLM ones (incl. alignment) | {1000 * every:.0f} ms |")
    with tempfile.TemporaryDirectory() as folder:
        source_path, target_path = Path(folder) / "ar.txt", Path(folder) / "en.txt"
        source_path.write_text(source, encoding="utf-8")
        target_path.write_text(target, encoding="utf-8")
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "tqcheck",
                "check",
                "--no-semantic",
                "-q",
                str(target_path),
                "--source",
                str(source_path),
            ],
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            check=False,
        )
        wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    cli = f"{wall:.2f} s, peak RSS {peak:.0f} MiB"
    print(f"| CLI check --source --no-semantic, cold process | {cli} |")


if __name__ == "__main__":
    main()
