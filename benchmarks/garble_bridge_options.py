"""Literal-translation bridge options, measured on the tune split of the place dev set.

For each ``literal`` garble of ``benchmarks/devsets/places/garbles.tsv`` (tune split only), the
expected place must be found among the places of its country that have an Arabic name:

* ``table``: the hand word table (``gazetteers/toponym_words.csv``) back to Arabic
  (``garbles.literal_reading`` with only that table);
* ``dictionary``: the dictionary-built table (``gazetteers/toponym_words_freedict.csv``, built by
  ``benchmarks/mine_toponym_words.py`` from FreeDict) alone;
* ``lexicon``: the Buckwalter lexicon's table (``gazetteers/toponym_words_buckwalter.csv``,
  built by ``benchmarks/mine_buckwalter_words.py``) alone;
* ``both``: what tqcheck uses, the hand table first, then the dictionary (and the team's and
  the lexicon's tables);
* ``without lexicon``: the same without the lexicon's table;
* ``encoder``: the cross-lingual encoder the project ships (USE multilingual v3,
  ``tqcheck.semantic.crosslingual``): cosine of the English garble ("the Blue") with every
  Arabic name of the country's places, the nearest taken.

Prints top-1 for each, over the garbles whose place has an Arabic name in the index, for the
tune split of ``garbles.tsv`` and for ``fresh.tsv`` (a held-out batch: measured, never tuned on).

    python benchmarks/garble_bridge_options.py
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

os.environ["TQCHECK_RECORDED_GARBLES"] = "0"

from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.garble import literal, word_tables
from tqcheck.gazetteer.mentions import geonames_index

DEVSETS = Path(__file__).resolve().parent / "devsets" / "places"
TABLES = {
    "table": ("toponym_words.csv",),
    "dictionary": ("toponym_words_freedict.csv",),
    "lexicon": (garbles.LEXICON_TABLE,),
    "both": garbles.TOPONYM_WORD_TABLES,
    "without lexicon": tuple(t for t in garbles.TOPONYM_WORD_TABLES if t != garbles.LEXICON_TABLE),
}


def main() -> None:
    tables = {name: garbles.read_toponym_words(files) for name, files in TABLES.items()}
    for label, file, keep in (
        ("tune", "garbles.tsv", lambda i: int(i[1:]) % 3 != 0),
        ("fresh", "fresh.tsv", lambda i: True),
    ):
        with (DEVSETS / file).open(encoding="utf-8", newline="") as handle:
            rows = [
                r
                for r in csv.DictReader(handle, delimiter="\t")
                if r["kind"] == "literal" and keep(r["id"])
            ]
        measure(label, rows, tables)


def measure(label: str, rows: list[dict[str, str]], tables: dict[str, dict]) -> None:
    from tqcheck.semantic.crosslingual import crosslingual_encoder

    encoder = crosslingual_encoder()
    index = geonames_index()
    right = dict.fromkeys(tables, 0)
    encoder_right = usable = 0
    for row in rows:
        country = row["country"]
        arabic = garbles.country_arabic(country)
        names = sorted(
            {(rowid, spelling) for items in arabic.by_key.values() for rowid, spelling in items}
        )
        expected = {p.geonameid for p in index.exact(row["expected"]) if p.country == country}
        places = index.places(sorted({rowid for rowid, _ in names}))
        if not names or not any(places[r].geonameid in expected for r, _ in names):
            continue  # the place has no Arabic name: neither bridge can reach it
        usable += 1
        candidate = garbles.Candidate(0, len(row["garble"]), row["garble"], "strong", None, False)
        for name, table in tables.items():
            garbles.toponym_words.cache_clear()
            original = garbles.toponym_words
            for module in (word_tables, literal):  # each module binds the reader
                module.toponym_words = lambda table=table: table  # type: ignore[assignment]
            try:
                found = garbles.literal_reading(candidate, {country})
            finally:
                for module in (word_tables, literal):
                    module.toponym_words = original  # type: ignore[assignment]
            if found is not None and found.geonameid in expected:
                right[name] += 1
        vectors = encoder.encode([f"the {row['garble']}", *[s for _, s in names]])
        scores = vectors[1:] @ vectors[0]
        best = names[int(scores.argmax())][0]
        if places[best].geonameid in expected:
            encoder_right += 1
    print(f"{label}: literal garbles whose place has an Arabic name: {usable} of {len(rows)}")
    for name, count in right.items():
        print(f"  {name}: top-1 {count}/{usable}")
    print(f"  cross-lingual encoder, nearest Arabic name: top-1 {encoder_right}/{usable}")


if __name__ == "__main__":
    main()
