"""Mine a synonym bridge for the place-name word tables with the sentence encoder (issue 13).

For common English words the word tables do not gloss, the gloss words nearest in meaning. Tried
and NOT wired (docs/benchmarks.md, issue 13: the encoder's neighbours of one word are mostly
words spelled alike, "glimmer" -> "collimate", and the needed gloss ranks far down: "glitter"
914th); kept to reproduce that measurement.

A literal translation of an Arabic place name reaches the checker through the English glosses
of the word tables (``gazetteers/toponym_words*.csv``): "White Hill" is تل أبيض because "hill"
glosses تل. An MT system may pick another English word for the same Arabic word ("glimmer" for
بريق, which the lexicon glosses "glitter"). This miner encodes the gloss vocabulary (every
English key of the tables) and the commonest English words (wordfreq's English list, lower-case
alphabetic words of three letters or more that no table reaches, directly or through a base or
plural form) with the sentence encoder tqcheck already installs (all-MiniLM-L6-v2, Apache-2.0,
through ``tqcheck.semantic.encoder.shared_encoder``), and keeps for each word the ``--top`` gloss
words of cosine ``--floor`` or more, as a CSV ``english,gloss,cosine`` (a threshold may be
applied on reading it).

    python benchmarks/mine_gloss_synonyms.py --out /tmp/synonyms.csv [--words 30000]
        [--floor 0.5] [--top 3]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tqcheck.gazetteer import garbles  # noqa: E402

_ALPHA = re.compile(r"[a-z]+(?: [a-z]+)?")


def gloss_vocabulary() -> list[str]:
    """The English keys of the word tables (the synonym table itself left out)."""
    table = garbles.read_toponym_words(garbles.TOPONYM_WORD_TABLES)
    return sorted(k for k in table if _ALPHA.fullmatch(k))


def candidate_words(count: int, glossed: set[str]) -> list[str]:
    """wordfreq's ``count`` commonest English words that no table reaches."""
    from wordfreq import top_n_list

    table = garbles.read_toponym_words(garbles.TOPONYM_WORD_TABLES)
    words = []
    for word in top_n_list("en", count):
        if len(word) < 3 or not word.isalpha() or not word.isascii() or word in glossed:
            continue
        if garbles._entries(table, word):
            continue  # a base or plural form the tables gloss ("tents", "walled")
        words.append(word)
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--floor", type=float, default=0.5)
    parser.add_argument("--top", type=int, default=3)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    import numpy as np

    from tqcheck.semantic.encoder import DEFAULT_MODEL, shared_encoder

    glosses = gloss_vocabulary()
    words = candidate_words(args.words, set(glosses))
    print(f"{len(glosses)} gloss words, {len(words)} candidate words", file=sys.stderr)
    encoder = shared_encoder()
    gloss_vectors = np.asarray(encoder.encode(glosses), dtype=np.float32)
    rows: list[tuple[str, str, float]] = []
    for start in range(0, len(words), 2048):
        batch = words[start : start + 2048]
        sims = np.asarray(encoder.encode(batch), dtype=np.float32) @ gloss_vectors.T
        for word, row in zip(batch, sims, strict=True):
            best = np.argsort(-row)[: args.top]
            for j in best:
                if row[j] >= args.floor:
                    rows.append((word, glosses[j], round(float(row[j]), 3)))
        print(f"  {start + len(batch)}/{len(words)}", file=sys.stderr)
    buffer = io.StringIO()
    buffer.write(
        "# Built by benchmarks/mine_gloss_synonyms.py (do not edit by hand): for each of the "
        f"{args.words} commonest English words (wordfreq) that no word table glosses, the "
        f"{args.top} gloss words nearest in meaning, cosine >= {args.floor}, by the sentence "
        f"encoder {DEFAULT_MODEL} (sentence-transformers, Apache-2.0).\n"
    )
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["english", "gloss", "cosine"])
    writer.writerows(rows)
    args.out.write_text(buffer.getvalue(), encoding="utf-8")
    print(f"{len(rows)} pairs, {len({r[0] for r in rows})} words -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
