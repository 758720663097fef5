"""Which dates in an article are about the same happening, and what a counter measures from.

A happening is named by a word from ``tqcheck/data/date_events.txt`` ("the ceasefire", "the
strike", "resigned"). Two date mentions in different sentences are about the same happening
when both sentences name it and neither marks it as another one ("an earlier truce", "a second
strike"). A counter ("the strike entered its third month") is measured from the date of the
sentence that names the counter's own subject (its word, or a word sharing its stem: "stopped
work" / "the stoppage"), else from a date said to be a beginning ("began", "broke out").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from dateutil.relativedelta import relativedelta

from tqcheck import patterns
from tqcheck.facts.dates import DateMention, resolve
from tqcheck.lexicon import WEEKDAYS, is_function_word, is_time_word, word_list

_WORDS = patterns.compile(r"[A-Za-z][A-Za-z-]*")


@cache
def _other() -> re.Pattern[str]:
    """Compiled on first use (issue 13: cold start)."""
    return patterns.compile(
        r"\b(?:earlier|another|second|previous|separate|smaller|larger|bigger|new|later|first|"
        r"different|other|fresh|latest|renewed)\s+(?:[a-z-]+\s+)?$",
        re.IGNORECASE,
    )


_BEGIN = patterns.compile(
    r"\b(?:began|begun|begin|started|start|broke\s+out|erupted|launched|first|imposed|"
    r"declared|went\s+on|took\s+effect|came\s+into|invaded)\b",
    re.IGNORECASE,
)
_DAY_KINDS = ("absolute", "month_day", "relative_day", "weekday", "ago")
_START_KINDS = ("absolute", "month_day", "relative_day", "month_year", "year", "ago")
_UNIT_SLACK = {"day": 1, "week": 1, "month": 3, "year": 10}


@cache
def _event_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in word_list("date_events"):
        word, _, event = line.partition(" ")
        table[word.strip()] = event.strip()
    return table


def happenings(sentence: str) -> set[str]:
    """The happenings a sentence names, except those marked as other ones ("an earlier
    truce")."""
    table = _event_table()
    found: set[str] = set()
    for match in _WORDS.finditer(sentence):
        word = match.group().lower()
        event = table.get(word) or (table.get(word[:-1]) if word.endswith("s") else None)
        if event and not _other().search(sentence[max(0, match.start() - 30) : match.start()]):
            found.add(event)
    return found


def happenings_at(sentence: str, start: int, end: int) -> set[str]:
    """The happenings a date is about: named within eight words before it in its clause, or
    within four words after it ("last Saturday's ceasefire")."""
    clause = re.split(r"[;:]|,\s+(?:and|but|while)\b", sentence[max(0, start - 120) : start])[-1]
    before = " ".join(_WORDS.findall(clause)[-8:])
    after = " ".join(_WORDS.findall(re.split(r"[,;:.]", sentence[end : end + 60])[0])[:4])
    return happenings(before) | happenings(after)


def referents_at(sentence: str, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the nouns named next to a date (the same window as ``happenings_at``), and of
    those named with "the" (a thing referred back to: "The vote on the budget, held on 11
    October" refers back to "approved the budget on Monday")."""
    clause = re.split(r"[;:]|,\s+(?:and|but|while)\b", sentence[max(0, start - 120) : start])[-1]
    after = re.split(r"[,;:.]", sentence[end : end + 60])[0]
    window = " ".join([*_WORDS.findall(clause)[-8:], "|", *_WORDS.findall(after)[:4]])
    nouns = noun_stems(window)
    definite = frozenset(
        stem(m.group(1))
        for m in re.finditer(r"\b[Tt]he\s+([A-Za-z][a-z-]{3,})(?:['’]s)?", window)
        if not is_function_word(m.group(1)) and not is_time_word(m.group(1))
    )
    return nouns, definite


def noun_stems(text: str) -> frozenset[str]:
    """Stems of the words of ``text`` that may name a thing: longer than three letters, no
    function word and no time word."""
    return frozenset(
        stem(w)
        for w in _WORDS.findall(text)
        if len(w) > 3 and not is_function_word(w) and not is_time_word(w)
    )


def stem(word: str) -> str:
    return word.lower()[:5]


def counter_subject(sentence: str, counter: DateMention, sentence_start: int) -> set[str]:
    """Stems of the words naming what a counter counts: "the hunger strike entered its fourth
    week" -> {"hunge", "strik"}."""
    if counter.subject:
        return {stem(counter.subject)}
    clauses = re.split(r"[,;:]", sentence[: counter.start - sentence_start])
    words: list[str] = []
    # "The blockade, which is in its seventh month": a relative clause or "now" between commas
    # has no subject of its own; the one before it names what is counted.
    for clause in reversed(clauses[-2:]):
        words = [
            w
            for w in _WORDS.findall(clause)
            if not is_function_word(w) and not is_time_word(w) and w.lower() not in WEEKDAYS
        ]
        if words or not _RELATIVE_OPENING.match(clause):
            break
    return {stem(w) for w in words[-2:]}


_RELATIVE_OPENING = patterns.compile(r"\s*(?:which|that|now|still|currently)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Elapsed:
    """A counter checked against its start: ``ok`` False when the count cannot be right."""

    ok: bool
    start: DateMention
    first: date  # the earliest day the start can be
    actual: int  # the ordinal the dates give ("2" for the second month)


def start_of(
    counter: DateMention,
    sentences: list[str],
    starts: list[int],
    mentions: list[DateMention],
) -> DateMention | None:
    """The date the counter's happening began: a date in another sentence naming the
    counter's subject and saying it began, else one naming the subject (earliest first), else
    one in a sentence saying something began."""
    sentence = sentences[counter.sentence_index]
    own = _own_start(counter, sentence, starts[counter.sentence_index], mentions)
    if own is not None:
        return own
    subject = counter_subject(sentence, counter, starts[counter.sentence_index])
    by_both: DateMention | None = None  # names the subject and says it began
    by_subject: DateMention | None = None
    by_beginning: DateMention | None = None
    for mention in mentions:
        if mention.kind not in _START_KINDS or mention.sentence_index == counter.sentence_index:
            continue
        if mention.kind == "relative_day" and mention.offset >= 0:
            continue
        text = sentences[mention.sentence_index]
        stems = {stem(w) for w in _WORDS.findall(text)}
        begins = bool(_BEGIN.search(text))
        if by_both is None and subject & stems and begins:
            by_both = mention
        if by_subject is None and subject & stems:
            by_subject = mention
        if by_beginning is None and begins:
            by_beginning = mention
    return by_both or by_subject or by_beginning


def _own_start(
    counter: DateMention, sentence: str, sentence_start: int, mentions: list[DateMention]
) -> DateMention | None:
    """A date in the counter's own sentence said to be its beginning ("The ceasefire, in its
    30th day on 12 March, took effect on 12 February"; "which began on 3 June")."""
    for mention in mentions:
        if (
            mention.sentence_index != counter.sentence_index
            or mention.start == counter.start
            or mention.kind not in _START_KINDS
        ):
            continue
        if mention.kind == "relative_day" and mention.offset >= 0:
            continue
        at = mention.start - sentence_start
        before = sentence[max(0, at - 40) : at]
        clause = re.split(r"[,;:]", before)[-1]
        if _BEGIN.search(clause):
            return mention
    return None


def stated_for(counter: DateMention, mentions: list[DateMention]) -> DateMention | None:
    """The day a counter is stated for when a date follows it at once ("in its 30th day on 12
    March", "entered its 25th day on Thursday"); None when it holds at publication."""
    for mention in mentions:
        if (
            mention.sentence_index == counter.sentence_index
            and mention.kind in _DAY_KINDS
            and 0 <= mention.start - counter.end <= 4
        ):
            return mention
    return None


def _start_range(start: DateMention, published: date) -> tuple[date, date] | None:
    if start.kind == "month_year" and start.year and start.month:
        first = date(start.year, start.month, 1)
        return first, first + relativedelta(months=1) - timedelta(days=1)
    if start.kind == "year" and start.year:
        return date(start.year, 1, 1), date(start.year, 12, 31)
    day = resolve(start, published)
    return (day, day) if day is not None else None


def _span(unit: str, count: int) -> relativedelta:
    return {
        "day": relativedelta(days=count),
        "week": relativedelta(weeks=count),
        "month": relativedelta(months=count),
        "year": relativedelta(years=count),
    }[unit]


def check_elapsed(
    counter: DateMention, start: DateMention, published: date, look_back: int
) -> Elapsed | None:
    """Whether "its Nth unit" can hold on a day from ``published - look_back`` to
    ``published`` for a happening that began on ``start``."""
    bounds = _start_range(start, published)
    if bounds is None or counter.count < 1 or counter.unit not in _UNIT_SLACK:
        return None
    first, last = bounds
    if first > published:
        return None
    slack = timedelta(days=_UNIT_SLACK[counter.unit])
    opens = first + _span(counter.unit, counter.count - 1) - slack
    closes = last + _span(counter.unit, counter.count) + slack
    ok = opens <= published and published - timedelta(days=look_back) < closes
    if counter.unit in ("day", "week"):
        actual = (published - first).days // (7 if counter.unit == "week" else 1) + 1
    else:
        gap = relativedelta(published, first)
        actual = (gap.years * 12 + gap.months if counter.unit == "month" else gap.years) + 1
    return Elapsed(ok, start, first, actual)


def ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"
