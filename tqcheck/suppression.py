"""Inline suppression comments.

``<!-- tqcheck: ignore TQ101 -->`` alone on a line silences the listed rules (or all rules, when
none are listed) for the next block; after text on the same line, for that line only.
``<!-- tqcheck: disable TQ2 -->`` ... ``<!-- tqcheck: enable -->`` silences a range of lines, and
``<!-- tqcheck: ignore-file layout -->`` the whole file. Codes may be codes, prefixes, rule names
or categories, as in ``--select``. The comments work in plain text and Markdown alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tqcheck.document.model import Document
from tqcheck.errors import SelectionError
from tqcheck.findings import Finding
from tqcheck.rules.registry import resolve, split_selectors

_DIRECTIVE = re.compile(
    r"<!--\s*tqcheck\s*:\s*(?P<verb>ignore-file|ignore|disable|enable)\b(?P<codes>.*?)-->",
    re.IGNORECASE | re.DOTALL,
)
_ANY_DIRECTIVE = re.compile(r"<!--\s*tqcheck\s*:(?P<rest>.*?)-->", re.IGNORECASE | re.DOTALL)

ALL: frozenset[str] = frozenset({"*"})


@dataclass(frozen=True, slots=True)
class _Range:
    first_line: int
    last_line: int
    codes: frozenset[str]


@dataclass(slots=True)
class Suppressions:
    ranges: list[_Range] = field(default_factory=list)

    def covers(self, finding: Finding) -> bool:
        return any(
            rng.first_line <= finding.line <= rng.last_line
            and (rng.codes is ALL or finding.rule in rng.codes)
            for rng in self.ranges
        )


def parse_suppressions(document: Document) -> Suppressions:
    suppressions = Suppressions()
    open_ranges: list[tuple[int, frozenset[str]]] = []
    last_line = document.lines.line_count
    for match in _ANY_DIRECTIVE.finditer(document.text):
        line = document.lines.position(match.start())[0]
        directive = _DIRECTIVE.fullmatch(match.group())
        if directive is None:
            raise SelectionError(
                f"{document.path}:{line}: unknown tqcheck directive "
                f"{match.group().strip()!r} (use ignore, disable, enable or ignore-file)"
            )
        verb = directive.group("verb").lower()
        codes = _codes(directive.group("codes"), document.path, line)
        if verb == "ignore-file":
            suppressions.ranges.append(_Range(1, last_line, codes))
        elif verb == "disable":
            open_ranges.append((line, codes))
        elif verb == "enable":
            still_open = []
            for start, open_codes in open_ranges:
                if codes is ALL or open_codes == codes:
                    suppressions.ranges.append(_Range(start, line, open_codes))
                else:
                    still_open.append((start, open_codes))
            open_ranges = still_open
        else:
            suppressions.ranges.append(_ignore_range(document, match, line, codes))
    suppressions.ranges.extend(_Range(start, last_line, codes) for start, codes in open_ranges)
    return suppressions


def _codes(text: str, path: str, line: int) -> frozenset[str]:
    selectors = split_selectors([text.strip()])
    if not selectors:
        return ALL
    return frozenset(resolve(selectors, origin=f"{path}:{line}: suppression"))


def _ignore_range(
    document: Document, match: re.Match[str], line: int, codes: frozenset[str]
) -> _Range:
    lines = document.lines
    end_line = lines.position(match.end())[0]
    rest_of_line = (
        document.text[lines.line_start(line) : match.start()]
        + document.text[match.end() : lines.line_end(end_line)]
    )
    if rest_of_line.strip():
        return _Range(line, end_line, codes)
    for block in document.blocks:
        if block.first_line > end_line:
            return _Range(block.first_line, block.last_line, codes)
    return _Range(line, end_line, codes)
