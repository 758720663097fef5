"""Recall and false alarms of TQ302 on the literal administrative terms development set.

``benchmarks/devsets/admin_terms/{tune,held}.tsv`` hold the team's own short wire-copy items
(see the README there): a planted item (``expect`` is the unit word) counts as found when TQ302
flags exactly that word; a control (``expect`` is ``-``) counts as a false alarm when TQ302
flags anything in it. Each item is checked as its own document.

    python benchmarks/admin_terms.py              # the tune split
    python benchmarks/admin_terms.py --split held # once, at the end
    python benchmarks/admin_terms.py --usage ../shared/eval-data

``--usage`` is the census behind TQ302's choice of which real unit terms to flag: every unit term
next to a first-level unit of a covered country (``admin_units.unit_slots`` and
``units_named``) in the professional English (NTREX-128, FLORES-200 and the WMT references) and
in the real MT of the evaluation data (read in place, nothing written), counted by country,
the unit's house term and the term written.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from tqcheck.config import Config
from tqcheck.document import decode_bytes, parse_document
from tqcheck.gazetteer.admin_units import literal_words, unit_slots, units_named
from tqcheck.runner import check_document

DEVSET = Path(__file__).resolve().parent / "devsets" / "admin_terms"


def _texts(eval_data: Path) -> Iterator[tuple[str, str]]:
    """(kind, English text) of every segment: "professional" or "MT"."""
    for path in sorted((eval_data / "parallel").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            yield "professional", json.loads(line)["en"]
    for path in sorted((eval_data / "mt_outputs").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            references = dict(row.get("references") or {})
            if row.get("reference_en"):
                references["reference"] = row["reference_en"]
            for text in references.values():
                yield "professional", text
            for text in (row.get("system_outputs") or {}).values():
                yield "MT", text
    for path in sorted((eval_data / "mt_errors").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            yield "MT", json.loads(line).get("target") or ""


def usage(eval_data: Path) -> None:
    counts: collections.Counter[tuple[str, str, str, str, str]] = collections.Counter()
    for kind, text in _texts(eval_data):
        if not text:
            continue
        document = parse_document(decode_bytes((text + "\n").encode(), "segment.txt"))
        for slot in unit_slots(document):
            if slot.word.lower() in literal_words():
                continue
            for unit in units_named(slot.name):
                counts[(kind, unit.country, unit.kind.term, slot.word.lower(), slot.name)] += 1
    print("| text | country | house term | term written | name | count |")
    print("|---|---|---|---|---|---|")
    for (kind, country, house, term, name), count in sorted(counts.items()):
        print(f"| {kind} | {country} | {house} | {term} | {name} | {count} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "held"), default="tune")
    parser.add_argument("--verbose", action="store_true", help="print every item's outcome")
    parser.add_argument("--usage", type=Path, help="eval-data folder: the unit-term census")
    args = parser.parse_args(argv)
    if args.usage:
        usage(args.usage)
        return 0
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
