from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.mentions import UNIT_TERMS, place_mentions
from tqcheck.rules.base import Rule

_COUNTRY_NAMES = {
    "AZ": "Azerbaijan",
    "AM": "Armenia",
    "GE": "Georgia",
    "IR": "Iran",
    "RU": "Russia",
    "TR": "Turkey",
}


class LiteralAdminTerm(Rule):
    """An administrative unit called by a literal translation of the source term.

    Arabic news calls an Azerbaijani rayon a "محافظة" or "ولاية", which machine translation
    renders as "governorate" or "state": "Fuzuli state", "the state of Khojavend". English
    house style uses the unit's own term, recorded per place in the gazetteer (``admin_term``:
    "district" for Azerbaijan's rayons, "province" for Armenia's marzes). The rule fires on a unit
    term next to a place whose gazetteer entry has a different term, and suggests that term.

    Bad:
        Shelling hit villages in Fuzuli state overnight.

    Good:
        Shelling hit villages in Fuzuli district overnight.
    """

    code = "TQ302"
    name = "literal-admin-term"
    category = Category.PLACE
    severity = Severity.WARNING
    summary = 'Administrative unit named by a literal translation ("Fuzuli state")'
    fix = "safe"

    def check(self, document: Document) -> Iterator[Finding]:
        for mention in place_mentions(document):
            match = mention.match
            if (
                match is None
                or mention.term not in UNIT_TERMS
                or mention.term_start is None
                or mention.term_end is None
            ):
                continue
            expected = match.entry.admin_term
            if not expected or expected == mention.term:
                continue
            country = _COUNTRY_NAMES.get(match.entry.country, match.entry.country)
            yield self.finding(
                document,
                mention.term_start,
                mention.term_end,
                f"{match.entry.name} is a {expected} of {country}, not a {mention.term}: "
                f"{mention.term!r} is a literal translation.",
                suggestion=expected,
            )
