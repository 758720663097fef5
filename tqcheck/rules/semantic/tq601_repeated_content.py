from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import BlockKind, Document, Sentence
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted
from tqcheck.semantic.numbers import numbers_in

# Calibrated on benchmarks/calibration/repeated_content.tsv; see docs/benchmarks.md.
THRESHOLD = 0.85
_MIN_WORDS = 6
_CLOSERS = frozenset('.!?…"”’)')


def _key(sentence: Sentence) -> str:
    return " ".join(sentence.text.split())


class RepeatedContent(Rule):
    """A sentence that says again what an earlier sentence of the article already said.

    Machine-translation and CMS pipelines duplicate paragraphs, and translated wire copy often
    restates its lead a few paragraphs later in slightly different words. The rule embeds every
    full sentence of the body (all-MiniLM-L6-v2 by default) and reports a sentence whose meaning
    is close enough to an earlier one (cosine similarity at or above a threshold calibrated on
    labelled pairs), naming the earlier sentence. Sentences that state different numbers are
    never paired: "14 civilians" and "41 civilians" are different facts, whatever the embedding
    says. Delete the repetition or merge the two sentences.

    Bad:
        The army said it had taken back seven villages in the south on Monday.

        Residents began returning to the area on Tuesday.

        On Monday the army said it took back seven villages in the south.

    Good:
        The army said it had taken back seven villages in the south on Monday.

        Residents began returning to the area on Tuesday.
    """

    code = "TQ601"
    name = "repeated-content"
    category = Category.SEMANTIC
    severity = Severity.WARNING
    summary = "Sentence restating an earlier sentence of the article"
    needs_model = True

    def _candidates(self, document: Document) -> list[Sentence]:
        return [
            sentence
            for block in document.blocks
            if block.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM)
            for sentence in block.sentences
            if len(sentence.tokens) >= _MIN_WORDS and sentence.text.rstrip()[-1:] in _CLOSERS
        ]

    def texts_to_embed(self, document: Document) -> list[str]:
        return [_key(sentence) for sentence in self._candidates(document)]

    def check(self, document: Document) -> Iterator[Finding]:
        assert self.embeddings is not None, "the runner binds the embedding store"
        sentences = self._candidates(document)
        if len(sentences) < 2:
            return
        vectors = self.embeddings.matrix([_key(sentence) for sentence in sentences])
        similarity = vectors @ vectors.T
        numbers = [numbers_in(sentence.text) for sentence in sentences]
        for later in range(1, len(sentences)):
            best, best_score = -1, THRESHOLD
            for earlier in range(later):
                score = float(similarity[earlier, later])
                if score >= best_score and numbers[earlier] == numbers[later]:
                    best, best_score = earlier, score
            if best < 0:
                continue
            sentence, original = sentences[later], sentences[best]
            line = document.lines.position(original.start)[0]
            yield self.finding(
                document,
                sentence.start,
                sentence.end,
                f"This sentence restates line {line} ({quoted(original.text, 50)}); "
                f"similarity {best_score:.2f}.",
            )
