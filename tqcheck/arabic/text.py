"""Arabic text as the number and date readers see it: digits, marks, letters, tokens, sentences.

Three normalisations, each with a job:

- :func:`normalize_digits` maps Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII, and the
  Arabic decimal (٫), thousands (٬) and percent (٪) signs to ".", "," and "%". It keeps every
  offset, so a span found in its output is a span of the original.
- :func:`strip_marks` removes tashkeel (short vowels, shadda, sukun, tanween), Quranic marks and
  tatweel, and returns the map from each remaining character back to the original.
- :func:`word_key` folds one word for lexicon look-ups: hamza and alef forms, alef maqsura to
  ya, taa marbuta to ha, Persian ya and kaf. It is the gazetteer's
  :func:`~tqcheck.gazetteer.keys.arabic_key`, so place names and number words fold alike.

:func:`tokenize` cuts text into words, digit groups and punctuation with their original spans;
:func:`split_sentences` finds sentence spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tqcheck import patterns
from tqcheck.gazetteer.keys import arabic_key

_DIGIT_TABLE = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended (Persian, Urdu)
        "٫": ".",  # ARABIC DECIMAL SEPARATOR
        "٬": ",",  # ARABIC THOUSANDS SEPARATOR
        "٪": "%",  # ARABIC PERCENT SIGN
    }
)
# Tashkeel and Quranic annotation marks, superscript alef, tatweel.
_COMMA_THOUSANDS = patterns.compile(r"(?<![\d،])\d{1,3}(?:،\d{3})+(?![\d،])")
_MARKS = patterns.compile(
    r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]"
)
ARABIC_LETTERS = r"\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF"
_TOKEN = patterns.compile(
    rf"(?P<word>[{ARABIC_LETTERS}]+)|(?P<latin>[A-Za-z]+)|(?P<number>\d+(?:[.,]\d+)*)|(?P<punct>\S)"
)


def normalize_digits(text: str) -> str:
    """``text`` with ASCII digits and separators; the same length, so offsets carry over.

    An Arabic comma between digit groups ("30،000") is a thousands separator and becomes ",".
    """
    text = text.translate(_DIGIT_TABLE)
    if "،" in text:
        text = _COMMA_THOUSANDS.sub(lambda match: match.group().replace("،", ","), text)
    return text


def strip_marks(text: str) -> tuple[str, list[int]]:
    """``text`` without tashkeel and tatweel, and for each kept character (plus the end) its
    offset in ``text``."""
    kept: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if _MARKS.match(char):
            continue
        kept.append(char)
        origin.append(index)
    origin.append(len(text))
    return "".join(kept), origin


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """One word folded for look-ups: "إحدى" -> "احدي", "مائة" -> "مايه", "٣" -> "3"."""
    return arabic_key(normalize_digits(word))


def normalize(text: str) -> str:
    """Running text folded for matching, spaces kept: ASCII digits, no marks, one alef, ya, ha."""
    return re.sub(r"\S+", lambda match: word_key(match.group()), normalize_digits(text))


@dataclass(frozen=True, slots=True)
class Token:
    """A word, digit group or punctuation mark, with its span in the original text.

    ``plain`` is the token without marks (digits in ASCII); ``key`` is :func:`word_key` of it.
    ``kind`` is ``word`` (Arabic letters), ``latin``, ``number`` (digits with "." and ","
    between digits) or ``punct`` (any other single character). ``spaced`` is False when the
    token touches the one before it ("و3", "H5N1", "كوفيد-19").
    """

    start: int
    end: int
    plain: str
    key: str
    kind: str
    spaced: bool


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` in order, spans in ``text``'s own offsets."""
    plain, origin = strip_marks(normalize_digits(text))
    tokens: list[Token] = []
    previous_end = -1
    for match in _TOKEN.finditer(plain):
        kind = match.lastgroup or "punct"
        value = match.group()
        spaced = previous_end < 0 or match.start() > previous_end
        previous_end = match.end()
        key = word_key(value) if kind == "word" else value
        end = origin[match.end() - 1] + 1
        while end < len(text) and _MARKS.match(text[end]):
            end += 1  # a final tanween or tatweel belongs to the word ("ألفًا", "هـ")
        tokens.append(
            Token(
                start=origin[match.start()],
                end=end,
                plain=value,
                key=key,
                kind=kind,
                spaced=spaced,
            )
        )
    return tokens


# -- sentences --------------------------------------------------------------------------------

_STOP = patterns.compile(r"(?:\.{2,}|…|[.!?؟۔])+[\"'”’»)\]}]*")
_AFTER_STOP = patterns.compile(rf"\s|$|[{ARABIC_LETTERS}\"“«(]")
_WORD_BEFORE = patterns.compile(rf"([{ARABIC_LETTERS}A-Za-z]+)$")
# Initials and short titles before a full stop: "د." (Dr.), "م." (AD), "أ. د.", "دي. كي." (D. K.).
_ABBREVIATIONS = frozenset(
    [
        "بي",
        "سي",
        "دي",
        "جي",
        "كي",
        "تي",
        "إي",
        "إس",
        "إف",
        "إم",
        "إن",
        "إل",
        "آر",
        "واي",
        "زد",
        "يو",
        "هـ",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "St",
        "Jr",
        "Sr",
        "vs",
        "etc",
        "No",
    ]
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, without surrounding whitespace.

    A sentence ends at ". ! ? ؟ … ۔" (closing quotes and brackets after the stop stay with
    it) when a space, the end of the text or an Arabic letter follows, and at every line break.
    A full stop between digits ("3.5") or after an initial or short title ("د.") ends nothing.
    """
    ends: list[int] = []
    for match in _STOP.finditer(text):
        if not _AFTER_STOP.match(text, match.end()):
            continue
        if match.group()[0] == "." and match.group().count(".") == 1:
            word = _WORD_BEFORE.search(text, 0, match.start())
            if word and (len(word.group(1)) == 1 or word.group(1) in _ABBREVIATIONS):
                continue
        ends.append(match.end())
    ends.extend(match.start() for match in re.finditer(r"\n", text))
    spans: list[tuple[int, int]] = []
    cursor = 0
    for end in [*sorted(set(ends)), len(text)]:
        if end <= cursor:
            continue
        piece = text[cursor:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            spans.append((cursor + lead, end - trail))
        cursor = end
    return spans


# Words that place a date within a period ("مطلع" early, "اواخر" late, "منتصف" mid ...), in
# word_key form: context for a month name and for a year.
PERIOD_POSITION_WORDS = frozenset(["مطلع", "اوايل", "اواخر", "منتصف", "نهايه", "بدايه", "اواسط"])


# Longer than any Arabic word with all its clitics: words run together where spaces were lost.
_RUN_TOGETHER = patterns.compile(rf"[{ARABIC_LETTERS}]{{13,}}")


def has_run_together_words(text: str) -> bool:
    """Whether ``text`` has Arabic words run together (spaces lost: "وصرّحأنكيمأخبره"), which
    no sentence encoder reads."""
    return _RUN_TOGETHER.search(strip_marks(text)[0]) is not None
