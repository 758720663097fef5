"""A change and its two values in one sentence: "rose from 120 to 150, an increase of 30",
"fell 20% to $8 million from $12 million", "doubled from 14 to 28 tonnes".

The two values are read after "from" and "to" (either order); the size of the change after a
verb or noun of change (``tqcheck/data/change_amounts.tsv``: "rose 20%", "a fall of 2.3
points", "up 1.2 million") or as a factor ("doubled", "halved"). Numbers are read with the
quantity extractor's own pieces (digits, scale words, percentages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tqcheck import patterns
from tqcheck.facts.quantities import DIGITS, SCALE, number_value

_CURRENCY = r"(?:[$€£¥]\s?|(?:US|AU|C)\$\s?)?"
_NUM = rf"(?P<{{name}}>{DIGITS}(?:\s*{SCALE}\b|\s*(?:bn|mn)\b)?)"
_PCT = r"(?P<{name}_pct>\s*%|\s+per\s?cent\b|\s+percentage\s+points?\b|\s+points?\b|\s+pct\b)?"
_QUAL = r"(?P<{name}_qual>about|around|some|nearly|almost|roughly|more\s+than|over|less\s+than)?\s*"


def _number(name: str) -> str:
    return (_QUAL + _CURRENCY + _NUM + _PCT).replace("{name}", name)


_FROM_TO = patterns.compile(
    rf"\bfrom\s+{_number('a')}(?:\s+(?!to\b)[a-z]+){{0,2}}?\s+to\s+{_number('b')}", re.IGNORECASE
)
_TO_FROM = patterns.compile(
    rf"\bto\s+{_number('b')}(?:[^,;:.()]{{0,30}}?)\s+from\s+{_number('a')}", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Value:
    value: float
    percent: bool  # written with %, "percent" or "points"
    points: bool  # "percentage points", "points"
    qualifier: str  # "", "approx", "min", "max"
    text: str
    start: int  # offsets in the sentence
    end: int
    half_unit: float  # half a written decimal's place, times the scale (rounding); 0 for whole


@dataclass(frozen=True, slots=True)
class Change:
    """``old`` -> ``new``, and what the sentence says the change was: an ``amount`` (a
    difference, or a percentage of ``old``) or a ``factor`` ("doubled" is 2)."""

    old: Value
    new: Value
    amount: Value | None = None
    factor: float | None = None
    factor_word: str = ""
    factor_start: int = -1
    factor_end: int = -1


@cache
def _words() -> dict[str, dict[str, float]]:
    data = resources.files("tqcheck.data").joinpath("change_amounts.tsv").read_text("utf-8")
    roles: dict[str, dict[str, float]] = {"verb": {}, "noun": {}, "multiplier": {}}
    for line in data.splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and not line.startswith("#"):
            roles[cells[1]][cells[0].lower()] = float(cells[2]) if len(cells) > 2 else 0.0
    return roles


@cache
def _amount_pattern() -> re.Pattern[str]:
    words = _words()
    verbs = "|".join(sorted(words["verb"], key=patterns.longest_first))
    nouns = "|".join(sorted(words["noun"], key=patterns.longest_first))
    return patterns.compile(
        rf"\b(?:(?:{verbs})\s+(?:by\s+)?|(?:an?\s+|the\s+)?(?:{nouns})\s+of\s+){_number('c')}",
        re.IGNORECASE,
    )


@cache
def _amount_before_pattern() -> re.Pattern[str]:
    """ "a 25% increase", "a 3,000-tonne drop": the amount before the noun of change."""
    nouns = "|".join(sorted(_words()["noun"], key=patterns.longest_first))
    return patterns.compile(rf"\b(?:an?\s+){_number('c')}(?:[\s-]+(?:{nouns}))\b", re.IGNORECASE)


@cache
def _factor_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(_words()["multiplier"], key=patterns.longest_first))
    return patterns.compile(
        rf"\b(?P<qual>more\s+than|nearly|almost|roughly|about|over)?\s*(?P<word>{words})\b",
        re.IGNORECASE,
    )


def _value(match: re.Match[str], name: str) -> Value | None:
    written = match.group(name)
    value = number_value(written)
    if value is None:
        return None
    pct = (match.group(f"{name}_pct") or "").strip().lower()
    qualifier = " ".join((match.group(f"{name}_qual") or "").lower().split())
    kind = {"more than": "min", "over": "min", "less than": "max"}.get(
        qualifier, "approx" if qualifier else ""
    )
    digits = re.match(r"[\d,]*(?:\.(\d+))?", written)
    decimals = len(digits.group(1) or "") if digits else 0
    number = float(re.sub(r"[^\d.]", "", written.split()[0]) or 1) if written[0].isdigit() else 1
    scale = value / number if number else 1.0
    return Value(
        value=value,
        percent=bool(pct),
        points="point" in pct,
        qualifier=kind,
        text=match.group().strip() if name == "c" else written + (match.group(f"{name}_pct") or ""),
        start=match.start(name),
        end=match.end(f"{name}_pct") if match.group(f"{name}_pct") else match.end(name),
        half_unit=0.5 * 10.0**-decimals * scale if decimals else 0.0,
    )


_YEARLIKE = patterns.compile(r"(?:1[89]|20)\d\d")


def find_changes(sentence: str) -> list[Change]:
    """The changes of ``sentence`` that state both values and the change itself."""
    pairs: list[tuple[Value, Value]] = []
    for pattern in (_FROM_TO, _TO_FROM):
        for match in pattern.finditer(sentence):
            if _YEARLIKE.fullmatch(match.group("a")) or _YEARLIKE.fullmatch(match.group("b")):
                continue  # "from 2019 to 2023": years, not values
            old, new = _value(match, "a"), _value(match, "b")
            if old is not None and new is not None and old.percent == new.percent and old.value:
                pairs.append((old, new))
    if len(pairs) != 1:
        return []  # none, or two changes in one sentence: which amount goes with which is unclear
    old, new = pairs[0]
    matches = [*_amount_pattern().finditer(sentence), *_amount_before_pattern().finditer(sentence)]
    amounts = [
        value
        for match in matches
        if (value := _value(match, "c")) is not None
        and not (value.start < max(old.end, new.end) and value.end > min(old.start, new.start))
        and not _YEARLIKE.fullmatch(match.group("c"))
    ]
    factors = list(_factor_pattern().finditer(sentence))
    if len(amounts) + len(factors) != 1:
        return []
    if amounts:
        return [Change(old, new, amount=amounts[0])]
    match = factors[0]
    factor = _words()["multiplier"][match.group("word").lower()]
    return [
        Change(
            old,
            new,
            factor=factor,
            factor_word=match.group().strip(),
            factor_start=match.start("word") if not match.group("qual") else match.start("qual"),
            factor_end=match.end(),
        )
    ]
