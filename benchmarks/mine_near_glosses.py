"""Build ``gazetteers/toponym_words_near.csv``: common English words that share a WordNet synset
with an English gloss of the toponym word tables, for TQ301's literal reading (issue 13).

Machine translation renders an Arabic place name that is also a word with any English synonym:
"Basement" where the tables gloss the word "cellar". For every single lower-case alphabetic noun or
adjective of WordNet 3.0 that is frequent English (wordfreq Zipf ``--min-zipf`` or more) and no
gloss of the tables itself (the Buckwalter lexicon's included), this keeps the glosses of the
hand, team, FreeDict and names tables that are lemmas of one of its first ``--senses`` synsets
(WordNet's sense order, most used first) where that synset is among the gloss's own first
``--senses`` too. Only (word, gloss) pairs are
written. Run once at build time; the check only reads the CSV.

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn
    python benchmarks/mine_near_glosses.py wn/usr/share/wordnet --senses 2 [--min-zipf 3.0]

(The shipped sentence encoder, all-MiniLM-L6-v2, was tried first and dropped: on single words
its cosine puts antonyms close and synonyms far: white/black 0.76, glimmer/gleam 0.30.)
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The tables whose glosses a near word may lead to: not the Buckwalter lexicon (every sense of
# every noun: a second loose step after the synonym's), nor the calendar's days and numbers.
TABLES = (
    "toponym_words.csv",
    "toponym_words_team.csv",
    "toponym_words_freedict.csv",
    "toponym_words_names.csv",
)
# A word any table glosses, the lexicon's included, is no near word: it has entries of its own.
ALL_TABLES = (*TABLES, "toponym_words_buckwalter.csv", "toponym_words_calendar.csv")
WORD = re.compile(r"[a-z]{3,}")
POS = {"noun": "n", "adj": "a"}


def glosses(tables: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for name in tables:
        with (ROOT / "gazetteers" / name).open(encoding="utf-8", newline="") as handle:
            lines = (line for line in handle if not line.startswith("#"))
            for row in csv.DictReader(lines):
                for english in row["english"].split("|"):
                    found.add(english.strip().lower())
    return found


def synsets(folder: Path, pos: str) -> dict[str, list[str]]:
    """Synset offset -> its lemmas (lower case, satellites' markers dropped)."""
    found: dict[str, list[str]] = {}
    for line in (folder / f"data.{pos}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        count = int(fields[3], 16)
        lemmas = [re.sub(r"\(.*\)$", "", w).lower() for w in fields[4 : 4 + 2 * count : 2]]
        found[fields[0]] = lemmas
    return found


def senses(folder: Path, pos: str) -> dict[str, list[str]]:
    """Lemma -> its synset offsets, most used sense first (index.POS)."""
    found: dict[str, list[str]] = {}
    for line in (folder / f"index.{pos}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        count, pointers = int(fields[2]), int(fields[3])
        found[fields[0]] = fields[6 + pointers : 6 + pointers + count]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="the folder of WordNet 3.0's index/data files")
    parser.add_argument("--senses", type=int, default=2)
    parser.add_argument("--min-zipf", type=float, default=3.0)
    parser.add_argument(
        "--glosses-too", action="store_true", help="also words the tables gloss themselves"
    )
    parser.add_argument(
        "--licence", type=Path, help="wordnet-base's copyright file (default: beside WORDNET_DIR)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "gazetteers" / "toponym_words_near.csv")
    args = parser.parse_args()
    from wordfreq import zipf_frequency

    known = glosses(ALL_TABLES)
    targets = glosses(TABLES)
    rows: set[tuple[str, str, str, int]] = set()
    for pos_name, pos in POS.items():
        data = synsets(args.wordnet, pos_name)
        index = senses(args.wordnet, pos_name)
        for lemma, offsets in index.items():
            if not WORD.fullmatch(lemma) or (lemma in known and not args.glosses_too):
                continue
            if zipf_frequency(lemma, "en") < args.min_zipf:
                continue
            for rank, offset in enumerate(offsets[: args.senses], 1):
                for other in data.get(offset, []):
                    if other == lemma or other not in targets or not WORD.fullmatch(other):
                        continue
                    # ... and the synset is among the gloss's own first senses too (a gloss is
                    # as polysemous as the word: "stern" is a ship's rear)
                    if offset in index.get(other, [])[: args.senses]:
                        rows.add((lemma, other, pos, rank))
    best: dict[tuple[str, str], tuple[str, int]] = {}
    for lemma, other, pos, rank in sorted(rows):
        if (lemma, other) not in best or rank < best[(lemma, other)][1]:
            best[(lemma, other)] = (pos, rank)
    command = " ".join(["python benchmarks/mine_near_glosses.py WORDNET_DIR", *sys.argv[2:]])
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# Common English words that share a WordNet synset with a gloss of the toponym\n"
            "# word tables (issue 13): TQ301 reads such a word, as its last resort, through the\n"
            "# gloss's Arabic. Source: WordNet 3.0 (Debian package wordnet-base 1:3.0-37),\n"
            "# (c) 2006 Princeton University, WordNet 3.0 licence (permissive, notice kept);\n"
            f"# words of wordfreq's English list with Zipf >= {args.min_zipf} (wordfreq data\n"
            f"# CC BY-SA 4.0); a synset among the first {args.senses} senses of both the word\n"
            "# and the gloss (noun, adjective).\n"
            f"# Built by: {command}; do not edit by hand.\n"
            "# The WordNet 3.0 licence, as its terms require on every copy:\n"
        )
        licence = args.wordnet.parent / "doc" / "wordnet-base" / "copyright"
        if args.licence is not None:
            licence = args.licence
        lines = licence.read_text(encoding="utf-8").splitlines()
        start = lines.index("License: WordNet3.0") + 1
        for line in lines[start:]:
            if line and not line.startswith(" "):
                break
            text = line[1:] if line.strip() != "." else ""
            handle.write(f"# {text}".rstrip() + "\n")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["english", "gloss", "pos", "sense"])
        for (lemma, other), (pos, rank) in sorted(best.items()):
            writer.writerow([lemma, other, pos, rank])
    print(f"{len(best)} rows, {len({k[0] for k in best})} words -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
