"""Benchmark sentence splitters on English news copy for tqcheck.

The script reads the evaluation data in place and never copies it. Gold sentences
from NTREX-128 (news) and FLORES-200 devtest are joined into paragraphs. Each
splitter splits the paragraphs, and its predicted sentence-start offsets are
compared with the gold ones. Every splitter is measured through character offsets
into the original string, and the script checks that the offset slices reproduce
the text that the library reports. MT output (WMT22/23 ru-en, FLORES ar-en
sample) is used to look at behaviour on MT-style English, where only the segment
boundaries are known.

Usage::

    python benchmarks/sentence_splitters.py ../shared/eval-data
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import blingfire
import pysbd
from syntok import segmenter

Span = tuple[int, int]

SEED = 20261124
WRAP_WIDTH = 72
TERMINAL_RE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")

NTREX_FILE = Path("parallel/ntrex128_en_ar_az_hy_ru_news.jsonl")
FLORES_FILE = Path("parallel/flores200_devtest_ar_en.jsonl")
MT_FILES = {
    "wmt22-ruen": Path("mt_outputs/wmt22_ruen_news_mt_outputs.jsonl"),
    "wmt23-ruen": Path("mt_outputs/wmt23_ruen_news_mt_outputs.jsonl"),
    "flores-ar2en": Path("mt_outputs/flores200_devtest_ar2en_mt_sample.jsonl"),
}
MT_SYSTEMS_PER_FILE = 3
MAX_BAD_EXAMPLES = 3


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Paragraph:
    """A paragraph built from consecutive gold sentences (or MT segments)."""

    corpus: str
    variant: str
    text: str
    gold: tuple[Span, ...]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def has_terminal(sentence: str) -> bool:
    return TERMINAL_RE.search(sentence.rstrip()) is not None


def runs_of_terminated(sentences: Sequence[str]) -> Iterator[list[str]]:
    """Yield runs of sentences that end in terminal punctuation.

    A headline or caption without a final stop cannot be split from the following
    sentence when joined with a space, so it ends the run and is left out.
    """
    run: list[str] = []
    for raw in sentences:
        sentence = raw.strip()
        if sentence and has_terminal(sentence):
            run.append(sentence)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def chunk(items: list[str], rng: random.Random, low: int, high: int) -> Iterator[list[str]]:
    """Cut a run into chunks of low..high items (the last one may be shorter)."""
    start = 0
    while start < len(items):
        size = rng.randint(low, high)
        yield items[start : start + size]
        start += size


def join(sentences: Sequence[str], sep: str) -> tuple[str, tuple[Span, ...]]:
    spans: list[Span] = []
    pos = 0
    for index, sentence in enumerate(sentences):
        if index:
            pos += len(sep)
        spans.append((pos, pos + len(sentence)))
        pos += len(sentence)
    return sep.join(sentences), tuple(spans)


def hard_wrap(text: str, width: int) -> str:
    """Greedy wrap: replace single spaces by newlines; offsets are unchanged."""
    chars = list(text)
    line_start = 0
    last_space = -1
    for index, char in enumerate(chars):
        if char == " ":
            last_space = index
        if index - line_start >= width and last_space > line_start:
            chars[last_space] = "\n"
            line_start = last_space + 1
    return "".join(chars)


def make_paragraphs(corpus: str, groups: Iterable[list[str]]) -> list[Paragraph]:
    """Build the space / wrapped / newline layouts for each group of gold sentences."""
    out: list[Paragraph] = []
    for group in groups:
        text, gold = join(group, " ")
        out.append(Paragraph(corpus, "space", text, gold))
        out.append(Paragraph(corpus, "wrapped", hard_wrap(text, WRAP_WIDTH), gold))
        text_nl, gold_nl = join(group, "\n")
        out.append(Paragraph(corpus, "newline", text_nl, gold_nl))
    return out


def load_gold(data_dir: Path, rng: random.Random) -> tuple[list[Paragraph], Counter[str]]:
    dropped: Counter[str] = Counter()
    groups: list[list[str]] = []
    ntrex = read_jsonl(data_dir / NTREX_FILE)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in ntrex:
        by_doc[row["doc_id"]].append(row)
    headlines: list[Paragraph] = []
    for rows in by_doc.values():
        rows.sort(key=lambda row: row["seg_in_doc"])
        sentences = [row["en"].strip() for row in rows]
        dropped["ntrex"] += sum(not has_terminal(s) for s in sentences)
        for run in runs_of_terminated(sentences):
            groups.extend(chunk(run, rng, 2, 6))
        # Headline (no final stop) above the first two sentences, after a line break
        # ("headline") or a blank line ("headline-blank").
        lead = sentences[:3]
        if len(lead) == 3 and not has_terminal(lead[0]) and all(map(has_terminal, lead[1:])):
            for variant, sep in (("headline", "\n"), ("headline-blank", "\n\n")):
                body, body_gold = join(lead[1:], " ")
                text = lead[0] + sep + body
                offset = len(lead[0]) + len(sep)
                gold = ((0, len(lead[0])), *((a + offset, b + offset) for a, b in body_gold))
                headlines.append(Paragraph("ntrex", variant, text, gold))
    paragraphs = make_paragraphs("ntrex", [g for g in groups if len(g) > 1])
    paragraphs += headlines

    flores = read_jsonl(data_dir / FLORES_FILE)
    flores_groups: list[list[str]] = []
    current: list[str] = []
    current_url: str | None = None
    for row in flores:
        if row["url"] != current_url and current:
            flores_groups.append(current)
            current = []
        current_url = row["url"]
        current.append(row["en"])
    if current:
        flores_groups.append(current)
    runs: list[list[str]] = []
    for group in flores_groups:
        dropped["flores"] += sum(not has_terminal(s) for s in group)
        runs.extend(runs_of_terminated(group))
    paragraphs += make_paragraphs("flores", [g for g in runs if len(g) > 1])
    return paragraphs, dropped


def load_mt(data_dir: Path, rng: random.Random) -> list[Paragraph]:
    """Join consecutive MT segments of one document and one system with a space."""
    paragraphs: list[Paragraph] = []
    for name, rel in MT_FILES.items():
        rows = read_jsonl(data_dir / rel)
        systems = sorted({s for row in rows for s in row["system_outputs"]})
        chosen = sorted(rng.sample(systems, min(MT_SYSTEMS_PER_FILE, len(systems))))
        docs: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            docs[str(row.get("doc_id") or row.get("url"))].append(row)
        for doc_rows in docs.values():
            doc_rows.sort(key=lambda row: row.get("seg_id") or row.get("line") or 0)
            for system in chosen:
                segments = [row["system_outputs"].get(system) or "" for row in doc_rows]
                for run in runs_of_terminated(segments):
                    for group in chunk(run, rng, 2, 6):
                        if len(group) > 1:
                            text, gold = join(group, " ")
                            paragraphs.append(Paragraph(name, f"mt:{system}", text, gold))
    return paragraphs


# ---------------------------------------------------------------------- splitters


@dataclass
class Split:
    """One splitter's answer: offsets plus the text the library says is there."""

    spans: list[Span]
    claimed: list[str]


@dataclass
class Splitter:
    name: str
    native_offsets: str
    split: Callable[[str], Split]
    import_stmt: str
    first_call: str


def make_pysbd() -> Callable[[str], Split]:
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def split(text: str) -> Split:
        spans = segmenter.segment(text)
        return Split([(s.start, s.end) for s in spans], [s.sent for s in spans])

    return split


def make_blingfire() -> Callable[[str], Split]:
    def split(text: str) -> Split:
        joined, offsets = blingfire.text_to_sentences_and_offsets(text)
        claimed = joined.split("\n") if offsets else []
        return Split([(start, end) for start, end in offsets], claimed)

    return split


def make_syntok() -> Callable[[str], Split]:
    def split(text: str) -> Split:
        spans: list[Span] = []
        claimed: list[str] = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                first, last = sentence[0], sentence[-1]
                spans.append((first.offset, last.offset + len(last.value)))
                parts = [tok.spacing + tok.value for tok in sentence]
                parts[0] = first.value
                claimed.append("".join(parts))
        return Split(spans, claimed)

    return split


NAIVE_RE = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(\s+)(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")


def make_naive() -> Callable[[str], Split]:
    def split(text: str) -> Split:
        spans: list[Span] = []
        start = 0
        for match in NAIVE_RE.finditer(text):
            spans.append((start, match.start(1)))
            start = match.end(1)
        if start < len(text):
            spans.append((start, len(text)))
        return Split(spans, [text[s:e] for s, e in spans])

    return split


SPLITTERS: dict[str, tuple[Callable[[], Callable[[str], Split]], str, str, str]] = {
    # name: (factory, native offsets, import statement, first call)
    "pysbd 0.3.4": (
        make_pysbd,
        "yes (char_span=True; found by re-searching each sentence in the text)",
        "import pysbd",
        "pysbd.Segmenter(language='en', clean=False, char_span=True).segment('A b. C d.')",
    ),
    "blingfire 0.1.8": (
        make_blingfire,
        "yes (text_to_sentences_and_offsets)",
        "import blingfire",
        "blingfire.text_to_sentences_and_offsets('A b. C d.')",
    ),
    "syntok 1.4.4": (
        make_syntok,
        "derived (token .offset; end = last token offset + len(value))",
        "import syntok.segmenter",
        "list(syntok.segmenter.analyze('A b. C d.'))",
    ),
    "naive regex (baseline)": (
        make_naive,
        "yes (own regex)",
        "import re",
        "re.compile(r'[.!?]\\s+').split('A b. C d.')",
    ),
}


def build_splitters() -> list[Splitter]:
    out = []
    for name, (factory, native, stmt, first) in SPLITTERS.items():
        out.append(Splitter(name, native, factory(), stmt, first))
    return out


# ------------------------------------------------------------------------ scoring


def trim(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def starts(text: str, spans: Iterable[Span]) -> set[int]:
    """Sentence starts (after leading whitespace), without the paragraph start."""
    trimmed = [trim(text, span) for span in spans]
    first = len(text) - len(text.lstrip())
    return {start for start, end in trimmed if end > start and start != first}


@dataclass
class OffsetAudit:
    spans: int = 0
    exact: int = 0
    ws_equal: int = 0
    trailing_ws: int = 0
    leading_ws: int = 0
    overlapping: int = 0
    uncovered_chars: int = 0
    paragraphs_with_gaps: int = 0
    bad_examples: list[str] = field(default_factory=list)

    def add(self, text: str, split: Split) -> None:
        covered = [False] * len(text)
        previous_end = 0
        for index, (start, end) in enumerate(split.spans):
            self.spans += 1
            piece = text[start:end]
            claimed = split.claimed[index] if index < len(split.claimed) else ""
            if piece == claimed:
                self.exact += 1
            elif " ".join(piece.split()) == " ".join(claimed.split()):
                self.ws_equal += 1
            elif len(self.bad_examples) < MAX_BAD_EXAMPLES:
                self.bad_examples.append(f"slice={piece[:60]!r} claimed={claimed[:60]!r}")
            if piece and piece[-1].isspace():
                self.trailing_ws += 1
            if piece and piece[0].isspace():
                self.leading_ws += 1
            if start < previous_end:
                self.overlapping += 1
            previous_end = max(previous_end, end)
            for pos in range(max(start, 0), min(end, len(text))):
                covered[pos] = True
        gaps = sum(1 for pos, ok in enumerate(covered) if not ok and not text[pos].isspace())
        self.uncovered_chars += gaps
        self.paragraphs_with_gaps += gaps > 0


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    paragraphs: int = 0
    exact: int = 0

    def add(self, gold: set[int], pred: set[int]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)
        self.paragraphs += 1
        self.exact += gold == pred

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.exact / self.paragraphs if self.paragraphs else 0.0


TITLE_ABBR = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr|St|Rev|Prof|Gen|Gov|Sen|Rep|Capt|Lt|Col|Sgt|Det|Supt|Insp|Adm"
    r"|Maj|Cpl|Pvt|Hon|Pres|Jr|Sr|Mt|Ft|Sq|Ave|Rd|No|Nos|Vol|vs|v|etc|approx|Inc"
    r"|Ltd|Co|Corp|Bros|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$"
)
DOTTED_ACRONYM = re.compile(r"^(?:[A-Za-z]\.){2,}$")
INITIAL = re.compile(r"^[A-Z]\.$")
NUMBER_DOT = re.compile(r"^[$\u00a3\u20ac]?\d[\d,.]*\.$")
CONSENSUS = "all three libraries split here"
CLOSE_QUOTE = re.compile(r"[.!?,][\"'\u201d\u2019]+$")


def classify(text: str, pos: int) -> str:
    """Rough category of a boundary at `pos` from the token before it."""
    left = text[:pos].rstrip()
    gap = text[len(left) : pos]
    right = text[pos:]
    words = left.split()
    last = words[-1] if words else ""
    last_core = last.lstrip("\"'(\u201c\u2018[")
    if "\n" in gap and not has_terminal(left):
        return "line break mid-sentence"
    if not gap and left and left[-1].isdigit() and right[:1].isdigit():
        return "inside a number"
    if not gap and left[-1:] in ".!?" and right[:1] in "\"'\u201d\u2019":
        return "split before closing quote"
    if not gap:
        return "inside a token"
    if TITLE_ABBR.match(last_core):
        return "abbreviation (Mr./St./No./Jan.)"
    if DOTTED_ACRONYM.match(last_core):
        return "dotted acronym (U.S./a.m.)"
    if INITIAL.match(last_core):
        return "initial (J.)"
    if NUMBER_DOT.match(last_core):
        return "number before stop"
    if CLOSE_QUOTE.search(last):
        return "stop inside closing quote"
    if last.endswith(("?", "!")) or last.rstrip("\"'\u201d\u2019)").endswith(("?", "!")):
        return "?/! ending"
    if last.endswith(("...", "\u2026")):
        return "ellipsis"
    if not has_terminal(left):
        return "no terminal punctuation"
    next_word = right.split()[0].lstrip("\"'\u201c\u2018(") if right.split() else ""
    if TITLE_ABBR.match(next_word):
        return "next sentence starts with Mr./Dr."
    if next_word[:1].isdigit():
        return "next sentence starts with a digit"
    if right[:1].islower():
        return "next word lower-case"
    before = text[:pos]
    if before.count('"') % 2 or before.count("\u201c") > before.count("\u201d"):
        return "inside an open quotation"
    if last.endswith("."):
        return "plain full stop"
    return "other"


def context(text: str, pos: int, width: int = 45) -> str:
    left = text[max(0, pos - width) : pos].replace("\n", "\u21b5")
    right = text[pos : pos + width].replace("\n", "\u21b5")
    return f"\u2026{left}\u2016{right}\u2026"


@dataclass
class ErrorLog:
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    fp_examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    fn_examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, text: str, gold: set[int], pred: set[int], agreed: set[int]) -> None:
        for pos in sorted(pred - gold):
            category = CONSENSUS if pos in agreed else classify(text, pos)
            self.fp[category] += 1
            self.fp_examples[category].append(context(text, pos))
        for pos in sorted(gold - pred):
            category = classify(text, pos)
            self.fn[category] += 1
            self.fn_examples[category].append(context(text, pos))


# ----------------------------------------------------------------------- runtime


def median_subprocess_seconds(code: str, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def importtime_cumulative_ms(stmt: str, module: str, repeats: int) -> float:
    """Median cumulative import time of `module` from `python -X importtime`."""
    values = []
    for _ in range(repeats):
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", stmt],
            check=True,
            capture_output=True,
            text=True,
        )
        for line in proc.stderr.splitlines():
            parts = [part.strip() for part in line.split("|")]
            if len(parts) == 3 and parts[2] == module:
                values.append(int(parts[1]) / 1000)
    return statistics.median(values) if values else float("nan")


def throughput(split: Callable[[str], Split], paragraphs: Sequence[Paragraph]) -> float:
    """Median wall time (s) of 3 passes over the paragraphs, offsets included."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        for paragraph in paragraphs:
            result = split(paragraph.text)
            starts(paragraph.text, result.spans)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# ------------------------------------------------------------------------ probes

# Hand-written probes ("|" marks each gold boundary; the bar and one space around
# it are removed).
PROBES = [
    "Mr. Smith arrived in the U.S. on Monday. | He left on Tuesday.",
    "The U.S. economy grew 1.5 percent. | Analysts had expected 2.1 percent.",
    "The company moved its headquarters to the U.S. | The move surprised investors.",
    "J. K. Rowling spoke in London on Friday. | She was brief.",
    "Ranked No. 3 in the world, he lost in Paris. | It was a shock.",
    '"We will win," she said. | "We have no choice."',
    '"Is it over?" he asked. | Nobody answered.',
    "Shares rose 0.5% to $12.75 on Friday. | Trading was thin.",
    "Gen. Mark Milley met Sen. John McCain in Washington. | They talked for an hour.",
    "The talks ended at 5 p.m. | Negotiators left without a deal.",
    'He said: "It is done." | Then he left the room.',
    "Apple Inc. reported record sales on Tuesday. | Its shares rose.",
    "The fire started on Jan. 5 in St. Louis, Mo., officials said. | Nobody was hurt.",
    "Visit www.example.com for details. | The site opens at 9 a.m. on Monday.",
    "Prices fell 3 per cent. | In 2019, they rose again.",
    "The vote was 52 vs. 48 in favour. | The result stands.",
]


# Hand-written strings that stress the offset mapping (odd spacing and punctuation
# runs as found in MT output and pasted copy).
OFFSET_STRESS = [
    "  Leading and trailing spaces. Second sentence.  ",
    "Yes. Yes. Yes.",
    "The talks ended .. Then they resumed.",
    "The talks ended .... Then they resumed.",
    "Prices rose.. Analysts were surprised.",
    "He waited. .then left.",
    "Windows line.\r\nNext line.",
    "A\u00a0non-breaking space. A\ttab. Done.",
    'She said "Go."He went. Then "Stop!" they cried.',
    "Wow!!! Really?! Yes\u2026 Fine.",
]


def probe_case(raw: str) -> tuple[str, set[int]]:
    pieces = raw.split(" | ")
    text, spans = join(pieces, " ")
    return text, starts(text, spans)


# ------------------------------------------------------------------------ report

VARIANTS = ("space", "wrapped", "newline", "headline", "headline-blank")
MT_EXAMPLES_PER_PATTERN = 2


def fmt(value: float) -> str:
    return f"{value:.3f}"


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    print("| " + " | ".join(headers) + " |")
    print("|" + "|".join("---" for _ in headers) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()


def library_names(splitters: Sequence[Splitter]) -> list[str]:
    return [s.name for s in splitters if not s.name.startswith("naive")]


@dataclass
class GoldRun:
    """Predictions and scores of every splitter on the gold paragraphs."""

    paragraphs: list[Paragraph]
    predictions: dict[str, list[set[int]]]
    consensus: list[set[int]]
    scores: dict[tuple[str, str, str], Score]
    errors: dict[tuple[str, str], ErrorLog]
    audits: dict[str, OffsetAudit]


def run_gold(splitters: Sequence[Splitter], paragraphs: list[Paragraph]) -> GoldRun:
    predictions: dict[str, list[set[int]]] = {}
    audits: dict[str, OffsetAudit] = defaultdict(OffsetAudit)
    for splitter in splitters:
        preds = []
        for paragraph in paragraphs:
            result = splitter.split(paragraph.text)
            audits[splitter.name].add(paragraph.text, result)
            preds.append(starts(paragraph.text, result.spans))
        predictions[splitter.name] = preds

    # Boundaries that all three libraries add but gold lacks: mostly gold lines that
    # hold two sentences (FLORES). They are reported separately and, for the
    # "adjusted" figures, ignored for every splitter.
    names = library_names(splitters)
    golds = [starts(p.text, p.gold) for p in paragraphs]
    consensus = [
        set.intersection(*(predictions[name][index] for name in names)) - golds[index]
        for index in range(len(paragraphs))
    ]
    scores: dict[tuple[str, str, str], Score] = defaultdict(Score)
    errors: dict[tuple[str, str], ErrorLog] = defaultdict(ErrorLog)
    for splitter in splitters:
        for index, paragraph in enumerate(paragraphs):
            gold, pred = golds[index], predictions[splitter.name][index]
            key = (splitter.name, paragraph.variant)
            scores[(*key, "all")].add(gold, pred)
            scores[(*key, paragraph.corpus)].add(gold, pred)
            scores[(*key, "adjusted")].add(gold, pred - consensus[index])
            errors[key].add(paragraph.text, gold, pred, consensus[index])
    return GoldRun(paragraphs, predictions, consensus, scores, errors, audits)


def report_data(paragraphs: list[Paragraph], dropped: Counter[str], n_mt: int) -> None:
    print(f"# Sentence splitter benchmark (seed {SEED}, python {sys.version.split()[0]})\n")
    for variant in VARIANTS:
        subset = [p for p in paragraphs if p.variant == variant]
        n_sent = sum(len(p.gold) for p in subset)
        by_corpus = dict(Counter(p.corpus for p in subset))
        print(f"- {variant}: {len(subset)} paragraphs ({by_corpus}), {n_sent} sentences")
    print(f"- gold lines without terminal punctuation left out (headlines): {dict(dropped)}")
    print(f"- MT paragraphs: {n_mt}\n")


def report_scores(splitters: Sequence[Splitter], run: GoldRun) -> None:
    print("## Boundary scores\n")
    print("P/R/F1 over sentence-start offsets; 'para acc' = paragraphs with every boundary")
    print("right. 'adj' ignores extra boundaries that all three libraries add (see below).\n")
    rows = []
    for splitter in splitters:
        for variant in VARIANTS:
            raw = run.scores[(splitter.name, variant, "all")]
            adj = run.scores[(splitter.name, variant, "adjusted")]
            rows.append(
                [
                    splitter.name,
                    variant,
                    *(fmt(v) for v in (raw.precision, raw.recall, raw.f1, raw.accuracy)),
                    str(raw.fp),
                    str(raw.fn),
                    *(fmt(v) for v in (adj.precision, adj.f1, adj.accuracy)),
                ]
            )
    headers = ["splitter", "layout", "P", "R", "F1", "para acc", "FP", "FN"]
    print_table([*headers, "P adj", "F1 adj", "para acc adj"], rows)

    print("## Space layout, per corpus (raw)\n")
    rows = []
    for splitter in splitters:
        row = [splitter.name]
        for corpus in ("ntrex", "flores"):
            raw = run.scores[(splitter.name, "space", corpus)]
            row += [fmt(v) for v in (raw.precision, raw.recall, raw.f1, raw.accuracy)]
        rows.append(row)
    headers = ["splitter"]
    for corpus in ("NTREX", "FLORES"):
        headers += [f"{corpus} {metric}" for metric in ("P", "R", "F1", "acc")]
    print_table(headers, rows)

    agreed: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for index, paragraph in enumerate(run.paragraphs):
        if paragraph.variant == "space":
            agreed[paragraph.corpus] += len(run.consensus[index])
            for pos in sorted(run.consensus[index]):
                examples[paragraph.corpus].append(context(paragraph.text, pos))
    print(f"## Extra boundaries all three libraries add (space layout): {dict(agreed)}\n")
    print("Gold FLORES lines often hold 2-3 sentences; in NTREX these are mostly real errors.\n")
    for corpus in ("ntrex", "flores"):
        for example in examples[corpus][:3]:
            print(f"- {corpus}: `{example}`")
    print()


def report_offsets(splitters: Sequence[Splitter], run: GoldRun) -> None:
    print("## Offsets (all layouts)\n")
    rows = []
    for splitter in splitters:
        audit = run.audits[splitter.name]
        mismatch = audit.spans - audit.exact - audit.ws_equal
        rows.append(
            [
                splitter.name,
                splitter.native_offsets,
                f"{audit.exact}/{audit.spans}",
                str(audit.ws_equal),
                str(mismatch),
                f"{audit.trailing_ws / max(audit.spans, 1):.0%}",
                str(audit.leading_ws),
                str(audit.overlapping),
                str(audit.uncovered_chars),
            ]
        )
    headers = ["splitter", "offsets", "slice == text", "equal modulo ws", "mismatch"]
    print_table(
        [*headers, "spans w/ trailing ws", "leading ws", "overlaps", "uncovered chars"], rows
    )
    for splitter in splitters:
        for bad in run.audits[splitter.name].bad_examples:
            print(f"- {splitter.name} mismatch: {bad}")
    print()
    print(f"Stress strings ({len(OFFSET_STRESS)} hand-written, odd spacing/punctuation):\n")
    for splitter in splitters:
        broken = []
        for text in OFFSET_STRESS:
            audit = OffsetAudit()
            result = splitter.split(text)
            audit.add(text, result)
            bad = audit.spans - audit.exact - audit.ws_equal
            if bad or audit.overlapping or audit.uncovered_chars:
                spans = [(a, b, text[a:b]) for a, b in result.spans]
                broken.append(f"`{text!r}` -> {spans}")
        print(f"- {splitter.name}: {len(broken)} broken")
        for line in broken:
            print(f"  - {line}")
    print()


def report_errors(splitters: Sequence[Splitter], run: GoldRun, n_examples: int) -> None:
    print("## Error categories, space layout (FP = false split, FN = missed boundary)\n")
    print(f"Category comes from the words at the boundary; '{CONSENSUS}' FPs are left out.\n")
    for splitter in splitters:
        log = run.errors[(splitter.name, "space")]
        fp = ", ".join(f"{k} {v}" for k, v in log.fp.most_common() if k != CONSENSUS)
        fn = ", ".join(f"{k} {v}" for k, v in log.fn.most_common())
        print(f"- **{splitter.name}** FP: {fp or '-'}; FN: {fn or '-'}")
    print()
    for splitter in splitters:
        log = run.errors[(splitter.name, "space")]
        print(f"### {splitter.name}: examples (space layout, \u2016 = boundary)\n")
        queue: list[tuple[str, str, list[str]]] = []
        for kind, counter, examples in (
            ("FP", log.fp, log.fp_examples),
            ("FN", log.fn, log.fn_examples),
        ):
            queue += [(kind, c, examples[c]) for c, _ in counter.most_common() if c != CONSENSUS]
        # Round-robin over categories so the examples cover different cases.
        shown = depth = 0
        while shown < n_examples and any(depth < len(ex) for _, _, ex in queue):
            for kind, category, examples in queue:
                if depth < len(examples) and shown < n_examples:
                    print(f"- {kind} [{category}] `{examples[depth]}`")
                    shown += 1
            depth += 1
        wrapped = dict(run.errors[(splitter.name, "wrapped")].fp.most_common(3))
        newline = dict(run.errors[(splitter.name, "newline")].fn.most_common(3))
        print(f"- wrapped layout, FP categories: {wrapped}")
        print(f"- newline layout, FN categories: {newline}")
        print()


def report_probes(splitters: Sequence[Splitter]) -> None:
    print("## Hand-written probes (1 = every boundary right)\n")
    rows = []
    totals: Counter[str] = Counter()
    for raw in PROBES:
        text, gold = probe_case(raw)
        row = [raw.replace(" | ", " \u2016 ")]
        for splitter in splitters:
            ok = starts(text, splitter.split(text).spans) == gold
            totals[splitter.name] += ok
            row.append(str(int(ok)))
        rows.append(row)
    rows.append(["**total**"] + [f"{totals[s.name]}/{len(PROBES)}" for s in splitters])
    print_table(["probe"] + [s.name for s in splitters], rows)


def report_mt(splitters: Sequence[Splitter], mt_paragraphs: list[Paragraph]) -> None:
    print("## MT output (consecutive segments joined with a space)\n")
    print("Segment boundaries are gold; a segment can hold more than one sentence, so")
    print("'internal splits' are not all errors.\n")
    n_segments = sum(len(p.gold) for p in mt_paragraphs)
    preds: dict[str, list[set[int]]] = {}
    rows = []
    logs: dict[str, ErrorLog] = {}
    for splitter in splitters:
        score = Score()
        log = logs[splitter.name] = ErrorLog()
        preds[splitter.name] = []
        for paragraph in mt_paragraphs:
            gold = starts(paragraph.text, paragraph.gold)
            pred = starts(paragraph.text, splitter.split(paragraph.text).spans)
            preds[splitter.name].append(pred)
            score.add(gold, pred)
            log.add(paragraph.text, gold, pred, set())
        missed = ", ".join(f"{k} {v}" for k, v in log.fn.most_common(3))
        rows.append(
            [
                splitter.name,
                fmt(score.recall),
                str(score.fn),
                str(score.fp),
                f"{100 * score.fp / n_segments:.1f}",
                missed,
            ]
        )
    systems = sorted({p.variant.removeprefix("mt:") for p in mt_paragraphs})
    print(
        f"{len(mt_paragraphs)} paragraphs, {n_segments} segments; systems (seeded sample, "
        f"{MT_SYSTEMS_PER_FILE} per file): {', '.join(systems)}\n"
    )
    headers = ["splitter", "segment-boundary recall", "missed", "internal splits"]
    print_table([*headers, "internal /100 seg", "top missed categories"], rows)

    names = library_names(splitters)
    patterns: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for index, paragraph in enumerate(mt_paragraphs):
        votes = [preds[name][index] for name in names]
        gold = starts(paragraph.text, paragraph.gold)
        for pos in sorted(set.union(*votes) - set.intersection(*votes)):
            who = "+".join(
                name.split()[0] for name, vote in zip(names, votes, strict=True) if pos in vote
            )
            patterns[who] += 1
            tag = "segment boundary" if pos in gold else "inside segment"
            line = f"`{context(paragraph.text, pos)}` ({tag})"
            if line not in examples[who]:
                examples[who].append(line)
    print(f"Disagreements among the three libraries on MT output: {dict(patterns)}\n")
    for who, _ in patterns.most_common():
        for line in examples[who][:MT_EXAMPLES_PER_PATTERN]:
            print(f"- split only by {who}: {line}")
    print()


def report_speed(splitters: Sequence[Splitter], paragraphs: list[Paragraph], repeats: int) -> None:
    print("## Speed (single thread, space layout NTREX+FLORES, offsets included)\n")
    space = [p for p in paragraphs if p.variant == "space"]
    n_sent = sum(len(p.gold) for p in space)
    n_chars = sum(len(p.text) for p in space)
    pinned = hasattr(os, "sched_setaffinity")
    if pinned:
        cpus = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(cpus)})
    baseline = median_subprocess_seconds("pass", repeats)
    rows = []
    for splitter in splitters:
        seconds = throughput(splitter.split, space)
        module = splitter.import_stmt.split()[-1]
        wall = median_subprocess_seconds(splitter.import_stmt, repeats) - baseline
        call = f"{splitter.import_stmt}; {splitter.first_call}"
        first = median_subprocess_seconds(call, repeats) - baseline
        cumulative = importtime_cumulative_ms(splitter.import_stmt, module, repeats)
        rows.append(
            [
                splitter.name,
                f"{n_sent / seconds:,.0f}",
                f"{n_chars / seconds / 1e6:.2f}",
                f"{1000 * wall:.0f}",
                "n/a (preloaded)" if cumulative != cumulative else f"{cumulative:.0f}",
                f"{1000 * first:.0f}",
            ]
        )
    if pinned:
        os.sched_setaffinity(0, cpus)
    print(
        f"{n_sent} sentences, {n_chars} chars, median of 3 passes; import = median of "
        f"{repeats} cold `python -c` runs minus `python -c pass` ({1000 * baseline:.0f} ms)\n"
    )
    headers = ["splitter", "sentences/s", "M chars/s", "import ms (wall)"]
    print_table([*headers, "import ms (-X importtime)", "import + first call ms"], rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, help="eval-data directory (read only)")
    parser.add_argument("--examples", type=int, default=5, help="error examples per splitter")
    parser.add_argument("--import-repeats", type=int, default=5)
    parser.add_argument("--skip-mt", action="store_true", help="skip the MT-output pass")
    args = parser.parse_args(argv)
    wall_start = time.perf_counter()

    paragraphs, dropped = load_gold(args.data_dir, random.Random(SEED))
    mt_paragraphs = [] if args.skip_mt else load_mt(args.data_dir, random.Random(SEED + 1))
    splitters = build_splitters()

    report_data(paragraphs, dropped, len(mt_paragraphs))
    run = run_gold(splitters, paragraphs)
    report_scores(splitters, run)
    report_offsets(splitters, run)
    report_errors(splitters, run, args.examples)
    report_probes(splitters)
    if mt_paragraphs:
        report_mt(splitters, mt_paragraphs)
    report_speed(splitters, paragraphs, args.import_repeats)
    print(f"Total script time: {time.perf_counter() - wall_start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
