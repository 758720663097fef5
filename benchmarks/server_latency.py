"""Latency of ``tqcheck serve`` against the CLI's per-call time, and whether concurrent answers
stay apart.

For a 1,000-word article (generated here from this script's own sentences, a different variant
per text), rules only and with the model: the server is started on a free loopback port, then
1, 8 and 32 clients send a bounded number of requests each; p50/p95 latency, throughput and
the server's memory (resident, peak) are printed. Every answer is compared with ``tqcheck
check --format json`` on a file holding the same text: nothing lost or mixed up between
concurrent requests. Stops by itself.

    python benchmarks/server_latency.py [--modes rules,model] [--requests 2] [--texts 8]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.server_support import Server, start_server, without_offsets  # noqa: E402

_PLACES = ["Ganja", "Barda", "Tartar", "Agdam", "Shusha", "Lachin", "Kalbajar", "Goranboy"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_PARAGRAPHS = [
    "Officials in {place} said on {day} that {n} people had been injured when shells hit a "
    "residential street near the central market, and that rescue teams were still searching "
    "the damaged buildings late into the evening.",
    "The the regional governor told reporters that {m} houses and two schools had been "
    "damaged, and that families from the worst-hit streets had been moved to a sports hall "
    "on the edge of town.",
    "According to the ministry, the three districts, Fuzuli, Jabrayil and Zangilan, came "
    "under fire overnight, and power was cut to several villages for about {h} hours.",
    'Residents described hearing explosions shortly after midnight. "We went down to the '
    'basement with the children and waited until morning," said one shopkeeper, who asked '
    "not to be named.",
    "Aid groups said they had delivered {k} tonnes of food and medicine since the start of "
    "the month, but warned that roads into the area remained dangerous for lorries.",
    "The ministry of health said hospitals in {place} had enough beds for now, though doctors "
    "were working double shifts and some operations had been postponed.",
    "International observers called on both sides to respect the ceasefire agreed in October "
    "and to allow humanitarian convoys to pass without delay.",
]


def article(variant: int, words: int = 1000) -> str:
    """About ``words`` words of news copy; ``variant`` changes names and numbers."""
    paragraphs: list[str] = []
    count = 0
    index = 0
    while count < words:
        template = _PARAGRAPHS[index % len(_PARAGRAPHS)]
        text = template.format(
            place=_PLACES[(variant + index) % len(_PLACES)],
            day=_DAYS[(variant + index) % len(_DAYS)],
            n=12 + variant + index,
            m=40 + 3 * variant + index,
            h=3 + (variant + index) % 9,
            k=20 + 5 * variant + index,
        )
        paragraphs.append(text)
        count += len(text.split())
        index += 1
    return "\n\n".join(paragraphs) + "\n"


def cli_findings(text: str, semantic: bool, folder: Path, name: str) -> tuple[list[Any], float]:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    flag = "--semantic" if semantic else "--no-semantic"
    began = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "tqcheck", "check", "--format", "json", flag, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    elapsed = time.perf_counter() - began
    if proc.returncode not in (0, 1):
        raise SystemExit(f"tqcheck check failed: {proc.stderr}")
    return json.loads(proc.stdout)["files"][0]["findings"], elapsed


def memory(pid: int) -> tuple[float, float]:
    """Resident and peak resident memory of ``pid`` in MiB (Linux /proc)."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run_level(
    server: Server, texts: list[str], expected: list[list[Any]], clients: int, per_client: int
) -> dict[str, Any]:
    latencies: list[float] = []
    mismatches = errors = 0
    lock = threading.Lock()

    def client(number: int) -> None:
        nonlocal mismatches, errors
        for request in range(per_client):
            which = (number * per_client + request) % len(texts)
            began = time.perf_counter()
            answer = server.post_json("/api/v1/check", {"text": texts[which]}, timeout=600)
            elapsed = time.perf_counter() - began
            with lock:
                if answer.status != 200:
                    errors += 1
                    continue
                latencies.append(elapsed)
                got = without_offsets(answer.json()["files"][0]["findings"])
                mismatches += got != expected[which]

    began = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    return {
        "clients": clients,
        "requests": len(latencies) + errors,
        "p50": statistics.median(latencies) if latencies else float("nan"),
        "p95": percentile(latencies, 0.95) if latencies else float("nan"),
        "throughput": len(latencies) / wall,
        "mismatches": mismatches,
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--modes", default="rules,model", help="rules, model or both")
    parser.add_argument("--texts", type=int, default=8, help="distinct articles (variants)")
    parser.add_argument("--requests", type=int, default=2, help="requests per client")
    parser.add_argument("--levels", default="1,8,32", help="concurrent clients")
    args = parser.parse_args()
    texts = [article(variant) for variant in range(args.texts)]
    print(
        f"article: {len(texts[0].split())} words, {len(texts[0])} characters; {len(texts)} variants"
    )
    levels = [int(level) for level in args.levels.split(",")]
    with tempfile.TemporaryDirectory(prefix="tqcheck-bench-") as scratch:
        folder = Path(scratch)
        for mode in args.modes.split(","):
            semantic = mode == "model"
            expected = []
            cli_times = []
            for index, text in enumerate(texts):
                findings, elapsed = cli_findings(text, semantic, folder, f"a{index}")
                expected.append(findings)
                cli_times.append(elapsed)
            print(
                f"\n[{mode}] CLI per call (tqcheck check, {len(texts)} calls): median "
                f"{statistics.median(cli_times):.2f} s, min {min(cli_times):.2f} s; "
                f"findings per article {statistics.median(len(f) for f in expected):.0f}"
            )
            flag = "--semantic" if semantic else "--no-semantic"
            began = time.perf_counter()
            # --timeout 600: at 32 clients a request waits for up to 31 checks before its own.
            server = start_server(folder / f"{mode}.log", flag, "--timeout", "600", startup=900)
            print(
                f"[{mode}] server start-up (to first /healthz): {time.perf_counter() - began:.1f} s"
            )
            try:
                rss, _ = memory(server.process.pid)
                print(f"[{mode}] server memory after start-up: {rss:.0f} MiB resident")
                print(f"[{mode}] clients requests   p50 s   p95 s  req/s  mismatches errors")
                for clients in levels:
                    per_client = args.requests if clients > 1 else max(args.requests, 5)
                    row = run_level(server, texts, expected, clients, per_client)
                    print(
                        f"[{mode}] {row['clients']:7d} {row['requests']:8d} {row['p50']:7.3f} "
                        f"{row['p95']:7.3f} {row['throughput']:6.2f} {row['mismatches']:10d} "
                        f"{row['errors']:6d}"
                    )
                rss, peak = memory(server.process.pid)
                print(f"[{mode}] server memory after the runs: {rss:.0f} MiB, peak {peak:.0f} MiB")
            finally:
                server.stop()


if __name__ == "__main__":
    main()
