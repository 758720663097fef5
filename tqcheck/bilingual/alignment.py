"""Sentence alignment of a source with its translation (Vecalign/Bertalign style).

Every source and target sentence, and every pair of neighbouring sentences on either side, is
embedded with the cross-lingual encoder; dynamic programming then picks the monotone sequence of
beads (1-1, 2-1, 1-2, 1-0 omission, 0-1 addition) with the highest total score. A bead's score
is the cosine similarity of its two sides, lowered when their lengths disagree beyond the usual
Arabic/English ratio, raised when they share a number written in digits, weighted by the number
of sentences it covers; a sentence left unaligned scores :data:`SKIP` (so a 1-1 bead must
reach ``2 * SKIP`` to beat leaving both sentences out). The constants are calibrated on
FLORES-200 ar-en (``benchmarks/alignment_accuracy.py``, docs/benchmarks.md).

Long inputs are aligned within a band around the length-proportional diagonal, so the work
grows linearly with the document rather than with the product of its sentence counts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tqcheck.semantic.encoder import Encoder

# A sentence with no counterpart scores this; a 1-1 bead must reach 2 * SKIP to be kept.
SKIP = 0.20
# Merging two sentences into one bead costs this, so 1-1 wins a tie.
MERGE_COST = 0.06
# log(target chars / source chars): mean and spread for Arabic -> English on FLORES-200.
LENGTH_LOG_RATIO = 0.134
LENGTH_TOLERANCE = 0.30
LENGTH_WEIGHT = 0.5
# Both sides write a number in digits: shared -> bonus, none shared -> penalty.
NUMBER_BONUS = 0.08
NUMBER_PENALTY = 0.04
# An omission next to an addition is one loosely translated sentence when they are this similar.
LOOSE_PAIR = 0.2
# Cells beyond which the DP keeps to a band around the diagonal.
FULL_GRID_LIMIT = 40_000
BAND_MIN = 40

_DIGIT_TRANSLATION = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DIGITS = re.compile(r"\d+(?:[.,٫٬]\d+)*")

# (source sentences, target sentences) a bead may cover.
_SHAPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))


@dataclass(frozen=True, slots=True)
class Bead:
    """Source sentences ``source`` aligned with target sentences ``target`` (indices).

    One side is empty for an omission (``target == ()``) or an addition (``source == ()``).
    ``similarity`` is the cosine of the two sides (0.0 when one is empty).
    """

    source: tuple[int, ...]
    target: tuple[int, ...]
    similarity: float

    @property
    def is_omission(self) -> bool:
        return bool(self.source) and not self.target

    @property
    def is_addition(self) -> bool:
        return bool(self.target) and not self.source


def digit_numbers(text: str) -> frozenset[str]:
    """Numbers written in digits (any digit system), separators removed: anchors."""
    normal = text.translate(_DIGIT_TRANSLATION)
    return frozenset(
        re.sub(r"[,٬]", "", match.group()).replace("٫", ".") for match in _DIGITS.finditer(normal)
    )


class _Scorer:
    """Bead scores for one pair of sentence lists, from their embeddings."""

    def __init__(
        self,
        source: Sequence[str],
        target: Sequence[str],
        encoder: Encoder,
        source_blocks: Sequence[int] | None,
        target_blocks: Sequence[int] | None,
    ) -> None:
        import numpy as np

        self.source_blocks = source_blocks
        self.target_blocks = target_blocks
        n, m = len(source), len(target)
        pairs_s = [f"{source[i]} {source[i + 1]}" for i in range(n - 1)]
        pairs_t = [f"{target[j]} {target[j + 1]}" for j in range(m - 1)]
        vectors = encoder.encode([*source, *target, *pairs_s, *pairs_t])
        s1, t1 = vectors[:n], vectors[n : n + m]
        s2, t2 = vectors[n + m : n + m + len(pairs_s)], vectors[n + m + len(pairs_s) :]
        self.sim = {
            (1, 1): s1 @ t1.T,
            (2, 1): s2 @ t1.T if len(s2) else np.zeros((0, m)),
            (1, 2): s1 @ t2.T if len(t2) else np.zeros((n, 0)),
        }
        self.source_len = [max(len(text), 1) for text in source]
        self.target_len = [max(len(text), 1) for text in target]
        self.source_numbers = [digit_numbers(text) for text in source]
        self.target_numbers = [digit_numbers(text) for text in target]

    def score(self, shape: tuple[int, int], i: int, j: int) -> tuple[float, float]:
        """(bead score, similarity) of the bead of ``shape`` starting at source i, target j."""
        a, b = shape
        if a == 0 or b == 0:
            return SKIP * (a + b), 0.0
        if (a == 2 and not _same_block(self.source_blocks, i)) or (
            b == 2 and not _same_block(self.target_blocks, j)
        ):
            return -math.inf, 0.0
        similarity = float(self.sim[shape][i, j])
        source_len = sum(self.source_len[i : i + a])
        target_len = sum(self.target_len[j : j + b])
        deviation = abs(math.log(target_len / source_len) - LENGTH_LOG_RATIO)
        value = similarity - LENGTH_WEIGHT * max(0.0, deviation - LENGTH_TOLERANCE)
        source_numbers = frozenset().union(*self.source_numbers[i : i + a])
        target_numbers = frozenset().union(*self.target_numbers[j : j + b])
        if source_numbers and target_numbers:
            value += NUMBER_BONUS if source_numbers & target_numbers else -NUMBER_PENALTY
        return value * (a + b) / 2 - MERGE_COST * (a + b - 2), similarity


def _same_block(blocks: Sequence[int] | None, index: int) -> bool:
    return blocks is None or blocks[index] == blocks[index + 1]


def align(
    source: Sequence[str],
    target: Sequence[str],
    encoder: Encoder,
    source_blocks: Sequence[int] | None = None,
    target_blocks: Sequence[int] | None = None,
) -> list[Bead]:
    """The best monotone alignment of ``source`` with ``target`` sentences.

    ``source_blocks``/``target_blocks`` give each sentence's paragraph (or heading): two
    sentences are merged into one bead only within a paragraph, so a heading is never joined
    to the first sentence of the text under it.
    """
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        return [Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)]
    scorer = _Scorer(source, target, encoder, source_blocks, target_blocks)
    band = _band(n, m)
    best: dict[tuple[int, int], tuple[float, tuple[int, int], float]] = {(0, 0): (0.0, (0, 0), 0)}
    for i in range(n + 1):
        low, high = band(i)
        for j in range(low, high + 1):
            if (i, j) == (0, 0):
                continue
            choice: tuple[float, tuple[int, int], float] | None = None
            for shape in _SHAPES:
                a, b = shape
                previous = best.get((i - a, j - b))
                if previous is None:
                    continue
                gain, similarity = scorer.score(shape, i - a, j - b)
                total = previous[0] + gain
                if choice is None or total > choice[0]:
                    choice = (total, shape, similarity)
            if choice is not None:
                best[(i, j)] = choice
    beads: list[Bead] = []
    i, j = n, m
    while (i, j) != (0, 0):
        _, (a, b), similarity = best[(i, j)]
        beads.append(
            Bead(tuple(range(i - a, i)), tuple(range(j - b, j)), round(float(similarity), 4))
        )
        i, j = i - a, j - b
    beads.reverse()
    return _pair_neighbours(beads, scorer)


def _pair_neighbours(beads: list[Bead], scorer: _Scorer) -> list[Bead]:
    """An omission right next to an addition becomes one loose 1-1 bead when the two sentences
    are at least :data:`LOOSE_PAIR` similar: a free translation, not a dropped sentence plus an
    invented one."""
    paired: list[Bead] = []
    for bead in beads:
        previous = paired[-1] if paired else None
        if (
            previous is not None
            and len(previous.source) + len(previous.target) == 1
            and len(bead.source) + len(bead.target) == 1
            and previous.is_omission != bead.is_omission
        ):
            source = previous.source or bead.source
            target = previous.target or bead.target
            similarity = float(scorer.sim[(1, 1)][source[0], target[0]])
            if similarity >= LOOSE_PAIR:
                paired[-1] = Bead(source, target, round(similarity, 4))
                continue
        paired.append(bead)
    return paired


def _band(n: int, m: int) -> Callable[[int], tuple[int, int]]:
    """Target indices (low, high) the DP visits for source position i."""
    if (n + 1) * (m + 1) <= FULL_GRID_LIMIT:
        return lambda i: (0, m)
    width = max(BAND_MIN, 2 * abs(n - m))

    def band(i: int) -> tuple[int, int]:
        centre = round(i * m / n)
        return max(0, centre - width), min(m, centre + width)

    return band
