"""Speed of number and date extraction and of the number and date rules on a 1,000-word article.

The article is made from the project's own text: whole paragraphs of ``examples/mt-draft.txt``,
then of ``tests/fixtures/clean/clean-wire.txt`` (it has a full date, "Thursday, June 16, 2022",
so dateparser is exercised), then of the other ``tests/fixtures`` texts, until it has at least
``--words`` words. Every stage is timed on a freshly parsed document (parsing is timed on its
own and excluded from the other figures), ``--runs`` times after ``--warmup`` untimed rounds,
on one core (``OMP_NUM_THREADS=1``, ``os.sched_setaffinity(0, {0})`` where available):

* parse: ``parse_document(decode_bytes(...))``;
* extraction: ``document_facts(document)`` (quantities, counted lists, date mentions);
* inference: ``Facts.inference()``, the publication days the dates allow (no date given);
* rules: ``check_document(document, Config(select=("TQ4", "TQ5"), published=...))``, which
  includes the extraction, and the same with the facts already extracted (rules alone), and
  with no publication date.
* adversarial text at 1x/2x/4x sizes (``--adversarial 250``): one paragraph of counting
  sentences ("The army took K villages."), one sentence holding many counts of one noun, one
  sentence holding many four-digit years; parse, extraction and TQ4+TQ5 rules, best of three.
  Linear work doubles from one size to the next.

The per-string caches of ``tqcheck.facts.dates`` (``parse_absolute``, ``_absolute_date``) are
cleared before every run, so each run pays what a new article pays; loading dateparser and its
English data is a one-off per process and is measured separately, in fresh processes. One
extra round runs under cProfile and the top functions are printed. Prints Markdown.

    python benchmarks/facts_speed.py [--runs 200] [--warmup 5] [--words 1000] [--adversarial 250]
"""

from __future__ import annotations

import os

os.environ["OMP_NUM_THREADS"] = "1"

import argparse
import cProfile
import functools
import io
import json
import platform
import pstats
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from tqcheck.config import Config
from tqcheck.document import Document, decode_bytes, parse_document
from tqcheck.facts import dates as dates_module
from tqcheck.facts.analysis import document_facts
from tqcheck.runner import check_document

ROOT = Path(__file__).resolve().parent.parent
SELECT = ("TQ4", "TQ5")
COLD_SNIPPET = """
import json, sys, time
started = time.perf_counter()
from tqcheck.facts.dates import find_dates
imported = time.perf_counter()
find_dates("The port opened on Thursday, June 16, 2022, officials said.")
first = time.perf_counter()
find_dates("The ship left on Friday, June 17, 2022, officials said.")
second = time.perf_counter()
print(json.dumps([imported - started, first - imported, second - first]))
"""
DATEPARSER_SNIPPET = """
import json, time
started = time.perf_counter()
import dateparser
imported = time.perf_counter()
dateparser.parse("16 June 2022", languages=["en"])
first = time.perf_counter()
print(json.dumps([imported - started, first - imported]))
"""


def source_files() -> list[Path]:
    first = [ROOT / "examples" / "mt-draft.txt", ROOT / "tests/fixtures/clean/clean-wire.txt"]
    rest = sorted(p for p in (ROOT / "tests" / "fixtures").rglob("*.txt") if p not in first)
    return [p for p in first + rest if p.is_file()]


def build_article(words: int) -> tuple[str, list[str]]:
    """Whole paragraphs of the fixtures, in order, until the text has ``words`` words."""
    paragraphs: list[str] = []
    used: list[str] = []
    count = 0
    for path in source_files():
        taken = 0
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = block.strip()
            if not block:
                continue
            paragraphs.append(block)
            count += len(block.split())
            taken += 1
            if count >= words:
                break
        used.append(f"{path.relative_to(ROOT)} ({taken} paragraphs)")
        if count >= words:
            break
    return "\n\n".join(paragraphs) + "\n", used


def parse(text: str) -> Document:
    return parse_document(decode_bytes(text.encode("utf-8"), "article.txt"))


def clear_date_caches() -> None:
    for name in ("parse_absolute", "_absolute_date"):
        function = getattr(dates_module, name, None)
        if function is not None and hasattr(function, "cache_clear"):
            function.cache_clear()


def one_round(text: str, published: date) -> dict[str, float]:
    """Seconds of each stage, each on a freshly parsed document."""
    timings: dict[str, float] = {}
    with_date = Config(select=SELECT, published=published)
    without_date = Config(select=SELECT)

    clear_date_caches()
    start = time.perf_counter()
    document = parse(text)
    timings["parse"] = time.perf_counter() - start

    start = time.perf_counter()
    facts = document_facts(document)
    timings["extraction (document_facts)"] = time.perf_counter() - start

    start = time.perf_counter()
    facts.inference()
    timings["inference (publication days)"] = time.perf_counter() - start

    clear_date_caches()
    document = parse(text)
    start = time.perf_counter()
    check_document(document, with_date)
    timings["TQ4+TQ5 rules incl. extraction, published given"] = time.perf_counter() - start

    clear_date_caches()
    document = parse(text)
    document_facts(document)
    start = time.perf_counter()
    check_document(document, with_date)
    timings["TQ4+TQ5 rules alone (facts cached), published given"] = time.perf_counter() - start

    clear_date_caches()
    document = parse(text)
    start = time.perf_counter()
    check_document(document, without_date)
    timings["TQ4+TQ5 rules incl. extraction, no publication date"] = time.perf_counter() - start
    return timings


def memoised_events_extraction(text: str, runs: int) -> tuple[float, float] | None:
    """Median extraction seconds as is and with the event table built once, interleaved."""
    from tqcheck.facts import quantities

    original = getattr(quantities, "_events", None)
    if original is None or hasattr(original, "cache_clear"):
        return None  # already memoised upstream, or renamed
    memoised = functools.cache(original)
    times: dict[bool, list[float]] = {False: [], True: []}
    try:
        for index in range(2 * runs):
            patched = bool(index % 2)
            quantities._events = memoised if patched else original
            clear_date_caches()
            document = parse(text)
            start = time.perf_counter()
            document_facts(document)
            times[patched].append(time.perf_counter() - start)
    finally:
        quantities._events = original
    return statistics.median(times[False]), statistics.median(times[True])


ADVERSARIAL = {
    "paragraph of counting sentences": lambda n: " ".join(
        f"The army took {k} villages." for k in range(n)
    ),
    "one sentence, many counts of one noun": lambda n: (
        "The army took " + ", ".join(f"{k} villages" for k in range(n)) + "."
    ),
    "one sentence, many four-digit years": lambda n: (
        "The talks were held " + ", ".join(f"in {1900 + k % 200}" for k in range(n)) + "."
    ),
}


def adversarial(base: int) -> None:
    """Seconds for parse + extraction + TQ4/TQ5 rules on hostile shapes at 1x, 2x, 4x."""
    print("## Adversarial text (best of 3, seconds; sizes in mentions)\n")
    sizes = (base, 2 * base, 4 * base)
    print("| shape | " + " | ".join(f"{n:,}" for n in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for label, make in ADVERSARIAL.items():
        cells = []
        for n in sizes:
            text = make(n)
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                check_document(parse(text), Config(select=SELECT))
                best = min(best, time.perf_counter() - start)
            cells.append(f"{best:.2f}")
        print(f"| {label} | " + " | ".join(cells) + " |")
    print()


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
            return f"pinned to CPU {sorted(os.sched_getaffinity(0))[0]}"
        except OSError as error:
            return f"not pinned ({error})"
    return "not pinned (no sched_setaffinity)"


def cold(snippet: str, runs: int) -> list[list[float]]:
    """Timings printed by ``snippet`` in ``runs`` fresh single-core processes."""
    results = []
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONPATH=str(ROOT))
    prefix = ["taskset", "-c", "0"] if _has_taskset() else []
    for _ in range(runs):
        output = subprocess.run(
            [*prefix, sys.executable, "-c", snippet],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=env,
        ).stdout
        results.append(json.loads(output.strip().splitlines()[-1]))
    return results


def _has_taskset() -> bool:
    return subprocess.run(["which", "taskset"], capture_output=True).returncode == 0


def profile(text: str, published: date, rounds: int, limit: int) -> str:
    profiler = cProfile.Profile()
    config = Config(select=SELECT, published=published)
    documents = [parse(text) for _ in range(rounds)]
    clear_date_caches()
    profiler.enable()
    for document in documents:
        clear_date_caches()
        document_facts(document).inference()
        check_document(document, config)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats("cumulative").print_stats(limit)
    out.write("\n--- by own time (tottime) ---\n")
    stats.sort_stats("tottime").print_stats(limit)
    return out.getvalue()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--published", type=date.fromisoformat, default=date(2020, 10, 15))
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--profile-rounds", type=int, default=20)
    parser.add_argument("--adversarial", type=int, default=250, help="base size; 0 skips")
    args = parser.parse_args()

    pinned = pin_to_one_core()
    text, used = build_article(args.words)
    document = parse(text)
    facts = document_facts(document)
    kinds: dict[str, int] = {}
    for mention in facts.dates:
        kinds[mention.kind] = kinds.get(mention.kind, 0) + 1
    findings = check_document(parse(text), Config(select=SELECT, published=args.published))

    print("# Number and date facts: speed on one core\n")
    print(
        f"Machine: {os.cpu_count()} CPUs ({cpu_model()}), {pinned}; Python "
        f"{platform.python_version()}; OMP_NUM_THREADS={os.environ['OMP_NUM_THREADS']}.\n"
    )
    print(f"Article: {len(text.split())} words from " + ", ".join(used) + ".")
    print(
        f"It holds {len(facts.quantities)} quantities, {len(facts.lists)} counted lists and "
        f"{len(facts.dates)} date mentions ("
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f"); the rules report {len(findings)} findings with published={args.published}.\n"
    )

    for _ in range(args.warmup):
        one_round(text, args.published)
    rounds: list[dict[str, float]] = []
    for _ in range(args.runs):
        rounds.append(one_round(text, args.published))

    print(f"Medians of {args.runs} runs after {args.warmup} warm-up rounds, in ms:\n")
    print("| stage | median | p10 | p90 | min |")
    print("|---|---|---|---|---|")
    for stage in rounds[0]:
        values = sorted(r[stage] for r in rounds)
        p10 = values[len(values) // 10]
        p90 = values[(len(values) * 9) // 10]
        print(
            f"| {stage} | {ms(statistics.median(values))} | {ms(p10)} | {ms(p90)} "
            f"| {ms(values[0])} |"
        )
    total = statistics.median(
        r["extraction (document_facts)"] + r["inference (publication days)"] for r in rounds
    )
    print(f"\nExtraction + inference: {ms(total)} ms (median of per-run sums).")
    rules = statistics.median(r["TQ4+TQ5 rules incl. extraction, published given"] for r in rounds)
    verdict = "meets" if rules <= 0.100 else "misses"
    print(
        f"Target <= 100 ms for extraction plus all number and date checks: {ms(rules)} ms, "
        f"{verdict} it.\n"
    )

    warm_runs = []
    for _ in range(min(args.runs, 50)):
        document = parse(text)
        start = time.perf_counter()
        check_document(document, Config(select=SELECT, published=args.published))
        warm_runs.append(time.perf_counter() - start)
    print(
        f"Same, with the date caches kept warm (the same article again): "
        f"{ms(statistics.median(warm_runs))} ms.\n"
    )

    what_if = memoised_events_extraction(text, min(args.runs, 100))
    if what_if is not None:
        print(
            f"What the profile points at: with `quantities._events` memoised (patched in this "
            f"process only, nothing in tqcheck changed; runs interleaved with unpatched ones) "
            f"extraction takes {ms(what_if[1])} ms instead of {ms(what_if[0])} ms.\n"
        )

    if args.adversarial:
        adversarial(args.adversarial)

    print(f"## Cold one-off costs (fresh processes, median of {args.cold_runs})\n")
    rows = cold(COLD_SNIPPET, args.cold_runs)
    parts = list(zip(*rows, strict=True))
    print("| step | median ms |")
    print("|---|---|")
    print(f"| import tqcheck.facts.dates | {ms(statistics.median(parts[0]))} |")
    print(
        f"| first find_dates with a full date (imports dateparser, loads English) | "
        f"{ms(statistics.median(parts[1]))} |"
    )
    print(f"| second find_dates with a full date | {ms(statistics.median(parts[2]))} |")
    rows = cold(DATEPARSER_SNIPPET, args.cold_runs)
    parts = list(zip(*rows, strict=True))
    print(f"| import dateparser alone | {ms(statistics.median(parts[0]))} |")
    print(f"| first dateparser.parse after that import | {ms(statistics.median(parts[1]))} |")
    print()

    print(
        f"## cProfile: {args.profile_rounds} rounds of extraction + inference + rules "
        f"(parse excluded)\n"
    )
    print("```")
    print(profile(text, args.published, args.profile_rounds, 10).strip())
    print("```")


if __name__ == "__main__":
    main()
