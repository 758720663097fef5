"""Renamed people planted in real professional Arabic->English translations, several seeds.

A larger tune sample for the person checks of TQ705 (:mod:`tqcheck.bilingual.person_names`) than
``bilingual_planted.py`` gives: its ``person`` and ``person_single`` plants, and ``person_whole``
(both words of a two-word name replaced: a given name written here and a surname of the pool),
each made with ``--seeds`` different random choices per article, on the FLORES-200 devtest
``tune`` split and on NTREX-128 (``--corpus``; NTREX is not part of ``bilingual_planted.py``'s
held-out split, and its unplanted pairs are the professional-precision check of
``bilingual_check.py``). ``--pool 2`` replaces the names put in with another pool, to see that
the checks do not depend on the benchmark's own names. Reads the data in place (``--data``).

    python benchmarks/person_planted.py [--data DIR] [--seeds 2] [--corpus flores|ntrex]
        [--kind person|person_single|person_whole] [--pool 1|2] [--show]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bilingual_planted as planted

from tqcheck.gazetteer.index import default_gazetteer
from tqcheck.gazetteer.mentions import geonames_index

# Names written for this benchmark (a second pool, and given names for whole-name plants).
SECOND_POOL = [
    "Harris", "Ahmed", "Khalil", "Schmidt", "Rossi", "Jensen", "Ivanov", "Gallagher",
    "Mensah", "Sato", "Lopez", "Evans", "Bakr", "Fischer", "Moretti", "Hussein",
]  # fmt: skip
GIVEN = ["Peter", "Maria", "Hans", "Yuki", "Carlos", "Sofia", "Ivan", "Grace"]


def plant_whole(doc: planted.Doc, rng: random.Random, ctx: dict) -> planted.Plant | None:
    """Both words of a two-word name (each rendering the Arabic exactly) replaced."""
    options = planted.name_runs(doc, ctx, r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
    rng.shuffle(options)
    for i, run, words in options:
        first = rng.choice([n for n in GIVEN if n[0] != words[0][0]])
        last = rng.choice([n for n in planted.NAME_POOL if n[0] != words[1][0]])
        lines = [en for _, en in doc]
        lines[i] = lines[i][: run.start()] + f"{first} {last}" + lines[i][run.end() :]
        return lines, {i}
    return None


PLANTS = {
    "person": planted.plant_person,
    "person_single": planted.plant_person_single,
    "person_whole": plant_whole,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "eval-data"
    parser.add_argument("--data", type=Path, default=default)
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--corpus", choices=["flores", "ntrex"], action="append")
    parser.add_argument("--kind", choices=list(PLANTS), action="append")
    parser.add_argument("--pool", type=int, choices=[1, 2], default=1)
    parser.add_argument("--show", action="store_true", help="print the misses")
    args = parser.parse_args()
    if args.pool == 2:
        planted.NAME_POOL[:] = SECOND_POOL
    ctx = {"gazetteer": default_gazetteer(), "geonames": geonames_index()}
    print("| corpus | kind | planted | caught at the right line |")
    print("|---|---|---|---|")
    for corpus in args.corpus or ["flores", "ntrex"]:
        docs = planted.corpus_docs(args.data, corpus)
        for kind in args.kind or list(PLANTS):
            count = caught = 0
            for seed in range(args.seeds):
                for url, doc in sorted(docs.items()):
                    # Seed 0 plants what bilingual_planted.py plants.
                    rng = random.Random(f"{url} {kind}" + (f" {seed}" if seed else ""))
                    result = PLANTS[kind](doc, rng, ctx)
                    if result is None:
                        continue
                    target, lines = result
                    found = planted.check([ar for ar, _ in doc], target)
                    count += 1
                    hit = any(line in lines for line, _ in found)
                    caught += hit
                    if args.show and not hit:
                        changed = [target[i] for i in sorted(lines)]
                        print(f"  {kind} MISS {url[-50:]}: {changed[:1]!r:.200}")
            print(f"| {corpus} | {kind} | {count} | {caught} |")


if __name__ == "__main__":
    main()
