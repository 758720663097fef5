"""Calibration of ``tqcheck gazetteer lookup`` on ordinary English words, and ranking checks.

Looks up the ``--top`` most frequent English words of ``wordfreq`` (capitalised, as a name would
be written) with ``resolve_name`` and reports how many get any match, by kind of answer, with
their scores; then a few names whose right answer is a well-known place that a regional or
larger look-alike used to win ("Nazareth" -> Israel, "Ajdabiya" -> Libya).

    python benchmarks/gazetteer_common_words.py [--top 2000] [--list]
"""

from __future__ import annotations

import argparse
import collections
import os
import time

os.environ["TQCHECK_RECORDED_GARBLES"] = "0"

from wordfreq import top_n_list

from tqcheck.gazetteer.mentions import resolve_name

RANKING = (("Nazareth", "IL"), ("Ajdabiya", "LY"), ("Gaziantep", "TR"), ("Tikrit", "IQ"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=2000)
    parser.add_argument("--list", action="store_true", help="print every matched word")
    parser.add_argument("--next", type=int, default=0, help="also the next N words, reported apart")
    args = parser.parse_args()
    words = top_n_list("en", args.top)
    started = time.perf_counter()
    matched = []
    for word in words:
        match = resolve_name(word[:1].upper() + word[1:])
        if match is not None:
            matched.append((word, match))
    seconds = time.perf_counter() - started
    kinds = collections.Counter(f"{m.entry.kind} ({m.method}, score {m.score})" for _, m in matched)
    share = 100 * len(matched) / len(words)
    print(f"{len(words)} most frequent English words (wordfreq), {seconds:.1f} s")
    print(f"matched: {len(matched)} ({share:.1f}%)")
    for kind, count in kinds.most_common():
        print(f"  {count:4d}  {kind}")
    if args.list:
        for word, m in matched:
            print(f"  {word} -> {m.entry.name} ({m.entry.kind}, {m.entry.country}) {m.score}")
    if args.next:
        # Less frequent words (ranks top+1 .. top+next): many fall under the common-word guard
        # (wordfreq Zipf 4), so the calibrated fuzzy lookup decides alone.
        rest = top_n_list("en", args.top + args.next)[args.top :]
        fuzzy = 0
        hits = []
        for word in rest:
            match = resolve_name(word[:1].upper() + word[1:])
            if match is not None:
                hits.append(f"{word} -> {match.entry.name} ({match.method} {match.score})")
                fuzzy += match.method == "fuzzy"
        share = 100 * len(hits) / max(1, len(rest))
        print(
            f"\nnext {len(rest)} words: matched {len(hits)} ({share:.1f}%), of which fuzzy {fuzzy}"
        )
        if args.list:
            print("\n".join(f"  {hit}" for hit in hits))
    print("\nranking checks:")
    for name, country in RANKING:
        m = resolve_name(name)
        got = f"{m.entry.name} ({m.entry.country}, {m.method} {m.score})" if m else "no match"
        mark = "ok" if m and m.entry.country == country else "WRONG"
        print(f"  {name}: {got} [{mark}, want {country}]")


if __name__ == "__main__":
    main()
