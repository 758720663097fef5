"""Build ``gazetteers/toponym_words_turkish.csv``: English glosses of the Turkish words that the
Latin names of Turkey's places in GeoNames are made of, from a bilingual dictionary.

Turkish place names are Turkish words, mostly compounds written solid: Zeytinburnu (zeytin
"olive" + burnu "its cape"), Ceylanpınar (ceylan "gazelle" + pınar "spring"), Kırıkkale (kırık
"broken" + kale "castle"). Machine translation renders them word for word ("Olive Cape"), and the
Arabic-script bridge of ``garbles`` cannot read them back: Turkey's places have Latin names, few
of them an Arabic one. For every word of every Latin name GeoNames records for a place of Turkey,
and for every way of cutting a word in two, this script keeps the parts that are a word of the
FreeDict English-Turkish dictionary (eng-tur 0.3, GPL-2.0-or-later; Debian package
``dict-freedict-eng-tur``), bare or with the Turkish compound suffix (-(s)I after vowel harmony,
a high vowel of the last syllable dropped: burun -> burnu, şehir -> şehri), and writes each
(English headword, Turkish word as place names write it) pair: facts about what a place-name word
means, with source and licence in the file's header. A solid word is cut only where both parts are
such words. The English side is the dictionary's headword; only its translations that are one
Turkish word are read, in its first ``MAX_SENSES`` senses (the part of a sense line before its
first full stop, split at commas).

    apt-get download dict-freedict-eng-tur
    dpkg-deb -x dict-freedict-eng-tur_*.deb x
    python benchmarks/mine_turkish_words.py x/usr/share/dictd/freedict-eng-tur.dict.dz
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import re
import sys
from pathlib import Path

from tqcheck.gazetteer import garbles

OUT = Path(__file__).resolve().parents[1] / "gazetteers" / "toponym_words_turkish.csv"
_HEAD = re.compile(r"^(?P<english>[a-z][a-z' -]*?)\s+/[^/]*/\s*$")
_SENSE = re.compile(r"^\d+\.\s+(?P<text>.*)$")
_WORD = re.compile(r"^[a-zçğıöşüâîû]{2,}$")
_VOWELS = "aeıioöuüâîû"
# the last vowel of a stem -> the high vowel of its suffix (two- and four-way harmony)
_HIGH = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}
_HIGH.update({"â": "ı", "î": "i", "û": "u"})
# the first senses of an entry (the dictionary lists the common ones first): "hot" is sıcak,
# not the yeni "new" of its eighth sense ("hot news"); "black" is kara (its fifth)
MAX_SENSES = 6
MIN_LETTERS = 3  # a part of two letters ("ak" "white") only as a whole word or a first part
HEADER = (
    "# English glosses of the Turkish words of the Latin names of Turkey's places in GeoNames.\n"
    "# Source: FreeDict English-Turkish dictionary (eng-tur, Debian package\n"
    "# dict-freedict-eng-tur 2022.04.21, edition 0.3), GPL-2.0-or-later, https://freedict.org;\n"
    "# place-name words: GeoNames (CC BY 4.0). A word is kept where a name of a place of\n"
    "# Turkey is that word, or is cut into two such words (Zeytinburnu: zeytin, burnu), a\n"
    "# word standing bare or with the compound suffix -(s)I (burun -> burnu). english: the\n"
    "# dictionary's headword (its first six senses); turkish: the word as the names write\n"
    "# it; places: how many places' names use it.\n"
    "# Built by benchmarks/mine_turkish_words.py; do not edit by hand.\n"
)


def read_dictionary(path: Path) -> dict[str, set[str]]:
    """Turkish word (lower case) -> the English headwords it translates (one-word
    translations only: the part of each sense line before its first full stop)."""
    glosses: dict[str, set[str]] = collections.defaultdict(set)
    english: str | None = None
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            head = _HEAD.match(line)
            if head:
                english = head.group("english").strip()
                continue
            sense = _SENSE.match(line.strip())
            if english is None or sense is None or int(line.split(".")[0]) > MAX_SENSES:
                continue
            text = re.split(r"\.(?:\s|$)", sense.group("text"), maxsplit=1)[0]
            text = re.sub(r"\([^)]*\)", " ", text)
            for item in re.split(r"[,;]", text):
                word = turkish_lower(item.strip())
                if _WORD.match(word):
                    glosses[word].add(english)
    return glosses


def turkish_lower(text: str) -> str:
    """Lower case as Turkish writes it: I is ı, İ is i."""
    return text.replace("I", "ı").replace("İ", "i").lower()


def compound_forms(word: str) -> set[str]:
    """The forms a Turkish noun takes as the head of a compound: the word with -(s)I (after a
    vowel -sI), and with a high vowel of its last syllable dropped (burun -> burnu); none for
    a word of two letters."""
    vowels = [c for c in word if c in _VOWELS]
    if not vowels or len(word) < MIN_LETTERS:  # al "red" -> alı would be every Ali
        return set()
    suffix = _HIGH.get(vowels[-1], "i")
    if word[-1] in _VOWELS:
        return {word + "s" + suffix}
    forms = {word + suffix}
    if len(word) >= 4 and word[-2] in "ıiuü" and word[-3] not in _VOWELS:
        forms.add(word[:-2] + word[-1] + suffix)
    return forms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("eng_tur", type=Path, help="freedict-eng-tur.dict.dz")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    glosses = read_dictionary(args.eng_tur)
    # form as Turkish writes it -> (Turkish word, its form)
    forms: dict[str, set[tuple[str, str]]] = collections.defaultdict(set)
    bare: dict[str, set[tuple[str, str]]] = collections.defaultdict(set)
    for word in glosses:
        for form in {word} | compound_forms(word):
            forms[form].add((word, form))
        bare[word].add((word, word))
    found: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    index = garbles.geonames_index()
    for place, spelling, kind in index.iter_names(arabic=False):
        # the primary name only, in Turkish letters: its ASCII forms fold köy "village" and
        # koy "cove" alike
        if place.country != "TR" or kind != "name":
            continue
        for part in re.split(r"[\s'’‘-]+", spelling):
            key = turkish_lower(part)
            if len(key) < 2:
                continue
            if key in forms and len(key) >= MIN_LETTERS - (key in bare):
                for pair in forms[key]:
                    found[pair].add(place.geonameid)
                continue
            for cut in range(2, len(key) - MIN_LETTERS + 1):
                head, tail = key[:cut], key[cut:]
                if head in bare and tail in forms:
                    for pair in bare[head] | forms[tail]:
                        found[pair].add(place.geonameid)
    rows = sorted(
        (english, surface, len(places))
        for (word, surface), places in found.items()
        for english in glosses[word]
    )
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["english", "turkish", "places"])
        out.writerows(rows)
    print(f"{len(rows)} pairs, {len(found)} Turkish words -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
