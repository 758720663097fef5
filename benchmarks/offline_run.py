"""A long default run (semantic rules on) must not touch the network nor write outside its cache.

Issue 17's acceptance: "No connection attempt and no file outside the cache and outputs during a
30 s semantic run." This script builds a corpus of copies of the repository's own example
articles (``examples/``, written for this project), then runs ``tqcheck check`` on it with every
rule (semantic included, ``--jobs`` default) and once more on the bilingual example with
``--source``, each in a fresh process whose HOME, XDG folders and TMPDIR are empty folders and
whose ``TQCHECK_CACHE_DIR`` starts empty, so the ONNX export (torch) and the GeoNames build
happen inside the first run. Every network system call is recorded with ``strace`` (connect, sendto,
sendmsg to an IP address), and ``unshare -n`` cuts the network namespace where allowed.

Run:  python benchmarks/offline_run.py [--copies 120] [--keep DIR]
Prints one line per run: seconds, exit code, network calls, files outside cache and outputs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def network_calls(trace: Path) -> list[str]:
    if not trace.exists():
        return []
    return [
        line
        for line in trace.read_text(encoding="utf-8", errors="replace").splitlines()
        if ("AF_INET" in line or "AF_INET6" in line)
        and any(call in line for call in ("connect(", "sendto(", "sendmsg("))
    ]


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if not p.is_dir())


def run(name: str, base: Path, args: list[str], use_unshare: bool) -> dict[str, object]:
    """One run with its own empty HOME, XDG and TMPDIR; the cache is shared by the runs (the
    first exports the model and builds the GeoNames index into it, the next load them)."""
    run_base = base / name
    for sub in ("home", "tmp", "outputs"):
        (run_base / sub).mkdir(parents=True)
    cache = base / "cache"
    cache.mkdir(exist_ok=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("HF_", "XDG_", "TRANSFORMERS_", "TORCH", "ORT_", "TQCHECK_"))
    }
    env.update(
        HOME=str(run_base / "home"),
        XDG_CACHE_HOME=str(run_base / "home" / ".cache"),
        XDG_CONFIG_HOME=str(run_base / "home" / ".config"),
        TMPDIR=str(run_base / "tmp"),
        TQCHECK_CACHE_DIR=str(cache),
    )
    trace = run_base / "strace.log"
    command = [sys.executable, "-m", "tqcheck", "check", "--semantic", *args]
    command += ["--format", "json", "-o", str(run_base / "outputs" / "report.json")]
    if shutil.which("strace"):
        command = [
            "strace", "-f", "--seccomp-bpf", "-e", "trace=connect,sendto,sendmsg",
            "-o", str(trace), *command,
        ]  # fmt: skip
    if use_unshare:
        command = ["unshare", "-n", *command]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    seconds = time.perf_counter() - started
    outside = [f"home/{p}" for p in files_under(run_base / "home")]
    outside += [f"tmp/{p}" for p in files_under(run_base / "tmp")]
    return {
        "run": name,
        "seconds": round(seconds, 1),
        "exit": result.returncode,
        "network_calls": len(network_calls(trace)),
        "files_outside": outside,
        "cache": sorted({Path(p).parts[0] for p in files_under(cache)}),
        "stderr_tail": result.stderr.strip().splitlines()[-1:] if result.returncode > 1 else [],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=120, help="copies of each example article")
    parser.add_argument("--keep", type=Path, help="keep the run folders here")
    parser.add_argument("--no-unshare", action="store_true", help="do not cut the network")
    options = parser.parse_args()
    base = options.keep or Path(tempfile.mkdtemp(prefix="tqcheck-offline-"))
    corpus = base / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    sources = [
        ROOT / "examples" / "mt-draft.txt",
        ROOT / "examples" / "bilingual" / "offensive-en.md",
    ]
    for number in range(options.copies):
        for source in sources:
            text = source.read_text(encoding="utf-8")
            # Each copy differs by one sentence so that nothing is deduplicated away.
            extra = f"\n\nThe ministry issued statement number {number + 1} on the matter.\n"
            (corpus / f"{source.stem}-{number:04d}{source.suffix}").write_text(
                text + extra, encoding="utf-8"
            )
    unshare = not options.no_unshare and shutil.which("unshare") is not None
    if unshare:
        probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False)
        unshare = probe.returncode == 0
    runs = [
        run("corpus-default", base, [str(corpus)], unshare),
        run(
            "source-aware",
            base,
            [
                str(ROOT / "examples" / "bilingual" / "offensive-en.md"),
                "--source",
                str(ROOT / "examples" / "bilingual" / "offensive-ar.md"),
            ],
            unshare,
        ),
    ]
    print(f"corpus: {len(list(corpus.iterdir()))} files; network namespace cut: {unshare}")
    for result in runs:
        print(result)
    if not options.keep:
        shutil.rmtree(base, ignore_errors=True)
    if any(r["network_calls"] or r["files_outside"] or int(r["exit"]) > 1 for r in runs):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
