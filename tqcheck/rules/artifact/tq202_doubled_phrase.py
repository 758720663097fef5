from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from tqcheck.document.model import Document, Token
from tqcheck.findings import Category, Finding, Severity
from tqcheck.lexicon import is_function_word, word_list
from tqcheck.rules.artifact.repeats import inside_loop
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

_MAX_PHRASE = 8
_JOINERS = frozenset(["and", "or", "&"])
# After the second copy, a word that tells the two copies apart: "a manager who is a doctor".
_DISTINGUISHERS = frozenset(["who", "whom", "whose", "which", "that", "where", "when"])
_COMMA_MIN_WORDS = 3  # "according to trade unions, according to trade unions"
_JOINED_COMMA_MIN_WORDS = 5  # "and this process will last until 2030, and this process ..."


def _idiom(word: Token) -> bool:
    """ "more and more", "stronger and stronger", "again and again"."""
    lower = word.lower
    return lower in word_list("repeated_word_idioms") or (len(lower) > 4 and lower.endswith("er"))


class DoubledPhrase(Rule):
    """A phrase repeated back to back, or joined to itself with "and" or "or".

    Machine translation doubles phrases when it aligns a source word twice, as in "the United
    Nations and the United Nations called on ...". The rule fires on a phrase of two to eight
    words repeated immediately or on both sides of "and" or "or"; on a word joined to itself by
    "and"/"or" ("Russia and Russia", "benevolence and benevolence"); on a phrase of three or
    more words repeated after a comma ("according to the unions, according to the unions"), or of
    two words with a name in it ("NGS reports, NGS reports"); and on a phrase glossed by itself in
    parentheses ("residence permit (residence permit)"). Left
    alone: idioms ("more and more", "stronger and stronger", "again and again"); a short
    repetition set off by commas ("so happy, so happy"), by ", and" ("in the Bible, and in the
    Bible") or quoted ("Pump it out, pump it out"), which is emphasis, speech or a lyric; copies
    that go on differently ("a manager who is a doctor and a doctor who is a manager"; "Kim and
    Kim Jong Un", where the second copy starts a longer name; "Short Story and Story for
    Children", where the copies end and start longer titles); and runs of three or more copies,
    which TQ206 reports once.

    Safe fix, and when: deleting one copy is offered as a fix only when two copies of a phrase of
    two words or more sit back to back in one clause with nothing but spaces between them ("the
    Red Cross the Red Cross"): no sentence names two things that way, so the deletion cannot
    remove a person, a place or a thing the sentence needs. A copy joined by "and"/"or" or by a
    comma may stand for a second thing whose name was lost or repeated ("between Vietnam and
    Vietnam"): those findings carry no fix; the editor decides what the copy should have been.

    Bad:
        the United Nations and the United Nations called for restraint.

    Good:
        The United Nations called for restraint.
    """

    code = "TQ202"
    name = "doubled-phrase"
    category = Category.ARTIFACT
    severity = Severity.ERROR
    summary = "A phrase repeated back to back or joined to itself"
    fix = "safe"

    def check(self, document: Document) -> Iterator[Finding]:
        for sentence in document.sentences():
            tokens = sentence.tokens
            lowers = [token.text.lower() for token in tokens]
            covered_until = -1
            for i in range(len(tokens)):
                if tokens[i].start < covered_until:
                    continue
                match = self._repeat_at(document, tokens, lowers, i)
                if match is None:
                    continue
                size, gap = match
                first = tokens[i : i + size]
                second = tokens[i + size + gap : i + 2 * size + gap]
                start, end = first[0].start, second[-1].end
                covered_until = end
                if inside_loop(document, start, end):
                    continue  # three or more copies: TQ206 reports the whole loop once
                phrase = document.text[first[0].start : first[-1].end]
                between = document.plain[first[-1].end : second[0].start]
                safe = gap == 0 and not between.strip()
                yield self.finding(
                    document,
                    start,
                    end,
                    f"The phrase {quoted(phrase)} is doubled; keep one occurrence.",
                    suggestion=phrase if safe else None,
                )

    def _repeat_at(
        self, document: Document, tokens: Sequence[Token], lowers: list[str], i: int
    ) -> tuple[int, int] | None:
        """(phrase size, joiner tokens) of a doubled phrase starting at token ``i``."""
        for size in range(min(_MAX_PHRASE, (len(tokens) - i) // 2), 0, -1):
            for gap in (0, 1):
                j = i + size + gap
                if j + size > len(tokens) or lowers[j] != lowers[i]:
                    continue
                if lowers[i : i + size] != lowers[j : j + size]:
                    continue
                first, second = tokens[i : i + size], tokens[j : j + size]
                between = document.plain[first[-1].end : second[0].start]
                if gap and tokens[i + size].lower not in _JOINERS:
                    continue
                if not gap and between.strip() and not _separated_copy(document, first, second):
                    continue  # "so happy, so happy" is emphasis, not a doubling
                if not gap and between.strip() == "," and _in_quotation(document, first[0].start):
                    continue  # "Pump it out, pump it out": a lyric or speech, quoted
                if not gap and size >= 2 and first[-1].lower in _JOINERS:
                    continue  # "X and X and": reported from X as "X and X"
                if (
                    not gap
                    and size == 2
                    and (first[0].lower in _JOINERS or first[1].lower in _JOINERS)
                ) and _idiom(first[1] if first[0].lower in _JOINERS else first[0]):
                    continue  # "... and more and more", "stronger and stronger, and"
                if gap and not _plain_gap(document, first[-1], tokens[i + size], second[0]):
                    continue
                if size == 1 and not (gap and not first[0].is_number and not _idiom(first[0])):
                    continue  # single words back to back are TQ201's
                if not _plain_inside(document, first) or not _plain_inside(document, second):
                    continue
                if not gap and len(set(lowers[i : i + size])) == 1:
                    continue  # one word over and over: TQ201 reports the run once
                if gap and not _stands_alone(document, tokens, i, size, gap):
                    continue
                return size, gap
        return None


def _stands_alone(document: Document, tokens: Sequence[Token], i: int, size: int, gap: int) -> bool:
    """Joined copies that are the same thing, not parts of longer, different phrases."""
    after = i + 2 * size + gap
    if (
        after < len(tokens)
        and not document.plain[tokens[after - 1].end : tokens[after].start].strip()
    ):
        following = tokens[after]
        if following.lower.split("'")[0].split("’")[0] in _DISTINGUISHERS:
            return False  # "a manager and a manager who is a doctor"
        if tokens[after - 1].is_capitalized and following.is_capitalized:
            return False  # "Kim and Kim Jong Un": the second copy starts a longer name
        if tokens[after - 1].is_capitalized and following.lower in ("for", "of", "de"):
            return False  # "... and Story for Children": a title goes on
    before = document.plain[tokens[i - 1].end : tokens[i].start] if i > 0 else ""
    if i > 0 and len(tokens[i - 1].text) == 1 and tokens[i - 1].is_capitalized and before == ". ":
        return False  # "P. Diddy or Diddy": the first copy ends a name with an initial
    # "Short Story and Story": the first copy ends a longer name
    return not (
        i > 0
        and not document.plain[tokens[i - 1].end : tokens[i].start].strip()
        and tokens[i].is_capitalized
        and tokens[i - 1].is_capitalized
        and not is_function_word(tokens[i - 1].text)
    )


def _separated_copy(document: Document, first: Sequence[Token], second: Sequence[Token]) -> bool:
    """A copy after a comma or an opening parenthesis that is a doubling, not emphasis:
    three words or more ("according to trade unions, according to trade unions"); two words
    with a capitalised word, written the same way both times ("NGS reports, NGS reports");
    a gloss that repeats its phrase ("residence permit (residence permit)")."""
    raw = document.plain[first[-1].end : second[0].start]
    between = raw.strip()
    if first[0].lower in _JOINERS and len(first) < _JOINED_COMMA_MIN_WORDS:
        return False  # "and in the Bible, and in the Bible"
    if between == "(":
        return len(first) >= 2
    quoted = between.strip("\"“”' ") == "," and between != ","
    if between != "," and not quoted:
        return False
    if len(first) >= _COMMA_MIN_WORDS:
        return True
    same = [a.text for a in first] == [b.text for b in second]
    if len(first) != 2 or not same:
        return False
    # two words: the second copy must end its clause ("NGS reports, NGS reports, the ...");
    # "the NSE, the NSE publicly solicited" is a new clause that starts with the same name
    after = document.plain[second[-1].end : second[-1].end + 2].strip()
    if not after or after[0].isalnum():
        return False
    # 'she explained, "she explained': the attribution doubled across a quote mark
    return quoted or any(token.is_capitalized for token in first)


def _in_quotation(document: Document, offset: int) -> bool:
    """True when ``offset`` lies inside a quotation opened earlier in its paragraph."""
    start = document.plain.rfind("\n\n", 0, offset) + 1
    before = document.plain[start:offset]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _plain_gap(document: Document, left: Token, joiner: Token, right: Token) -> bool:
    before = document.plain[left.end : joiner.start].strip()
    after = document.plain[joiner.end : right.start].strip()
    return before == "" and after == ""  # "in the Bible, and in the Bible" is deliberate


def _plain_inside(document: Document, tokens: Sequence[Token]) -> bool:
    """True when only spaces (or hyphens/commas) separate the phrase's words."""
    return all(
        document.plain[a.end : b.start].strip() in ("", ",", "-")
        for a, b in itertools.pairwise(tokens)
    )
