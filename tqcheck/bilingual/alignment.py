"""Sentence alignment of a source with its translation (Vecalign/Bertalign style).

Every source and target sentence, and every run of two or three neighbouring sentences within a
paragraph, is embedded with the cross-lingual encoder; dynamic programming then picks the
monotone sequence of beads (1-1, 2-1, 1-2, 3-1, 1-3, 1-0 omission, 0-1 addition) with the
highest total score. A bead's score is the cosine similarity of its two sides, lowered when their
lengths disagree beyond the usual Arabic/English ratio, raised when they share a number written
in digits, weighted by the number of sentences it covers; a sentence left unaligned scores
:data:`SKIP` (so a 1-1 bead must reach ``2 * SKIP`` to beat leaving both sentences out). The
constants are calibrated on FLORES-200 ar-en (``benchmarks/alignment_accuracy.py``,
docs/benchmarks.md).

Long inputs are aligned within a band around the length-proportional diagonal, so the work
grows linearly with the document rather than with the product of its sentence counts.
"""

from __future__ import annotations

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
# When neither side has paragraphs to guide merges (one paragraph, one translation unit), a
# merged bead may be this much less similar than the best of its one-to-one parts (None: no
# limit); more, and the merge is taken for a sentence left out beside its neighbour. Chosen on
# FLORES articles as one paragraph (benchmarks/alignment_accuracy.py, docs/benchmarks.md).
MERGE_MARGIN: float | None = 0.0
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
_MATCH_SHAPES: tuple[tuple[int, int], ...] = ((1, 1), (2, 1), (1, 2), (3, 1), (1, 3))
_SHAPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (3, 1), (1, 3))


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
    """Bead scores for one pair of sentence lists, computed once as matrices per shape."""

    def __init__(
        self,
        source: Sequence[str],
        target: Sequence[str],
        encoder: Encoder,
        source_blocks: Sequence[int] | None,
        target_blocks: Sequence[int] | None,
    ) -> None:
        import numpy as np

        n, m = len(source), len(target)
        # Runs of 2 and 3 neighbouring sentences, embedded only within a paragraph (the only
        # merges the DP may make); the others stay zero rows and score -inf.
        wanted: list[str] = [*source, *target]
        runs: dict[tuple[int, str], list[int]] = {}
        for size in (2, 3):
            for side, texts, blocks in (("s", source, source_blocks), ("t", target, target_blocks)):
                starts = [i for i in range(len(texts) - size + 1) if _same_block(blocks, i, size)]
                runs[(size, side)] = starts
                wanted.extend(" ".join(texts[i : i + size]) for i in starts)
        vectors = encoder.encode(wanted)
        embedded = {(1, "s"): vectors[:n], (1, "t"): vectors[n : n + m]}
        cursor = n + m
        for (size, side), starts in runs.items():
            count = (n if side == "s" else m) - size + 1
            rows = np.zeros((max(count, 0), vectors.shape[1]), dtype=vectors.dtype)
            rows[starts] = vectors[cursor : cursor + len(starts)]
            cursor += len(starts)
            embedded[(size, side)] = rows
        source_len = np.array([max(len(text), 1) for text in source], dtype=np.float64)
        target_len = np.array([max(len(text), 1) for text in target], dtype=np.float64)
        unstructured = len(set(source_blocks or [0])) == 1 and len(set(target_blocks or [0])) == 1
        source_numbers = [digit_numbers(text) for text in source]
        target_numbers = [digit_numbers(text) for text in target]
        # Per shape: nested lists (fast to index in the DP loop) of scores and similarities.
        self.scores: dict[tuple[int, int], list[list[float]]] = {}
        self.sims: dict[tuple[int, int], list[list[float]]] = {}
        for a, b in _MATCH_SHAPES:
            rows, columns = n - a + 1, m - b + 1
            if rows <= 0 or columns <= 0:
                self.scores[(a, b)] = self.sims[(a, b)] = []
                continue
            similarity = embedded[(a, "s")] @ embedded[(b, "t")].T
            lengths_s = np.convolve(source_len, np.ones(a), mode="valid")
            lengths_t = np.convolve(target_len, np.ones(b), mode="valid")
            deviation = np.abs(np.log(lengths_t[None, :] / lengths_s[:, None]) - LENGTH_LOG_RATIO)
            value = similarity - LENGTH_WEIGHT * np.maximum(0.0, deviation - LENGTH_TOLERANCE)
            numbers_s = [frozenset().union(*source_numbers[i : i + a]) for i in range(rows)]
            numbers_t = [frozenset().union(*target_numbers[j : j + b]) for j in range(columns)]
            with_s = [i for i in range(rows) if numbers_s[i]]
            with_t = [j for j in range(columns) if numbers_t[j]]
            for i in with_s:
                for j in with_t:
                    shared = bool(numbers_s[i] & numbers_t[j])
                    value[i, j] += NUMBER_BONUS if shared else -NUMBER_PENALTY
            score = value * (a + b) / 2 - MERGE_COST * (a + b - 2)
            if a + b > 2 and MERGE_MARGIN is not None and unstructured:
                # Within one paragraph (or one translation unit) a merge must explain its side
                # as well as the best of its sentences does on its own: a sentence left out
                # next to its neighbour lowers the similarity of the pair, a sentence split in
                # two keeps or raises it. Across paragraphs, merges are already barred.
                single = embedded[(1, "s")] @ embedded[(1, "t")].T
                parts = (
                    [single[k : k + rows, :columns] for k in range(a)]
                    if a > 1
                    else [single[:rows, k : k + columns] for k in range(b)]
                )
                score[similarity < np.maximum.reduce(parts) - MERGE_MARGIN] = -np.inf
            if a > 1:
                score[~_within_blocks(source_blocks, rows, a), :] = -np.inf
            if b > 1:
                score[:, ~_within_blocks(target_blocks, columns, b)] = -np.inf
            self.scores[(a, b)] = score.tolist()
            self.sims[(a, b)] = similarity.tolist()

    def score(self, shape: tuple[int, int], i: int, j: int) -> tuple[float, float]:
        """(bead score, similarity) of the bead of ``shape`` starting at source i, target j."""
        a, b = shape
        if a == 0 or b == 0:
            return SKIP * (a + b), 0.0
        return self.scores[shape][i][j], self.sims[shape][i][j]


def _same_block(blocks: Sequence[int] | None, index: int, size: int) -> bool:
    """Whether the ``size`` sentences from ``index`` on are in one paragraph."""
    return blocks is None or blocks[index] == blocks[index + size - 1]


def _within_blocks(blocks: Sequence[int] | None, runs: int, size: int):  # type: ignore[no-untyped-def]
    """For each run of ``size`` neighbouring sentences, whether it stays in one paragraph."""
    import numpy as np

    return np.array([_same_block(blocks, i, size) for i in range(runs)], dtype=bool)


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
            similarity = scorer.sims[(1, 1)][source[0]][target[0]]
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
