"""Literal-translation bridge options, measured on the tune split of the place dev set.

For each ``literal`` garble of ``benchmarks/devsets/places/garbles.tsv`` (tune split only), the
expected place must be found among the places of its country that have an Arabic name:

* ``table``: the word table (``gazetteers/toponym_words.csv``) back to Arabic, exact lookup
  (what tqcheck uses, ``garbles._literal``);
* ``encoder``: the cross-lingual encoder the project ships (USE multilingual v3,
  ``tqcheck.semantic.crosslingual``): cosine of the English garble ("the Blue") with every
  Arabic name of the country's places, the nearest taken.

Prints top-1 for both, over the garbles whose place has an Arabic name in the index.

    python benchmarks/garble_bridge_options.py
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

os.environ["TQCHECK_RECORDED_GARBLES"] = "0"

from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.mentions import geonames_index

DEVSET = Path(__file__).resolve().parent / "devsets" / "places" / "garbles.tsv"


def main() -> None:
    from tqcheck.semantic.crosslingual import crosslingual_encoder

    encoder = crosslingual_encoder()
    with DEVSET.open(encoding="utf-8", newline="") as handle:
        rows = [
            r
            for r in csv.DictReader(handle, delimiter="\t")
            if r["kind"] == "literal" and int(r["id"][1:]) % 3 != 0
        ]
    index = geonames_index()
    table_right = encoder_right = usable = 0
    for row in rows:
        country = row["country"]
        arabic = garbles._country_arabic(country)
        names = sorted(
            {(rowid, spelling) for items in arabic.by_key.values() for rowid, spelling in items}
        )
        expected = {p.geonameid for p in index.exact(row["expected"]) if p.country == country}
        places = index._places(sorted({rowid for rowid, _ in names}))
        if not names or not any(places[r].geonameid in expected for r, _ in names):
            continue  # the place has no Arabic name: neither bridge can reach it
        usable += 1
        candidate = garbles._Candidate(0, len(row["garble"]), row["garble"], "strong", None, False)
        found = garbles._literal(candidate, {country})
        if found is not None and found.geonameid in expected:
            table_right += 1
        vectors = encoder.encode([f"the {row['garble']}", *[s for _, s in names]])
        scores = vectors[1:] @ vectors[0]
        best = names[int(scores.argmax())][0]
        if places[best].geonameid in expected:
            encoder_right += 1
    print(f"literal garbles (tune) whose place has an Arabic name: {usable} of {len(rows)}")
    print(f"word table + exact Arabic lookup: top-1 {table_right}/{usable}")
    print(f"cross-lingual encoder, nearest Arabic name: top-1 {encoder_right}/{usable}")


if __name__ == "__main__":
    main()
