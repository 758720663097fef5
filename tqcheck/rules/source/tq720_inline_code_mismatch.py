from __future__ import annotations

from collections.abc import Iterator

from tqcheck import patterns
from tqcheck.bilingual.model import Unit
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.source.mechanics import (
    Token,
    listing,
    missing_and_extra,
    tokens,
    units,
    whole_target,
)

# A tag written as text: </name>, <name attr="...">, <name/>.
TAG = patterns.compile(
    r"<(/?)([A-Za-z][\w:.-]*)"
    r"((?:\s+[\w:.-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))*)\s*(/?)>"
)
ID_ATTRIBUTE = patterns.compile(r"""\bid\s*=\s*["']([^"']*)["']""")


class InlineCodeMismatch(Rule):
    """An inline code of the source (XLIFF ``<pc>``, ``<ph>``, ``<x/>``, ``<g>``, TMX
    ``<bpt>``/``<ph>``) is missing from the target, the target has one the source lacks, or the
    paired codes come in another order.

    Inline codes carry formatting, links and placeholders through translation; a dropped
    ``<ph>`` loses a value in the published page, a dropped ``<pc>`` loses a link or bold span.
    Codes are matched by element name and id; markup written as text (HTML tags in a PO or TSV
    unit) is matched by tag name and id. Tags may move with the words they wrap, so order
    counts only where it breaks the markup: text tags that nest in the source and cross in the
    target.

    Bad:
        source: قال <pc id="1">الوزير</pc> إن <ph id="2"/> وصلوا.
        target: The minister said that arrived.

    Good:
        source: قال <pc id="1">الوزير</pc> إن <ph id="2"/> وصلوا.
        target: The <pc id="1">minister</pc> said that <ph id="2"/> arrived.
    """

    code = "TQ720"
    name = "inline-code-mismatch"
    category = Category.SOURCE
    severity = Severity.ERROR
    summary = "An inline tag of the source is missing, extra or out of order in the target"

    def check(self, document: Document) -> Iterator[Finding]:
        for unit in units(document):
            if unit.source_codes or unit.target_codes:
                source = [code.label for code in unit.source_codes]
                target = [code.label for code in unit.target_codes]
                target_spans = [(c.label, c.offset, c.offset) for c in unit.target_codes]
            else:  # markup written as text (PO, TSV, escaped in XLIFF): <b>, </a>, <br/>
                source = [_label(t.text) for t in _literal(unit, "source")]
                literal = _literal(unit, "target")
                target = [_label(t.text) for t in literal]
                target_spans = [
                    (label, *unit.target_span(t.start, t.end))
                    for label, t in zip(target, literal, strict=True)
                ]
            missing, extra = missing_and_extra(source, target)
            if missing:
                start, end = whole_target(unit)
                yield self.finding(
                    document,
                    start,
                    end,
                    f"unit {unit.id}: the target lacks the source's inline code {listing(missing)}",
                )
            if extra:
                seen = set()
                for label, start, end in target_spans:
                    if label in extra and label not in seen:
                        seen.add(label)
                        yield self.finding(
                            document,
                            start,
                            end,
                            f"unit {unit.id}: the target has inline code {label}, "
                            "which its source does not",
                        )
            if missing or extra:
                continue
            if not unit.source_codes and _nests(source) and not _nests(target):
                start, end = whole_target(unit)
                yield self.finding(
                    document,
                    start,
                    end,
                    f"unit {unit.id}: the target's tags cross each other "
                    f"({listing(target)}), the source's nest ({listing(source)})",
                )


def _literal(unit: Unit, side: str) -> list[Token]:
    return tokens(TAG, unit.source if side == "source" else unit.target)


def _label(tag: str) -> str:
    """``<b class="x">`` -> ``<b>``; ``<pc id="1">`` keeps its id; ``</b>``, ``<br/>``."""
    match = TAG.fullmatch(tag)
    assert match is not None
    close, name, attributes, empty = match.group(1, 2, 3, 4)
    ident = ID_ATTRIBUTE.search(attributes or "")
    inner = f'{name} id="{ident.group(1)}"' if ident else name
    return f"<{close}{inner}{empty}>"


def _nests(labels: list[str]) -> bool:
    """Whether every closing tag closes the last open tag of its name."""
    stack: list[str] = []
    for label in labels:
        if label.endswith("/>"):
            continue
        name = label.strip("</>").split()[0]
        if label.startswith("</"):
            if not stack or stack[-1] != name:
                return False
            stack.pop()
        else:
            stack.append(name)
    return not stack
