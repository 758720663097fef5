from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from tqcheck.document.model import Document
from tqcheck.facts.analysis import document_facts
from tqcheck.facts.dates import DateMention, describe_day, resolve
from tqcheck.facts.episodes import happenings_at, referents_at
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.date.constraints import published

# Relative dates that name one day once the publication date is known.
_RELATIVE = ("weekday", "month_day", "relative_day", "ago")


class RelativeDateAgainstExplicit(Rule):
    """A relative date and an explicit date for the same happening that name different days.

    "The ceasefire took effect last Saturday" in a piece published on Wednesday 10 March is 6
    March; if another sentence says "since the ceasefire began on 27 February", one of them is
    wrong. Checked when the publication date is known. Two dates are compared only when both
    sentences name the same happening (the ceasefire, the strike, the vote: the words are in
    ``tqcheck/data/date_events.txt``) next to the date, or, at most two sentences apart, one
    refers back with "the" to a thing the other names next to its date ("approved the budget on
    Monday" / "The vote on the budget, held on 11 October"); each sentence holds one day and no
    counter ("entered its sixth week on Tuesday" dates the count, not the start), and neither
    marks it as another one ("an earlier truce", "a second strike"). "The 2nd of this month"
    counts as explicit against "last Friday" or "two days ago"; "last month", "last week",
    "earlier this week" and "earlier this month" are spans the explicit date must fall in. The
    message shows the arithmetic; which date is wrong is the editor's call, so no fix is
    offered.

    Bad:
        ---
        published: 2021-03-10
        ---
        The ceasefire took effect last Saturday, both sides said.

        Since the ceasefire began on 27 February, no shelling has been reported.

    Good:
        ---
        published: 2021-03-10
        ---
        The ceasefire took effect last Saturday, both sides said.

        Since the ceasefire began on 6 March, no shelling has been reported.
    """

    code = "TQ506"
    name = "relative-date-against-explicit"
    category = Category.DATE
    severity = Severity.WARNING
    summary = 'A relative date and an explicit date of one happening disagree ("last Saturday")'

    def check(self, document: Document) -> Iterator[Finding]:
        day = published(document)
        if day is None:
            return
        facts = document_facts(document)
        sentences = document.sentences()
        by_sentence: dict[int, list[DateMention]] = {}
        for mention in facts.dates:
            by_sentence.setdefault(mention.sentence_index, []).append(mention)
        relative: list[tuple[DateMention, date, set[str]]] = []
        explicit: list[tuple[DateMention, date, set[str]]] = []
        periods: list[tuple[DateMention, tuple[date, date], set[str]]] = []
        refs: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        for index, mentions in by_sentence.items():
            days = [m for m in mentions if m.kind in (*_RELATIVE, "absolute", "period")]
            if len(days) != 1 or index < 0 or any(m.kind == "counter" for m in mentions):
                continue
            mention = days[0]
            sentence = sentences[index]
            text = document.plain[sentence.start : sentence.end]
            where = (mention.start - sentence.start, mention.end - sentence.start)
            refs[mention.start] = referents_at(text, *where)
            if mention.kind == "period":
                span = _period(mention.direction, day)
                if span is not None:
                    periods.append((mention, span, happenings_at(text, *where)))
                continue
            if mention.kind == "weekday" and (
                mention.direction not in ("", "last")
                or (mention.tense == "future" and not mention.direction)
            ):
                continue  # "next Saturday", "will meet on Saturday": ahead, not compared
            if mention.kind == "relative_day" and mention.offset == 0:
                continue  # "today" is publication itself: TQ502's concern
            resolved = resolve(mention, day)
            if resolved is None:
                continue
            events = happenings_at(text, *where)
            # "the 2nd of this month" is checked against an explicit date, and names its day
            # as plainly as one for "last Friday"
            if mention.kind in ("absolute", "month_day"):
                explicit.append((mention, resolved, events))
            if mention.kind != "absolute":
                relative.append((mention, resolved, events))
        for mention, (first, last), events in periods:
            for other, other_day, other_events in explicit:
                tie = _tie(mention, events, other, other_events, refs)
                if not tie or first <= other_day <= last:
                    continue
                reading = f"{first:%-d %B} to {last:%-d %B %Y}"
                yield self._disagree(document, day, mention, reading, other, other_day, tie)
                break
        for mention, resolved, events in relative:
            readings = {resolved}
            if mention.kind == "weekday" and mention.weekday is not None:
                # "last Saturday": the most recent one, or the one of last week
                gap = (day.weekday() - mention.weekday) % 7 or 7
                readings.add(day - timedelta(days=gap))
            for other, other_day, other_events in explicit:
                tie = _tie(mention, events, other, other_events, refs)
                if not tie or other_day in readings:
                    continue
                reading = describe_day(resolved)
                yield self._disagree(document, day, mention, reading, other, other_day, tie)
                break

    def _disagree(
        self,
        document: Document,
        day: date,
        mention: DateMention,
        reading: str,
        other: DateMention,
        other_day: date,
        tie: str,
    ) -> Finding:
        """The finding: ``mention`` read from publication ``day`` is ``reading``, but ``other``
        dates the same happening (``tie``) ``other_day``."""
        line = document.lines.position(other.start)[0]
        return self.finding(
            document,
            mention.start,
            mention.end,
            f"published {describe_day(day)}, so '{' '.join(mention.text.split())}' is "
            f"{reading}, but line {line} dates {tie} "
            f"{other_day:%-d %B} ('{' '.join(other.text.split())}')",
        )


def _tie(
    mention: DateMention,
    events: set[str],
    other: DateMention,
    other_events: set[str],
    refs: dict[int, tuple[frozenset[str], frozenset[str]]],
) -> str:
    """What makes two dates about one happening: a happening both name ("the strike"), or,
    in sentences at most two apart, a thing one names that the other refers back to with
    "the" ("approved the budget on Monday" / "The vote on the budget, held on 11 October")."""
    shared = events & other_events
    if shared:
        return f"the {sorted(shared)[0]}"
    if mention.start == other.start or abs(mention.sentence_index - other.sentence_index) > 2:
        return ""
    nouns, definite = refs.get(mention.start, (frozenset(), frozenset()))
    other_nouns, other_definite = refs.get(other.start, (frozenset(), frozenset()))
    back = (definite & other_nouns) | (other_definite & nouns)
    return f"the same '{sorted(back)[0]}...'" if back else ""


def _period(direction: str, day: date) -> tuple[date, date] | None:
    """The days "last month", "earlier this week", ... cover for a piece published on ``day``."""
    monday = day - timedelta(days=day.weekday())
    first_of_month = day.replace(day=1)
    spans = {
        "last week": (monday - timedelta(days=7), monday - timedelta(days=1)),
        "earlier this week": (monday, day - timedelta(days=1)),
        "this week": (monday, monday + timedelta(days=6)),
        "last month": (first_of_month - relativedelta(months=1), first_of_month - timedelta(1)),
        "earlier this month": (first_of_month, day - timedelta(days=1)),
        "last year": (date(day.year - 1, 1, 1), date(day.year - 1, 12, 31)),
    }
    span = spans.get(direction)
    if span is None or span[0] > span[1]:
        return None
    return span
