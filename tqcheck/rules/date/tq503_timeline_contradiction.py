from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.facts.analysis import document_facts
from tqcheck.facts.timeline import TIMELINE
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.date.constraints import failing, published


class TimelineContradiction(Rule):
    """A date that the rest of the timeline rules out.

    Three shapes: a counter that does not match the stated start ("entered its third week" when
    the fighting began on the 27th of last month and the piece is published on the 5th); a
    past-tense event dated after publication ("had announced ... on the fourth of next month");
    and "since" a day still ahead ("since the 27th of this month" on the 15th). Checked against
    the publication date when it is known; without one, a statement that no publication date
    can make true (a past event "next month") is still reported.

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
        if published(document) is None:
            for constraint in document_facts(document).inference().impossible:
                if constraint.kind == TIMELINE:
                    mention = constraint.mention
                    yield self.finding(
                        document,
                        mention.start,
                        mention.end,
                        f"no publication date makes this true: {constraint.states}",
                    )
            return
        for constraint, day in failing(document, TIMELINE):
            mention = constraint.mention
            yield self.finding(document, mention.start, mention.end, constraint.explain(day))
