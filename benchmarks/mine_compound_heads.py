"""The countries column of ``gazetteers/toponym_words_heads.csv``: for each head of the table
(a Persian, Urdu, Pashto or Turkic noun that ends the region's compound place names), the
region's countries where places of 20,000 or more (GeoNames' population) have a Latin name
ending in one of its romanisations, written solid, hyphenated or as a second word, as
``garble.literal._head_last`` reads them; Turkey aside (its compounds are read in Turkish).

    python benchmarks/mine_compound_heads.py
"""

from __future__ import annotations

import collections

from tqcheck.gazetteer.garble.base import geonames_index
from tqcheck.gazetteer.garble.literal import _before_head, compound_heads

# The Arabic-script region's countries whose places' names end in these heads (Turkey aside).
COUNTRIES = ("AF", "AZ", "IR", "KG", "KZ", "PK", "TJ", "TM", "UZ")
POPULATION = 20_000


def main() -> None:
    rows = geonames_index().query(
        "SELECT name, country FROM places WHERE kind = 'place' AND population >= ?",
        (POPULATION,),
    )
    heads: dict[str, tuple[str, ...]] = {}
    for entries in compound_heads().values():
        for arabic, latins, _countries in entries:
            heads[arabic] = latins
    for arabic, latins in heads.items():
        counts = collections.Counter(
            country for name, country in rows if country in COUNTRIES and _before_head(name, latins)
        )
        print(arabic, "|".join(latins), " ".join(sorted(counts)), dict(counts.most_common()))


if __name__ == "__main__":
    main()
