from __future__ import annotations

import re
from collections.abc import Iterator

from tqcheck.document.model import Block, BlockKind, Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.text import first_letter, has_verb, quoted

# A final period that belongs to an abbreviation ("U.S.", "Inc.", "No.") is not a sentence period.
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Inc|Ltd|Co|Corp|St|Jr|Sr|etc|No|vs)\.$")
_MIN_WORDS, _MAX_WORDS = 3, 10
_CONTRACTION = re.compile(r"[’'](?:s|re|ve|ll|d|t|m)\b", re.IGNORECASE)


class HeadingPeriod(Rule):
    """A subheading that ends with a sentence period.

    News subheadings take no closing period; machine translation often adds one, which makes
    the heading read as a stray sentence. The rule fires on a Markdown heading ending in a
    period, and in plain text, in copy that has subheadings besides its title, on a short verbless
    line of three to
    ten words that ends in a single period and is followed by a paragraph. Remove the period.

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
            if not (
                self._markdown_heading(block)
                or (has_subheadings and self._plain_heading(block, blocks, index))
            ):
                continue
            yield self.finding(
                document,
                block.start,
                block.end,
                f"Subheading {quoted(text)} ends with a period; headings take none.",
                suggestion=document.text[block.start : block.end - 1],
            )

    @staticmethod
    def _markdown_heading(block: Block) -> bool:
        return block.kind is BlockKind.HEADING and block.explicit

    @staticmethod
    def _plain_heading(block: Block, blocks: list[Block], index: int) -> bool:
        if block.kind is not BlockKind.PARAGRAPH or block.line_count != 1:
            return False
        if block.text[:1] in "\"“‘'" or _CONTRACTION.search(block.text):
            return False
        if index + 1 >= len(blocks) or blocks[index + 1].kind is BlockKind.HEADING:
            return False
        words = block.words
        if not _MIN_WORDS <= len(words) <= _MAX_WORDS or len(block.sentences) != 1:
            return False
        return first_letter(block.text).isupper() and not has_verb(block)
