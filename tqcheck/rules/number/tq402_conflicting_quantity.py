from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from tqcheck.document.model import Document
from tqcheck.facts.analysis import document_facts
from tqcheck.facts.quantities import Quantity
from tqcheck.facts.same_quantity import Verdict, compare, context_allows
from tqcheck.facts.tolls import find_tolls, same_happening
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

# Mentions of one noun compared pairwise across the whole article; beyond this, within a few
# blocks only.
_MAX_ALL_PAIRS = 40
_NEAR_BLOCKS = 2
_NEAR_MENTIONS = 6


class ConflictingQuantity(Rule):
    """One counted thing stated with two different numbers.

    A heading says "Nine villages" over a paragraph about "8 additional villages"; a caption
    and the body disagree; "30 thousand people dead" in one paragraph is "20,000 people killed"
    in another. Whether two counts describe the same thing is decided from what they count (the
    same noun, no different event, modifiers, places or days, no running total set against an
    increment, no stated update) and from where they stand (a heading or caption over its
    paragraph, one paragraph, the same event in the same places). Sentence embeddings are not
    used: calibrated, they could not tell these pairs apart (docs/benchmarks.md). Bounds are
    respected: "more than 30" and "35" agree; "later raised the toll to 19" is an update; "up
    from 3,000 a year earlier" is a comparison; a round number in a heading agrees with one
    within 10% ("sixty" over "63"); a sentence that counts one noun twice ("5 new and 2
    existing products") gives parts, not restatements. The same happening named in two
    paragraphs ("the earthquake killed 41" / "the earthquake killed 47") is one toll, and a
    thing brought in and then referred back to ("approved a $1.2 billion loan" / "The $2.1
    billion loan", "deposited $3 billion" / "The $5 billion deposit":
    ``tqcheck/data/amount_verbs.tsv``) is one amount. Different
    things with different numbers ("43 villages" in all, "8 additional villages")
    are not reported.

    Bad:
        Nine villages

        The army said on Wednesday that it had recaptured eight villages in the south.

    Good:
        Eight villages

        The army said on Wednesday that it had recaptured eight villages in the south.
    """

    code = "TQ402"
    name = "conflicting-quantity"
    category = Category.NUMBER
    severity = Severity.WARNING
    summary = "One counted thing stated with different numbers in different places"

    def _counts(self, document: Document) -> list[Quantity]:
        counts = [q for q in document_facts(document).quantities if q.is_count]
        # A sentence that counts one noun twice breaks it into parts ("5 new products and 2
        # existing products", "except for 1 product, the remaining 6"): its counts are subsets.
        per_sentence = Counter((q.sentence_index, q.head) for q in counts)
        return [
            _rounded_in_heading(q) for q in counts if per_sentence[(q.sentence_index, q.head)] < 2
        ]

    def check(self, document: Document) -> Iterator[Finding]:
        counts = self._counts(document)
        sentences = [sentence.text for sentence in document.sentences()]
        links: dict[int, dict[int, Verdict]] = {}
        for i, j in _candidate_pairs(counts):
            first, second = counts[i], counts[j]
            verdict = compare(
                first,
                second,
                sentences[first.sentence_index],
                sentences[second.sentence_index],
            )
            if verdict.same:
                links.setdefault(i, {})[j] = verdict
                links.setdefault(j, {})[i] = verdict

        # Of two linked mentions that cannot be the same number, the one fewer mentions of the
        # same thing agree with is reported (on a tie: a heading or caption before body text,
        # then the later one).
        agreeing = _agreeing(counts, _connected(links))

        def rank(i: int) -> tuple[int, bool, int]:
            return agreeing[i], not counts[i].extra.get("short"), -i

        reported: set[int] = set()
        for index in sorted(links):
            quantity = counts[index]
            rivals = [j for j in links[index] if not quantity.compatible_with(counts[j])]
            winners = [j for j in rivals if rank(j) > rank(index)]
            if not winners:
                continue
            other_index = max(winners, key=rank)
            other = counts[other_index]
            line = document.lines.position(other.start)[0]
            reported.update((quantity.start, other.start))
            yield self.finding(
                document,
                quantity.start,
                quantity.end,
                f"{quoted(_phrase(document, quantity), 40)} here, but "
                f"{quoted(_phrase(document, other), 40)} on line {line}: "
                f"{links[index][other_index].reason}",
            )
        yield from self._tolls(document, reported)

    def _tolls(self, document: Document, reported: set[int]) -> Iterator[Finding]:
        """One happening's death toll stated twice with numbers that cannot both be true, the
        counted noun left out or changed ("killing at least 12 people" / "killed nine", "23
        people were killed" / "all 32 victims")."""
        spans = document.sentences()
        texts = [document.plain[s.start : s.end] for s in spans]
        quantities = document_facts(document).quantities
        tolls = find_tolls(quantities, texts, [s.start for s in spans])
        for position, later in enumerate(tolls):
            if later.quantity.start in reported:
                continue
            for earlier in tolls[:position]:
                if earlier.sentence_index == later.sentence_index:
                    continue
                if earlier.quantity.compatible_with(later.quantity):
                    continue
                if not context_allows(texts[earlier.sentence_index], texts[later.sentence_index]):
                    continue
                tie = same_happening(earlier, later)
                if not tie:
                    continue
                line = document.lines.position(earlier.quantity.start)[0]
                reported.add(later.quantity.start)
                yield self.finding(
                    document,
                    later.quantity.start,
                    later.quantity.end,
                    f"a death toll of {later.quantity.display()} here, but "
                    f"{quoted(earlier.quantity.text, 40)} on line {line}: one toll of {tie}",
                )
                break


def _rounded_in_heading(quantity: Quantity) -> Quantity:
    """A round number in a heading or caption ("sixty countries" over "63 countries") is read
    as rounded: within 10% of it agrees."""
    value = quantity.value
    if (
        not quantity.extra.get("short")
        or value is None
        or quantity.qualifier != "exact"
        or value < 20
        or value % 10
    ):
        return quantity
    return replace(quantity, low=value * 0.9, high=value * 1.1)


def _candidate_pairs(counts: list[Quantity]) -> list[tuple[int, int]]:
    """Pairs of counts of one noun in different sentences. A noun counted very often (a long
    digest, a paragraph of tallies) is paired only with its next few mentions within a few
    blocks, so the pairs are linear in the number of mentions."""
    by_head: dict[str, list[int]] = {}
    for index, quantity in enumerate(counts):
        by_head.setdefault(quantity.head, []).append(index)
    pairs: list[tuple[int, int]] = []
    for indexes in by_head.values():
        near_only = len(indexes) > _MAX_ALL_PAIRS
        for position, i in enumerate(indexes):
            following = indexes[position + 1 :]
            if near_only:
                following = following[:_NEAR_MENTIONS]
            for j in following:
                gap = counts[j].block_index - counts[i].block_index
                if near_only and gap > _NEAR_BLOCKS:
                    break
                if counts[i].sentence_index != counts[j].sentence_index:
                    pairs.append((i, j))
    return pairs


def _agreeing(counts: list[Quantity], group: dict[int, set[int]]) -> dict[int, int]:
    """For each linked mention, how many others of its group its value agrees with (bounds
    overlap), by sorting the group's bounds once: n log n in the size of the group."""
    agreeing: dict[int, int] = {}
    done: set[int] = set()
    for start, members in group.items():
        if start in done:
            continue
        done |= members
        bounded = [m for m in members if counts[m].low is not None and counts[m].high is not None]
        lows = sorted(counts[m].low for m in bounded)  # type: ignore[type-var]
        highs = sorted(counts[m].high for m in bounded)  # type: ignore[type-var]
        unbounded = len(members) - len(bounded)
        for member in members:
            low, high = counts[member].low, counts[member].high
            if low is None or high is None:
                agreeing[member] = len(members) - 1
                continue
            # others whose interval overlaps [low, high]: not (their high < low or low > high)
            below = bisect_left(highs, low)  # intervals ending before this one starts
            above = len(lows) - bisect_right(lows, high)  # starting after it ends
            overlapping = len(bounded) - below - above  # itself included
            agreeing[member] = overlapping - 1 + unbounded
    return agreeing


def _connected(links: dict[int, dict[int, Verdict]]) -> dict[int, set[int]]:
    """Each linked mention's group: the mentions reachable through same-thing links."""
    group: dict[int, set[int]] = {}
    for start in links:
        if start in group:
            continue
        members, stack = {start}, [start]
        while stack:
            for neighbour in links[stack.pop()]:
                if neighbour not in members:
                    members.add(neighbour)
                    stack.append(neighbour)
        for member in members:
            group[member] = members
    return group


def _phrase(document: Document, quantity: Quantity) -> str:
    return document.text[quantity.start : max(quantity.end, quantity.head_end)]
