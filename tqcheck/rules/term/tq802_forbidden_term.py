from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.term.common import target_hits


class ForbiddenTerm(Rule):
    """A term the house glossary forbids (a loaded or banned word the desk has ruled on),
    reported with the glossary's reason, and its replacement where the glossary gives one.

    Forbidden terms come from ``forbidden = { "term" = "reason" }`` in ``[tool.tqcheck.terms]``,
    ``status = forbidden`` rows of a CSV/TSV term file, deprecated terms of a TBX entry that
    has no preferred term, and (with ``default = true``) the shipped sample terms.

    Bad:
        The army said there was no collateral damage in the strike.

    Good:
        The army said no civilians were killed in the strike.
    """

    code = "TQ802"
    name = "forbidden-term"
    category = Category.TERM
    severity = Severity.WARNING
    summary = "A term the house glossary forbids, with its reason"

    def check(self, document: Document) -> Iterator[Finding]:
        for hit in target_hits(document, self.config):
            term = hit.value
            if term.kind != "forbidden":
                continue
            written = " ".join(document.plain[hit.start : hit.end].split())
            reason = f": {term.reason}" if term.reason else ""
            instead = f'; write "{term.preferred}"' if term.preferred else ""
            yield self.finding(
                document,
                hit.start,
                hit.end,
                f'"{written}" is a forbidden term{reason}{instead} [{term.origin}]',
                suggestion=term.preferred or None,
            )
