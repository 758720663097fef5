from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.facts.analysis import document_facts
from tqcheck.facts.quantities import NUMBER_WORDS
from tqcheck.findings import Category, Finding, Severity
from tqcheck.lexicon import WEEKDAYS, is_function_word
from tqcheck.rules.base import Rule

# Lists are spelled out for small counts; "1.94 million rubles: ..." is no list of items.
_MAX_LISTED = 50


@cache
def _part_of() -> re.Pattern[str]:
    """A count of a part just before ("Two of the four suspects": the count after "of the" is
    the whole the list is part of); compiled on first use (issue 13: cold start)."""
    return patterns.compile(
        rf"\b(?:\d+|{'|'.join(NUMBER_WORDS)})\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$",
        re.IGNORECASE,
    )


# "a former mayor; his deputy; and a contractor": an item may open with a possessive
_POSSESSIVES = frozenset(("his", "her", "its", "their", "our"))


class CountListMismatch(Rule):
    """A count followed by a list of a different length.

    "8 additional villages, namely ..." must list eight villages. Machine translation drops
    or merges list items (two names fused into one, a name lost after "in addition to"), and a
    wrong count is published as fact. The list is read after "namely", a colon, a dash, a
    parenthesis, "of" before two or more names ("the six districts of A, B, C, D and E"), "were"
    after a relative clause ("the seven countries that sent teams were A, B, ...") or an
    apposition of names (the last name may run into the sentence: "... and D met in Kars"), with
    its items grouped by their place tails ("... of Fuzuli district,
    in addition to ... in the district of Khojavend"). An item may hold "and" ("Ministry of
    Labour and Social Affairs"; with a serial comma, "Culture and Sport, and Health"). A
    partial list ("including", "such as") is reported only when it names more items than the
    count. A list whose item opens with a lower-case function word ("three teachers: on this
    occasion, of ...") is a clause, not the counted things; a weekday beside a name is its date
    ("two dates: Nakba Day, Sunday, and Jerusalem Day"), not an item. No fix is offered:
    machine translation more often drops a list item than changes the number, so the count is
    more often right than the list.

    Bad:
        The army said it took 4 villages, namely Alpha, Bravo and Charlie.

    Good:
        The army said it took 3 villages, namely Alpha, Bravo and Charlie.
    """

    code = "TQ401"
    name = "count-list-mismatch"
    category = Category.NUMBER
    severity = Severity.ERROR
    summary = 'Count does not match the list that follows ("8 villages, namely" + 7 names)'

    def check(self, document: Document) -> Iterator[Finding]:
        for counted in document_facts(document).lists:
            count, listed = counted.count, counted.enumeration
            if (
                count.qualifier != "exact"
                or count.value is None
                or not count.value.is_integer()
                or not 1 <= count.value <= _MAX_LISTED
                or count.head_text[:1].isupper()  # "One Part", "Seven Sisters": names
            ):
                continue
            if count.value < 2 and (
                listed.partial or not all(item.text[:1].isupper() for item in listed.items)
            ):
                continue  # "one institution ..., including airships": no list of one
            if _part_of().search(document.plain[max(0, count.start - 30) : count.start]):
                continue  # "Two of the four suspects — A and B": the list names the two
            words = [item.text.split()[:1] for item in listed.items]
            if any(
                w and w[0].islower() and is_function_word(w[0]) and w[0] not in _POSSESSIVES
                for w in words
            ):
                continue  # "on this occasion, of Doctor's Day": a clause, not a list
            weekdays = sum(1 for item in listed.items if item.text.strip(" ,.").lower() in WEEKDAYS)
            size = len(listed.items)
            stated = int(count.value)
            if 0 < weekdays < size and size - weekdays == stated:
                continue  # "Nakba Day, Sunday, and Jerusalem Day": the weekday dates an item
            if size == stated or (listed.partial and size < stated):
                continue
            names = ", ".join(listed.names)
            if listed.repeated:
                names += f" ({', '.join(listed.repeated)} listed twice)"
            said = f"says {count.text.strip()} {count.head_text}"
            if listed.partial:
                message = f"{said}, but the partial list already names {size}: {names}"
            else:
                message = (
                    f"{said}, lists {size}: {names}; machine translation more often drops or "
                    "merges a list item than changes the number: compare the list with the source"
                )
            yield self.finding(document, count.start, count.end, message)
