from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from tqcheck import patterns
from tqcheck.document.model import BlockKind, Document, Sentence
from tqcheck.findings import Category, Finding, Severity
from tqcheck.lexicon import MONTHS, is_function_word
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted
from tqcheck.semantic.numbers import numbers_in

# Calibrated on benchmarks/calibration/repeated_content.tsv; see docs/benchmarks.md.
THRESHOLD = 0.95
# Share of content words two sentences must have in common (Jaccard) to be the same sentence
# rather than a restatement: a lead restated in other words is journalism, not an MT error.
MIN_WORD_OVERLAP = 0.75
# A copy has about the copy's length; a headline and the longer lead that restates it do not.
MIN_LENGTH_RATIO = 0.7
# How many earlier sentences each sentence is compared with by meaning: MT repeats a segment
# next to itself. Exact copies are found anywhere by hashing. Memory and time stay linear.
WINDOW = 48
_BLOCK = 256  # rows of the similarity computed at once
_MIN_WORDS = 8
_HEADLINE_WORDS = 60  # Chinese wire headlines run to 50 words
_DATELINE_WORDS = 6
_SAME_ORDER = 0.8  # difflib ratio of the word sequences: a copy with small edits
_CLOSERS = frozenset('.!?…"”’)')
_WORD = patterns.compile(r"[^\W_]+", re.UNICODE)


def _key(sentence: Sentence) -> str:
    return " ".join(sentence.text.split())


def _exact(sentence: Sentence) -> str:
    return " ".join(_WORD.findall(sentence.text.lower()))


def _content(sentence: Sentence) -> frozenset[str]:
    return frozenset(
        word
        for word in _WORD.findall(sentence.text.lower())
        if not is_function_word(word) and (len(word) > 2 or word.isdigit())
    )


def _opening(document: Document) -> tuple[int, int]:
    """Where the headline and the lead end (-1 when the article has no headline): a first
    block of one sentence, or of two that do not end in a full stop ('Question: ... How to ...?')
    and hold :data:`_HEADLINE_WORDS` words or fewer, with two blocks or more after it; the lead
    is the block after the headline."""
    blocks = document.blocks
    if len(blocks) <= 2:
        return -1, -1
    sentences = len(blocks[0].sentences)
    question = (
        sentences == 2
        and len(blocks[0].tokens) <= _HEADLINE_WORDS
        and document.plain[: blocks[0].end].rstrip()[-1:] != "."
    )
    return (blocks[0].end, blocks[1].end) if sentences == 1 or question else (-1, -1)


def _dateline_blocks(document: Document) -> list[tuple[int, int]]:
    """Spans of the blocks that open with a dateline: a month among their first six words
    ("Xinhua News Agency, Beijing, February 10th. ...")."""
    return [
        (block.start, block.end)
        for block in document.blocks
        if any(token.lower in MONTHS for token in block.tokens[:_DATELINE_WORDS])
    ]


def _same_order(a: Sentence, b: Sentence) -> bool:
    """The words of ``b`` follow those of ``a`` in the same order (a copy with small edits),
    rather than the same words rearranged (a restatement)."""
    one = _WORD.findall(a.text.lower())
    two = _WORD.findall(b.text.lower())
    return difflib.SequenceMatcher(None, one, two, autojunk=False).ratio() >= _SAME_ORDER


class RepeatedContent(Rule):
    """A sentence that repeats an earlier sentence of the article: a segment translated twice.

    Machine translation and CMS pipelines duplicate segments and paragraphs: the same sentence
    comes back, verbatim or with a word or two changed. The rule reports a sentence of eight
    words or more that is an exact copy of an earlier one (anywhere in the article), or that is
    close to one of the 48 sentences before it both in meaning (cosine similarity of all-
    MiniLM-L6-v2 embeddings of 0.95 or more) and in wording (at least 75% of their content words
    shared, lengths within 30%). Sentences that state different numbers are never paired: "14
    civilians" and "41 civilians" are different facts. The opening of a news article repeats
    itself by design: the headline (a first block of one sentence, or of two of 60 words at most
    that end in a question) counts only when it is copied word for word, and not even then as the
    lead or after a dateline ("Xinhua, Beijing, February 10. <the headline again>"); the lead
    (the block after the headline) counts when a later sentence outside a dateline's block
    copies it with its words in the same order. A lead restated in the body in other words, like
    a summary followed by the quote it summarises, says the same thing again; that is how news
    is written (on real MT those were most of the old findings), and it is left alone.
    Consecutive repeated sentences (a paragraph or a run translated twice) give one finding, with
    the number of sentences. Delete the repetition.

    Bad:
        The army said it had taken back seven villages in the south on Monday.

        Residents began returning to the area on Tuesday.

        The army said it had taken back seven villages in the south on Monday.

    Good:
        The army said it had taken back seven villages in the south on Monday.

        Residents began returning to the area on Tuesday.
    """

    code = "TQ601"
    name = "repeated-content"
    category = Category.SEMANTIC
    severity = Severity.WARNING
    summary = "Sentence repeating an earlier sentence of the article"
    needs_model = True

    def _candidates(self, document: Document) -> list[Sentence]:
        blocks = document.blocks
        return [
            sentence
            for block in blocks
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
        matches = self._matches(document, sentences)
        run: list[int] = []  # consecutive repeated sentences
        for later in range(len(sentences)):
            if later in matches and (not run or run[-1] == later - 1):
                run.append(later)
                continue
            if run:
                yield self._finding(document, sentences, matches, run)
            run = [later] if later in matches else []
        if run:
            yield self._finding(document, sentences, matches, run)

    def _matches(
        self, document: Document, sentences: list[Sentence]
    ) -> dict[int, tuple[int, float]]:
        """Each repeating sentence -> (the earlier sentence it repeats, similarity)."""
        import numpy as np

        matches: dict[int, tuple[int, float]] = {}
        first_seen: dict[str, int] = {}
        headline, lead = _opening(document)
        datelines = _dateline_blocks(document)
        for index, sentence in enumerate(sentences):
            key = _exact(sentence)
            if key not in first_seen:
                first_seen[key] = index
                continue
            if sentences[first_seen[key]].end <= headline and (
                sentence.end <= lead or any(a <= sentence.start < b for a, b in datelines)
            ):
                continue  # the headline again as the lead or after the dateline: news
            matches[index] = (first_seen[key], 1.0)
        assert self.embeddings is not None
        # Every text embedded in one batch, then the vectors stacked a block at a time: a matrix
        # of the whole article is 1.5 KB a sentence (556 MB for a 20 MB file; issue 17).
        self.embeddings.prepare(_key(sentence) for sentence in sentences)
        numbers: list[tuple[str, ...] | None] = [None] * len(sentences)
        words: list[frozenset[str] | None] = [None] * len(sentences)
        for top in range(1, len(sentences), _BLOCK):
            bottom = min(top + _BLOCK, len(sentences))
            low = max(0, top - WINDOW)
            vectors = self.embeddings.matrix([_key(sentence) for sentence in sentences[low:bottom]])
            scores = vectors[top - low :] @ vectors.T  # at most 256 x 304
            for row in range(bottom - top):
                later = top + row
                if later in matches:
                    continue
                earliest = max(0, later - WINDOW) - low
                window = scores[row, earliest : later - low]
                for offset in np.argsort(-window)[:3]:
                    score = float(window[offset])
                    if score < THRESHOLD:
                        break
                    earlier = low + earliest + int(offset)
                    if sentences[earlier].end <= headline:
                        continue  # only an exact copy of the headline counts
                    if sentences[earlier].end <= lead and (
                        not _same_order(sentences[earlier], sentences[later])
                        or any(a <= sentences[later].start < b for a, b in datelines)
                    ):
                        continue  # the lead restated in other words, or after the dateline
                    if self._same(sentences, numbers, words, earlier, later):
                        matches[later] = (earlier, score)
                        break
        return matches

    @staticmethod
    def _same(
        sentences: list[Sentence],
        numbers: list[tuple[str, ...] | None],
        words: list[frozenset[str] | None],
        earlier: int,
        later: int,
    ) -> bool:
        for index in (earlier, later):
            if numbers[index] is None:
                numbers[index] = numbers_in(sentences[index].text)
                words[index] = _content(sentences[index])
        if numbers[earlier] != numbers[later]:
            return False
        sizes = len(sentences[earlier].tokens), len(sentences[later].tokens)
        if min(sizes) < MIN_LENGTH_RATIO * max(sizes):
            return False
        a, b = words[earlier], words[later]
        assert a is not None and b is not None
        return bool(a | b) and len(a & b) / len(a | b) >= MIN_WORD_OVERLAP

    def _finding(
        self,
        document: Document,
        sentences: list[Sentence],
        matches: dict[int, tuple[int, float]],
        run: list[int],
    ) -> Finding:
        first, last = sentences[run[0]], sentences[run[-1]]
        original, score = matches[run[0]]
        line = document.lines.position(sentences[original].start)[0]
        what = "This sentence repeats" if len(run) == 1 else f"These {len(run)} sentences repeat"
        how = "word for word" if score >= 1.0 else f"similarity {score:.2f}"
        return self.finding(
            document,
            first.start,
            last.end,
            f"{what} line {line} ({quoted(sentences[original].text, 50)}); {how}.",
        )
