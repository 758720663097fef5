"""The numbers a sentence states, so that embeddings never decide whether 14 equals 41.

Embeddings score "killed 14 civilians" and "killed 41 civilians" as near-identical; rules that
compare sentences by meaning also compare these number values, exactly. Number words are read
with numerizer ("thirty thousand" = 30000, "fourth" = 4th, "twenty-one" = 21).
"""

from __future__ import annotations

import re

from numerizer import numerize

from tqcheck.facts.quantities import NUMBER_WORDS, SCALES, TENS
from tqcheck.patterns import longest_first

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# numerizer reads the article "a" as 1 ("a deal" -> "1 deal"); it is numerized around, not through.
_ARTICLE = re.compile(r"\b(?:an?|A|An)\b")
_EXTRA_WORDS = re.compile(r"\b(?:nil|none)\b", re.IGNORECASE)
# Masked form: digits and number words become one placeholder.
_CARDINALS = [*NUMBER_WORDS, *TENS, *SCALES, "dozen"]
_MASK = re.compile(
    r"\d+(?:[.,]\d+)*|\b(?:" + "|".join(sorted(_CARDINALS, key=longest_first)) + r")\b",
    re.IGNORECASE,
)


def _value(token: str) -> str:
    """Canonical value: "30,000" -> "30000", "1.50" -> "1.5", "007" -> "7"."""
    compact = (
        token.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", token) else token
    )
    compact = compact.replace(",", ".")
    try:
        number = float(compact)
    except ValueError:
        return compact
    return str(int(number)) if number.is_integer() else repr(number)


def numbers_in(text: str) -> tuple[str, ...]:
    """The values of the numbers in ``text``, sorted ("8" for both "8" and "eight")."""
    pieces = _ARTICLE.split(_EXTRA_WORDS.sub("0", text))
    spelled = " a ".join(numerize(piece) if piece.strip() else piece for piece in pieces)
    return tuple(sorted(_value(match.group()) for match in _DIGITS.finditer(spelled)))


def mask_numbers(text: str) -> str:
    """``text`` with every number replaced by "N", to compare what is counted, not how many."""
    return _MASK.sub("N", text)
