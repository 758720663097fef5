"""Offsets to 1-based line and column numbers, with CRLF, LF and lone CR all ending a line."""

from __future__ import annotations

import re
from bisect import bisect_right

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Maps character offsets in ``text`` to (line, column), both 1-based.

    Columns count Unicode code points. An offset that points at a line break belongs to the line
    the break ends; the offset ``len(text)`` is valid (the end of the last line).
    """

    __slots__ = ("_ends", "_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] = [0]
        self._ends: list[int] = []
        for match in _LINE_BREAK.finditer(text):
            self._ends.append(match.start())
            self._starts.append(match.end())
        self._ends.append(len(text))

    @property
    def text(self) -> str:
        """The text this index maps (read-only)."""
        return self._text

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of ``offset``."""
        if not 0 <= offset <= len(self._text):
            raise ValueError(f"offset {offset} outside text of length {len(self._text)}")
        index = bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1

    def line_start(self, line: int) -> int:
        return self._starts[line - 1]

    def line_end(self, line: int) -> int:
        """Offset of the end of ``line``'s content (before its line break)."""
        return self._ends[line - 1]

    def line_text(self, line: int) -> str:
        return self._text[self._starts[line - 1] : self._ends[line - 1]]

    def offset(self, line: int, column: int) -> int:
        return self._starts[line - 1] + column - 1
