"""The semantic layer's mechanics: lazy loading, one embedding per text per run, batching."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import ROOT, run_main
from tqcheck.runner import Checker, CheckOptions, embedding_store
from tqcheck.semantic import encoder as encoder_module
from tqcheck.semantic.numbers import mask_numbers, numbers_in
from tqcheck.semantic.store import EmbeddingStore

REPEATED = (
    "The Red Cross said it had delivered food and medicine to 3,000 families in the city.\n\n"
    "Shelling resumed on the outskirts overnight, residents said.\n\n"
    "The Red Cross said it had delivered food and medicine to 3,000 families in the city.\n"
)


class CountingEncoder:
    """A deterministic stand-in: a bag-of-letters vector, and a log of every call."""

    name = "counting"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        rows = np.zeros((len(texts), 26), dtype=np.float32)
        for row, text in enumerate(texts):
            for char in text.lower():
                if "a" <= char <= "z":
                    rows[row, ord(char) - 97] += 1
        rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)
        return rows


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> CountingEncoder:
    fake = CountingEncoder()
    monkeypatch.setattr(encoder_module, "shared_encoder", lambda model=None, backend="auto": fake)
    embedding_store.cache_clear()
    yield fake
    embedding_store.cache_clear()


def test_store_embeds_each_text_once() -> None:
    fake = CountingEncoder()
    store = EmbeddingStore(fake)
    store.prepare(["a b", "c d", "a b"])
    matrix = store.matrix(["c d", "a b", "e f"])
    assert fake.calls == [["a b", "c d"], ["e f"]]
    assert matrix.shape == (3, 26)
    assert len(store) == 3


def test_a_corpus_run_embeds_all_files_in_one_batch(
    tmp_path: Path, counting: CountingEncoder
) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(REPEATED, encoding="utf-8")
    result = Checker(CheckOptions(select=("TQ601",))).run([str(tmp_path)])
    assert len(counting.calls) == 1
    # Three identical files share their sentences: each distinct sentence is embedded once.
    assert len(counting.calls[0]) == len(set(counting.calls[0])) == 2
    assert [[f.line for f in file.findings] for file in result.files] == [[5], [5], [5]]


def test_no_semantic_never_touches_the_encoder(tmp_path: Path, counting: CountingEncoder) -> None:
    (tmp_path / "a.txt").write_text(REPEATED, encoding="utf-8")
    result = Checker(CheckOptions(semantic=False)).run([str(tmp_path / "a.txt")])
    assert counting.calls == []
    assert "TQ601" not in {f.rule for f in result.findings}


def test_numbers_are_compared_exactly() -> None:
    assert numbers_in("eight villages, 30,000 people and twenty-one soldiers") == (
        "21",
        "30000",
        "8",
    )
    assert numbers_in("killed 14 civilians") != numbers_in("killed 41 civilians")
    assert (
        mask_numbers("killed 14 civilians and eight soldiers")
        == "killed N civilians and N soldiers"
    )


def test_missing_model_directory_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "a.txt"
    target.write_text(REPEATED, encoding="utf-8")
    embedding_store.cache_clear()
    code, _, err = run_main(["check", "--model", str(tmp_path / "nope"), str(target)], capsys)
    assert code == 2
    assert err.count("\n") == 1 and "embedding model directory not found" in err


def test_default_model_loads_with_sockets_disabled(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text(REPEATED, encoding="utf-8")
    probe = (
        "import socket, sys\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('network disabled by the test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from tqcheck.cli import main\n"
        "main(sys.argv[1:])\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe, "check", "-q", "--select", "TQ601", str(target)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "TQ601" in proc.stdout and proc.stderr == ""
