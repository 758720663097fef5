from __future__ import annotations

from collections.abc import Iterator

from tqcheck import patterns
from tqcheck.bilingual.pairing import bilingual_of
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

_LETTER = patterns.compile(r"[^\W\d_]")


class UntranslatedUnit(Rule):
    """A translation unit of a bilingual file with an empty target, or a target that only
    copies its source.

    An XLIFF, TMX, PO or TSV unit left untranslated is published as a gap (or in the source
    language). Units marked not to be translated (XLIFF ``translate="no"``) are not read, and
    a target equal to a source without letters (a number, a code) is fine.

    Bad:
        source: وصل الوفد إلى العاصمة.
        target:

    Good:
        source: وصل الوفد إلى العاصمة.
        target: The delegation arrived in the capital.
    """

    code = "TQ706"
    name = "untranslated-unit"
    category = Category.SOURCE
    severity = Severity.WARNING
    summary = "A translation unit has no translation (empty, or a copy of its source)"

    def check(self, document: Document) -> Iterator[Finding]:
        bilingual = bilingual_of(document)
        if bilingual is None:
            return
        for section in bilingual.sections:
            unit = section.unit
            if unit is None or not _LETTER.search(unit.source):
                continue
            if not unit.target.strip():
                yield self.finding(
                    document,
                    unit.target_start,
                    unit.target_end,
                    f"unit {unit.id} has no translation of {quoted(unit.source, 120)}",
                )
            elif " ".join(unit.target.split()) == " ".join(unit.source.split()):
                yield self.finding(
                    document,
                    unit.target_offsets[0],
                    unit.target_end,
                    f"unit {unit.id}'s target is a copy of its source",
                )
