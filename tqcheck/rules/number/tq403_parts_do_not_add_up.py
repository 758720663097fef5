from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.facts.analysis import document_facts
from tqcheck.facts.breakdowns import bounds, find_breakdowns, find_carried_breakdown
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule


class PartsDoNotAddUp(Rule):
    """A total and the parts the same sentence breaks it into do not add up.

    "Nine people were killed: three police officers and four passers-by" says 3 + 4 = 7, not
    9: a part was dropped or a number changed in translation. The parts are the counts after a
    colon, a dash, "comprised", "were" ("the 46 victims were 30 Iraqis, ...") or an apposition
    ("15 people, 8 women and 5 children"); after
    "including", "of whom" or "Of the 50 detainees, ..." they may name only some, so only a sum
    larger than the total is reported. "About" and "more than" widen the total as they say.
    Which number is wrong is for the editor to find in the source, so no fix is offered.

    Bad:
        Nine people were killed: three police officers and four passers-by.

    Good:
        Seven people were killed: three police officers and four passers-by.
    """

    code = "TQ403"
    name = "parts-do-not-add-up"
    category = Category.NUMBER
    severity = Severity.WARNING
    summary = 'Parts do not add up to the stated total ("nine killed: three ... and four ...")'

    def check(self, document: Document) -> Iterator[Finding]:
        sentences = document.sentences()
        by_sentence = document_facts(document).quantities_by_sentence()
        for index, quantities in by_sentence.items():
            if not 0 <= index < len(sentences):
                continue
            sentence = sentences[index]
            text = document.plain[sentence.start : sentence.end]
            found = find_breakdowns(text, sentence.start, quantities) if len(quantities) > 2 else []
            carried = find_carried_breakdown(
                text, sentence.start, quantities, by_sentence.get(index - 1, [])
            )
            if carried is not None:
                found.append(carried)
            for breakdown in found:
                total = breakdown.total
                low, high = bounds(breakdown.parts)
                t_low = total.low if total.low is not None else total.value or 0.0
                t_high = total.high if total.high is not None else total.value or 0.0
                if low <= t_high and (breakdown.partial or high >= t_low):
                    continue
                summed = " + ".join(part.display() for part in breakdown.parts)
                value = f"{low:,.0f}" if low == high else f"{low:,.0f}-{high:,.0f}"
                thing = f"{total.text.strip()} {total.head_text}"
                if breakdown.partial:
                    message = f"{summed} = {value}, more than the total, {thing}"
                else:
                    message = f"{summed} = {value}, not {total.display()} ({thing})"
                yield self.finding(
                    document,
                    total.start,
                    total.end,
                    message + "; check the source for a dropped or changed number",
                )
