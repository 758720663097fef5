"""Per-run embedding store: each distinct text is embedded once per run, in batches."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from tqcheck.semantic.encoder import Encoder


class EmbeddingStore:
    """Caches ``text -> vector`` for one run, whatever file or rule asks."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self._vectors: dict[str, np.ndarray] = {}

    def prepare(self, texts: Iterable[str]) -> None:
        """Embed, in one batched call, every text not embedded yet."""
        missing = list(dict.fromkeys(text for text in texts if text not in self._vectors))
        if not missing:
            return
        vectors = self.encoder.encode(missing)
        for text, vector in zip(missing, vectors, strict=True):
            self._vectors[text] = vector

    def matrix(self, texts: list[str]) -> np.ndarray:
        """Rows of L2-normalised embeddings for ``texts`` (embedding any that are missing)."""
        self.prepare(texts)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([self._vectors[text] for text in texts])

    def __len__(self) -> int:
        return len(self._vectors)
