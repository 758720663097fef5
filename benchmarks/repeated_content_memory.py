"""Peak memory and time of TQ601 (repeated content) on a long article of repeated sentences.

Issue 17: 40,000 repeated sentences once tried to allocate an n x n similarity matrix
(5.96 GiB). TQ601 now hashes exact copies and compares the rest by meaning only within a window,
in blocks, so memory grows linearly. This builds such an article (own sentences), runs the
default embedding model through tqcheck's API and prints the peak resident memory.

    python benchmarks/repeated_content_memory.py [--sentences 40000] [--distinct 2000]
"""

from __future__ import annotations

import argparse
import resource
import time

from tqcheck.config import Config
from tqcheck.document import decode_bytes, parse_document
from tqcheck.runner import check_document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=40_000)
    parser.add_argument("--distinct", type=int, default=2_000)
    args = parser.parse_args()
    distinct = [
        f"Officials in district number {i} said that {i % 97} new shelters opened on the "
        f"{i % 28 + 1}th day of the month."
        for i in range(args.distinct)
    ]
    repeated = "The ministry said the convoy reached the city at dawn with food for the families."
    paragraphs = []
    for i in range(args.sentences):
        paragraphs.append(distinct[i] if i < len(distinct) else repeated)
    text = "\n\n".join(paragraphs) + "\n"
    started = time.perf_counter()
    document = parse_document(decode_bytes(text.encode("utf-8"), "long.txt"))
    parsed = time.perf_counter()
    findings = check_document(document, Config(select=("TQ601",), semantic=True))
    done = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{args.sentences:,} sentences ({len(text) / 1e6:.1f} MB): parse {parsed - started:.1f} s, "
        f"TQ601 {done - parsed:.1f} s, {len(findings)} finding(s), peak RSS {peak:,.0f} MiB"
    )


if __name__ == "__main__":
    main()
