"""Phrase matching in one pass: every word position looks its next few words up in one table.

A phrase table maps the folded form of a phrase (its words, lower-cased, accents and Arabic
letter variants folded) to values. :class:`PhraseMatcher` walks a text's words once and, at each
word, looks up the longest run of up to ``longest`` words that the table holds, so a glossary
of 500 entries costs one dictionary look-up per word and phrase length, not 500 scans. It is
neutral (no glossary or gazetteer types) so that any list of names can use it; the suggestion
helper :func:`same_form` says whether a written form is the preferred one or differs from it
in letter case, hyphens or spacing, as a house-style name or a term may.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Generic, TypeVar

Value = TypeVar("Value")

_WORD = re.compile(r"[^\W_]+")
# Arabic letter variants written interchangeably (alef forms, alef maqsura, taa marbuta).
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ـ": None})
# One-letter Arabic proclitics (and, so, with, for, like) that may stick to a phrase's first word.
_PROCLITICS = "وفبلك"


def fold_word(word: str) -> str:
    """A word as the table keys it: NFKC, case-folded, Arabic variants and diacritics folded."""
    if word.isascii():
        return word.lower()
    text = unicodedata.normalize("NFKC", word).casefold().translate(_ARABIC_FOLD)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for every word of ``text`` (hyphens and apostrophes separate
    words, so "Nagorno-Karabakh" and "Nagorno Karabakh" have the same key)."""
    return [(m.start(), m.end(), fold_word(m.group())) for m in _WORD.finditer(text)]


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(word for _, _, word in words(phrase))


@dataclass(frozen=True, slots=True)
class Hit(Generic[Value]):
    start: int
    end: int
    value: Value


class PhraseMatcher(Generic[Value]):
    """Longest-match phrase look-up over a text's words."""

    def __init__(self, phrases: Iterable[tuple[str, Value]], proclitics: bool = False) -> None:
        self.table: dict[tuple[str, ...], Value] = {}
        for phrase, value in phrases:
            key = phrase_key(phrase)
            if key:
                self.table.setdefault(key, value)
        self.longest = max((len(key) for key in self.table), default=0)
        self.firsts = {key[0] for key in self.table}
        self.proclitics = proclitics

    def __len__(self) -> int:
        return len(self.table)

    def find(self, text: str) -> Iterator[Hit[Value]]:
        """Non-overlapping hits, left to right, the longest phrase at each word.

        The words are read as a stream through a window of the longest phrase's length, so a
        large text is never held as one list of words (issue 17: 35 MiB per MB of text)."""
        if not self.table:
            return
        stream = ((m.start(), m.end(), fold_word(m.group())) for m in _WORD.finditer(text))
        window: list[tuple[int, int, str]] = []
        while True:
            window.extend(islice(stream, self.longest - len(window)))
            if not window:
                return
            hit = self._at(window, 0)
            if hit is None:
                del window[0]
                continue
            size, start, value = hit
            yield Hit(start, window[size - 1][1], value)
            del window[:size]

    def _at(self, tokens: list[tuple[int, int, str]], index: int) -> tuple[int, int, Value] | None:
        first = tokens[index][2]
        candidates = [(first, tokens[index][0])]
        if self.proclitics and len(first) > 3 and first[0] in _PROCLITICS:
            candidates.append((first[1:], tokens[index][0] + 1))
        for word, start in candidates:
            if word not in self.firsts:
                continue
            upto = min(self.longest, len(tokens) - index)
            for size in range(upto, 0, -1):
                key = (word, *(token[2] for token in tokens[index + 1 : index + size]))
                value = self.table.get(key)
                if value is not None:
                    return size, start, value
        return None


def same_form(written: str, preferred: str) -> bool:
    """Whether ``written`` is the preferred form: equal up to spacing, a capital first letter
    where the preferred form starts lower-case (a sentence start), or all capitals (a
    headline). "Minsk group" is not "Minsk Group"; "Nagorno Karabakh" is not "Nagorno-Karabakh".
    """
    written = " ".join(written.split())
    if written == preferred or (written.isupper() and written == preferred.upper()):
        return True
    return (
        preferred[:1].islower()
        and written[1:] == preferred[1:]
        and written[:1].lower() == preferred[:1]
    )
