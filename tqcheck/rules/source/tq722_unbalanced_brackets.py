from __future__ import annotations

from collections.abc import Iterator

from tqcheck.bilingual.model import Unit
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.source.mechanics import units, whole_target

_PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”", "‘": "’"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_NAMES = {"(": "parentheses", "[": "square brackets", "{": "braces", "«": "guillemets"}
_NAMES |= {"“": "curly double quotes", "‘": "curly single quotes"}
_OPEN_QUOTES = "«“"  # either opens a quotation; the target may use another kind than the source
_CLOSE_QUOTES = "»”"


class UnbalancedBrackets(Rule):
    """Brackets or quotation marks that pair up in the source and not in the target: an opening
    parenthesis, bracket or quote left without its closing one, or the reverse.

    A lost closing parenthesis or quote runs an aside or a quotation on into the rest of the
    sentence, so the reader cannot tell where the quoted words end. Only marks the source has
    and balances are checked, a quotation the target opens in one unit and closes in a
    neighbouring one (a quote of several sentences) is left alone, and quotes are counted
    across kinds: Arabic « » may become “ ” or straight
    quotes in English.

    Bad:
        source: قال الوزير «لن نتراجع» أمس.
        target: The minister said "we will not back down yesterday.

    Good:
        source: قال الوزير «لن نتراجع» أمس.
        target: The minister said "we will not back down" yesterday.
    """

    code = "TQ722"
    name = "unbalanced-brackets"
    category = Category.SOURCE
    severity = Severity.WARNING
    summary = "Brackets or quotes that pair up in the source do not in the target"

    def check(self, document: Document) -> Iterator[Finding]:
        every = list(units(document))
        open_quotes = [not _quotes_balanced(unit.target) for unit in every]
        for number, unit in enumerate(every):
            for problem, index in _brackets(unit):
                if index is None:
                    start, end = whole_target(unit)
                else:
                    start, end = unit.target_span(index, index + 1)
                yield self.finding(document, start, end, f"unit {unit.id}: {problem}")
            # A quotation the target opens in one unit and closes in the next (a quote of
            # several sentences, one unit each) is not unbalanced.
            spans_units = (number > 0 and open_quotes[number - 1]) or (
                number + 1 < len(every) and open_quotes[number + 1]
            )
            if (
                open_quotes[number]
                and not spans_units
                and _has_quotes(unit.source)
                and _quotes_balanced(unit.source)
            ):
                start, end = whole_target(unit)
                yield self.finding(
                    document,
                    start,
                    end,
                    f"unit {unit.id}: a quotation opens without closing (or closes without "
                    "opening) in the target; the source's quotes pair up",
                )


def _unmatched(text: str, opener: str) -> tuple[int, int | None]:
    """How far ``opener`` and its closer fail to pair in ``text``: (unmatched count, index of
    the first unmatched character, None when it is a missing closer)."""
    closer = _PAIRS[opener]
    opened: list[int] = []
    for index, char in enumerate(text):
        if char == opener:
            opened.append(index)
        elif char == closer:
            if not opened:
                return 1, index
            opened.pop()
    if opened:
        return len(opened), opened[-1]
    return 0, None


def _brackets(unit: Unit) -> Iterator[tuple[str, int | None]]:
    for opener in ("(", "[", "{"):
        if opener not in unit.source + unit.target and _PAIRS[opener] not in unit.target:
            continue
        source_count, _ = _unmatched(unit.source, opener)
        target_count, index = _unmatched(unit.target, opener)
        if source_count == 0 and target_count:
            char = unit.target[index] if index is not None else opener
            side = "opening" if char == opener else "closing"
            yield f"{side} {char!r} without its pair in the target ({_NAMES[opener]})", index


def _has_quotes(text: str) -> bool:
    return any(char in text for char in '"«»“”')


def _quotes_balanced(text: str) -> bool:
    """Whether the text's quotation marks pair up: curly and angle quotes open and close in
    order, straight double quotes come in an even number."""
    depth = 0
    for char in text:
        if char in _OPEN_QUOTES:
            depth += 1
        elif char in _CLOSE_QUOTES:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and text.count('"') % 2 == 0
