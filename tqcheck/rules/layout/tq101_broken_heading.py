from __future__ import annotations

import itertools
from collections.abc import Iterator

from tqcheck.document.model import BlockKind, Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.lexicon import is_function_word
from tqcheck.rules.base import Rule
from tqcheck.rules.text import first_letter, quoted

_MAX_WORDS = 8


class BrokenHeading(Rule):
    """A subheading cut off mid-phrase, with its continuation pushed into the next paragraph.

    Machine translation and CMS exports split a subheading such as "The position of the European
    Union" into a short heading line ending in a preposition or article and a paragraph that
    begins in lower case with the rest of it. The heading no longer makes sense and the paragraph
    opens mid-sentence. The rule fires on a short heading line that ends in a function word
    ("of", "the", "and", ...), or that is followed by a paragraph beginning in lower case.
    Rejoin the heading and rewrite the start of the paragraph.

    Bad:
        The position of


        the European Union urged both sides to return to talks.

    Good:
        The position of the European Union

        The European Union urged both sides to return to talks.
    """

    code = "TQ101"
    name = "broken-heading"
    category = Category.LAYOUT
    severity = Severity.ERROR
    summary = "Subheading cut mid-phrase, its continuation pushed into the next paragraph"

    def check(self, document: Document) -> Iterator[Finding]:
        blocks = document.blocks
        # In a bilingual file each block is a translation unit, and units often continue in
        # lower case (a segment cut at a clause, a plural form): only a dangling function word
        # says a heading was cut there.
        segments = document.bilingual is not None and document.bilingual.format != "pair"
        for block, following in itertools.pairwise(blocks):
            if block.line_count != 1 or block.kind in (BlockKind.LIST_ITEM, BlockKind.QUOTE):
                continue
            words = block.words
            text = block.text.rstrip()
            if not words or len(words) > _MAX_WORDS or text[-1] in '.!?:;,)"”':
                continue
            if block.kind is not BlockKind.HEADING and not first_letter(text).isupper():
                continue
            cut_word = is_function_word(words[-1]) and len(words) >= 2
            lower_next = first_letter(following.text).islower() and following.kind in (
                BlockKind.PARAGRAPH,
                BlockKind.QUOTE,
            )
            if not (cut_word or (lower_next and not segments)):
                continue
            if lower_next and not segments:
                message = (
                    f"Heading {quoted(text)} is cut off: its continuation seems to open the next "
                    f"paragraph ({quoted(following.text, 40)}), which starts in lower case."
                )
            else:
                message = (
                    f"Heading {quoted(text)} ends in {quoted(words[-1])} and is cut off mid-phrase."
                )
            yield self.finding(document, block.start, block.end, message)
