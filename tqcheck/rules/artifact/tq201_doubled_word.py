from __future__ import annotations

import itertools
from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.lexicon import is_function_word, word_list
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted


class DoubledWord(Rule):
    """The same word twice in a row.

    "the the" and "in in" are typing or alignment slips that machine translation and
    post-editing leave behind. The rule compares neighbouring words, ignoring case, when only
    spaces or a line break separate them. Pairs that English allows ("had had", "that that")
    are listed in ``tqcheck/data/doubled_word_allowed.txt``; two capitalised words that are not
    function words are a name ("Bora Bora"). Delete one of the two.

    Bad:
        Shells hit the the main hospital in the city.

    Good:
        Shells hit the main hospital in the city.
    """

    code = "TQ201"
    name = "doubled-word"
    category = Category.ARTIFACT
    severity = Severity.ERROR
    summary = "The same word twice in a row"
    fix = "safe"

    def check(self, document: Document) -> Iterator[Finding]:
        allowed = word_list("doubled_word_allowed")
        for block in document.blocks:
            tokens = block.tokens
            for first, second in itertools.pairwise(tokens):
                if first.lower != second.lower or first.lower in allowed:
                    continue
                if document.plain[first.end : second.start].strip() or first.is_number:
                    continue
                if (
                    first.is_capitalized
                    and second.is_capitalized
                    and not is_function_word(first.text)
                ):
                    continue  # a name that repeats a word: Bora Bora, Baden Baden, Roa Roa
                yield self.finding(
                    document,
                    first.start,
                    second.end,
                    f"The word {quoted(first.text)} is repeated.",
                    suggestion=document.text[first.start : first.end],
                )
