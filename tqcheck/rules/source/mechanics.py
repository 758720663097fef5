"""Shared pieces of the bilingual mechanics rules (TQ720-TQ724): what a translation unit's
target must carry over from its source unchanged (inline codes, placeholders, brackets and
quotes, URLs and handles, spacing).

They look at translation units only (XLIFF, TMX, PO, TSV); an article paired with its source
as a whole has no units and gets no finding from them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from tqcheck import patterns
from tqcheck.bilingual.model import Unit
from tqcheck.bilingual.pairing import bilingual_of
from tqcheck.document.model import Document

# printf conversions (%s, %d, %1$s, %.2f, %ld, %@) not glued to a number or a word before them.
PRINTF = patterns.compile(
    r"(?<![\w%])%(?:\d+\$)?[-+0#]*\d*(?:\.\d+)?(?:hh|h|ll|l|z)?[sdifuxXoeEgGc@]"
)
# Named or numbered braces ({name}, {0}, {count:d}); doubled braces are literal text.
BRACE = patterns.compile(r"(?<!\{)\{[A-Za-z_0-9][\w.\-]*(?::[^{}\s]*)?\}(?!\})")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int  # index in the unit's text
    end: int


def units(document: Document) -> Iterator[Unit]:
    """The translation units of a bilingual document that have a target to check."""
    bilingual = bilingual_of(document)
    if bilingual is None:
        return
    for section in bilingual.sections:
        unit = section.unit
        if unit is not None and unit.target.strip():
            yield unit


def tokens(pattern: re.Pattern[str], text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]


def whole_target(unit: Unit) -> tuple[int, int]:
    """File span of the whole target (where a finding about something missing points)."""
    return unit.target_offsets[0], unit.target_end


def missing_and_extra(source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """Items of ``source`` absent from ``target`` and the reverse, counted as multisets."""
    have, want = Counter(target), Counter(source)
    return list((want - have).elements()), list((have - want).elements())


def listing(items: list[str]) -> str:
    return ", ".join(items)
