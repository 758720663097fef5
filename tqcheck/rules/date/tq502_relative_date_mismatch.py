from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.facts.dates import WEEKDAY_NAMES, resolve
from tqcheck.facts.timeline import RELATIVE
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.date.constraints import failing


class RelativeDateMismatch(Rule):
    """A relative date that disagrees with the publication date.

    "Yesterday, Tuesday" in a piece published on a Thursday names two different days; so does
    "last Saturday, October 3" in a piece published on October 15 (that Saturday was October
    10). Arabic copy often pairs a relative word with a weekday, and machine translation keeps
    both; when the publication date is known (``--published``, front matter or config) each
    pair is checked against it and the message shows the arithmetic.

    Bad:
        ---
        published: 2020-10-15
        ---
        The minister said yesterday, Tuesday, that talks would resume.

    Good:
        ---
        published: 2020-10-15
        ---
        The minister said yesterday, Wednesday, that talks would resume.
    """

    code = "TQ502"
    name = "relative-date-mismatch"
    category = Category.DATE
    severity = Severity.ERROR
    summary = 'Relative date contradicts the publication date ("yesterday, Tuesday")'
    fix = "unsafe"

    def check(self, document: Document) -> Iterator[Finding]:
        for constraint, published in failing(document, RELATIVE):
            mention = constraint.mention
            suggestion = None
            resolved = resolve(mention, published)
            if (
                mention.weekday is not None
                and resolved is not None
                and mention.kind == "relative_day"
            ):
                written = WEEKDAY_NAMES[mention.weekday]
                suggestion = mention.text.replace(written, WEEKDAY_NAMES[resolved.weekday()], 1)
            yield self.finding(
                document, mention.start, mention.end, constraint.explain(published), suggestion
            )
