from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from tqcheck.document.model import Document, Token
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

_MAX_PHRASE = 8
_JOINERS = frozenset(["and", "or", "&"])


class DoubledPhrase(Rule):
    """A phrase repeated back to back, or joined to itself with "and" or "or".

    Machine translation doubles phrases when it aligns a source word twice, as in "the United
    Nations and the United Nations called on ...". The rule fires on a phrase of two to eight
    words repeated immediately or on both sides of "and" or "or", and on a capitalised name
    joined to itself by "and" ("Russia and Russia"). A repetition set off by commas ("so happy,
    so happy"; "in the Bible, and in the Bible") is emphasis and is left alone. Idioms such as
    "more and more" or "again and
    again" repeat a single lower-case word and are left alone. Keep one occurrence.

    Bad:
        the United Nations and the United Nations called for restraint.

    Good:
        The United Nations called for restraint.
    """

    code = "TQ202"
    name = "doubled-phrase"
    category = Category.ARTIFACT
    severity = Severity.ERROR
    summary = "A phrase repeated back to back or joined to itself"
    fix = "safe"

    def check(self, document: Document) -> Iterator[Finding]:
        for sentence in document.sentences():
            tokens = sentence.tokens
            lowers = [token.text.lower() for token in tokens]
            covered_until = -1
            for i in range(len(tokens)):
                if tokens[i].start < covered_until:
                    continue
                match = self._repeat_at(document, tokens, lowers, i)
                if match is None:
                    continue
                size, gap = match
                first = tokens[i : i + size]
                second = tokens[i + size + gap : i + 2 * size + gap]
                start, end = first[0].start, second[-1].end
                phrase = document.text[first[0].start : first[-1].end]
                covered_until = end
                yield self.finding(
                    document,
                    start,
                    end,
                    f"The phrase {quoted(phrase)} is doubled; keep one occurrence.",
                    suggestion=phrase,
                )

    def _repeat_at(
        self, document: Document, tokens: Sequence[Token], lowers: list[str], i: int
    ) -> tuple[int, int] | None:
        """(phrase size, joiner tokens) of a doubled phrase starting at token ``i``."""
        for size in range(min(_MAX_PHRASE, (len(tokens) - i) // 2), 0, -1):
            for gap in (0, 1):
                j = i + size + gap
                if j + size > len(tokens) or lowers[j] != lowers[i]:
                    continue
                if lowers[i : i + size] != lowers[j : j + size]:
                    continue
                first, second = tokens[i : i + size], tokens[j : j + size]
                between = document.plain[first[-1].end : second[0].start]
                if gap and tokens[i + size].lower not in _JOINERS:
                    continue
                if not gap and between.strip():
                    continue  # "so happy, so happy" is emphasis, not a doubling
                if not gap and size == 2 and first[0].lower in _JOINERS:
                    continue  # "... and more and more": the idiom "more and more", shifted
                if gap and not _plain_gap(document, first[-1], tokens[i + size], second[0]):
                    continue
                if size == 1 and not (
                    gap
                    and tokens[i + 1].lower == "and"
                    and first[0].is_capitalized
                    and second[0].is_capitalized
                    and not first[0].is_number
                ):
                    continue  # single words: TQ201 handles "the the"; idioms repeat lower case
                if not _plain_inside(document, first) or not _plain_inside(document, second):
                    continue
                return size, gap
        return None


def _plain_gap(document: Document, left: Token, joiner: Token, right: Token) -> bool:
    before = document.plain[left.end : joiner.start].strip()
    after = document.plain[joiner.end : right.start].strip()
    return before == "" and after == ""  # "in the Bible, and in the Bible" is deliberate


def _plain_inside(document: Document, tokens: Sequence[Token]) -> bool:
    """True when only spaces (or hyphens/commas) separate the phrase's words."""
    return all(
        document.plain[a.end : b.start].strip() in ("", ",", "-")
        for a, b in itertools.pairwise(tokens)
    )
