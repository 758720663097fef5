"""English word lists the rules share, loaded once from ``tqcheck/data/*.txt``.

Simple lexical knowledge is data, not code: an editor can extend a list without touching Python.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from tqcheck.patterns import longest_first

WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
SUBJECT_PRONOUNS = frozenset(["i", "he", "she", "it", "we", "they", "you", "nobody", "everyone"])

# Past participles and adjectives ending in -ed that are not verbs in a fragment.
_NOT_VERBS_ED = frozenset(
    [
        "hundred",
        "red",
        "bed",
        "need",
        "seed",
        "speed",
        "feed",
        "shed",
        "creed",
        "greed",
        "breed",
        "deed",
        "united",
        "related",
        "armed",
    ]
)


@cache
def word_list(name: str) -> frozenset[str]:
    """The lower-cased entries of ``tqcheck/data/<name>.txt`` (comments and blanks skipped)."""
    text = resources.files("tqcheck.data").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def is_function_word(word: str) -> bool:
    return word.lower() in word_list("function_words")


def is_verb_like(word: str) -> bool:
    """True for a known verb form or a regular past tense ("recaptured")."""
    lower = word.lower()
    if lower in word_list("verbs"):
        return True
    return len(lower) >= 5 and lower.endswith("ed") and lower not in _NOT_VERBS_ED


def is_time_word(word: str) -> bool:
    lower = word.lower()
    return lower in WEEKDAYS or lower in MONTHS or lower in word_list("time_words")


@cache
def outlet_pattern() -> re.Pattern[str]:
    """Matches a normalised outlet name (lower case, no spaces, hyphens or dots)."""
    names = sorted((normalise_outlet(name) for name in word_list("outlets")), key=longest_first)
    return re.compile("|".join(re.escape(name) for name in names))


def normalise_outlet(text: str) -> str:
    return re.sub(r"[\s\-.'’_]+", "", text.lower())
