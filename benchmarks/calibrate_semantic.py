"""Calibrate the semantic layer's cosine thresholds on labelled news-copy pairs.

Reads the three TSV files in ``benchmarks/calibration/`` (sentences written for this
project), embeds every text once with the shared encoder (all-MiniLM-L6-v2 by default)
and, per file, sweeps a decision threshold over the cosine similarity of each pair:

* ``repeated_content.tsv``  -- does sentence b restate sentence a?  (score = cos(a, b))
* ``heading_section.tsv``   -- does the heading fit its section?     (score = cos(heading, section))
* ``same_quantity.tsv``     -- do the numbers in a and b count the same thing?

A pair is predicted positive when its score is at least the threshold (sweep 0.30..0.99 by
0.01; 0.00..0.99 for heading/section, whose cosines are low). For each file the script
prints a Markdown table of precision, recall and F1 at a few thresholds, the threshold that
maximises F1, the lowest threshold whose precision reaches 0.95 with its recall, ROC AUC,
and the score distribution per kind. Variants measured as well:

* repeated content: a number veto (both sentences state numbers and their values differ:
  never a repeat), and the number check TQ601 ships (``numbers_in`` equal);
* heading/section: the flag direction (cos <= t means "does not fit"), and a TQ602-style
  relative rule over whole articles (cos < t and another section >= margin higher);
* same quantity: the cosine with numbers masked out, its mean with the raw cosine, and the
  masked context window around the number.

Usage::

    python benchmarks/calibrate_semantic.py                 # default data dir and model
    python benchmarks/calibrate_semantic.py --model /path/to/local/model
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqcheck.semantic.encoder import shared_encoder
from tqcheck.semantic.numbers import numbers_in

DATA_DIR = Path(__file__).resolve().parent / "calibration"
SWEEP = np.round(np.arange(30, 100) / 100, 2)  # 0.30 .. 0.99
TABLE_THRESHOLDS = (0.40, 0.50, 0.60, 0.70, 0.75, 0.80, 0.85, 0.90, 0.95)
HEADING_SWEEP = np.round(np.arange(0, 100) / 100, 2)  # 0.00 .. 0.99
HEADING_TABLE = (0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.50)
CONTEXT_WIDTH = 4
PRECISION_TARGET = 0.95
MASK = "N"

# --------------------------------------------------------------------------- numbers

UNITS = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
CARDINAL_WORDS = {*UNITS, *TENS, "hundred", *SCALES} - {"nil"}

DIGITS_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
TOKEN_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|[A-Za-z]+")
WORD_NUMBER_RE = re.compile(
    r"\b(?:" + "|".join(sorted(CARDINAL_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
MASK_TOKEN_RE = re.compile(rf"(?<![A-Za-z]){MASK}(?![a-z])")
MASK_RUN_RE = re.compile(rf"\b{MASK}(?:[\s\-\u2013]+{MASK}\b)+")  # "N-N", "N N" -> "N"


def number_values(text: str) -> Counter[float]:
    """The quantities a sentence mentions, digits and English number words alike.

    ``"forty-one"`` -> 41, ``"two hundred"`` -> 200, ``"1.9 million"`` -> 1.9e6,
    ``"4th"``/``"fourth"`` -> 4, ``"2-0"``/``"two-nil"`` -> 2 and 0.
    """
    values: Counter[float] = Counter()
    total = current = 0.0
    active = False
    last = ""  # kind of the previous number token: digit, unit, tens, hundred, scale

    def flush() -> None:
        nonlocal total, current, active, last
        if active:
            values[round(total + current, 6)] += 1
        total = current = 0.0
        active = False
        last = ""

    for token in TOKEN_RE.findall(text):
        word = token.lower()
        if token[0].isdigit():
            flush()
            current, active, last = float(token.replace(",", "")), True, "digit"
        elif word in SCALES and active:
            total += (current or 1) * SCALES[word]
            current, last = 0.0, "scale"
        elif word == "hundred" and active and last in ("unit", "digit"):
            current, last = current * 100, "hundred"
        elif word in TENS:
            if last not in ("", "hundred", "scale"):
                flush()
            current, active, last = current + TENS[word], True, "tens"
        elif word in UNITS:
            if last not in ("", "tens", "hundred", "scale"):
                flush()
            current, active, last = current + UNITS[word], True, "unit"
        elif word in ORDINALS:
            flush()
            values[float(ORDINALS[word])] += 1
        else:
            flush()
    flush()
    return values


def mask_numbers(text: str) -> str:
    """Replace digit runs and cardinal number words with one placeholder per quantity."""
    masked = WORD_NUMBER_RE.sub(MASK, DIGITS_RE.sub(MASK, text))
    return MASK_RUN_RE.sub(MASK, masked)


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Pair:
    id: str
    kind: str
    a: str
    b: str
    label: int


def load_pairs(path: Path, first: str, second: str) -> list[Pair]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        expected = ["id", "kind", first, second, "label"]
        if reader.fieldnames != expected:
            raise SystemExit(f"{path}: header {reader.fieldnames}, expected {expected}")
        return [
            Pair(row["id"], row["kind"], row[first], row[second], int(row["label"]))
            for row in reader
        ]


class Embeddings:
    """Texts are embedded once, in batches, on first use; the cosine is a dot product."""

    def __init__(self, model: str | None) -> None:
        self._encoder = shared_encoder(model)
        self._vectors: dict[str, np.ndarray] = {}
        self.name = self._encoder.name

    def cos(self, first: Sequence[str], second: Sequence[str]) -> np.ndarray:
        missing = sorted({*first, *second} - self._vectors.keys())
        if missing:
            self._vectors.update(zip(missing, self._encoder.encode(missing), strict=True))
        return np.array(
            [float(self._vectors[a] @ self._vectors[b]) for a, b in zip(first, second, strict=True)]
        )


# --------------------------------------------------------------------------- metrics


@dataclass(frozen=True)
class Point:
    threshold: float
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if self.tp else 0.0


def evaluate(
    scores: np.ndarray, labels: np.ndarray, threshold: float, veto: np.ndarray | None = None
) -> Point:
    """Positive prediction: score >= threshold (and not vetoed)."""
    pred = scores >= threshold
    if veto is not None:
        pred &= ~veto
    gold = labels == 1
    return Point(
        float(threshold),
        int(np.sum(pred & gold)),
        int(np.sum(pred & ~gold)),
        int(np.sum(~pred & gold)),
    )


def sweep(
    scores: np.ndarray,
    labels: np.ndarray,
    veto: np.ndarray | None = None,
    grid: np.ndarray = SWEEP,
) -> list[Point]:
    return [evaluate(scores, labels, t, veto) for t in grid]


def best_f1(points: list[Point]) -> Point:
    return max(points, key=lambda p: (p.f1, p.threshold))


def lowest_precise(points: list[Point], target: float) -> Point | None:
    for point in points:  # ascending thresholds
        if point.tp and point.precision >= target:
            return point
    return None


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Probability that a random positive outscores a random negative (ties count half)."""
    pos, neg = scores[labels == 1], scores[labels == 0]
    greater = (pos[:, None] > neg[None, :]).sum()
    ties = (pos[:, None] == neg[None, :]).sum()
    return float((greater + 0.5 * ties) / (len(pos) * len(neg)))


def fmt(value: float) -> str:
    return "n/a" if value != value else f"{value:.3f}"  # NaN check


def describe(point: Point | None) -> str:
    if point is None:
        return f"precision never reaches {PRECISION_TARGET:.2f} in the sweep"
    return (
        f"t = {point.threshold:.2f} (P {fmt(point.precision)}, R {fmt(point.recall)}, "
        f"F1 {fmt(point.f1)})"
    )


# --------------------------------------------------------------------------- report


def print_table(
    scores: np.ndarray,
    labels: np.ndarray,
    thresholds: Sequence[float] = TABLE_THRESHOLDS,
    veto: np.ndarray | None = None,
) -> None:
    print("| threshold | precision | recall | F1 | TP | FP | FN |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for t in thresholds:
        p = evaluate(scores, labels, t, veto)
        print(
            f"| {t:.2f} | {fmt(p.precision)} | {fmt(p.recall)} | {fmt(p.f1)} "
            f"| {p.tp} | {p.fp} | {p.fn} |"
        )
    print()


def print_kinds(
    pairs: list[Pair], scores: np.ndarray, marks: Sequence[float], below: bool = False
) -> None:
    """min/median/max per kind, and the share of each kind at or above (below) each mark."""
    sign = "<=" if below else ">="
    head = " | ".join(f"share {sign} {m:.2f}" for m in marks)
    print(f"| kind | label | n | min | median | max | {head} |")
    print("|---|---:|---:|---:|---:|---:|" + "---:|" * len(marks))
    for kind in dict.fromkeys(p.kind for p in pairs):
        idx = [i for i, p in enumerate(pairs) if p.kind == kind]
        values = scores[idx]
        shares = " | ".join(f"{np.mean(values <= m if below else values >= m):.2f}" for m in marks)
        print(
            f"| {kind} | {pairs[idx[0]].label} | {len(idx)} | {values.min():.3f} "
            f"| {statistics.median(values.tolist()):.3f} | {values.max():.3f} | {shares} |"
        )
    print()


def print_summary(
    name: str,
    scores: np.ndarray,
    labels: np.ndarray,
    veto: np.ndarray | None = None,
    grid: np.ndarray = SWEEP,
) -> tuple[Point, Point | None]:
    """Best-F1 point and lowest threshold reaching the precision target, over ``grid``."""
    points = sweep(scores, labels, veto, grid)
    best, precise = best_f1(points), lowest_precise(points, PRECISION_TARGET)
    auc = "" if veto is not None else f" (ROC AUC {roc_auc(scores, labels):.3f})"
    print(f"- {name}{auc}")
    print(f"  - best F1: {describe(best)}")
    print(f"  - lowest threshold with precision >= {PRECISION_TARGET:.2f}: {describe(precise)}")
    return best, precise


def header(path: Path, pairs: list[Pair], grid: np.ndarray = SWEEP) -> None:
    pos = sum(p.label for p in pairs)
    print(f"## {path.name}: {len(pairs)} pairs, {pos} positive, {len(pairs) - pos} negative\n")
    print(f"Threshold sweep {grid[0]:.2f}..{grid[-1]:.2f} by 0.01.\n")


def report_repeated(path: Path, emb: Embeddings) -> None:
    pairs = load_pairs(path, "a", "b")
    header(path, pairs)
    scores = emb.cos([p.a for p in pairs], [p.b for p in pairs])
    labels = np.array([p.label for p in pairs])
    values = [(number_values(p.a), number_values(p.b)) for p in pairs]
    veto = np.array([bool(va) and bool(vb) and va != vb for va, vb in values])
    # TQ601 as shipped: tqcheck.semantic.numbers.numbers_in must be equal on both sides.
    rule_veto = np.array([numbers_in(p.a) != numbers_in(p.b) for p in pairs])
    print("Positive = b restates a; predicted when cos(a, b) >= threshold.\n")
    print("Cosine alone:\n")
    print_table(scores, labels)
    print("Cosine + number veto (a pair whose sentences both hold numbers that differ is")
    print("never a repeat; digits and number words are compared as values):\n")
    print_table(scores, labels, veto=veto)
    best, _ = print_summary("cosine alone", scores, labels)
    veto_best, veto_precise = print_summary("cosine + number veto", scores, labels, veto)
    print_summary("cosine + TQ601 number check (numbers_in equal)", scores, labels, rule_veto)
    tq601 = evaluate(scores, labels, 0.85, rule_veto)
    print(
        f"  - at TQ601's 0.85: P {fmt(tq601.precision)}, R {fmt(tq601.recall)}, F1 {fmt(tq601.f1)}"
    )
    print()
    marks = {best.threshold, veto_best.threshold}
    if veto_precise is not None:
        marks.add(veto_precise.threshold)
    print("Cosine per kind (share at or above the thresholds found above, before the veto):\n")
    print_kinds(pairs, scores, sorted(marks))
    vetoed = Counter(p.kind for p, v in zip(pairs, veto, strict=True) if v)
    print(f"Pairs vetoed by a number mismatch, per kind: {dict(vetoed)}")
    lost = [p.id for p, v in zip(pairs, rule_veto, strict=True) if v and p.label == 1]
    print(f"Positives the TQ601 number check rejects: {len(lost)} {lost}\n")


def report_heading(path: Path, emb: Embeddings) -> None:
    pairs = load_pairs(path, "heading", "section")
    header(path, pairs, HEADING_SWEEP)
    scores = emb.cos([p.a for p in pairs], [p.b for p in pairs])
    labels = np.array([p.label for p in pairs])
    kinds = np.array([p.kind for p in pairs])
    print("Positive = the heading fits; predicted when cos(heading, section) >= threshold.")
    print("Heading/section cosines are low, so this file is swept from 0.00.\n")
    print_table(scores, labels, HEADING_TABLE)
    print_summary("fits", scores, labels, grid=HEADING_SWEEP)
    print()
    # The rule's direction: flag "does not fit" when the score is at or below the threshold.
    print('Flag direction: "does not fit" predicted when cos <= threshold (label 0 = positive).\n')
    print("| threshold | flag precision | flag recall | fits flagged | misplaced | unrelated |")
    print("|---:|---:|---:|---:|---:|---:|")
    for t in HEADING_TABLE:
        flag = evaluate(-scores, 1 - labels, -t)
        share = {k: np.mean(scores[kinds == k] <= t) for k in ("fits", "misplaced", "unrelated")}
        print(
            f"| {t:.2f} | {fmt(flag.precision)} | {fmt(flag.recall)} | {share['fits']:.2f} "
            f"| {share['misplaced']:.2f} | {share['unrelated']:.2f} |"
        )
    print()
    flags = [evaluate(-scores, 1 - labels, -t) for t in HEADING_SWEEP]
    precise = [f for f in flags if f.tp and f.precision >= PRECISION_TARGET]
    top = max(precise, key=lambda f: -f.threshold, default=None)  # -t: highest cos threshold
    if top is None:
        print(f"- flag precision never reaches {PRECISION_TARGET:.2f} in the sweep")
    else:
        print(
            f"- highest threshold with flag precision >= {PRECISION_TARGET:.2f}: "
            f"t = {-top.threshold:.2f} (flag P {fmt(top.precision)}, flag R {fmt(top.recall)})"
        )
    # Paired view: each heading over its own section (fits) and over another section of the
    # same article (misplaced). A TQ602-style relative rule flags a heading when it scores
    # below t against the section under it AND at least `margin` higher against the other one.
    own = {p.a: s for p, s in zip(pairs, scores, strict=True) if p.kind == "fits"}
    other = {p.a: s for p, s in zip(pairs, scores, strict=True) if p.kind == "misplaced"}
    margins = np.array([own[h] - other[h] for h in other])
    print(
        f"- paired: own section beats the misplaced one for {np.mean(margins > 0):.2f}"
        f" of {len(margins)} headings (median margin {statistics.median(margins):+.3f})\n"
    )
    relative_rule_table(pairs, emb)
    print_kinds(pairs, scores, (0.15, 0.20, 0.25, 0.30), below=True)


def articles(pairs: list[Pair]) -> list[list[str]]:
    """Headings grouped by article, recovered from the misplaced rows.

    A misplaced row puts a heading over the section of another heading of the same article,
    so linking the two headings of every misplaced row joins each article's headings.
    """
    parent = {p.a: p.a for p in pairs if p.kind == "fits"}
    owner = {p.b: p.a for p in pairs if p.kind == "fits"}

    def root(heading: str) -> str:
        while parent[heading] != heading:
            heading = parent[heading]
        return heading

    for pair in pairs:
        if pair.kind == "misplaced":
            parent[root(pair.a)] = root(owner[pair.b])
    groups: dict[str, list[str]] = {}
    for heading in parent:
        groups.setdefault(root(heading), []).append(heading)
    return list(groups.values())


def relative_rule_table(pairs: list[Pair], emb: Embeddings) -> None:
    """TQ602-style rule over whole articles: flag a heading when its cosine with the section
    under it is below t AND another section of the same article scores >= margin higher."""
    section_of = {p.a: p.b for p in pairs if p.kind == "fits"}
    groups = articles(pairs)
    # (own score, best other score) for each heading of an intact article ...
    intact: list[tuple[float, float]] = []
    # ... and for each misplaced row: the heading over the wrong section of its article.
    swapped: list[tuple[float, float]] = []
    for group in groups:
        for heading in group:
            sections = [section_of[h] for h in group]
            scores = dict(zip(sections, emb.cos([heading] * len(sections), sections), strict=True))
            own = scores[section_of[heading]]
            intact.append((own, max(v for k, v in scores.items() if k != section_of[heading])))
            for pair in pairs:
                if pair.kind == "misplaced" and pair.a == heading:
                    wrong = scores[pair.b]
                    swapped.append((wrong, max(v for k, v in scores.items() if k != pair.b)))
    sizes = Counter(len(g) for g in groups)
    print(f"Relative rule per article ({len(groups)} articles, sizes {dict(sizes)}): a heading")
    print("is flagged when cos(heading, its section) < t and some other section of the article")
    print("scores >= margin higher. 'intact' = every heading over its own section; 'misplaced' =")
    print("the heading over another section of its article, as in the misplaced rows.\n")
    print("| t | margin | intact flagged | misplaced flagged | flag precision |")
    print("|---:|---:|---:|---:|---:|")
    for t in (0.20, 0.25, 0.30, 0.35):
        for margin in (0.05, 0.10, 0.15):
            false = sum(own < t and best - own >= margin for own, best in intact)
            true = sum(own < t and best - own >= margin for own, best in swapped)
            precision = true / (true + false) if true + false else float("nan")
            print(
                f"| {t:.2f} | {margin:.2f} | {false}/{len(intact)} | {true}/{len(swapped)} "
                f"| {fmt(precision)} |"
            )
    print()


def context_window(text: str, width: int = CONTEXT_WIDTH) -> str:
    """The masked sentence cut to ``width`` words either side of its first number."""
    words = mask_numbers(text).split()
    for i, word in enumerate(words):
        if MASK_TOKEN_RE.search(word):
            return " ".join(words[max(0, i - width) : i + width + 1])
    return " ".join(words)


def report_quantity(path: Path, emb: Embeddings) -> None:
    pairs = load_pairs(path, "a", "b")
    header(path, pairs)
    labels = np.array([p.label for p in pairs])
    raw = emb.cos([p.a for p in pairs], [p.b for p in pairs])
    masked = emb.cos([mask_numbers(p.a) for p in pairs], [mask_numbers(p.b) for p in pairs])
    window = emb.cos([context_window(p.a) for p in pairs], [context_window(p.b) for p in pairs])
    masked_name = f"masked cosine (numbers -> {MASK!r})"
    variants: dict[str, np.ndarray] = {
        "raw cosine": raw,
        masked_name: masked,
        "mean of raw and masked": (raw + masked) / 2,
        f"masked context window (+-{CONTEXT_WIDTH} words around the number)": window,
    }
    print("Positive = the two numbers count the same thing; predicted when score >= threshold.\n")
    print("Raw cosine:\n")
    print_table(raw, labels)
    print("Masked cosine:\n")
    print_table(masked, labels)
    bests: dict[str, Point] = {}
    aucs: dict[str, float] = {}
    for name, scores in variants.items():
        bests[name], _ = print_summary(name, scores, labels)
        aucs[name] = roc_auc(scores, labels)
    print()
    gain_auc = aucs[masked_name] - aucs["raw cosine"]
    gain_f1 = bests[masked_name].f1 - bests["raw cosine"].f1
    verdict = "helps" if gain_auc > 0.01 and gain_f1 >= 0 else "does not help"
    print(
        f"Masking {verdict}: masked vs raw cosine, ROC AUC {gain_auc:+.3f}, "
        f"best F1 {gain_f1:+.3f}. Best variant by AUC: "
        f"'{max(variants, key=lambda n: aucs[n])}'.\n"
    )
    report_structured(pairs, labels, masked)
    print("Raw cosine per kind:\n")
    print_kinds(pairs, raw, (0.60, 0.70, 0.80))
    print("Masked cosine per kind:\n")
    print_kinds(pairs, masked, (0.60, 0.70, 0.80))


def structured_verdicts(
    pairs: list[Pair], cosines: np.ndarray | None, threshold: float = 1.0
) -> list[bool]:
    """tqcheck's same-quantity matcher on each pair, the two sentences as adjacent paragraphs;
    with ``cosines``, a pair the matcher leaves undecided is also accepted at ``threshold``."""
    from tqcheck.document import decode_bytes, parse_document
    from tqcheck.facts.analysis import document_facts
    from tqcheck.facts.same_quantity import compare

    verdicts = []
    for index, pair in enumerate(pairs):
        text = f"{pair.a}\n\n{pair.b}\n"
        document = parse_document(decode_bytes(text.encode("utf-8"), "pair.txt"))
        counts = [q for q in document_facts(document).quantities if q.is_count]
        sentences = document.sentences()
        same = False
        for first in (q for q in counts if q.block_index == 0):
            for second in (q for q in counts if q.block_index == 1 and q.head == first.head):
                verdict = compare(
                    first,
                    second,
                    sentences[first.sentence_index].text,
                    sentences[second.sentence_index].text,
                )
                undecided = verdict.reason == "not enough shared context"
                by_cosine = cosines is not None and float(cosines[index]) >= threshold
                same = same or verdict.same or (undecided and by_cosine)
        verdicts.append(same)
    return verdicts


def report_structured(pairs: list[Pair], labels: np.ndarray, masked: np.ndarray) -> None:
    """Precision and recall of the structured matcher, without and with the masked cosine."""
    print(
        "Structured matcher (tqcheck/facts/same_quantity.py), sentences as adjacent paragraphs:\n"
    )
    print("| variant | predicted same | precision | recall | F1 |")
    print("|---|---|---|---|---|")
    rows = [("rules only (what TQ402 uses)", None)] + [
        (f"rules, undecided pairs accepted at masked cosine >= {threshold:.2f}", threshold)
        for threshold in (0.50, 0.60, 0.70, 0.75, 0.80, 0.85, 0.90)
    ]
    for name, threshold in rows:
        cosines = None if threshold is None else masked
        verdicts = np.array(structured_verdicts(pairs, cosines, threshold or 1.0))
        tp = int(np.sum(verdicts & (labels == 1)))
        fp = int(np.sum(verdicts & (labels == 0)))
        fn = int(np.sum(~verdicts & (labels == 1)))
        point = Point(threshold or 0.0, tp, fp, fn)
        scores = f"{fmt(point.precision)} | {fmt(point.recall)} | {fmt(point.f1)}"
        print(f"| {name} | {tp + fp} | {scores} |")
    print()


REPORTS: dict[str, Callable[[Path, Embeddings], None]] = {
    "repeated_content.tsv": report_repeated,
    "heading_section.tsv": report_heading,
    "same_quantity.tsv": report_quantity,
}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data-dir", type=Path, default=DATA_DIR, help="folder with the three TSV files"
    )
    parser.add_argument("--model", default=None, help="local sentence-transformers model dir")
    parser.add_argument(
        "--only", choices=sorted(REPORTS), action="append", help="report on this file only"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    start = time.perf_counter()
    emb = Embeddings(args.model)
    print(f"# Semantic threshold calibration ({emb.name})\n")
    for name, report in REPORTS.items():
        if args.only and name not in args.only:
            continue
        report(args.data_dir / name, emb)
    total = time.perf_counter() - start
    print(f"_Total run time {total:.1f} s (model load and encoding included)._")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
