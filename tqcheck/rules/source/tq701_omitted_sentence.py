from __future__ import annotations

from collections.abc import Iterator

from tqcheck.arabic.text import has_run_together_words
from tqcheck.bilingual.pairing import AlignedGroup, aligned_groups
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted


class OmittedSentence(Rule):
    """A source sentence with no translation in the target.

    Machine translation drops sentences, most often short ones between long ones and the
    last sentence of a paragraph. Source and target sentences are aligned with a cross-lingual
    sentence embedding (1-1, 1-2, 2-1 and unmatched sentences, by dynamic programming with
    length and number anchors); a source sentence left without a counterpart is reported at
    the target sentence it should follow, with the source text in the message. A translation
    unit whose target is empty is TQ706, not this rule; a source sentence whose words are run
    together (spaces lost) is not reported, since no encoder reads it.

    Bad:
        source: التقى الوزير المحافظ. وافتتح الوزير مستشفى جديدا في المدينة. ثم عاد إلى العاصمة.
        target: The minister met the governor. He then returned to the capital.

    Good:
        source: التقى الوزير المحافظ. وافتتح الوزير مستشفى جديدا في المدينة. ثم عاد إلى العاصمة.
        target: The minister met the governor. He opened a new hospital in the city. He then
            returned to the capital.
    """

    code = "TQ701"
    name = "omitted-sentence"
    category = Category.SOURCE
    severity = Severity.WARNING
    summary = "A source sentence has no translation in the target"

    def check(self, document: Document) -> Iterator[Finding]:
        groups = aligned_groups(document)
        for index, group in enumerate(groups):
            if not group.bead.is_omission:
                continue
            unit = group.section.unit
            if unit is not None and not unit.target.strip():
                continue  # an untranslated unit: TQ706
            if has_run_together_words(group.source_text):
                continue  # spaces lost in the source: the encoder cannot read it
            where = _neighbour(groups, index)
            text = quoted(group.source_text, 160)
            if where is None:
                start = end = group.section.anchor
                message = f"the source sentence {text} has no translation"
            else:
                sentence, after = where
                start, end = sentence.start, sentence.end
                side = "after" if after else "before"
                message = f"the source sentence {text} has no translation {side} this sentence"
            yield self.finding(document, start, end, message)


def _neighbour(groups: list[AlignedGroup], index: int):  # type: ignore[no-untyped-def]
    """The target sentence an omission sits after (or before, at a section's start)."""
    section = groups[index].section
    for k in range(index - 1, -1, -1):
        if groups[k].section is not section:
            break
        if groups[k].target:
            return groups[k].target[-1], True
    for k in range(index + 1, len(groups)):
        if groups[k].section is not section:
            break
        if groups[k].target:
            return groups[k].target[0], False
    return None
