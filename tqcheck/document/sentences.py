"""Sentence boundaries with exact character offsets.

The splitter is pysbd (chosen by measurement on news text; see docs/benchmarks.md). Its segments
are mapped back onto the input by search, so offsets are exact even when it normalises spaces.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, trimmed of surrounding whitespace."""
    flat = text.replace("\r", " ").replace("\n", " ")
    if not flat.strip():
        return []
    spans: list[tuple[int, int]] = []
    cursor = 0
    for segment in _segmenter().segment(flat):
        piece = segment.strip()
        if not piece:
            continue
        found = flat.find(piece, cursor)
        if found == -1:  # the splitter altered the text; fall back to the rest as one sentence
            break
        spans.append((found, found + len(piece)))
        cursor = found + len(piece)
    rest_start = cursor
    while rest_start < len(flat) and flat[rest_start].isspace():
        rest_start += 1
    if rest_start < len(flat):
        rest_end = len(flat.rstrip())
        spans.append((rest_start, rest_end))
    return spans
