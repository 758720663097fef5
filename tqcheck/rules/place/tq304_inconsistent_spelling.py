from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.house_style import is_spelling_variant
from tqcheck.gazetteer.keys import fold
from tqcheck.gazetteer.mentions import curated_spellings
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted


class InconsistentSpelling(Rule):
    """One place spelled two ways in the same article.

    Copy assembled from several wires, or translated in pieces, names the same place "Jabrayil"
    in one paragraph and "Jebrail" in the next; readers take them for two places. The rule
    resolves every place mention to its gazetteer entry and reports a mention whose spelling is
    another transliteration of the entry's first spelling in the article, suggesting that one.
    Different names for one place ("Russia" and "the Russian Federation", "Khankendi, which
    Armenians call Stepanakert") are a writer's choice and are left alone.

    Bad:
        Troops entered Jabrayil on Sunday.

        Residents of Jebrail had left in the 1990s.

    Good:
        Troops entered Jabrayil on Sunday.

        Residents of Jabrayil had left in the 1990s.
    """

    code = "TQ304"
    name = "inconsistent-spelling"
    category = Category.PLACE
    severity = Severity.WARNING
    summary = "One place spelled two ways in the same article"
    fix = "safe"

    def check(self, document: Document) -> Iterator[Finding]:
        first: dict[str, tuple[str, int]] = {}
        for mention, match in curated_spellings(document):
            seen = first.setdefault(match.entry.id, (mention.text, mention.start))
            if fold(seen[0]) == fold(mention.text) or not is_spelling_variant(
                mention.text, seen[0]
            ):
                continue  # the same spelling, or another name ("Russia", "Russian Federation")
            line = document.lines.position(seen[1])[0]
            yield self.finding(
                document,
                mention.start,
                mention.end,
                f"{quoted(mention.text)} is spelled {quoted(seen[0])} on line {line}; use one "
                "spelling for one place.",
                suggestion=seen[0],
            )
