from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.artifact.repeats import loops
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted


class RepetitionLoop(Rule):
    """A word or phrase repeated over and over: a machine-translation loop.

    Neural MT sometimes falls into a loop and emits one unit again and again ("University of
    Bern, Bern, Bern, Bern ..." for hundreds of characters), usually in place of content it
    failed to translate. The rule reports each run once, with the number of copies (only spaces
    or punctuation between them): four or more copies of a phrase of up to 30 words; three copies
    of a phrase of five words or more, or of a shorter phrase in mid-sentence; six or more copies
    of one word; three to five copies of a content word of five letters or more in mid-sentence
    ("the pre-broadcast broadcast broadcast broadcast on all networks"); four or five copies of a
    capitalised word after words of its sentence ("University of Bern, Bern, Bern, Bern."). Bare
    numbers ("0, 0, 0" in a results table), speech such as "no, no, no", "very, very, very" or
    "ha ha ha", a word said four times as a headline and a chant of three ("get ready, get ready,
    get ready!") are left alone.
    The fix keeps one copy; it is offered for review only (``unsafe``), because the loop usually
    stands where the translation of something else should be.

    Bad:
        The study was led by the University of Bern, Bern, Bern, Bern, Bern, Bern.

    Good:
        The study was led by the University of Bern.
    """

    code = "TQ206"
    name = "repetition-loop"
    category = Category.ARTIFACT
    severity = Severity.ERROR
    summary = "A word or phrase repeated over and over (MT loop)"
    fix = "unsafe"

    def check(self, document: Document) -> Iterator[Finding]:
        for run in loops(document):
            unit = document.text[run.start : run.unit_end]
            words = "word" if run.size == 1 else f"{run.size}-word phrase"
            yield self.finding(
                document,
                run.start,
                run.end,
                f"The {words} {quoted(unit, 60)} is repeated {run.copies} times in a row: "
                "a machine-translation loop; keep one and check what the source said here.",
                suggestion=unit,
            )
