"""No network and no writes outside the cache: a semantic, source-aware run in a fresh process
whose home, XDG folders and temporary folder are empty, whose sockets fail (recorded), traced
at the system-call level where ``strace`` is available, and again in a cut network namespace.

The run loads the default model (the installed int8 ONNX file: no export, no torch) with an
empty cache, embeds sentences with ONNX Runtime, and aligns the article with its Arabic source
through the cross-lingual encoder. ``benchmarks/offline_run.py`` does the same for 30 s.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

TARGET = ROOT / "examples" / "bilingual" / "offensive-en.md"
SOURCE = ROOT / "examples" / "bilingual" / "offensive-ar.md"
# The embedding rules and the alignment rules; no place rule, so no GeoNames index is built.
SELECT = "TQ6,TQ701,TQ702"

SITECUSTOMIZE = """
import os, socket

_LOG = os.environ["TQCHECK_TEST_SOCKET_LOG"]


def _refuse(what, *args, **kwargs):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"{what} {args!r:.200}\\n")
    raise OSError("network disabled by the test")


class _Socket(socket.socket):
    def __init__(self, *args, **kwargs):
        _refuse("socket", *args)


socket.socket = _Socket
for _name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
              "gethostbyaddr", "socketpair"):
    setattr(socket, _name, lambda *a, _n=_name, **k: _refuse(_n, *a))
"""


def _tree(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


def _private_env(base: Path, cache: Path) -> dict[str, str]:
    """Every place a library could write to, pointed at empty folders of the test."""
    for name in ("home", "tmp", "sitecustomize"):
        (base / name).mkdir(exist_ok=True)
    (base / "sitecustomize" / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("HF_", "XDG_", "TRANSFORMERS_", "TORCH", "ORT_", "TQCHECK_"))
    }
    env.update(
        HOME=str(base / "home"),
        XDG_CACHE_HOME=str(base / "home" / ".cache"),
        XDG_CONFIG_HOME=str(base / "home" / ".config"),
        XDG_DATA_HOME=str(base / "home" / ".local" / "share"),
        XDG_STATE_HOME=str(base / "home" / ".local" / "state"),
        TMPDIR=str(base / "tmp"),
        TQCHECK_CACHE_DIR=str(cache),
        TQCHECK_TEST_SOCKET_LOG=str(base / "sockets.log"),
        PYTHONPATH=os.pathsep.join(
            [str(base / "sitecustomize"), *filter(None, [os.environ.get("PYTHONPATH")])]
        ),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def _command(report: Path) -> list[str]:
    return [
        sys.executable, "-m", "tqcheck", "check", "--semantic", "--select", SELECT,
        "--format", "json", "-o", str(report), str(TARGET), "--source", str(SOURCE),
    ]  # fmt: skip


def _network_syscalls(trace: Path) -> list[str]:
    """connect/sendto lines of an strace log that reach an IP address (not a local socket)."""
    return [
        line
        for line in trace.read_text(encoding="utf-8", errors="replace").splitlines()
        if ("AF_INET" in line or "AF_INET6" in line) and ("connect(" in line or "sendto(" in line)
    ]


def _strace_works() -> bool:
    if not shutil.which("strace"):
        return False
    probe = subprocess.run(
        ["strace", "-f", "--seccomp-bpf", "-e", "trace=connect", "-o", os.devnull, "true"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def _run(base: Path, command_prefix: list[str], seed: Path | None = None) -> Path:
    """Run the check in a private environment under ``base``; assert what it left behind."""
    cache = base / "cache"
    outputs = base / "outputs"
    outputs.mkdir(parents=True)
    env = _private_env(base, cache)
    if seed is not None and seed.exists():
        shutil.copytree(seed, cache / "onnx")
    report = outputs / "report.json"
    result = subprocess.run(
        [*command_prefix, *_command(report)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=base,
        timeout=600,
    )
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    # The model ran from the installed package: nothing exported into the cache.
    assert not (cache / "onnx").exists()
    assert not (base / "sockets.log").exists(), (base / "sockets.log").read_text()
    assert _tree(base / "home") == set()
    assert _tree(base / "tmp") == set()
    assert _tree(outputs) == {"report.json"}
    allowed = {"cache", "outputs", "home", "tmp", "sitecustomize", "strace.log"}
    assert {path.name for path in base.iterdir()} <= allowed
    # tqcheck's own derived tables (compiled patterns, ISO names) may be kept in its cache;
    # no place rule ran, so no GeoNames index was built there
    assert {Path(p).parts[0] for p in _tree(cache)} <= {"onnx", "torch", "huggingface", "gazetteer"}
    assert not [p for p in _tree(cache) if p.endswith((".sqlite", ".sqlite-journal"))]
    return report


def _findings(report: Path) -> list[tuple[str, int]]:
    data = json.loads(report.read_text(encoding="utf-8"))
    return sorted((f["rule"], f["line"]) for file in data["files"] for f in file["findings"])


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A first run in an empty cache (no export: the installed model), traced by strace where
    possible."""
    base = tmp_path_factory.mktemp("offline-export")
    trace = base / "strace.log"
    prefix = (
        ["strace", "-f", "--seccomp-bpf", "-e", "trace=connect,sendto", "-o", str(trace)]
        if _strace_works()
        else []
    )
    report = _run(base, prefix)
    if prefix:
        assert _network_syscalls(trace) == []
    return base, report


def test_a_semantic_source_run_stays_offline_and_inside_its_cache(
    first_run: tuple[Path, Path],
) -> None:
    _, report = first_run
    found = _findings(report)
    assert found, "the semantic and alignment rules found nothing to report"
    assert {rule[:3] for rule, _ in found} <= {"TQ6", "TQ7"}


def _unshare_net_works() -> bool:
    if not shutil.which("unshare") or os.geteuid() != 0:
        return False
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False)
    return probe.returncode == 0


def test_the_same_run_with_the_network_namespace_cut(
    first_run: tuple[Path, Path], tmp_path: Path
) -> None:
    """The same run again, in a network namespace of its own (nothing but a
    down loopback) where ``unshare`` is allowed, else with the socket patch alone: the same
    findings, and nothing written outside cache and outputs."""
    export_base, first_report = first_run
    prefix = ["unshare", "-n"] if _unshare_net_works() else []
    report = _run(tmp_path, prefix, seed=export_base / "cache" / "onnx")
    assert _findings(report) == _findings(first_report)


@pytest.mark.parametrize("variable", ["ORT_DISABLE_TELEMETRY", "HF_HUB_OFFLINE"])
def test_private_environment_is_set_before_the_libraries_load(
    variable: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tqcheck.semantic.onnx_encoder import private_environment

    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv(variable, raising=False)
    for name in ("HF_HOME", "TORCHINDUCTOR_CACHE_DIR", "TRANSFORMERS_OFFLINE", "TORCH_HOME"):
        monkeypatch.delenv(name, raising=False)
    private_environment()
    assert os.environ[variable] == "1"
    assert os.environ["HF_HOME"].startswith(str(tmp_path))
    assert os.environ["TORCHINDUCTOR_CACHE_DIR"].startswith(str(tmp_path))
