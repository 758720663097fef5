from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from tqcheck.document.model import Document
from tqcheck.facts.analysis import document_facts
from tqcheck.facts.quantities import Quantity
from tqcheck.findings import Category, Finding, Severity
from tqcheck.lexicon import word_list
from tqcheck.rules.base import Rule


class SharesOverWhole(Rule):
    """Shares of one whole that add up to more than 100%.

    "62% voted in favour and 45% voted against" cannot both be true of one electorate: 62 +
    45 = 107%. The percentages of one sentence are summed when the sentence divides one whole
    (votes, seats, respondents, a population or a budget: ``tqcheck/data/share_cues.txt``) and
    says nothing of change or rates ("rose 40 percent", "inflation": ``change_cues.txt``).
    Rounding is allowed: each share may be up to half a point high. Groups that overlap
    ("70% own a phone and 65% a radio") carry no such cue and are not summed, nor are shares
    of different years ("56.7% in 2018, 53.3% in 2020") or of different wholes ("38.7% of
    deans, 44.6% of vice deans"). Two shares written as a range ("60% to 50%", "60-50%",
    "50 or 60 percent") are one uncertain share, and the larger end is what is summed.

    Bad:
        In the referendum, 62% voted in favour and 45% voted against.

    Good:
        In the referendum, 62% voted in favour and 38% voted against.
    """

    code = "TQ404"
    name = "shares-over-whole"
    category = Category.NUMBER
    severity = Severity.WARNING
    summary = 'Shares of one whole add up to more than 100% ("62% for, 45% against")'

    def check(self, document: Document) -> Iterator[Finding]:
        by_sentence: dict[int, list[Quantity]] = {}
        for quantity in document_facts(document).quantities:
            if (
                quantity.kind == "percent"
                and quantity.value is not None
                and quantity.qualifier in ("exact", "approx")
                and 0 < quantity.value <= 100
            ):
                by_sentence.setdefault(quantity.sentence_index, []).append(quantity)
        sentences = document.sentences()
        for index, shares in by_sentence.items():
            if len(shares) < 2 or not 0 <= index < len(sentences):
                continue
            sentence = sentences[index]
            text = document.plain[sentence.start : sentence.end]
            if not _cues("share_cues").search(text) or _cues("change_cues").search(text):
                continue
            if len(set(_YEAR.findall(text))) > 1:
                continue  # "56.7% in 2018, 53.3% in 2020": one whole per year
            wholes = {
                " ".join(m.group(1).lower().split())
                for q in shares
                if (m := _OF_WHOLE.match(text, max(q.end, q.head_end) - sentence.start))
            }
            if len(wholes) > 1:
                continue  # "38.7% of deans, 44.6% of vice deans": shares of different wholes
            shares = _ranges_merged(shares, document.plain)
            if len(shares) < 2:
                continue
            total = sum(q.value or 0.0 for q in shares)
            if total <= 100 + 0.5 * len(shares):
                continue
            summed = " + ".join(f"{q.display()}%" for q in shares)
            yield self.finding(
                document,
                shares[-1].start,
                shares[-1].end,
                f"{summed} = {total:g}%, more than the whole; shares of one whole add up to "
                "at most 100%: check the source for a changed number",
            )


def _ranges_merged(shares: list[Quantity], text: str) -> list[Quantity]:
    """The shares with each range ("60% to 50%", "60-50%", "60— 50%") kept as its larger end."""
    merged: list[Quantity] = []
    for share in sorted(shares, key=lambda q: q.start):
        if merged and _RANGE_GAP.fullmatch(text[merged[-1].end : share.start]):
            if (share.value or 0.0) > (merged[-1].value or 0.0):
                merged[-1] = share
            continue
        merged.append(share)
    return merged


_RANGE_GAP = re.compile(r"\s*(?:%|per\s?cent)?\s*(?:to|or|-|–|—|/)?\s*(?:about\s+)?", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+|all\s+)?((?:[\w'’-]+\s+){0,2}?[\w'’-]+?)\b(?=[\s,.;]|$)")


@cache
def _cues(name: str) -> re.Pattern[str]:
    words = sorted(word_list(name), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)
