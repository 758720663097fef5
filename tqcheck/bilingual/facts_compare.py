"""Numbers and dates of an Arabic source against its English translation.

Both sides are read into the same objects (:mod:`tqcheck.arabic.numbers` and
:mod:`tqcheck.arabic.dates` for the Arabic, :mod:`tqcheck.facts.quantities` and
:mod:`tqcheck.facts.dates` for the English) and matched by value, as a multiset, with the
equivalences a professional translator uses: "ثماني" is "8", "ألف" is "a thousand", "2.5
million" is "2,500,000", a range matches its two ends, a value written twice on one side may be
written once on the other.

Only *firm* numbers make findings: cardinals of 2 or more, percentages and years. *Soft* ones
match when they can and are never reported alone, because a faithful translation often writes
them another way: ordinals ("الحرب العالمية الثانية" is "World War II"), one ("جندي" is "a
soldier"), a dual ("يومين", "مرتين" is "twice"), vague amounts ("عشرات"), the numbers inside a
date or a clock time (the dates are compared as dates), Hijri years, decades. An unmatched firm
number is reported against the unmatched firm number of the other side that most looks like
the same one ("330 ألف" against "33,000"), or alone, as omitted or added. Soft numbers in
digits left over on both sides are reported when they are written alike but for one digit
(the sides of a score, "2-1" against "3-1"). Some kinds are compared only among themselves,
when both sides write one: ordinals, decades ("العشرينيات" and "30s"), fractions ("ثلثها"
and "one-fourth"), clock times in digits or words ("الساعة العاشرة والنصف" and "half past
eleven"), codes of letters and digits ("H5N1" and "H5N2").

Dates are compared by what both sides say: with a publication date, the day they resolve to;
without one, the weekday, the day and month, the year, the month, the day offset ("أمس" and
"yesterday"). Only a contradiction is reported; a date one side leaves out is not.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from tqcheck.arabic import dates as arabic_dates
from tqcheck.arabic import numbers as arabic_numbers
from tqcheck.arabic.text import Token, tokenize
from tqcheck.facts import dates as english_dates
from tqcheck.facts import quantities as english_numbers
from tqcheck.facts.dates import MONTH_NAMES, WEEKDAY_NAMES, DateMention, describe_day, resolve
from tqcheck.facts.quantities import ORDINAL_WORDS, Quantity
from tqcheck.patterns import longest_first


@dataclass(frozen=True, slots=True)
class FactMismatch:
    """A number or date that the source and the target state differently."""

    kind: str  # "number" or "date"
    source_span: tuple[int, int] | None  # offsets in the source string given (None: nothing)
    target_span: tuple[int, int] | None  # offsets in the target string given (None: nothing)
    source_text: str  # as written in the source ("" if none)
    target_text: str  # as written in the target ("" if none)
    message: str  # one line an editor understands, with the evidence
    suggestion: str | None = None  # a replacement for the target span when it is obvious


# -- numbers ------------------------------------------------------------------------------------

# Date kinds whose numbers are compared as dates, not as numbers.
_DAY_KINDS = frozenset(
    ["absolute", "month_day", "relative_day", "weekday", "ago", "later", "counter", "month_year"]
)
_ENGLISH_TIME = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o['’]clock|GMT|UTC|BST)(?!\w)"
    r"|\b\d{4}\s*(?:GMT|UTC|BST|hrs|hours\s+local)\b"
    r"|\b\d{1,2}:\d{2}\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b",
    re.IGNORECASE,
)
# Words that state a number the English reader does not read, as soft values.
_ENGLISH_SOFT = {
    "twice": 2.0,
    "both": 2.0,
    "double": 2.0,
    "doubled": 2.0,
    "pair": 2.0,
    "couple": 2.0,
    "dual": 2.0,
    "twin": 2.0,
    "twins": 2.0,
    "thrice": 3.0,
    "triple": 3.0,
    "tripled": 3.0,
    "half": 0.5,
    "quarter": 0.25,
    "decade": 10.0,
    "decades": 10.0,
    "century": 100.0,
    "fortnight": 14.0,
    "dozen": 12.0,
    "hundreds": 100.0,
    "thousands": 1000.0,
    "millions": 1e6,
    # plural number words and shapes: "11 fours" (cricket), "an octagonal church"
    "twos": 2.0,
    "threes": 3.0,
    "fours": 4.0,
    "fives": 5.0,
    "sixes": 6.0,
    "sevens": 7.0,
    "eights": 8.0,
    "nines": 9.0,
    "triangular": 3.0,
    "pentagonal": 5.0,
    "hexagonal": 6.0,
    "octagonal": 8.0,
    "trio": 3.0,
    "quartet": 4.0,
    "quintet": 5.0,
}
_ARABIC_SOFT = {
    "كلا": 2.0,
    "كلتا": 2.0,
    "ضعف": 2.0,
    "ضعفي": 2.0,
    "ربع": 0.25,
    "نصف": 0.5,
    "ثلث": 1 / 3,
    "عقد": 10.0,
    "قرن": 100.0,
    "دزينه": 12.0,
    "دسته": 12.0,
    "مره": 1.0,
}
_NISBA_STEMS = {
    "ثنا": 2.0,
    "ثلاث": 3.0,
    "رباع": 4.0,
    "خماس": 5.0,
    "سداس": 6.0,
    "سباع": 7.0,
    "ثمان": 8.0,
    "تساع": 9.0,
    "عشار": 10.0,
}
# "ثلاثي" (three-fold), "رباعية" (quartet), "سباعيات" (sevens), "ثنائي" (dual).
_NISBA = re.compile(rf"({'|'.join(_NISBA_STEMS)})(?:يي|ي)(?:ه|ات)?")
_DUAL_ENDINGS = ("ان", "ين", "اهما", "يهما", "تي")
_PHONE_BEFORE = re.compile(r"(?:الرقم|رقم|هاتف|call|phone|number|tel\.?|on)\s*[:+]?\s*$", re.I)
_PRONOUNS = ("هما", "هم", "ها", "ه")
_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .,'’&:%-]*[A-Za-z0-9%]")
_GLUED_SCALES = {
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "billion": 1e9,
    "k": 1e3,
    "thousand": 1e3,
    "trillion": 1e12,
    "tn": 1e12,
}
_ENGLISH_LOOSE_NUMBER = re.compile(
    r"\d+(?:[.,]\d+)*|\b(?:"
    + "|".join([*english_numbers.NUMBER_WORDS[2:], *english_numbers.TENS, *_ENGLISH_SOFT])
    + r")\b",
    re.IGNORECASE,
)
_ENGLISH_JARGON = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|twelve)(?:balls?|somes?|fold)\b",
    re.IGNORECASE,
)
_RANGE_SCALE = re.compile(
    r"(?:\s*(?:-|–|to|and)\s*\d[\d.,]*)?\s*(million|billion|trillion|thousand)\b", re.I
)
_MAX_PAIRINGS = 40_000
_SCALE_WORDS = re.compile(r"million|billion|trillion|مليون|مليار|ملايين|مليارات|بليون", re.I)


@dataclass(slots=True)
class _Item:
    """One value a side states, ready for matching."""

    value: float
    kind: str  # cardinal, ordinal, percent, year, decade, vague, soft
    firm: bool
    start: int
    end: int
    text: str
    alternatives: tuple[float, ...] = ()
    quantity: Quantity | None = None
    matched: bool = field(default=False)
    dated: bool = False  # inside a date or a clock time
    weak: bool = False  # a guess from the word's shape (a dual ending): matched last
    partner: _Item | None = None  # the item of the other side it was paired with by value

    def values(self) -> tuple[float, ...]:
        return (self.value, *self.alternatives)


def compare_numbers(source: str, target: str) -> list[FactMismatch]:
    """Numbers the Arabic ``source`` and the English ``target`` state differently."""
    return list(_compare_numbers(source, target))


# A translation memory repeats segments: a pair is compared once (the findings are frozen).
@lru_cache(maxsize=4096)
def _compare_numbers(source: str, target: str) -> tuple[FactMismatch, ...]:
    source_items = _arabic_items(source)
    target_items = _english_items(target)
    if _DOTTED_TIME.search(target):
        _dotted_clock_times(source, target_items)
    _match(source_items, target_items, len(source), len(target))
    _names_spelled_as_numbers(source_items, target)
    findings = _number_findings(source_items, target_items)
    findings += _ordinal_findings(source_items, target_items)
    findings += _decade_findings(source_items, target, source)
    findings += _fraction_findings(source_items, target_items)
    findings += _score_findings(source, target, source_items, findings)
    findings += _draw_findings(source, target, findings)
    findings += compare_clock_times(source, target)
    findings += _impossible_day_findings(source, target, findings, target_items)
    codes = compare_codes(source, target)
    if codes:  # "H5N2" for "H5N1" said once, as a code, not as "2" for "1"
        spans = _Spans([code.target_span for code in codes if code.target_span is not None])
        findings = [f for f in findings if not f.target_span or not spans.overlaps(*f.target_span)]
    return tuple(findings + codes)


# -- days of the month the calendar does not have -----------------------------------------------

_ENGLISH_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
# "36th November", "the 40th of September", "May 32nd": a day in digits past 31 beside a month
# name, which no date reader takes as a date (a day of 1 to 31 is read as a date, valid or not).
_ENGLISH_IMPOSSIBLE_DAY = re.compile(
    rf"(?<![\d.,])(?P<d1>3[2-9]|[4-9]\d|0)(?P<s1>st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<m1>{_ENGLISH_MONTHS})\b\.?"
    rf"|\b(?P<m2>{_ENGLISH_MONTHS})\.?\s+(?:the\s+)?(?P<d2>3[2-9]|[4-9]\d|0)(?P<s2>st|nd|rd|th)?"
    rf"(?![\d.,]\d|[:/]\d)\b"
)


def _english_month_number(name: str) -> int:
    key = name[:3].lower()
    return [m[:3].lower() for m in MONTH_NAMES].index(key) + 1


def _impossible_day_findings(
    source: str, target: str, findings: list[FactMismatch], items: list[_Item]
) -> list[FactMismatch]:
    """A day of the month past 31 in the target ("36th November", "May 32nd") against the day
    the source gives for that month ("26 نوفمبر"): no date reader reads it as a date, and as an
    ordinal it is soft, so nothing else compares it. Reported only against a source date of
    the same month whose day is not the one written, and where no source number matched it."""
    if not re.search(r"\d\d|\b0", target) or not _ENGLISH_IMPOSSIBLE_DAY.search(target):
        return []
    taken = _Spans([f.target_span for f in findings if f.target_span is not None])
    days = [
        m
        for m in _arabic_date_mentions(source)
        if m.day is not None and m.month is not None and m.kind in ("absolute", "invalid")
    ]
    found: list[FactMismatch] = []
    for match in _ENGLISH_IMPOSSIBLE_DAY.finditer(target):
        key = "1" if match.group("d1") else "2"
        day_text, suffix = match.group("d" + key), match.group("s" + key) or ""
        month = _english_month_number(match.group("m" + key))
        start = match.start("d" + key)
        end = match.end("s" + key) if suffix else match.end("d" + key)
        if taken.overlaps(start, end) or int(day_text) <= calendar.monthrange(2000, month)[1]:
            continue
        if any(i.partner is not None and i.start < end and start < i.end for i in items):
            continue  # "On 3 March 50 people died": a count the source also gives
        said = next((m for m in days if m.month == month and m.day != int(day_text)), None)
        if said is None:
            continue
        days.remove(said)
        month_name = MONTH_NAMES[month - 1]
        found.append(
            FactMismatch(
                kind="number",
                source_span=(said.start, said.end),
                target_span=(start, end),
                source_text=said.text,
                target_text=target[start:end],
                message=f"the source says {said.text} ({said.day} {month_name}); the target "
                f"says {match.group().strip().rstrip('.')}, a day {month_name} does not have",
                suggestion=_ordinal(said.day) if suffix else str(said.day),
            )
        )
    return found


_DOTTED_TIME = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{2})(?![\d.,]\d)")


def _dotted_clock_times(source: str, target: list[_Item]) -> None:
    """ "at 17.30", a clock time written with a point and nothing after it, is no decimal
    number when the source gives that time ("الساعة 17:30"): compared as a clock time."""
    said = {(hour, minute) for _, _, hour, minute in _arabic_clock(source)}
    if not said:
        return
    for item in target:
        written = _DOTTED_TIME.fullmatch(item.text.strip())
        if item.kind == "year" or written is None:
            continue
        hour, minute = int(written.group(1)), int(written.group(2))
        if hour <= 24 and minute <= 59 and (hour % 12, minute) in said:
            item.firm, item.dated = False, True


# -- codes --------------------------------------------------------------------------------------

# Letters and digits in one word: "H5N1", "F-16", "A380", "G20", "COVID-19", "802.11n".
_LATIN_CODE = re.compile(
    r"(?<![A-Za-z0-9.-])(?=[A-Za-z0-9.-]*\d)(?=[A-Za-z0-9.-]*[A-Za-z])[A-Za-z0-9]+"
    r"(?:[-.][A-Za-z0-9]+)*(?![A-Za-z0-9-])"
)
# Arabic letters glued to digits: "م16" (M16). Not a clitic on a number ("و3", "بـ5", "ال20").
_ARABIC_CODE = re.compile(r"(?<![\u0621-\u064A\d])([\u0621-\u064A]{1,2})ـ?(\d+)(?![\d.,])")
_CLITICS = re.compile(r"[وبلفك]{1,2}|ال|[وبلفك]ال")


def _code_key(code: str) -> tuple[str, str, str]:
    """(folded code, its letters, its digits)."""
    folded = code.casefold().replace("-", "")
    return (
        folded,
        re.sub(r"[^a-z]", "", folded),
        re.sub(r"\D", "", folded),
    )


def compare_codes(source: str, target: str) -> list[FactMismatch]:
    """A code of letters and digits the source writes ("H5N1", "م16") that the target writes
    with other digits ("H5N2", "M26"); a code only one side writes is not reported."""
    from tqcheck.arabic.text import normalize_digits

    plain = normalize_digits(source)
    if not re.search(r"\d", plain) or not re.search(r"\d", target):
        return []
    right = [(m.start(), m.end(), _code_key(m.group())) for m in _LATIN_CODE.finditer(target)]
    if not right:
        return []
    latin = [(m.start(), m.end(), _code_key(m.group())) for m in _LATIN_CODE.finditer(plain)]
    arabic = [
        (m.start(), m.end(), ("", "", m.group(2)))
        for m in _ARABIC_CODE.finditer(plain)
        if not _CLITICS.fullmatch(m.group(1))
    ]
    source_keys = {key[0] for *_, key in latin}
    source_digits = {key[2] for *_, key in (*latin, *arabic)}
    right = [r for r in right if r[2][0] not in source_keys]
    target_keys = {key[0] for *_, key in _target_codes(target)}
    left = [item for item in latin if item[2][0] not in target_keys]
    findings = []
    for s_start, s_end, (_, letters, digits) in left:
        match = next(
            (r for r in right if r[2][1] == letters and _digits_apart(digits, r[2][2])), None
        )
        if match is not None:
            right.remove(match)
            findings.append(_code_finding(source, target, (s_start, s_end), match, True))
    spare = [r for r in right if r[2][2] not in source_digits and len(r[2][1]) <= 2]
    target_digits = {key[2] for *_, key in _target_codes(target)}
    alone = [item for item in arabic if item[2][2] not in target_digits]
    if len(alone) == 1 and len(spare) == 1 and _digits_apart(alone[0][2][2], spare[0][2][2]):
        findings.append(_code_finding(source, target, alone[0][:2], spare[0], False))
    return findings


def _target_codes(target: str) -> list[tuple[int, int, tuple[str, str, str]]]:
    return [(m.start(), m.end(), _code_key(m.group())) for m in _LATIN_CODE.finditer(target)]


def _digits_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and a != b


def _code_finding(
    source: str,
    target: str,
    source_span: tuple[int, int],
    match: tuple[int, int, tuple[str, str, str]],
    latin: bool,
) -> FactMismatch:
    said = source[source_span[0] : source_span[1]]
    written = target[match[0] : match[1]]
    return FactMismatch(
        kind="number",
        source_span=source_span,
        target_span=(match[0], match[1]),
        source_text=said,
        target_text=written,
        message=f"the source writes {said}; the target writes {written}",
        suggestion=said if latin else None,
    )


def _names_spelled_as_numbers(source: list[_Item], target: str) -> None:
    """A number word of the source left over that the target writes as a name ("كريات أربع"
    as "Kiryat Arba", "سبعة" as "Sabaa"): part of a name, not a count."""
    from tqcheck.arabic.names import renders

    names = None
    for item in source:
        if item.matched or not item.firm or re.search(r"[\d٠-٩۰-۹\s]", item.text.strip()):
            continue
        if names is None:
            names = sorted(
                {
                    word
                    for word in re.findall(r"\b[A-Z][a-z]{2,}\b", target)
                    if english_numbers.number_value(word.lower()) is None
                }
            )
            if len(names) > 60:  # text far longer than a sentence: not read
                return
        if any(renders(item.text, name, strict=True) for name in names):
            item.firm = False


# -- scores in words ----------------------------------------------------------------------------

_DIGIT_SCORE = re.compile(r"(?<![\d.,:/-])(\d{1,3})\s*[-–]\s*(\d{1,3})(?![\d,:/-]|\.\d)")
# One goal, point or set: the count of a score written as a noun ("بهدف مقابل لا شيء").
_ONE_NOUNS = frozenset(["هدف", "هدفا", "نقطه", "شوط", "شوطا", "مجموعه", "جوله"])


def _score_side(tokens: list[Token], items: list[_Item]) -> float | None:
    """The count one side of "مقابل" gives, from the tokens nearest it first."""
    if [t.key for t in tokens[:2]] in (["لا", "شيء"], ["لا", "شي"]) or (
        tokens and tokens[0].key in ("صفر", "لاشيء")
    ):
        return 0.0
    for token in tokens:
        number = next(
            (
                item
                for item in items
                if item.kind in ("cardinal", "soft")
                and item.start < token.end
                and token.start < item.end
                and item.value.is_integer()
            ),
            None,
        )
        if number is not None:
            return number.value
        bare = token.key[1:] if token.key[:1] in ("ب", "و") else token.key
        if bare in _ONE_NOUNS:
            return 1.0
    return None


# A score with nothing against: "بهدف نظيف", "بثلاثية نظيفة", "بهدفين دون رد" (folded keys).
_CLEAN_SHEET = re.compile(r"نظيف|دون\s+رد|دون\s+مقابل")
_CLEAN_WORDS = frozenset(["نظيف", "نظيفه", "نظيفا", "نظيفين", "نظيفتين"])


def _clean_sheet_at(tokens: list[Token], index: int) -> int:
    """How many tokens from ``index`` say that the other side scored nothing (0: none), right
    after goals ("بهدفين", "أهداف") or a count of them ("بثلاثية"): "طاقة نظيفة" (clean
    energy) and "تذاكر دون مقابل" (free tickets) are no scores."""
    if index == 0:
        return 0
    key = tokens[index].key
    following = tokens[index + 1].key if index + 1 < len(tokens) else ""
    size = (
        1
        if key in _CLEAN_WORDS
        else 2
        if key in ("دون", "بدون") and following in ("رد", "مقابل")
        else 0
    )
    before = tokens[index - 1].key
    bare = before[1:] if before[:1] in ("ب", "و") else before
    goals = (
        bare.startswith(("هدف", "اهداف"))
        or bare in _ONE_NOUNS
        or _NISBA.fullmatch(bare) is not None
    )
    return size if goals else 0


def _score_findings(
    source: str, target: str, items: list[_Item], findings: list[FactMismatch]
) -> list[FactMismatch]:
    """A score the source gives in words ("بثلاثة أهداف مقابل هدفين") and the target in digits
    ("3-1"), compared as two counts in either order; only one score on each side."""
    if (
        ("مقابل" not in source and not _CLEAN_SHEET.search(source))
        or _DIGIT_SCORE.search(source)
        or not re.search(r"\d", target)
    ):
        return []
    scores = list(_DIGIT_SCORE.finditer(target))
    if len(scores) != 1:
        return []
    tokens = [token for token in _tokens(source) if token.kind != "punct"]
    said = []
    for index, token in enumerate(tokens):
        clean = _clean_sheet_at(tokens, index)
        after_without = index > 0 and _clean_sheet_at(tokens, index - 1) == 2
        if not clean and (token.key != "مقابل" or after_without):
            continue  # the "مقابل" of "دون مقابل" was read with its "دون"
        left = _score_side(tokens[max(0, index - 2) : index][::-1], items)
        if clean:  # "بهدف نظيف", "بثلاثية نظيفة", "بهدفين دون رد": nothing against
            right: float | None = 0.0
            stop = index + clean
        else:
            right = _score_side(tokens[index + 1 : index + 3], items)
            stop = min(len(tokens), index + 3)
        if left is not None and right is not None:
            start = tokens[max(0, index - 2)].start
            said.append((start, tokens[stop - 1].end, left, right))
    if len(said) != 1:
        return []
    start, end, left, right = said[0]
    score = scores[0]
    written = sorted((float(score.group(1)), float(score.group(2))))
    taken = [f.target_span for f in findings if f.target_span is not None]
    if written == sorted((left, right)) or _inside(*score.span(), taken):
        return []
    return [
        FactMismatch(
            kind="number",
            source_span=(start, end),
            target_span=score.span(),
            source_text=source[start:end],
            target_text=score.group(),
            message=f"the source gives the score {int(left)}-{int(right)}; "
            f"the target says {score.group()}",
        )
    ]


# A draw in the source ("التعادل بهدفين", "تعادل الفريقان"); a shoot-out or an aggregate may
# settle a drawn match with an unequal score.
_ARABIC_DRAW = re.compile(
    r"(?<![\u0621-\u064A])(?:[وفب]|ال|[وفب]ال)?تعادل(?:ا|وا|ت|تا|هما)?(?![\u0621-\u064A])"
)
# The target says it was a draw too: "تعادل" is also a balance ("سعر التعادل", break-even).
_ENGLISH_DRAW = re.compile(r"\b(?:draw|drew|drawn|tie|tied|stalemate)\b", re.IGNORECASE)
_SETTLED_OTHERWISE = re.compile(
    r"penalt|shoot-?out|aggregate|away goals|extra time|ترجيح|مجموع|الوقت الإضافي|ذهاب|إياب", re.I
)


def _draw_findings(source: str, target: str, findings: list[FactMismatch]) -> list[FactMismatch]:
    """A draw the source reports ("حتى تحقق التعادل بهدفين") against the one score the target
    gives in digits, with unequal sides, where the target also calls it a draw ("the 3-2
    draw"); the source writes no score in digits."""
    if "تعادل" not in source or not _ENGLISH_DRAW.search(target) or _DIGIT_SCORE.search(source):
        return []
    draws = list(_ARABIC_DRAW.finditer(source))
    scores = list(_DIGIT_SCORE.finditer(target))
    if len(draws) != 1 or len(scores) != 1 or _SETTLED_OTHERWISE.search(source + " " + target):
        return []
    score = scores[0]
    taken = [f.target_span for f in findings if f.target_span is not None]
    if int(score.group(1)) == int(score.group(2)) or _inside(*score.span(), taken):
        return []
    draw = draws[0]
    return [
        FactMismatch(
            kind="number",
            source_span=draw.span(),
            target_span=score.span(),
            source_text=draw.group(),
            target_text=score.group(),
            message=f"the source reports a draw ({draw.group()}); the target gives the score "
            f"{score.group()}",
        )
    ]


# -- decades ------------------------------------------------------------------------------------

_DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
_ENGLISH_DECADE = re.compile(
    r"(?<![\w.,])['’]?((?:1[5-9]|20)?\d0)['’]?s\b|\b(" + "|".join(_DECADE_WORDS) + r")\b",
    re.IGNORECASE,
)


def _english_decades(text: str) -> list[tuple[int, int, int]]:
    """(start, end, first year) of the decades in English: "1990s", "'90s", "his 20s",
    "the seventies"."""
    found = []
    for match in _ENGLISH_DECADE.finditer(text):
        digits, word = match.group(1), match.group(2)
        value = int(digits) if digits else _DECADE_WORDS[word.lower()]
        found.append((match.start(), match.end(), value))
    return found


def _same_decade(a: float, b: float) -> bool:
    """ "التسعينيات" (read 1990) is "the '90s"; "الخمسينيات من عمره" (50) is "his fifties"."""
    if min(a, b) < 100:
        return a % 100 == b % 100
    return a == b


_AGE_WORDS = re.compile(r"(?:\bسن|عمر)\S*\s+(?:ال)?$|^\s+(?:من\s+)?(?:عمر|العمر)")


def _decade_findings(source: list[_Item], target: str, text: str) -> list[FactMismatch]:
    """Decades both sides write that disagree ("العشرينيات" against "30s"; an age in tens,
    "بسن الأربعين", against "his 50s"); a decade only one side writes is not reported."""
    left: list[_Item] = []
    starts: set[int] = set()
    for item in source:
        age = (
            item.value in (20, 30, 40, 50, 60, 70, 80, 90)
            and not re.match(r"[\d٠-٩]", item.text)
            and (
                _AGE_WORDS.search(text[max(0, item.start - 12) : item.start]) is not None
                or _AGE_WORDS.search(text[item.end : item.end + 12]) is not None
            )
        )
        if (item.kind == "decade" or age) and item.start not in starts:
            starts.add(item.start)
            left.append(item)
    if not left:
        return []
    right = _english_decades(target)
    if len(left) * len(right) > _MAX_PAIRINGS:
        return []  # text far longer than a sentence
    for s in list(left):
        value = s.quantity.low if s.quantity and s.quantity.low is not None else s.value
        same = next((t for t in right if _same_decade(value, t[2])), None)
        if same is not None:
            left.remove(s)
            right.remove(same)
    findings = []
    for s, (start, end, _) in zip(left, right, strict=False):
        written = target[start:end]
        value = int(s.quantity.low if s.quantity and s.quantity.low is not None else s.value)
        findings.append(
            FactMismatch(
                kind="number",
                source_span=(s.start, s.end),
                target_span=(start, end),
                source_text=s.text,
                target_text=written,
                message=f"the source says {s.text} (the {value}s); the target says {written}",
            )
        )
    return findings


# -- ordinals and clock times -------------------------------------------------------------------

_ORDINAL_WORDS = ORDINAL_WORDS[:12]  # "first" .. "twelfth"
_ENGLISH_CLOCK = re.compile(
    r"\b(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\b\.?)?"
    r"|\b(\d{1,2})[.](\d{2})\s*(?:([ap])\.?m\b\.?|GMT|UTC|BST|local)"
    r"|\b(\d{1,2})\s*(?:([ap])\.?m\b\.?|o['’]clock)",
    re.IGNORECASE,
)
_ENGLISH_MILITARY_CLOCK = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)\s*(?:GMT|UTC|BST|hrs\b|hours\b)")
_ARABIC_CLOCK = re.compile(
    r"(?<![\d.,])(\d{1,2}):(\d{2})(?![\d:])|الساعة\s+(\d{1,2})(?:[.:](\d{2}))?"
    r"|(?<![\d.,:])(\d{1,2})(?:[.:](\d{2}))?(?=\s+(?:صباح|مساء|ظهر|فجر|ليل)[اًءـ]*(?!\w))"
)
_TIME_OF_DAY = re.compile(r"(?:صباح|مساء|ظهر|فجر|ليل)[اًءـ]*(?!\w)")


def _ordinal_findings(source: list[_Item], target: list[_Item]) -> list[FactMismatch]:
    """An ordinal left unmatched by the other side's ordinals, on both sides ("الثالث" against
    "second"): read in order.
    An ordinal only one side writes stays unreported (a faithful translation often drops or
    adds one: "World War II", "for the second time")."""
    left = [item for item in source if _compared_ordinal(item)]
    right = [item for item in target if _compared_ordinal(item)]
    # Ordinals are matched among themselves: "second" for a word with a dual ending is no
    # answer to "الثالث".
    paired: set[int] = set()
    for s in list(left):
        same = next((t for t in right if _same_value(s, t)), None)
        if same is not None:
            left.remove(s)
            right.remove(same)
            paired.add(id(s))
    if right and not left:
        # Against a "first", only an ordinal whose number the source does not write in any
        # other form ("the fourth minute" for "أربع دقائق", "the second pair" for a dual); an
        # ordinal the target already answers does not count ("the first ... a second" against
        # "الأول ... الثاني" with the first changed), nor a count the target writes in digits
        # ("بهدفين" as the 2 of "2-2") or a dual it writes as "two" ("لطفلين", "of two").
        written = {
            v
            for item in source
            if item.kind != "soft" and id(item) not in paired and not _counted(item)
            for v in item.values()
        }
        right = [
            item
            for item in right
            if item.value not in written
            and item.value <= 12
            and not re.fullmatch(r"[IVXLC]+", item.text)
        ]
        left = _surplus_firsts(source, target)
    findings: list[FactMismatch] = []
    for s, t in zip(left, right, strict=False):
        s.matched = t.matched = True
        suggestion = None
        if t.text.lower() in _ORDINAL_WORDS and float(s.value).is_integer() and 1 <= s.value <= 12:
            suggestion = _ORDINAL_WORDS[int(s.value) - 1]
            if t.text[:1].isupper():
                suggestion = suggestion.capitalize()
        findings.append(
            _number_mismatch(
                s,
                t,
                f"the source says {s.text} ({_ordinal(s.value)}); the target says {t.text}",
                suggestion,
            )
        )
    return findings


def _counted(item: _Item) -> bool:
    """A source count the target already writes as a count: in digits, or a dual as "two"."""
    partner = item.partner
    if partner is None:
        return False
    dual = item.weak or (item.quantity is not None and "dual" in item.quantity.extra)
    return _digits(partner) or (dual and partner.kind == "cardinal")


def _surplus_firsts(source: list[_Item], target: list[_Item]) -> list[_Item]:
    """The source's "first" ordinals ("أول", "الأولى") the target's "first"s leave over: an
    unmatched "second" or higher of the target stands against one of them ("للمرة الأولى",
    "the second time"). "First" alone is not compared: "أول" is also "earliest" or "top"."""
    firsts = [item for item in source if _is_first(item)]
    written = sum(1 for item in target if _is_first(item))
    return firsts[written:]


def _is_first(item: _Item) -> bool:
    return item.kind == "ordinal" and not item.dated and item.value == 1


def _compared_ordinal(item: _Item) -> bool:
    """Ordinals from second up outside dates: "first" and "أول" also mean "earliest" or
    "top" and are translated freely. Past the twelfth (centuries, anniversaries) an ordinal is
    only compared with an ordinal of the other side, never against a "first"."""
    return item.kind == "ordinal" and not item.dated and 2 <= item.value < 1000


def _ordinal(value: float) -> str:
    number = int(value)
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def _english_clock(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, hour on a 12-hour dial, minute) of the clock times in English."""
    found = []
    for match in _ENGLISH_CLOCK.finditer(text):
        groups = match.groups()
        hour, minute = (groups[0], groups[1]) if groups[0] else (groups[3], groups[4])
        if hour is None:
            hour, minute = groups[6], "0"
        dial = int(hour) % 12
        if int(hour) > 24 or int(minute or 0) > 59:
            if groups[0] and not groups[2]:
                continue  # "45:30": a race time or a ratio, no clock time
            dial = -1  # "27.30 GMT", "5.80pm": a clock time no clock shows, matching none
        end = match.end()
        if re.search(r"(?<![.])[ap]m\.$", match.group(), re.IGNORECASE):
            end -= 1  # "8.30pm." ends a sentence
        found.append((match.start(), end, dial, int(minute or 0)))
    for match in _ENGLISH_MILITARY_CLOCK.finditer(text):  # "1900 GMT"
        found.append((match.start(), match.end(), int(match.group(1)) % 12, int(match.group(2))))
    digits = _Spans([(f[0], f[1]) for f in found])
    for match in _ENGLISH_CLOCK_WORDS.finditer(text):
        lead, hour_text = match.group(1), match.group(2) or match.group(3)
        hour = int(hour_text) if hour_text.isdigit() else _HOUR_NAMES.index(hour_text.lower()) + 1
        if hour > 12 or digits.overlaps(match.start(), match.start() + 1):
            continue
        minute = 0
        if lead:
            lead = lead.lower()
            minute = 30 if lead.startswith("half") else 15 if "past" in lead else 45
            if minute == 45:
                hour -= 1
        found.append((match.start(), match.end(), hour % 12, minute))
    return found


_HOUR_NAMES = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
)  # fmt: skip
# "ten o'clock", "half past ten", "a quarter to eleven".
_ENGLISH_CLOCK_WORDS = re.compile(
    rf"\b(half\s+past|(?:a\s+)?quarter\s+(?:past|to))\s+({'|'.join(_HOUR_NAMES)}|\d{{1,2}})\b"
    rf"|\b({'|'.join(_HOUR_NAMES)})\s+o['’]clock\b",
    re.IGNORECASE,
)
# "الساعة العاشرة", "الساعة الحادية عشرة والنصف", "الساعة الثالثة إلا ربعا" (folded keys).
_ARABIC_HOURS = {
    "الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6,
    "السابعه": 7, "الثامنه": 8, "التاسعه": 9, "العاشره": 10, "الحاديه عشره": 11,
    "الثانيه عشره": 12,
}  # fmt: skip
_ARABIC_MINUTES = {"والنصف": 30, "والربع": 15, "والثلث": 20, "الا ربعا": -15, "الا الربع": -15,
                   "الا ربع": -15, "الا ثلثا": -20}  # fmt: skip


# Times of day after an hour ("السابعة مساء", "7 صباحا"): a clock time without "الساعة".
_TIMES_OF_DAY = frozenset(["صباحا", "مسا", "مساء", "مساءا", "ظهرا", "عصرا", "فجرا", "ليلا"])


def _arabic_clock_words(text: str) -> list[tuple[int, int, int, int]]:
    """Clock times written in Arabic words after "الساعة", or before a time of day ("السابعة
    مساء"); minutes in words or digits after the hour ("العاشرة و45 دقيقة")."""
    tokens = [token for token in _tokens(text) if token.kind != "punct"]
    found = []
    taken = 0  # tokens before this index belong to a time already read
    for index, token in enumerate(tokens):
        if index < taken:
            continue
        named = token.key in ("الساعه", "بالساعه", "والساعه", "للساعه")
        first = index + 1 if named else index
        hour = end = None
        for size in (2, 1):
            words = tokens[first : first + size]
            key = " ".join(w.key for w in words)
            if not named and key.startswith("و"):
                key = key[1:]  # "والخامسة مساء"
            if len(words) == size and key in _ARABIC_HOURS:
                hour = _ARABIC_HOURS[key]
                end = first + size
                break
        if hour is None or end is None:
            continue
        minute = 0
        for size in (2, 1):
            words = tokens[end : end + size]
            key = " ".join(w.key for w in words)
            if len(words) == size and key in _ARABIC_MINUTES:
                minute = _ARABIC_MINUTES[key]
                end += size
                break
        else:
            counted = _arabic_minutes(text, tokens, end)
            if counted is not None:
                minute, end = counted
        if not named and (end >= len(tokens) or tokens[end].key not in _TIMES_OF_DAY):
            continue
        if minute < 0:
            hour, minute = hour - 1, 60 + minute
        found.append((token.start, tokens[end - 1].end, hour % 12, minute))
        taken = end
    return found


def _arabic_minutes(text: str, tokens: list[Token], end: int) -> tuple[int, int] | None:
    """Minutes after an hour: "و45 دقيقة", "وخمس وأربعين دقيقة" (minute, index past them)."""
    if end >= len(tokens) or not tokens[end].key.startswith("و"):
        return None
    for stop in range(end + 1, min(end + 5, len(tokens))):
        if tokens[stop].key in ("دقيقه", "دقايق"):
            numbers = arabic_numbers.find_numbers(text[tokens[end].start : tokens[stop].start])
            if len(numbers) == 1 and numbers[0].value is not None:
                value = numbers[0].value
                if float(value).is_integer() and 0 < value < 60:
                    return int(value), stop + 1
            return None
    return None


def _arabic_clock(text: str) -> list[tuple[int, int, int, int]]:
    from tqcheck.arabic.text import normalize_digits

    found = []
    for match in _ARABIC_CLOCK.finditer(normalize_digits(text)):
        hour = match.group(1) or match.group(3) or match.group(5)
        minute = match.group(2) or match.group(4) or match.group(6) or "0"
        if int(hour) > 24 or int(minute) > 59:
            continue
        found.append((match.start(), match.end(), int(hour) % 12, int(minute)))
    if "ساع" in text or _TIME_OF_DAY.search(text):
        found += _arabic_clock_words(text)
    return found


def compare_clock_times(source: str, target: str) -> list[FactMismatch]:
    """Clock times on both sides that disagree ("10:45" against "11:45", "الساعة العاشرة"
    against "eleven o'clock"), compared on a 12-hour dial; a time only one side writes is not
    reported."""
    if not re.search(r"\d|ساع", source) and not _TIME_OF_DAY.search(source):
        return []
    left = _arabic_clock(source)
    right = _english_clock(target)
    if not left or not right:
        return []
    unmatched_right = list(right)
    unmatched_left = []
    for item in left:
        same = next((t for t in unmatched_right if t[2:] == item[2:]), None)
        if same is None:
            unmatched_left.append(item)
        else:
            unmatched_right.remove(same)
    findings: list[FactMismatch] = []
    for s, t in zip(unmatched_left, unmatched_right, strict=False):
        said = source[s[0] : s[1]]
        written = target[t[0] : t[1]]
        findings.append(
            FactMismatch(
                kind="number",
                source_span=(s[0], s[1]),
                target_span=(t[0], t[1]),
                source_text=said,
                target_text=written,
                message=f"the source gives the time {said}; the target says {written}",
            )
        )
    return findings


# The number comparison and the date comparison both read each side's dates (numbers inside
# dates are compared as dates), once per text.
@lru_cache(maxsize=16384)
def _arabic_date_mentions(text: str) -> tuple[DateMention, ...]:
    return tuple(
        mention for mention in arabic_dates.find_dates(text) if not _part_of_month(text, mention)
    )


# Nouns that an ordinal after them numbers, not the day: "النصف الأول من أكتوبر" (the first
# half of October), "الأسبوع الثاني من مارس" (the second week of March).
_PERIOD_PART = re.compile(
    r"(?:^|\s)[وبلف]?(?:ال)?(?:نصف|أسبوع|اسبوع|ثلث|ربع|عشر|عشرة|أيام|ايام)\s*$"
)


def _part_of_month(text: str, mention: DateMention) -> bool:
    """A day written as an ordinal that numbers a part of the month instead."""
    return (
        mention.kind == "absolute"
        and not re.match(r"[\d٠-٩۰-۹]", mention.text)
        and _PERIOD_PART.search(text[max(0, mention.start - 20) : mention.start]) is not None
    )


@lru_cache(maxsize=16384)
def _english_date_mentions(text: str) -> tuple[DateMention, ...]:
    return tuple(english_dates.find_dates(text))


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[Token, ...]:
    """The Arabic tokens of ``text``, read once for the soft words, fractions and clock words."""
    return tuple(tokenize(text))


class _Spans:
    """Spans merged and sorted once, for overlap tests in logarithmic time on long texts."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [span[0] for span in merged]
        self.ends = [span[1] for span in merged]

    def overlaps(self, start: int, end: int) -> bool:
        from bisect import bisect_left

        index = bisect_left(self.starts, end) - 1  # the last span opening before ``end``
        return index >= 0 and self.ends[index] > start


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)


def _items_from(
    quantities: list[Quantity],
    soft_spans: list[tuple[int, int]],
    context: str = "",
    offset: int = 0,
) -> list[_Item]:
    """Items for ``quantities`` (a range gives its two ends); those inside ``soft_spans`` (a
    date, a clock time) and those a translation often writes another way are soft.
    ``context`` is the text the quantities' offsets minus ``offset`` point into."""
    items: list[_Item] = []
    spans = _Spans(soft_spans)
    for quantity in quantities:
        if quantity.kind == "vague" or quantity.value is None:
            continue
        dated = spans.overlaps(quantity.start, quantity.end)
        soft = (
            dated
            or quantity.kind in ("ordinal", "decade")
            or "dual" in quantity.extra
            or quantity.extra.get("calendar") == "hijri"
            # "27-31" may be a score written in either order; "116123" a telephone number
            or (quantity.qualifier == "range" and re.search(r"\d\s*[-–]\s*\d", quantity.text))
            or (
                re.fullmatch(r"\d{5,}", quantity.text.strip()) is not None
                and _PHONE_BEFORE.search(
                    context[max(0, quantity.start - offset - 30) : quantity.start - offset]
                )
                is not None
            )
            or re.search(r"\bcouple\b|\bpair\b", quantity.text, re.IGNORECASE) is not None
        )
        alternatives = tuple(
            float(value) for value in quantity.extra.get("alternatives", "").split() if value
        )
        values = [quantity.value]
        if quantity.qualifier == "range" and quantity.low is not None and quantity.high is not None:
            values = [quantity.low, quantity.high]
        for value in values:
            firm = not soft and value > 1
            items.append(
                _Item(
                    value=value,
                    kind=quantity.kind,
                    firm=firm,
                    start=quantity.start,
                    end=quantity.end,
                    text=quantity.text,
                    alternatives=alternatives,
                    quantity=quantity,
                    dated=dated,
                )
            )
    return items


def _arabic_items(text: str) -> list[_Item]:
    spans = [(m.start, m.end) for m in _arabic_date_mentions(text) if m.kind in _DAY_KINDS]
    items = _items_from(arabic_numbers.find_numbers(text), spans, text)
    for item in items:
        if _arabic_name_number(text, item):
            item.firm = False
    items += _arabic_soft_words(text)
    # English written inside the Arabic ("Five Lives", "802.11n"): read by the English reader;
    # digits the Arabic reader has read are not read twice ("2 & 1" is one 2 and one 1).
    read = _Spans([(item.start, item.end) for item in items])
    for run in _LATIN_RUN.finditer(text):
        for item in _items_from(english_numbers.find_numbers(run.group(), run.start()), []):
            if read.overlaps(item.start, item.end):
                continue
            item.firm = False
            items.append(item)
    _with_fractions(text, items)
    _with_dozens(text, items)
    _with_dual_constructs(text, items)
    items += _loose_digits(text, items)
    fractions = _arabic_fractions(text, items)
    if "ساع" in text or _TIME_OF_DAY.search(text):  # "الساعة العاشرة والنصف": a time
        clock = _Spans([(start, end) for start, end, *_ in _arabic_clock_words(text)])
        fractions = [f for f in fractions if not clock.overlaps(f.start, f.end)]
        for item in items:
            if clock.overlaps(item.start, item.end):
                item.firm, item.dated = False, True
    return _with_fraction_words(items, fractions, text)


_FRACTION_OF_SCALE = re.compile(r"\s*(?:of\s+)?", re.IGNORECASE)


def _with_fraction_words(items: list[_Item], fractions: list[_Item], text: str) -> list[_Item]:
    """``items`` with the fraction words in place of the soft values and ordinals read on the
    same words ("نصف", "half", the "fifth" of "a fifth of"). A scale word right after a
    fraction ("ربع مليون", "a quarter of a million") may also be read as the fraction of it."""
    if not fractions:
        return items
    scales: dict[int, list[_Item]] = {}
    for item in items:
        if item.value in (1e3, 1e6, 1e9):
            scales.setdefault(item.start, []).append(item)
    for fraction in fractions:
        of = _FRACTION_OF_SCALE.match(text, fraction.end)
        position = of.end() if of else fraction.end
        article = re.match(r"(?:a|one)\s+", text[position : position + 5], re.IGNORECASE)
        positions = {position, position + (article.end() if article else 0)}
        for item in (item for place in positions for item in scales.get(place, [])):
            item.alternatives = (*item.alternatives, item.value * fraction.value)
    spans = _Spans([(f.start, f.end) for f in fractions])
    kept = [
        i for i in items if i.kind not in ("soft", "ordinal") or not spans.overlaps(i.start, i.end)
    ]
    return kept + fractions


_ARABIC_LOOSE_DIGITS = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])")


def _loose_digits(text: str, items: list[_Item]) -> list[_Item]:
    """Digits the Arabic reader leaves out (the two sides of a score "26 - 00", a code
    "م16"), as soft values, so that they can match the target or stand against a look-alike."""
    from tqcheck.arabic.text import normalize_digits

    covered = _Spans([(item.start, item.end) for item in items])
    found = []
    for match in _ARABIC_LOOSE_DIGITS.finditer(normalize_digits(text)):
        if covered.overlaps(match.start(), match.end()):
            continue
        try:
            value = float(match.group().replace(",", ""))
        except ValueError:
            continue
        found.append(_Item(value, "soft", False, match.start(), match.end(), match.group()))
    return found


_DOZENS = re.compile(r"\s+(?:من\s+)?(?:دزين|دست)(?:ة|ه|ات)\b")


_DUAL_CONSTRUCT = frozenset(["الفا", "مليونا", "مليارا", "بليونا"])
_NOUN_AFTER = re.compile(r"\s+(?!من\b)[\u0621-\u064A]")


def _with_dual_constructs(text: str, items: list[_Item]) -> None:
    """ "مليونا شخص", "ألفا جندي": the dual of a scale word before its noun (two million, two
    thousand), written like the accusative "مليوناً"; read both ways unless the tanween
    marks the accusative."""
    from tqcheck.arabic.text import word_key

    for item in items:
        if (
            item.kind == "cardinal"
            and item.text.endswith("ا")
            and word_key(item.text) in _DUAL_CONSTRUCT
            and _NOUN_AFTER.match(text, item.end)
        ):
            item.alternatives = (*item.alternatives, item.value * 2)


def _with_dozens(text: str, items: list[_Item]) -> None:
    """A count of dozens ("ثلاث دزينات", "أربع دستات") may also be read as its number of
    units, as the English "three-dozen" is 36."""
    for item in items:
        if item.kind == "cardinal" and _DOZENS.match(text, item.end):
            item.alternatives = (*item.alternatives, item.value * 12)


_VULGAR = re.compile(r"\s?([\u00BC-\u00BE\u2150-\u215E])")


def _with_fractions(text: str, items: list[_Item]) -> None:
    """A whole number followed by a fraction sign ("29¾") may also be read with it: whichever
    way one side's reader takes it, the two sides match."""
    import unicodedata

    for item in items:
        if not item.text[-1:].isdigit():
            continue
        fraction = _VULGAR.match(text, item.end)
        if fraction:
            value = item.value + unicodedata.numeric(fraction.group(1))
            item.alternatives = (*item.alternatives, value)
        elif item.value % 1 and re.search(r"[\u00BC-\u00BE\u2150-\u215E]$", item.text):
            item.alternatives = (*item.alternatives, float(int(item.value)))


@lru_cache(maxsize=1)
def _name_nouns() -> frozenset[str]:
    from importlib import resources

    data = resources.files("tqcheck.data").joinpath("arabic_name_nouns.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in data.splitlines() if line.strip() and not line.startswith("#")
    )


def _arabic_name_number(text: str, item: _Item) -> bool:
    """A number word right after a noun that names ("قناة الثمانية", a channel; "شركة
    الخمسة", a company): part of a name, not a count."""
    if re.match(r"[\d٠-٩۰-۹]", item.text):
        return False
    before = text[max(0, item.start - 60) : item.start].split()
    if not before:
        return False
    from tqcheck.arabic.text import word_key

    return word_key(before[-1]) in _name_nouns()


def _english_name_number(text: str, item: _Item) -> bool:
    """A capitalised number word inside a name: after a capitalised word ("Channel Four",
    "Big Four") or before one ("Seven Network")."""
    if not item.text[:1].isupper() or " " in item.text.strip():
        return False
    before = text[: item.start].rstrip()
    after = text[item.end :].lstrip()
    opening = not before or before[-1] in '.!?:"“(' or before.endswith("--")
    previous = re.search(r"([A-Z][a-z]+)$", before)
    following = re.match(r"[A-Z][a-z]+", after)
    return (previous is not None and not opening) or following is not None


def _arabic_soft_words(text: str) -> list[_Item]:
    """Words that imply a number without being one: "كلا" (both), "ثلاثي" (three-fold),
    "نصف" (half), and any word with a dual ending ("مستشعرين", "فكرتان") as a possible 2."""
    found: list[_Item] = []
    for token in _tokens(text):
        if token.kind != "word":
            continue
        value = _arabic_soft_value(token.key)
        if value is not None:
            weak = value == 2.0 and _arabic_soft_value(token.key, duals=False) is None
            found.append(
                _Item(value, "soft", False, token.start, token.end, token.plain, weak=weak)
            )
    return found


def _arabic_soft_value(key: str, duals: bool = True) -> float | None:
    for prefix in ("", "و", "ب", "ل", "ال", "وال", "بال", "لل"):
        if not key.startswith(prefix):
            continue
        base = key[len(prefix) :]
        for bare in (base, *(base[: -len(p)] for p in _PRONOUNS if base.endswith(p))):
            if bare in _ARABIC_SOFT:
                return _ARABIC_SOFT[bare]  # "وضعفيها": and its two doubles
        nisba = _NISBA.fullmatch(base)
        if nisba:
            return _NISBA_STEMS[nisba.group(1)]
    if duals and len(key) >= 5 and key.endswith(_DUAL_ENDINGS):
        return 2.0
    return None


_MONTH_ALTERNATION = "|".join(MONTH_NAMES)
# "the 6th October 1789", "October 6th": a day of the month the date reader may leave out.
_ENGLISH_DAY_OF_MONTH = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)\s+(?:of\s+)?(?:{_MONTH_ALTERNATION})\b"
    rf"|\b(?:{_MONTH_ALTERNATION})\s+\d{{1,2}}(?:st|nd|rd|th)\b"
)
# A Roman numeral after a capitalised name: "Louis XVI", "World War II", "Elizabeth II".
_ROMAN_AFTER_NAME = re.compile(r"\b[A-Z][a-z]+ ([IVXLC]{2,}|[VX])\b")
_WORLD_WAR = re.compile(r"\bWW ?(I{1,2}|[123])\b|\bWorld War (One|Two|Three)\b")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman_ordinals(text: str) -> list[_Item]:
    """Roman numerals after a name, as soft ordinals: "Louis XVI" renders "لويس السادس عشر"."""
    found = []
    for match in _ROMAN_AFTER_NAME.finditer(text):
        numeral = match.group(1)
        value = 0
        for i, char in enumerate(numeral):
            worth = _ROMAN_VALUES[char]
            following = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
            value += -worth if worth < following else worth
        if value > 0:
            found.append(
                _Item(float(value), "ordinal", False, match.start(1), match.end(1), numeral)
            )
    for match in _WORLD_WAR.finditer(text):  # "WW2", "WWI", "World War Two"
        number = match.group(1) or match.group(2)
        if number in ("One", "Two", "Three"):
            value = float(("One", "Two", "Three").index(number) + 1)
        else:
            value = float(len(number)) if "I" in number else float(number)
        found.append(_Item(value, "ordinal", False, match.start(), match.end(), match.group()))
    return found


def _english_items(text: str) -> list[_Item]:
    mentions = list(_english_date_mentions(text))
    spans = [(m.start, m.end) for m in mentions if m.kind in _DAY_KINDS]
    spans += [(match.start(), match.end()) for match in _ENGLISH_TIME.finditer(text)]
    spans += [(match.start(), match.end()) for match in _ENGLISH_DAY_OF_MONTH.finditer(text)]
    spans += [(match.start(), match.end()) for match in _ENGLISH_CLOCK_WORDS.finditer(text)]
    quantities = english_numbers.find_numbers(text)
    items = _items_from(quantities, spans, text)
    items += _roman_ordinals(text)
    _with_fractions(text, items)
    for item in items:
        if _english_name_number(text, item):
            item.firm = False
        quantity = item.quantity
        if quantity is not None and quantity.kind == "year" and item.value < 100:
            # "1950-53": the English reader gives the end of the range as 53
            item.value += (quantity.low or 0) // 100 * 100
    # "116 123": digits grouped by spaces, a telephone number or a French-style thousand
    for match in re.finditer(r"(?<![\d,.])\d{1,3}(?: \d{3})+(?![\d,]|\.\d)", text):
        for item in items:
            if match.start() <= item.start < match.end():
                item.firm = False
        value = float(match.group().replace(" ", ""))
        items.append(_Item(value, "soft", False, match.start(), match.end(), match.group()))
    for item in items:
        glued = re.match(r"[A-Za-z]+", text[item.end :])
        if not glued or item.kind == "ordinal":
            continue
        factor = _GLUED_SCALES.get(glued.group().lower())
        if factor:  # "£11million", "$1.5m", "€3.1billion": the reader drops the scale
            item.alternatives = (*item.alternatives, item.value * factor)
        else:  # "802.11n", "5.0Ghz": part of a name or a unit the reader does not know
            item.firm = False
    covered = _Spans([(q.start, q.end) for q in quantities])
    # Numbers the English reader leaves out ("1-of-4", "31-27", "mother-of-three", the second
    # number of "8 and 2"): soft, so that they can still match the source.
    for match in _ENGLISH_LOOSE_NUMBER.finditer(text):
        if covered.overlaps(match.start(), match.end()):
            continue
        word = match.group().lower()
        value = english_numbers.number_value(word.replace(",", ""))
        if value is None and word in _ENGLISH_SOFT:
            value = _ENGLISH_SOFT[word]
        if value is None:
            continue
        # "2.4-1.8 million" (a range the reader leaves out): each end may carry the scale
        scale = _RANGE_SCALE.match(text, match.end())
        glued = re.match(r"[A-Za-z]+\b", text[match.end() :])
        alternatives = ()
        if scale and re.match(r"\d", word):
            alternatives = (value * _GLUED_SCALES[scale.group(1).lower()],)
        elif glued and glued.group().lower() in _GLUED_SCALES and re.match(r"\d", word):
            alternatives = (value * _GLUED_SCALES[glued.group().lower()],)  # "450k euros"
        items.append(
            _Item(value, "soft", False, match.start(), match.end(), match.group(), alternatives)
        )
    # "6-foot-6" (six feet six inches), which an Arabic translation may write as "6.6 أقدام"
    for match in re.finditer(r"\b(\d)[- ]f(?:oo|ee)t[- ](\d{1,2})\b", text):
        for item in items:
            if _inside(item.start, item.end, [match.span()]):
                item.firm = False
        inches = int(match.group(2))
        value = int(match.group(1)) + inches / 12
        written = float(f"{match.group(1)}.{match.group(2)}")
        items.append(_Item(value, "soft", False, *match.span(), match.group(), (written,)))
    for match in _ENGLISH_JARGON.finditer(text):
        value = english_numbers.number_value(match.group(1).lower())
        if value is not None:
            items.append(_Item(value, "soft", False, match.start(), match.end(), match.group()))
    items = _with_fraction_words(items, _english_fractions(text, items), text)
    return _with_halves_of_scales(text, items)


_SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# "two and a half million", "1 and a half billion", "a million and a half"
_AND_A_HALF = re.compile(
    r"\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+and\s+a\s+half"
    r"\s+(thousand|million|billion|trillion)|(a|one)\s+(thousand|million|billion|trillion)"
    r"\s+and\s+a\s+half)\b",
    re.IGNORECASE,
)


def _with_halves_of_scales(text: str, items: list[_Item]) -> list[_Item]:
    """One number for "two and a half million" (2,500,000), which the English reader takes as
    "two" and "a half"."""
    if "half" not in text:
        return items
    for match in _AND_A_HALF.finditer(text):
        count, scale = match.group(1) or match.group(3), match.group(2) or match.group(4)
        whole = 1.0 if count.lower() in ("a", "an") else english_numbers.number_value(count)
        if whole is None:
            continue
        value = (whole + 0.5) * _SCALE_VALUES[scale.lower()]
        items = [item for item in items if not _inside(item.start, item.end, [match.span()])]
        items.append(_Item(value, "cardinal", True, *match.span(), match.group()))
    return items


# -- fractions ----------------------------------------------------------------------------------

_ARABIC_CLITICS = ("", "و", "ب", "ل", "ف", "ال", "وال", "بال", "لل", "فال", "وب", "ول")


@lru_cache(maxsize=1)
def _fraction_table() -> dict[tuple[str, str], tuple[int, int, str]]:
    """(language, word) -> (numerator, denominator, form), from fraction_words.tsv."""
    from importlib import resources

    data = resources.files("tqcheck.data").joinpath("fraction_words.tsv").read_text("utf-8")
    table = {}
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, word, numerator, denominator, form = line.split("\t")
        table[(language, word)] = (int(numerator), int(denominator), form.strip())
    return table


@lru_cache(maxsize=4096)
def _arabic_fraction_entry(key: str) -> tuple[int, int, str] | None:
    table = _fraction_table()
    for prefix in _ARABIC_CLITICS:
        if not key.startswith(prefix):
            continue
        base = key[len(prefix) :]
        for bare in (base, *(base[: -len(p)] for p in _PRONOUNS if base.endswith(p))):
            entry = table.get(("ar", bare))
            if entry is not None:
                return entry
    return None


def _numerator_before(text: str, start: int, items: list[_Item]) -> _Item | None:
    """The whole number written right before ``start`` ("ثلاثة" of "ثلاثة أرباع")."""
    for item in items:
        if (
            item.kind == "cardinal"
            and item.end <= start
            and not text[item.end : start].strip()
            and item.value.is_integer()
            and 1 <= item.value <= 10
        ):
            return item
    return None


def _arabic_fractions(text: str, items: list[_Item]) -> list[_Item]:
    """Fraction words in Arabic: "نصف", "ثلثها" (a third of it), "ثلثا" (two thirds),
    "ثلاثة أرباع" (three quarters, whose "three" is then no count)."""
    found: list[_Item] = []
    for token in _tokens(text):
        if token.kind != "word":
            continue
        entry = _arabic_fraction_entry(token.key)
        if entry is None:
            continue
        numerator, denominator, form = entry
        start = token.start
        if form == "plural":
            number = _numerator_before(text, token.start, items)
            if number is None:
                continue
            number.firm = False
            numerator, start = int(number.value), number.start
        value = numerator / denominator
        found.append(_Item(value, "fraction", False, start, token.end, text[start : token.end]))
    return found


_ENGLISH_NUMERATORS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


@lru_cache(maxsize=1)
def _english_fraction_pattern() -> re.Pattern[str]:
    words = sorted((w for (lang, w) in _fraction_table() if lang == "en"), key=longest_first)
    return re.compile(
        rf"\b(?:({'|'.join(_ENGLISH_NUMERATORS)})([ -]))?({'|'.join(words)})\b(\s+of\b)?",
        re.IGNORECASE,
    )


def _english_fractions(text: str, items: list[_Item]) -> list[_Item]:
    """Fractions in English: "half", "a quarter", "one-third", "a fifth of", "two-thirds"
    (whose "two" is then no count); "a third term" is an ordinal."""
    table = _fraction_table()
    found: list[_Item] = []
    starting: dict[int, list[_Item]] = {}
    for item in items:
        starting.setdefault(item.start, []).append(item)
    for match in _english_fraction_pattern().finditer(text):
        number, joint, word, of = match.groups()
        numerator, denominator, form = table[("en", word.lower())]
        count = _ENGLISH_NUMERATORS.get(number.lower()) if number else None
        if form == "single" and not (count == 1 and (joint == "-" or of)):
            continue
        if form == "plural" and (count is None or count < 2):
            continue
        if count is not None:
            numerator = count
        start = match.start() if number else match.start(3)
        if number:
            for item in starting.get(start, []):
                item.firm = False
        value = numerator / denominator
        found.append(
            _Item(value, "fraction", False, start, match.end(3), text[start : match.end(3)])
        )
    return found


def _fraction_findings(source: list[_Item], target: list[_Item]) -> list[FactMismatch]:
    """Fractions both sides write that disagree ("ثلثها" against "one-fourth"), in order; a
    fraction only one side writes, or one the other side gives as a percentage, is not
    reported."""
    left = [item for item in source if item.kind == "fraction" and not item.matched]
    right = [item for item in target if item.kind == "fraction" and not item.matched]
    findings = []
    for s, t in zip(left, right, strict=False):
        s.matched = t.matched = True
        findings.append(
            _number_mismatch(
                s,
                t,
                f"the source says {s.text} ({_fraction_words(s.value)}); the target says {t.text}",
            )
        )
    return findings


def _fraction_words(value: float) -> str:
    from fractions import Fraction

    fraction = Fraction(value).limit_denominator(12)
    return f"{fraction.numerator}/{fraction.denominator}"


def _same_value(a: _Item, b: _Item) -> bool:
    for first, second in ((a, b), (b, a)):
        # "النصف" (half) and "50 percent"
        if (
            first.kind == "percent"
            and second.kind in ("soft", "fraction")
            and second.value < 1
            and abs(first.value / 100 - second.value) < 1e-9
        ):
            return True
    for left in a.values():
        for right in b.values():
            if left == right or abs(left - right) <= 1e-9 * max(abs(left), abs(right)):
                return True
            if a.kind == "year" or b.kind == "year":
                continue
            # "2.56 مليون" written "2.6 million": the side with a scale word may round.
            for coarse, fine, item in ((right, left, b), (left, right, a)):
                if (
                    _SCALE_WORDS.search(item.text)
                    and coarse
                    and _rounds_to(fine, coarse, _written_precision(item))
                ):
                    return True
    return False


_MANTISSA = re.compile(r"[\d٠-٩۰-۹]+(?:[.,٫٬][\d٠-٩۰-۹]+)*")


def _written_precision(item: _Item) -> int | None:
    """Significant digits of the number written before a scale word, trailing zeros included:
    "2.6 million" gives 2, "120 million" 3 (120 is not 121 rounded); None for words."""
    from tqcheck.arabic.text import normalize_digits

    mantissa = _MANTISSA.search(normalize_digits(item.text))
    if mantissa is None:
        return None
    digits = re.sub(r"[.,٫٬]", "", mantissa.group()).lstrip("0")
    return len(digits) or None


def _rounds_to(value: float, coarse: float, digits: int | None = None) -> bool:
    if digits is None:
        digits = len(f"{coarse:.15g}".replace(".", "").replace("-", "").strip("0"))
    if digits < 2:
        return False
    return float(f"{value:.{digits}g}") == coarse


def _match(source: list[_Item], target: list[_Item], source_size: int, target_size: int) -> None:
    """Pair equal values, best pairs first: inside a date (or clock time) with inside one,
    firm with firm, no guessed dual, the same kind, then the nearest relative position in the
    sentence."""
    if len(source) * len(target) > _MAX_PAIRINGS:
        _match_by_value(source, target)
        return
    pairs: list[tuple[tuple[int, int, float], _Item, _Item]] = []
    for s in source:
        for t in target:
            if _same_value(s, t) and not _ordinal_against_dual(s, t):
                rank = (
                    s.dated != t.dated,  # "6 نوفمبر" is "November 6", not "six weeks"
                    -(s.firm + t.firm),
                    s.weak or t.weak,
                    0 if _kind_group(s.kind) == _kind_group(t.kind) else 1,
                    abs(s.start / max(1, source_size) - t.start / max(1, target_size)),
                )
                pairs.append((rank, s, t))
    pairs.sort(key=lambda pair: pair[0])
    for _, s, t in pairs:
        if s.matched or t.matched:
            continue
        # a guessed dual ("شيردان", a name) does not take a number in digits that a number
        # in digits left over on the other side may be a changed copy of ("بنتيجة 1-0"
        # against "trailing 2-0")
        if s.weak and _digits(t) and _digit_look_alike(t, source):
            continue
        if t.weak and _digits(s) and _digit_look_alike(s, target):
            continue
        s.matched = t.matched = True
        s.partner, t.partner = t, s
    # A value written twice on one side ("ثلاثة (3)") and once on the other is one fact; a
    # count written twice is not explained by a value the other side only implies ("three
    # sensors" and "three-dimensional" against "ثلاثي الأبعاد"), nor, away from its twin, while
    # the other side has a number of its own left over ("six ... Channel 6" against "ست ...
    # القناة الخامسة").
    for side, other in ((source, target), (target, source)):
        spare = any(_spare(o) for o in other)
        # a number in digits left over on the other side ("2 و 1" against "2 and 2", "1 - 0"
        # against "1 - 1"): a twin in digits away from its double may be the changed one
        spare_digits = any(not o.matched and not o.dated and _digits(o) for o in other)
        # an ordinal left over, a "first" included ("أول ... ثاني" against "second ... second")
        spare_ordinal = any(_is_first(o) or _compared_ordinal(o) for o in other if not o.matched)
        for item in side:
            if item.matched or not any(
                o.matched
                and (o.firm or not item.firm)
                and (o.kind == "ordinal") == (item.kind == "ordinal")
                and _same_value(item, o)
                for o in other
            ):
                continue
            held = (
                (item.firm and spare)
                or (spare_digits and _digits(item))
                or (spare_ordinal and _compared_ordinal(item))
            )
            if held and not _twin_near(item, side):
                continue
            item.matched = True


def _ordinal_against_dual(s: _Item, t: _Item) -> bool:
    """An ordinal and a dual noun are never the same number ("ظهوره الأول ... بهدفين" is no
    "second appearance")."""
    for one, other in ((s, t), (t, s)):
        if one.kind == "ordinal" and (
            other.weak or (other.quantity is not None and "dual" in other.quantity.extra)
        ):
            return True
    return False


def _digit_look_alike(item: _Item, other: list[_Item]) -> bool:
    """A number in digits of ``other``, unmatched and outside a date, one digit from ``item``."""
    return any(
        not o.matched
        and not o.dated
        and _digits(o)
        and _comparable(o, item)
        and _distance(o, item)[0] <= 1
        for o in other
    )


def _spare(item: _Item) -> bool:
    """A number left over that a changed number may stand for."""
    return (
        not item.matched
        and not item.dated
        and (item.kind in ("cardinal", "ordinal", "percent") or item.weak)
        and item.value > 1
    )


def _twin_near(item: _Item, side: list[_Item]) -> bool:
    """The same value written right next to ``item`` ("ثلاثة (3)", "three (3)"), once in words
    and once in digits ("1 - 1" is a score, not a number restated)."""
    return any(
        other is not item
        and _digits(other) != _digits(item)
        and _same_value(item, other)
        and (0 <= item.start - other.end <= 3 or 0 <= other.start - item.end <= 3)
        for other in side
    )


def _match_by_value(source: list[_Item], target: list[_Item]) -> None:
    """The same matching in linear time for text far longer than a sentence: equal values
    only, in order of appearance."""
    waiting: dict[float, list[_Item]] = {}
    for t in reversed(target):
        for value in t.values():
            waiting.setdefault(round(value, 6), []).append(t)
    matched_values: set[float] = set()
    for s in source:
        for value in s.values():
            bucket = waiting.get(round(value, 6), [])
            while bucket and bucket[-1].matched:
                bucket.pop()
            if bucket:
                t = bucket.pop()
                s.matched = t.matched = True
                matched_values.update(round(v, 6) for v in (*s.values(), *t.values()))
                break
    for item in (*source, *target):
        if not item.matched and any(round(v, 6) in matched_values for v in item.values()):
            item.matched = True


def _kind_group(kind: str) -> str:
    return {"ordinal": "cardinal", "soft": "cardinal"}.get(kind, kind)


def _number_findings(source: list[_Item], target: list[_Item]) -> list[FactMismatch]:
    left = [item for item in source if item.firm and not item.matched]
    right = [item for item in target if item.firm and not item.matched]
    findings: list[FactMismatch] = []
    used: set[int] = set()
    # Pairing leftovers is quadratic; past a bound (no real sentence comes near it) every
    # leftover is reported alone.
    pairing = len(source) * len(target) <= _MAX_PAIRINGS
    for s in left if pairing else []:
        candidates = [t for t in right if id(t) not in used and _comparable(s, t)]
        best = min(candidates, key=lambda t: _distance(s, t), default=None)
        if best is None:
            continue
        used.add(id(best))
        s.matched = best.matched = True
        findings.append(_pair_finding(s, best))
    # A number left over on one side against a look-alike the other side writes in digits
    # where the readers keep it soft (a score, a time, a number the English reader missed):
    # "10 إلى 15" against "100 to 15", "الساعة 7" against "70 a.m.".
    sides = ((source, target, True), (target, source, False)) if pairing else ()
    for one, other, one_is_source in sides:
        for item in one:
            if item.matched or not _digits(item):
                continue
            candidates = [
                o
                for o in other
                if not o.matched
                and _digits(o)
                and (item.firm or o.firm or _distance(item, o)[0] == 0)
                and _comparable(item, o)
                and _distance(item, o)[0] <= 1
            ]
            best = min(candidates, key=lambda o: _distance(item, o), default=None)
            if best is None:
                continue
            item.matched = best.matched = True
            pair = (item, best) if one_is_source else (best, item)
            findings.append(_pair_finding(*pair))
    # Digits both readers keep soft (the two sides of a score, a range of decimals), left over
    # on both sides and written alike but for one digit: "26 - 00" against "26 - 10".
    for s in source if pairing else []:
        if s.matched or s.dated or not _digits(s):
            continue
        best = next(
            (
                t
                for t in target
                if not t.matched and not t.dated and _digits(t) and _one_digit_apart(s, t)
            ),
            None,
        )
        if best is not None:
            s.matched = best.matched = True
            findings.append(_pair_finding(s, best))
    for s in left:
        if not s.matched:
            findings.append(
                FactMismatch(
                    kind="number",
                    source_span=(s.start, s.end),
                    target_span=None,
                    source_text=s.text,
                    target_text="",
                    message=f"the source says {_shown(s)}; the target has no such number",
                )
            )
    for t in right:
        if t.matched:
            continue
        findings.append(
            FactMismatch(
                kind="number",
                source_span=None,
                target_span=(t.start, t.end),
                source_text="",
                target_text=t.text,
                message=f"the target says {t.text}; the source has no such number",
            )
        )
    return findings


def _digits(item: _Item) -> bool:
    """Written in digits, and not an ordinal or a word standing for a number."""
    return item.kind not in ("ordinal", "decade") and bool(re.match(r"[\d٠-٩۰-۹]", item.text))


def _one_digit_apart(s: _Item, t: _Item) -> bool:
    """Two numbers written in digits with the same digits but one ("00" and "10", "4.2" and
    "5.2") or two neighbours swapped ("38" and "83"), decimal points in the same place."""
    a, b = _written(s), _written(t)
    if (
        len(a) != len(b)
        or not re.fullmatch(r"\d+(?:\.\d+)?", a)
        or not re.fullmatch(r"\d+(?:\.\d+)?", b)
    ):
        return False
    if a.find(".") != b.find("."):
        return False
    apart = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    # one digit changed, or two neighbours swapped ("38" and "83", "16.5" and "61.5")
    return len(apart) == 1 or (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and a[apart[0]] == b[apart[1]]
        and a[apart[1]] == b[apart[0]]
    )


def _written(item: _Item) -> str:
    """The digits of ``item`` as written ("00", "116 123" as "116123"); for one end of a
    range ("70-90%"), its value."""
    from tqcheck.arabic.text import normalize_digits

    text = re.sub(r"[\s,]", "", normalize_digits(item.text))
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return text
    return f"{item.value:g}"


def _comparable(s: _Item, t: _Item) -> bool:
    group_s, group_t = _kind_group(s.kind), _kind_group(t.kind)
    if "year" in (group_s, group_t):
        return group_s == group_t
    return group_s == group_t or {group_s, group_t} == {"cardinal", "percent"}


def _distance(s: _Item, t: _Item) -> tuple[int, float]:
    """How unlike two values look: a power-of-ten slip or one changed digit is closest; each
    value's alternatives ("1.6" read also as "1.6 million") are tried."""
    closest = min(_distance_of(s, t, a, b) for a in s.values() for b in t.values())
    # a score of 2 measures how far apart they are, on the values as read
    return closest if closest[0] < 2 else _distance_of(s, t, s.value, t.value)


def _distance_of(s: _Item, t: _Item, a: float, b: float) -> tuple[int, float]:
    if a > 0 and b > 0:
        ratio = max(a, b) / min(a, b)
        for power in (10, 100, 1000):
            if abs(ratio - power) < 1e-9 * power:
                return (0, 0.0)
    digits_a = f"{a:g}".replace(".", "")
    digits_b = f"{b:g}".replace(".", "")
    if len(digits_a) == len(digits_b):
        changed = sum(x != y for x, y in zip(digits_a, digits_b, strict=True))
        if changed <= 1 or sorted(digits_a) == sorted(digits_b):
            return (1, 0.0)
    return (2, abs(s.start - t.start))


def _shown(item: _Item) -> str:
    """ "330 ألف (330,000)": the words as written and, where they differ, the value."""
    value = _display(item.value)
    plain = item.text.replace("٬", ",").translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    if plain.strip() in (value, value.replace(",", "")):
        return item.text
    return f"{item.text} ({value}{'%' if item.kind == 'percent' else ''})"


def _display(value: float) -> str:
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


def _pair_finding(s: _Item, t: _Item) -> FactMismatch:
    return _number_mismatch(
        s, t, f"the source says {_shown(s)}; the target says {t.text}", _render_like(s.value, t)
    )


def _number_mismatch(
    s: _Item, t: _Item, message: str, suggestion: str | None = None
) -> FactMismatch:
    """A number the source (``s``) and the target (``t``) state differently."""
    return FactMismatch(
        kind="number",
        source_span=(s.start, s.end),
        target_span=(t.start, t.end),
        source_text=s.text,
        target_text=t.text,
        message=message,
        suggestion=suggestion,
    )


def _render_like(value: float, target: _Item) -> str | None:
    """``value`` written the way the target wrote its number ("2.5 million", "330,000")."""
    text = target.text
    if target.quantity is not None and target.quantity.qualifier != "exact":
        return None  # "about 33,000": the qualifier is the editor's call
    if target.kind == "year":
        return str(int(value))
    scale = re.search(r"\b(million|billion|trillion|thousand)\b", text, re.IGNORECASE)
    if scale and re.match(r"\d", text):
        factor = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
        amount = value / factor[scale.group(1).lower()]
        if amount >= 1:
            return f"{amount:,.10g} {scale.group(1)}"
    if not re.match(r"[\d$£€]", text):
        return None  # a number in words: the wording is the editor's call
    for alternative in target.alternatives:
        factor = alternative / target.value if target.value else 0
        if factor in (1e3, 1e6, 1e9, 1e12) and value >= factor:
            return f"{value / factor:g}"  # "1.6" of "2.4-1.6 million"
    shown = _display(value) if "," in text or value >= 10000 else f"{value:g}"
    if target.kind == "percent":
        suffix = re.search(r"\s*(%|per\s?cent)$", text, re.IGNORECASE)
        shown += suffix.group() if suffix else "%"
    currency = re.match(r"[$£€]", text)
    return (currency.group() if currency else "") + shown


# -- dates --------------------------------------------------------------------------------------

_ENGLISH_MONTH = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_MONTH_PREPOSITION = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|from|early|late|mid|last|next|this|during|before|after"
    r"|through|between|(?:January|February|March|April|June|July|August|September|October"
    r"|November|December)\s+(?:to|and|or))"
    r"|-)\s*$",
    re.IGNORECASE,
)
_RELATIVE_WORDS = {-2: "the day before yesterday", -1: "yesterday", 0: "today", 1: "tomorrow"}


def compare_dates(source: str, target: str, published: date | None = None) -> list[FactMismatch]:
    """Dates the Arabic ``source`` and the English ``target`` state differently; with
    ``published``, relative dates are resolved to days and compared as days."""
    source_mentions = [m for m in _arabic_date_mentions(source) if _compared(m)]
    target_mentions = [m for m in _english_date_mentions(target) if _compared(m)]
    target_mentions += _english_old_dates(target, target_mentions)
    target_mentions += _english_months(target, target_mentions)
    source_features = [_features(m, published) for m in source_mentions]
    target_features = [_features(m, published) for m in target_mentions]
    matched_source: set[int] = set()
    matched_target: set[int] = set()
    findings: list[FactMismatch] = []
    # Agreeing pairs first, so that a contradiction is only read between dates left over; pairs
    # that share more than a weekday before those that share only one ("السبت (29 سبتمبر)"
    # against "Saturday (September 28)": the days disagree, whatever the weekdays say).
    for strong in (True, False):
        for wanted in ("agree", "conflict"):
            for i, features in enumerate(source_features):
                if i in matched_source:
                    continue
                for j in _date_window(i, len(source_features), len(target_features)):
                    other = target_features[j]
                    if (
                        j in matched_target
                        or _verdict(features, other) != wanted
                        or _shares_more_than_weekday(features, other) != strong
                    ):
                        continue
                    matched_source.add(i)
                    matched_target.add(j)
                    if wanted == "conflict":
                        findings.append(
                            _date_finding(
                                source_mentions[i], target_mentions[j], features, other, published
                            )
                        )
                    break
    findings += _split_weekdays(
        source_mentions, target_mentions, source_features, target_features, published
    )
    taken = _Spans([f.target_span for f in findings if f.target_span is not None])
    findings += [
        f
        for f in _calendar_name_findings(source, target)
        if f.target_span is None or not taken.overlaps(*f.target_span)
    ]
    return findings


@lru_cache(maxsize=1)
def _calendar_names() -> dict[str, str]:
    """Arabic spelling (folded) -> the English weekday or month it writes, in a name."""
    from importlib import resources

    from tqcheck.arabic.text import word_key

    data = resources.files("tqcheck.data").joinpath("calendar_names.tsv").read_text("utf-8")
    table = {}
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            english, arabic = line.split("\t")
            table[word_key(arabic.strip())] = english.strip()
    return table


@lru_cache(maxsize=1)
def _calendar_spellings() -> re.Pattern[str]:
    """Any of the table's spellings in the raw text, with the letters the folding merges (a
    quick test before reading the tokens)."""
    variants = str.maketrans({"ي": "[يى]", "ا": "[اأإآ]", "ه": "[هة]"})
    return re.compile("|".join(key.translate(variants) for key in _calendar_names()))


_ENGLISH_CALENDAR_WORD = re.compile(rf"\b(?:{'|'.join([*WEEKDAY_NAMES, *MONTH_NAMES])})\b")


def _in_name(text: str, match: re.Match[str]) -> bool:
    """A capitalised word right before or after: "The Sunday Times", "Theresa May"."""
    before = text[: match.start()].rstrip()
    after = text[match.end() :].lstrip()
    return bool(
        re.search(r"\b[A-Z][a-z]+$", before) and not re.search(r"(?:^|[.!?:]\s*)\w+$", before)
    ) or bool(re.match(r"[A-Z][a-z]+", after) and not _ENGLISH_CALENDAR_WORD.match(after))


def _calendar_name_findings(source: str, target: str) -> list[FactMismatch]:
    """A weekday or month the source writes in Arabic letters inside a name ("صنداي تايمز",
    "تيريزا ماي") that the target writes as another one ("The Saturday Times", "Theresa
    June"): the English reader alone cannot tell such a name from a date."""
    table = _calendar_names()
    if not _calendar_spellings().search(source):
        return []
    said: list[tuple[Token, str]] = []
    for token in _tokens(source):
        if token.kind != "word":
            continue
        for prefix in _ARABIC_CLITICS:
            if token.key.startswith(prefix) and token.key[len(prefix) :] in table:
                said.append((token, table[token.key[len(prefix) :]]))
                break
    if not said:
        return []
    written = list(_ENGLISH_CALENDAR_WORD.finditer(target))
    stated = Counter(
        name
        for mention in _arabic_date_mentions(source)
        for name in (
            MONTH_NAMES[mention.month - 1] if mention.month else None,
            WEEKDAY_NAMES[mention.weekday] if mention.weekday is not None else None,
        )
        if name
    )
    for token, name in list(said):
        # the target's word inside a name first ("Saturday Night Live"); one the source's own
        # dates account for ("on Saturday" for "يوم السبت") only as a spare
        same = sorted(
            (m for m in written if m.group() == name), key=lambda m: not _in_name(target, m)
        )
        spare = sum(1 for m in written if m.group() == name) - stated[name]
        if same and (_in_name(target, same[0]) or spare > 0):
            written.remove(same[0])
            said.remove((token, name))
    findings = []
    for token, name in said:
        weekday = name in WEEKDAY_NAMES
        match = next(
            (
                m
                for m in written
                if m.group() not in stated and (m.group() in WEEKDAY_NAMES) == weekday
            ),
            None,
        )
        if match is None:
            continue
        written.remove(match)
        findings.append(
            FactMismatch(
                kind="date",
                source_span=(token.start, token.end),
                target_span=match.span(),
                source_text=source[token.start : token.end],
                target_text=match.group(),
                message=f"the source writes {token.plain} ({name}), a name; the target says "
                f"{match.group()}",
                suggestion=name,
            )
        )
    return findings


def _split_weekdays(
    source_mentions: list[DateMention],
    target_mentions: list[DateMention],
    source_features: list[dict[str, object]],
    target_features: list[dict[str, object]],
    published: date | None,
) -> list[FactMismatch]:
    """A weekday one side writes apart from its date ("يوم السبت (29 سبتمبر)") and the other
    writes with it ("Sunday (September 29)"): the weekdays compared, once the dates agree."""
    findings: list[FactMismatch] = []
    pairs = (
        (source_mentions, source_features, target_mentions, target_features, True),
        (target_mentions, target_features, source_mentions, source_features, False),
    )
    for alone, alone_features, joined, joined_features, alone_is_source in pairs:
        weekdays = [i for i, m in enumerate(alone) if m.kind == "weekday" and not m.direction]
        if len(weekdays) != 1:
            continue
        dated = [
            j
            for j, m in enumerate(joined)
            if m.kind == "absolute" and joined_features[j].get("named_weekday")
        ]
        if len(dated) != 1 or sum(1 for m in joined if m.weekday is not None) != 1:
            continue
        if any(m.weekday is not None for m in alone if m.kind != "weekday"):
            continue
        i, j = weekdays[0], dated[0]
        if alone_features[i].get("weekday") == joined_features[j].get("weekday"):
            continue
        if not any(
            m.kind == "absolute"
            and _verdict(_day_only(f), _day_only(joined_features[j])) == "agree"
            for m, f in zip(alone, alone_features, strict=True)
        ):
            continue
        if alone_is_source:
            # the target's weekday alone ("Friday" of "Friday (March 12)")
            named = re.search("|".join(WEEKDAY_NAMES), joined[j].text, re.IGNORECASE)
            mention = joined[j]
            if named is not None:
                mention = replace(
                    mention,
                    start=mention.start + named.start(),
                    end=mention.start + named.end(),
                    text=named.group(),
                )
            pair = (alone[i], mention, alone_features[i], joined_features[j])
        else:
            pair = (joined[j], alone[i], joined_features[j], alone_features[i])
        finding = _date_finding(*pair, published)
        weekday = alone_features[i].get("weekday") if alone_is_source else None
        if isinstance(weekday, int) and finding.target_text in WEEKDAY_NAMES:
            finding = replace(finding, suggestion=WEEKDAY_NAMES[weekday])
        findings.append(finding)
    return findings


def _shares_more_than_weekday(a: dict[str, object], b: dict[str, object]) -> bool:
    return any(
        not key.startswith("_") and key not in ("weekday", "named_weekday") for key in a.keys() & b
    )


def _day_only(features: dict[str, object]) -> dict[str, object]:
    return {key: value for key, value in features.items() if key not in ("weekday",)}


def _date_window(index: int, sources: int, targets: int) -> range:
    """The target mentions a source mention is compared with: all of them in a sentence; in
    text far longer than a sentence, those near the same relative place."""
    if sources * targets <= _MAX_PAIRINGS:
        return range(targets)
    middle = index * targets // max(1, sources)
    return range(max(0, middle - 20), min(targets, middle + 21))


def _compared(mention: DateMention) -> bool:
    return mention.kind not in ("year", "decade")


_ENGLISH_OLD_DATE = re.compile(
    rf"(?<![\w$£€])(?:the\s+)?(?P<d1>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<m1>{_MONTH_ALTERNATION}),?\s+(?P<y1>\d{{3,4}})(?!\d)"
    rf"|\b(?P<m2>{_MONTH_ALTERNATION})\s+(?:the\s+)?(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    rf",?\s+(?P<y2>\d{{3,4}})(?!\d)"
)


def _english_old_dates(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Day, month and year outside the English date reader's years ("4th July 1776",
    "October 6, 1789"), read as dates so that they are compared with the source's."""
    found: list[DateMention] = []
    spans = _Spans([(m.start, m.end) for m in mentions])
    for match in _ENGLISH_OLD_DATE.finditer(text):
        if spans.overlaps(match.start(), match.end()):
            continue
        day = int(match.group("d1") or match.group("d2"))
        month = MONTH_NAMES.index(match.group("m1") or match.group("m2")) + 1
        year = int(match.group("y1") or match.group("y2"))
        try:
            date(year, month, day)
        except ValueError:
            continue
        found.append(
            DateMention(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                kind="absolute",
                year=year,
                month=month,
                day=day,
            )
        )
    return found


def _english_months(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """English month names outside a date the English reader found ("in October")."""
    found: list[DateMention] = []
    spans = _Spans([(m.start, m.end) for m in mentions])
    for match in _ENGLISH_MONTH.finditer(text):
        if spans.overlaps(match.start(), match.end()):
            continue
        name = match.group(1)
        if name in ("May", "March") and not _MONTH_PREPOSITION.search(text[: match.start()]):
            continue
        found.append(
            DateMention(
                start=match.start(),
                end=match.end(),
                text=name,
                kind="month",
                month=MONTH_NAMES.index(name) + 1,
            )
        )
    return found


def _features(mention: DateMention, published: date | None) -> dict[str, object]:
    """What a mention says, feature by feature, for comparison with the other side.

    A day and month without a year is compared as day and month, never as a resolved day: the
    year it resolves to depends on the tense each side's reader sees. A weekday written out is
    compared as that weekday, never as the day it resolves to, for the same reason.
    """
    features: dict[str, object] = {}
    kind = mention.kind
    day = resolve(mention, published) if published is not None else None
    if mention.weekday is not None:
        features["weekday"] = mention.weekday
        features["named_weekday"] = True
    if kind == "absolute":
        features["md"] = (mention.month, mention.day)
        features["month"] = mention.month
        features["dom"] = mention.day
        if mention.year is not None:
            features["year"] = mention.year
            if day is not None and "weekday" not in features:
                features["weekday"] = day.weekday()
    elif kind in ("relative_day", "month_day", "ago") and day is not None:
        features["md"] = (day.month, day.day)
        features.setdefault("weekday", day.weekday())
    if kind == "month_day":
        features["dom"] = mention.day
    elif kind in ("month_year", "month"):
        features["month"] = mention.month
        if mention.year is not None:
            features["year"] = mention.year
    elif kind == "relative_day":
        features["relative"] = mention.offset
    elif kind in ("ago", "later"):
        features[kind] = (mention.count, mention.unit)
    elif kind == "counter":
        features["counter"] = (mention.count, mention.unit)
    elif kind == "period":
        unit = mention.direction.split()[-1]
        polarity = mention.direction.split()[0]
        polarity = {"earlier": "this", "later": "this", "past": "last", "previous": "last"}.get(
            polarity, polarity
        )
        features["period"] = (unit, "this" if polarity == "coming" else polarity)
    if day is not None:
        features["_day"] = day  # for the message only
    return features


def _verdict(a: dict[str, object], b: dict[str, object]) -> str:
    """ "agree", "conflict" or "" (nothing in common) for two mentions' features."""
    shared = {key for key in a.keys() & b.keys() if not key.startswith("_")}
    shared.discard("named_weekday")
    if "md" in shared:
        shared -= {"dom", "month"}
    if not shared:
        return ""
    return "agree" if all(a[key] == b[key] for key in shared) else "conflict"


def _date_finding(
    source: DateMention,
    target: DateMention,
    source_features: dict[str, object],
    target_features: dict[str, object],
    published: date | None,
) -> FactMismatch:
    source_day = source_features.get("_day")
    target_day = target_features.get("_day")
    said = _describe(source, source_day if isinstance(source_day, date) else None)
    message = f"the source says {source.text} ({said}); the target says {target.text}"
    if isinstance(target_day, date):
        message += f" ({describe_day(target_day)})"
    if published is not None:
        message += f", published {describe_day(published)}"
    return FactMismatch(
        kind="date",
        source_span=(source.start, source.end),
        target_span=(target.start, target.end),
        source_text=source.text,
        target_text=target.text,
        message=message,
        suggestion=_date_suggestion(source, target, source_features),
    )


def _describe(mention: DateMention, day: date | None) -> str:
    """An Arabic mention in English words, with the day it resolves to when known."""
    kind = mention.kind
    if kind == "absolute":
        words = f"{mention.day} {MONTH_NAMES[(mention.month or 1) - 1]}"
        if mention.year:
            words += f" {mention.year}"
        if mention.weekday is not None:
            words = f"{WEEKDAY_NAMES[mention.weekday]}, {words}"
    elif kind == "relative_day":
        words = _RELATIVE_WORDS.get(mention.offset, f"{mention.offset:+d} days")
        if mention.weekday is not None:
            words += f", {WEEKDAY_NAMES[mention.weekday]}"
    elif kind == "weekday":
        name = WEEKDAY_NAMES[mention.weekday or 0]
        words = f"{mention.direction} {name}".strip()
    elif kind == "month_day":
        relation = {-1: "last month", 0: "this month", 1: "next month"}.get(
            mention.month_offset, f"{mention.month_offset:+d} months"
        )
        words = f"day {mention.day} of {relation}"
    elif kind in ("month", "month_year"):
        words = MONTH_NAMES[(mention.month or 1) - 1]
        if mention.year:
            words += f" {mention.year}"
    elif kind in ("ago", "later"):
        plural = "s" if mention.count != 1 else ""
        words = f"{mention.count} {mention.unit}{plural} {'ago' if kind == 'ago' else 'later'}"
    elif kind == "counter":
        words = (
            f"day {mention.count}" if mention.unit == "day" else f"{mention.unit} {mention.count}"
        )
    else:
        words = mention.direction or kind
    if day is not None and kind not in ("absolute",):
        return f"{words}, {describe_day(day)}" if words else describe_day(day)
    return words


def _date_suggestion(
    source: DateMention, target: DateMention, features: dict[str, object]
) -> str | None:
    """The target's date rewritten with the source's value, where the rewrite is plain."""
    weekday = features.get("weekday")
    if target.kind == "weekday" and isinstance(weekday, int):
        prefix = f"{target.direction} " if target.direction else ""
        return prefix + WEEKDAY_NAMES[weekday]
    if target.kind == "month" and source.month:
        return MONTH_NAMES[source.month - 1]
    if target.kind == "relative_day" and source.kind == "relative_day":
        return _RELATIVE_WORDS.get(source.offset)
    if target.kind == "absolute" and source.kind == "absolute" and source.month and source.day:
        month = MONTH_NAMES[source.month - 1]
        day_first = bool(re.match(r"(?:the\s+)?\d", target.text, re.IGNORECASE))
        text = f"{source.day} {month}" if day_first else f"{month} {source.day}"
        year = source.year or target.year
        if target.year is not None and year is not None:
            text += f" {year}" if day_first else f", {year}"
        return text
    return None
