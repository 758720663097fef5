from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.facts.analysis import document_facts
from tqcheck.facts.fractions import Fraction, find_fractions
from tqcheck.facts.quantities import Quantity
from tqcheck.findings import Category, Finding, Severity
from tqcheck.lexicon import word_list
from tqcheck.rules.base import Rule


class ShareAgainstCount(Rule):
    """A share that its own count and whole do not give.

    "89 of the 150 seats, or 69 percent" says one thing twice, and 89 / 150 is 59%; "half of
    the 120 lawmakers, 48" says 48 is half of 120. A count of a whole ("N of the M ...", "N of
    the town's M ...") next to a percentage ("..., or P%", "(P%)", "P%, with N of the M ...")
    or a fraction of the whole with the count in apposition ("a third of the 90 deputies, 45,")
    is reported when the ratio is off by more than rounding allows: 1.5 points for an exact
    percentage, 5 points for a fraction, 5 points or 15% of the share for an approximate
    number ("about", "some"), and "nearly half" or "more than a third" only on the side they
    exclude. Sentences about change ("rose", "up from": ``tqcheck/data/change_cues.txt``) are
    not read. Which number changed is for the source to say, so no fix is offered.

    Bad:
        The ruling party won 89 of the 150 seats, or 69 percent of the chamber.

    Good:
        The ruling party won 89 of the 150 seats, or 59 percent of the chamber.
    """

    code = "TQ405"
    name = "share-against-count"
    category = Category.NUMBER
    severity = Severity.WARNING
    summary = 'A share its own count and whole do not give ("89 of the 150 seats, or 69%")'

    def check(self, document: Document) -> Iterator[Finding]:
        sentences = document.sentences()
        for index, quantities in document_facts(document).quantities_by_sentence().items():
            if not 0 <= index < len(sentences):
                continue
            start = sentences[index].start
            text = document.plain[start : sentences[index].end]
            if _change_cues().search(text):
                continue
            claim = _claim(text, start, quantities)
            if claim is None:
                continue
            actual = 100 * claim.part / claim.whole
            if not _off(actual, claim):
                continue
            yield self.finding(
                document,
                claim.start,
                claim.end,
                f"{claim.part_text} of {claim.whole_text} is {actual:.0f}%, not "
                f"{claim.share_text}; check the source for a changed number",
            )


@dataclass(frozen=True, slots=True)
class _Claim:
    part: float
    whole: float
    share: float  # in percent
    qualifier: str  # exact, approx, below, above
    part_text: str
    whole_text: str
    share_text: str
    start: int  # document offsets of the share as written
    end: int


_OF_WHOLE = patterns.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+|a\s+total\s+of\s+|[A-Za-z-]+['’]s?\s+){0,2}",
    re.IGNORECASE,
)
# Between a count of a whole and the share that restates it: "..., or 69%", " (24%)".
_SHARE_AFTER = patterns.compile(
    r"[^.;:,()—–]{0,40}?(?:,\s*|\s*\(\s*|\s*[—–]\s*)(?:or\s+|that\s+is\s+|representing\s+|"
    r"equal\s+to\s+|amounting\s+to\s+)?$",
    re.IGNORECASE,
)
# Between a share and the count of a whole that follows: "41 percent, with 3.6 million of".
_COUNT_AFTER = patterns.compile(
    r"\s*,\s*(?:with|as|after|when)\s+(?:some\s+|about\s+)?$", re.IGNORECASE
)
# Between a fraction's whole and the count in apposition: "half of the 120 lawmakers — 48 —".
_APPOSITION = patterns.compile(r"[^.;:,()—–\d]{0,40}?(?:,\s*|\s*\(\s*|\s*[—–]\s*)(?:or\s+)?$")
_APPOSITION_END = patterns.compile(r"\s*(?:,|\)|[—–])")


def _claim(text: str, offset: int, quantities: list[Quantity]) -> _Claim | None:
    """The one share of a count of a whole that ``text`` (one sentence) states, if any."""
    numbers = [q for q in quantities if q.value is not None and q.qualifier != "range"]
    cardinals = [q for q in numbers if q.kind == "cardinal"]
    percents = [q for q in numbers if q.kind == "percent" and 0 < (q.value or 0) <= 100]
    fractions = [
        f
        for f in find_fractions(text)
        if not any(q.start - offset <= f.start < q.end - offset for q in percents)
    ]
    if len(percents) + len(fractions) != 1:
        return None  # no share, or two: which goes with which count is unclear
    claims: list[_Claim] = []
    for part, whole in pairwise(cardinals):
        gap = text[part.end - offset : whole.start - offset]
        if not _OF_WHOLE.fullmatch(gap) or not 0 < (part.value or 0) <= (whole.value or 0):
            continue
        if part.text.strip().lower() in ("one", "1"):
            continue  # "one of the 10 biggest companies": a member, not a count of a whole
        whole_end = max(whole.end, whole.head_end) - offset
        for share in percents:
            before_share = text[whole_end : share.start - offset]
            after_share = text[share.end - offset : part.start - offset]
            if (share.start > whole.end and _SHARE_AFTER.fullmatch(before_share)) or (
                share.end <= part.start and _COUNT_AFTER.fullmatch(after_share)
            ):
                claims.append(_percent_claim(part, whole, share, text, offset))
    for fraction in fractions:
        match = _OF_WHOLE.match(text, fraction.end)
        if match is None:
            continue
        whole = next((q for q in cardinals if q.start - offset == match.end()), None)
        if whole is None or not whole.value:
            continue
        whole_end = max(whole.end, whole.head_end) - offset
        for part in cardinals:
            if part.start - offset < whole_end:
                continue
            if _APPOSITION.fullmatch(text, whole_end, part.start - offset) and (
                _APPOSITION_END.match(text, max(part.end, part.head_end) - offset)
            ):
                claims.append(_fraction_claim(part, whole, fraction, text, offset))
            break
    if len(claims) != 1:
        return None  # two counts of a whole: which goes with the share is unclear
    return claims[0]


def _percent_claim(
    part: Quantity, whole: Quantity, share: Quantity, text: str, offset: int
) -> _Claim:
    qualifier = "approx" if "approx" in (part.qualifier, whole.qualifier, share.qualifier) else ""
    if not qualifier:
        qualifier = {"min": "above", "max": "below"}.get(share.qualifier, "exact")
    return _Claim(
        part=part.value or 0.0,
        whole=whole.value or 1.0,
        share=share.value or 0.0,
        qualifier=qualifier,
        part_text=part.display(),
        whole_text=_whole_text(whole, text, offset),
        share_text=share.text,
        start=share.start,
        end=share.end,
    )


def _fraction_claim(
    part: Quantity, whole: Quantity, fraction: Fraction, text: str, offset: int
) -> _Claim:
    qualifier = fraction.qualifier
    if qualifier == "exact":
        qualifier = "fraction"
    return _Claim(
        part=part.value or 0.0,
        whole=whole.value or 1.0,
        share=100 * fraction.value,
        qualifier=qualifier,
        part_text=part.display(),
        whole_text=_whole_text(whole, text, offset),
        share_text=f"'{fraction.text}' ({100 * fraction.value:.0f}%)",
        start=offset + fraction.start,
        end=offset + fraction.end,
    )


def _whole_text(whole: Quantity, text: str, offset: int) -> str:
    return text[whole.start - offset : max(whole.end, whole.head_end) - offset]


def _off(actual: float, claim: _Claim) -> bool:
    """True when ``actual`` (percent) cannot be the share as written."""
    slack = {"exact": 1.5, "fraction": 5.0}.get(claim.qualifier, max(5.0, 0.15 * claim.share))
    if claim.qualifier == "below":
        return actual > claim.share + 1.0 or actual < claim.share - slack
    if claim.qualifier == "above":
        return actual < claim.share - 1.0 or actual > claim.share + 2 * slack
    return abs(actual - claim.share) > slack


@cache
def _change_cues() -> re.Pattern[str]:
    words = sorted(word_list("change_cues"), key=patterns.longest_first)
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    # longest first, ties alphabetical: one text whatever the set's order, kept compiled
    return patterns.compile(rf"\b(?:{alternation}|up\s+from|down\s+from)\b", re.IGNORECASE)
