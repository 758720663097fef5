from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.term.common import same_form, target_hits


class TermVariant(Rule):
    """A term written in a form the house glossary does not prefer: a listed variant ("Minsk
    group", "Nagorny Karabakh") or the preferred term in other letter case or hyphenation.

    The glossary comes from ``[tool.tqcheck.terms]`` (a table, CSV/TSV files or TBX term
    bases) plus, with ``default = true``, the shipped sample terms (the examples below use
    them). The preferred form is suggested; a lower-case term may start with a capital and a
    headline may be in capitals.

    Bad:
        The talks were mediated by the Minsk group on Thursday.

    Good:
        The talks were mediated by the Minsk Group on Thursday.
    """

    code = "TQ801"
    name = "term-variant"
    category = Category.TERM
    severity = Severity.WARNING
    summary = "A glossary term in a variant form (spelling, case, hyphen); the preferred suggested"

    def check(self, document: Document) -> Iterator[Finding]:
        for hit in target_hits(document, self.config):
            term = hit.value
            if term.kind == "forbidden":
                continue
            written = " ".join(document.plain[hit.start : hit.end].split())
            if same_form(written, term.preferred):
                continue
            why = f" ({term.reason})" if term.reason else ""
            yield self.finding(
                document,
                hit.start,
                hit.end,
                f'house terms prefer "{term.preferred}" to "{written}"{why} [{term.origin}]',
                suggestion=term.preferred,
            )
