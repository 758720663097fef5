"""The facts of one document: quantities with what they count, lists, and dates.

Computed once per document and shared by every number and date rule (and ``tqcheck facts``).
A number that is part of a date ("the 27th of last month", "October 4, 2020") is a date, not a
quantity.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from tqcheck import patterns
from tqcheck.document.model import Block, BlockKind, Document
from tqcheck.facts.dates import DateMention, find_dates
from tqcheck.facts.enumerations import Enumeration, find_enumeration
from tqcheck.facts.quantities import Quantity, attach_counted_thing, find_numbers, singular
from tqcheck.facts.timeline import Constraint, Inference, constraints_for, infer_publication
from tqcheck.lexicon import is_verb_like

_KEY = "facts"
_SHORT_BLOCK_WORDS = 16
_FRAGMENT_WORDS = 6


@dataclass(slots=True)
class CountedList:
    """A count and the list that spells it out."""

    count: Quantity
    enumeration: Enumeration


@dataclass(slots=True)
class Facts:
    quantities: list[Quantity] = field(default_factory=list)
    lists: list[CountedList] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    _constraints: list[Constraint] | None = None
    _inference: Inference | None = None
    _by_sentence: dict[int, list[Quantity]] | None = None

    def quantities_by_sentence(self) -> dict[int, list[Quantity]]:
        """The quantities grouped by the index of their sentence, in text order (computed on
        first use; callers must not change the lists)."""
        if self._by_sentence is None:
            self._by_sentence = {}
            for quantity in self.quantities:
                self._by_sentence.setdefault(quantity.sentence_index, []).append(quantity)
        return self._by_sentence

    def constraints(self) -> list[Constraint]:
        """What the dates say about the publication day (computed on first use)."""
        if self._constraints is None:
            self._constraints = constraints_for(self.dates)
        return self._constraints

    def inference(self) -> Inference:
        """The publication days the text's own dates allow (computed on first use)."""
        if self._inference is None:
            self._inference = infer_publication(self.dates, self.constraints())
        return self._inference


def document_facts(document: Document) -> Facts:
    """The facts of ``document``, computed on first use and cached on it."""
    cached = document.analyses.get(_KEY)
    if cached is None:
        cached = document.analyses[_KEY] = _extract(document)
    return cached


def _extract(document: Document) -> Facts:
    facts = Facts()
    sentence_index = 0
    previous_counts: list[Quantity] = []
    for block in document.blocks:
        shape: dict[str, str] | None = None
        for sentence in block.sentences:
            text = document.plain[sentence.start : sentence.end]
            dates = [
                replace(m, sentence_index=sentence_index, block_index=block.index)
                for m in find_dates(text, sentence.start)
            ]
            facts.dates.extend(dates)
            date_starts = [d.start for d in dates]  # in text order
            current_counts: list[Quantity] = []
            for number in find_numbers(text, sentence.start):
                inside = bisect_right(date_starts, number.start) - 1
                if inside >= 0 and number.start < dates[inside].end:
                    continue  # "the 27th of last month": part of a date
                if number.kind in ("year", "decade"):
                    continue
                relative = number.start - sentence.start
                before = text[max(0, relative - 12) : relative].rstrip().lower()
                if before.endswith(("top", "no.", "number")) or (
                    before.endswith("by")
                    and not _OF_WHOLE_AFTER.match(text, number.end - sentence.start)
                ):
                    # a rank ("top 10 apps") or a change ("rose by 3,000"), no count; "backed by
                    # 17 out of 25 members" is one
                    continue
                quantity = attach_counted_thing(text, number, sentence.start)
                article = _ARTICLE_BEFORE.search(text, max(0, relative - 16), relative)
                determiner = _article(article.group(1)) if article else ""
                verb = _VERB_BEFORE.search(text, max(0, relative - 24), relative)
                noun = _amount_verbs().get(verb.group(1).lower()) if verb else None
                if noun and not quantity.head and quantity.kind == "cardinal":
                    # "deposited $3 billion": the amount of a deposit, brought in like "a"
                    quantity = replace(quantity, head=noun, head_text=noun, head_end=quantity.end)
                    determiner = "a"
                quantity = replace(
                    quantity,
                    determiner=determiner,
                    sentence_index=sentence_index,
                    block_index=block.index,
                    extra=shape if shape is not None else (shape := _block_shape(block)),
                )
                facts.quantities.append(quantity)
                if quantity.is_count:
                    current_counts.append(quantity)
                    listed = find_enumeration(
                        text, quantity.head_end - sentence.start, sentence.start, quantity.value
                    )
                    if listed is not None:
                        facts.lists.append(CountedList(quantity, listed))
            facts.lists.extend(_both_lists(text, sentence.start, sentence_index, block.index))
            carried = _carried_list(text, sentence.start, previous_counts)
            if carried is not None:
                facts.lists.append(carried)
            previous_counts = current_counts
            sentence_index += 1
    return facts


# "Four ministers resigned. They were the ministers of finance, health and education.": the
# next sentence spells out the one count of the sentence before.
_THEY_WERE = patterns.compile(r"\s*(?:They|These|Those)(?=\s+(?:are|were)\s)")
# "Both candidates, A, B and C": "both" counts two.
_BOTH = patterns.compile(r"\b[Bb]oth\s+(?:the\s+)?(?:[a-z-]+\s+)?([a-z-]+s)\b")


def _carried_list(text: str, start: int, previous: list[Quantity]) -> CountedList | None:
    opener = _THEY_WERE.match(text)
    if opener is None or len(previous) != 1 or (previous[0].value or 0) < 2:
        return None
    listed = find_enumeration(text, opener.end(), start, previous[0].value)
    if listed is None or len(listed.items) < 2:
        return None
    return CountedList(previous[0], listed)


def _both_lists(text: str, start: int, sentence_index: int, block_index: int) -> list[CountedList]:
    found: list[CountedList] = []
    for match in _BOTH.finditer(text):
        listed = find_enumeration(text, match.end(), start, 2.0)
        if listed is None or len(listed.items) < 2:
            continue
        word = match.group()[:4]
        count = Quantity(
            start=start + match.start(),
            end=start + match.start() + 4,
            text=word,
            value=2.0,
            kind="cardinal",
            low=2.0,
            high=2.0,
            head=singular(match.group(1)),
            head_text=match.group(1),
            head_end=start + match.end(),
            sentence_index=sentence_index,
            block_index=block_index,
        )
        found.append(CountedList(count, listed))
    return found


_OF_WHOLE_AFTER = patterns.compile(r"\s+(?:out\s+)?of\s", re.IGNORECASE)
_ARTICLE_BEFORE = patterns.compile(r"\b(a|an|the)\s+(?:[$€£¥]\s?)?$", re.IGNORECASE)


_VERB_BEFORE = patterns.compile(r"\b([a-z]+)\s+(?:[$€£¥]\s?)?$", re.IGNORECASE)


@cache
def _amount_verbs() -> dict[str, str]:
    data = resources.files("tqcheck.data").joinpath("amount_verbs.tsv").read_text("utf-8")
    return dict(
        line.split("\t")[:2] for line in data.splitlines() if "\t" in line and line[:1] != "#"
    )


def _article(word: str) -> str:
    return "the" if word.lower() == "the" else "a"


def _block_shape(block: Block) -> dict[str, str]:
    """ "short" for a heading or a short one-sentence block shaped like one (a caption ending
    in its credit, no closing punctuation); "label" too for a verbless fragment that restates
    a count ("Eight villages.")."""
    if len(block.sentences) != 1 or len(block.tokens) > _SHORT_BLOCK_WORDS:
        return {"short": "1"} if block.kind == BlockKind.HEADING else {}
    verbless = not any(is_verb_like(token.text) for token in block.tokens)
    if verbless and len(block.tokens) <= _FRAGMENT_WORDS:
        return {"short": "1", "label": "1"}
    if block.kind == BlockKind.HEADING or block.text.rstrip()[-1:] not in '.!?…"”’':
        return {"short": "1"}
    return {}
