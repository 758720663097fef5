"""Running a script in a fresh Python process over a cache folder of its own (the tests of
what the command keeps in its cache between processes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_in_cache(script: str, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``script`` run by ``python -c`` with ``args`` and ``TQCHECK_CACHE_DIR`` set to ``cache``."""
    env = {**os.environ, "TQCHECK_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env
    )
