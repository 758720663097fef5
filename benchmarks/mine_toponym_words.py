"""Build ``gazetteers/toponym_words_freedict.csv``: English glosses of the Arabic words that place
names of the Arabic-script region are made of, from a bilingual dictionary.

The hand table ``gazetteers/toponym_words.csv`` knows the place-name vocabulary its author thought
of (tell/hill, deir/monastery). Machine translation turns any Arabic name that is also a word into
English ("Grandmother" for جدة); this script covers the rest systematically. For every word of the
Arabic names that the GeoNames index holds for places of ``garbles.ARABIC_SCRIPT_REGION`` (the
article ``al-`` removed), it looks the word up in the FreeDict Arabic-English dictionary
(Arabeyes word list, GPL-2+; Debian packages ``dict-freedict-ara-eng`` and ``-eng-ara``, read
from the paths given), also with a final taa marbuta added or removed, and keeps the glosses
that are one or two plain English words. Only (English gloss, Arabic word) pairs are written:
facts about what a place-name word means, with source and licence in the file's header.

    apt-get download dict-freedict-ara-eng dict-freedict-eng-ara
    for f in dict-freedict-*.deb; do dpkg-deb -x "$f" x; done
    python benchmarks/mine_toponym_words.py x/usr/share/dictd/freedict-{ara-eng,eng-ara}.dict.dz

What no table glosses yet, ranked by the number of places whose names use the word (a final
taa marbuta folded), the list the team's own table ``gazetteers/toponym_words_team.csv`` was
written from; then that table's ``countries`` column (where place names use each word):

    python benchmarks/mine_toponym_words.py --unglossed 3000 [--countries IQ,SY,...]
    python benchmarks/mine_toponym_words.py --team-countries

The same list cut down to common words (issue 13, fifth round): only the words that are frequent
in Arabic, Persian or Urdu text (wordfreq's small lists, Zipf ``--min-zipf`` or more in one of
them after the same normalisation), most places first; what is left is read by hand, names and
administrative terms skipped:

    python benchmarks/mine_toponym_words.py --unglossed 3000 --min-zipf 3.0

The words only the dictionary glosses, most places first, with its glosses (issue 13, sixth
round): FreeDict lists every sense of a headword, often not the one place names carry or
machine translation writes (ميمنة only "starboard", مخمور only "vinolent"); the team adds the
main senses to its own table, from rank ``--skip`` on:

    python benchmarks/mine_toponym_words.py --dictionary-only 900 --skip 0
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from tqcheck.gazetteer import garbles, keys
from tqcheck.gazetteer.keys import arabic_key
from tqcheck.lexicon import is_function_word

OUT = Path(__file__).resolve().parents[1] / "gazetteers" / "toponym_words_freedict.csv"
_HEAD = re.compile(r"^(?P<arabic>[^\x00-\x7f][^/]*?)\s*/[^/]*/\s*$")
_GLOSS = re.compile(r"^(?:\d+\.\s+)?(?P<english>[A-Za-z][A-Za-z' -]*)$")
MAX_GLOSSES = 8  # an entry with more senses is a grammatical word or a list of synonyms
HEADER = (
    "# English glosses of the Arabic words of GeoNames place names of the Arabic-script region.\n"
    "# Source: FreeDict Arabic-English and English-Arabic dictionaries 0.6.3\n"
    "# (Arabeyes word list), GPL-2.0-or-later, https://freedict.org;\n"
    "# place-name words: GeoNames (CC BY 4.0). Built by benchmarks/mine_toponym_words.py;\n"
    "# do not edit by hand (edit toponym_words.csv instead).\n"
)


def read_dictionary(path: Path) -> dict[str, list[str]]:
    """arabic_key of a one-word headword (article removed) -> its English glosses."""
    glosses: dict[str, list[str]] = collections.defaultdict(list)
    current: str | None = None
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            head = _HEAD.match(line)
            if head:
                words = head.group("arabic").replace("،", " ").split()
                current = _strip_article(arabic_key(words[0])) if len(words) == 1 else None
                continue
            gloss = _GLOSS.match(line.strip())
            if current and gloss:
                english = gloss.group("english").strip().lower()
                if len(english.split()) <= 2 and english not in glosses[current]:
                    glosses[current].append(english)
    return {k: v for k, v in glosses.items() if len(v) <= MAX_GLOSSES}


def read_reverse(path: Path) -> dict[str, list[str]]:
    """The English-Arabic dictionary turned round: arabic_key of a one-word translation
    (article removed) -> the English headwords it translates."""
    glosses: dict[str, list[str]] = collections.defaultdict(list)
    english: str | None = None
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            head = re.match(r"^(?P<english>[A-Za-z][A-Za-z' -]*?)\s*/[^/]*/\s*$", line)
            if head:
                english = head.group("english").strip().lower()
                if len(english.split()) > 2:
                    english = None
                continue
            words = line.replace("،", " ").split()
            if english and len(words) == 1 and not words[0].isascii():
                key = _strip_article(arabic_key(words[0]))
                if english not in glosses[key]:
                    glosses[key].append(english)
    return glosses


def related(word: str) -> list[str]:
    """The word itself and its form with or without a final taa marbuta (key ه): a place name
    is often the singulative or the collective of the dictionary word (حديدة, صور)."""
    forms = [word]
    if word.endswith("ه") and len(word) > 3:
        forms.append(word[:-1])
    elif len(word) >= 3:
        forms.append(word + "ه")
    return forms


def _strip_article(word: str) -> str:
    """The word without the article al-; not الله (God, written as one word), which the
    article rule read as له, a particle ("for him")."""
    if word == "الله":
        return word
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _region_words(codes: list[str]) -> Iterator[tuple[str, str]]:
    """(word, country) for each word of each Arabic place name of the countries ``codes``
    (arabic_key, article removed): GeoNames' names, then tqcheck/data/arabic_places.tsv's
    (places GeoNames lacks in Arabic)."""
    index = garbles.geonames_index()
    for spelling, country in index.query(
        "SELECT n.spelling, p.country FROM names n JOIN places p ON p.rowid = n.place "
        f"WHERE n.kind = 'arabic' AND p.country IN ({','.join('?' * len(codes))})",
        codes,
    ):
        for word in re.split(r"[\s\u200e\u200f-]+", spelling):
            key = _strip_article(arabic_key(word))
            if len(key) >= 2:
                yield key, country
    for (country, key), _english in garbles.english_names().items():
        if country in codes and key.startswith("ar:"):
            yield _strip_article(key[3:]), country


def place_words(countries: Iterable[str] | None = None) -> collections.Counter[str]:
    """Words of the region's Arabic place names (arabic_key, article removed), with counts;
    ``countries``: only the places of these (ISO codes) of the region."""
    region = garbles.ARABIC_SCRIPT_REGION
    codes = sorted(region & set(countries) if countries else region)
    return collections.Counter(key for key, _country in _region_words(codes))


def glossed_words() -> set[str]:
    """The Arabic words (arabic_key, article removed) that the word tables of
    ``garbles.TOPONYM_WORD_TABLES`` gloss."""
    table = garbles.read_toponym_words(garbles.TOPONYM_WORD_TABLES)
    return {
        _strip_article(arabic_key(word))
        for entries in table.values()
        for arabic, _latin in entries
        for word in arabic.split()
    }


def _fold(word: str) -> str:
    """A final taa marbuta folded: ه and its absence count as one word (not الله's ه)."""
    return word[:-1] if word.endswith("ه") and len(word) > 3 and word != "الله" else word


def text_zipf(languages: Iterable[str] = ("ar", "fa", "ur")) -> dict[str, float]:
    """Place-name key (arabic_key, article removed, taa marbuta folded) -> its highest Zipf
    frequency in running text of ``languages`` (wordfreq's small lists): a key frequent in text
    is a common word (or a common given name), a rare one mostly a toponym."""
    import math

    import wordfreq

    best: dict[str, float] = {}
    for language in languages:
        summed: collections.Counter[str] = collections.Counter()
        for word in wordfreq.iter_wordlist(language, "small"):
            key = _fold(_strip_article(arabic_key(word)))
            summed[key] += wordfreq.word_frequency(word, language, "small")
        for key, frequency in summed.items():
            zipf = math.log10(frequency * 1e9)
            best[key] = max(best.get(key, 0.0), zipf)
    return best


def report_unglossed(
    limit: int, countries: Iterable[str] | None = None, min_zipf: float | None = None
) -> int:
    """Print the ``limit`` place-name words (arabic_key, article removed; a final taa marbuta
    folded: ه and its absence count as one word) used by most places of the region that no word
    table glosses, most frequent first: the words still to translate by hand. With
    ``min_zipf``, only words that frequent in Arabic, Persian or Urdu text (the Zipf figure
    is printed as a third column)."""
    glossed = glossed_words()
    folded: collections.Counter[str] = collections.Counter()
    for word, count in place_words(countries).items():
        folded[_fold(word)] += count
    zipf = text_zipf() if min_zipf is not None else {}
    shown = 0
    for word, count in sorted(folded.items(), key=lambda wc: (-wc[1], -zipf.get(wc[0], 0.0))):
        if len(word) < 2 or any(form in glossed for form in related(word)):
            continue
        if min_zipf is not None:
            if zipf.get(word, 0.0) < min_zipf:
                continue
            print(f"{count}\t{word}\t{zipf[word]:.1f}")
        else:
            print(f"{count}\t{word}")
        shown += 1
        if shown >= limit:
            break
    return 0


def report_dictionary_only(limit: int, skip: int = 0) -> int:
    """Print the place-name words (ranked as in :func:`report_unglossed`) that only the
    dictionary table glosses, with those glosses: rank, places, word, glosses."""
    others = [t for t in garbles.TOPONYM_WORD_TABLES if t != OUT.name]
    by_others = _glossed_by(others)
    by_dictionary = _glosses(garbles.read_toponym_words([OUT.name]))
    folded: collections.Counter[str] = collections.Counter()
    for word, count in place_words().items():
        folded[_fold(word)] += count
    rank = shown = 0
    for word, count in sorted(folded.items(), key=lambda wc: (-wc[1], wc[0])):
        forms = related(word)
        if len(word) < 2 or any(form in by_others for form in forms):
            continue
        glosses = sorted({g for form in forms for g in by_dictionary.get(form, ())})
        if not glosses:
            continue
        rank += 1
        if rank <= skip:
            continue
        print(f"{rank}\t{count}\t{word}\t{'|'.join(glosses)}")
        shown += 1
        if shown >= limit:
            break
    return 0


def _glosses(table: dict[str, list[tuple[str, tuple[str, ...]]]]) -> dict[str, set[str]]:
    """Arabic word (arabic_key, article removed) -> the English glosses ``table`` gives it."""
    found: dict[str, set[str]] = collections.defaultdict(set)
    for english, entries in table.items():
        for arabic, _latin in entries:
            if " " not in arabic.strip():
                found[_strip_article(arabic_key(arabic))].add(english)
    return found


def _glossed_by(names: list[str]) -> set[str]:
    """The Arabic words (arabic_key, article removed) the word tables ``names`` gloss."""
    table = garbles.read_toponym_words(names)
    return {
        _strip_article(arabic_key(word))
        for entries in table.values()
        for arabic, _latin in entries
        for word in arabic.split()
    }


TEAM = OUT.parent / "toponym_words_team.csv"


def word_countries() -> dict[str, set[str]]:
    """Word of the region's Arabic place names (arabic_key, article removed) -> the countries
    whose places use it."""
    found: dict[str, set[str]] = collections.defaultdict(set)
    for key, country in _region_words(sorted(garbles.ARABIC_SCRIPT_REGION)):
        found[key].add(country)
    return found


# A Latin-only name's word counts for a team word where this many places of one country, with no
# Arabic name in GeoNames, carry it (one place's word is as often a chance spelling).
LATIN_MIN_PLACES = 2
# The Arabic article and its assimilated forms as Latin names write them apart ("Ain el Beida",
# "Bir ed Dheheb"), which are no words of the name.
_LATIN_ARTICLES = frozenset(
    [
        *("al", "el", "ul", "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "at", "et"),
        *("az", "ez", "adh", "edh", "ath", "eth", "an", "en", "l", "d"),
    ]
)


# The countries whose Latin place names are made of the words the team table glosses: the Arab
# states, whose Latin names romanise Arabic, and Afghanistan, Pakistan, Azerbaijan and Central
# Asia, whose names are Persian, Pashto, Urdu and Turkic words written in Latin letters. Not
# Turkey (its names are read through its own word tables, ``toponym_words_turkish.csv``), nor
# Russia, Armenia, Georgia, Israel, Cyprus: their names are words of other languages, whose
# consonants meet a team word's by chance.
LATIN_COUNTRIES = frozenset(
    [
        *("DZ", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA"),
        *("SD", "SY", "TN", "AE", "YE", "DJ", "SO", "KM", "EH"),
        *("AF", "PK", "AZ", "TJ", "UZ", "TM", "KG", "KZ"),
    ]
)


def latin_only_countries() -> dict[str, collections.Counter[str]]:
    """Consonant skeleton (``keys.skeletons``, three classes or more) of each word of the Latin
    name of each town of the region that has no Arabic-script name in GeoNames -> the number of
    such towns of each country: the words of the places GeoNames holds in Latin letters only
    (most of the Maghreb's, Pakistan's, Central Asia's), which ``word_countries`` never sees
    ("Vahdat", Tajikistan: Persian وحدت "unity")."""
    index = garbles.geonames_index()
    codes = sorted(garbles.ARABIC_SCRIPT_REGION & LATIN_COUNTRIES)
    marks = ",".join("?" * len(codes))
    with_arabic = {
        place
        for (place,) in index.query(
            "SELECT DISTINCT n.place FROM names n JOIN places p ON p.rowid = n.place "
            f"WHERE n.kind = 'arabic' AND p.country IN ({marks})",
            codes,
        )
    }
    found: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for rowid, name, country in index.query(
        f"SELECT rowid, name, country FROM places WHERE kind = 'place' AND country IN ({marks})",
        codes,
    ):
        if rowid in with_arabic:
            continue
        seen: set[str] = set()
        for word in re.split(r"[\s\-‐’‘'`]+", name):
            if word.lower() in _LATIN_ARTICLES:
                continue
            seen |= {s for s in keys.skeletons(word) if len(s) >= 3}
        for skeleton in seen:
            found[skeleton][country] += 1
    return found


def write_team_countries(path: Path = TEAM) -> int:
    """Fill the ``countries`` column of the team table: the countries whose place names use its
    word (or the word with or without a final taa marbuta), their Arabic names and, read by
    consonant classes, the Latin names of their towns that have none (``latin_only_countries``,
    in ``LATIN_MIN_PLACES`` towns or more); the matcher bridges the team's pairs
    only there (Persian ده "village" is no Palestinian place's word). Prints the (English,
    Arabic) pairs another table already has: they should be left out of the team table, so that
    those pairs bridge as before."""
    others = garbles.read_toponym_words([t for t in garbles.TOPONYM_WORD_TABLES if t != path.name])
    known = {(english, arabic_key(a)) for english, e in others.items() for a, _ in e}
    used = word_countries()
    latin = latin_only_countries()
    text = path.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    rows = list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))
    for row in rows:
        key = _strip_article(arabic_key(row["arabic"].strip()))
        codes: set[str] = set()
        for form in related(key):
            codes |= used.get(form, set())
        # ... and those whose places named in Latin letters only use it, read by consonant
        # classes: a word of three classes or more, in LATIN_MIN_PLACES towns of the country
        for skeleton in keys.arabic_skeletons(key) if " " not in key else ():
            for country, count in latin.get(skeleton, {}).items():
                if len(skeleton) >= 3 and count >= LATIN_MIN_PLACES:
                    codes.add(country)
        row["countries"] = " ".join(sorted(codes))
        for english in row["english"].split("|"):
            for form in garbles.taa_variants(row["arabic"].strip()):
                if (english, arabic_key(form)) in known:
                    print(f"already in another table: {english},{form}")
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\n".join(header) + "\n")
        fields = ["english", "arabic", "latin", "note", "countries"]
        writer = csv.DictWriter(handle, fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    unused = sum(1 for r in rows if not r["countries"])
    print(f"{len(rows)} rows ({unused} words no place name of the region uses) -> {path}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dictionary", type=Path, nargs="?", help="freedict-ara-eng.dict.dz")
    parser.add_argument("reverse", type=Path, nargs="?", help="freedict-eng-ara.dict.dz")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--unglossed",
        type=int,
        metavar="N",
        help="instead: print the N words used by most places that no word table glosses",
    )
    parser.add_argument(
        "--countries", help="with --unglossed: only the places of these countries (IQ,SY,...)"
    )
    parser.add_argument(
        "--min-zipf",
        type=float,
        help="with --unglossed: only words of this Zipf frequency or more in ar/fa/ur text",
    )
    parser.add_argument(
        "--dictionary-only",
        type=int,
        metavar="N",
        help="instead: print the N words used by most places that only the dictionary glosses",
    )
    parser.add_argument(
        "--skip", type=int, default=0, help="with --dictionary-only: start after this rank"
    )
    parser.add_argument(
        "--team-countries",
        action="store_true",
        help="instead: fill the countries column of gazetteers/toponym_words_team.csv",
    )
    args = parser.parse_args()
    if args.team_countries:
        return write_team_countries()
    if args.dictionary_only:
        return report_dictionary_only(args.dictionary_only, args.skip)
    if args.unglossed:
        countries = args.countries.split(",") if args.countries else None
        return report_unglossed(args.unglossed, countries, args.min_zipf)
    if args.dictionary is None or args.reverse is None:
        parser.error("the two dictionaries are needed to build the table")
    glosses = read_dictionary(args.dictionary)
    reverse = read_reverse(args.reverse)
    words = place_words()
    rows = []
    for word in sorted(words):
        if len(word) < 3:
            # two letters: a particle as often as a word (ان "that", "now"), and FreeDict
            # gives no part of speech to tell them apart; the two-letter nouns are glossed
            # from Buckwalter's categories (``mine_buckwalter_words.whole_word``)
            continue
        for form in related(word):
            for english in [*glosses.get(form, ()), *reverse.get(form, ())]:
                if all(is_function_word(w) for w in english.split()):
                    continue
                rows.append((english, word))
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("english", "arabic"))
        writer.writerows(sorted(set(rows)))
    found = len({w for _, w in rows})
    pairs = len(set(rows))
    print(f"{len(words)} place-name words, {found} with glosses, {pairs} pairs -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
