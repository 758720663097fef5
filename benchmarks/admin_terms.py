"""Recall and false alarms of TQ302 on the literal administrative terms development set.

``benchmarks/devsets/admin_terms/{tune,held}.tsv`` hold the team's own short wire-copy items
(see the README there): a planted item (``expect`` is the unit word) counts as found when TQ302
flags exactly that word; a control (``expect`` is ``-``) counts as a false alarm when TQ302
flags anything in it. Each item is checked as its own document.

    python benchmarks/admin_terms.py              # the tune split
    python benchmarks/admin_terms.py --split held # once, at the end
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from tqcheck.config import Config
from tqcheck.document import decode_bytes, parse_document
from tqcheck.runner import check_document

DEVSET = Path(__file__).resolve().parent / "devsets" / "admin_terms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "held"), default="tune")
    parser.add_argument("--verbose", action="store_true", help="print every item's outcome")
    args = parser.parse_args(argv)
    with (DEVSET / f"{args.split}.tsv").open(encoding="utf-8", newline="") as handle:
        items = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    config = Config(select=("TQ302",))
    started = time.perf_counter()
    planted = found = controls = alarms = 0
    by_country: dict[str, list[int]] = {}
    for item in items:
        document = parse_document(decode_bytes((item["text"] + "\n").encode(), "item.txt"))
        flagged = [f.text for f in check_document(document, config)]
        if item["expect"] == "-":
            controls += 1
            alarms += bool(flagged)
            outcome = "false alarm" if flagged else "quiet"
        else:
            planted += 1
            hit = item["expect"] in flagged
            found += hit
            tally = by_country.setdefault(item["country"], [0, 0])
            tally[0] += hit
            tally[1] += 1
            outcome = "found" if hit else "missed"
        if args.verbose or outcome in ("missed", "false alarm"):
            print(f"{item['id']}\t{outcome}\t{flagged}\t{item['text']}")
    elapsed = time.perf_counter() - started
    print(
        f"{args.split}: planted {found}/{planted} found ({found / max(planted, 1):.0%}), "
        f"controls {alarms}/{controls} false alarms, {elapsed:.1f} s"
    )
    print("by country: " + ", ".join(f"{c} {h}/{n}" for c, (h, n) in sorted(by_country.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
