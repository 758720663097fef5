"""Where tqcheck's cache lives, found without the semantic layer's encoder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tqcheck.cache_location import cache_dir


def test_cache_dir_prefers_tqcheck_then_xdg_then_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path / "own"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "own"
    monkeypatch.delenv("TQCHECK_CACHE_DIR")
    assert cache_dir() == tmp_path / "xdg" / "tqcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "tqcheck"


def test_the_gazetteer_finds_its_cache_without_the_encoder_module() -> None:
    """The GeoNames index and the packed tables sit in the cache folder; finding it must not
    import the ONNX encoder's module (and hashlib, tempfile with it), a layer the rules-only
    check never uses."""
    probe = (
        "import sys\n"
        "import tqcheck.gazetteer.cache_files as c, tqcheck.gazetteer.geonames as g\n"
        "c.named_path('probe', ())\n"
        "g.default_index_path()\n"
        "print('tqcheck.semantic.onnx_encoder' in sys.modules)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"
