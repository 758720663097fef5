from __future__ import annotations

from collections.abc import Iterator

from tqcheck.bilingual.pairing import translated_groups
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.source.facts import report_mismatches


class SourceNumberMismatch(Rule):
    """A number in the source that the translation drops or changes, or one it adds.

    Each aligned group of sentences is compared as a multiset of values: digits in any digit
    system (٣٣٬٠٠٠, ۳۳), Arabic number words with their gender, dual and case forms ("ثماني
    قرى" is 8), scale words ("330 ألف" is 330,000), ordinals and percentages. "8" for "ثماني"
    is a match; "33,000" for "330 ألف" is reported with both values. Digits after a thousand
    or a hundred are its rest ("ألف و500" is 1,500). A day the month does not have ("36th
    November" against "26 نوفمبر") and a clock time no clock shows ("27.30 GMT") stand against
    the source's day or time; a draw the source reports ("التعادل بهدفين") against an unequal
    score the target calls a draw, and a win "بهدف نظيف" (1-0) against the target's score.

    Bad:
        source: قتل 330 ألف شخص في الحرب.
        target: 33,000 people were killed in the war.

    Good:
        source: قتل 330 ألف شخص في الحرب.
        target: 330,000 people were killed in the war.
    """

    code = "TQ703"
    name = "source-number-mismatch"
    category = Category.SOURCE
    severity = Severity.ERROR
    summary = 'A number differs from the source ("33,000" for "330 ألف")'
    fix = "unsafe"

    def check(self, document: Document) -> Iterator[Finding]:
        groups = translated_groups(document)
        if not groups:  # a monolingual check never loads the comparison (issue 13: cold start)
            return
        from tqcheck.bilingual.facts_compare import compare_numbers

        for group in groups:
            mismatches = compare_numbers(group.source_text, group.target_text(document))
            yield from report_mismatches(self, document, group, mismatches)
