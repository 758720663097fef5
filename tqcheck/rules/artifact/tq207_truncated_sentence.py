from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Block, BlockKind, Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.lexicon import word_list
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

_MIN_WORDS = 6  # shorter lines are headings or labels: TQ101 handles cut headings
_CLOSING = frozenset(".!?…:;\"”’'»)]")


class TruncatedSentence(Rule):
    """A paragraph that stops mid-sentence: it ends in "the", "of", "and" with no full stop.

    Machine translation and copy pipelines cut segments off ("... raising the flag over the
    building in the city of"). The rule fires only where the evidence is clear: a paragraph of
    six words or more whose last word is one a finished sentence cannot end with (an article, a
    possessive, a preposition that needs an object, a conjunction; listed in
    ``tqcheck/data/truncation_words.txt``), with no closing punctuation, and whose next paragraph
    does not carry on in lower case (that is a broken line, not a cut). Words that can close a
    sentence ("came in", "if I had to") are not on the list, and a capitalised word is a name
    ("Beit Or"). Restore the end of the sentence from the
    source.

    Bad:
        The ministry published a video of soldiers raising the flag over the building in the
        city of

        Residents began returning on Friday.

    Good:
        The ministry published a video of soldiers raising the flag over the building in the
        city of Jabrayil.

        Residents began returning on Friday.
    """

    code = "TQ207"
    name = "truncated-sentence"
    category = Category.ARTIFACT
    severity = Severity.WARNING
    summary = "Paragraph cut off mid-sentence (ends in a function word)"

    def check(self, document: Document) -> Iterator[Finding]:
        stops = word_list("truncation_words")
        blocks = document.blocks
        for index, block in enumerate(blocks):
            if block.kind not in (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM):
                continue
            tokens = block.tokens
            if len(tokens) < _MIN_WORDS or block.text.rstrip()[-1:] in _CLOSING:
                continue
            last = tokens[-1]
            if (
                not last.text.islower()
                or last.text not in stops
                or document.plain[last.end : block.end].strip()
            ):
                continue
            if index + 1 < len(blocks) and _continues(blocks[index + 1]):
                continue
            sentence = block.sentences[-1] if block.sentences else block
            yield self.finding(
                document,
                last.start,
                last.end,
                f"The paragraph stops after {quoted(last.text)} with no full stop: the sentence "
                f"({quoted(document.plain[sentence.start : sentence.end], 50)}) is cut off.",
            )


def _continues(block: Block) -> bool:
    """The next block goes on in lower case: a broken line, not a cut sentence."""
    first = block.text.lstrip("\"“‘'«([ ")[:1]
    return first.islower()
