"""English fraction words in prose: "half", "a third", "two-thirds", "three quarters".

The words and their values are data (``tqcheck/data/fraction_words.tsv``, the ``en`` rows, shared
with the bilingual comparison): a "one" word stands alone ("half of", "a quarter of"), a
"single" word is a fraction only after "a", "an" or "one" ("a fifth of", "one-third"), a
"plural" word only after a number word ("two thirds", "three-quarters"). A qualifier before
it ("nearly half", "more than a third") is kept, as for numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tqcheck import patterns
from tqcheck.facts.quantities import NUMBER_WORDS

_QUALIFIERS = {
    "about": "approx",
    "around": "approx",
    "some": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "nearly": "below",
    "almost": "below",
    "close to": "approx",
    "just under": "below",
    "under": "below",
    "less than": "below",
    "just over": "above",
    "over": "above",
    "more than": "above",
}


@dataclass(frozen=True, slots=True)
class Fraction:
    """One fraction expression; ``start``/``end`` are offsets in the text given."""

    start: int
    end: int
    text: str
    value: float  # 0.5 for "half"
    qualifier: str = "exact"  # exact, approx, below ("nearly half"), above ("more than half")


@cache
def _table() -> dict[str, tuple[float, str]]:
    data = resources.files("tqcheck.data").joinpath("fraction_words.tsv").read_text("utf-8")
    table: dict[str, tuple[float, str]] = {}
    for line in data.splitlines():
        cells = line.split("\t")
        if len(cells) == 5 and cells[0] == "en":
            table[cells[1]] = (int(cells[2]) / int(cells[3]), cells[4])
    return table


@cache
def _pattern() -> re.Pattern[str]:
    table = _table()
    by_form = {
        form: "|".join(sorted((w for w, (_, f) in table.items() if f == form), key=len))
        for form in ("one", "single", "plural")
    }
    numbers = "|".join(NUMBER_WORDS[2:10])
    qualifiers = "|".join(sorted((q.replace(" ", r"\s+") for q in _QUALIFIERS), key=len))
    return patterns.compile(
        rf"(?<![\w-])(?:(?P<qual>{qualifiers})\s+)?(?:"
        rf"(?:a\s+|one[\s-])?(?P<one>{by_form['one']})"
        rf"|(?:an?\s+|one[\s-])(?P<single>{by_form['single']})"
        rf"|(?P<count>{numbers})[\s-](?P<plural>{by_form['plural']})"
        rf")(?![\w-])",
        re.IGNORECASE,
    )


def find_fractions(text: str) -> list[Fraction]:
    """The fraction expressions of ``text``."""
    table = _table()
    found: list[Fraction] = []
    for match in _pattern().finditer(text):
        word = (match.group("one") or match.group("single") or match.group("plural")).lower()
        value = table[word][0]
        if match.group("count"):
            value *= NUMBER_WORDS.index(match.group("count").lower())
        qualifier = match.group("qual")
        kind = _QUALIFIERS[" ".join(qualifier.lower().split())] if qualifier else "exact"
        found.append(Fraction(match.start(), match.end(), match.group(), value, kind))
    return found
