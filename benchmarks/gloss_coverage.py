"""Gloss coverage of the literal bridge, measured on the gazetteer rather than on dev-set rows
(issue 13).

A literal garble ("White Hill" for تل أبيض) is read back only where some English gloss of the
toponym word tables (``garbles.TOPONYM_WORD_TABLES``, the Buckwalter lexicon and the diminutives
included) leads to each Arabic word of the place's name. This script measures how many of the
words of the region's populated places' Arabic-script names (GeoNames ``arabic`` names of the
places of ``garbles.ARABIC_SCRIPT_REGION``; Persian and Urdu names are written in the same
script and come in the same column) the tables reach from ANY gloss:

* each name is split into words, the article ال removed and a leading clitic before it (و ب ل ف ك:
  والـ بالـ للـ); a word counts as reached where it, or its form with a final taa marbuta added or
  removed, is an Arabic word of the tables (as ``mine_toponym_words.glossed_words`` reads them);
* a place's words are those of all its Arabic-script spellings (each distinct word once);
* figures per word token (each place's word once) and weighted by the place's population band
  (GeoNames population; 0 or unknown counts as under 1,000): <1k 1, <10k 2, <100k 3, <1M 4,
  else 5;
* places are split by a seeded hash of their geonameid into a TUNE half (whose uncovered words
  the team glosses) and a HELD half (only measured), so that the figure shows whether glossing
  a half's words carries to places nobody looked at.

    python benchmarks/gloss_coverage.py [--top 60] [--tables a.csv,b.csv]

Prints the two halves' figures and the tune half's top uncovered words (weighted), with their
held-half weight beside. No timing: a data benchmark, run once per change of the tables.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mine_toponym_words import related, text_zipf

from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.keys import arabic_key

SEED = "gloss-coverage-13"
_WORD = re.compile(r"[^\W\d_]+")
_CLITIC_ARTICLE = re.compile(r"^(?:و|ف)?(?:ب|ك)?ال|^(?:و|ف)?لل")


def half(geonameid: str) -> str:
    """'tune' or 'held': a seeded hash of the geonameid (stable across runs and machines)."""
    digest = hashlib.sha256(f"{SEED}:{geonameid}".encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "held"


def band(population: int) -> int:
    """The population band's weight: <1k (or unknown) 1, <10k 2, <100k 3, <1M 4, else 5."""
    for weight, bound in enumerate((1_000, 10_000, 100_000, 1_000_000), start=1):
        if population < bound:
            return weight
    return 5


def name_word(word: str) -> str:
    """A name's word as the tables key it: arabic_key, the article (and a clitic before it)
    removed; الله kept whole."""
    key = arabic_key(word)
    if key == "الله" or len(key) <= 3:
        return key
    stripped = _CLITIC_ARTICLE.sub("", key)
    return stripped if len(stripped) >= 2 else key


def glossed(tables: Iterable[str]) -> set[str]:
    """The Arabic words (keyed as :func:`name_word`) the word tables ``tables`` gloss."""
    table = garbles.read_toponym_words(tables)
    return {
        name_word(word)
        for entries in table.values()
        for arabic, _latin in entries
        for word in arabic.split()
    }


def places() -> dict[str, tuple[int, set[str]]]:
    """geonameid -> (population weight, its name words) of the region's populated places."""
    codes = sorted(garbles.ARABIC_SCRIPT_REGION)
    found: dict[str, tuple[int, set[str]]] = {}
    index = garbles.geonames_index()
    for geonameid, population, spelling in index.query(
        "SELECT p.geonameid, p.population, n.spelling FROM names n JOIN places p "
        "ON p.rowid = n.place WHERE n.kind = 'arabic' AND p.kind = 'place' "
        f"AND p.country IN ({','.join('?' * len(codes))})",
        codes,
    ):
        letters = "".join(c for c in spelling if unicodedata.category(c) != "Mn")
        words = {name_word(w) for w in _WORD.findall(letters)}
        words = {w for w in words if len(w) >= 2}
        entry = found.setdefault(geonameid, (band(int(population or 0)), set()))
        entry[1].update(words)
    return found


# The countries whose places' Latin names are romanised Arabic or Persian (Urdu) names: the
# Latin figure of the benchmark (a place with no Arabic-script name in GeoNames is reached by a
# gloss's Arabic word through its consonant skeleton, as ``literal_by_skeleton`` reads it).
LATIN_COUNTRIES = frozenset(
    "AE AF BH DZ EG EH IQ IR JO KW LB LY MA MR OM PK PS QA SA SD SY TN YE".split()  # noqa: SIM905
)
_LATIN_ARTICLE = re.compile(r"^(?:al|el|as|ad|ash|an|ar|az|at|ed|es|et|en|er)$")


def latin_places() -> dict[str, tuple[int, set[str]]]:
    """geonameid -> (population weight, its Latin name's words, folded, the article dropped) of
    the populated places of ``LATIN_COUNTRIES`` that have no Arabic-script name in GeoNames."""
    from tqcheck.gazetteer.keys import fold

    codes = sorted(LATIN_COUNTRIES)
    index = garbles.geonames_index()
    with_arabic = {
        row[0] for row in index.query("SELECT DISTINCT place FROM names WHERE kind = 'arabic'", ())
    }
    found: dict[str, tuple[int, set[str]]] = {}
    for rowid, geonameid, name, population in index.query(
        "SELECT rowid, geonameid, name, population FROM places WHERE kind = 'place' "
        f"AND country IN ({','.join('?' * len(codes))})",
        codes,
    ):
        if rowid in with_arabic:
            continue
        words = {fold(w) for w in re.split(r"[\s\-'’ʼ`]+", name)}
        words = {w for w in words if len(w) >= 2 and not _LATIN_ARTICLE.match(w)}
        found[geonameid] = (band(int(population or 0)), words)
    return found


def latin_known(tables: Iterable[str]) -> tuple[set[str], set[str]]:
    """(romanisations, consonant skeletons of 2 classes or more) of the tables' Arabic words."""
    from tqcheck.gazetteer.keys import arabic_skeletons, fold

    table = garbles.read_toponym_words(tables)
    latin: set[str] = set()
    shapes: set[str] = set()
    for entries in table.values():
        for arabic, romanised in entries:
            latin.update(fold(r) for r in romanised if r.isascii() and r.isalpha())
            for word in arabic.split():
                shapes.update(s for s in arabic_skeletons(word) if len(s) >= 2)
    return latin, shapes


def latin_reached(word: str, known: tuple[set[str], set[str]]) -> bool:
    """Whether a Latin name's word is a table word's romanisation or shares a skeleton of two
    classes or more with one (an upper bound: the bridge checks more than the classes)."""
    from tqcheck.gazetteer.keys import skeletons

    latin, shapes = known
    return word in latin or any(s in shapes for s in skeletons(word) if len(s) >= 2)


def reached(word: str, known: set[str]) -> bool:
    """Whether a gloss leads to ``word``: itself (or its taa marbuta form), or, written solid,
    two words of three letters or more a gloss leads to (زيباشهر, لنگرود: the bridge joins two
    glosses' Arabic)."""
    if _plain(word, known):
        return True
    return any(
        _plain(word[:cut], known) and _plain(word[cut:], known) for cut in range(3, len(word) - 2)
    )


def _plain(word: str, known: set[str]) -> bool:
    return any(form in known for form in related(word))


def _folded(word: str) -> str:
    return word[:-1] if word.endswith("ه") and len(word) > 3 else word


def coverage(
    rows: dict[str, tuple[int, set[str]]], known: set[str], lexical: set[str] | None = None
) -> dict[str, dict[str, float]]:
    """Per half: tokens, covered tokens, weighted tokens, covered weighted tokens, places;
    with ``lexical``, only the words (taa marbuta folded) in it count."""
    figures: dict[str, dict[str, float]] = {
        h: collections.defaultdict(float) for h in ("tune", "held")
    }
    for geonameid, (weight, words) in rows.items():
        f = figures[half(geonameid)]
        f["places"] += 1
        if lexical is not None:
            words = {w for w in words if _folded(w) in lexical}
        for word in words:
            hit = reached(word, known)
            f["tokens"] += 1
            f["weighted"] += weight
            if hit:
                f["covered"] += 1
                f["covered_weighted"] += weight
        if words and all(reached(w, known) for w in words):
            f["whole_names"] += 1
    return figures


def uncovered(
    rows: dict[str, tuple[int, set[str]]], known: set[str], lexical: set[str] | None = None
) -> dict[str, collections.Counter[str]]:
    """Per half: uncovered word (taa marbuta folded) -> its weighted count."""
    counts = {h: collections.Counter[str]() for h in ("tune", "held")}
    for geonameid, (weight, words) in rows.items():
        for word in words:
            if not reached(word, known):
                folded = _folded(word)
                if lexical is not None and folded not in lexical:
                    continue
                counts[half(geonameid)][folded] += weight
    return counts


def _availability() -> None:
    """Print the share of populated places of ``LATIN_COUNTRIES`` with an Arabic-script name in
    GeoNames, by population band: the rest are reached only through their Latin names."""
    codes = sorted(LATIN_COUNTRIES)
    index = garbles.geonames_index()
    with_arabic = {
        row[0] for row in index.query("SELECT DISTINCT place FROM names WHERE kind = 'arabic'", ())
    }
    total: collections.Counter[int] = collections.Counter()
    named: collections.Counter[int] = collections.Counter()
    for rowid, population in index.query(
        "SELECT rowid, population FROM places WHERE kind = 'place' "
        f"AND country IN ({','.join('?' * len(codes))})",
        codes,
    ):
        weight = band(int(population or 0))
        total[weight] += 1
        named[weight] += rowid in with_arabic
    labels = {1: "<1k", 2: "1k-10k", 3: "10k-100k", 4: "100k-1M", 5: ">=1M"}
    shares = ", ".join(
        f"{labels[w]} {named[w]}/{total[w]} ({named[w] / total[w]:.0%})" for w in sorted(total)
    )
    print(f"places of {len(codes)} countries with an Arabic-script name, by band: {shares}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=60, help="uncovered tune words to list")
    parser.add_argument("--min-zipf", type=float, default=3.0, help="a common word's Zipf")
    parser.add_argument("--common", action="store_true", help="list common words only")
    parser.add_argument("--latin", action="store_true", help="the Latin names' figure too")
    parser.add_argument("--tables", default="", help="comma-separated tables (default: all)")
    args = parser.parse_args(argv)
    tables = args.tables.split(",") if args.tables else list(garbles.TOPONYM_WORD_TABLES)
    known = glossed(tables)
    rows = places()
    zipf = text_zipf()
    lexical = {word for word, z in zipf.items() if z >= args.min_zipf}
    for label, only in (
        ("all name-words", None),
        (f"common words (Zipf >= {args.min_zipf})", lexical),
    ):
        print(f"{label}:")
        for name, f in coverage(rows, known, only).items():
            print(
                f"  {name}: {int(f['places'])} places, {int(f['tokens'])} words, "
                f"covered {f['covered'] / f['tokens']:.1%} of tokens, "
                f"{f['covered_weighted'] / f['weighted']:.1%} population-weighted"
                + ("" if only else f"; whole names {f['whole_names'] / f['places']:.1%}")
            )
    if args.latin:
        lknown = latin_known(tables)
        lrows = latin_places()
        lf: dict[str, collections.defaultdict[str, float]] = {
            h: collections.defaultdict(float) for h in ("tune", "held")
        }
        for geonameid, (weight, words) in lrows.items():
            f = lf[half(geonameid)]
            for word in words:
                hit = latin_reached(word, lknown)
                f["tokens"] += 1
                f["weighted"] += weight
                f["covered"] += hit
                f["covered_weighted"] += weight * hit
        print("Latin names of places with no Arabic-script name (skeleton or romanisation):")
        for name, f in lf.items():
            print(
                f"  {name}: {int(f['tokens'])} words, covered {f['covered'] / f['tokens']:.1%} "
                f"of tokens, {f['covered_weighted'] / f['weighted']:.1%} population-weighted"
            )
    _availability()
    counts = uncovered(rows, known, lexical if args.common else None)
    if args.top:
        print("\ntop uncovered words of the tune half (weighted; held half's weight beside):")
        for word, weight in counts["tune"].most_common(args.top):
            print(f"{weight}\t{counts['held'][word]}\t{word}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
