"""A total and the parts a sentence breaks it into: "Nine people were killed: three police
officers and four passers-by".

The parts are counts that follow the total in its sentence after an opener (a colon, a dash,
"comprised", "consisting of", "including", or a comma after a verb or a noun for a group of
people, ``tqcheck/data/whole_nouns.txt``), joined by commas and "and", each with at most a few
words of its own ("12 in the capital and six in Mombasa"). "Including", "among them", "of whom"
and "Of the 50 detainees, 30 ..." name some of the parts only: their sum may be smaller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tqcheck import patterns
from tqcheck.facts.quantities import Quantity, event_class
from tqcheck.lexicon import word_list

_OPENER = patterns.compile(
    r"""(?P<gap>(?:\s+[A-Za-z][\w'’-]*){0,4}?)\s*(?:
        (?P<partial>,?\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which)\b
            |\s+(?:includes?|included|include)\b)
      | (?P<complete>\s*:|\s+[—–]|\s+-\s|\s+(?:were|are)(?=\s+\d)
            |\s+(?:comprised|comprising|consisting\s+of|
            consisted\s+of|made\s+up\s+of|composed\s+of|broken\s+down\s+into)\b)
      | (?P<comma>,)
    )\s*""",
    re.VERBOSE,
)
# Between one part and the next: a few words of its own, then a comma and/or "and".
_JOIN = patterns.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,7}?(?:\s*[,;]\s*and\s+|\s*[,;]\s*|\s+and\s+)")
_OF_THE = patterns.compile(r"(?:^|\b)of\s+the\s+$", re.IGNORECASE)
_MAX_PARTS = 12


@dataclass(frozen=True, slots=True)
class Breakdown:
    total: Quantity
    parts: tuple[Quantity, ...]
    partial: bool  # "including": the parts may add up to less


def find_breakdowns(sentence: str, offset: int, quantities: list[Quantity]) -> list[Breakdown]:
    """Totals broken into parts in one sentence; ``quantities`` are the sentence's, in order,
    with document offsets (``offset`` is where the sentence starts)."""
    found: list[Breakdown] = []
    wholes = word_list("whole_nouns")
    for index, total in enumerate(quantities):
        if not total.is_count or total.kind != "cardinal" or total.qualifier == "range":
            continue
        after = max(total.end, total.head_end) - offset
        opener = _OPENER.match(sentence, after)
        if opener is None:
            continue
        partial = bool(opener.group("partial"))
        before = sentence[max(0, total.start - offset - 12) : total.start - offset]
        if _OF_THE.search(before) and opener.group("comma"):
            partial = True  # "Of the 50 detainees released, 30 were women and ..."
        elif opener.group("comma"):
            gap = opener.group("gap").split()
            if not gap and total.head not in wholes:
                continue  # "8 villages, 3 towns and 2 cities": a list of different things
        of_the = bool(_OF_THE.search(before)) and bool(opener.group("comma"))
        parts = _parts(sentence, offset, opener.end(), quantities[index + 1 :], labels=of_the)
        if len(parts) < 2 or any(part.head and part.head == total.head for part in parts):
            continue
        found.append(Breakdown(total, tuple(parts), partial))
    return found


# A bare number may follow a few words that name the part: "the governing coalition won 118,
# the opposition 71 and independents 14".
_LABEL = patterns.compile(r"(?:[A-Za-z][\w'’-]*\s+){1,4}")
_NOT_LABEL = patterns.compile(
    r"\b(?:compared|than|against|versus|average|per|from|to|up|down|by|since|rose|fell)\b",
    re.IGNORECASE,
)


def _parts(
    sentence: str,
    offset: int,
    position: int,
    following: list[Quantity],
    labels: bool = False,
) -> list[Quantity]:
    """The counts joined as a list from ``position``; with ``labels`` a bare number may follow
    a few words naming its part (only where the sentence opened as a breakdown: "Of the 200
    seats, ...", "Of the injured, ...")."""
    parts: list[Quantity] = []
    for quantity in following[:_MAX_PARTS]:
        if quantity.start - offset != position:
            label = _LABEL.fullmatch(sentence, position, quantity.start - offset)
            if not labels or label is None or quantity.head or _NOT_LABEL.search(label.group()):
                break
        if quantity.kind != "cardinal" or quantity.value is None or quantity.qualifier == "range":
            return []
        parts.append(quantity)
        join = _JOIN.match(sentence, max(quantity.end, quantity.head_end) - offset)
        if join is None or re.search(r"\d", join.group()):
            break
        position = join.end()
    return parts


def bounds(quantities: tuple[Quantity, ...]) -> tuple[float, float]:
    low = sum(q.low if q.low is not None else q.value or 0.0 for q in quantities)
    high = sum(q.high if q.high is not None else q.value or 0.0 for q in quantities)
    return low, high


# A sentence that breaks down a total of the sentence before: "Of the injured, 31 were
# protesters and 29 police officers", "Those on board included 30 Tunisians, 21 Egyptians and
# 16 Syrians", "The dead were ...".
_CARRIED = patterns.compile(
    r"""\s*(?:
        of\s+(?:the|those)(?P<of_noun>(?:\s+[a-z-]+){0,2})\s*,
      | among\s+(?:them|those(?P<among_noun>(?:\s+[a-z-]+){0,2}))\s*(?:,|\s+(?:were|are)\b)
      | (?:those|the)(?P<noun>(?:\s+[a-z-]+){1,2})\s+
            (?P<verb>included|include|includes|were|are|comprised|consisted\s+of)\b
    )\s*""",
    re.IGNORECASE | re.VERBOSE,
)


def find_carried_breakdown(
    sentence: str, offset: int, quantities: list[Quantity], previous: list[Quantity]
) -> Breakdown | None:
    """Parts in ``sentence`` (opening with a back-reference) of a total in the sentence before
    (``previous``: its counts). The total is the one count there, or the one whose noun or
    event the back-reference names."""
    opener = _CARRIED.match(sentence)
    if opener is None or not quantities:
        return None
    totals = [q for q in previous if q.is_count and q.qualifier != "range"]
    named = opener.group("of_noun") or opener.group("among_noun") or opener.group("noun") or ""
    words = {w.lower() for w in named.split()}
    if len(totals) > 1:
        totals = [
            q
            for q in totals
            if q.head in words
            or q.head_text.lower() in words
            or (q.event and any(event_class(w) == q.event for w in words))
        ]
    if len(totals) != 1:
        return None
    total = totals[0]
    parts = _parts(sentence, offset, opener.end(), quantities, labels=True)
    if len(parts) < 2 or any(part.head and part.head == total.head for part in parts):
        return None
    verb = (opener.group("verb") or "").lower()
    partial = not verb.startswith(("were", "are", "compris", "consist"))
    return Breakdown(total, tuple(parts), partial)
