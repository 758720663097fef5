from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.facts.quantities import WORD_NUMBER, WORD_ORDINAL, number_value
from tqcheck.findings import Category, Finding, Severity
from tqcheck.lexicon import word_list
from tqcheck.rules.base import Rule

_ORDINAL = rf"(?P<ord>\d{{1,3}}(?:st|nd|rd|th)|{WORD_ORDINAL})"
_COUNT = rf"(?P<n>\d{{1,3}}|{WORD_NUMBER})"
_OWNER = r"(?:the|this|that|a|an|its|their|his|her|[A-Z][\w'’-]*['’]s?)"
# "the fourth day of the three-day talks", "the third leg of the two-legged tie",
# "the eighth of the seven candidates".
_PATTERN = patterns.compile(
    rf"(?<![\w-]){_ORDINAL}\s+(?:(?P<noun>[a-z]+)\s+)?of\s+{_OWNER}\s+{_COUNT}"
    rf"(?:-(?P<unit>[a-z]+)|\s+(?P<plural>[a-z]+))\b",
    re.IGNORECASE,
)


class OrdinalBeyondCount(Rule):
    """An ordinal past the count it belongs to.

    "On the fourth day of the three-day talks" and "the third round of the two-round
    election" cannot both be right: the ordinal or the count was changed. Read when an ordinal
    and a noun are followed by "of the" and a count of the same unit ("three-day", "two-legged",
    "five-day"), or an ordinal alone is "of the" a counted group ("the eighth of the seven
    candidates"). Units that can run over (the 95th minute of a 90-minute match:
    ``tqcheck/data/ordinal_overrun_units.txt``) are not read.

    Bad:
        On the fourth day of the three-day talks, delegates agreed on an exchange.

    Good:
        On the third day of the three-day talks, delegates agreed on an exchange.
    """

    code = "TQ407"
    name = "ordinal-beyond-count"
    category = Category.NUMBER
    severity = Severity.WARNING
    summary = 'An ordinal past its count ("the fourth day of the three-day talks")'

    def check(self, document: Document) -> Iterator[Finding]:
        for sentence in document.sentences():
            text = document.plain[sentence.start : sentence.end]
            if " of " not in text:
                continue
            for match in _PATTERN.finditer(text):
                found = _beyond(match)
                if found is None:
                    continue
                ordinal, count = found
                yield self.finding(
                    document,
                    sentence.start + match.start(),
                    sentence.start + match.end(),
                    f"'{match.group()}': {ordinal} of {count} cannot be; check the source for "
                    "a changed number",
                )


def _beyond(match: re.Match[str]) -> tuple[int, int] | None:
    ordinal = number_value(re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", match.group("ord"), flags=re.I))
    count = number_value(match.group("n"))
    if ordinal is None or count is None or ordinal <= count:
        return None
    noun = (match.group("noun") or "").lower()
    unit = (match.group("unit") or "").lower()
    plural = (match.group("plural") or "").lower()
    if noun in _overrun() or unit in _overrun() or plural in _overrun():
        return None
    if noun:
        stem = noun.rstrip("s")
        if not unit or not (unit.startswith(stem) or stem.startswith(unit.rstrip("s"))):
            return None  # "the fourth day of the three ministers": different things
    elif not plural.endswith("s") or unit:
        return None  # "the eighth of the seven candidates": a counted group
    return int(ordinal), int(count)


@cache
def _overrun() -> frozenset[str]:
    return word_list("ordinal_overrun_units")
