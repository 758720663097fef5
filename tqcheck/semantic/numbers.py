"""The numbers a sentence states, so that embeddings never decide whether 14 equals 41.

Embeddings score "killed 14 civilians" and "killed 41 civilians" as near-identical; rules that
compare sentences by meaning also compare these number sets, exactly.
"""

from __future__ import annotations

import re

_SMALL_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
_SMALL = {word: value for value, word in enumerate(_SMALL_WORDS.split())}
_TENS = {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "dozen": 12,
}
_WORDS = {**_SMALL, **_TENS}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*|\b[a-z]+(?:-[a-z]+)?\b", re.IGNORECASE)
# Masked form: digits and number words become one placeholder.
_MASK = re.compile(
    r"\d+(?:[.,]\d+)*|\b(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def numbers_in(text: str) -> tuple[str, ...]:
    """The numbers of ``text`` as sorted canonical strings ("8" for both "8" and "eight")."""
    found = []
    for match in _NUMBER.finditer(text):
        token = match.group()
        if token[0].isdigit():
            found.append(token.replace(",", ""))
        else:
            parts = token.lower().split("-")
            if all(part in _WORDS for part in parts):  # "eight", "twenty-one"
                found.append(str(sum(_WORDS[part] for part in parts)))
    return tuple(sorted(found))


def mask_numbers(text: str) -> str:
    """``text`` with every number replaced by "N", to compare what is counted, not how many."""
    return _MASK.sub("N", text)
