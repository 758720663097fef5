"""The place rules say the same thing whatever the process's hash seed: where two readings of
one place score alike, the one a message cites (a skeleton, an Arabic spelling) was the first
met in a set's order, so the evidence of TQ301 changed from one run to the next. Run in fresh
processes under several seeds, the JSON of a check is one text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PARAGRAPHS = (
    "Shopkeepers in Mangaf said the market had been shut since Friday.",
    "Farmers in Menstir, Tunisia, said the olive harvest was late.",
    "Troops moved their checkpoints closer to Gory, the town near the boundary line.",
    "Fishermen in Mantigia, Tunisia, said the catch had fallen.",
)


def test_place_findings_do_not_follow_the_hash_seed(tmp_path: Path) -> None:
    files = []
    for number, paragraph in enumerate(PARAGRAPHS):
        path = tmp_path / f"p{number}.txt"
        path.write_text(paragraph + "\n", encoding="utf-8")
        files.append(str(path))
    command = [sys.executable, "-m", "tqcheck", "check", "--no-semantic", "--select"]
    command += ["TQ301,TQ306", "--format", "json", *files]
    outputs = set()
    for seed in ("1", "2", "3"):
        run = subprocess.run(
            command,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert run.returncode in (0, 1), run.stderr
        assert '"TQ301"' in run.stdout  # the readings whose evidence used to vary are made
        outputs.add(run.stdout)
    assert len(outputs) == 1
