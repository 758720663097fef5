from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.house_style import is_spelling_variant, spellings_to_style
from tqcheck.gazetteer.keys import fold
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted


class InconsistentSpelling(Rule):
    """One place spelled two ways in the same article.

    Copy assembled from several wires, or translated in pieces, names the same place "Jabrayil"
    in one paragraph and "Jebrail" in the next; readers take them for two places. The rule
    resolves every place mention to its gazetteer entry and reports a mention whose spelling is
    another transliteration of the entry's first spelling in the article, suggesting that one.
    Different names for one place ("Russia" and "the Russian Federation", "Khankendi, which
    Armenians call Stepanakert") are a writer's choice and are left alone, and so are two
    spellings the copy gives on purpose ("the road from Berde, now Barda", "Nakhchivan,
    Naxçıvan in Azerbaijani") and a later mention in one of them.

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
        # the spellings the copy gives on purpose, by entry, and the first of them: the one a
        # mention is held to where no other mention came before it
        given: dict[str, set[str]] = {}
        first_given: dict[str, tuple[str, int]] = {}
        for mention, match, on_purpose in spellings_to_style(document):
            entry_id, spelling = match.entry.id, fold(mention.text)
            if on_purpose:
                given.setdefault(entry_id, set()).add(spelling)
                first_given.setdefault(entry_id, (mention.text, mention.start))
                continue  # "Khankendi, which Armenians call Stepanakert", "Berde, now Barda"
            seen = first.get(entry_id) or first_given.get(entry_id)
            if seen is None or spelling in given.get(entry_id, ()):
                first.setdefault(entry_id, (mention.text, mention.start))
                continue  # the first mention, or a spelling given on purpose ("now Barda")
            if fold(seen[0]) == spelling or not is_spelling_variant(mention.text, seen[0]):
                first.setdefault(entry_id, (mention.text, mention.start))
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
