from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from tqcheck import patterns
from tqcheck.document.model import Block, BlockKind, Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.text import first_letter, has_verb, quoted

# A final period that belongs to an abbreviation ("U.S.", "Inc.", "No.") is not a sentence period.
_ABBREVIATION_END = patterns.compile(
    r"(?:\b[A-Z]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|St|Jr|Sr|etc|No|vs)\.$"
)
_MIN_WORDS, _MAX_WORDS = 3, 10
_CONTRACTION = patterns.compile(r"[’'](?:s|re|ve|ll|d|t|m)\b", re.IGNORECASE)
_PRONOUNS = frozenset(
    [
        "i",
        "we",
        "you",
        "he",
        "she",
        "it",
        "they",
        "me",
        "us",
        "him",
        "them",
        "my",
        "our",
        "your",
        "his",
        "her",
        "its",
        "their",
        "this",
        "these",
    ]
)
_DETERMINERS = frozenset(
    ["the", "a", "an", "of", "in", "on", "for", "to", "at", "with", "from", "by", "and", "or"]
)


class HeadingPeriod(Rule):
    """A subheading that ends with a sentence period.

    News subheadings take no closing period; machine translation often adds one, which makes
    the heading read as a stray sentence. The rule fires on a Markdown heading ending in a
    period (with a safe fix: the line is a heading by its markup). In plain text it fires only
    where the line's shape leaves little doubt: copy that has subheadings besides its title; a
    line of three to ten words after a paragraph that ends a sentence and before another
    paragraph; no verb, no comma, no pronoun or possessive ("our lives change"), no adverb in
    -ly, and no word in -s after a noun where a verb would stand ("Alcohol showers brains.").
    Short sentences in essays and verse ("The late rise plays a role.") are left alone. Plain
    text findings carry no fix, because a short verbless sentence can be a real sentence.
    Remove the period.

    Bad:
        Ceasefire agreed after ten hours of talks

        Talks in Moscow

        The ministers met on Friday.

        The toll on civilians.

        Hospitals in the city received dozens of wounded overnight.

    Good:
        Ceasefire agreed after ten hours of talks

        Talks in Moscow

        The ministers met on Friday.

        The toll on civilians

        Hospitals in the city received dozens of wounded overnight.
    """

    code = "TQ103"
    name = "heading-period"
    category = Category.LAYOUT
    severity = Severity.WARNING
    summary = "Subheading ends with a sentence period"
    fix = "safe"

    def check(self, document: Document) -> Iterator[Finding]:
        blocks = document.blocks
        # Only in copy that has subheadings: a short verbless line elsewhere is a sentence.
        has_subheadings = any(other.kind is BlockKind.HEADING for other in blocks[1:])
        for index, block in enumerate(blocks):
            text = block.text
            if not text.endswith(".") or text.endswith("..") or _ABBREVIATION_END.search(text):
                continue
            markdown = self._markdown_heading(block)
            if not (markdown or (has_subheadings and self._plain_heading(block, blocks, index))):
                continue
            yield self.finding(
                document,
                block.start,
                block.end,
                f"Subheading {quoted(text)} ends with a period; headings take none.",
                suggestion=document.text[block.start : block.end - 1] if markdown else None,
            )

    @staticmethod
    def _markdown_heading(block: Block) -> bool:
        return block.kind is BlockKind.HEADING and block.explicit

    @staticmethod
    def _plain_heading(block: Block, blocks: list[Block], index: int) -> bool:
        if index == 0 or block.kind is not BlockKind.PARAGRAPH or block.line_count != 1:
            return False
        previous = blocks[index - 1]
        if previous.kind is not BlockKind.PARAGRAPH or previous.text.rstrip()[-1:] not in ".!?":
            return False  # after a title, a byline or a verse line: a sentence, not a heading
        if "," in block.text or not _noun_phrase(block.words):
            return False
        if block.text[:1] in "\"“‘'" or _CONTRACTION.search(block.text):
            return False
        if index + 1 >= len(blocks) or blocks[index + 1].kind is BlockKind.HEADING:
            return False
        words = block.words
        if not _MIN_WORDS <= len(words) <= _MAX_WORDS or len(block.sentences) != 1:
            return False
        return first_letter(block.text).isupper() and not has_verb(block)


def _noun_phrase(words: list[str]) -> bool:
    """No pronoun, -ly adverb or verb-like -s word after a noun ("Alcohol showers brains")."""
    lowers = [word.lower() for word in words]
    if any(word in _PRONOUNS or (len(word) > 4 and word.endswith("ly")) for word in lowers):
        return False
    for previous, word in itertools.pairwise(lowers[:-1]):
        if (
            word.endswith("s")
            and not word.endswith(("ss", "us", "is", "ics"))
            and previous not in _DETERMINERS
        ):
            return False
    return True
