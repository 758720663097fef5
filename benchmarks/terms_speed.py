"""House-term matching cost: a glossary of N entries (default 500, each with two variants and a
source pair) against 1,000-word articles. Prints milliseconds per article for the target-side
rules (TQ801+TQ802) and for the glossary match alone, median of the runs.

Usage: python benchmarks/terms_speed.py [--entries 500] [--articles 20]
The glossary and the articles are generated here (made-up capitalised names and plain English
sentences), so the figure does not depend on any data set.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from tqcheck.config import Config
from tqcheck.document import decode_bytes, parse_document
from tqcheck.runner import check_document
from tqcheck.terms.glossary import glossary_for

SYLLABLES = ["ka", "ro", "ve", "lin", "dar", "mi", "sto", "ne", "gal", "ur", "bek", "tan"]
FILLER_TEXT = (
    "officials said the talks would resume next week after a pause of several days and that "
    "delegations from both sides were expected to attend the meeting in the capital"
)
FILLER = FILLER_TEXT.split()


def name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


def table(entries: int, rng: random.Random) -> dict:
    preferred = {}
    for _ in range(entries):
        term = f"{name(rng)} {name(rng)}" if rng.random() < 0.5 else name(rng)
        preferred[term] = [term.lower(), term.replace(" ", "-") + "s"]
    return {"default": False, "preferred": preferred}


def article(terms: list[str], rng: random.Random, share: float, words: int = 1000) -> str:
    out: list[str] = []
    while len(out) < words:
        out.extend(rng.sample(FILLER, 12))
        term = rng.choice(terms)
        out.append(term.lower() if rng.random() < share else term)
        out[-1] += "."
    return " ".join(out[:words]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument(
        "--variant-share", type=float, default=0.5, help="share of term uses in a variant form"
    )
    args = parser.parse_args()
    rng = random.Random(7)
    terms_table = table(args.entries, rng)
    config = Config(select=("TQ801", "TQ802"), terms=terms_table)
    started = time.perf_counter()
    compiled = glossary_for(config)
    build_ms = (time.perf_counter() - started) * 1000
    texts = [
        article(list(terms_table["preferred"]), rng, args.variant_share)
        for _ in range(args.articles)
    ]
    documents = [parse_document(decode_bytes(t.encode("utf-8"), "a.txt")) for t in texts]
    match_ms, rules_ms, found = [], [], 0
    check_document(documents[0], config)  # the rule registry is imported once, not timed
    for document in documents:
        started = time.perf_counter()
        hits = list(compiled.target.find(document.plain))
        match_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        found += len(check_document(document, config))
        rules_ms.append((time.perf_counter() - started) * 1000)
        assert hits
    print(
        f"glossary entries: {args.entries} ({len(compiled.target)} forms), built once in "
        f"{build_ms:.1f} ms"
    )
    print(f"1,000-word articles: {len(documents)}, findings: {found}")
    print(f"glossary match: median {statistics.median(match_ms):.2f} ms, max {max(match_ms):.2f}")
    print(
        f"TQ801+TQ802 via check_document: median {statistics.median(rules_ms):.2f} ms, "
        f"max {max(rules_ms):.2f}"
    )


if __name__ == "__main__":
    main()
