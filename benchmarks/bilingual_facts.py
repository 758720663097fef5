"""Source-vs-target number and date checks on professional and machine Arabic->English pairs.

Reads the team's evaluation data in place (nothing is copied into the repository):

1. FLORES-200 devtest Arabic/English (1012 professional pairs) and NTREX-128 English news with
   its professional Arabic translation (1997 pairs; the Arabic is taken as the source): how many
   pairs have a number or a date on either side, what each reader finds, and the findings of
   ``compare_numbers`` and ``compare_dates`` (without a publication date, and with one, so that
   relative dates are resolved). A professional translation states the same facts, so every
   finding there is a false finding (or a slip of the translator's).
2. Recall on injected errors: in every professional pair the checks leave clean, the first
   number the English writes in digits (outside a date) is made ten times larger ("33,000" ->
   "330,000") or has its last non-zero digit changed ("1,197" -> "1,198"), and the first
   weekday or month name is replaced by the next one ("Tuesday" -> "Wednesday"); a mutation is
   caught when a finding points at it.
3. The FLORES Arabic->English MT sample (two OPUS-MT/HPLT systems, lines 1-115): what the checks
   flag on each system output, beside the same check on the human reference, printed for
   reading by hand.

    python benchmarks/bilingual_facts.py [PATH/TO/eval-data] [--show]

``--show`` prints every finding on the professional pairs with both sentences.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

from tqcheck.arabic.dates import find_dates as arabic_dates
from tqcheck.arabic.numbers import find_numbers as arabic_numbers
from tqcheck.arabic.text import split_sentences
from tqcheck.bilingual.facts_compare import FactMismatch, compare_dates, compare_numbers
from tqcheck.facts.dates import MONTH_NAMES, WEEKDAY_NAMES
from tqcheck.facts.dates import find_dates as english_dates
from tqcheck.facts.quantities import find_numbers as english_numbers

PUBLISHED = date(2020, 10, 15)  # any day: both sides resolve against the same one
_DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval-data"


def _kind(finding: FactMismatch) -> str:
    if finding.source_span and finding.target_span:
        return "differs"
    return "omitted" if finding.source_span else "added"


def professional(name: str, pairs: list[tuple[str, str]], show: bool) -> None:
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    shown: list[str] = []
    started = time.perf_counter()
    for arabic, english in pairs:
        source_numbers = arabic_numbers(arabic)
        target_numbers = english_numbers(english)
        source_dates = arabic_dates(arabic)
        target_dates = english_dates(english)
        counts["pairs"] += 1
        counts["with number"] += bool(source_numbers or target_numbers)
        counts["with date"] += bool(source_dates or target_dates)
        counts["source numbers"] += len(source_numbers)
        counts["target numbers"] += len(target_numbers)
        counts["source dates"] += len(source_dates)
        counts["target dates"] += len(target_dates)
        counts["sentence count equal"] += len(split_sentences(arabic)) == _english_sentences(
            english
        )
        number_findings = compare_numbers(arabic, english)
        date_findings = compare_dates(arabic, english)
        dated_findings = compare_dates(arabic, english, PUBLISHED)
        counts["number findings"] += len(number_findings)
        counts["pairs with number finding"] += bool(number_findings)
        counts["date findings"] += len(date_findings)
        counts["date findings, published"] += len(dated_findings)
        for finding in number_findings:
            kinds[f"number {_kind(finding)}"] += 1
        for finding in [*date_findings, *dated_findings]:
            kinds[f"date {_kind(finding)}"] += 1
        if show:
            seen: set[str] = set()
            for finding in [*number_findings, *date_findings, *dated_findings]:
                if finding.message in seen:
                    continue
                seen.add(finding.message)
                shown.append(
                    f"- [{finding.kind}] {finding.message}"
                    + (f" -> {finding.suggestion!r}" if finding.suggestion else "")
                    + f"\n    ar: {arabic}\n    en: {english}"
                )
    elapsed = time.perf_counter() - started
    pairs_n = counts["pairs"]
    print(f"\n## {name}: {pairs_n} professional pairs\n")
    print("| figure | value |\n|---|---:|")
    for key in (
        "with number",
        "with date",
        "source numbers",
        "target numbers",
        "source dates",
        "target dates",
        "number findings",
        "pairs with number finding",
        "date findings",
        "date findings, published",
    ):
        print(f"| {key} | {counts[key]} |")
    with_number = max(1, counts["with number"])
    with_date = max(1, counts["with date"])
    per_pair = counts["number findings"] / with_number
    print(f"| number findings per pair with a number | {per_pair:.3f} |")
    print(f"| date findings per pair with a date | {counts['date findings'] / with_date:.3f} |")
    print(
        "| date findings per pair with a date, published | "
        f"{counts['date findings, published'] / with_date:.3f} |"
    )
    print(f"| Arabic and English sentence counts equal | {counts['sentence count equal']} |")
    print(f"| time per pair (ms, all readers and both checks) | {elapsed / pairs_n * 1000:.2f} |")
    if kinds:
        print("\nFindings by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if shown:
        print("\nFindings:\n")
        print("\n".join(shown))


_DIGIT_NUMBER = re.compile(
    r"(?<![\w.,/:-])\d{1,3}(?:,\d{3})+(?![\d,]*\w)|(?<![\w.,/:-])\d+(?![\d.,:/]*\w)"
)
_DATE_NAME = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|June|July|August|September|October|November|December)\b"
)
_CYCLES = (WEEKDAY_NAMES, MONTH_NAMES)


def _mutations(english: str) -> list[tuple[str, str, int, int]]:
    """(kind, mutated text, start, end) for the first digit number and the first date name."""
    found: list[tuple[str, str, int, int]] = []
    dates = english_dates(english)
    for match in _DIGIT_NUMBER.finditer(english):
        if any(d.start <= match.start() < d.end for d in dates):
            continue
        digits = match.group()
        value = int(digits.replace(",", ""))
        if 1900 <= value <= 2100 or value < 2:
            continue  # years are compared too, but a tenfold year is no plausible slip
        tenfold = f"{value * 10:,}" if "," in digits or value * 10 >= 10000 else str(value * 10)
        for kind, new in (("number x10", tenfold), ("number digit", _digit_changed(digits))):
            text = english[: match.start()] + new + english[match.end() :]
            found.append((kind, text, match.start(), match.start() + len(new)))
        break
    for match in _DATE_NAME.finditer(english):
        name = match.group()
        cycle = _CYCLES[0] if name in _CYCLES[0] else _CYCLES[1]
        new = cycle[(cycle.index(name) + 1) % len(cycle)]
        text = english[: match.start()] + new + english[match.end() :]
        found.append(("date name", text, match.start(), match.start() + len(new)))
        break
    return found


def _digit_changed(digits: str) -> str:
    chars = list(digits)
    for index in range(len(chars) - 1, -1, -1):
        if chars[index].isdigit() and chars[index] != "0":
            chars[index] = str((int(chars[index]) % 9) + 1)
            break
    return "".join(chars)


def recall(pairs: list[tuple[str, str]]) -> None:
    injected: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    for arabic, english in pairs:
        if compare_numbers(arabic, english) or compare_dates(arabic, english):
            continue
        for kind, text, start, end in _mutations(english):
            findings = (
                compare_dates(arabic, text)
                if kind == "date name"
                else compare_numbers(arabic, text)
            )
            injected[kind] += 1
            caught[kind] += any(
                f.target_span is not None and f.target_span[0] < end and start < f.target_span[1]
                for f in findings
            )
    print("\n## Injected errors in clean professional pairs (FLORES + NTREX)\n")
    print("| mutation | injected | caught | recall |\n|---|---:|---:|---:|")
    for kind in sorted(injected):
        print(
            f"| {kind} | {injected[kind]} | {caught[kind]} | {caught[kind] / injected[kind]:.3f} |"
        )


def _english_sentences(text: str) -> int:
    from tqcheck.document.sentences import split_sentences as english_split

    return len(english_split(text))


def machine(rows: list[dict[str, object]]) -> None:
    print(f"\n## FLORES Arabic->English MT sample: {len(rows)} lines\n")
    flagged: Counter[str] = Counter()
    outputs: Counter[str] = Counter()
    reference_flags = 0
    lines: list[str] = []
    for row in rows:
        source = str(row["source_ar"])
        reference = str(row["reference_en"])
        reference_findings = compare_numbers(source, reference) + compare_dates(
            source, reference, PUBLISHED
        )
        reference_flags += len(reference_findings)
        systems = row["system_outputs"]
        assert isinstance(systems, dict)
        for system, output in systems.items():
            outputs[system] += 1
            findings = compare_numbers(source, output) + compare_dates(source, output, PUBLISHED)
            if not findings:
                continue
            flagged[system] += len(findings)
            lines.append(f"- line {row['line']}, {system}")
            lines.append(f"    ar:  {source}")
            lines.append(f"    ref: {reference}")
            lines.append(f"    mt:  {output}")
            for finding in findings:
                suggestion = f" -> {finding.suggestion!r}" if finding.suggestion else ""
                lines.append(f"    * [{finding.kind}] {finding.message}{suggestion}")
            for finding in reference_findings:
                lines.append(f"    (reference also flagged: {finding.message})")
    print("| system | outputs | findings |\n|---|---:|---:|")
    for system in sorted(outputs):
        print(f"| {system} | {outputs[system]} | {flagged[system]} |")
    print(f"| human reference | {len(rows)} | {reference_flags} |")
    print("\nFlagged outputs:\n")
    print("\n".join(lines))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_data", type=Path, nargs="?", default=_DEFAULT_DATA)
    parser.add_argument("--show", action="store_true", help="print every professional finding")
    args = parser.parse_args()
    parallel = args.eval_data / "parallel"
    if not parallel.is_dir():
        print(f"no evaluation data at {args.eval_data}", file=sys.stderr)
        return 2
    flores = [json.loads(line) for line in (parallel / "flores200_devtest_ar_en.jsonl").open()]
    ntrex_path = parallel / "ntrex128_en_ar_az_hy_ru_news.jsonl"
    ntrex = [json.loads(line) for line in ntrex_path.open(encoding="utf-8")]
    print("# Arabic source vs English target: numbers and dates")
    professional("FLORES-200 devtest", [(r["ar"], r["en"]) for r in flores], args.show)
    professional("NTREX-128", [(r["ar"], r["en"]) for r in ntrex], args.show)
    recall([(r["ar"], r["en"]) for r in flores] + [(r["ar"], r["en"]) for r in ntrex])
    sample = args.eval_data / "mt_outputs" / "flores200_devtest_ar2en_mt_sample.jsonl"
    machine([json.loads(line) for line in sample.open(encoding="utf-8")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
