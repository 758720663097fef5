"""A torch-free sentence encoder: ``tokenizers`` + ``onnxruntime`` on a locally exported model.

Loading sentence-transformers means importing torch: about 5 s and 500 MB before the first
sentence. This encoder runs the same transformer exported to ONNX, with the model's own tokenizer
and pooling, and starts in about 0.4 s. The default model is installed as an int8 ONNX file
(:mod:`tqcheck.semantic.default_model`): nothing to export. A model named with ``--model`` is
exported once, offline, from its own weights (the one-time export imports torch, from the extra
``tqcheck[sentence-transformers]``; its cosines match sentence-transformers to within 1e-6,
docs/benchmarks.md) into tqcheck's cache directory:
``$TQCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/tqcheck``, else ``~/.cache/tqcheck``.

Only models made of Transformer, mean Pooling and (optionally) Normalize modules are supported,
which covers all-MiniLM-L6-v2; anything else uses sentence-transformers directly.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqcheck.cache_location import cache_dir

if TYPE_CHECKING:  # numpy is imported where embeddings are computed: cache_dir() needs none
    import numpy as np

BATCH_SIZE = 64
_SUPPORTED_MODULES = frozenset({"Transformer", "Pooling", "Normalize"})
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


class UnsupportedModelError(Exception):
    """The model has modules or pooling this encoder does not reproduce."""


def private_environment() -> None:
    """Keep the libraries tqcheck loads off the network and out of the user's home.

    Called before onnxruntime, torch, transformers, sentence-transformers or tokenizers are
    imported, and only inside tqcheck's own process. ONNX Runtime's telemetry (1DS) is read at
    import time: without ``ORT_DISABLE_TELEMETRY`` it writes a device id and a SQLite event store
    under ``~/.cache/Microsoft/DeveloperTools/.onnxruntime`` and a ``.ses`` file in the temporary
    folder, and uploads events after a few seconds. The Hugging Face libraries are forced offline
    with their home, and torch's compile caches, inside tqcheck's cache folder.
    """
    cache = cache_dir()
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ["HF_DATASETS_OFFLINE"] = "1"
    os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
    os.environ["HF_HUB_DISABLE_IMPLICIT_TOKEN"] = "1"
    os.environ["DO_NOT_TRACK"] = "1"
    os.environ["HF_HOME"] = str(cache / "huggingface")
    os.environ["TORCHINDUCTOR_CACHE_DIR"] = str(cache / "torch" / "inductor")
    os.environ["TRITON_CACHE_DIR"] = str(cache / "torch" / "triton")
    os.environ["TORCH_HOME"] = str(cache / "torch")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _quiet_onnxruntime() -> Any:
    """``onnxruntime``, imported with its telemetry off (see :func:`private_environment`)."""
    private_environment()
    import onnxruntime

    disable = getattr(onnxruntime, "disable_telemetry_events", None)
    if disable is not None:
        disable()
    return onnxruntime


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def model_layout(model_dir: Path) -> tuple[bool, int]:
    """(normalize, max_seq_length) of a supported model; raise UnsupportedModelError otherwise."""
    modules_file = model_dir / "modules.json"
    if not modules_file.is_file() or not (model_dir / "tokenizer.json").is_file():
        raise UnsupportedModelError(f"{model_dir}: no modules.json or tokenizer.json")
    modules = _read_json(modules_file)
    kinds = [module["type"].rsplit(".", 1)[-1] for module in modules]
    if set(kinds) - _SUPPORTED_MODULES or "Pooling" not in kinds:
        raise UnsupportedModelError(f"{model_dir}: modules {kinds}")
    pooling = next(m for m in modules if m["type"].endswith(".Pooling"))
    config = _read_json(model_dir / pooling["path"] / "config.json")
    modes = {key for key, value in config.items() if key.startswith("pooling_mode_") and value}
    if modes != {"pooling_mode_mean_tokens"}:
        raise UnsupportedModelError(f"{model_dir}: pooling {sorted(modes)}")
    bert_config = model_dir / "sentence_bert_config.json"
    max_length = (
        int(_read_json(bert_config).get("max_seq_length", 256)) if bert_config.is_file() else 256
    )
    return "Normalize" in kinds, max_length


def model_fingerprint(model_dir: Path) -> str:
    """A key for the exported file: the model's files, names and sizes and mtimes."""
    digest = hashlib.sha256()
    for path in sorted(model_dir.rglob("*")):
        if path.is_file():
            stat = path.stat()
            digest.update(
                f"{path.relative_to(model_dir)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode()
            )
    return digest.hexdigest()[:16]


def exported_path(model_dir: Path) -> Path:
    return cache_dir() / "onnx" / f"{model_dir.name}-{model_fingerprint(model_dir)}" / "model.onnx"


def export_onnx(model_dir: Path, target: Path) -> Path:
    """Export the model's transformer to ``target`` (atomically); needs torch and onnx."""
    private_environment()
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()

    class LastHiddenState(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".model-", suffix=".onnx", dir=target.parent)
    os.close(handle)
    dummy = torch.ones(2, 16, dtype=torch.long)
    try:
        import warnings

        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                LastHiddenState(model),
                (dummy, dummy, torch.zeros_like(dummy)),
                temporary,
                input_names=list(_INPUTS),
                output_names=["last_hidden_state"],
                dynamic_axes={
                    name: {0: "batch", 1: "sequence"} for name in [*_INPUTS, "last_hidden_state"]
                },
                opset_version=17,
                dynamo=False,
            )
        Path(temporary).chmod(0o644)  # mkstemp makes it 0600; the cache may be shared
        Path(temporary).replace(target)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return target


class OnnxEncoder:
    """Sentence embeddings from an exported transformer, with the model's tokenizer and pooling."""

    def __init__(
        self,
        model_dir: Path | None,
        onnx_path: Path,
        name: str,
        threads: int | None = None,
        batch_size: int = BATCH_SIZE,
        *,
        tokenizer_file: Path | None = None,
        layout: tuple[bool, int] | None = None,
    ) -> None:
        """``model_dir`` is a sentence-transformers folder (its tokenizer and pooling), or None
        with ``tokenizer_file`` and ``layout`` (normalize, max_seq_length) given directly."""
        onnxruntime = _quiet_onnxruntime()
        from tokenizers import Tokenizer

        if model_dir is not None:
            layout = layout or model_layout(model_dir)
            tokenizer_file = tokenizer_file or model_dir / "tokenizer.json"
        if layout is None or tokenizer_file is None:
            raise ValueError("OnnxEncoder needs a model folder, or a tokenizer file and a layout")
        self.normalize, max_length = layout
        self.name = name
        self.tokenizer = Tokenizer.from_file(str(tokenizer_file))
        # As sentence-transformers does: truncate at max_seq_length, pad to the longest row.
        self.tokenizer.enable_truncation(max_length=max_length)
        pad_id = self.tokenizer.token_to_id("[PAD]")
        self.tokenizer.enable_padding(pad_id=pad_id or 0, pad_token="[PAD]")
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        if threads:  # default: ONNX Runtime's own choice (all cores)
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
        self.batch_size = batch_size
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        available = onnxruntime.get_available_providers()
        providers = [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in available]
        self.session = onnxruntime.InferenceSession(
            str(onnx_path), sess_options=options, providers=providers
        )
        self.input_names = {node.name for node in self.session.get_inputs()}

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.array([e.type_ids for e in encodings], dtype=np.int64)
        (hidden,) = self.session.run(["last_hidden_state"], feeds)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden.astype(np.float32) * weights).sum(axis=1) / np.clip(
            weights.sum(axis=1), 1e-9, None
        )
        if self.normalize:
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return pooled.astype(np.float32)

    def encode(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        # Longest first, as sentence-transformers does, so each batch pads little. Each batch is
        # written straight into its rows of one result array: no list of batches, concatenated
        # copy and reordered copy side by side (three copies of every vector at the peak: about
        # 1.1 GB for a 20 MB file of distinct sentences).
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        result: np.ndarray | None = None
        for start in range(0, len(order), self.batch_size):
            rows = order[start : start + self.batch_size]
            vectors = self._encode_batch([texts[i] for i in rows])
            if result is None:
                result = np.empty((len(texts), vectors.shape[1]), dtype=vectors.dtype)
            result[rows] = vectors
        return result if result is not None else np.zeros((0, 0), dtype=np.float32)
