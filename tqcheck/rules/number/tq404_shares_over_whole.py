from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.facts.analysis import document_facts
from tqcheck.facts.fractions import find_fractions
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
    "50 or 60 percent") are one uncertain share, and the larger end is what is summed. A
    fraction is a share too ("half of the respondents ..., 35% ... and 20% ..."); a turnout is a
    share of another whole and is not summed (``separate_share_words.txt``).

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
            if not shares or not 0 <= index < len(sentences):
                continue
            sentence = sentences[index]
            text = document.plain[sentence.start : sentence.end]
            # "Germany (28%) and Italy (25%)": shares listed by name divide one whole
            listed = len(_NAMED_SHARE.findall(text)) >= 2
            if not (_cues("share_cues").search(text) or listed) or _cues("change_cues").search(
                text
            ):
                continue
            if _cues("overlap_share_cues").search(text):
                continue  # "64% read news on Facebook and 51% watched television": overlap
            if len(set(_YEAR.findall(text))) > 1:
                continue  # "56.7% in 2018, 53.3% in 2020": one whole per year
            wholes = {
                " ".join(m.group(1).lower().split())
                for q in shares
                if (m := _OF_WHOLE.match(text, max(q.end, q.head_end) - sentence.start))
            }
            if len(wholes) > 1:
                continue  # "38.7% of deans, 44.6% of vice deans": shares of different wholes
            shares = [q for q in shares if not _separate(document.plain, q)]
            shares = _ranges_merged(shares, document.plain)
            fractions = [
                f
                for f in find_fractions(text)
                if f.qualifier in ("exact", "approx")
                and not any(q.start <= sentence.start + f.start < q.end for q in shares)
                and not _OF_PART.match(text, f.end)  # "half of them": a share of a share
            ]
            if len(shares) + len(fractions) < 2 or not shares:
                continue
            parts = [(q.start, q.end, q.value or 0.0, f"{q.display()}%") for q in shares]
            # "about three-quarters": counted 5 points low, the most "about" can take off
            parts += [
                (
                    sentence.start + f.start,
                    sentence.start + f.end,
                    100 * f.value - (5.0 if f.qualifier == "approx" else 0.0),
                    f.text,
                )
                for f in fractions
            ]
            parts.sort()
            total = sum(value for _, _, value, _ in parts)
            if total <= 100 + 0.5 * len(parts) + (1.0 if fractions else 0.0):
                continue
            summed = " + ".join(shown for _, _, _, shown in parts)
            total_shown = f"{total:.0f}" if fractions else f"{total:g}"
            yield self.finding(
                document,
                parts[-1][0],
                parts[-1][1],
                f"{summed} = {total_shown}%, more than the whole; shares of one whole add up to "
                "at most 100%: check the source for a changed number",
            )


def _separate(text: str, share: Quantity) -> bool:
    """A percentage named as a share of another whole ("turnout at 87%", "87% turnout")."""
    before = text[max(0, share.start - 30) : share.start]
    after = text[share.end : share.end + 20]
    return bool(_cues("separate_share_words").search(before.split(",")[-1])) or bool(
        re.match(rf"\s*(?:{_cues('separate_share_words').pattern})", after, re.IGNORECASE)
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


_NAMED_SHARE = patterns.compile(r"[A-Z][\w'’-]*\s+\(\s*\d+(?:\.\d+)?\s?(?:%|per\s?cent)\s*\)")
# "half of them" is a share of a share; "half of those surveyed" is a share of the whole
_OF_PART = patterns.compile(
    r"\s+of\s+(?:them|those|these|whom|which|it)\b"
    r"(?!\s+(?:surveyed|polled|asked|questioned|interviewed|who\s+voted))",
    re.IGNORECASE,
)
_RANGE_GAP = patterns.compile(
    r"\s*(?:%|per\s?cent)?\s*(?:to|or|-|–|—|/)?\s*(?:about\s+)?", re.IGNORECASE
)
_YEAR = patterns.compile(r"\b(?:19|20)\d\d\b")
_OF_WHOLE = patterns.compile(
    r"\s+of\s+(?:the\s+|all\s+)?((?:[\w'’-]+\s+){0,2}?[\w'’-]+?)\b(?=[\s,.;]|$)"
)


@cache
def _cues(name: str) -> re.Pattern[str]:
    words = sorted(word_list(name), key=patterns.longest_first)
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    # compiled as usual: the set's order, which differs between processes, orders its words
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)
