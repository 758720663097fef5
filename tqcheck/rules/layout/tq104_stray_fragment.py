from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import BlockKind, Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.text import SENTENCE_END, first_letter, has_verb, quoted

# Typographic section breaks ("* * *", "---", "###") are deliberate, not fragments.
_BREAK_CHARS = frozenset("*-–—_=~#•·. ")


class StrayFragment(Rule):
    """A one- or two-word block with no verb standing alone between paragraphs.

    Leftovers of captions, image labels, page numbers or subheadings that lost their shape end up
    as tiny blocks such as "Eight villages." between two paragraphs. The rule fires on a block of
    at most two words, with no verb, between two other blocks, when it ends like a sentence,
    starts in lower case or has no letters at all (a page number). Short subheadings without a
    period, Markdown headings, list items and section breaks such as "* * *" are left alone.
    Delete the fragment, or restore it as a proper subheading.

    Bad:
        The army said it had taken back several villages.

        Eight villages.

        Residents began returning on Friday.

    Good:
        The army said it had taken back eight villages.

        Residents began returning on Friday.
    """

    code = "TQ104"
    name = "stray-fragment"
    category = Category.LAYOUT
    severity = Severity.WARNING
    summary = "One- or two-word verbless block stranded between paragraphs"

    def check(self, document: Document) -> Iterator[Finding]:
        blocks = document.blocks
        for block in blocks[1:-1]:
            if block.explicit or block.kind is BlockKind.LIST_ITEM or block.line_count != 1:
                continue
            text = block.text.strip()
            if len(block.words) > 2 or set(text) <= _BREAK_CHARS or has_verb(block):
                continue
            if "," in text or text[-1] in "?!":
                continue  # "Oh, no." and "Remember?" are speech, not leftovers
            letter = first_letter(text)
            no_letters = not any(char.isalpha() for char in text)
            if not (text[-1] in SENTENCE_END or letter.islower() or no_letters):
                continue
            yield self.finding(
                document,
                block.start,
                block.end,
                f"{quoted(text)} stands alone between paragraphs with no verb: probably a leftover "
                "caption, label or subheading.",
            )
