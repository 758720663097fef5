"""Quantities in prose: the number, how exact it is, and the thing it counts.

Extraction is anchored: a regular expression finds each number expression (digits, number
words, ordinals, percentages, years, decades), and only the matched words go to numerizer for
their value ("thirty thousand" -> 30000, "1.5 million", "fourth"); numerizer never reads free
prose, where it turns the article "a" into 1. The counted thing is the noun group after the
number ("8 additional villages" -> head "village", modifiers ("additional",)), with a conjoined
noun ("villages and towns") and the event the sentence reports about it ("killed", "wounded").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from numerizer import numerize

from tqcheck import patterns
from tqcheck.lexicon import MONTHS, WEEKDAYS, is_function_word, is_verb_like, word_list

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
SCALES = ("hundred", "thousand", "million", "billion", "trillion")
_ORDINAL_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
# Cardinals as words, indexed by value (0-19); ordinals, indexed by value - 1.
NUMBER_WORDS = tuple(_UNITS)
ORDINAL_WORDS = tuple(_ORDINAL_UNITS)
_ORDINAL_TENS = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
]
_ORDINAL_SCALES = ["hundredth", "thousandth", "millionth"]


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=patterns.longest_first))


_WORD = rf"(?:{_alternation([*_UNITS, *TENS])})"
SCALE = rf"(?:{_alternation(list(SCALES))})"
_ORD_WORD = rf"(?:{_alternation(_ORDINAL_UNITS + _ORDINAL_TENS + _ORDINAL_SCALES)})"
# "twenty-one", "three hundred and twelve", "thirty thousand", "one million two hundred".
# At most 12 further words: no number in prose is longer, and a bound keeps a run of number
# words ("one one one ...") from backtracking quadratically.
WORD_NUMBER = (
    rf"(?:{_WORD}(?:[\s-]+(?:and\s+)?(?:{_WORD}|{SCALE})){{0,12}}"
    rf"|(?:a|one)\s+{SCALE}(?:[\s-]+(?:and\s+)?(?:{_WORD}|{SCALE})){{0,12}})"
)
# "twenty-first": a tens word may come before; a unit never does ("two second-half shots" is
# "two" and "second").
WORD_ORDINAL = rf"(?:(?:(?:{_alternation(list(TENS))})[\s-]+(?:and\s+)?)?{_ORD_WORD})"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?![\d.])|\d+(?:\.\d+)?)"

# Qualifiers before a number: how exact it is.
_APPROX = r"about|around|some|approximately|roughly|nearly|almost|close\s+to|an\s+estimated"
_MIN = (
    r"more\s+than|over|at\s+least|upwards\s+of|no\s+fewer\s+than|no\s+less\s+than|in\s+excess\s+of"
)
_MAX = r"less\s+than|fewer\s+than|under|at\s+most|no\s+more\s+than|below|up\s+to"
_QUALIFIER = rf"(?P<qual>{_MIN}|{_MAX}|{_APPROX})\s+"

_NUMBER_EXPR = patterns.compile(
    rf"(?<![\w.,-])(?:{_QUALIFIER})?"
    rf"(?:"
    rf"(?P<range_low>{DIGITS}|{WORD_NUMBER})\s*(?:-|–|to|and)\s*(?P<range_high>{DIGITS}|{WORD_NUMBER})"
    rf"(?P<range_scale>\s+{SCALE})?(?P<range_percent>\s*%|\s+per\s?cent\b)?(?=\W|$)"
    rf"|(?P<decade>(?:1[89]|20)\d0s|'\d0s)"
    rf"|(?P<ordinal_digits>(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}})(?:st|nd|rd|th))\b"
    rf"|(?P<ordinal_words>{WORD_ORDINAL})\b"
    rf"|(?P<digits>{DIGITS})(?P<frac>[½¼¾⅓⅔])?"
    rf"(?P<scale>\s*{SCALE}\b|\s*(?:bn|bln|mln|mn)\b|(?<=\d)[mk]\b)?"
    rf"(?P<percent>\s*%|\s+per\s?cent\b)?"
    rf"|(?P<dozen>(?:a|one|half\s+a|{_WORD}|\d+)(?:\s+|-)dozen|a\s+couple(?:\s+of)?|a\s+pair\s+of)\b"
    rf"|(?P<vague>dozens|hundreds|thousands|millions|tens\s+of\s+thousands|scores)\s+of\b"
    rf"|(?P<words>{WORD_NUMBER})(?P<words_percent>\s+per\s?cent\b)?\b"
    rf")",
    re.IGNORECASE,
)
# "between 20 and 30": the low end carries "between".
_BETWEEN = patterns.compile(r"\bbetween\s+$", re.IGNORECASE)
# (the months longest first, ties alphabetical: one text in every process, whatever the set's
# order, so that its compiled code is kept)
_YEAR_BEFORE = patterns.compile(
    rf"(?:\b(?:in|since|of|from|until|till|by|before|after|during|year|early|late|mid|"
    rf"{'|'.join(sorted(MONTHS, key=patterns.longest_first))})|[,(])\s*$",
    re.IGNORECASE,
)
_PREDICATES_FILE = "quantity_events"


_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_WORD = patterns.compile(r"\b(thousand|million|billion|trillion)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number expression with document offsets.

    ``kind`` is ``cardinal``, ``ordinal``, ``percent``, ``year``, ``decade`` or ``vague``
    ("hundreds of"). ``low``/``high`` bound the value the words allow: "more than 30" is
    (30, inf), "about 30" is (27, 33), "20 to 30" is (20, 30); an exact count has low == high.
    """

    start: int
    end: int
    text: str
    value: float | None
    kind: str
    qualifier: str = "exact"  # exact, approx, min, max, range
    low: float | None = None
    high: float | None = None
    head: str = ""  # the counted noun, singular ("village")
    head_text: str = ""  # as written ("villages")
    head_end: int = -1  # document offset where the counted noun group ends
    modifiers: tuple[str, ...] = ()
    conjoined: tuple[str, ...] = ()  # "villages and towns" -> ("town",)
    event: str = ""  # the event class of the sentence's verb about it ("killed" -> "death")
    sentence_index: int = -1
    block_index: int = -1
    # The article before the number ('a $1.2 billion loan', 'the $2.1 billion loan'): 'a',
    # 'the' or ''.
    determiner: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def is_count(self) -> bool:
        """A cardinal that counts a named thing ("8 villages", "eight of the villages")."""
        return self.kind == "cardinal" and bool(self.head) and self.value is not None

    def compatible_with(self, other: Quantity) -> bool:
        """True when both can be true of one quantity ("more than 30" and "35")."""
        if self.low is None or other.low is None or self.high is None or other.high is None:
            return True
        return self.low <= other.high and other.low <= self.high

    def display(self) -> str:
        """The value as an editor reads it: "8", "30,000", "1.5 million"."""
        if self.value is None:
            return self.text
        scale = _SCALE_WORD.search(self.text)
        if scale is not None and self.value >= _SCALES[scale.group(1).lower()]:
            word = scale.group(1).lower()
            return f"{self.value / _SCALES[word]:,.12g} {word}"  # as written: "2.1 million"
        if self.value.is_integer():
            return f"{int(self.value):,}"
        return f"{self.value:,}"


# what :func:`number_value` and :func:`_single` match, compiled once (kept in the cache)
_DOTTED_THOUSANDS = patterns.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}\.000")
_DIGITS_ALONE = patterns.compile(DIGITS)
_DIGITS_SCALED = patterns.compile(rf"({DIGITS})\s*({SCALE}|bn|bln|mln|mn|m|k)")
_NUMERIZED = patterns.compile(r"(\d+(?:\.\d+)?)(?:st|nd|rd|th)?")
_QUALIFIER_START = patterns.compile(rf"^(?:{_QUALIFIER})", re.IGNORECASE)


def number_value(text: str) -> float | None:
    """The value of a number expression written in digits and/or words."""
    cleaned = " ".join(text.replace("-", " ").split()).lower()
    if _DOTTED_THOUSANDS.fullmatch(cleaned):
        return float(cleaned.replace(".", ""))  # "75.000", "1.250.000": dots between thousands
    if _DIGITS_ALONE.fullmatch(cleaned):
        return float(cleaned.replace(",", ""))
    if cleaned[-1:] in _FRACTIONS and _DIGITS_ALONE.fullmatch(cleaned[:-1]):
        return float(cleaned[:-1].replace(",", "")) + _FRACTIONS[cleaned[-1]]
    scaled = _DIGITS_SCALED.fullmatch(cleaned)
    if scaled:
        factor = {
            "hundred": 1e2,
            "thousand": 1e3,
            "million": 1e6,
            "mln": 1e6,
            "m": 1e6,
            "k": 1e3,
            "mn": 1e6,
            "bln": 1e9,
            "billion": 1e9,
            "bn": 1e9,
            "trillion": 1e12,
        }
        return float(scaled.group(1).replace(",", "")) * factor[scaled.group(2)]
    spelled = numerize(cleaned)
    match = _NUMERIZED.fullmatch(spelled.replace(",", ""))
    return float(match.group(1)) if match else None


_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}


def bounds(value: float, qualifier: str) -> tuple[float, float]:
    if qualifier == "min":
        return value, float("inf")
    if qualifier == "max":
        return 0.0, value
    if qualifier == "approx":
        slack = max(1.0, value * 0.15)
        return value - slack, value + slack
    return value, value


def _qualifier_kind(word: str | None) -> str:
    if not word:
        return "exact"
    word = " ".join(word.lower().split())
    if re.fullmatch(_MIN, word):
        return "min"
    if re.fullmatch(_MAX, word):
        return "max"
    return "approx"


_PRONOUN_BEFORE = ("no", "every", "any", "the", "this", "that")
# How far before a number its qualifiers and prepositions are read (characters): every look
# back is bounded, so a sentence with thousands of numbers costs linear time.
_LOOK_BACK = 40


def _before(text: str, start: int) -> str:
    return text[max(0, start - _LOOK_BACK) : start]


def find_numbers(text: str, offset: int = 0) -> list[Quantity]:
    """Number expressions in ``text`` (one sentence); offsets are shifted by ``offset``."""
    found: list[Quantity] = []
    position = 0
    while (match := _NUMBER_EXPR.search(text, position)) is not None:
        quantity = _from_match(text, match, offset)
        position = match.end()
        if quantity is not None:
            found.append(quantity)
            if match.group("range_low") and quantity.end - offset < match.end():
                position = quantity.end - offset  # "8 and 2 more": read the 2 as well
    return found


def _from_match(text: str, match: re.Match[str], offset: int) -> Quantity | None:
    groups = match.groupdict()
    qualifier = _qualifier_kind(groups["qual"])
    start, end = match.start(), match.end()
    raw = match.group()
    if groups["words"] and groups["words"].lower() in {"one"} and not groups["qual"]:
        # "one" is a pronoun as often as a count ("one of the", "no one"): keep only "one city".
        after = text[end : end + 40].lstrip()
        if not after[:1].isalpha() or after.lower().startswith(("of ", "another", "who", "which")):
            return None
        if text[max(0, start - 20) : start].rstrip().lower().endswith(_PRONOUN_BEFORE):
            return None
    if groups["range_low"]:
        connector = text[match.end("range_low") : match.start("range_high")]
        if connector.strip() == "-" and not groups["range_low"][:1].isdigit():
            # "thirty-two" is one number written with a hyphen, not a range
            if groups["range_percent"]:  # "fifty-eight percent"
                value = number_value(text[match.start("range_low") : match.end("range_high")])
                if value is not None:
                    low, high = bounds(value, qualifier)
                    return _quantity(
                        offset, start, end, raw, value, "percent", qualifier, low, high
                    )
            return _single(text, start, end, offset, groups["qual"] or "")
        low = number_value(groups["range_low"])
        high = number_value(groups["range_high"])
        if low is None or high is None:
            return None
        connector = text[match.start("range_low") : match.start("range_high")]
        words_only = (
            not groups["range_low"][:1].isdigit() and not groups["range_high"][:1].isdigit()
        )
        if "and" in connector.lower() and words_only and not _BETWEEN.search(_before(text, start)):
            # "three hundred and twelve": one number with "and" inside
            return _single(text, start, end, offset, groups["qual"] or "")
        if "and" in connector.lower() and not _BETWEEN.search(_before(text, match.start())):
            # "8 villages and 2 towns" is two numbers, not a range: re-read the first alone.
            return _single(text, match.start("range_low"), match.end("range_low"), offset, "")
        if groups["range_scale"]:
            factor = number_value("1 " + groups["range_scale"].strip()) or 1.0
            low, high = low * factor, high * factor
        if "-" in connector and re.fullmatch(r"\d{4}", groups["range_low"]):
            return _quantity(offset, start, end, raw, low, "year", "range", low, high)
        if low >= high:
            return None  # "4-3" is a score, not a range
        kind = "percent" if groups["range_percent"] else "cardinal"
        return _quantity(offset, start, end, raw, (low + high) / 2, kind, "range", low, high)
    if groups["decade"]:
        if names_follow(text, end):
            return None  # "the 1990s group": a name, not a decade
        digits = groups["decade"].lstrip("'")[:-1]
        year = float(digits) if len(digits) == 4 else 1900 + float(digits)
        return _quantity(offset, start, end, raw, year, "decade", "range", year, year + 9)
    if groups["ordinal_digits"] or groups["ordinal_words"]:
        words = groups["ordinal_digits"] or groups["ordinal_words"]
        if groups["ordinal_words"] and words.lower() == "second" and _is_time_second(text, end):
            return None
        value = number_value(words)
        if value is None:
            return None
        return _quantity(offset, start, end, raw, value, "ordinal", "exact", value, value)
    if groups["dozen"]:
        phrase = " ".join(groups["dozen"].lower().replace("-", " ").split())  # "three-dozen"
        if phrase.startswith("half"):
            value = 6.0
        elif phrase.endswith("dozen"):
            times = phrase.removesuffix(" dozen")
            value = 12.0 * (1.0 if times in ("a", "one") else number_value(times) or 1.0)
            if value > 12 and qualifier == "exact":
                qualifier = "approx"  # "six dozen countries" is a round figure
        else:
            value = 2.0
        qual = "exact" if phrase.endswith("dozen") and qualifier == "exact" else "approx"
        low, high = bounds(value, qual)
        return _quantity(offset, start, end, raw, value, "cardinal", qual, low, high)
    if groups["vague"]:
        return _quantity(offset, start, end, raw, None, "vague", "approx", None, None)
    number = groups["digits"] or groups["words"]
    if not number:
        return None
    if groups["digits"]:
        scale = (groups["scale"] or "").strip().lower()
        if scale in ("m", "k") and text[max(0, start - 1) : start] not in ("$", "£", "€"):
            return None  # "1m", "5k": metres, a race, a file size; only "$1.5m" is a million
        if not groups["percent"] and text[end : end + 1].isalpha():
            return None  # "802.11n", "29km", "5G": part of a name or a unit, not a count
    if groups["percent"] or groups["words_percent"]:
        value = number_value(number)
        if value is None:
            return None
        low, high = bounds(value, qualifier)
        return _quantity(offset, start, end, raw, value, "percent", qualifier, low, high)
    return _single(text, start, end, offset, groups["qual"] or "", scale=groups["scale"])


def names_follow(text: str, end: int) -> bool:
    """A lower-case noun follows ("the 1990s group"), not a verb or function word ("the
    1990s left", "the 1990s and")."""
    match = re.match(r"\s+([a-z][a-z'’-]*)", text[end : end + 60])
    if not match:
        return False
    word = match.group(1)
    return not is_function_word(word) and not is_verb_like(word) and not event_class(word)


def _single(
    text: str, start: int, end: int, offset: int, qual: str, scale: str | None = None
) -> Quantity | None:
    raw = text[start:end]
    number = raw[len(qual) :].strip() if qual else raw
    if qual:
        number = _QUALIFIER_START.sub("", raw)
    value = number_value(number)
    if value is None:
        return None
    qualifier = _qualifier_kind(qual)
    digits_only = re.fullmatch(r"\d{4}", number.strip())
    if digits_only and not scale and 1000 <= value <= 2100 and qualifier == "exact":
        before = _before(text, start)
        after = text[end : end + 40]
        if _YEAR_BEFORE.search(before) or not re.match(r"\s+[a-z]", after):
            return _quantity(offset, start, end, raw, value, "year", "exact", value, value)
    low, high = bounds(value, qualifier)
    return _quantity(offset, start, end, raw, value, "cardinal", qualifier, low, high)


def _is_time_second(text: str, end: int) -> bool:
    """ "a second" / "per second" is time, not an ordinal."""
    return bool(re.match(r"\s*(?:,|\.|$)", text[end : end + 4])) and text[
        max(0, end - 12) : end
    ].lower().endswith(("a second", "per second"))


def _quantity(
    offset: int,
    start: int,
    end: int,
    raw: str,
    value: float | None,
    kind: str,
    qualifier: str,
    low: float | None,
    high: float | None,
) -> Quantity:
    return Quantity(
        start=offset + start,
        end=offset + end,
        text=raw,
        value=value,
        kind=kind,
        qualifier=qualifier,
        low=low,
        high=high,
    )


# -- the counted thing ----------------------------------------------------------------------

_WORD_AFTER = patterns.compile(r"[ \t]+(?:of[ \t]+(?:the|its|their|them)[ \t]+)?([A-Za-z][\w'’-]*)")
_IRREGULAR_SINGULAR = {
    "people": "people",
    "persons": "people",
    "person": "people",
    "men": "man",
    "women": "woman",
    "children": "child",
    "lives": "life",
    "casualties": "casualty",
    "countries": "country",
    "cities": "city",
    "militias": "militia",
    "news": "news",
    "series": "series",
    "troops": "troop",
    "police": "police",
    "personnel": "personnel",
}
_NOT_NOUNS = frozenset(["most", "other", "others", "times", "per", "percent", "each"])


@cache
def _number_word() -> re.Pattern[str]:
    """Compiled on first use (issue 13: cold start)."""
    return patterns.compile(WORD_NUMBER, re.IGNORECASE)


# Words that end a counted-noun group: relative pronouns, adverbs and directions.
_STOP_AFTER_NOUN = frozenset(
    [
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "still",
        "overnight",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "already",
        "also",
        "now",
        "then",
        "here",
        "there",
        "alone",
        "apiece",
        "each",
        "so",
        "yet",
    ]
)


def _is_plural(word: str) -> bool:
    return word in _IRREGULAR_SINGULAR or (
        word.endswith("s") and not word.endswith(("ss", "us", "is"))
    )


def _plural_noun_follows(text: str, position: int) -> bool:
    """ "police officers": another plural noun continues the group."""
    match = _WORD_AFTER.match(text, position)
    if not match:
        return False
    word = match.group(1).lower()
    return (
        _is_plural(word)
        and not is_function_word(word)
        and not is_verb_like(word)
        and word not in _STOP_AFTER_NOUN
        and not event_class(word)
        and not match.group(1)[:1].isupper()
    )


# Modifiers that make a count a different subset of the thing counted.
CONTRAST_MODIFIERS = frozenset(
    [
        "additional",
        "other",
        "new",
        "more",
        "further",
        "another",
        "remaining",
        "extra",
        "total",
        "first",
        "last",
        "former",
        "previous",
        "same",
    ]
)


def singular(word: str) -> str:
    """A crude singular for comparing counted nouns ("villages" -> "village")."""
    lower = word.lower()
    if lower in _IRREGULAR_SINGULAR:
        return _IRREGULAR_SINGULAR[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("ches", "shes", "sses", "xes")):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(lower) > 3:
        return lower[:-1]
    return lower


def event_class(word: str) -> str:
    """The event class of a verb or adjective ("killed" -> "death"), "" when unknown."""
    return _events().get(word.lower(), "")


@cache
def _events() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in word_list(_PREDICATES_FILE):
        word, _, event = line.partition(" ")
        table[word.strip()] = event.strip()
    return table


def attach_counted_thing(text: str, quantity: Quantity, offset: int) -> Quantity:
    """``quantity`` with the noun group that follows it in ``text`` (sentence-relative)."""
    if quantity.kind not in ("cardinal", "percent", "vague"):
        return quantity
    if quantity.value is None and quantity.kind != "vague":
        return quantity
    position = quantity.end - offset
    words: list[tuple[str, int, int]] = []
    plural_wanted = quantity.kind == "vague" or (quantity.value or 0) > 1
    while len(words) < 4:
        match = _WORD_AFTER.match(text, position)
        if not match:
            break
        word = match.group(1)
        lower = word.lower()
        if (
            is_function_word(lower)
            or lower in _NOT_NOUNS
            or lower in _STOP_AFTER_NOUN
            or lower in WEEKDAYS
            or lower in MONTHS
            or (words and word[:1].isupper())
            or (words and is_verb_like(lower) and not lower.endswith("ed"))
            or (event_class(lower) and words)
        ):
            break
        if is_verb_like(lower) and not words and lower not in ("armed",):
            break
        possessive = re.search(r"['’]s?$", word)
        if possessive:  # "the two sides' agreement": the possessor is what is counted
            cut = match.start(1) + possessive.start()
            words.append((word[: possessive.start()], match.start(1), cut))
            break
        words.append((word, match.start(1), match.end(1)))
        position = match.end(1)
        if text[position : position + 1] not in (" ", "\t", "-"):
            break
        if plural_wanted and _is_plural(lower) and not _plural_noun_follows(text, position):
            break  # "18 villages north of Hama": the plural noun ends the group
    if not words:
        return quantity
    # The head noun is the last word; a participle in last place ("8 villages recaptured") is not.
    while len(words) > 1 and (words[-1][0].lower().endswith("ed") or event_class(words[-1][0])):
        words.pop()
    head_word, _, head_end = words[-1]
    modifiers = tuple(word.lower() for word, _, _ in words[:-1])
    conjoined: list[str] = []
    tail = text[head_end : head_end + 80]
    conj = re.match(r"\s+(?:and|or)\s+(?:other\s+)?([a-z][a-z'-]+)\b", tail)
    if (
        conj
        and not is_function_word(conj.group(1))
        and not is_verb_like(conj.group(1))
        and not _number_word().fullmatch(conj.group(1))
    ):
        conjoined.append(singular(conj.group(1)))
    event = _event_near(text, quantity.start - offset, head_end)
    return replace(
        quantity,
        head=singular(head_word),
        head_text=head_word,
        head_end=offset + head_end,
        modifiers=modifiers,
        conjoined=tuple(conjoined),
        event=event,
    )


def _event_near(text: str, number_start: int, head_end: int) -> str:
    """The event class of the nearest event word after the noun group or before the number."""
    after = re.findall(r"[A-Za-z]+", text[head_end : head_end + 60])[:6]
    before = re.findall(r"[A-Za-z]+", text[max(0, number_start - 60) : number_start])[-5:]
    # "killed 12 passengers and injured 20": the verb right before the number comes first
    nearest = list(reversed(before))
    for word in nearest[:1] + after + nearest[1:]:
        found = event_class(word)
        if found:
            return found
    return ""
