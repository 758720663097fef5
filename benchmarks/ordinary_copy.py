"""The place rules on ordinary English news copy: findings per rule on lines that hold no
garble at all (issue 13, eighteenth session).

Reads ``benchmarks/devsets/ordinary/probe52.txt``: one- or two-sentence news paragraphs written
for this benchmark (UK, Irish, US, Canadian, Australian and New Zealand copy; unions, parties,
English places and districts; a few lines naming countries of the region with real names).
Every line is checked as its own article with the TQ3 rules, the recorded-garble column of
``gazetteers/*.csv`` ignored (``TQCHECK_RECORDED_GARBLES=0``, as ``garbles_in_context.py``), so
any finding is a false one. The file's two halves are split by a seeded shuffle into ``tune``
(changes are tuned on it) and ``held`` (only measured); figures are printed per half.

A third half, ``fresh``, is read from ``benchmarks/devsets/ordinary/probe54.txt`` (nineteenth
session: written before that session's changes; UK, Irish, US, Canadian, Australian, New
Zealand, Indian and South African copy with firms' possessives before an industry's head,
districts, regions, landmarks, unions, parties, clubs, festivals): it is only measured, never
tuned on, and kept out of the seeded shuffle so the first two halves' split stays as it was.

    python benchmarks/ordinary_copy.py [--probe PATH] [--fresh PATH] [--quiet]
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import sys
from collections.abc import Iterable
from pathlib import Path

os.environ["TQCHECK_RECORDED_GARBLES"] = "0"  # before tqcheck reads it

from tqcheck.config import Config
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.runner import check_document

PROBE = Path(__file__).resolve().parent / "devsets" / "ordinary" / "probe52.txt"
FRESH = Path(__file__).resolve().parent / "devsets" / "ordinary" / "probe54.txt"
FRESH_SPLIT = "fresh"
TQ3_RULES = ("TQ301", "TQ302", "TQ303", "TQ304", "TQ305", "TQ306")
HALF_MARK = "## half "
SEED = 52


def read_halves(lines: Iterable[str]) -> dict[str, list[str]]:
    """The probe's lines by half (``## half A`` opens half A); other ``#`` lines and blank
    lines are comments."""
    halves: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith(HALF_MARK):
            current = halves.setdefault(line[len(HALF_MARK) :].strip(), [])
        elif line.strip() and not line.startswith("#") and current is not None:
            current.append(line)
    return halves


def split_names(halves: Iterable[str], seed: int = SEED) -> dict[str, str]:
    """Each half's split: a seeded shuffle of the halves' names; the first is ``tune``, the
    others ``held``."""
    order = sorted(halves)
    random.Random(seed).shuffle(order)
    return {name: ("tune" if i == 0 else "held") for i, name in enumerate(order)}


def probe_halves(
    probe: Path, fresh: Path | None = None
) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The lines of each half of ``probe`` (split into tune and held by :func:`split_names`) and
    of ``fresh`` (split ``fresh``: only measured), with each half's split."""
    halves = read_halves(probe.read_text(encoding="utf-8").splitlines())
    splits = split_names(halves)
    if fresh is not None and fresh.is_file():
        for name, lines in read_halves(fresh.read_text(encoding="utf-8").splitlines()).items():
            key = name if name not in halves else f"{name} ({fresh.stem})"
            halves[key] = lines
            splits[key] = FRESH_SPLIT
    return halves, splits


def line_findings(line: str, config: Config) -> list[tuple[str, str, str | None]]:
    """The findings of the TQ3 rules on ``line`` checked as its own article: (rule, flagged
    text, suggestion) each."""
    text = line + "\n"
    document = parse_document(SourceText("ordinary.txt", text, "utf-8", b"", text.encode()))
    return [(f.rule, text[f.start : f.end], f.suggestion) for f in check_document(document, config)]


def count_findings(
    lines: Iterable[str], config: Config | None = None
) -> tuple[collections.Counter[str], list[tuple[str, list[tuple[str, str, str | None]]]]]:
    """Findings per rule over ``lines`` (each its own article) and every flagged line with its
    findings."""
    config = config or Config(select=TQ3_RULES, semantic=False)
    per_rule: collections.Counter[str] = collections.Counter()
    flagged: list[tuple[str, list[tuple[str, str, str | None]]]] = []
    for line in lines:
        findings = line_findings(line, config)
        per_rule.update(rule for rule, _, _ in findings)
        if findings:
            flagged.append((line, findings))
    return per_rule, flagged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probe", type=Path, default=PROBE)
    parser.add_argument(
        "--fresh", type=Path, default=FRESH, help="a probe only measured (its halves: fresh)"
    )
    parser.add_argument("--quiet", action="store_true", help="figures only, no flagged lines")
    args = parser.parse_args()
    halves, splits = probe_halves(args.probe, args.fresh)
    order = {"tune": 0, "held": 1, FRESH_SPLIT: 2}
    for name in sorted(halves, key=lambda n: (order[splits[n]], n)):
        lines = halves[name]
        per_rule, flagged = count_findings(lines)
        rules = ", ".join(f"{rule} {n}" for rule, n in sorted(per_rule.items())) or "none"
        print(
            f"half {name} ({splits[name]}): {len(lines)} lines, {len(flagged)} flagged, "
            f"{sum(per_rule.values())} findings ({rules})"
        )
        if not args.quiet:
            for line, findings in flagged:
                got = "; ".join(f"{rule} {text!r} -> {sugg}" for rule, text, sugg in findings)
                print(f"  {got} | {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
