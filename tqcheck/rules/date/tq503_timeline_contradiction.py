from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.facts.analysis import document_facts
from tqcheck.facts.dates import DateMention, describe_day, resolve
from tqcheck.facts.episodes import check_elapsed, ordinal, start_of, stated_for
from tqcheck.facts.timeline import TIMELINE, Constraint
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.date.constraints import published

# Words between a past verb and its date that make the date a plan, not a past event ("agreed
# to meet on 20 June", "postponed the vote to 3 May", "would close on ...").
_PLAN = patterns.compile(
    r"\b(?:would|could|might|should|must|will|shall|plans?|planned|planning|due|expected|"
    r"scheduled|until|till|deadline|set\s+for|postponed|delayed|moved|pushed|rescheduled|"
    r"deferred|extended|agreed|invited|called|announced|promised|pledged|vowed|hopes?|"
    r"intends?|aims?|wants?|next|to\s+be)\b",
    re.IGNORECASE,
)
_FUTURE = patterns.compile(
    r"\b(?:will|shall|is\s+due|are\s+due|is\s+expected|are\s+expected|is\s+scheduled|"
    r"are\s+scheduled|is\s+set|are\s+set|is\s+to|are\s+to)\b",
    re.IGNORECASE,
)
_PAST_VERB = patterns.compile(
    r"\b(?:[a-z]+ed|said|was|were|had|did|took|began|met|made|held|came|went|gave|saw|left|"
    r"fled|fell|won|lost|broke|fought|struck|shot|sent|brought|kept|found|became|rose|spoke|"
    r"wrote|ran|led|set|put|hit|cut|paid|sold|drew|flew|grew|withdrew|signed|opened|closed)\b",
    re.IGNORECASE,
)
_WEEK_WORDS = patterns.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|this\s+week|last\s+week)\b",
    re.IGNORECASE,
)
_MONTH_WORDS = patterns.compile(r"\bthis\s+(?:month|year)\b", re.IGNORECASE)
# How far before a date its clause is read for its verb (characters).
_CLAUSE = 80


class TimelineContradiction(Rule):
    """A date that the rest of the timeline rules out.

    The shapes: a counter that does not match the stated start ("the strike entered its third
    month" when it began on 1 February and the piece is published on 10 March; days, weeks,
    months and years, measured from a start in the counter's own sentence ("which began on 3
    June"), else from the date of the sentence that names the same strike, or from a date said
    to be a beginning, on the day the counter names if it names one ("in its 30th day on 12
    March"), also "day 25 of the truce" and "the siege's 60th day"); a past-tense event dated
    after publication ("had
    announced ... on the fourth of next month", "withdrew on 30 September" in a piece of 25
    September); a future-tense event dated before publication ("will visit Nairobi on 2 March"
    in a piece of 10 March); and "since" a day still ahead. Checked against the publication
    date when it is known; without one, a statement that no publication date can make true (a
    past event "next month") is still reported. A date after "agreed to", "postponed to",
    "would" or "due" is a plan, not a past event, and is not reported.

    Bad:
        ---
        published: 2020-10-15
        ---
        The army had announced the capture of the town on the twentieth of this month.

    Good:
        ---
        published: 2020-10-15
        ---
        The army had announced the capture of the town on the fourth of this month.
    """

    code = "TQ503"
    name = "timeline-contradiction"
    category = Category.DATE
    severity = Severity.WARNING
    summary = 'Dates contradict the timeline ("third week" since a start 8 days ago)'

    def check(self, document: Document) -> Iterator[Finding]:
        facts = document_facts(document)
        day = published(document)
        if day is None:
            for constraint in facts.inference().impossible:
                if constraint.kind == TIMELINE:
                    mention = constraint.mention
                    yield self.finding(
                        document,
                        mention.start,
                        mention.end,
                        f"no publication date makes this true: {constraint.states}",
                    )
            return
        sentences = document.sentences()
        texts = [document.plain[s.start : s.end] for s in sentences]
        starts = [s.start for s in sentences]
        reported: set[int] = set()
        for mention in facts.dates:
            if mention.kind != "counter" or mention.sentence_index < 0:
                continue
            start = start_of(mention, texts, starts, facts.dates)
            if start is None:
                continue
            reported.add(mention.start)  # measured here, not by the older week/day check
            text = texts[mention.sentence_index]
            look_back = 1
            if _WEEK_WORDS.search(text):
                look_back = 7
            if _MONTH_WORDS.search(text):
                look_back = 31
            at, when = day, f"published {describe_day(day)}"
            stated = stated_for(mention, facts.dates)
            stated_day = resolve(stated, day) if stated is not None else None
            if stated is not None and stated_day is not None:
                at, look_back = stated_day, 1
                when = f"on {_quoted(stated)} ({describe_day(stated_day)})"
            result = check_elapsed(mention, start, at, look_back)
            if result is None or result.ok:
                continue
            line = document.lines.position(start.start)[0]
            unit = mention.unit
            yield self.finding(
                document,
                mention.start,
                mention.end,
                f"it began {_quoted(start)} (line {line}, {result.first:%-d %B %Y}); "
                f"{when}, that is the {ordinal(result.actual)} {unit}, "
                f"not the {ordinal(mention.count)}",
            )
        for constraint, when in _failing(facts.constraints(), day):
            if constraint.mention.start in reported:
                continue
            reported.add(constraint.mention.start)
            mention = constraint.mention
            yield self.finding(document, mention.start, mention.end, constraint.explain(when))
        for mention in facts.dates:
            if mention.start in reported or mention.since or mention.sentence_index < 0:
                continue
            message = _tense_conflict(mention, texts[mention.sentence_index], starts, day)
            if message:
                yield self.finding(document, mention.start, mention.end, message)


def _failing(constraints: list[Constraint], day: date) -> Iterator[tuple[Constraint, date]]:
    for constraint in constraints:
        if constraint.kind == TIMELINE and not constraint.holds(day):
            yield constraint, day


def _quoted(mention: DateMention) -> str:
    return f"'{' '.join(mention.text.split())}'"


def _tense_conflict(mention: DateMention, sentence: str, starts: list[int], day: date) -> str:
    """A future-tense clause about a day before publication, or a past-tense clause about a
    day after it (day and month without a year: the occurrence nearest publication)."""
    if mention.kind not in ("absolute", "month_day"):
        return ""
    resolved = resolve(mention, day)
    if resolved is None:
        return ""
    begin = starts[mention.sentence_index]
    relative = mention.start - begin
    clause = re.split(r"[.;:,]|\band\b|\bbut\b", sentence[max(0, relative - _CLAUSE) : relative])
    before = clause[-1]
    if mention.tense == "future" and resolved < day - timedelta(days=1):
        future = _FUTURE.search(before)
        if future and not _PAST_VERB.search(before, future.end()):
            gap = (day - resolved).days
            return (
                f"future tense ('{future.group()}') for {describe_day(resolved)}, "
                f"{gap} days before publication ({describe_day(day)})"
            )
    if (
        mention.tense == "past"
        and mention.kind == "absolute"
        and mention.year is None  # with a year or "of this month": the constraint check
        and resolved > day
    ):
        verbs = list(_PAST_VERB.finditer(before))
        verb = verbs[-1] if verbs else None
        if verb is not None and not _PLAN.search(before) and not _FUTURE.search(before):
            gap = (resolved - day).days
            return (
                f"past tense ('{verb.group()}') for {describe_day(resolved)}, {gap} days after "
                f"publication ({describe_day(day)})"
            )
    return ""
