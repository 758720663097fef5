"""The place-name matcher on real machine translation: FLORES-200 Arabic->English MT outputs.

For every MT output sentence of the team's FLORES sample (two OPUS-MT/HPLT systems, lines
1-115), read in place:

1. ``tqcheck check --select TQ3`` findings: is the suggested name in the human English
   reference (a garble caught) or not (a false alarm)?
2. Every capitalised name (one to three words) the MT output writes but the reference does not,
   the candidate garbles: ``resolve_name`` (curated layers, then GeoNames exact, then GeoNames
   skeleton) and whether its answer is a name the reference uses. This is the systematic run of
   the matcher over real garbles ("Ghazi Antab" for Gaziantep).

    python benchmarks/mt_place_names.py PATH/TO/eval-data
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from tqcheck.config import Config
from tqcheck.document import decode_bytes, parse_document
from tqcheck.gazetteer.keys import fold
from tqcheck.gazetteer.mentions import resolve_name
from tqcheck.lexicon import is_function_word, is_time_word
from tqcheck.runner import check_document

_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}")


def _candidates(mt: str, reference: str) -> list[str]:
    """Capitalised names in ``mt`` that the reference does not write."""
    reference_folded = fold(reference)
    found = []
    for match in _NAME.finditer(mt):
        words = [w for w in match.group().split() if not is_function_word(w)]
        if not words or (match.start() == 0 and len(words) == 1):
            continue  # a sentence-initial single word is usually no name
        name = " ".join(words)
        if is_time_word(name) or fold(name) in reference_folded:
            continue
        found.append(name)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_data", type=Path)
    args = parser.parse_args()
    path = args.eval_data / "mt_outputs" / "flores200_devtest_ar2en_mt_sample.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    config = Config(select=("TQ3",), semantic=False)
    outputs = findings = caught = 0
    false_alarms: list[str] = []
    hits: list[str] = []
    resolved_right: list[str] = []
    resolved_wrong: list[str] = []
    unresolved = 0
    for row in rows:
        reference = row["reference_en"]
        for system, mt in sorted(row["system_outputs"].items()):
            if not isinstance(mt, str):
                continue
            outputs += 1
            document = parse_document(decode_bytes((mt + "\n").encode("utf-8"), "mt.txt"))
            for finding in check_document(document, config):
                findings += 1
                line = f"{row['line']} {system.split('/')[0]}: {finding.rule} {finding.message}"
                if finding.suggestion and fold(finding.suggestion) in fold(reference):
                    caught += 1
                    hits.append(line)
                else:
                    false_alarms.append(line + f" | reference: {reference[:90]}")
            for name in _candidates(mt, reference):
                match = resolve_name(name)
                if match is None:
                    unresolved += 1
                    continue
                answer = match.entry.name
                label = f"{name} -> {answer} ({match.method}, {match.score})"
                if fold(answer) in fold(reference):
                    resolved_right.append(label)
                else:
                    resolved_wrong.append(label)
    print(f"MT outputs: {outputs} sentences ({len(rows)} source lines)\n")
    print("| measure | count |")
    print("|---|---|")
    print(f"| TQ3xx findings | {findings} |")
    print(f"| ... whose suggestion the reference uses (garbles caught) | {caught} |")
    print(f"| ... other (false alarms or unverifiable) | {findings - caught} |")
    candidates = len(resolved_right) + len(resolved_wrong) + unresolved
    print(f"| capitalised names in MT missing from the reference | {candidates} |")
    print(f"| ... resolved to a name the reference uses | {len(resolved_right)} |")
    print(f"| ... resolved to something else | {len(resolved_wrong)} |")
    print(f"| ... not resolved | {unresolved} |")
    for title, lines in (
        ("Findings confirmed by the reference", hits),
        ("Other findings", false_alarms),
        ("Names resolved to the reference's name", resolved_right),
        ("Names resolved to something else (first 30)", resolved_wrong[:30]),
    ):
        print(f"\n{title}:\n")
        for line in lines:
            print(f"- {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
