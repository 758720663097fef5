from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule


class UnusedSuppression(Rule):
    """A suppression comment, or a code in one, that silenced no finding in this run.

    A ``<!-- tqcheck: ignore ... -->``, ``disable`` or ``ignore-file`` comment outlives the
    problem it was written for: the text is fixed, or a rule no longer fires there. Left in
    place, it silences the next real problem in those lines. The rule reports the comment (or
    the codes in it) that silenced nothing, with the lines it covers; the fix removes the unused
    codes, or the whole comment when none is used. A code is judged only when its rules ran:
    a comment for the semantic rules is not reported by a ``--no-semantic`` run, nor a
    comment that names every rule unless every default rule ran. Enable it with the other
    rules, e.g. ``extend-select = ["TQ901"]``; ``--select TQ901`` alone judges nothing.

    Bad:
        <!-- tqcheck: ignore TQ201 -->
        The minister visited the town on Monday.

    Good:
        <!-- tqcheck: ignore TQ201 -->
        The the minister visited the town on Monday.
    """

    code = "TQ901"
    name = "unused-suppression"
    category = Category.META
    severity = Severity.WARNING
    summary = "Suppression comment, or a code in it, that silenced no finding"
    fix = "safe"
    default_enabled = False
    reads_suppressions = True
    # The rules tests/test_rule_docs.py runs beside this one on its examples.
    examples_select = ("TQ201",)

    def check(self, document: Document) -> Iterator[Finding]:
        from tqcheck.rules.registry import all_rules

        every = frozenset(rule.code for rule in all_rules()) - {self.code}
        default = frozenset(rule.code for rule in all_rules() if rule.default_enabled)
        ran = self.ran - {self.code}

        def judged(named: frozenset[str]) -> bool:
            """The rules it names ran (those on by default, all of them), so that 'silenced
            nothing' is a fact of this run and not of a narrower selection."""
            return bool(named & ran) and (named & default) <= ran

        for use in self.suppressions:
            directive = use.directive
            used = use.suppressed - {self.code}
            where = _lines(use.first_line, use.last_line, directive.verb)
            if not directive.selectors:
                if judged(every) and not used:
                    yield self.finding(
                        document,
                        directive.start,
                        directive.end,
                        f"Unused suppression: it silences every rule, and no finding fell in "
                        f"{where}; remove it.",
                        suggestion="",
                    )
                continue
            unused = [
                selector
                for selector in directive.selectors
                if judged(selector[3] - {self.code}) and not (selector[3] & used)
            ]
            if not unused:
                continue
            names = _joined([text for text, *_ in unused])
            if len(unused) == len(directive.selectors):
                yield self.finding(
                    document,
                    directive.start,
                    directive.end,
                    f"Unused suppression: no {names} finding in {where}; the comment silences "
                    "nothing"
                    + (
                        " (remove the enable comment that closes it too)."
                        if use.paired_by_codes
                        else "."
                    ),
                    suggestion="",
                )
                continue
            kept = [selector[0] for selector in directive.selectors if selector not in unused]
            message = f"Unused code{'s' if len(unused) > 1 else ''} in suppression: no {names} "
            if use.paired_by_codes:
                yield self.finding(
                    document,
                    directive.start,
                    directive.end,
                    message + f"finding in {where}; remove {names.replace(' or ', ' and ')} here "
                    "and from the enable comment that closes this one (the two must name the same "
                    "codes).",
                )
                continue
            comment = document.text[directive.start : directive.end]
            first, last = directive.selectors[0], directive.selectors[-1]
            separator = (
                document.text[first[2] : directive.selectors[1][1]]
                if len(directive.selectors) > 1
                else " "
            )
            suggestion = (
                comment[: first[1] - directive.start]
                + separator.join(kept)
                + comment[last[2] - directive.start :]
            )
            yield self.finding(
                document,
                directive.start,
                directive.end,
                message + f"finding in {where} ({_joined(kept, 'and')} kept).",
                suggestion=suggestion,
            )


def _lines(first: int, last: int, verb: str) -> str:
    if verb == "ignore-file":
        return "the file"
    return f"line {first}" if first == last else f"lines {first}-{last}"


def _joined(items: list[str], word: str = "or") -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"
