"""Inline suppression comments.

``<!-- tqcheck: ignore TQ101 -->`` alone on a line silences the listed rules (or all rules, when
none are listed) for the next block; after text on the same line, for that line only.
``<!-- tqcheck: disable TQ2 -->`` ... ``<!-- tqcheck: enable -->`` silences a range of lines, and
``<!-- tqcheck: ignore-file layout -->`` the whole file. Codes may be codes, prefixes, rule names
or categories, as in ``--select``. The comments work in plain text and Markdown alike.

Every comment that silences a finding is noted (``Suppressions.covers``), so that the
unused-suppression rule (TQ901) can report the comments, and the codes in them, that silenced
nothing (``Suppressions.uses``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tqcheck.document.model import Document
from tqcheck.errors import SelectionError
from tqcheck.findings import Finding
from tqcheck.rules.registry import resolve

_DIRECTIVE = re.compile(
    r"<!--\s*tqcheck\s*:\s*(?P<verb>ignore-file|ignore|disable|enable)\b(?P<codes>.*?)-->",
    re.IGNORECASE | re.DOTALL,
)
_ANY_DIRECTIVE = re.compile(r"<!--\s*tqcheck\s*:(?P<rest>.*?)-->", re.IGNORECASE | re.DOTALL)

ALL: frozenset[str] = frozenset({"*"})
_SELECTOR = re.compile(r"[^\s,]+")


@dataclass(frozen=True, slots=True)
class _Range:
    first_line: int
    last_line: int
    codes: frozenset[str]
    directive: int  # index into Suppressions.directives


@dataclass(frozen=True, slots=True)
class Directive:
    """One suppression comment: its span in the text, and the codes it names.

    ``selectors`` holds each code, prefix, name or category as written, with its span in the
    text and the rule codes it names; it is empty for a comment that names none (every rule).
    """

    start: int
    end: int
    verb: str  # ignore | disable | ignore-file
    selectors: tuple[tuple[str, int, int, frozenset[str]], ...]


@dataclass(frozen=True, slots=True)
class SuppressionUse:
    """What one suppression comment silenced in a run (for the unused-suppression rule)."""

    directive: Directive
    first_line: int  # the lines it covers (the union of its ranges)
    last_line: int
    suppressed: frozenset[str]  # codes of the findings it silenced
    # A ``disable`` closed by an ``enable`` that names codes: the enable closes it only while
    # the two name the same codes, so dropping a code from the disable alone would reopen it.
    paired_by_codes: bool


@dataclass(slots=True)
class Suppressions:
    ranges: list[_Range] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    # directive index -> the codes of the findings it silenced; filled by ``covers`` (and
    # carried between the two passes of a parallel run: see ``tqcheck.runner``).
    suppressed: dict[int, set[str]] = field(default_factory=dict)
    paired_by_codes: set[int] = field(default_factory=set)

    def covers(self, finding: Finding) -> bool:
        """Whether a suppression silences ``finding``; every comment that does is noted."""
        covered = False
        for rng in self.ranges:
            if rng.first_line <= finding.line <= rng.last_line and (
                rng.codes is ALL or finding.rule in rng.codes
            ):
                self.suppressed.setdefault(rng.directive, set()).add(finding.rule)
                covered = True
        return covered

    def uses(self) -> list[SuppressionUse]:
        """Each suppression comment with the lines it covers and what it silenced."""
        lines: dict[int, tuple[int, int]] = {}
        for rng in self.ranges:
            first, last = lines.get(rng.directive, (rng.first_line, rng.last_line))
            lines[rng.directive] = (min(first, rng.first_line), max(last, rng.last_line))
        return [
            SuppressionUse(
                directive=directive,
                first_line=lines[index][0],
                last_line=lines[index][1],
                suppressed=frozenset(self.suppressed.get(index, ())),
                paired_by_codes=index in self.paired_by_codes,
            )
            for index, directive in enumerate(self.directives)
            if index in lines
        ]


def parse_suppressions(document: Document) -> Suppressions:
    suppressions = Suppressions()
    open_ranges: list[tuple[int, frozenset[str], int]] = []
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
        selectors = _selectors(
            directive.group("codes"), match.start() + directive.start("codes"), document, line
        )
        codes = frozenset().union(*(named for *_, named in selectors)) if selectors else ALL
        index = len(suppressions.directives)
        if verb != "enable":
            suppressions.directives.append(Directive(match.start(), match.end(), verb, selectors))
        if verb == "ignore-file":
            suppressions.ranges.append(_Range(1, last_line, codes, index))
        elif verb == "disable":
            open_ranges.append((line, codes, index))
        elif verb == "enable":
            still_open = []
            for start, open_codes, opened_by in open_ranges:
                if codes is ALL or open_codes == codes:
                    suppressions.ranges.append(_Range(start, line, open_codes, opened_by))
                    if codes is not ALL:
                        suppressions.paired_by_codes.add(opened_by)
                else:
                    still_open.append((start, open_codes, opened_by))
            open_ranges = still_open
        else:
            suppressions.ranges.append(_ignore_range(document, match, line, codes, index))
    suppressions.ranges.extend(
        _Range(start, last_line, codes, index) for start, codes, index in open_ranges
    )
    return suppressions


def _selectors(
    text: str, offset: int, document: Document, line: int
) -> tuple[tuple[str, int, int, frozenset[str]], ...]:
    """Each code of a comment as written, its span, and the rule codes it names."""
    origin = f"{document.path}:{line}: suppression"
    return tuple(
        (
            found.group(),
            offset + found.start(),
            offset + found.end(),
            frozenset(resolve([found.group()], origin=origin)),
        )
        for found in _SELECTOR.finditer(text)
    )


def _ignore_range(
    document: Document, match: re.Match[str], line: int, codes: frozenset[str], index: int
) -> _Range:
    lines = document.lines
    end_line = lines.position(match.end())[0]
    rest_of_line = (
        document.text[lines.line_start(line) : match.start()]
        + document.text[match.end() : lines.line_end(end_line)]
    )
    if rest_of_line.strip():
        return _Range(line, end_line, codes, index)
    for block in document.blocks:
        if block.first_line > end_line:
            return _Range(block.first_line, block.last_line, codes, index)
    return _Range(line, end_line, codes, index)
