from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule


class ExcessBlankLines(Rule):
    """More than one blank line between two blocks.

    Copy exported from a CMS or a translation tool often carries runs of empty lines, usually
    where a heading, image or caption was removed; they are a cue to check what is missing there
    and should not reach publication. The rule reports the extra blank lines after the first one.
    Keep one blank line between blocks.

    Bad:
        Fighting continued overnight in the south.



        The ministry published a list of villages.

    Good:
        Fighting continued overnight in the south.

        The ministry published a list of villages.
    """

    code = "TQ105"
    name = "excess-blank-lines"
    category = Category.LAYOUT
    severity = Severity.INFO
    summary = "More than one blank line between blocks"
    fix = "safe"

    def check(self, document: Document) -> Iterator[Finding]:
        lines = document.lines
        for previous, block in zip(document.blocks, document.blocks[1:], strict=False):
            run: list[int] = []
            for line in range(previous.last_line + 1, block.first_line + 1):
                if line < block.first_line and not lines.line_text(line).strip():
                    run.append(line)
                    continue
                if len(run) >= 2:
                    start, end = lines.line_start(run[1]), lines.line_start(run[-1] + 1)
                    extra = len(run) - 1
                    yield self.finding(
                        document,
                        start,
                        end,
                        f"{len(run)} blank lines between blocks; {extra} more than needed.",
                        suggestion="",
                    )
                run = []
