"""How often each rule fires on real news text: professional English and machine translation.

Builds one article per document from the team's evaluation data (read in place; written only to
a temporary directory), runs ``tqcheck check --no-semantic`` on each corpus and prints findings
per rule. Professional copy (NTREX-128 English news, WMT human references) should give almost
nothing: every finding there is either a real slip in the source or a false alarm to look at.

    python benchmarks/findings_on_real_text.py PATH/TO/eval-data [--systems 3]
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def _write(folder: Path, name: str, segments: list[str]) -> None:
    text = "\n\n".join(segment.strip() for segment in segments if segment.strip())
    if text:
        (folder / f"{name.replace('/', '_')}.txt").write_text(text + "\n", encoding="utf-8")


def build(data: Path, out: Path, systems: int) -> dict[str, Path]:
    corpora = {name: out / name for name in ("ntrex", "wmt-references", "wmt-mt")}
    for folder in corpora.values():
        folder.mkdir()
    documents: dict[str, list[str]] = collections.defaultdict(list)
    with (data / "parallel" / "ntrex128_en_ar_az_hy_ru_news.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            documents[row["doc_id"]].append(row["en"])
    for doc_id, segments in documents.items():
        _write(corpora["ntrex"], doc_id, segments)
    wmt: dict[str, dict[str, list[str]]] = collections.defaultdict(
        lambda: collections.defaultdict(list)
    )
    for name in ("wmt22_ruen_news_mt_outputs.jsonl", "wmt23_ruen_news_mt_outputs.jsonl"):
        with (data / "mt_outputs" / name).open(encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                doc = f"{name[:5]}-{row['doc_id']}"
                wmt[doc]["ref"].append(next(iter(row["references"].values())))
                for system in sorted(row["system_outputs"])[:systems]:
                    wmt[doc][system].append(row["system_outputs"][system])
    for doc, versions in wmt.items():
        for version, segments in versions.items():
            corpus = "wmt-references" if version == "ref" else "wmt-mt"
            if all(isinstance(segment, str) for segment in segments):
                _write(corpora[corpus], f"{doc}-{version}", segments)
    return corpora


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_data", type=Path)
    parser.add_argument("--systems", type=int, default=3, help="MT systems per WMT document")
    parser.add_argument(
        "--show", default="", help="print the findings of rules with this code prefix (TQ4)"
    )
    args = parser.parse_args()
    shown: list[str] = []
    with tempfile.TemporaryDirectory() as temporary:
        corpora = build(args.eval_data, Path(temporary), args.systems)
        print("| corpus | articles | words | findings | per 1,000 words | by rule |")
        print("|---|---|---|---|---|---|")
        for name, folder in corpora.items():
            run = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "tqcheck",
                    "check",
                    "--no-semantic",
                    "--format",
                    "json",
                    str(folder),
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            report = json.loads(run.stdout)
            rules = collections.Counter(
                f["rule"] for file in report["files"] for f in file["findings"]
            )
            words = sum(
                len(path.read_text(encoding="utf-8").split()) for path in folder.glob("*.txt")
            )
            total = sum(rules.values())
            if args.show:
                shown.extend(
                    f"{name} {Path(file['path']).name}:{f['line']}: {f['rule']} {f['message']}"
                    for file in report["files"]
                    for f in file["findings"]
                    if f["rule"].startswith(args.show)
                )
            by_rule = ", ".join(f"{rule} {count}" for rule, count in sorted(rules.items()))
            print(
                f"| {name} | {len(report['files'])} | {words:,} | {total} | "
                f"{1000 * total / max(words, 1):.2f} | {by_rule} |"
            )
    for line in shown:
        print(line)


if __name__ == "__main__":
    main()
