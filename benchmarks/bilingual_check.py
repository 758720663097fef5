"""The source-aware rules (TQ7xx) on real article pairs: professional translations and MT.

Reads, in place, from ``../shared/eval-data`` (or ``--data``):

* NTREX-128 (``parallel/ntrex128_en_ar_az_hy_ru_news.jsonl``): 123 news documents, the Arabic
  as the source and the English as the target (professional: findings are false alarms);
* FLORES-200 devtest (``parallel/flores200_devtest_ar_en.jsonl``): 1,012 sentences grouped into
  their source articles by URL (professional);
* the FLORES ar->en MT sample (``mt_outputs/flores200_devtest_ar2en_mt_sample.jsonl``): the same
  Arabic with two real MT systems' English, per article.

Each article pair is written as two paragraph-per-segment texts and checked the way
``tqcheck check TARGET --source SOURCE --select source`` checks it (no publication date).
Prints findings per rule, per 1,000 target sentences and per 1,000 target words; ``--show CODE``
prints the findings of one rule (or prefix) with their source, for reading by hand. Findings on
the professional corpora are matched with the verdicts in ``benchmarks/judgments/TQ7*.csv``
(the shared judgment format: ``rule,dataset,doc,start,end,text_sha1,verdict,reason``, offsets in
the checked target text, a hash and never the text); ``--unjudged`` lists those with none.

    python benchmarks/bilingual_check.py [--data DIR] [--show TQ70] [--corpus ntrex|flores|mt]
        [--unjudged]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqcheck.bilingual.pairing import pair_documents
from tqcheck.config import Config
from tqcheck.document import decode_bytes, parse_document
from tqcheck.findings import Finding
from tqcheck.rules.registry import all_rules
from tqcheck.runner import check_document

CODES = [rule.code for rule in all_rules() if rule.code.startswith("TQ7")]


JUDGMENTS = Path(__file__).resolve().parent / "judgments"
DATASETS = {"ntrex": "ntrex128_en_ar_az_hy_ru_news", "flores": "flores200_devtest_ar_en"}


def check_pair(source: list[str], target: list[str], name: str) -> tuple[list[Finding], int]:
    document = parse_document(decode_bytes("\n\n".join(target).encode(), f"{name}.txt"))
    pair_documents(document, decode_bytes("\n\n".join(source).encode(), f"{name}-source.txt"))
    findings = check_document(document, Config(select=("source",)))
    return findings, len(document.sentences())


def verdicts() -> dict[tuple[str, str, str, int, int, str], str]:
    """(rule, dataset, doc, start, end, text_sha1) -> verdict, from every TQ7 judgment file."""
    found: dict[tuple[str, str, str, int, int, str], str] = {}
    for path in sorted(JUDGMENTS.glob("TQ7*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                key = (row["rule"], row["dataset"], row["doc"], int(row["start"]), int(row["end"]))
                found[(*key, row["text_sha1"])] = row["verdict"]
    return found


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def ntrex(data: Path) -> dict[str, tuple[list[str], list[str]]]:
    docs: dict[str, tuple[list[str], list[str]]] = {}
    for line in (data / "parallel" / "ntrex128_en_ar_az_hy_ru_news.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        source, target = docs.setdefault(row["doc_id"], ([], []))
        source.append(row["ar"])
        target.append(row["en"])
    return docs


def flores(data: Path) -> dict[str, tuple[list[str], list[str]]]:
    docs: dict[str, tuple[list[str], list[str]]] = {}
    for line in (data / "parallel" / "flores200_devtest_ar_en.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        source, target = docs.setdefault(row["url"], ([], []))
        source.append(row["ar"])
        target.append(row["en"])
    return docs


def mt(data: Path) -> dict[str, tuple[list[str], list[str]]]:
    """One article pair per (system, URL), with the lines that system has."""
    docs: dict[str, tuple[list[str], list[str]]] = {}
    path = data / "mt_outputs" / "flores200_devtest_ar2en_mt_sample.jsonl"
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        for system, output in row["system_outputs"].items():
            source, target = docs.setdefault(f"{system.split('/')[0]} {row['url']}", ([], []))
            source.append(row["source_ar"])
            target.append(output)
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "eval-data"
    parser.add_argument("--data", type=Path, default=default)
    parser.add_argument("--show", default="", help="print the findings of rules with this prefix")
    parser.add_argument("--corpus", choices=["ntrex", "flores", "mt"], action="append")
    parser.add_argument("--unjudged", action="store_true", help="list findings with no verdict")
    args = parser.parse_args()
    judged = verdicts()
    corpora = {
        "ntrex": ("NTREX-128 ar->en (professional)", ntrex),
        "flores": ("FLORES-200 ar->en (professional)", flores),
        "mt": ("FLORES-200 ar->en MT sample (2 systems)", mt),
    }
    print(
        "| corpus | articles | target sentences | "
        + " | ".join(CODES)
        + " | per 1k sentences | words | per 1k words | judged right / wrong | time |"
    )
    print("|---|---|---|" + "---|" * len(CODES) + "---|---|---|---|---|")
    for key in args.corpus or ["ntrex", "flores", "mt"]:
        title, load = corpora[key]
        counts: Counter[str] = Counter()
        sentences = 0
        words = 0
        right = wrong = 0
        shown: list[str] = []
        started = time.perf_counter()
        docs = load(args.data)
        for name, (source, target) in docs.items():
            findings, count = check_pair(source, target, "article")
            sentences += count
            words += sum(len(segment.split()) for segment in target)
            for finding in findings:
                counts[finding.rule] += 1
                if key in DATASETS:
                    index = (
                        finding.rule,
                        DATASETS[key],
                        name,
                        finding.start,
                        finding.end,
                        sha1(finding.text),
                    )
                    verdict = judged.get(index)
                    right += verdict == "right"
                    wrong += verdict == "wrong"
                    if verdict is None and args.unjudged:
                        shown.append(
                            f"UNJUDGED {','.join(map(str, index))} | {finding.text[:80]!r} | "
                            f"{finding.message[:220]}"
                        )
                if args.show and finding.rule.startswith(args.show):
                    shown.append(
                        f"- {name} {finding.rule} {finding.text[:90]!r}: {finding.message[:300]}"
                    )
        elapsed = time.perf_counter() - started
        total = sum(counts.values())
        cells = " | ".join(str(counts[code]) for code in CODES)
        rate = 1000 * total / sentences
        per_word = 1000 * total / words
        judged_cell = f"{right} / {wrong}" if key in DATASETS else "-"
        print(
            f"| {title} | {len(docs)} | {sentences} | {cells} | {rate:.1f} | {words} | "
            f"{per_word:.2f} | {judged_cell} | {elapsed:.0f} s |"
        )
        for line in shown:
            print(line)


if __name__ == "__main__":
    main()
