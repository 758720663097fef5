from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.facts.changes import Change, find_changes
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule


class ChangeAgainstValues(Rule):
    """A change whose stated size its own two values do not give.

    "Rose from 85,000 to 110,000, a rise of 35,000": 110,000 - 85,000 is 25,000. The sentence
    names the old and the new value ("from A to B", "to B from A") and the change itself, as a
    difference ("a rise of 35,000", "up 1.2 million", "a fall of 2.3 points"), as a percentage
    of the old value ("fell 20% to $8 million from $12 million": 33%) or as a factor
    ("doubled", "tripled", "halved"). A difference of two percentages must be in points; "rose
    10 percent" between two percentages may be relative and is not read. Rounding of the
    written values is allowed, as are 5% of the change (15% after "about" or "nearly") and
    "more than doubled" on its side. Which number changed is for the source to say.

    Bad:
        The number of displaced people rose from 85,000 to 110,000, a rise of 35,000.

    Good:
        The number of displaced people rose from 85,000 to 110,000, a rise of 25,000.
    """

    code = "TQ406"
    name = "change-against-values"
    category = Category.NUMBER
    severity = Severity.WARNING
    summary = 'A change its own two values do not give ("from 85,000 to 110,000, a rise of 35,000")'

    def check(self, document: Document) -> Iterator[Finding]:
        for sentence in document.sentences():
            text = document.plain[sentence.start : sentence.end]
            if "from" not in text.lower():
                continue
            for change in find_changes(text):
                problem = _problem(change)
                if problem is None:
                    continue
                start, end, message = problem
                yield self.finding(
                    document,
                    sentence.start + start,
                    sentence.start + end,
                    message + "; check the source for a changed number",
                )


def _problem(change: Change) -> tuple[int, int, str] | None:
    old, new = change.old, change.new
    values = f"{old.text} to {new.text}"
    if change.factor is not None:
        ratio = new.value / old.value
        word = change.factor_word.lower()
        low, high = change.factor * 0.93, change.factor * 1.07
        if word.startswith(("more than", "over")):
            low, high = change.factor * 0.98, float("inf")
        elif word.startswith(("nearly", "almost", "roughly", "about")):
            low, high = change.factor * 0.8, change.factor * 1.02
        if low <= ratio <= high:
            return None
        return (
            change.factor_start,
            change.factor_end,
            f"'{change.factor_word}' but {values} is {ratio:.2g} times the old value",
        )
    amount = change.amount
    if amount is None:
        return None
    slack = 0.15 if amount.qualifier == "approx" else 0.05
    if amount.percent and not amount.points:
        if old.percent:
            return None  # "rose 10 percent" from one percentage to another: maybe relative
        actual = 100 * abs(new.value - old.value) / old.value
        worst = 100 * (abs(new.value - old.value) + old.half_unit + new.half_unit) / old.value
        best = 100 * max(0.0, abs(new.value - old.value) - old.half_unit - new.half_unit)
        best /= old.value
        tolerance = max(1.0, slack * amount.value) + amount.half_unit
        what = f"a change of {actual:.1f}%"
    else:
        if old.percent != amount.points:
            return None  # points between percentages, plain amounts between plain values
        actual = abs(new.value - old.value)
        worst = actual + old.half_unit + new.half_unit
        best = max(0.0, actual - old.half_unit - new.half_unit)
        tolerance = slack * max(amount.value, actual) + amount.half_unit
        unit = " points" if amount.points else ""
        what = f"a difference of {_display(actual)}{unit}"
    if amount.qualifier == "min":
        wrong = worst < amount.value - tolerance
    elif amount.qualifier == "max":
        wrong = best > amount.value + tolerance
    else:
        wrong = worst < amount.value - tolerance or best > amount.value + tolerance
    if not wrong:
        return None
    return amount.start, amount.end, f"'{amount.text}' but {values} is {what}"


def _display(value: float) -> str:
    if value >= 1e9 and value % 1e7 == 0:
        return f"{value / 1e9:g} billion"
    if value >= 1e6 and value % 1e4 == 0:
        return f"{value / 1e6:g} million"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")
