"""Count the common elements of the region's place names in GeoNames and list the pairs the word
tables lack (issue 13): which (English gloss, Arabic-script word) pairs of a list of candidate
elements to add to ``gazetteers/toponym_words_elements.csv``.

The candidate list is a CSV of the team's own (``english``: the English words machine translation
writes for an element, ``|``-separated; ``arabic``: the element's Arabic-script forms in Arabic,
Persian, Turkic, Kurdish, Pashto and Urdu place names; ``note``). For each form the script counts
the words of the Arabic-script names of the places of ``garbles.ARABIC_SCRIPT_REGION`` in the
GeoNames index (``mine_toponym_words.place_words``: arabic_key, article removed, a final taa
marbuta folded) that are that form, and prints, for each form used by ``--min-places`` names or
more, the English words of its row that no word table already pairs with it (the lexicon and
near-synonym tables, read only as a last resort, do not count as pairing):

    python benchmarks/count_toponym_elements.py CANDIDATES.csv [--min-places 8] [--csv]

With ``--csv`` it writes the rows of the elements table (english, arabic, latin, note) instead.

With ``--turkish`` the candidate list is of Turkish elements (``english``, ``turkish``: the
element as Turkey's Latin names write it, bare or with the compound suffix; ``note``), counted
over the primary names of Turkey's places in the index that begin or end with the element
(folded; elements of three letters or more), and checked against ``toponym_words_turkish.csv``;
``--csv`` writes the rows of ``toponym_words_turkish_team.csv`` (english, turkish, places):

    python benchmarks/count_toponym_elements.py benchmarks/turkish_element_candidates.csv \
        --turkish --min-places 5 --csv
"""

from __future__ import annotations

import argparse
import collections
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mine_toponym_words as mine

from tqcheck.gazetteer.garble import word_tables
from tqcheck.gazetteer.keys import arabic_key

ELEMENTS = word_tables.ELEMENTS_TABLE


def _key(form: str) -> str:
    return mine._fold(mine._strip_article(arabic_key(form)))


def paired() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The word tables without this script's own table."""
    names = [n for n in word_tables.TOPONYM_WORD_TABLES if n != ELEMENTS]
    return word_tables.read_toponym_words(names)


def pairs(table: dict[str, list[tuple[str, tuple[str, ...]]]], english: str) -> set[str]:
    """The folded keys the table pairs ``english`` with, through its plural, base and American
    forms as the literal readings look it up (``word_tables.table_entries``)."""
    return {
        _key(arabic)
        for arabic, latin in word_tables.table_entries(table, english)
        if latin not in (word_tables.LEXICON, word_tables.NEAR)
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidates", type=Path)
    parser.add_argument("--min-places", type=int, default=8)
    parser.add_argument("--csv", action="store_true")
    parser.add_argument("--turkish", action="store_true")
    args = parser.parse_args()
    if args.turkish:
        return turkish(args.candidates, args.min_places, args.csv)
    counts: collections.Counter[str] = collections.Counter()
    for word, number in mine.place_words().items():
        counts[mine._fold(word)] += number
    known = paired()
    writer = csv.writer(sys.stdout, lineterminator="\n") if args.csv else None
    if writer:
        writer.writerow(["english", "arabic", "latin", "note"])
    for row in csv.DictReader(args.candidates.open(encoding="utf-8", newline="")):
        english = [e.strip().lower() for e in row["english"].split("|") if e.strip()]
        for form in dict.fromkeys(f.strip() for f in row["arabic"].split("|") if f.strip()):
            key = _key(form)
            number = counts.get(key, 0)
            if number < args.min_places:
                continue
            missing = [e for e in english if key not in pairs(known, e)]
            if not missing:
                continue
            if writer:
                writer.writerow(["|".join(missing), form, "", f"{row['note']}; {number} names"])
            else:
                print(f"{number:6} {form:12} {row['note']:10} lacks: {', '.join(missing)}")
    return 0


def turkish(candidates: Path, min_places: int, as_csv: bool) -> int:
    """The ``--turkish`` mode (see the module's docstring)."""
    from tqcheck.gazetteer.garble import literal
    from tqcheck.gazetteer.keys import fold

    names = literal.turkish_names()
    path = literal.gazetteer_dir() / literal.TURKISH_TABLE
    known: dict[str, set[str]] = collections.defaultdict(set)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            known[row["english"].strip().lower()].add(fold(row["turkish"]))
    # the dictionary table as the Turkish reading looks a word up in it (its singular's words,
    # with the plural suffix for a plural: "vineyards" is bağ + lar already)
    table = {english: tuple(words) for english, words in known.items()}
    writer = csv.writer(sys.stdout, lineterminator="\n") if as_csv else None
    if writer:
        writer.writerow(["english", "turkish", "places"])
    for row in csv.DictReader(candidates.open(encoding="utf-8", newline="")):
        english = [e.strip().lower() for e in row["english"].split("|") if e.strip()]
        for form in dict.fromkeys(f.strip() for f in row["turkish"].split("|") if f.strip()):
            key = fold(form)
            if len(key) < 3:
                continue
            number = sum(1 for name in names if name.startswith(key) or name.endswith(key))
            missing = [e for e in english if key not in literal._turkish_forms(e, table)]
            if number < min_places or not missing:
                continue
            if writer:
                writer.writerows([e, form, number] for e in missing)
            else:
                print(f"{number:6} {form:12} {row['note']:10} lacks: {', '.join(missing)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
