"""Death tolls: how many died in one happening, however the sentence words it.

A toll is a count of the dead as a whole: a count of a toll noun ("12 people", "all 32
victims", "eight dead") with a death word, a bare number right after a death verb ("killed
21", "killing at least 12"), or the number a toll phrase gives ("the death toll ... at 13",
"the number of dead rose to 40"). The words are data: ``tqcheck/data/toll_words.txt``. A
part of the dead ("13 of the dead were children", "four more") is no toll.

Two tolls in different sentences are of one happening when the later sentence refers back with
"the" to a thing the earlier one names ("a fire swept through a dormitory" / "The fire at the
dormitory") or both name the same happening ("the floods"), and neither marks another one ("a
second blast", "another attack").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tqcheck import patterns
from tqcheck.facts.episodes import happenings, noun_stems, stem
from tqcheck.facts.quantities import Quantity
from tqcheck.lexicon import is_function_word, word_list

_WORD = patterns.compile(r"[A-Za-z][A-Za-z-]*")
_THE_NOUN = patterns.compile(r"\b[Tt]he\s+([a-z][a-z-]{2,})(?:\s+([a-z][a-z-]{2,}))?")
_PART_AFTER = patterns.compile(r"\s*(?:of\b|more\b|others?\b|additional\b|other\b)", re.IGNORECASE)
_OTHER_BEFORE = patterns.compile(
    r"\b(?:another|second|third|separate|further|more|additional|earlier|previous|new)\s+"
    r"(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Toll:
    quantity: Quantity
    sentence_index: int
    referents: frozenset[str]  # stems of the nouns the sentence names
    definite: frozenset[str]  # stems of the nouns it names with "the" (refers back to)
    happenings: frozenset[str]


@cache
def _table() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for line in word_list("toll_words"):
        kind, _, words = line.partition(":")
        kinds.setdefault(kind.strip(), set()).update(
            w.strip().lower() for w in words.split(",") if w.strip()
        )
    return {kind: frozenset(words) for kind, words in kinds.items()}


def _is_toll(quantity: Quantity, sentence: str, begin: int) -> bool:
    table = _table()
    if quantity.kind != "cardinal" or quantity.value is None:
        return False
    start, end = quantity.start - begin, quantity.end - begin
    after = sentence[max(end, quantity.head_end - begin) :]
    if _PART_AFTER.match(after) or set(quantity.modifiers) & table["part"]:
        return False
    before = sentence[max(0, start - 60) : start]
    if _OTHER_BEFORE.search(before):
        return False
    words_before = [w.lower() for w in _WORD.findall(before)]
    link = words_before[-1] if words_before else ""
    bounds = table["bound"]
    while words_before and words_before[-1] in bounds:
        words_before.pop()
    previous = words_before[-1] if words_before else ""
    if quantity.head:
        # "all 117 victims of the floods": the first word after the number is what is counted
        first = _WORD.match(sentence[end:].lstrip())
        noun = first.group().lower() if first else ""
        if noun not in table["noun"]:
            return False
        if quantity.event == "death" or noun in table["dead"]:
            return True
        following = [w.lower() for w in _WORD.findall(after)[:2]]
        return bool(set(following) & table["verb"]) or previous in table["verb"]
    if previous in table["verb"]:
        return True  # "killed 21", "killing at least 12"
    window = " ".join(w.lower() for w in _WORD.findall(before)[-8:])
    return link in table["link"] and any(p in window for p in table["phrase"])


def find_tolls(quantities: list[Quantity], sentences: list[str], starts: list[int]) -> list[Toll]:
    tolls: list[Toll] = []
    for quantity in quantities:
        index = quantity.sentence_index
        if index < 0 or index >= len(sentences):
            continue
        sentence = sentences[index]
        if not _is_toll(quantity, sentence, starts[index]):
            continue
        definite = frozenset(
            stem(word)
            for m in _THE_NOUN.finditer(sentence)
            for word in m.groups()
            if word and not is_function_word(word)
        )
        tolls.append(
            Toll(quantity, index, noun_stems(sentence), definite, frozenset(happenings(sentence)))
        )
    return tolls


def same_happening(first: Toll, second: Toll) -> str:
    """What ties two tolls to one happening ("the same fire", "'the dormitory'"), or ""."""
    shared = first.happenings & second.happenings
    if shared:
        return f"the same {sorted(shared)[0]}"
    earlier, later = (
        (first, second) if first.sentence_index < second.sentence_index else (second, first)
    )
    back = later.definite & earlier.referents - _table()["noun"]
    if back:
        return "the same happening named again with 'the'"
    return ""
