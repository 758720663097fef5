"""Build ``tqcheck/data/english_world_places.txt`` and ``english_in_phrases.txt`` from WordNet
3.0, for TQ306's reading of ordinary English copy (issue 13, 18Prec52).

The first file holds the names WordNet records as places of the English-speaking world: every
noun lemma of an instance synset (``@i``) whose chain of part holonyms (``#p``: "Mayfair" part
of London part of England ...) reaches the United Kingdom, Great Britain, England, Scotland,
Wales, Northern Ireland, Ireland, the United States, Canada, Australia or New Zealand ("Wessex",
"Anglesey", "Lake District", "Cotswolds", "Silicon Valley"), written capitalised, made of letters
(spaces, apostrophes and full stops allowed), no lemma of any part of speech the same word in
lower case (not "Bath", "Independence": English words), no synset of the same lemma reaching a
country of the region (``ARABIC_SCRIPT_REGION``: not "Alexandria", "Lebanon", "Georgia") and no
GeoNames place of that name in the region. The second file holds what follows "in" in WordNet's
lemmas "in X" of any part of speech ("in unison", "in concert", "in tandem"): English's fixed
phrases, where a capital in headline case makes no town. Run once at build time; the check
only reads the files.

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn
    python benchmarks/mine_english_world_places.py wn/usr/share/wordnet
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wordnet_data import synsets as wordnet_synsets

from tqcheck.gazetteer import iso
from tqcheck.gazetteer.mentions import geonames_index
from tqcheck.gazetteer.region import ARABIC_SCRIPT_REGION

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tqcheck" / "data"

ENGLISH_WORLD = (
    "United Kingdom",
    "Great Britain",
    "Britain",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Ireland",
    "United States",
    "Canada",
    "Australia",
    "New Zealand",
)

PLACES_HEADER = """\
# Places of the English-speaking world as WordNet 3.0 records them (Princeton University; Debian
# package wordnet-base, data.noun): the lemmas of instance synsets whose chain of part holonyms
# reaches the United Kingdom, Great Britain, England, Scotland, Wales, Northern Ireland,
# Ireland, the United States, Canada, Australia or New Zealand; capitalised names only (no
# lemma of any part of speech the same word in lower case), none of a synset in a country of
# the region or a GeoNames place of the region. Built by benchmarks/mine_english_world_places.py.
# TQ306 reads such a name, in copy naming no country of the region, as English's own place.
"""

PHRASES_HEADER = """\
# What follows "in" in WordNet 3.0's lemmas "in X" of any part of speech (Princeton University;
# Debian package wordnet-base, data.*: "in unison", "in tandem"), one a line, lower case.
# Built by benchmarks/mine_english_world_places.py. TQ306 reads "in X" with X of this list as
# English's fixed phrase ("Nurses in Unison"), not a town.
"""

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


def synsets(wordnet: Path, pos: str) -> Iterator[tuple[str, list[str], list[tuple[str, str]]]]:
    """(offset, lemmas, pointers (symbol, offset)) of each synset of ``data.<pos>``; lemmas with
    spaces for underscores, markers dropped (``wordnet_data.synsets``)."""
    for offset, lemmas, pointers in wordnet_synsets(wordnet, pos):
        words = [lemma.replace("_", " ") for lemma in lemmas]
        yield offset, words, [(symbol, target) for symbol, target, _ in pointers]


def reaches(offset: str, holonyms: dict[str, list[str]], roots: set[str]) -> bool:
    """The chain of part holonyms from ``offset`` reaches a synset of ``roots``."""
    seen: set[str] = set()
    todo = [offset]
    while todo:
        current = todo.pop()
        if current in roots:
            return True
        if current in seen:
            continue
        seen.add(current)
        todo.extend(holonyms.get(current, ()))
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wordnet", type=Path, help="folder holding WordNet's data.* files")
    args = parser.parse_args()
    nouns = list(synsets(args.wordnet, "noun"))
    lower: set[str] = {w.lower() for _, words, _ in nouns for w in words if not w[:1].isupper()}
    phrases: set[str] = set()
    for pos in ("noun", "adj", "verb", "adv"):
        for _, words, _ in synsets(args.wordnet, pos) if pos != "noun" else nouns:
            for word in words:
                if pos != "noun":
                    lower.add(word.lower())
                if word.lower().startswith("in ") and word[3:].replace(" ", "").isalpha():
                    phrases.add(word[3:].lower())
    holonyms = {offset: [o for s, o in pointers if s == "#p"] for offset, _, pointers in nouns}
    instance = {offset for offset, _, pointers in nouns if any(s == "@i" for s, _ in pointers)}
    region_names = set()
    for code in ARABIC_SCRIPT_REGION:
        country = iso.country(code)
        if country is not None:
            region_names |= {n for n in (country.name, country.common_name) if n}
    english_world = set(ENGLISH_WORLD)
    english_roots = {o for o, words, _ in nouns if o in instance and set(words) & english_world}
    region_roots = {o for o, words, _ in nouns if o in instance and set(words) & region_names}
    english: set[str] = set()
    regional: set[str] = set()
    for offset, words, _ in nouns:
        if offset not in instance:
            continue
        if reaches(offset, holonyms, region_roots):
            regional |= set(words)
        elif reaches(offset, holonyms, english_roots):
            english |= set(words)
    index = geonames_index()
    names = sorted(
        w
        for w in english - regional
        if all(part[:1].isupper() for part in w.split())
        and w.replace(" ", "").replace("'", "").replace(".", "").isalpha()
        and w.lower() not in lower
        and not any(p.country in ARABIC_SCRIPT_REGION for p in index.exact(w))
    )
    (DATA / "english_world_places.txt").write_text(
        PLACES_HEADER + NOTICE + "\n".join(names) + "\n", encoding="utf-8"
    )
    (DATA / "english_in_phrases.txt").write_text(
        PHRASES_HEADER + NOTICE + "\n".join(sorted(phrases)) + "\n", encoding="utf-8"
    )
    print(f"{len(names)} places of the English-speaking world, {len(phrases)} phrases after 'in'")


if __name__ == "__main__":
    main()
