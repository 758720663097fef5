"""Every rule on adversarial text at 1x, 2x and 4x sizes: time per rule, growth, peak memory
(issue 17). A linear rule takes about twice as long at 4x as at 2x; the script flags a rule
whose 2x->4x ratio is over 2.8 (an exponent over 1.5) once it takes more than 50 ms.

Usage::

    python benchmarks/adversarial_scaling.py                  # rules-only, every text
    python benchmarks/adversarial_scaling.py --semantic       # also TQ6xx, with the model
    python benchmarks/adversarial_scaling.py --texts counting --sizes 1 2 4 8
    python benchmarks/adversarial_scaling.py --big-mb 20      # + one CLI run on 20 MB of
                                                              #   repeated sentences, peak RSS
    python benchmarks/adversarial_scaling.py --texts --big-mb 20 --semantic  # that run alone

Texts (all written here; nothing read from elsewhere), at size factor k:

- counting: one paragraph of 250k sentences "The army took K villages." (4x: the issue's
  1,000 sentences, which must be checked rules-only in under 2 s);
- noun-counts: one sentence holding 500k counts of one noun ("3 villages, 5 villages, ...");
- years: one sentence holding 500k four-digit years;
- one-one: "one one one ..." 2,000k times;
- long-line: one line of 4,000k words without a full stop;
- headings: 400k short heading-like lines, one per paragraph;
- repeated: 2,500k copies of one sentence, in paragraphs of five (TQ601's worst case; the
  issue's 40,000 sentences are 16x).

Each rule is timed alone (``check_document`` with only that rule selected) on the parsed
document with its cached analyses cleared, so the facts and places it needs are in its time;
"parse" is the reading of the document itself and "all rules" one full rules-only check,
parse included. Peak RSS is this process's
(``resource.getrusage``), so it only ever grows; the ``--big-mb`` run is a separate process
measured with ``os.wait4``.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tqcheck.config import Config
from tqcheck.document import decode_bytes, parse_document
from tqcheck.document.model import Document
from tqcheck.rules.registry import all_rules
from tqcheck.runner import check_document

FLAG_RATIO = 2.8  # 2x -> 4x; linear is 2.0, n log n about 2.2, quadratic 4.0
FLAG_MIN_SECONDS = 0.05
GIVE_UP_SECONDS = 60.0  # a rule slower than this at one size is not run at the next


def counting(k: int) -> str:
    return " ".join(f"The army took {n % 97 + 2} villages." for n in range(250 * k)) + "\n"


def noun_counts(k: int) -> str:
    counts = ", ".join(f"{n % 89 + 2} villages" for n in range(500 * k))
    return f"The army said it took {counts} and 4 towns.\n"


def years(k: int) -> str:
    listed = ", ".join(str(1900 + n % 120) for n in range(500 * k))
    return f"The dispute flared in {listed} and again on 3 May 2020.\n"


def one_one(k: int) -> str:
    return "One " + "one " * (2000 * k) + "one.\n"


def long_line(k: int) -> str:
    words = ("the", "army", "took", "seven", "villages", "near", "the", "river", "on", "Monday")
    return " ".join(words[n % len(words)] for n in range(4000 * k)) + "\n"


def headings(k: int) -> str:
    return "".join(f"Section {n} Of The Report\n\n" for n in range(400 * k)) + "The end.\n"


def repeated(k: int) -> str:
    sentence = "The army said it took the village of Talish on Monday."
    paragraphs = [" ".join([sentence] * 5) for _ in range(500 * k)]
    return "\n\n".join(paragraphs) + "\n"


TEXTS: dict[str, Callable[[int], str]] = {
    "counting": counting,
    "noun-counts": noun_counts,
    "years": years,
    "one-one": one_one,
    "long-line": long_line,
    "headings": headings,
    "repeated": repeated,
}


def parse(text: str) -> Document:
    return parse_document(decode_bytes(text.encode("utf-8"), "adversarial.txt"))


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(action: Callable[[], object], repeat: int = 3) -> float:
    """The best of up to ``repeat`` runs (one run when it takes over a second): the machine is
    shared, and the minimum is the figure least disturbed by other load."""
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
        if best > 1.0:
            break
    return best


def measure(name: str, sizes: list[int], semantic: bool) -> list[tuple[str, list[float | None]]]:
    """Rows of (what, seconds per size); ``None`` where a size was skipped."""
    codes = [rule.code for rule in all_rules() if semantic or not rule.needs_model]
    texts = {k: TEXTS[name](k) for k in sizes}
    rows: list[tuple[str, list[float | None]]] = []
    parse_times = [timed(lambda k=k: parse(texts[k])) for k in sizes]
    rows.append(("parse", parse_times))
    everything = Config(select=tuple(codes), semantic=semantic)
    whole = [timed(lambda k=k: check_document(parse(texts[k]), everything)) for k in sizes]
    rows.append(("all rules (with parse)", whole))
    documents = {k: parse(texts[k]) for k in sizes}
    for code in codes:
        config = Config(select=(code,), semantic=semantic)
        times: list[float | None] = []
        for k in sizes:
            if times and (times[-1] is None or times[-1] > GIVE_UP_SECONDS):
                times.append(None)
                continue
            document = documents[k]

            def run(document: Document = document, config: Config = config) -> None:
                document.analyses.clear()  # the facts and places this rule needs: in its time
                document.published = None
                check_document(document, config)

            times.append(timed(run))
        rows.append((code, times))
    return rows


def growth(times: list[float | None]) -> tuple[float | None, bool]:
    """The last size step's ratio, and whether it is flagged as super-linear."""
    if len(times) < 2 or times[-1] is None or times[-2] is None:
        return None, times[-1] is None
    before, after = times[-2], times[-1]
    ratio = after / max(before, 1e-4)
    # Under 10 ms the ratio is mostly timer noise and is not flagged.
    return ratio, ratio > FLAG_RATIO and after > FLAG_MIN_SECONDS and before > 0.01


def report(name: str, sizes: list[int], rows: list[tuple[str, list[float | None]]]) -> None:
    chars = [len(TEXTS[name](k)) for k in sizes]
    header = " | ".join(f"{k}x ({c / 1000:.0f} KB) s" for k, c in zip(sizes, chars, strict=True))
    print(f"\n### {name}\n\n| rule | {header} | growth {sizes[-2]}x->{sizes[-1]}x | flag |")
    print("|---|" + "---|" * (len(sizes) + 2))
    shown = 0
    for what, times in rows:
        ratio, flagged = growth(times)
        slow = any(t is not None and t > 0.01 for t in times)
        if not (slow or flagged or what.startswith(("parse", "all rules"))):
            continue  # rules that stay under 10 ms at every size are summarised below
        shown += 1
        cells = " | ".join("skipped" if t is None else f"{t:.3f}" for t in times)
        exponent = f" (n^{math.log2(ratio):.1f})" if ratio and ratio > 0 else ""
        ratio_text = "-" if ratio is None else f"{ratio:.2f}{exponent}"
        print(f"| {what} | {cells} | {ratio_text} | {'SUPER-LINEAR' if flagged else ''} |")
    quiet = len(rows) - shown
    print(f"\n{quiet} more rules under 10 ms at every size. Peak RSS so far {peak_mib():.0f} MiB.")


def big_file(megabytes: int, semantic: bool) -> None:
    """One CLI run on ``megabytes`` MB of repeated sentences; wall time and peak RSS."""
    sentence = "The army said it took the village of Talish on Monday. "
    paragraph = (sentence * 5).strip() + "\n\n"
    count = megabytes * 1_000_000 // len(paragraph)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.txt"
        path.write_text(paragraph * count, encoding="utf-8")
        size = path.stat().st_size
        command = [sys.executable, "-m", "tqcheck", "check", "--quiet", "--format", "json"]
        command += ["--max-file-size", f"{megabytes + 5}M", str(path)]
        if not semantic:
            command.insert(4, "--no-semantic")
        start = time.perf_counter()
        with open(os.devnull, "w") as sink:  # noqa: PTH123
            process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
            _, status, usage = os.wait4(process.pid, 0)
            err = process.stderr.read().decode() if process.stderr else ""
        wall = time.perf_counter() - start
        print(
            f"\n{'semantic' if semantic else 'rules-only'} check of {size / 1e6:.1f} MB "
            f"({count * 5:,} sentences): {wall:.1f} s wall, exit "
            f"{os.waitstatus_to_exitcode(status)}, peak RSS {usage.ru_maxrss / 1024:.0f} MiB"
        )
        if err.strip():
            print("  stderr:", err.strip().splitlines()[-1][:200])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", nargs="*", default=list(TEXTS), choices=list(TEXTS))
    parser.add_argument("--sizes", nargs="*", type=int, default=[1, 2, 4])
    parser.add_argument("--semantic", action="store_true", help="time TQ6xx with the model")
    parser.add_argument("--big-mb", type=int, default=0, help="also check a file this big")
    args = parser.parse_args()
    # Warm-up: every lazy import and table (gazetteer, word frequencies, the model) loads
    # before anything is timed.
    for make in TEXTS.values():
        check_document(parse(make(1)[:2000] + "\n"), Config(semantic=args.semantic))
    flagged: list[str] = []
    for name in args.texts:
        rows = measure(name, args.sizes, args.semantic)
        report(name, args.sizes, rows)
        flagged += [f"{name}: {what}" for what, times in rows if growth(times)[1]]
    print("\nsuper-linear (2x->4x over " + f"{FLAG_RATIO}):", ", ".join(flagged) or "none")
    if args.big_mb:
        big_file(args.big_mb, args.semantic)


if __name__ == "__main__":
    main()
