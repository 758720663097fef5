"""Garbled place names in context: the place rules on the team's own development set.

Reads ``benchmarks/devsets/places/garbles.tsv`` (see the README there): short wire-copy
paragraphs, each with one garbled place name of a known kind (``literal``, ``transliteration``,
``look-alike``) and the place it stands for, or a control (a real place, or a person, that reads
like a word or a garble). Each paragraph is checked on its own with the place rules, with the
recorded-garble column of ``gazetteers/*.csv`` ignored (``TQCHECK_RECORDED_GARBLES=0``), so the
figures show what the method finds by itself.

Reported per split (``tune``: every id whose number is not a multiple of 3; ``held-out``: the
multiples of 3, never looked at while tuning; ``fresh``: ``fresh.tsv``, ``fresh2.tsv``,
``fresh3.tsv``, ``fresh4.tsv`` (ids ``M..``), ``fresh5.tsv`` (ids ``P..``) and ``fresh6.tsv``
(ids ``Q..``), held-out batches written before the changes they measure; ``tune2.tsv``'s ids
``H..`` and ``tune3.tsv``'s ids ``K..`` are all ``tune``) and per kind:

* flagged: a TQ301 or TQ306 finding overlaps the garble;
* right place: of those flagged, a TQ301 suggestion that names the expected place (the same
  GeoNames place, or the same folded spelling);
* controls flagged: paragraphs with any TQ301/TQ303/TQ304/TQ306 finding.

    python benchmarks/garbles_in_context.py [--verbose] [--split held-out]
    python benchmarks/garbles_in_context.py --devset benchmarks/devsets/places/fresh.tsv
    python benchmarks/garbles_in_context.py --devset benchmarks/devsets/places/fresh2.tsv
    python benchmarks/garbles_in_context.py --devset benchmarks/devsets/places/tune2.tsv
    python benchmarks/garbles_in_context.py --devset benchmarks/devsets/places/tune3.tsv
"""

from __future__ import annotations

import argparse
import collections
import csv
import os
import sys
import time
from pathlib import Path

os.environ["TQCHECK_RECORDED_GARBLES"] = "0"  # before tqcheck reads it

from tqcheck.config import Config
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer.garbles import english_names
from tqcheck.gazetteer.keys import fold
from tqcheck.gazetteer.mentions import geonames_index
from tqcheck.runner import check_document

DEVSET = Path(__file__).resolve().parent / "devsets" / "places" / "garbles.tsv"
PLACE_RULES = ("TQ301", "TQ303", "TQ304", "TQ306")


def split_of(row_id: str) -> str:
    if row_id[:1] in (
        "F",
        "G",
        "J",
        "M",
        "P",
        "Q",
        "R",
        "S",
        "U",
        "V",
        "W",
        "X",
        "Y",
        "Z",
        "B",
        "D",
        "E",
        "N",
        "O",
        "I",
    ):
        # fresh.tsv (F), fresh2.tsv (G), fresh3.tsv (J), fresh4.tsv (M), fresh5.tsv (P),
        # fresh6.tsv (Q), fresh7.tsv (R), fresh8.tsv (S), fresh9.tsv (U), fresh10.tsv (V),
        # fresh11.tsv (W), fresh12.tsv (X), fresh13.tsv (Y), fresh14.tsv (Z), fresh15.tsv (B),
        # fresh16.tsv (D), fresh17.tsv (E), fresh18.tsv (N), fresh19.tsv (O), fresh20.tsv (I..),
        # fresh21.tsv (IB..), fresh22.tsv (IC..), fresh23.tsv (ID..), fresh24.tsv (IE..),
        # fresh25.tsv (IF..), fresh26.tsv (IG..), fresh27.tsv (IH..), fresh28.tsv (IJ..),
        # fresh29.tsv (IK..), fresh30.tsv (IL..), fresh31.tsv (IM..), fresh32.tsv (IN..),
        # fresh33.tsv (IO..), fresh34.tsv (IP..), fresh35.tsv (IQ..), fresh36.tsv (IR..),
        # fresh37.tsv (IS..), fresh38.tsv (IT..), fresh39.tsv (IU..), fresh40.tsv (IV..),
        # fresh41.tsv (IW..), fresh42.tsv (IX..), fresh43.tsv (IY..), fresh44.tsv (IZ..),
        # fresh45.tsv (JA..; J, as fresh3.tsv's J01..), fresh46.tsv (JB..), fresh47.tsv (JC..),
        # fresh48.tsv (JD..), fresh49.tsv (JE..), fresh50.tsv (JF..), fresh51.tsv (JG..),
        # fresh52.tsv (JH..), fresh53.tsv (JI..), fresh54.tsv (JJ..), fresh55.tsv (JK..),
        # fresh56.tsv (JL..), fresh57.tsv (JM..): held-out
        # batches, written before the code they measure (fresh4 uses M: garbles.tsv's literal
        # rows already use L)
        return "fresh"
    if row_id[:1] in ("H", "K"):
        return "tune"  # tune2.tsv (H), tune3.tsv (K): tuning batches, every row tuned on
    number = int("".join(ch for ch in row_id if ch.isdigit()))
    return "held-out" if number % 3 == 0 else "tune"


def _places(name: str, country: str) -> set[str]:
    return {p.geonameid for p in geonames_index().exact(name) if p.country == country}


def right_place(suggestion: str | None, expected: str, country: str) -> bool:
    if not suggestion:
        return False
    if fold(suggestion) == fold(expected):
        return True
    # the English name tqcheck suggests from its house table (arabic_places.tsv), where GeoNames
    # has no such spelling ("Hodeidah" for Al Hudaydah)
    if english_names().get((country, fold(expected))) == suggestion:
        return True
    return bool(_places(suggestion, country) & _places(expected, country))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--split", choices=("tune", "held-out", "fresh", "all"), default="all")
    parser.add_argument("--verbose", action="store_true", help="list misses and false flags")
    parser.add_argument(
        "--write-article",
        type=Path,
        metavar="PATH",
        help="write the speed benchmark's article (tune paragraphs up to 1,000 words) and stop",
    )
    args = parser.parse_args()
    if args.write_article:
        return write_article(args.devset, args.write_article)

    config = Config(select=PLACE_RULES, semantic=False)
    with args.devset.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    counts: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(
        collections.Counter
    )
    started = time.perf_counter()
    for row in rows:
        split = split_of(row["id"])
        if args.split != "all" and split != args.split:
            continue
        text = row["text"] + "\n"
        document = parse_document(SourceText("dev.txt", text, "utf-8", b"", text.encode()))
        findings = check_document(document, config)
        kind = row["kind"]
        tally = counts[(split, kind)]
        tally["n"] += 1
        if kind == "control":
            if findings:
                tally["flagged"] += 1
                if args.verbose:
                    for f in findings:
                        print(f"FALSE {row['id']} {f.rule} {text[f.start : f.end]!r}: {f.message}")
            continue
        start = text.find(row["garble"])
        end = start + len(row["garble"])
        hits = [
            f for f in findings if f.rule in ("TQ301", "TQ306") and f.start < end and start < f.end
        ]
        if not hits:
            if args.verbose:
                print(f"MISS  {row['id']} {kind} {row['garble']!r} -> {row['expected']}")
            continue
        tally["flagged"] += 1
        if any(right_place(f.suggestion, row["expected"], row["country"]) for f in hits):
            tally["right"] += 1
        elif args.verbose:
            got = ", ".join(f"{f.rule} {f.suggestion}" for f in hits)
            print(f"WRONG {row['id']} {kind} {row['garble']!r} -> {row['expected']}: {got}")
    seconds = time.perf_counter() - started

    print(f"{args.devset.name}: {sum(c['n'] for c in counts.values())} paragraphs, {seconds:.1f} s")
    print("recorded-garble column ignored (TQCHECK_RECORDED_GARBLES=0)\n")
    print("| split | kind | paragraphs | flagged | right place (of flagged) |")
    print("|---|---|---|---|---|")
    for split in ("tune", "held-out", "fresh"):
        total: collections.Counter[str] = collections.Counter()
        for kind in ("literal", "transliteration", "look-alike", "control"):
            tally = counts.get((split, kind))
            if not tally:
                continue
            if kind != "control":
                total.update(tally)
            print(_line(split, kind, tally))
        if total:
            print(_line(split, "all garbles", total))
    return 0


def write_article(devset: Path, target: Path) -> int:
    """One article of the tune split's paragraphs, in file order, up to 1,000 words (about 20
    countries named): the rules-only cold-start case of docs/benchmarks.md."""
    with devset.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if split_of(r["id"]) == "tune"]
    paragraphs: list[str] = []
    words = 0
    for row in rows:
        if words >= 1000:
            break
        paragraphs.append(row["text"])
        words += len(row["text"].split())
    target.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    print(f"{target}: {words} words, {len(paragraphs)} paragraphs")
    return 0


def _line(split: str, kind: str, tally: collections.Counter[str]) -> str:
    n, flagged, right = tally["n"], tally["flagged"], tally["right"]
    share = f"{flagged}/{n} ({100 * flagged / n:.0f}%)" if n else "-"
    if kind == "control":
        return f"| {split} | controls | {n} | {flagged}/{n} flagged | - |"
    of = f"{right}/{flagged} ({100 * right / flagged:.0f}%)" if flagged else "-"
    return f"| {split} | {kind} | {n} | {share} | {of} |"


if __name__ == "__main__":
    sys.exit(main())
