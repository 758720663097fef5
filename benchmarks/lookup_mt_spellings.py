"""`gazetteer lookup` on machine-translation spellings: top-1 of ``GeoNamesIndex.resolve`` on the
garbled names of the team's place development sets.

``gazetteer_accuracy.py`` measures lookup on spellings GeoNames itself records (one alternate of
a place held out of the index). This benchmark asks the other question a user of ``tqcheck
gazetteer lookup`` asks: given a name as machine translation wrote it, is the top answer the place
meant? It reads the ``garble`` and ``expected`` columns of ``benchmarks/devsets/places/*.tsv``
(see the README there; garbles written by the team's engineers in the style of real MT, each with
the GeoNames place it stands for) and looks each garble up with the whole index, as ``gazetteer
lookup`` does:

* no context: ``resolve(garble)``, the command without ``--country``;
* country known: ``resolve(garble, countries={country})``, the command with ``--country``, and
  how the garble rules call it with the article's countries.

Right = the top answer is the expected place (the same GeoNames place, or the same folded
spelling, or tqcheck's house English name of it: ``garbles_in_context.right_place``). The index
is not changed: unlike ``gazetteer_accuracy.py`` nothing is held out of it, because a garble is by
construction no GeoNames name of its place. Reported per kind (transliteration garbles are the
respellings; literal translations and look-alike words are English words and phrases, which
lookup is calibrated NOT to match without an exact name, so their figures are low by design) and
per group of files:

* ``tune``: the files the team tunes on (``garbles.tsv``'s tune rows, ``tune2``, ``tune3``,
  ``fresh`` .. ``fresh<N>``, with ``--tune-upto N``);
* ``held-out``: ``garbles.tsv``'s rows whose number is a multiple of 3 (never tuned on);
* each file given with ``--blind`` (a batch not yet read), totals only;
* each of those again for the garbles of ``--region``'s countries only (default AZ,AM).

    python benchmarks/lookup_mt_spellings.py [--tune-upto 35] [--blind fresh36 fresh37]
        [--region AZ,AM]
"""

from __future__ import annotations

import argparse
import collections
import csv
import sys
import time
from pathlib import Path

from garbles_in_context import right_place, split_of

from tqcheck.gazetteer.mentions import geonames_index

DEVSETS = Path(__file__).resolve().parent / "devsets" / "places"
KINDS = ("transliteration", "literal", "look-alike")


def rows_of(name: str) -> list[dict[str, str]]:
    with (DEVSETS / f"{name}.tsv").open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if row["kind"] in KINDS]


def groups(tune_upto: int, blind: list[str]) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = collections.defaultdict(list)
    names = ["garbles", "tune2", "tune3", "fresh"] + [f"fresh{i}" for i in range(2, tune_upto + 1)]
    for name in names:
        for row in rows_of(name):
            held = name == "garbles" and split_of(row["id"]) == "held-out"
            out["held-out" if held else "tune"].append(row)
    for name in blind:
        out[name] = rows_of(name)
    return out


def top_right(name: str, expected: str, country: str, countries: set[str] | None) -> bool:
    answers = geonames_index().resolve(name, countries=countries)
    return bool(answers) and right_place(answers[0][1].name, expected, country)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune-upto", type=int, default=35, metavar="N")
    parser.add_argument("--blind", nargs="*", default=[], metavar="FILE")
    parser.add_argument("--region", default="AZ,AM", help="countries with rows of their own")
    args = parser.parse_args()
    region = {code.strip().upper() for code in args.region.split(",") if code.strip()}
    started = time.perf_counter()
    print("| files | kind | garbles | top-1, no context | top-1, country known |")
    print("|---|---|---|---|---|")
    found = groups(args.tune_upto, args.blind)
    for group, rows in list(found.items()):
        found[f"{group}, {'/'.join(sorted(region))} only"] = [
            row for row in rows if row["country"] in region
        ]
    for group, rows in found.items():
        for kind in KINDS:
            chosen = [row for row in rows if row["kind"] == kind]
            if not chosen:
                continue
            bare = sum(top_right(r["garble"], r["expected"], r["country"], None) for r in chosen)
            known = sum(
                top_right(r["garble"], r["expected"], r["country"], {r["country"]}) for r in chosen
            )
            n = len(chosen)
            print(
                f"| {group} | {kind} | {n} | {bare} ({100 * bare / n:.1f}%) "
                f"| {known} ({100 * known / n:.1f}%) |"
            )
    print(f"\n{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
