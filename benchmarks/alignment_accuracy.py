"""Sentence-alignment accuracy on professional Arabic-English translations, with damage.

Reads, in place, FLORES-200 devtest ar-en (``parallel/flores200_devtest_ar_en.jsonl``: 1,012 gold
1-1 sentence pairs) and NTREX-128 (``parallel/ntrex128_en_ar_az_hy_ru_news.jsonl``: 1,997 pairs in
123 news documents) from ``../shared/eval-data`` (or ``--data``). Articles are made of
``--size`` consecutive pairs (FLORES: in corpus order; NTREX: whole documents, merged in order
until ``--size``), then damaged as an MT draft can be:

* ``clean``: as is;
* ``drop``: ``--rate`` of the source sentences and, separately, of the target sentences removed
  (their counterparts become an omission and an addition);
* ``merge``: ``--rate`` of neighbouring target pairs joined into one sentence (gold 2-1 beads);
* ``shuffle``: articles of ``--size`` pairs drawn at random from the whole corpus (no topic
  continuity to help), then ``drop`` damage.

For each condition it prints: gold pairs (a source sentence and its surviving translation),
the share of them the aligner puts in one bead (recall), the share of aligned source-target
links that are gold (precision), and omission/addition detection precision and recall.
Seeds are fixed, so figures are reproducible.

    python benchmarks/alignment_accuracy.py [--data DIR] [--size 60] [--rate 0.1] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqcheck.bilingual.alignment import align
from tqcheck.semantic.crosslingual import crosslingual_encoder

Pairs = list[tuple[str, str]]


@dataclass
class Article:
    """Source and target sentences; ``links`` holds the gold (source, target) index pairs."""

    source: list[str]
    target: list[str]
    links: set[tuple[int, int]] = field(default_factory=set)
    omitted: set[int] = field(default_factory=set)  # source indices with no translation
    added: set[int] = field(default_factory=set)  # target indices with no source


def load_pairs(
    path: Path, source: str, target: str, key: str | None
) -> list[list[tuple[str, str]]]:
    """Pairs grouped in documents (``key``) or as one stream."""
    documents: dict[str, list[tuple[str, str]]] = {}
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        documents.setdefault(row[key] if key else "all", []).append((row[source], row[target]))
    return list(documents.values())


def articles_from(documents: list[Pairs], size: int) -> list[Pairs]:
    articles: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for document in documents:
        for pair in document:
            current.append(pair)
            if len(current) == size:
                articles.append(current)
                current = []
    if len(current) >= size // 2:
        articles.append(current)
    return articles


def damaged(pairs: list[tuple[str, str]], mode: str, rate: float, rng: random.Random) -> Article:
    n = len(pairs)
    drop_source: set[int] = set()
    drop_target: set[int] = set()
    if mode == "drop":
        count = max(1, round(n * rate))
        drop_source = set(rng.sample(range(n), count))
        drop_target = set(rng.sample([i for i in range(n) if i not in drop_source], count))
    article = Article([], [])
    source_index: dict[int, int] = {}
    for i, (src, _) in enumerate(pairs):
        if i not in drop_source:
            source_index[i] = len(article.source)
            article.source.append(src)
    merge_with_next: set[int] = set()
    if mode == "merge":
        candidates = list(range(0, n - 1, 2))
        merge_with_next = set(rng.sample(candidates, max(1, round(n * rate))))
    i = 0
    while i < n:
        if i in drop_target:
            i += 1
            continue
        text = pairs[i][1]
        covered = [i]
        if i in merge_with_next and i + 1 < n:
            text = f"{text} {pairs[i + 1][1]}"
            covered.append(i + 1)
        t = len(article.target)
        article.target.append(text)
        for k in covered:
            if k in source_index:
                article.links.add((source_index[k], t))
        if all(k in drop_source for k in covered):
            article.added.add(t)
        i += len(covered)
    for k, s in source_index.items():
        if k in drop_target:
            article.omitted.add(s)
    return article


@dataclass
class Tally:
    gold: int = 0
    found_gold: int = 0
    found: int = 0
    omitted_gold: int = 0
    omitted_found: int = 0
    omitted_right: int = 0
    added_gold: int = 0
    added_found: int = 0
    added_right: int = 0
    seconds: float = 0.0
    articles: int = 0

    def row(self, name: str) -> str:
        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:.1f}%" if b else "-"

        return (
            f"| {name} | {self.articles} | {self.gold} | {pct(self.found_gold, self.gold)} | "
            f"{pct(self.found_gold, self.found)} | "
            f"{pct(self.omitted_right, self.omitted_found)} / "
            f"{pct(self.omitted_right, self.omitted_gold)} ({self.omitted_found}/"
            f"{self.omitted_gold}) | "
            f"{pct(self.added_right, self.added_found)} / "
            f"{pct(self.added_right, self.added_gold)} ({self.added_found}/{self.added_gold}) | "
            f"{1000 * self.seconds / max(self.articles, 1):.0f} ms |"
        )


def evaluate(article: Article, tally: Tally) -> None:
    encoder = crosslingual_encoder()
    encoder._cache.clear()  # time the embedding too, not only the DP
    started = time.perf_counter()
    beads = align(article.source, article.target, encoder)
    tally.seconds += time.perf_counter() - started
    tally.articles += 1
    links = {(s, t) for bead in beads for s in bead.source for t in bead.target}
    tally.gold += len(article.links)
    tally.found += len(links)
    tally.found_gold += len(links & article.links)
    omitted = {s for bead in beads if bead.is_omission for s in bead.source}
    added = {t for bead in beads if bead.is_addition for t in bead.target}
    tally.omitted_gold += len(article.omitted)
    tally.omitted_found += len(omitted)
    tally.omitted_right += len(omitted & article.omitted)
    tally.added_gold += len(article.added)
    tally.added_found += len(added)
    tally.added_right += len(added & article.added)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "eval-data"
    parser.add_argument("--data", type=Path, default=default)
    parser.add_argument("--size", type=int, default=60)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    corpora = {
        "FLORES-200 ar-en": load_pairs(
            args.data / "parallel" / "flores200_devtest_ar_en.jsonl", "ar", "en", None
        ),
        "NTREX-128 ar-en": load_pairs(
            args.data / "parallel" / "ntrex128_en_ar_az_hy_ru_news.jsonl", "ar", "en", "doc_id"
        ),
    }
    crosslingual_encoder().encode(["warm up"])
    print(f"Articles of {args.size} pairs, damage rate {args.rate}, seed {args.seed}.\n")
    print(
        "| corpus / condition | articles | gold links | recall | precision | "
        "omission P / R (found/gold) | addition P / R (found/gold) | align time per article |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, documents in corpora.items():
        articles = articles_from(documents, args.size)
        everything = [pair for document in documents for pair in document]
        for mode in ("clean", "drop", "merge", "shuffle"):
            rng = random.Random(args.seed)
            tally = Tally()
            for pairs in articles:
                if mode == "shuffle":
                    pairs = rng.sample(everything, len(pairs))
                article = damaged(pairs, "drop" if mode == "shuffle" else mode, args.rate, rng)
                evaluate(article, tally)
            print(tally.row(f"{name} / {mode}"))


if __name__ == "__main__":
    main()
