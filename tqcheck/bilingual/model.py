"""What a bilingual file holds: translation units with the exact file position of each target.

Every reader (XLIFF 1.2/2.0, TMX, PO, TSV) turns a file into a :class:`BilingualFile`. A unit's
``source`` and ``target`` are plain text: inline markup removed, entities and escapes decoded.
``target_offsets`` maps every character of ``target`` back to the decoded file text, so a
finding on the target can be reported at its line and column in the original file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

# File suffixes read as bilingual files (the readers live in tqcheck.bilingual.formats).
BILINGUAL_SUFFIXES: frozenset[str] = frozenset(
    {".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".tmx", ".po", ".pot", ".tsv"}
)

# An XML file whose root element is <xliff> or <tmx>: after a BOM, an XML declaration,
# comments, processing instructions or a doctype (Trados .sdlxliff, memoQ .mqxliff, a .xml).
_XML_ROOT = re.compile(
    r"\A\ufeff?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:[\w.-]+:)?(xliff|tmx)\b",
    re.DOTALL | re.IGNORECASE,
)


def is_bilingual_path(path: str) -> bool:
    """Whether ``path``'s suffix names a bilingual format tqcheck reads."""
    return PurePath(path).suffix.lower() in BILINGUAL_SUFFIXES


def looks_bilingual(text: str) -> bool:
    """Whether ``text`` (the start of a file is enough) is XLIFF or TMX by its root element,
    whatever the file is called."""
    return _XML_ROOT.match(text[:65536]) is not None


@dataclass(frozen=True, slots=True)
class InlineCode:
    """One inline code of a unit's source or target.

    ``name`` is the element's local name (``pc``, ``ph``, ``x``, ``g``, ``bpt``...), ``id`` its
    identifier (``id``, else TMX's ``i``/``x``; empty when it has none), ``position`` the index
    in the unit's plain text where it stands and ``offset`` the file offset of its ``<``.
    """

    name: str
    id: str
    position: int
    offset: int

    @property
    def label(self) -> str:
        """How an editor sees the code: ``<pc id="1">``, ``<x/>``."""
        return f'<{self.name} id="{self.id}">' if self.id else f"<{self.name}>"


@dataclass(frozen=True, slots=True)
class Unit:
    """One translation unit (or one XLIFF 2.0 segment).

    ``id`` is the identifier an editor finds the unit by: the XLIFF ``trans-unit``/``unit`` id
    (``unit/segment`` for XLIFF 2.0 segments), the TMX ``tuid`` or ``tu <n>``, the PO
    ``msgctxt``/first line of ``msgid`` or ``line <n>``, the TSV ``row <n>``.
    ``target_offsets[i]`` is the offset in :attr:`BilingualFile.text` of the character (or the
    first character of the escape or entity reference) that ``target[i]`` was decoded from; it
    is strictly increasing. ``target_start``/``target_end`` bound the target's content in the
    file (equal for an empty or missing target: the place a finding about it points at).
    """

    id: str
    source: str
    target: str
    target_start: int
    target_end: int
    target_offsets: tuple[int, ...]
    line: int = 0  # 1-based line of the unit's start in the file
    # What the format says about the unit (XLIFF state, PO flags such as "fuzzy").
    attributes: dict[str, str] = field(default_factory=dict)
    # Inline codes (XLIFF <pc>/<ph>/<x/>/<g>..., TMX <bpt>/<ph>...) the readers remove from the
    # text, in document order, for the source and the target (empty for formats without any).
    source_codes: tuple[InlineCode, ...] = ()
    target_codes: tuple[InlineCode, ...] = ()

    def __post_init__(self) -> None:
        if len(self.target_offsets) != len(self.target):
            raise ValueError("target_offsets must hold one offset per target character")

    def target_span(self, start: int, end: int) -> tuple[int, int]:
        """File offsets of ``target[start:end]`` (end exclusive)."""
        size = len(self.target)
        first = self.target_offsets[start] if start < size else self.target_end
        last = self.target_offsets[end] if end < size else self.target_end
        return first, last


@dataclass(frozen=True, slots=True)
class BilingualFile:
    """A decoded bilingual file and its units in file order."""

    path: str
    text: str  # the decoded file text, BOM removed (offsets refer to it)
    format: str  # "xliff-1.2", "xliff-2.0", "tmx", "po", "tsv"
    units: tuple[Unit, ...]
    source_language: str = ""
    target_language: str = ""
