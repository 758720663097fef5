from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from tqcheck.document.model import Document, Token
from tqcheck.findings import Category, Finding, Severity
from tqcheck.lexicon import is_function_word, word_list
from tqcheck.rules.artifact.repeats import inside_loop
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

_MAX_ACRONYM = 5
_MIN_NAME_EVIDENCE = 5  # letters a doubled name needs before "stands alone elsewhere" counts


class DoubledWord(Rule):
    """The same word twice in a row.

    "the the" and "in in" are typing or alignment slips that machine translation and post-editing
    leave behind. The rule compares neighbouring words, ignoring case, when only spaces or a line
    break separate them. Pairs that English allows ("had had", "that that", "plus plus") are listed
    in ``tqcheck/data/doubled_word_allowed.txt``. Two capitalised words that are not function words
    may be a name that repeats a word ("Bora Bora", "Roa Roa"): they are reported only when the
    evidence says the name is single: the word is a known place name ("Shusha Shusha", "Baku Baku"),
    or a word of five letters or more that is ordinary English (a title-case "Border Border Police")
    or also stands alone elsewhere in the article; never for short given names that repeat by design
    ("Li Li", "Fang Fang") or the names in ``tqcheck/data/doubled_names.txt``, and never when the
    two copies are the whole paragraph ("Wonderful Wonderful" alone on its line: emphasis, as a
    refrain is for TQ202). An abbreviation in capitals ("TV TV") is no name and is reported. Three
    copies of a function word or a pronoun ("with it it it") are one finding; three copies of
    another word are emphasis ("lovely lovely lovely"), and a longer run in mid-sentence is a loop,
    reported once by TQ206.

    Safe fix, and when: deleting the second copy is offered only for two identical lower-case
    (or sentence-initial) words with nothing but spaces or a line break between them, inside one
    clause: that deletion cannot remove content. A doubled capitalised name gets no fix, because a
    name may really repeat a word; the editor decides.

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
        previous_end = -1
        for block in document.blocks:
            tokens = block.tokens
            for index, (first, second) in enumerate(itertools.pairwise(tokens)):
                if first.lower != second.lower or first.lower in allowed:
                    continue
                if document.plain[first.end : second.start].strip() or first.is_number:
                    continue
                if first.start < previous_end or inside_loop(document, first.start, second.end):
                    continue  # "the the the": one finding; longer runs are TQ206's
                name = (
                    first.is_capitalized
                    and second.is_capitalized
                    and not is_function_word(first.text)
                )
                if name and not _acronym(first) and len(tokens) == 2:
                    continue  # "Wonderful Wonderful" alone in its paragraph: emphasis, a refrain
                evidence = _single_name(document, first, second) if name else None
                if name and not _acronym(first) and evidence is None:
                    continue  # a name that repeats a word: Bora Bora, Baden Baden, Roa Roa
                previous_end = second.end
                if name:
                    yield self.finding(
                        document,
                        first.start,
                        second.end,
                        f"The abbreviation {quoted(first.text)} is written twice; keep one."
                        if _acronym(first)
                        else f"The name {quoted(first.text)} is written twice ({evidence}); "
                        "keep one unless the name repeats.",
                    )
                    continue
                last = index + 1  # "broadcast broadcast broadcast broadcast": one finding
                while (
                    last + 1 < len(tokens)
                    and tokens[last + 1].lower == first.lower
                    and not document.plain[tokens[last].end : tokens[last + 1].start].strip()
                ):
                    last += 1
                previous_end = tokens[last].end
                copies = last - index + 1
                if copies > 2 and not (
                    is_function_word(first.text) or first.lower in word_list("pronouns")
                ):
                    continue  # "lovely lovely lovely": emphasis; long loops are TQ206's
                yield self.finding(
                    document,
                    first.start,
                    tokens[last].end,
                    f"The word {quoted(first.text)} is repeated"
                    + (f" {copies} times." if copies > 2 else "."),
                    suggestion=document.text[first.start : first.end],
                )


def _acronym(word: Token) -> bool:
    """ "TV", "UN", "NATO": capitals only, two to five letters; no name repeats one."""
    return 2 <= len(word.text) <= _MAX_ACRONYM and word.text.isalpha() and word.text.isupper()


def _single_name(document: Document, first: Token, second: Token) -> str | None:
    """The evidence that ``first second`` ("Shusha Shusha") is one name written twice, in words
    for the message, or None."""
    if f"{first.lower} {second.lower}" in word_list("doubled_names"):
        return None
    from tqcheck.gazetteer.index import default_gazetteer

    if default_gazetteer().known(first.text):
        return "it is a known place"
    if len(first.text) < _MIN_NAME_EVIDENCE:
        return None  # "Li Li", "Fang Fang": short given names repeat on purpose
    from tqcheck.gazetteer.words import is_english_word

    before = document.plain[: first.start].split()[-1:]
    after = document.plain[second.end :].split()[:1]
    if is_english_word(first.text) and first.lower not in (
        *(word.strip(",.!?").lower() for word in before),
        *(word.strip(",.!?").lower() for word in after),
    ):
        # "Border Border Guard": a title; three copies or more ("Lovely Lovely Lovely") are
        # emphasis or a loop
        return "an ordinary English word, capitalised"
    word = re.escape(first.text)
    alone = re.compile(rf"(?<![\w-]){word}(?![\w-])")
    for match in alone.finditer(document.plain):
        if match.start() in (first.start, second.start):
            continue
        before = document.plain[max(0, match.start() - len(first.text) - 1) : match.start()]
        after = document.plain[match.end() : match.end() + len(first.text) + 1]
        if before.strip().lower() != first.lower and after.strip().lower() != first.lower:
            return "elsewhere in the text it stands alone"
    return None
