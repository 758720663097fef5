from __future__ import annotations

import itertools
import tomllib
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources

from tqcheck.document.model import Document, Token
from tqcheck.findings import Category, Finding, Severity
from tqcheck.lexicon import is_function_word, is_time_word, is_verb_like, word_list
from tqcheck.rules.artifact.repeats import Run, inside_loop, repetition_runs
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

_MAX_PHRASE = 8
_JOINERS = frozenset(["and", "or", "&"])
# After the second copy, a word that tells the two copies apart: "a manager who is a doctor".
_DISTINGUISHERS = frozenset(["who", "whom", "whose", "which", "that", "where", "when"])
_COMMA_MIN_WORDS = 3  # "according to trade unions, according to trade unions"
_JOINED_COMMA_MIN_WORDS = 5  # "and this process will last until 2030, and this process ..."
_SENTENCE_MARKS = ".,;:!?"
_MARK_NAMES = {
    ".": "a full stop",
    "!": "an exclamation mark",
    "?": "a question mark",
    ":": "a colon",
    ";": "a semicolon",
}
_STOPS = frozenset(_MARK_NAMES)
_STOP_MIN_WORDS = 4  # "PSB analysts share forecasts. PSB analysts share forecasts."
_QUOTES = "\"'“”«»„"


def _idiom(word: Token) -> bool:
    """ "more and more", "stronger and stronger", "again and again"."""
    lower = word.lower
    return lower in word_list("repeated_word_idioms") or (len(lower) > 4 and lower.endswith("er"))


class DoubledPhrase(Rule):
    """A phrase repeated back to back, or joined to itself with "and" or "or".

    Machine translation doubles phrases when it aligns a source word twice, as in "the United
    Nations and the United Nations called on ...". The rule fires on a phrase of two to eight words
    repeated immediately or on both sides of "and" or "or"; on a word joined to itself by "and"/"or"
    ("Russia and Russia", "benevolence and benevolence"); on a phrase of three or more words
    repeated after a comma ("according to the unions, according to the unions"), of two words or
    more when the second copy closes the sentence ("and more, and more."), or of two words with a
    name in it ("NGS reports, NGS reports"), of two words whose second copy goes on as the phrase
    would once ("he was a builder, a builder and a negotiator"; "call back, call back within a
    week": no verb follows in its clause, which goes on with "and"/"or", or with a preposition after
    a verb, and the first copy does not end an opening phrase), of a preposition and its object in
    mid-sentence whose second copy goes on with a participle ("May, with 40, with 40 arriving by
    sea"), of an aside set off by a comma in mid-sentence whose second copy is followed only by an
    adverb ("but the goalkeeper, well done, well done again."), or one source named twice for one
    report ("according to local radio, local radio reported"); on a capitalised item written twice
    in a list ("France, Canada, Canada, the ..."); on a phrase of four words or more repeated as the
    next sentence, which it ends ("PSB analysts share forecasts. PSB analysts share forecasts.");
    and on a phrase glossed by itself in parentheses ("residence permit (residence permit)"). Copies
    are compared as written, so a mark that ends both copies ("50%, ... 50%", '"Three Sisters", ...
    "Three Sisters"') or sits inside them ("school No. 2") belongs to them. Inside a quotation only
    a phrase that starts with a preposition, said twice as the whole quotation of a speaker ('"In
    one case, in one case," the lawyer said'), or a two-word noun phrase that goes on with "and" is
    reported. Left alone: idioms ("more and more", "stronger and stronger", "again and again"); a
    short repetition set off by commas ("so happy, so happy"), by ", and" ("in the Bible, and in the
    Bible it means"), quoted ("Pump it out, pump it out") or filling its paragraph ("My friend, my
    friend"), which is emphasis, speech, a lyric or verse; two words whose second copy starts a new
    clause or a longer noun ("Before they could defuse the bomb, the bomb squad built ..."; "More
    than we keep the harbour, the harbour keeps us"; '"... with the club," the club said') or is
    narrowed ("the school, the school of her childhood"; "at nine, at nine in the morning"; "on
    Mondays, on Mondays and Fridays"); an opening adverbial followed by its own clause ("At first,
    at first glance ..."); a formula that opens its sentence, is said to someone or is a vocative
    ("Thank you, thank you all."; "come on, come on lads"; "my love, my love tonight"); a repeat of
    three words or fewer across a full stop ("It was over. It was over."); copies that hold a comma
    and sit in a list ("cooks, female cooks, female bakers"); copies that go on differently ("a
    manager who is a doctor and a doctor who is a manager"; "Kim and Kim Jong Un", where the second
    copy starts a longer name; "Short Story and Story for Children", where the copies end and start
    longer titles); and runs of three or more copies, which TQ206 reports once when they are a loop
    and which are otherwise a chant ("get ready, get ready, get ready").

    Safe fix, and when: deleting one copy is offered as a fix only when two copies of a phrase of
    two words or more sit back to back in one clause with nothing but spaces between them ("the
    Red Cross the Red Cross"): no sentence names two things that way, so the deletion cannot
    remove a person, a place or a thing the sentence needs. A copy joined by "and"/"or", by a
    comma, a quote mark or a full stop may stand for a second thing whose name was lost or
    repeated ("between Vietnam and Vietnam"): those findings carry no fix; the editor decides
    what the copy should have been.

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
                start, end = first[0].start, second[-1].end + _shared_end(document, first, second)
                covered_until = end
                if inside_loop(document, start, end) or _in_longer_run(document, start, end):
                    continue  # three or more copies: TQ206 reports a loop once; a chant
                phrase = document.text[first[0].start : first[-1].end]
                if not gap:
                    phrase += document.text[second[-1].end : end]  # "50%", a closing quote
                between = document.plain[first[-1].end : second[0].start]
                safe = gap == 0 and not between.strip()
                yield self.finding(
                    document,
                    start,
                    end,
                    f"The phrase {quoted(phrase)} is doubled; keep one occurrence.",
                    suggestion=phrase if safe else None,
                )
        yield from self._across_a_stop(document)

    def _across_a_stop(self, document: Document) -> Iterator[Finding]:
        """A phrase of four words or more repeated as the next sentence, which ends there
        ("PSB analysts share forecasts. PSB analysts share forecasts."): the end of a segment
        translated twice. Outside quotations only, unless a colon or a semicolon joins the copies
        ('"one aim: Help all the people: Help all the people."': a colon introduces no repeat for
        effect); shorter repeats across a full stop ("It was over. It was over.") are as often
        rhetoric."""
        # Each block reads only the runs that start inside it (every block reading every run
        # was quadratic: hours on a 20 MB file of repeated paragraphs; issue 17).
        blocks = document.blocks
        starts = [block.start for block in blocks]
        runs_in: dict[int, list[Run]] = {}
        for run in repetition_runs(document):
            runs_in.setdefault(bisect_right(starts, run.start) - 1, []).append(run)
        for number, block in enumerate(blocks):
            if number not in runs_in:
                continue
            tokens = block.tokens
            index = {token.start: n for n, token in enumerate(tokens)}
            for run in runs_in[number]:
                n = index.get(run.start)
                if n is None or run.copies != 2 or run.size < _STOP_MIN_WORDS:
                    continue
                first, second = tokens[n : n + run.size], tokens[n + run.size : n + 2 * run.size]
                mark = separator(document, first, second).strip(_QUOTES + " ")
                if mark not in _STOPS:
                    continue
                if not _same_inside(document, first, second):
                    continue
                if not _closes_sentence(document, second[-1]):
                    continue
                if inside_loop(document, run.start, run.end):
                    continue
                if mark not in ":;" and _in_quotation(document, first[0].start):
                    continue  # a quoted line said twice; "X: X" explains nothing, even quoted
                phrase = document.text[first[0].start : first[-1].end]
                yield self.finding(
                    document,
                    first[0].start,
                    second[-1].end + _shared_end(document, first, second),
                    f"The phrase {quoted(phrase)} is repeated straight after itself, across "
                    f"{_MARK_NAMES[mark]}; keep one "
                    "occurrence.",
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
                between = separator(document, first, second)
                if gap and tokens[i + size].lower not in _JOINERS:
                    continue
                if not gap and between and not _separated_copy(document, tokens, i, size):
                    continue  # "so happy, so happy" is emphasis, not a doubling
                if (
                    not gap
                    and between == ","
                    and _in_quotation(document, first[0].start)
                    and not _quoted_doubling(document, tokens, i, size)
                ):
                    continue  # "Pump it out, pump it out": a lyric or speech, quoted
                if not gap and size >= 2 and first[-1].lower in _JOINERS:
                    continue  # "X and X and": reported from X as "X and X"
                if (
                    not gap
                    and not between
                    and size == 2
                    and (first[0].lower in _JOINERS or first[1].lower in _JOINERS)
                ) and _idiom(first[1] if first[0].lower in _JOINERS else first[0]):
                    continue  # "... and more and more", "stronger and stronger, and"
                if gap and not _plain_gap(document, first[-1], tokens[i + size], second[0]):
                    continue
                if size == 1 and not (
                    (gap and not first[0].is_number and not _idiom(first[0]))
                    or (not gap and between == "," and _list_item(document, tokens, i))
                ):
                    continue  # single words back to back are TQ201's
                if not _same_inside(document, first, second):
                    continue
                if (
                    not gap
                    and not between
                    and size < _COMMA_MIN_WORDS
                    and _has_comma(document, first)
                ):
                    continue  # "butchers, female butchers, female chefs": a list, not a copy
                if not gap and not between and len(set(lowers[i : i + size])) == 1:
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


def separator(document: Document, first: Sequence[Token], second: Sequence[Token]) -> str:
    """What stands between two copies, stripped, once a mark that ends both copies is taken
    off ("50%, ... 50%" and '"Three Sisters", ... "Three Sisters"' are comma-joined; the "%"
    and the quote mark belong to the copies). Sentence punctuation always separates."""
    gap = document.plain[first[-1].end : second[0].start]
    return gap[_shared_end(document, first, second) :].strip()


def _shared_end(document: Document, first: Sequence[Token], second: Sequence[Token]) -> int:
    """Characters of the marks that end both copies ("%", a closing quote or parenthesis)."""
    gap = document.plain[first[-1].end : second[0].start]
    after = document.plain[second[-1].end : second[-1].end + len(gap)]
    shared = 0
    while shared < min(len(gap), len(after)) and gap[shared] == after[shared]:
        if gap[shared].isspace() or gap[shared] in _SENTENCE_MARKS:
            break
        shared += 1
    return shared


def _in_longer_run(document: Document, start: int, end: int) -> bool:
    """The span is two copies out of three or more ("get ready, get ready, get ready"): a
    chant or a loop, which TQ206 judges as a whole."""
    return any(
        run.copies >= 3 and run.start <= start and end <= run.end + 2
        for run in repetition_runs(document)
    )


def _separated_copy(document: Document, tokens: Sequence[Token], i: int, size: int) -> bool:
    """A copy after a comma or an opening parenthesis that is a doubling, not emphasis.

    After a comma: three words or more ("according to trade unions, according to trade
    unions"); any copy of two words or more, or a listed name, that closes its sentence ("and
    more, and more."; a segment's last words repeated); two words with a capitalised word,
    written the same way both times, that close their clause ("NGS reports, NGS reports, the
    ..."). A copy that starts with "and"/"or" and goes on ("and in the Bible, and in the Bible it
    means") is rhetoric unless it is five words or more. Back to back with only quote marks
    between ('by saying "Hey" by saying "Hey"'): a doubling. After "(": a gloss that repeats its
    phrase ("residence permit (residence permit)")."""
    first, second = tokens[i : i + size], tokens[i + size : i + 2 * size]
    raw = separator(document, first, second)
    if raw.strip(_QUOTES) == "" and raw:
        return True  # the copies are back to back around a quote mark
    if raw == "(":
        return size >= 2
    between = raw.strip(_QUOTES + " ")
    if between != ",":
        return False
    closes = _closes_sentence(document, second[-1]) and (
        size >= _COMMA_MIN_WORDS or not _fills_paragraph(document, first[0], second[-1])
    )
    if first[0].lower in _JOINERS and i > 0 and tokens[i - 1].lower == first[-1].lower:
        return False  # "more and more, and more": the idiom going on
    if size >= 2 and closes:
        return True  # "or I attend rehearsals, or I attend rehearsals."
    if first[0].lower in _JOINERS:
        return size >= _JOINED_COMMA_MIN_WORDS  # "and in the Bible, and in the Bible it"
    if size >= _COMMA_MIN_WORDS or size == 1:
        return True  # a single word here is a listed name (checked by the caller)
    same = [a.text for a in first] == [b.text for b in second]
    if size != 2 or not same:
        return False
    # two words: the second copy must end its clause ("NGS reports, NGS reports, the ..."), or
    # go on as the same phrase would once ("and come back, come back in two days"), or name one
    # source twice ("according to the agency, the agency reported"); "the NSE, the NSE publicly
    # solicited" is a new clause that starts with the same name
    after = document.plain[second[-1].end : second[-1].end + 2].strip()
    if not after:
        return False
    if after[0].isalnum():
        return _double_attribution(document, tokens, i, size) or (
            raw == ","
            and (
                _goes_on_once(document, tokens, i, size)
                or _doubled_adverbial(document, tokens, i, size)
                or _doubled_aside(document, tokens, i, size)
            )
        )
    # 'she explained, "she explained': the attribution doubled across a quote mark
    return raw != "," or any(token.is_capitalized for token in first)


@cache
def _shapes() -> dict[str, frozenset[str]]:
    """The word lists of ``tqcheck/data/repeat_shapes.toml``."""
    text = resources.files("tqcheck.data").joinpath("repeat_shapes.toml").read_text("utf-8")
    return {name: frozenset(words) for name, words in tomllib.loads(text).items()}


def _clause_end(document: Document, left: Token, right: Token) -> bool:
    """Something between two words of a sentence that ends a clause or a quotation: a comma,
    a colon, a dash, a bracket or a quote mark."""
    gap = document.plain[left.end : right.start]
    return any(c in ".!?,;:()[]" + _QUOTES or c in "\u2013\u2014" for c in gap) or " - " in gap


def _clause_after(tokens: Sequence[Token], document: Document, last: int) -> list[Token]:
    """The words after token ``last`` up to the end of its clause."""
    words: list[Token] = []
    for n in range(last + 1, len(tokens)):
        if _clause_end(document, tokens[n - 1], tokens[n]):
            break
        words.append(tokens[n])
    return words


def _clause_before(tokens: Sequence[Token], document: Document, first: int) -> list[Token]:
    """The words before token ``first`` back to the start of its clause."""
    n = first
    while n > 0 and not _clause_end(document, tokens[n - 1], tokens[n]):
        n -= 1
    return list(tokens[n:first])


def _starts_with(words: Sequence[Token], phrases: frozenset[str]) -> bool:
    lowers = [word.lower for word in words[:2]]
    return bool(lowers) and (lowers[0] in phrases or " ".join(lowers) in phrases)


def _goes_on_once(document: Document, tokens: Sequence[Token], i: int, size: int) -> bool:
    """Two copies of a two-word phrase, a comma between, the second going on as the phrase would
    once: "he was a teacher, a teacher and a leader"; "and come back, come back in a week".

    The second copy does not start a new clause, and the first does not end an opening phrase:
    the words after the second copy up to the end of its clause hold no verb, and start with
    "and"/"or"/"but", or with a preposition after a phrase that starts with a verb ("the bomb,
    the bomb squad built", "the club, the club said", "the game, the game in all its forms" and
    "the school, the school of her childhood" are quiet); the
    first copy's clause does not open with a preposition or a subordinator ("Before they could
    defuse the bomb, the bomb ..."). A phrase with a word of emphasis or address in it ("so
    happy, so happy", "dear friend, dear friend") is speech."""
    shapes = _shapes()
    first = tokens[i : i + size]
    if any(word.lower in shapes["emphasis"] for word in first):
        return False
    if all(is_function_word(word.text) or not word.text.isalpha() for word in first):
        return False
    rest = _clause_after(tokens, document, i + 2 * size - 1)
    if not rest or any(is_verb_like(word.text) for word in rest):
        return False
    if any(word.lower in _DISTINGUISHERS for word in rest):
        return False  # "a process, a process in which all take part": narrowed by a clause
    follower = rest[0].lower
    if follower in shapes["narrowers"]:
        return False
    if follower in shapes["prepositions"]:
        # a verb's adverbial ("call back, call back within a week"); after a noun phrase the
        # preposition may narrow the second copy ("the game, the game in all its forms")
        if not _verb_phrase(tokens, i, size):
            return False
    elif follower not in ("and", "or", "but", "nor"):
        return False
    elif first[0].lower in shapes["prepositions"]:
        return False  # "on Mondays, on Mondays and Fridays": the object widened
    return not _starts_with(_clause_before(tokens, document, i), shapes["openers"])


def _participle(word: Token) -> bool:
    """ "arriving", "arrived": a word that goes on a phrase without starting a clause."""
    lower = word.lower
    return (len(lower) >= 6 and lower.endswith("ing")) or (
        is_verb_like(word.text) and lower.endswith("ed")
    )


def _doubled_adverbial(document: Document, tokens: Sequence[Token], i: int, size: int) -> bool:
    """A prepositional phrase of a preposition and one word, written twice in mid-sentence, the
    second copy going on with a participle ("the busiest month was May, with 40, with 40 arriving
    by sea"): a participle has no subject, so the second copy starts no clause of its own.

    The object is a content word or a number (not a pronoun: "for you, for you" is speech); the
    first copy does not open its sentence ("At first, at first glance ...": an opening adverbial
    followed by its own clause) nor end an opening phrase ("When we arrived at noon, at noon the
    doors opened"); the participle is not capitalised ("in Gaza, in Gaza City") and no other
    verb follows in its clause. A conjunction or a preposition after the second copy may widen or
    narrow it ("on Mondays, on Mondays and Fridays"; "at nine, at nine in the morning"): quiet."""
    shapes = _shapes()
    first = tokens[i : i + size]
    if size != 2 or i == 0 or first[0].lower not in shapes["prepositions"]:
        return False
    word = first[1]
    if (
        is_function_word(word.text)
        or word.lower in word_list("pronouns")
        or word.lower in shapes["emphasis"]
    ):
        return False
    rest = _clause_after(tokens, document, i + 2 * size - 1)
    if not rest or any(is_verb_like(w.text) for w in rest[1:]):
        return False
    if rest[0].is_capitalized or not _participle(rest[0]):
        return False  # "in Gaza, in Gaza City"; "at nine, at nine in the morning"
    return not _starts_with(_clause_before(tokens, document, i), shapes["openers"])


def _doubled_aside(document: Document, tokens: Sequence[Token], i: int, size: int) -> bool:
    """A two-word aside set off by a comma in mid-sentence and written twice, the second copy
    followed by one or two adverbs that end the sentence ("the hosts played badly, but the young
    goalkeeper, well done, well done again."): an interjection or a formula said once in the
    source and aligned twice. Not at the start of a sentence ("Thank you, thank you all."), not
    quoted (the caller leaves quoted speech alone); the tail is an adverb of time or degree
    (:func:`_tail_adverb`), not a noun that may be the aside's addressee ("come on, come on
    lads"); a vocative said twice ("my love, my love tonight") is verse or address."""
    shapes = _shapes()
    if size != 2 or i == 0:
        return False
    first = tokens[i : i + size]
    if first[0].lower in shapes["address"]:
        return False
    if document.plain[tokens[i - 1].end : first[0].start].strip() != ",":
        return False
    if all(is_function_word(word.text) or not word.text.isalpha() for word in first):
        return False
    last = i + 2 * size - 1
    rest = _clause_after(tokens, document, last)
    if not 1 <= len(rest) <= 2 or last + len(rest) + 1 != len(tokens):
        return False  # the tail ends the sentence
    if not _closes_sentence(document, rest[-1]):
        return False
    return all(_tail_adverb(word) for word in rest)


def _tail_adverb(word: Token) -> bool:
    """ "today", "again", "indeed", "warmly": an adverb of time or degree that can end a
    sentence after an aside ("well done, well done again"), where a noun ("come on, come on
    lads") may be the aside's own addressee."""
    lower = word.lower
    return (
        is_time_word(word.text)
        or lower in _shapes()["tail_adverbs"]
        or (len(lower) >= 5 and lower.endswith("ly") and not word.is_capitalized)
    )


def _verb_phrase(tokens: Sequence[Token], i: int, size: int) -> bool:
    """The phrase at ``i`` starts with a verb: a known verb form, a verb and its particle
    ("call back", "set up"), or a word after "to" or a modal ("to sign off", "will meet")."""
    first = tokens[i : i + size]
    if is_verb_like(first[0].text) or (size > 1 and first[1].lower in _shapes()["particles"]):
        return True
    return i > 0 and tokens[i - 1].lower in _shapes()["infinitive_markers"]


def _double_attribution(document: Document, tokens: Sequence[Token], i: int, size: int) -> bool:
    """One source named twice for one report: "according to the agency, the agency reported";
    "the ministry said in a statement, a statement from the ministry said". The first copy
    follows an attribution ("according to", "said in") and the second copy's clause has a
    reporting verb, straight after it or after a preposition ("According to the police, the
    police chief said" names two sources)."""
    shapes = _shapes()
    before = [word.lower for word in tokens[max(0, i - 2) : i]]
    leads = shapes["attribution_leads"]
    if not before or not (before[-1] in leads or " ".join(before) in leads):
        return False
    rest = _clause_after(tokens, document, i + 2 * size - 1)
    if not rest or not (
        rest[0].lower in shapes["reporting_verbs"] or rest[0].lower in shapes["prepositions"]
    ):
        return False  # "According to the police, the police chief said": a longer noun
    return any(word.lower in shapes["reporting_verbs"] for word in rest)


def _quoted_doubling(document: Document, tokens: Sequence[Token], i: int, size: int) -> bool:
    """A comma-joined repeat inside a quotation that is a doubling, not speech or a lyric: a
    phrase of three words or more that starts with a preposition, said twice as the whole of a
    quotation attributed to a speaker ('"In one case, in one case." the lawyer said': quoted
    speech is not a bare adverbial phrase said twice; '"Under the sea, under the sea," they
    sang' and '"In the end, in the end, it does not matter"' are lyrics or speech), or a noun
    phrase of two words that goes on as it would once (:func:`_goes_on_once`; '"a teacher, a
    teacher and a leader"', where '"keep going, keep going to the end"' is speech)."""
    shapes = _shapes()
    if size == 2:
        return tokens[i].lower in shapes["determiners"] and _goes_on_once(document, tokens, i, size)
    if size < _COMMA_MIN_WORDS or tokens[i].lower not in shapes["prepositions"]:
        return False
    opening = document.plain[: tokens[i].start].rstrip(" ")
    if not opening or opening[-1] not in _QUOTES:
        return False  # the quotation holds more than the copies
    rest = document.plain[tokens[i + 2 * size - 1].end :]
    closing = rest.lstrip(" .,!?")
    if not closing or closing[0] not in _QUOTES:
        return False
    attribution = closing[1:].split("\n", 1)[0].split(".", 1)[0][:80]
    words = "".join(c if c.isalpha() else " " for c in attribution.lower()).split()
    return any(word in shapes["reporting_verbs"] for word in words)


def _closes_sentence(document: Document, last: Token) -> bool:
    """Only closing marks, then a full stop, "!", "?" or the end of the paragraph, after
    ``last``."""
    rest = document.plain[last.end : last.end + 12]
    rest = rest.lstrip(_QUOTES + "%)]» ")
    return rest[:1] in ("", "\n", ".", "!", "?")


def _fills_paragraph(document: Document, first: Token, last: Token) -> bool:
    """Nothing but quote marks and punctuation around the copies in their paragraph: a line of
    verse or a refrain ("My friend, my friend,")."""
    start = document.plain.rfind("\n\n", 0, first.start) + 1
    end = document.plain.find("\n\n", last.end)
    around = document.plain[start : first.start] + document.plain[last.end : end]
    return not any(c.isalnum() for c in around)


def _list_item(document: Document, tokens: Sequence[Token], i: int) -> bool:
    """ "France, Canada, Canada, the Commission": a capitalised item written twice in a list
    (a comma before the first copy and a comma or the sentence's end after the second)."""
    word = tokens[i]
    if not word.is_capitalized or word.is_number or is_function_word(word.text) or i == 0:
        return False
    if tokens[i + 1].text != word.text:
        return False
    before = document.plain[tokens[i - 1].end : word.start].strip()
    after = document.plain[tokens[i + 1].end : tokens[i + 1].end + 2].strip()
    return before == "," and (after[:1] in (",", ".") or not after)


def _same_inside(document: Document, first: Sequence[Token], second: Sequence[Token]) -> bool:
    """The copies' words are joined the same way: only spaces (or hyphens/commas) inside the
    phrase, or two copies written exactly alike ("school No. 2, school No. 2")."""
    if _plain_inside(document, first) and _plain_inside(document, second):
        return True
    one = document.plain[first[0].start : first[-1].end]
    two = document.plain[second[0].start : second[-1].end]
    return one.lower() == two.lower() and "\n" not in one


def _has_comma(document: Document, tokens: Sequence[Token]) -> bool:
    return "," in document.plain[tokens[0].start : tokens[-1].end]


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
