"""The capitalised words of an English target sentence and how they render the words of an
Arabic source: shared by the place-name comparison (:mod:`tqcheck.bilingual.names_compare`) and
the person-name comparison (:mod:`tqcheck.bilingual.person_names`)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from tqcheck.arabic.names import renders
from tqcheck.lexicon import MONTHS, WEEKDAYS

ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06FA-\u06FF\u064B-\u065F]+")


def _latin_capitals() -> str:
    """A regex character class of the uppercase letters of the Latin script, accented ones
    included (Ü, İ, Ō, Ł, É): Python's ``re`` has no ``\\p{Lu}``."""
    letters = [
        chr(code)
        for block in ((0x41, 0x250), (0x1E00, 0x1F00), (0x2C60, 0x2C80), (0xA720, 0xA800))
        for code in range(*block)
        if chr(code).isupper() and unicodedata.name(chr(code), "").startswith("LATIN ")
    ]
    return "[" + "".join(letters) + "]"


# An uppercase Latin letter, accented or not (shared with the place comparison).
LATIN_CAPITAL = _latin_capitals()
# A capitalised word of the target (a name or part of one).
_CAPITAL = re.compile(r"\b" + LATIN_CAPITAL + r"[^\W\d_]*(?:['’-][^\W\d_]+)*")
# Where a word starts a sentence (capitalised for that reason alone).
_OPENING = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(\[]\s*|\s[-–—]\s+)$")
# Abbreviated titles: the name after "Dr. " does not open a sentence.
_TITLE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Col|Lt|Sgt|Capt|Rev|Sen|Rep|Gov|Pres|Mt)\.\s+$")
_MONTHS_DAYS = MONTHS | WEEKDAYS

MAX_RUN = 3


def unmarked(text: str) -> str:
    return re.sub(r"[\u064B-\u065F\u0670\u0640]", "", text)


@dataclass(frozen=True, slots=True)
class NameMismatch:
    """A name the target writes where the source names something else."""

    kind: str  # "place" (another place), "garble", "person"
    target_span: tuple[int, int]
    message: str
    suggestion: str | None = None


@dataclass(slots=True)
class Word:
    text: str
    start: int
    end: int
    opening: bool = False
    accounted: bool = False
    # An ordinary English word capitalised only because it opens the sentence ("The"): looked
    # at only as a garble of a place it resembles ("Latin" for Layton).
    plain: bool = False
    # Renders a source word that may be a name, or renders one exactly ("Kowalski" renders
    # الجولة only loosely, and that word is no name).
    named: bool = False


def target_words(target: str) -> list[Word]:
    """The capitalised words of ``target``, fresh objects each call (their flags are set by
    the caller)."""
    return [
        Word(text, start, end, opening, plain=plain)
        for text, start, end, opening, plain in _capitalised(target)
    ]


@lru_cache(maxsize=8192)  # each sentence is read by the comparison and the lone-name check
def _capitalised(target: str) -> tuple[tuple[str, int, int, bool, bool], ...]:
    words: list[tuple[str, int, int, bool, bool]] = []
    for match in _CAPITAL.finditer(target):
        text = re.sub(r"['’]s?$", "", match.group())  # "President's"
        if text.lower() in _MONTHS_DAYS or (text.isupper() and len(text) <= 4):
            continue
        before = target[max(0, match.start() - 8) : match.start()]
        opening = _OPENING.search(before[-3:]) is not None and not _TITLE.search(before)
        if match.start() == 0:
            opening = True
        # "The", "After": capitalised because they open the sentence
        plain = opening and zipf(text.lower()) >= 3.0
        words.append((text, match.start(), match.start() + len(text), opening, plain))
    return tuple(words)


@lru_cache(maxsize=65536)
def zipf(word: str, language: str = "en") -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, language)


@lru_cache(maxsize=262144)
def cached_renders(arabic: str, latin: str) -> bool:
    return renders(arabic, latin)


def capitalised_runs(words: list[Word], target: str) -> list[tuple[int, int, str]]:
    """Runs of up to three neighbouring capitalised words (joined by one space or hyphen),
    as (first word index, last word index + 1, text)."""
    runs: list[tuple[int, int, str]] = []
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + MAX_RUN) + 1):
            if j - 1 > i and not re.fullmatch(
                r"[ -](?:(?:al|el|ad|an|as|ar|ez|es)-)?",
                target[words[j - 2].end : words[j - 1].start],
            ):
                break
            runs.append((i, j, target[words[i].start : words[j - 1].end]))
    return runs
