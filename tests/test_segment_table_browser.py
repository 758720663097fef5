"""The HTML report's segment table for a bilingual file, rendered in real headless Chromium.

Runs ``scripts/check_segment_table.py`` (the same check editors can run by hand): Arabic source
cells lay out right to left, each highlight covers exactly the flagged target text inside its
cell, every unit has a row, and a screenshot is written.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "check_segment_table.py"


def test_segment_table_in_headless_chromium(tmp_path: Path) -> None:
    shot = tmp_path / "segment-table.png"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--out-dir", str(tmp_path), "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    # Exit 2 would mean Chromium is missing: .ci/run installs it, so that is a failure too.
    assert done.returncode == 0, done.stdout + done.stderr
    assert "direction rtl, first character at the right edge: True" in done.stdout
    assert "ok   u2 TQ720" in done.stdout
    assert "FAILED:" not in done.stdout
    assert shot.stat().st_size > 10_000
