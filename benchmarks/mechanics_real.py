"""Bilingual mechanics (TQ720-TQ724) and house-term pairs (TQ803) on real professional
translation pairs: each pair becomes one unit of an in-memory TSV file, and the findings are
counted per rule and listed (rule, dataset, doc, offsets in the target, sha1 of the flagged
text: never the text) for judging in benchmarks/judgments/TQNNN.csv.

Usage: python benchmarks/mechanics_real.py EVAL_DATA_DIR [--list]
Datasets: parallel/flores200_devtest_ar_en.jsonl (Arabic source, English target; the tune
split), parallel/ntrex128_en_ar_az_hy_ru_news.jsonl (Arabic treated as source) and
mt_outputs/flores200_devtest_ar2en_mt_sample.jsonl (real Arabic->English MT, two systems).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

from tqcheck.bilingual.formats import read_bilingual
from tqcheck.bilingual.pairing import document_from_bilingual
from tqcheck.config import Config
from tqcheck.document import decode_bytes
from tqcheck.runner import check_document

DATASETS = {
    "flores200_devtest_ar_en": ("parallel/flores200_devtest_ar_en.jsonl", "line"),
    "ntrex128_en_ar_az_hy_ru_news": ("parallel/ntrex128_en_ar_az_hy_ru_news.jsonl", "line"),
    "flores200_devtest_ar2en_mt_sample": (
        "mt_outputs/flores200_devtest_ar2en_mt_sample.jsonl",
        "line",
    ),
}
RULES = ("TQ720", "TQ721", "TQ722", "TQ723", "TQ724", "TQ803")


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("eval_data", type=Path)
    parser.add_argument("--list", action="store_true", help="print every finding for judging")
    args = parser.parse_args()
    for name, (relative, key) in DATASETS.items():
        rows = [json.loads(line) for line in (args.eval_data / relative).open(encoding="utf-8")]
        pairs = []
        for row in rows:
            if "system_outputs" in row:  # MT: one unit per system output
                for system, output in sorted(row["system_outputs"].items()):
                    pairs.append((f"{row[key]}/{system}", row["source_ar"], output))
            else:
                pairs.append((str(row[key]), row["ar"], row["en"]))
        tsv = "".join(f"{i}\t{_clean(a)}\t{_clean(b)}\n" for i, a, b in pairs)
        bilingual = read_bilingual(decode_bytes(tsv.encode("utf-8"), f"{name}.tsv"))
        document = document_from_bilingual(bilingual)
        findings = check_document(document, Config(select=RULES))
        counts = Counter(f.rule for f in findings)
        units = len(bilingual.units)
        print(f"{name}: {units} units; " + ", ".join(f"{r} {counts[r]}" for r in RULES))
        if args.list:
            for f in findings:
                sha = hashlib.sha1(f.text.encode("utf-8")).hexdigest()
                print(f"  {f.rule},{name},{f.unit},{f.start},{f.end},{sha}  {f.message[:150]}")


if __name__ == "__main__":
    main()
