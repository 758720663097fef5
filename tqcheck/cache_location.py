"""Where tqcheck keeps what it builds once (the GeoNames index, packed word tables, exported
models), and the one line a slow first run prints: the lowest layer, so that the gazetteer finds
its cache without importing the semantic layer's encoder (``tempfile``, ``hashlib`` and the
rest it needs only to export a model)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def cache_dir() -> Path:
    """``$TQCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/tqcheck``, else ``~/.cache/tqcheck``."""
    explicit = os.environ.get("TQCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tqcheck"


def first_run_notice(what: str) -> None:
    """One line on stderr (one write) when a one-time step starts, so a slow first run says
    why: the GeoNames index build, the ONNX export of a ``--model`` folder. Only where stderr
    is a terminal, as for the progress bar: logs and captured output stay as they were."""
    with contextlib.suppress(OSError, ValueError):
        if os.isatty(2):
            os.write(2, f"tqcheck: notice: {what}\n".encode("utf-8", "replace"))
