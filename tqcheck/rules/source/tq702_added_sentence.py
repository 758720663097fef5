from __future__ import annotations

from collections.abc import Iterator

from tqcheck.arabic.text import has_run_together_words
from tqcheck.bilingual.pairing import AlignedGroup, aligned_groups
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted


class AddedSentence(Rule):
    """A target sentence that translates nothing in the source.

    Machine translation invents sentences (a hallucinated continuation, a caption or credit
    picked up from the page, a sentence repeated from earlier). Source and target sentences
    are aligned with a cross-lingual sentence embedding; a target sentence left without a
    source counterpart is reported, unless a source sentence next to it has its words run
    together (spaces lost), which no encoder reads.

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
            if _beside_unreadable(groups, index):
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


def _beside_unreadable(groups: list[AlignedGroup], index: int) -> bool:
    """Whether a source sentence next to this addition has its words run together (the
    encoder misreads it, so its translation is left over)."""
    section = groups[index].section
    for k in (index - 1, index + 1):
        if (
            0 <= k < len(groups)
            and groups[k].section is section
            and has_run_together_words(groups[k].source_text)
        ):
            return True
    return False
