"""Number and date checks on the team's own development articles (benchmarks/devsets/facts/).

Each article is a short news text written for this purpose, with one planted inconsistency of
one kind (the lines where a finding counts as caught are in ``manifest.tsv``), or a consistent
control (``-``) built to look like one. Every article is checked with its publication date
(as ``--published`` gives it) and the number and date rules only (TQ4xx, TQ5xx). An article is
caught when a TQ4xx/TQ5xx finding stands on one of its expected lines; a control is flagged
when any TQ4xx/TQ5xx finding is reported on it. The ``tune`` split is the one rules were
developed against; ``heldout`` is never looked at while tuning. ``fresh`` is a second held-out
batch in new wordings and new kinds (ages, durations, anniversaries, shares of a count, money
stated twice, changes, ordinals, day counts), run once before and once after the work on its
tune batch ``tune2``. ``fresh3`` is a third held-out batch (the ten first kinds in unseen
wordings), with its tune batch ``tune3``. Prints Markdown.

    python benchmarks/facts_devset.py [--split tune|heldout|fresh|tune2|fresh3|tune3|all]
        [--verbose]
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from datetime import date
from pathlib import Path

from tqcheck.config import Config
from tqcheck.document import decode_bytes, parse_document
from tqcheck.runner import check_document

ROOT = Path(__file__).resolve().parent / "devsets" / "facts"
SELECT = ("TQ4", "TQ5")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    splits = ("tune", "heldout", "fresh", "tune2", "fresh3", "tune3", "all")
    parser.add_argument("--split", default="all", choices=splits)
    parser.add_argument("--verbose", action="store_true", help="list misses and flagged controls")
    args = parser.parse_args()
    with (ROOT / "manifest.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    caught: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    flagged: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    notes: list[str] = []
    for row in rows:
        if args.split != "all" and row["split"] != args.split:
            continue
        path = ROOT / row["file"]
        document = parse_document(decode_bytes(path.read_bytes(), str(path)))
        config = Config(select=SELECT, published=date.fromisoformat(row["published"]))
        findings = check_document(document, config)
        key = (row["split"], row["kind"])
        where = "; ".join(f"{f.rule}@{f.line}: {f.message}" for f in findings) or "no finding"
        if row["lines"] == "-":
            flagged[key][1] += 1
            if findings:
                flagged[key][0] += 1
                notes.append(f"FLAGGED control {row['id']} ({row['kind']}): {where}")
        else:
            wanted = {int(n) for n in row["lines"].split(",")}
            caught[key][1] += 1
            if any(f.line in wanted for f in findings):
                caught[key][0] += 1
            else:
                notes.append(f"MISSED {row['id']} ({row['kind']}, lines {row['lines']}): {where}")
    splits = sorted({split for split, _ in caught | flagged}, reverse=True)
    for split in splits:
        print(f"## {split}\n")
        print("| kind | caught at the right line | controls flagged |")
        print("|---|---|---|")
        kinds = sorted({kind for s, kind in caught | flagged if s == split})
        total_c, total_n, total_f, total_k = 0, 0, 0, 0
        for kind in kinds:
            c, n = caught[(split, kind)]
            f, k = flagged[(split, kind)]
            total_c, total_n, total_f, total_k = total_c + c, total_n + n, total_f + f, total_k + k
            print(f"| {kind} | {c}/{n} | {f}/{k} |")
        share = 100 * total_c / total_n if total_n else 0.0
        print(f"| **all** | **{total_c}/{total_n} ({share:.0f}%)** | **{total_f}/{total_k}** |\n")
    if args.verbose:
        print("\n".join(notes))


if __name__ == "__main__":
    main()
