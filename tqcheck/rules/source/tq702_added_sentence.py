from __future__ import annotations

from collections.abc import Iterator

from tqcheck.bilingual.pairing import aligned_groups
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted


class AddedSentence(Rule):
    """A target sentence that translates nothing in the source.

    Machine translation invents sentences (a hallucinated continuation, a caption or credit
    picked up from the page, a sentence repeated from earlier). Source and target sentences
    are aligned with a cross-lingual sentence embedding; a target sentence left without a
    source counterpart is reported.

    Bad:
        source: اجتمع الوزير مع المحافظ.
        target: The minister met the governor. Heavy rain is expected across the country tomorrow.

    Good:
        source: اجتمع الوزير مع المحافظ.
        target: The minister met the governor.
    """

    code = "TQ702"
    name = "added-sentence"
    category = Category.SOURCE
    severity = Severity.WARNING
    summary = "A target sentence translates nothing in the source"

    def check(self, document: Document) -> Iterator[Finding]:
        groups = aligned_groups(document)
        for index, group in enumerate(groups):
            if not group.bead.is_addition:
                continue
            previous = next(
                (
                    other
                    for other in reversed(groups[:index])
                    if other.section is group.section and other.source
                ),
                None,
            )
            where = (
                f"; in the source it would follow {quoted(previous.source_text, 80)}"
                if previous is not None
                else "; it would open the source text"
            )
            yield self.finding(
                document,
                group.target[0].start,
                group.target[-1].end,
                f"no source sentence says this{where}",
            )
