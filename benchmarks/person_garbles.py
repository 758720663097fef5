"""Garbled public figures' names (TQ305) on the team's own development set.

Reads ``benchmarks/devsets/people/tune.tsv`` and ``held-out.tsv`` (see the README there): short
wire-copy sentences, each with one garbled mention of a figure of ``gazetteers/people.csv`` (a
kind of MT garble: vowel, p-b, consonant, doubled, arabic-given, surname-only) and the figure's
house spelling, or a control (a correct spelling, an accepted variant, a relative, a namesake,
an unlisted person, an ordinary word). Each sentence is checked on its own with TQ305 alone and
the recorded-garble column ignored (``TQCHECK_RECORDED_GARBLES=0``), so the figures show what
the matcher finds by itself.

Per split and kind:

* flagged: a TQ305 finding overlaps the garble;
* right suggestion (of flagged): its suggestion is the figure's house spelling (the full name,
  or its last word for a surname alone);
* controls flagged: sentences with any TQ305 finding.

The held-out split was written before the matcher and is run once, at the end.

    python benchmarks/person_garbles.py [--split tune|held-out|all] [--verbose]
"""

from __future__ import annotations

import argparse
import collections
import csv
import os
import sys
import time
from pathlib import Path

os.environ["TQCHECK_RECORDED_GARBLES"] = "0"  # before tqcheck reads it

from tqcheck.config import Config
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.runner import check_document

DEVSETS = Path(__file__).resolve().parent / "devsets" / "people"
SPLITS = {"tune": "tune.tsv", "held-out": "held-out.tsv"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("tune", "held-out", "all"), default="tune")
    parser.add_argument("--verbose", action="store_true", help="print misses and false alarms")
    args = parser.parse_args()
    splits = list(SPLITS) if args.split == "all" else [args.split]
    config = Config(select=("TQ305",), semantic=False)
    print("| split | kind | sentences | flagged | right suggestion (of flagged) |")
    print("|---|---|---|---|---|")
    started = time.perf_counter()
    for split in splits:
        with (DEVSETS / SPLITS[split]).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        tallies: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        for row in rows:
            text = row["text"] + "\n"
            document = parse_document(SourceText("dev.txt", text, "utf-8", b"", text.encode()))
            findings = [f for f in check_document(document, config) if f.rule == "TQ305"]
            garble = row["garble"]
            kind = row["kind"] if garble else "controls"
            tally = tallies[kind]
            tally["n"] += 1
            if not garble:
                if findings:
                    tally["flagged"] += 1
                    if args.verbose:
                        print(f"  false alarm {row['id']}: {[f.message for f in findings]}")
                continue
            start = text.find(garble)
            end = start + len(garble)
            hits = [f for f in findings if f.start < end and f.end > start]
            if hits:
                tally["flagged"] += 1
                expected = row["expected"]
                wanted = {expected, expected.split()[-1]}
                if any(f.suggestion in wanted for f in hits):
                    tally["right"] += 1
                elif args.verbose:
                    print(f"  wrong suggestion {row['id']}: {[f.suggestion for f in hits]}")
            elif args.verbose:
                print(f"  missed {row['id']}: {garble} ({row['expected']})")
        garbles = collections.Counter[str]()
        for kind in sorted(tallies, key=lambda k: (k == "controls", k)):
            tally = tallies[kind]
            if kind == "controls":
                print(
                    f"| {split} | controls | {tally['n']} | {tally['flagged']}/{tally['n']} | - |"
                )
                continue
            garbles.update(tally)
            print(
                f"| {split} | {kind} | {tally['n']} | {_ratio(tally['flagged'], tally['n'])} | "
                f"{_ratio(tally['right'], tally['flagged'])} |"
            )
        print(
            f"| {split} | all garbles | {garbles['n']} | "
            f"{_ratio(garbles['flagged'], garbles['n'])} | "
            f"{_ratio(garbles['right'], garbles['flagged'])} |"
        )
    print(
        f"\n{time.perf_counter() - started:.1f} s; recorded-garble column ignored", file=sys.stderr
    )
    return 0


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "0/0"


if __name__ == "__main__":
    raise SystemExit(main())
