from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.facts.analysis import document_facts
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.date.constraints import published


class DateContradiction(Rule):
    """Dates in one article that no single publication date can reconcile.

    Without a publication date, tqcheck works out which days the text's own dates allow:
    "yesterday, Wednesday" means a Thursday; "entered its third week" since "the 27th of last
    month" means the 10th to the 17th. When one statement rules out every day the earlier ones
    allow, it is reported with the statement it contradicts. Give ``--published`` to have each
    date checked against the real publication date instead (TQ502, TQ503).

    Bad:
        The talks began yesterday, Wednesday.

        The foreign minister said on Tuesday that the talks he attended today, Tuesday, went well.

    Good:
        The talks began yesterday, Wednesday.

        The foreign minister said that the talks he attended today, Thursday, went well.
    """

    code = "TQ504"
    name = "date-contradiction"
    category = Category.DATE
    severity = Severity.WARNING
    summary = "Dates that no single publication date can reconcile"

    def check(self, document: Document) -> Iterator[Finding]:
        if published(document) is not None:
            return
        for conflict in document_facts(document).inference().conflicts:
            mention = conflict.constraint.mention
            if conflict.partner is not None:
                other = conflict.partner
                line = document.lines.position(other.mention.start)[0]
                message = (
                    f"{conflict.constraint.states}, but {other.states} (line {line}); "
                    "no publication date fits both"
                )
            else:
                message = (
                    f"{conflict.constraint.states}, which no publication date fits together "
                    "with the dates before it"
                )
            yield self.finding(document, mention.start, mention.end, message)
