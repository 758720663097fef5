from __future__ import annotations

from collections.abc import Iterator

from tqcheck.bilingual.pairing import aligned_groups, bilingual_of
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.terms.glossary import glossary_for


class SourceTermNotRendered(Rule):
    """A source term of the glossary's pairs ("مجموعة مينسك" -> "Minsk Group") is in a source
    segment, and none of its target terms is in the aligned target.

    A bilingual file is compared unit by unit; an article checked with ``--source`` sentence
    by sentence, on the alignment the TQ7xx rules use. Arabic source terms match with a
    prefixed و/ف/ب/ل/ك and with alef, yaa and taa marbuta variants. Pairs come from ``pairs``
    in ``[tool.tqcheck.terms]``, the ``source`` column of a term file, a TBX entry's
    source-language terms, and (with ``default = true``) the shipped sample terms.

    Bad:
        source: اجتمع رؤساء مجموعة مينسك في موسكو.
        target: The co-chairs of the mediation group met in Moscow.

    Good:
        source: اجتمع رؤساء مجموعة مينسك في موسكو.
        target: The co-chairs of the Minsk Group met in Moscow.
    """

    code = "TQ803"
    name = "source-term-not-rendered"
    category = Category.TERM
    severity = Severity.WARNING
    summary = "A glossary source term whose target term is absent from the aligned translation"

    def check(self, document: Document) -> Iterator[Finding]:
        bilingual = bilingual_of(document)
        if bilingual is None:
            return
        glossary = glossary_for(self.config)
        if not len(glossary.source):
            return
        if bilingual.format != "pair":
            for section in bilingual.sections:
                unit = section.unit
                if unit is None or not unit.target.strip():
                    continue
                start, end = unit.target_offsets[0], unit.target_end
                yield from self._compare(document, unit.source, unit.target, start, end)
            return
        for group in aligned_groups(document):
            if not group.source or not group.target:
                continue
            start, end = group.target[0].start, group.target[-1].end
            yield from self._compare(
                document, group.source_text, group.target_text(document), start, end
            )

    def _compare(
        self, document: Document, source: str, target: str, start: int, end: int
    ) -> Iterator[Finding]:
        glossary = glossary_for(self.config)
        seen: set[str] = set()
        for hit in glossary.source.find(source):
            written, targets = hit.value
            if written in seen:
                continue
            seen.add(written)
            if next(iter(glossary.rendered[targets].find(target)), None) is not None:
                continue
            wanted = " or ".join(f'"{t}"' for t in targets)
            yield self.finding(
                document,
                start,
                end,
                f'the source has "{source[hit.start : hit.end]}"; house terms render it as '
                f"{wanted}, which this translation lacks",
                suggestion=None,
            )
