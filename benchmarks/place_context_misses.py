"""The countries the garble matcher reads at each garble of a place dev set (issue 13).

For every garble row of ``benchmarks/devsets/places/<set>.tsv`` (or only the ids given), prints
whether the article geography at the garble holds the expected country: ``OK`` (it does, or the
slot's own country hint is it), ``EMPTY`` (no country read), ``BAD`` (only other countries),
then the countries read (strict geography, else the loose reading, ``(loose)``) and the paragraph.
Run it on the MISS/WRONG ids of ``garbles_in_context.py --verbose`` to sort misses into those the
article's geography explains and those the resolver does::

    python benchmarks/place_context_misses.py benchmarks/devsets/places/fresh6.tsv Q05 Q13
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

os.environ.setdefault("TQCHECK_RECORDED_GARBLES", "0")

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.context import geography_at


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    devset, ids = Path(argv[0]), set(argv[1:])
    with devset.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        if row["kind"] == "control" or (ids and row["id"] not in ids):
            continue
        text = row["text"] + "\n"
        document = parse_document(SourceText("dev.txt", text, "utf-8", b"", text.encode()))
        at = max(text.find(row["garble"]), 0)
        countries = set(geography_at(document, at).inside())
        loose = not countries
        if loose:
            countries = set(garbles.loose_geography(document, at))
        countries = garbles.named_parts(countries, document, at)
        hints = {
            c.hint
            for c in garbles.candidates(document)
            if c.start <= at < c.end or at <= c.start < at + len(row["garble"])
        }
        if row["country"] in countries or row["country"] in hints:
            tag = "OK"
        else:
            tag = "EMPTY" if not countries and not hints - {None} else "BAD"
        read = ",".join(sorted(countries)) + (" (loose)" if loose else "")
        garble, want = row["garble"], row["country"]
        print(f"{tag:5} {row['id']} {garble!r} want {want} read {read} | {row['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
