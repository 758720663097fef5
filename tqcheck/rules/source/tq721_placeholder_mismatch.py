from __future__ import annotations

from collections.abc import Iterator

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.source.mechanics import (
    BRACE,
    PRINTF,
    listing,
    missing_and_extra,
    tokens,
    units,
    whole_target,
)

_POSITIONAL = patterns.compile(r"%\d+\$")


class PlaceholderMismatch(Rule):
    """A placeholder of the source (printf ``%d``, ``%s``, ``%1$s``; braces ``{name}``,
    ``{0}``) is missing from the target, the target has one the source lacks, or unnumbered
    printf placeholders come in another order.

    The program that fills the string in substitutes values by placeholder: a missing one
    loses a value, an extra one fails or prints garbage, and unnumbered ``%s``/``%d`` are
    filled in order, so swapping them swaps the values (numbered ``%1$s`` and named ``{name}``
    may move freely).

    Bad:
        source: قتل %d شخصا في %s.
        target: People were killed in %s.

    Good:
        source: قتل %d شخصا في %s.
        target: %d people were killed in %s.
    """

    code = "TQ721"
    name = "placeholder-mismatch"
    category = Category.SOURCE
    severity = Severity.ERROR
    summary = "A printf or {name} placeholder of the source is missing, extra or reordered"

    def check(self, document: Document) -> Iterator[Finding]:
        for unit in units(document):
            source = tokens(PRINTF, unit.source) + tokens(BRACE, unit.source)
            target = tokens(PRINTF, unit.target) + tokens(BRACE, unit.target)
            if not source and not target:
                continue
            missing, extra = missing_and_extra([t.text for t in source], [t.text for t in target])
            if missing:
                start, end = whole_target(unit)
                yield self.finding(
                    document,
                    start,
                    end,
                    f"unit {unit.id}: the target lacks the source's placeholder {listing(missing)}",
                )
            for token in target:
                if token.text in extra:
                    extra.remove(token.text)
                    start, end = unit.target_span(token.start, token.end)
                    yield self.finding(
                        document,
                        start,
                        end,
                        f"unit {unit.id}: placeholder {token.text} is not in the source",
                    )
            if missing or len(target) != len(source):
                continue
            source_order = [t.text for t in source if t.text[:1] == "%" and not _numbered(t.text)]
            target_tokens = [t for t in target if t.text[:1] == "%" and not _numbered(t.text)]
            target_order = [t.text for t in target_tokens]
            if sorted(source_order) == sorted(target_order) and source_order != target_order:
                first = target_tokens[0]
                last = target_tokens[-1]
                start, end = unit.target_span(first.start, last.end)
                yield self.finding(
                    document,
                    start,
                    end,
                    f"unit {unit.id}: unnumbered placeholders {listing(target_order)} are in "
                    f"another order than the source's {listing(source_order)}; they are filled "
                    "in order (number them, e.g. %1$s, to move them)",
                )


def _numbered(text: str) -> bool:
    return bool(_POSITIONAL.match(text))
