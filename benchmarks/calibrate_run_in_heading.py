"""Calibrate TQ603 (run-in heading) on labelled paragraphs, and count its alarms on real news.

Reads ``benchmarks/calibration/run_in_heading.tsv`` (paragraphs written for this project:
``label`` 1 = a subheading fused in front of the first sentence, 0 = the opening capitalised
phrase is really part of the sentence). Each text is parsed as a one-paragraph document and run
through TQ603's own candidate rules (``tqcheck.rules.semantic.tq603_run_in_heading.candidate``),
then every candidate is scored with the encoder the project uses (offline,
``shared_encoder(model, "auto")``, all-MiniLM-L6-v2 by default). Two scores are measured:

* ``heading``: cos(prefix, rest of the paragraph) -- does the prefix read as a heading of the
  text after it? (what TQ603 ships)
* ``adds_nothing``: cos(rest of the first sentence, whole first sentence) -- does the sentence
  mean the same without the prefix?

A row is predicted positive when it is a candidate and its score is at least the threshold;
rows the candidate rules reject are predicted negative at every threshold. For each score the
script prints precision/recall/F1 over a sweep, the lowest threshold whose precision reaches
0.95 (or says that none does), and the candidate outcome per kind.

With ``--ntrex PATH`` (the NTREX-128 JSONL file: field ``en``, grouped by ``doc_id``; read in
place, never copied) it also runs TQ603 itself, model on, over the professional English articles
and lists every finding with the count per 1,000 paragraphs; ``--wmt FOLDER`` (the ``mt_outputs``
folder: WMT22/23 ru-en) does the same for the human references and three MT systems.

    python benchmarks/calibrate_run_in_heading.py
    python benchmarks/calibrate_run_in_heading.py \
        --ntrex PATH/TO/eval-data/parallel/ntrex128_en_ar_az_hy_ru_news.jsonl
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqcheck.config import Config
from tqcheck.document import decode_bytes, parse_document
from tqcheck.document.model import BlockKind, Document
from tqcheck.rules.semantic import tq603_run_in_heading as tq603
from tqcheck.runner import check_document
from tqcheck.semantic.encoder import shared_encoder

DATA = Path(__file__).resolve().parent / "calibration" / "run_in_heading.tsv"
SWEEP = np.round(np.arange(-20, 100) / 100, 2)  # -0.20 .. 0.99
TABLE = {
    "heading": (-0.10, 0.00, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.40),
    "adds_nothing": (0.50, 0.60, 0.70, 0.80, 0.85, 0.90, 0.95),
}
PRECISION_TARGET = 0.95


@dataclass(frozen=True)
class Row:
    id: str
    kind: str
    text: str
    label: int


def load(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != ["id", "kind", "text", "label"]:
            raise SystemExit(f"{path}: header {reader.fieldnames}, expected id/kind/text/label")
        return [Row(r["id"], r["kind"], r["text"], int(r["label"])) for r in reader]


def document_of(text: str, name: str = "case.txt") -> Document:
    return parse_document(decode_bytes((text + "\n").encode("utf-8"), name))


class Cosines:
    def __init__(self, model: str | None) -> None:
        self.encoder = shared_encoder(model, "auto")
        self.vectors: dict[str, np.ndarray] = {}

    def __call__(self, a: str, b: str) -> float:
        missing = [t for t in dict.fromkeys([a, b]) if t not in self.vectors]
        if missing:
            self.vectors.update(zip(missing, self.encoder.encode(missing), strict=True))
        return float(self.vectors[a] @ self.vectors[b])


def scores_of(row: Row, cos: Cosines) -> dict[str, float] | None:
    document = document_of(row.text)
    found = tq603.candidates(document)
    if not found:
        return None
    c = found[0]
    sentence = " ".join(c.block.sentences[0].text.split())
    rest_of_sentence = " ".join(document.plain[c.end : c.block.sentences[0].end].split())
    return {
        "heading": cos(c.prefix, c.rest),
        "adds_nothing": cos(rest_of_sentence, sentence),
        "prefix": c.prefix,  # type: ignore[dict-item]
    }


def point(scored: list[tuple[Row, float | None]], t: float) -> tuple[int, int, int]:
    tp = sum(1 for r, s in scored if r.label == 1 and s is not None and s >= t)
    fp = sum(1 for r, s in scored if r.label == 0 and s is not None and s >= t)
    fn = sum(1 for r, s in scored if r.label == 1 and (s is None or s < t))
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if tp else 0.0
    return p, r, f


def fmt(x: float) -> str:
    return "n/a" if x != x else f"{x:.3f}"


def report(rows: list[Row], cos: Cosines) -> None:
    results = [(row, scores_of(row, cos)) for row in rows]
    pos = sum(r.label for r in rows)
    print(f"## {DATA.name}: {len(rows)} paragraphs, {pos} positive, {len(rows) - pos} negative\n")
    print("Candidate rules alone (no threshold):\n")
    print("| kind | label | n | candidates |")
    print("|---|---:|---:|---:|")
    for kind in dict.fromkeys(r.kind for r in rows):
        for label in (1, 0):
            group = [(r, s) for r, s in results if r.kind == kind and r.label == label]
            if group:
                hits = sum(1 for _, s in group if s is not None)
                print(f"| {kind} | {label} | {len(group)} | {hits} |")
    print()
    for name in ("heading", "adds_nothing"):
        scored = [(r, None if s is None else float(s[name])) for r, s in results]
        print(f"### score `{name}`\n")
        print("| threshold | precision | recall | F1 | TP | FP | FN |")
        print("|---:|---:|---:|---:|---:|---:|---:|")
        for t in TABLE[name]:
            tp, fp, fn = point(scored, t)
            p, r, f = prf(tp, fp, fn)
            print(f"| {t:.2f} | {fmt(p)} | {fmt(r)} | {fmt(f)} | {tp} | {fp} | {fn} |")
        chosen = None
        best = (0.0, 0.0)
        for t in SWEEP:
            tp, fp, fn = point(scored, float(t))
            p, r, f = prf(tp, fp, fn)
            if f >= best[1]:
                best = (float(t), f)
            if chosen is None and tp and p >= PRECISION_TARGET:
                chosen = (float(t), p, r, f)
        print()
        print(f"- best F1: t = {best[0]:.2f} (F1 {best[1]:.3f})")
        if chosen is None:
            print(f"- precision never reaches {PRECISION_TARGET:.2f} in the sweep")
        else:
            t, p, r, f = chosen
            print(
                f"- lowest threshold with precision >= {PRECISION_TARGET:.2f}: t = {t:.2f} "
                f"(P {p:.3f}, R {r:.3f}, F1 {f:.3f})"
            )
        print("\nCandidates and their scores:\n")
        print("| id | label | prefix | score |")
        print("|---|---:|---|---:|")
        for r, s in results:
            if s is not None:
                print(f"| {r.id} | {r.label} | {s['prefix']} | {float(s[name]):.3f} |")
        print()
    tp, fp, fn = point(
        [(r, None if s is None else float(s["heading"])) for r, s in results], tq603.THRESHOLD
    )
    p, r, f = prf(tp, fp, fn)
    print(
        f"At TQ603's THRESHOLD = {tq603.THRESHOLD:.2f} (score `heading`): "
        f"P {fmt(p)}, R {fmt(r)}, F1 {fmt(f)} (TP {tp}, FP {fp}, FN {fn})\n"
    )


def ntrex(path: Path, model: str | None, cos: Cosines) -> None:
    documents: dict[str, list[str]] = collections.defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            documents[row["doc_id"]].append(row["en"])
    config = Config(select=("TQ603",), model=model)
    paragraphs = candidates = 0
    findings = []
    listed: list[tuple[str, str, str, float]] = []
    for doc_id, segments in documents.items():
        text = "\n\n".join(s.strip() for s in segments if s.strip())
        document = document_of(text)
        paragraphs += sum(1 for b in document.blocks if b.kind is BlockKind.PARAGRAPH)
        for c in tq603.candidates(document):
            candidates += 1
            listed.append((doc_id, c.prefix, c.next_words, cos(c.prefix, c.rest)))
        findings.extend((doc_id, f) for f in check_document(document, config))
    print(f"## NTREX-128 English ({len(documents)} articles, {paragraphs} paragraphs)\n")
    print(
        f"TQ603 candidates: {candidates}; findings: {len(findings)} "
        f"({1000 * len(findings) / max(paragraphs, 1):.2f} per 1,000 paragraphs)\n"
    )
    for doc_id, finding in findings:
        print(f"- {doc_id}:{finding.line}: {finding.message}")
    print("\nEvery candidate with its `heading` score (all are professional copy: negatives):\n")
    for doc_id, prefix, next_words, value in listed:
        print(f"- {doc_id}: {prefix!r} + {next_words!r}: {value:.3f}")
    print()


def wmt(folder: Path, model: str | None, systems: int = 3) -> None:
    """TQ603 over WMT22/23 ru-en news: human references and the first few MT systems."""
    config = Config(select=("TQ603",), model=model)
    for corpus in ("references", "mt"):
        paragraphs = 0
        findings = []
        for name in ("wmt22_ruen_news_mt_outputs.jsonl", "wmt23_ruen_news_mt_outputs.jsonl"):
            documents: dict[str, list[str]] = collections.defaultdict(list)
            with (folder / name).open(encoding="utf-8") as handle:
                for line in handle:
                    row = json.loads(line)
                    if corpus == "references":
                        documents[row["doc_id"]].append(next(iter(row["references"].values())))
                        continue
                    for system in sorted(row["system_outputs"])[:systems]:
                        documents[f"{row['doc_id']}/{system}"].append(row["system_outputs"][system])
            for doc_id, segments in documents.items():
                text = "\n\n".join(s.strip() for s in segments if isinstance(s, str) and s.strip())
                document = document_of(text)
                paragraphs += sum(1 for b in document.blocks if b.kind is BlockKind.PARAGRAPH)
                findings.extend((doc_id, f) for f in check_document(document, config))
        print(
            f"## WMT22/23 ru-en {corpus}: {paragraphs} paragraphs, {len(findings)} findings "
            f"({1000 * len(findings) / max(paragraphs, 1):.2f} per 1,000 paragraphs)\n"
        )
        for doc_id, finding in findings:
            print(f"- {doc_id}:{finding.line}: {finding.message}")
        print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="local sentence-transformers model (default: bundled)")
    parser.add_argument("--ntrex", type=Path, help="NTREX-128 JSONL file, read in place")
    parser.add_argument(
        "--wmt", type=Path, help="eval-data mt_outputs folder (WMT22/23 ru-en), read in place"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    cos = Cosines(args.model)
    print(f"# TQ603 run-in heading calibration ({cos.encoder.name})\n")
    report(load(DATA), cos)
    if args.ntrex:
        ntrex(args.ntrex, args.model, cos)
    if args.wmt:
        wmt(args.wmt, args.model)
    print(f"_Total run time {time.perf_counter() - started:.1f} s._")


if __name__ == "__main__":
    main()
