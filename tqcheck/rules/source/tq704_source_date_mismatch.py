from __future__ import annotations

from collections.abc import Iterator

from tqcheck.bilingual.pairing import translated_groups
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.source.facts import report_mismatches


class SourceDateMismatch(Rule):
    """A date in the translation that names another day than the source.

    Arabic month names of both families ("تشرين الأول" and "أكتوبر"), weekdays and relative
    words ("أمس", "الأربعاء الماضي", "السابع والعشرين من الشهر الماضي") are read in the source;
    with a publication date both sides are resolved to calendar days and compared, without
    one the forms are compared (a weekday with a weekday, a day of a month with a day of a
    month, "yesterday" with "أمس"). A weekday or month inside a name is compared too: "The
    Saturday Times" for "صنداي تايمز", "Theresa June" for "تيريزا ماي" (the Arabic spellings
    of English weekday and month names are the table ``tqcheck/data/calendar_names.tsv``).

    Bad:
        source: وصل الوفد أمس الأربعاء إلى العاصمة.
        target: The delegation arrived in the capital on Tuesday.

    Good:
        source: وصل الوفد أمس الأربعاء إلى العاصمة.
        target: The delegation arrived in the capital yesterday, Wednesday.
    """

    code = "TQ704"
    name = "source-date-mismatch"
    category = Category.SOURCE
    severity = Severity.ERROR
    summary = "A date differs from the source (another day, month or weekday)"
    fix = "unsafe"

    def check(self, document: Document) -> Iterator[Finding]:
        groups = translated_groups(document)
        if not groups:  # a monolingual check never loads the comparison (issue 13: cold start)
            return
        from tqcheck.bilingual.facts_compare import compare_dates

        for group in groups:
            mismatches = compare_dates(
                group.source_text, group.target_text(document), document.published
            )
            yield from report_mismatches(self, document, group, mismatches)
