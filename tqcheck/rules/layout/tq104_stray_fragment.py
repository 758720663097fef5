from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Block, BlockKind, Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.text import SENTENCE_END, first_letter, has_verb, quoted

# Typographic section breaks ("* * *", "---", "###") are deliberate, not fragments.
_BREAK_CHARS = frozenset("*-–—_=~#•·. ")
_MIN_NEIGHBOUR_WORDS = 5


class StrayFragment(Rule):
    """A one- or two-word block with no verb standing alone between paragraphs.

    Leftovers of captions, image labels, page numbers or subheadings that lost their shape end up
    as tiny blocks such as "Eight villages." between two paragraphs. The rule fires on a block of
    at most two words, with no verb, between two other blocks, when it ends like a sentence,
    starts in lower case or has no letters at all (a page number). Short subheadings without a
    period, Markdown headings, list items and section breaks such as "* * *" are left alone.
    Both neighbours must be full paragraphs (five words or more, ending like a sentence): labels
    stacked in a results box ("Italian championship." / "22nd round." above a score line), verse
    lines and bylines are structure, not leftovers. Delete the fragment, or restore it as a proper
    subheading.

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
        for index, block in enumerate(blocks[1:-1], start=1):
            if not (_full_paragraph(blocks[index - 1]) and _full_paragraph(blocks[index + 1])):
                continue
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
            message = (
                f"{quoted(text)} stands alone as a paragraph: a stray mark or page number."
                if no_letters
                else f"{quoted(text)} stands alone between paragraphs with no verb: probably a "
                "leftover caption, label or subheading."
            )
            yield self.finding(document, block.start, block.end, message)


def _full_paragraph(block: Block) -> bool:
    return (
        block.kind is BlockKind.PARAGRAPH
        and len(block.words) >= _MIN_NEIGHBOUR_WORDS
        and (
            block.text.rstrip().rstrip("\"”’'»").endswith((*SENTENCE_END, ")"))
        )  # a sentence, or a caption ending in its credit "(Reuters)"
    )
