"""Build ``tqcheck/data/english_of_names.txt``, ``english_proper_nouns.txt`` and
``english_multiword_names.txt`` from WordNet 3.0, for TQ306's test of names English has of the
shape "A of B" (issue 13, 13Prec29) and of English's own names of places, regions and the like
("Silicon Valley", "Death Valley", "Scotland Yard"; sixteenth session).

MT's word-for-word translation of a place name of the region ("Father of Thorns", "House of
Amusement") has the shape of English's own names ("Garden of Eden", "House of Commons", "Tower
of London"); what tells them apart is what English knows. The first file holds every noun lemma
of WordNet holding "of" (underscores and hyphens read as spaces); the second the one-word noun
lemmas WordNet writes only capitalised (no lemma of any part of speech is the same word in lower
case) of wordfreq Zipf ``--min-zipf`` or more; the third the noun lemmas of two to four words,
each capitalised and made of letters (apostrophes and full stops allowed). Run once at build
time; the check only reads the files.

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn
    python benchmarks/mine_english_names.py wn/usr/share/wordnet [--min-zipf 3.0]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wordnet_data import synsets as wordnet_synsets

from tqcheck.gazetteer.words import zipf

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tqcheck" / "data"

NOTICE = """\
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that you
# agree to comply with the following copyright notice and statements, including the disclaimer,
# and that the same appear on ALL copies of the software, database and documentation,
# including modifications that you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR
# ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION
# WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity
# pertaining to distribution of the software and/or database. Title to copyright in this
# software, database and any associated documentation shall at all times remain with Princeton
# University and LICENSEE agrees to preserve same.
"""

OF_HEADER = """\
# English names and fixed expressions of the shape "A of B" ("Garden of Eden", "House of
# Commons", "house of cards", "mother-of-pearl" written with spaces): every noun lemma of
# WordNet 3.0 (Princeton University; Debian package wordnet-base, data.noun) holding "of",
# one a line as WordNet writes it, underscores and hyphens read as spaces. TQ306 reads a name
# of this list as English's own, not a place name of the region translated word for word.
"""

PROPER_HEADER = """\
# Proper nouns of English ("Windsor", "Westminster", "Habsburg"): the one-word noun lemmas of
# WordNet 3.0 (Princeton University; Debian package wordnet-base, data.noun) written only
# capitalised (no lemma of any part of speech is the same word in lower case) and of Zipf
# frequency 3.0 or more in wordfreq's small English list (the words TQ306 weighs as English),
# one a line.
"""


MULTIWORD_HEADER = """\
# English's own names of two to four words ("Silicon Valley", "Death Valley", "Scotland Yard",
# "Bible Belt"): the noun lemmas of WordNet 3.0 (Princeton University; Debian package
# wordnet-base, data.noun) of two to four words, each capitalised and made of letters, one a
# line. TQ306 reads a name of this list as English's own, not a place name of the region
# translated word for word, where people of a town stand in it ("Police in Silicon Valley").
"""


def multiword_name(lemma: str) -> bool:
    """A lemma of two to four words, each capitalised and made of letters ("St. Louis",
    "Hell's Kitchen")."""
    words = lemma.split()
    return 2 <= len(words) <= 4 and all(
        word[:1].isupper() and word.replace("'", "").replace(".", "").isalpha() for word in words
    )


def lemmas(wordnet: Path, pos: str) -> Iterator[str]:
    """The lemmas of WordNet's ``data.<pos>`` file, spaces for underscores, markers dropped."""
    for _, words, _ in wordnet_synsets(wordnet, pos):
        for lemma in words:
            yield lemma.replace("_", " ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wordnet", type=Path, help="folder holding WordNet's data.* files")
    parser.add_argument(
        "--min-zipf",
        type=float,
        default=3.0,
        help="least wordfreq Zipf frequency of a proper noun (3.0 or more: tqcheck's word "
        "table reads every rarer word as 0.0)",
    )
    args = parser.parse_args()
    if args.min_zipf < 3.0:
        parser.error("--min-zipf must be 3.0 or more: rarer words all read as Zipf 0.0")
    nouns = set(lemmas(args.wordnet, "noun"))
    lower = {w.lower() for w in nouns if not w[:1].isupper()}
    for pos in ("adj", "verb", "adv"):
        lower |= {w.lower() for w in lemmas(args.wordnet, pos)}
    of_names = sorted(
        {w.replace("-", " ") for w in nouns if " of " in w.replace("-", " ")},
        key=lambda w: (w.lower(), w),
    )
    proper = sorted(
        w
        for w in nouns
        if w[:1].isupper()
        and w.isalpha()
        and w.lower() not in lower
        and zipf(w.lower()) >= args.min_zipf
    )
    multiword = sorted({w for w in nouns if multiword_name(w)}, key=lambda w: (w.lower(), w))
    (DATA / "english_multiword_names.txt").write_text(
        MULTIWORD_HEADER + NOTICE + "\n".join(multiword) + "\n", encoding="utf-8"
    )
    (DATA / "english_of_names.txt").write_text(
        OF_HEADER + NOTICE + "\n".join(of_names) + "\n", encoding="utf-8"
    )
    (DATA / "english_proper_nouns.txt").write_text(
        PROPER_HEADER + NOTICE + "\n".join(proper) + "\n", encoding="utf-8"
    )
    print(
        f"{len(of_names)} names with 'of', {len(proper)} proper nouns, "
        f"{len(multiword)} names of several words"
    )


if __name__ == "__main__":
    main()
