"""Immediate repetition in a paragraph: the runs that TQ201, TQ202 and TQ206 share.

A *run* is a unit of one or more words followed at once by copies of itself, with nothing but
spaces and punctuation between the copies ("Bern, Bern, Bern"; "the city the city the city").
Found once per document in linear time: each word is compared only with its next occurrences
within :data:`MAX_UNIT` words, never with every other word.
"""

from __future__ import annotations

from dataclasses import dataclass

from tqcheck.document.model import Document, Token
from tqcheck.lexicon import is_function_word

MAX_UNIT = 30  # words in one repeated unit (a whole short sentence looped)
_LOWER_LOOP = 6  # copies of one lower-case word that make a loop ("no, no, no, no, no" is speech)
_THREE_COPY_WORDS = 5
_THREE_COPY_LETTERS = 5  # three copies of a shorter unit are emphasis as often as a loop


@dataclass(frozen=True, slots=True)
class Run:
    tokens: tuple[Token, ...]  # the first copy
    size: int  # words per copy
    copies: int  # complete copies, at least 2
    start: int  # character span of the whole run
    end: int

    @property
    def unit_end(self) -> int:
        return self.tokens[-1].end


def _runs_in(document: Document, tokens: tuple[Token, ...]) -> list[Run]:
    lowers = [token.text.lower() for token in tokens]
    # next occurrence of each word, so that a unit size is only tried where the word recurs
    following: list[int] = [-1] * len(tokens)
    last: dict[str, int] = {}
    for i in range(len(tokens) - 1, -1, -1):
        following[i] = last.get(lowers[i], -1)
        last[lowers[i]] = i
    runs: list[Run] = []
    i = 0
    while i < len(tokens):
        best: tuple[int, int] | None = None  # (size, copies)
        j = following[i]
        while j != -1 and j - i <= MAX_UNIT:
            size = j - i
            copies = 1
            while (
                i + (copies + 1) * size <= len(tokens)
                and lowers[i + copies * size : i + (copies + 1) * size] == lowers[i : i + size]
            ):
                copies += 1
            if copies >= 2 and (
                best is None or (copies >= 3, copies * size) > (best[1] >= 3, best[0] * best[1])
            ):
                best = (size, copies)  # a loop first, then the longest coverage
            j = following[j]
        if best is None:
            i += 1
            continue
        size, copies = best
        last_token = tokens[i + size * copies - 1]
        runs.append(Run(tuple(tokens[i : i + size]), size, copies, tokens[i].start, last_token.end))
        # a doubled long unit can hold a loop inside it: after a mere doubling, go on word by word
        i += size * copies if copies >= 3 else 1
    return runs


def repetition_runs(document: Document) -> list[Run]:
    """Every run of two or more copies in the document's paragraphs, in text order."""
    cached = document.analyses.get("repetition_runs")
    if cached is None:
        cached = [run for block in document.blocks for run in _runs_in(document, block.tokens)]
        document.analyses["repetition_runs"] = cached
    return cached


def is_loop(document: Document, run: Run) -> bool:
    """A run that is a machine-translation loop rather than emphasis, a chant or a list.

    Four or more copies of a word or phrase; three copies of a phrase of five words or more
    ("and basically, in every aspect related to medicine" three times), or of a shorter unit in
    the middle of a sentence, with words of the same sentence before and after it ("the
    continuous deepening, deepening, deepening of the work"; a single word of five letters or more,
    no function word or -ly adverb). Bare numbers are never loops; a lower-case single word needs
    six copies otherwise. "No, no, no, no, no", "very, very, very", "Adorable Adorable Adorable"
    or "get ready, get ready, get ready" are emphasis, often faithful to a source that repeats
    itself.
    """
    if all(token.is_number for token in run.tokens) or run.copies < 3:
        return False
    if run.copies == 3 and run.size < _THREE_COPY_WORDS and not _mid_sentence(document, run):
        return False  # a headline or a chant of three: "Adorable Adorable Adorable"
    if run.copies >= 3 and run.size >= 2:
        return True
    if run.copies >= _LOWER_LOOP:
        return True
    # one word three to five times: a loop in the middle of a sentence, when it is a content
    # word of five letters or more ("the pre-broadcast broadcast broadcast broadcast on all
    # networks"); "very, very, very", "really, really, really", "Adorable" four times as a
    # headline or "no, no, no, no" are emphasis
    word = run.tokens[0].lower
    if (
        run.copies > 3
        and run.tokens[0].is_capitalized
        and _mid_sentence(document, run, after=False)
    ):
        return True  # "the University of Bern, Bern, Bern, Bern.": a name looped
    return (
        _mid_sentence(document, run)
        and len(word) >= _THREE_COPY_LETTERS
        and not word.endswith("ly")
        and not is_function_word(word)
    )


def loops(document: Document) -> list[Run]:
    cached = document.analyses.get("repetition_loops")
    if cached is None:
        cached = [run for run in repetition_runs(document) if is_loop(document, run)]
        document.analyses["repetition_loops"] = cached
    return cached


def inside_loop(document: Document, start: int, end: int) -> bool:
    """True when ``start:end`` overlaps a loop (which TQ206 reports once, as a whole)."""
    return any(run.start < end and start < run.end for run in loops(document))


def _mid_sentence(document: Document, run: Run, after: bool = True) -> bool:
    """Words of the same sentence both before and (unless ``after`` is false) after the run:
    not a headline or a chant."""
    for sentence in document.sentences():
        if sentence.start <= run.start and run.end <= sentence.end:
            before = document.plain[sentence.start : run.start]
            rest = document.plain[run.end : sentence.end]
            return any(c.isalpha() for c in before) and (
                not after or any(c.isalpha() for c in rest)
            )
    return False
