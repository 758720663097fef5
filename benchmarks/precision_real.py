"""Per-rule precision of tqcheck's findings on real machine translation and professional text.

Builds articles from the team's evaluation data (read in place, path given as an argument; nothing
is written next to it): the WMT22/WMT23 ru->en news, WMT23 zh->en (MQM) and WMT23 he->en system
outputs, the FLORES ar->en MT sample, and as professional text the human references of those
test sets plus the English sides of NTREX-128 and FLORES-200. Consecutive segments of one document
(and one system) make one article, one segment per paragraph; data without document ids (WMT23
he->en) gives one article per segment; FLORES lines are grouped by their source URL.

Each article is checked in-process with tqcheck's own API. Every finding is matched against the
hand judgments in ``benchmarks/judgments/TQNNN.csv``::

    rule,dataset,doc,start,end,text_sha1,verdict,reason

(dataset = the eval-data file stem, doc = as printed by this script, start/end = character offsets
in the checked article, text_sha1 = sha1 of the flagged text, never the text itself; verdict is
``right`` or ``wrong``). The script prints, per rule, findings / judged / right / precision and
findings per 1,000 words, split into real MT and professional text, then lists every finding that
has no judgment yet (with its text, on the terminal only) so that a person can judge it.

    python benchmarks/precision_real.py ../shared/eval-data                 # the tuning split
    python benchmarks/precision_real.py ../shared/eval-data --split held    # figures only
    python benchmarks/precision_real.py ../shared/eval-data --rules TQ601,TQ206 --unjudged 50
    python benchmarks/precision_real.py ../shared/eval-data --select ALL --semantic
    python benchmarks/precision_real.py ../shared/eval-data --loops   # the loop census

Documents are split by a hash of their id (:func:`split_of`): one in five is held out, checked
only for the figures and judged once; rules are tuned on the rest. The loop census counts each
candidate by what joins its copies (:func:`separator_kind`: loop, comma, stop, double, other).

``--csv-template`` prints the unjudged findings as CSV rows with an empty verdict (no text), ready
to be filled in and appended to the rule's judgment file.
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tqcheck.config import Config
from tqcheck.document.model import Document
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.findings import Finding
from tqcheck.rules.registry import all_rules
from tqcheck.runner import check_document, embedding_store, rules_for

JUDGMENTS = Path(__file__).resolve().parent / "judgments"
FIELDS = ("rule", "dataset", "doc", "start", "end", "text_sha1", "verdict", "reason")
MT, PRO = "real MT", "professional"


@dataclass(frozen=True, slots=True)
class Article:
    dataset: str  # eval-data file stem
    doc: str  # document id / line, "/" and the system or reference name
    kind: str  # MT or PRO
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def split(self) -> str:
        """``held`` or ``tune``: fixed by a hash of the dataset and document id (the part of
        ``doc`` before the system or reference name), so every system's output of one source
        document, and its references, fall on the same side."""
        return split_of(self.dataset, self.doc)


HELD_SHARE = 5  # one document in five is held out


def split_of(dataset: str, doc: str) -> str:
    """The split of a document: sha1 of ``dataset:document id``, one in :data:`HELD_SHARE`
    held out. The held-out documents are checked only for the figures, never while a rule is
    being tuned, and their findings are judged once."""
    document = doc.rsplit("/", 1)[0] if "/" in doc else doc
    digest = hashlib.sha1(f"{dataset}:{document}".encode()).hexdigest()
    return "held" if int(digest[:8], 16) % HELD_SHARE == 0 else "tune"


def _rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _article(dataset: str, doc: str, kind: str, segments: list[str]) -> Article | None:
    text = "\n\n".join(" ".join(s.split()) for s in segments if isinstance(s, str) and s.strip())
    return Article(dataset, doc, kind, text + "\n") if text else None


def _grouped(rows: list[dict], key: str) -> dict[str, list[dict]]:
    """Rows by document, in segment order (consecutive runs of one id)."""
    groups: dict[str, list[dict]] = collections.defaultdict(list)
    for row in rows:
        groups[str(row[key])].append(row)
    for group in groups.values():
        group.sort(key=lambda r: int(r.get("seg_id") or r.get("line") or 0))
    return groups


def _by_url(rows: list[dict]) -> dict[str, list[dict]]:
    """FLORES lines grouped by consecutive runs of one source URL; id = first line number."""
    groups: dict[str, list[dict]] = {}
    previous, current = None, ""
    for row in sorted(rows, key=lambda r: int(r["line"])):
        if row.get("url") != previous:
            current = f"L{row['line']}"
            previous = row.get("url")
            groups[current] = []
        groups[current].append(row)
    return groups


def articles(
    data: Path, systems: int | None, heen_lines: int | None = None, heen_skip: int = 0
) -> Iterator[Article]:
    """Every article, MT and professional, in a fixed order (WMT23 he->en: its first
    ``heen_lines`` lines only, when given: one article per line and system is slow to check)."""

    def pick(names: list[str]) -> list[str]:
        names = sorted(names)
        return names if systems is None else names[:systems]

    for name in ("wmt22_ruen_news_mt_outputs", "wmt23_ruen_news_mt_outputs"):
        path = data / "mt_outputs" / f"{name}.jsonl"
        for doc_id, group in _grouped(list(_rows(path)), "doc_id").items():
            for ref in sorted(group[0]["references"]):
                segs = [r["references"].get(ref) for r in group]
                if (a := _article(name, f"{doc_id}/ref:{ref}", PRO, segs)) is not None:
                    yield a
            for system in pick(list(group[0]["system_outputs"])):
                segs = [r["system_outputs"].get(system) for r in group]
                if (a := _article(name, f"{doc_id}/{system}", MT, segs)) is not None:
                    yield a
    name = "wmt23_generalmt_zhen_mqm_news"
    by_system: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for row in _rows(data / "mt_errors" / f"{name}.jsonl"):
        by_system[(row["doc_id"], row["system"])].append(row)
    allowed = set(pick(sorted({system for _, system in by_system})))
    for (doc_id, system), group in sorted(by_system.items()):
        if system in allowed:
            group.sort(key=lambda r: int(r["seg_id"]))
            # the MQM file has one row per rated segment: keep the first of each seg_id
            seen: dict[str, str] = {}
            for r in group:
                seen.setdefault(r["seg_id"], r["target"])
            a = _article(name, f"{doc_id}/{system}", MT, list(seen.values()))
            if a is not None:
                yield a
    name = "wmt23_heen_mt_outputs"
    for row in _rows(data / "mt_outputs" / f"{name}.jsonl"):
        if heen_lines is not None and int(row["line"]) > heen_lines:
            break
        if int(row["line"]) <= heen_skip:
            continue
        for ref in sorted(row["references"]):
            a = _article(name, f"L{row['line']}/ref:{ref}", PRO, [row["references"][ref]])
            if a is not None:
                yield a
        for system in pick(list(row["system_outputs"])):
            a = _article(name, f"L{row['line']}/{system}", MT, [row["system_outputs"][system]])
            if a is not None:
                yield a
    name = "flores200_devtest_ar2en_mt_sample"
    rows = list(_rows(data / "mt_outputs" / f"{name}.jsonl"))
    for doc_id, group in _by_url(rows).items():
        for system in pick(list(group[0]["system_outputs"])):
            segs = [r["system_outputs"].get(system) for r in group]
            if (a := _article(name, f"{doc_id}/{system}", MT, segs)) is not None:
                yield a
    name = "ntrex128_en_ar_az_hy_ru_news"
    for doc_id, group in _grouped(
        list(_rows(data / "parallel" / f"{name}.jsonl")), "doc_id"
    ).items():
        if (a := _article(name, doc_id, PRO, [r["en"] for r in group])) is not None:
            yield a
    name = "flores200_devtest_ar_en"
    for doc_id, group in _by_url(list(_rows(data / "parallel" / f"{name}.jsonl"))).items():
        if (a := _article(name, doc_id, PRO, [r["en"] for r in group])) is not None:
            yield a


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


Key = tuple[str, str, str, int, int, str]


def load_judgments() -> dict[Key, tuple[str, str]]:
    judged: dict[Key, tuple[str, str]] = {}
    for path in sorted(JUDGMENTS.glob("TQ*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row.get("verdict") not in ("right", "wrong"):
                    continue
                key = (
                    row["rule"],
                    row["dataset"],
                    row["doc"],
                    int(row["start"]),
                    int(row["end"]),
                    row["text_sha1"],
                )
                judged[key] = (row["verdict"], row.get("reason", ""))
    return judged


def key_of(article: Article, finding: Finding) -> Key:
    return (
        finding.rule,
        article.dataset,
        article.doc,
        finding.start,
        finding.end,
        sha1(finding.text),
    )


def parse(article: Article) -> Document:
    raw = article.text.encode("utf-8")
    source = SourceText(
        path=f"{article.doc}.txt", text=article.text, encoding="utf-8", bom=b"", raw=raw
    )
    return parse_document(source, fmt="text")


def check(article: Article, config: Config) -> list[Finding]:
    return check_document(parse(article), config)


def checked(
    stream: Iterator[Article], config: Config, batch: int = 300
) -> Iterator[tuple[Article, list[Finding]]]:
    """Findings per article; with the model rules on, the sentences of ``batch`` articles are
    embedded together first (one large batch instead of one call per article)."""
    model_rules = [rule for rule in rules_for(config) if rule.needs_model]
    pending: list[tuple[Article, Document]] = []

    def flush() -> Iterator[tuple[Article, list[Finding]]]:
        if model_rules:
            texts = [
                t for _, doc in pending for rule in model_rules for t in rule.texts_to_embed(doc)
            ]
            embedding_store(config.model, config.semantic_backend).prepare(texts)
        for article, document in pending:
            yield article, check_document(document, config)
        pending.clear()

    for article in stream:
        pending.append((article, parse(article)))
        if len(pending) >= batch:
            yield from flush()
    yield from flush()


# ---------------------------------------------------------------------------------------------
# The loop census: a deliberately generous script-side detector of repetition in MT output, to
# be judged by hand (benchmarks/judgments/loops.csv) and compared with what the rules find.

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def loop_candidates(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of every stretch, inside one paragraph, where a 1-8 word unit repeats
    immediately (any punctuation between the copies), at least twice for units of two or more
    words and for capitalised words, three times for a lower-case single word; bare numbers
    ("1:0 (0:0)") are not repeats."""
    offset = 0
    for paragraph in text.split("\n\n"):
        for start, end, kind in _paragraph_candidates(paragraph):
            yield offset + start, offset + end, kind
        offset += len(paragraph) + 2


def _paragraph_candidates(text: str) -> Iterator[tuple[int, int, str]]:
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        best: tuple[int, int] | None = None  # (unit length, copies)
        for size in range(1, 9):
            if i + 2 * size > len(words):
                break
            unit = [w[2] for w in words[i : i + size]]
            copies = 1
            while (
                i + (copies + 1) * size <= len(words)
                and [w[2] for w in words[i + copies * size : i + (copies + 1) * size]] == unit
            ):
                copies += 1
            if copies < 2 or all(w.isdigit() for w in unit):
                continue
            first = text[words[i][0] : words[i][1]]
            if size == 1 and copies < 3 and not first[:1].isupper():
                continue
            if size == 1 and len(unit[0]) < 2 and not unit[0].isdigit():
                continue
            # the copies must sit next to each other: only spaces/punctuation between them
            gap_ok = all(
                not re.search(r"\w", text[words[i + k * size - 1][1] : words[i + k * size][0]])
                for k in range(1, copies)
            )
            if gap_ok and (best is None or copies * size > best[0] * best[1]):
                best = (size, copies)
        if best is None:
            i += 1
            continue
        size, copies = best
        end_word = i + size * copies - 1
        if copies >= 3:
            kind = "loop"
        else:
            gap = text[words[i + size - 1][1] : words[i + size][0]]
            kind = separator_kind(gap, text[words[end_word][1] :])
        yield words[i][0], words[end_word][1], kind
        i = end_word + 1


def separator_kind(gap: str, after: str) -> str:
    """How two copies are joined, from the text between them (``gap``) and the text after the
    second copy: a mark that ends both copies ("50%, ... 50%", '"Three Sisters", ... "Three
    Sisters"') is part of the copy, not of the separator. ``comma`` when what is left is a comma
    (quote marks around it allowed: 'she explained, " she explained'); ``stop`` for a full stop,
    question or exclamation mark, colon or semicolon; ``double`` when nothing is left but spaces
    and quote marks; ``other`` for a dash, a parenthesis and the rest."""
    shared = 0
    while shared < len(gap) and shared < len(after) and gap[shared] == after[shared]:
        if gap[shared].isspace() or gap[shared] in ".,;:!?":
            break  # sentence punctuation separates; "%", quote marks, ")" end a copy
        shared += 1
    left = gap[shared:].strip().strip("\"'“”«»„ ")
    if left == ",":
        return "comma"
    if left in (".", "!", "?", ":", ";"):
        return "stop"
    return "double" if not left else "other"


def loop_census(data: Path, args: argparse.Namespace) -> None:
    """Every loop candidate in the MT articles, its hand verdict, and whether a rule covers it."""
    config = Config(select=("TQ201", "TQ202", "TQ206"), semantic=False)
    judged: dict[tuple[str, str, int, int, str], tuple[str, str]] = {}
    path = JUDGMENTS / "loops.csv"
    if path.exists():
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                judged[
                    (
                        row["dataset"],
                        row["doc"],
                        int(row["start"]),
                        int(row["end"]),
                        row["text_sha1"],
                    )
                ] = (row["verdict"], row["reason"])
    counts: collections.Counter[str] = collections.Counter()
    missed: list[str] = []
    unjudged: list[str] = []
    per_loop_findings: list[int] = []
    for article in articles(data, args.systems, args.heen_lines or None, args.heen_skip):
        if article.kind != MT or (args.split != "all" and article.split != args.split):
            continue
        candidates = list(loop_candidates(article.text))
        if not candidates:
            continue
        findings = check(article, config)
        for start, end, kind in candidates:
            flagged = article.text[start:end]
            key = (article.dataset, article.doc, start, end, sha1(flagged))
            verdict = judged.get(key, ("", ""))[0]
            counts[f"candidates {kind}"] += 1
            covering = [f for f in findings if f.start < end and f.end > start]
            if not verdict:
                before = article.text[max(0, start - 50) : start]
                after = article.text[end : end + 30]
                unjudged.append(
                    f"{article.dataset},{article.doc},{start},{end},{sha1(flagged)},,"
                    f"  # {kind} covered={','.join(f.rule for f in covering) or '-'} | "
                    f"{before!r} [[{flagged[:200]}]] {after!r}"
                )
                continue
            counts[f"{verdict} {kind}"] += 1
            if verdict == "right":
                per_loop_findings.append(len(covering))
                if covering:
                    counts[f"found {kind}"] += 1
                else:
                    missed.append(
                        f"{article.dataset} {article.doc} {start}-{end}: {flagged[:120]!r}"
                    )
    print("Loop census (MT articles):")
    for name in sorted(counts):
        print(f"  {name}: {counts[name]}")
    if per_loop_findings:
        several = sum(1 for n in per_loop_findings if n > 1)
        print(f"  real repeats with more than one finding: {several} of {len(per_loop_findings)}")
    for line in missed:
        print("  MISSED", line)
    if unjudged:
        print(
            f"{len(unjudged)} candidates without a verdict "
            "(dataset,doc,start,end,text_sha1,verdict,reason):"
        )
        for line in unjudged[: args.unjudged]:
            print(line)


# ---------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_data", type=Path)
    parser.add_argument("--select", default="", help="rule selection (default: the default set)")
    parser.add_argument("--rules", default="", help="report only these codes/prefixes (TQ6,TQ103)")
    parser.add_argument("--semantic", action="store_true", help="also run the model rules")
    parser.add_argument("--limit", type=int, default=None, help="articles per dataset and kind")
    parser.add_argument("--systems", type=int, default=None, help="MT systems per document")
    parser.add_argument(
        "--heen-lines",
        type=int,
        default=0,
        help="WMT23 he->en lines checked (one article per line and system; 0: all 1,910)",
    )
    parser.add_argument(
        "--heen-skip",
        type=int,
        default=0,
        help="skip the first N he->en lines",
    )
    parser.add_argument(
        "--split",
        choices=("tune", "held", "all"),
        default="tune",
        help="documents by a hash of their id: tune (4 in 5), held (1 in 5, for the figures "
        "only), all",
    )
    parser.add_argument("--only", default="", help="datasets whose stem contains this")
    parser.add_argument("--unjudged", type=int, default=40, help="unjudged findings to list")
    parser.add_argument("--csv-template", action="store_true", help="list unjudged as CSV rows")
    parser.add_argument(
        "--wrong", action="store_true", help="also list the findings judged wrong, with context"
    )
    parser.add_argument("--loops", action="store_true", help="the repetition-loop census")
    parser.add_argument("--context", type=int, default=80, help="characters of context shown")
    args = parser.parse_args()
    if not args.eval_data.is_dir():
        sys.exit(f"{args.eval_data}: not a directory")
    if args.loops:
        loop_census(args.eval_data, args)
        return
    select = tuple(s for s in args.select.replace(" ", ",").split(",") if s)
    config = Config(semantic=args.semantic)
    if select:
        config = config.merged(select=select)
    wanted = tuple(s.upper() for s in args.rules.replace(" ", ",").split(",") if s)
    judged = load_judgments()
    severity = {rule.code: rule.severity.value for rule in all_rules()}
    words: collections.Counter[str] = collections.Counter()
    count: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(
        collections.Counter
    )  # (rule, kind) -> found/right/wrong
    unjudged: list[tuple[Article, Finding]] = []
    wrong: list[tuple[Article, Finding]] = []
    taken: collections.Counter[tuple[str, str]] = collections.Counter()
    started = time.perf_counter()
    n_articles = 0

    def limited() -> Iterator[Article]:
        for article in articles(
            args.eval_data, args.systems, args.heen_lines or None, args.heen_skip
        ):
            if args.only and args.only not in article.dataset:
                continue
            if args.split != "all" and article.split != args.split:
                continue
            if args.limit is not None:
                if taken[(article.dataset, article.kind)] >= args.limit:
                    continue
                taken[(article.dataset, article.kind)] += 1
            yield article

    for article, findings in checked(limited(), config):
        n_articles += 1
        words[article.kind] += article.words
        for finding in findings:
            if wanted and not finding.rule.startswith(wanted):
                continue
            tally = count[(finding.rule, article.kind)]
            tally["found"] += 1
            verdict = judged.get(key_of(article, finding))
            if verdict is None:
                unjudged.append((article, finding))
            else:
                tally[verdict[0]] += 1
                if args.wrong and verdict[0] == "wrong":
                    wrong.append((article, finding))
    elapsed = time.perf_counter() - started
    print(
        f"{n_articles} articles, {words[MT]:,} words of real MT, {words[PRO]:,} words of "
        f"professional text, {elapsed:.1f} s"
    )
    print()
    print(
        "| rule | severity | MT findings | judged | right | precision | per 1,000 words "
        "| professional findings | judged wrong | per 1,000 words |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    rules = sorted({rule for rule, _ in count})
    totals: collections.Counter[str] = collections.Counter()
    for rule in rules:
        mt, pro = count[(rule, MT)], count[(rule, PRO)]
        judged_mt = mt["right"] + mt["wrong"]
        precision = f"{100 * mt['right'] / judged_mt:.0f}%" if judged_mt else "-"
        print(
            f"| {rule} | {severity.get(rule, '?')} | {mt['found']} | {judged_mt} | {mt['right']} "
            f"| {precision} | {1000 * mt['found'] / max(words[MT], 1):.3f} | {pro['found']} "
            f"| {pro['wrong']} | {1000 * pro['found'] / max(words[PRO], 1):.3f} |"
        )
        if severity.get(rule) == "error":
            totals["error right"] += mt["right"] + pro["right"]
            totals["error judged"] += judged_mt + pro["right"] + pro["wrong"]
        totals["pro wrong"] += pro["wrong"]
        totals["pro unjudged"] += pro["found"] - pro["right"] - pro["wrong"]
    print()
    if totals["error judged"]:
        print(
            f"error severity: {totals['error right']}/{totals['error judged']} right "
            f"({100 * totals['error right'] / totals['error judged']:.0f}%)"
        )
    print(
        f"professional text: {totals['pro wrong']} judged wrong "
        f"({1000 * totals['pro wrong'] / max(words[PRO], 1):.3f} per 1,000 words), "
        f"{totals['pro unjudged']} not judged"
    )
    print(f"{len(unjudged)} findings without a judgment")
    if args.csv_template:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        for article, finding in unjudged[: args.unjudged]:
            writer.writerow([*key_of(article, finding), "", ""])
        return
    for article, finding in wrong:
        before = article.text[max(0, finding.start - args.context) : finding.start]
        after = article.text[finding.end : finding.end + args.context]
        print(
            f"\nWRONG {finding.rule} {article.dataset} {article.doc}: ...{before!r} "
            f"[[{finding.text}]] {after!r}..."
        )
    for article, finding in unjudged[: args.unjudged]:
        before = article.text[max(0, finding.start - args.context) : finding.start]
        after = article.text[finding.end : finding.end + args.context]
        print(
            f"\n{finding.rule} {article.kind} {article.dataset} {article.doc} "
            f"{finding.start} {finding.end} {sha1(finding.text)}\n"
            f"  {finding.message}\n"
            f"  ...{before!r} [[{finding.text}]] {after!r}..."
        )


if __name__ == "__main__":
    main()
