"""Numbers in Arabic prose, read into the same :class:`~tqcheck.facts.quantities.Quantity` the
English reader gives, so the two sides of a translation compare value for value.

What is read:

- digits in ASCII, Arabic-Indic and Persian forms, with "," / "٬" thousands and "." / "٫"
  decimals ("33,000", "٣٣٬٠٠٠", "٢٫٥"); a lone comma before one or two digits is a decimal
  comma ("2,5 مليون"); "33.000" is kept as 33 with 33,000 as an alternative reading
  (``extra["alternatives"]``);
- digits or number words with a scale word ("330 ألف", "2.5 مليون", "ثلاثة آلاف", "مليونين");
- number words in their gender, case and construct forms, with the conjunction و between the
  parts of one number ("خمسة وعشرين", "ألف ومئتان", "مليون ونصف") and teens ("ثلاثة عشر");
- the dual of a time unit or a common counted noun ("يومين", "دولتان", "مرتين") as 2, with
  ``extra["dual"]`` holding the noun; a word-list, because a final "-ين" is as often a plural;
- ordinals ("الثالثة", "الحادي عشر", "السابع والعشرين", "ثاني أكبر") as kind ``ordinal``, but
  not the ordinals inside month names ("تشرين الأول", "كانون الثاني", "ربيع الأول");
- percentages ("%", "٪", "في المئة", "في المائة", "بالمئة"), years ("عام 2020", "2020م",
  "1441 هـ" with ``extra["calendar"] = "hijri"``), decades ("الثمانينيات", kind ``decade``);
- qualifiers before ("نحو", "حوالي", "قرابة", "أكثر من", "أقل من", "ما لا يقل عن") or after
  ("تقريبا", "على الأقل") a number, with the English reader's bounds; ranges ("بين 20 و30",
  "10-15", "من 5 إلى 7"; a dash range has ``extra["dash"]``, as it may be a score);
- vague amounts ("عشرات", "مئات", "آلاف", "عشرات الآلاف", "بضعة") as kind ``vague``;
- an age in decades ("في العشرينيات من عمره") as kind ``decade`` with value 20 and
  ``extra["age"]``.

Proclitics (و ف ب ل, the article, "بال", "وال", "لل") are stripped before a word is looked up,
and the reported span starts after them; kaf is not ("كمية" is no ك + مية), except before
digits ("ك3"). Words that are also other words are read only where they can count: "اثنا"
only before "عشر" ("أثناء" is "during"), "ستون" only before a counted word ("إيما ستون"),
a hundred only when written with hamza ("ميت" is "dead"). Not read: digits glued to letters
("H5N1", "كوفيد-19", "م16"), clock times ("12:30"), slash dates ("15/10/2020"), fractions
("14½"), and scores and codes ("3-1", "21 إلى 20", "859-292-3680"), dropped as the English
reader drops "4-3".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tqcheck.arabic.text import PERIOD_POSITION_WORDS, Token, tokenize
from tqcheck.facts.quantities import Quantity, bounds

# -- the lexicon (keys are folded as text.word_key folds them) --------------------------------

_UNITS: dict[str, float] = {
    "واحد": 1,
    "واحده": 1,
    "احد": 1,
    "احدي": 1,
    "اثنان": 2,
    "اثنين": 2,
    "اثنتان": 2,
    "اثنتين": 2,
    "ثنتان": 2,
    "ثنتين": 2,
    "اثنا": 2,
    "اثني": 2,
    "اثنتا": 2,
    "اثنتي": 2,
    "ثلاث": 3,
    "ثلاثه": 3,
    "اربع": 4,
    "اربعه": 4,
    "خمس": 5,
    "خمسه": 5,
    "ست": 6,
    "سته": 6,
    "سبع": 7,
    "سبعه": 7,
    "ثمان": 8,
    "ثماني": 8,
    "ثمانيه": 8,
    "تسع": 9,
    "تسعه": 9,
    # accusative, indefinite ("أسقط ثلاثًا"); never with the article ("الثلاثاء" is Tuesday)
    "ثلاثا": 3,
    "اربعا": 4,
    "خمسا": 5,
    "ستا": 6,
    "سبعا": 7,
    "ثمانيا": 8,
    "تسعا": 9,
}
_ACCUSATIVE_UNITS = frozenset(["ثلاثا", "اربعا", "خمسا", "ستا", "سبعا", "ثمانيا", "تسعا"])
_TEN = {"عشر": 10.0, "عشره": 10.0}
_TENS_STEMS = {
    "عشر": 20,
    "ثلاث": 30,
    "اربع": 40,
    "خمس": 50,
    "ست": 60,
    "سبع": 70,
    "ثمان": 80,
    "تسع": 90,
}
_TENS: dict[str, float] = {
    stem + ending: float(value) for stem, value in _TENS_STEMS.items() for ending in ("ون", "ين")
}
_HUNDRED_WORDS = ("ميه", "مايه")
_HUNDREDS: dict[str, float] = dict.fromkeys(_HUNDRED_WORDS, 100.0)
_HUNDREDS.update({f"{stem}{suffix}": 200.0 for stem in ("ميت", "مايت") for suffix in ("ان", "ين")})
_HUNDRED_STEMS = {
    "ثلاث": 3,
    "ثلث": 3,
    "اربع": 4,
    "خمس": 5,
    "ست": 6,
    "سبع": 7,
    "ثمان": 8,
    "ثماني": 8,
    "تسع": 9,
}
_HUNDREDS.update(
    {
        stem + word: float(value * 100)
        for stem, value in _HUNDRED_STEMS.items()
        for word in _HUNDRED_WORDS
    }
)


@dataclass(frozen=True, slots=True)
class _Scale:
    value: float
    form: str  # "one" (ألف), "plural" (آلاف), "dual" (ألفين)


def _scale_forms(value: float, singular: list[str], plural: list[str]) -> dict[str, _Scale]:
    forms: dict[str, _Scale] = {}
    for word in singular:
        forms[word] = _Scale(value, "one")
        forms[word + "ا"] = _Scale(value, "one")  # accusative "ألفًا", "مليونًا"
        forms[word + "ان"] = _Scale(value, "dual")
        forms[word + "ين"] = _Scale(value, "dual")
        forms[word + "ي"] = _Scale(value, "dual")  # construct: "مليوني دولار"
    for word in plural:
        forms[word] = _Scale(value, "plural")
    return forms


_SCALES: dict[str, _Scale] = {
    **_scale_forms(1e3, ["الف"], ["الاف", "الوف"]),
    **_scale_forms(1e6, ["مليون"], ["ملايين"]),
    **_scale_forms(1e9, ["مليار", "بليون"], ["مليارات", "بلايين", "بليونات"]),
    **_scale_forms(1e12, ["تريليون", "ترليون"], ["تريليونات", "ترليونات"]),
}
_VAGUE = frozenset(["عشرات", "ميات", "الاف", "الوف", "ملايين", "مليارات", "بلايين", "بضع", "بضعه"])
_ORDINALS: dict[str, float] = {
    "اول": 1,
    "اولي": 1,
    "اولا": 1,  # "أولاً" (first, firstly)
    "حادي": 1,
    "حاديه": 1,
    "ثاني": 2,
    "ثان": 2,
    "ثانيه": 2,
    "ثالث": 3,
    "ثالثه": 3,
    "رابع": 4,
    "رابعه": 4,
    "خامس": 5,
    "خامسه": 5,
    "سادس": 6,
    "سادسه": 6,
    "سابع": 7,
    "سابعه": 7,
    "ثامن": 8,
    "ثامنه": 8,
    "تاسع": 9,
    "تاسعه": 9,
    "عاشر": 10,
    "عاشره": 10,
    # accusative, indefinite: "حل ثالثاً" (came third), "ثانياً" (secondly)
    "ثانيا": 2,
    "ثالثا": 3,
    "رابعا": 4,
    "خامسا": 5,
    "سادسا": 6,
    "سابعا": 7,
    "ثامنا": 8,
    "تاسعا": 9,
    "عاشرا": 10,
}
# Words before an ordinal that make it part of a month name.
_MONTH_HEADS = frozenset(["تشرين", "كانون", "ربيع", "جمادي"])
_DECADE = re.compile(r"(?:ال)?(عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)ين(?:ي)?ات")
# Counted nouns whose dual ("يومين", "دولتان") is read as 2: time units and frequent news nouns
# whose "-ين" form is not also a plural.
_DUAL_NOUNS = (
    "يوم",
    "شهر",
    "عام",
    "سنه",
    "اسبوع",
    "ساعه",
    "دقيقه",
    "ليله",
    "قرن",
    "عقد",
    "مره",
    "دوله",
    "بلد",
    "جندي",
    "طفل",
    "شخص",
    "رجل",
    "امراه",
    "شقيق",
    "شقيقه",
    "ولد",
    "فريق",
    "حزب",
    "طرف",
    "جانب",
    "مدينه",
    "قريه",
    "منزل",
    "بيت",
    "سياره",
    "طايره",
    "صاروخ",
    "هدف",
    "نقطه",
    "مرحله",
    "جوله",
    "مباراه",
    "دولار",
    "متر",
    "كيلومتر",
    "ميل",
    "طن",
    "قدم",
    "لاعب",
    "زعيم",
    "رييس",
    "وزير",
    "مسوول",
)


def _dual_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for noun in _DUAL_NOUNS:
        stem = noun[:-1] + "ت" if noun.endswith("ه") else noun
        if noun == "امراه":
            stem = "امرات"
        for ending in ("ان", "ين"):
            forms[stem + ending] = noun
    return forms


_DUALS = _dual_forms()
# Proclitics, longest first; "لل" is ل + the article.
# Kaf ("like") is left out: "كمية" (amount) is not ك + مية.
_PROCLITICS = (
    "وبال",
    "فبال",
    "وال",
    "بال",
    "فال",
    "ولل",
    "فلل",
    "لل",
    "ال",
    "وب",
    "ول",
    "فب",
    "فل",
    "و",
    "ف",
    "ب",
    "ل",
)
# Words that may be written against digits ("و3", "بـ300", "الـ20").
_DIGIT_PROCLITICS = frozenset(
    ["و", "ب", "ل", "ك", "ف", "وب", "ول", "وك", "فب", "فل", "ال", "وال", "بال"]
)
_FRACTION_SIGNS = frozenset("½¼¾⅓⅔⅛")
_PERCENT_WORDS = frozenset(["بالميه", "بالمايه"])
_YEAR_BEFORE = PERIOD_POSITION_WORDS | frozenset(
    [
        "عام",
        "العام",
        "سنه",
        "السنه",
        "عامي",
        "في",
        "منذ",
        "حتي",
        "قبل",
        "بعد",
        "خلال",
        "موسم",
    ]
)
_AD_MARKERS = frozenset(["م", "ميلادي", "ميلاديه", "للميلاد"])
_HIJRI_MARKERS = frozenset(["ه", "هجري", "هجريه", "للهجره"])
_APPROX_BEFORE: dict[tuple[str, ...], str] = {
    ("نحو",): "approx",
    ("حوالي",): "approx",
    ("قرابه",): "approx",
    ("زها",): "approx",
    ("ما", "يقارب"): "approx",
    ("يقارب",): "approx",
    ("ما", "يقرب", "من"): "approx",
    ("ما", "يناهز"): "approx",
    ("يناهز",): "approx",
    ("اكثر", "من"): "min",
    ("ازيد", "من"): "min",
    ("ما", "يزيد", "عن"): "min",
    ("ما", "يزيد", "علي"): "min",
    ("يزيد", "عن"): "min",
    ("يزيد", "علي"): "min",
    ("ما", "لا", "يقل", "عن"): "min",
    ("لا", "يقل", "عن"): "min",
    ("ما", "يفوق"): "min",
    ("يفوق",): "min",
    ("اقل", "من"): "max",
    ("ما", "يصل", "الي"): "max",
    ("يصل", "الي"): "max",
    ("لا", "يتجاوز"): "max",
    ("ما", "لا", "يتجاوز"): "max",
    ("لا", "يزيد", "عن"): "max",
    ("لا", "يزيد", "علي"): "max",
}
_APPROX_AFTER: dict[tuple[str, ...], str] = {
    ("تقريبا",): "approx",
    ("علي", "الاقل"): "min",
}
_QUALIFIER_LENGTH = 4


@dataclass(frozen=True, slots=True)
class Word:
    """A token looked up: its lexical class, value and what was stripped from its front."""

    kind: str  # unit ten tens hundred scale ordinal digits vague decade dual half
    value: float
    prefix: str = ""  # proclitics stripped ("و", "بال")
    article: bool = False
    scale_form: str = ""
    noun: str = ""


def _split_proclitics(key: str) -> list[tuple[str, str]]:
    """(prefix, base) readings of a folded word: the word itself first, then shorter bases."""
    readings = [("", key)]
    for prefix in _PROCLITICS:
        if key.startswith(prefix) and len(key) - len(prefix) >= 2:
            readings.append((prefix, key[len(prefix) :]))
    return readings


# The forms of "two" used only in twelve ("الاثني عشر جريحا", the twelve wounded).
_TWELVE_TWO = frozenset({"اثنا", "اثني", "اثنتا", "اثنتي"})


def _has_article(prefix: str) -> bool:
    return prefix.endswith(("ال", "لل"))


def _lookup(token: Token) -> Word | None:
    """The number reading of one token, or ``None``."""
    if token.kind == "number":
        value = digits_value(token.plain)
        return None if value is None else Word("digits", value)
    if token.kind != "word":
        return None
    readings = _split_proclitics(token.key)
    if token.plain[:1] in "وفبلك" and token.plain[1:2] in "أإآ":
        readings = readings[1:] + readings[:1]  # "وأحد" is و + أحد, not واحد
    for prefix, base in readings:
        word = _lookup_base(prefix, base, token)
        if word is not None:
            return word
    return None


def _lookup_base(prefix: str, base: str, token: Token) -> Word | None:
    article = _has_article(prefix)
    if base in _UNITS:
        if article and base in ("احد", "احدي", "اثنين", "اثنان"):
            return None  # "الأحد" (Sunday), "الاثنين" (Monday)
        if article and base in _ACCUSATIVE_UNITS:
            return None  # "الثلاثاء" (Tuesday), "الأربعاء" (Wednesday)
        if article and _UNITS[base] == 2 and base not in _TWELVE_TWO:
            return Word("dual", 2.0, prefix, article)  # "الاثنتان" (the two)
        if base == "ست" and prefix in ("ل", "ف"):
            return None  # "لست" (I am not)
        if _UNITS[base] == 2 and token.plain[len(prefix) : len(prefix) + 1] == "أ":
            return None  # "أثناء" (during), "أثنى" (praised)
        return Word("unit", _UNITS[base], prefix, article)
    if base in _TEN:
        return Word("ten", 10.0, prefix, article)
    if base in _TENS:
        return Word("tens", _TENS[base], prefix, article)
    if base in _HUNDREDS:
        if "ئ" not in token.plain and "ا" not in token.plain[len(prefix) :]:
            return None  # "ميت" (dead), "مية" (water): the hundred is written with hamza
        return Word("hundred", _HUNDREDS[base], prefix, article)
    if base in _SCALES:
        scale = _SCALES[base]
        return Word("scale", scale.value, prefix, article, scale_form=scale.form)
    if base in _VAGUE:
        if base == "ميات" and "ئ" not in token.plain:
            return None
        return Word("vague", 0.0, prefix, article)
    if base in _ORDINALS:
        if base == "اولي" and not token.plain.endswith("ى"):
            return None  # "أوليّ" (preliminary), not "أولى" (first)
        return Word("ordinal", _ORDINALS[base], prefix, article)
    if base in _DUALS:
        return Word("dual", 2.0, prefix, article, noun=_DUALS[base])
    if base == "نصف":
        return Word("half", 0.5, prefix, article)
    match = _DECADE.fullmatch(base)
    if match:
        return Word("decade", float(_TENS_STEMS[match.group(1)]), prefix, article)
    return None


def digits_value(text: str) -> float | None:
    """The value of a digit group in ASCII digits: "33,000" -> 33000, "2,5" -> 2.5,
    "1.500.000" -> 1500000; ``None`` for a version number or address ("1.2.3")."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    if re.fullmatch(r"\d+,\d{1,2}", text) or re.fullmatch(r"\d+,\d{4,}", text):
        return float(text.replace(",", "."))  # a decimal comma
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,18}(?:\.\d+)?", text):
        return float(text)
    return None  # also a run of more than 18 digits: a code, not a count


# -- reading ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Reading:
    value: float
    first: int  # token index of the number's first token
    end: int  # token index after the last token
    kind: str = "cardinal"
    qualifier: str = "exact"
    start_token: int = -1  # first token of the span (a qualifier), -1: ``first``
    start_skip: int = 0  # letters of a proclitic on the qualifier ("لأكثر من")
    low: float | None = None
    high: float | None = None
    extra: dict[str, str] | None = None
    scaled: bool = False


def find_numbers(text: str, offset: int = 0) -> list[Quantity]:
    """Number expressions in ``text`` (Arabic); offsets are shifted by ``offset``."""
    tokens = tokenize(text)
    words = lookup_all(tokens)
    return [
        _quantity(text, tokens, words, reading, offset)
        for reading in readings(tokens, words).values()
        if reading.kind != "score"
    ]


def lookup_all(tokens: list[Token]) -> list[Word | None]:
    """The number reading of every token (``None`` for other words and unreadable digits)."""
    words = [
        _lookup(token) if _readable(tokens, index) else None for index, token in enumerate(tokens)
    ]
    # "الأحد" is Sunday, but "الأحد عشر" and "الإحدى عشرة" are the eleven.
    for index, token in enumerate(tokens[:-1]):
        following = words[index + 1]
        if words[index] is not None or token.kind != "word" or following is None:
            continue
        if following.kind != "ten" or following.prefix:
            continue
        if index and tokens[index - 1].key.endswith("يوم"):
            continue  # "يوم الأحد عشر دقائق": Sunday
        feminine = tokens[index + 1].plain.endswith(("ة", "ه"))
        for prefix, base in _split_proclitics(token.key):
            # The genders agree: "أحد عشر", "إحدى عشرة" ("يوم الأحد عشرة أشخاص" is Sunday).
            if base == ("احدي" if feminine else "احد") and _has_article(prefix):
                words[index] = Word("unit", 1.0, prefix, True)
                break
    return words


def readings(tokens: list[Token], words: list[Word | None]) -> dict[int, Reading]:
    """Every number expression, left to right, by the index of its first number token; a
    token read into one expression starts no other. Scores and codes are kept (kind
    ``score``) so that the date reader does not read their parts."""
    found: dict[int, Reading] = {}
    index = 0
    while index < len(tokens):
        reading = _read(tokens, words, index)
        if reading is None:
            index += 1
            continue
        found[reading.first] = reading
        index = max(reading.end, index + 1)
    return found


def _readable(tokens: list[Token], index: int) -> bool:
    """False for digits that are part of a code, a clock time, a fraction or a word."""
    token = tokens[index]
    if token.kind != "number":
        return True

    def glued(position: int) -> Token | None:
        """The token at ``position`` when no space separates it from the digits."""
        if not 0 <= position < len(tokens):
            return None
        low, high = sorted((position, index))
        if any(tokens[between].spaced for between in range(low + 1, high + 1)):
            return None
        return tokens[position]

    before, after = glued(index - 1), glued(index + 1)
    if before is not None:
        if before.kind == "latin" or before.plain in _FRACTION_SIGNS or before.plain in ("/", "."):
            return False
        if before.kind == "word" and before.key not in _DIGIT_PROCLITICS:
            return False  # "م16" (M16)
        if (
            before.plain == ":"
            and glued(index - 2) is not None
            and tokens[index - 2].kind == "number"
        ):
            return False  # "12:30"
        code = glued(index - 2)
        if before.plain in ("-", "–") and code is not None and code.kind in ("latin", "word"):
            return False  # "كوفيد-19", "F-16"; not "-29 عاما-", a dash before the number
    if after is not None:
        if after.kind == "latin" or after.plain in _FRACTION_SIGNS or after.plain == "/":
            return False
        if (
            after.plain == ":"
            and glued(index + 2) is not None
            and tokens[index + 2].kind == "number"
        ):
            return False
    return True


def _read(tokens: list[Token], words: list[Word | None], index: int) -> Reading | None:
    word = words[index]
    if word is None:
        return None
    if word.kind == "decade":
        return _decade(tokens, words, index, word)
    if word.kind == "dual":
        return _dual(tokens, words, index, word)
    if word.kind == "ordinal" or (word.kind == "tens" and word.article):
        reading = _ordinal(tokens, words, index)
        if reading is not None or word.kind == "ordinal":
            return reading
    if word.kind == "vague" or (word.kind == "scale" and word.scale_form == "plural"):
        return _vague(tokens, words, index)
    if word.kind == "half" or not _plausible(tokens, index, word):
        return None
    reading = _cardinal(tokens, words, index)
    if reading is None:
        return None
    reading = _range(tokens, words, reading)
    reading = _percent(tokens, reading)
    reading = _qualify(tokens, reading)
    if reading.kind == "cardinal" and reading.qualifier == "exact":
        reading = _year(tokens, reading)
    return reading


def _plausible(tokens: list[Token], index: int, word: Word) -> bool:
    """Number words that are also other words, read only where they count something."""
    base = tokens[index].key[len(word.prefix) :]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if base in ("اثنا", "اثني", "اثنتا", "اثنتي"):
        return following is not None and following.key in ("عشر", "عشره")  # only in 12
    if base in ("ستون", "ستين") and not word.article:
        # "إيما ستون" (Emma Stone): sixty is followed by what it counts
        return (
            following is not None and following.kind == "word" and not following.key.endswith("ات")
        )
    if base == "ست" and word.article:
        # "المباريات الست" (the six matches); "الست" alone is "the lady"
        return index > 0 and tokens[index - 1].key.startswith("ال")
    return True


def _conjoined(tokens: list[Token], words: list[Word | None], index: int) -> Word | None:
    """The word at ``index`` when it is joined to the number before by و ("وعشرين", "و 20")."""
    word = words[index]
    token = tokens[index]
    if word is not None and word.prefix.startswith("و") and token.spaced:
        return word
    if token.kind == "word" and token.key == "و" and index + 1 < len(tokens):
        following = words[index + 1]
        if following is not None and not following.prefix:
            return following
    return None


def _cardinal(tokens: list[Token], words: list[Word | None], index: int) -> Reading | None:
    """A cardinal number made of digits and/or number words starting at ``index``."""
    first = words[index]
    assert first is not None
    if first.kind not in ("unit", "ten", "tens", "hundred", "scale", "digits"):
        return None
    total = 0.0
    group = 0.0
    last_kind = ""
    last_value = 0.0
    scaled = False
    ordinal = False
    position = index
    while position < len(tokens):
        word = words[position]
        token = tokens[position]
        step = 1
        if position == index:
            assert word is not None
            if word.kind == "scale":
                total += word.value * (2 if word.scale_form == "dual" else 1)
                scaled = True
            else:
                group = word.value
            last_kind, last_value = word.kind, word.value
            position += 1
            continue
        joined = _conjoined(tokens, words, position)
        if joined is not None:
            if tokens[position].key == "و":
                step = 2
            magnitude = last_value
            if joined.kind == "half" and last_kind == "scale":
                total += last_value / 2
                last_kind, last_value = "half", last_value / 2
                position += step
                continue
            # After و: tens after a unit ("خمسة وعشرون"); anything smaller after a hundred, a
            # scale or tens; never a unit after a unit ("أربع واثنين" is two numbers).
            allowed = {
                "unit": ("hundred", "scale", "tens"),
                "ten": ("hundred", "scale"),
                "tens": ("unit", "hundred", "scale"),
                "hundred": ("scale",),
                "digits": ("scale",),
            }
            descending = last_kind in allowed.get(joined.kind, ()) and (
                joined.value < magnitude or (last_kind == "unit" and joined.kind == "tens")
            )
            if joined.kind == "digits":
                # "3 ملايين و500 ألف": digits after a scale only before a smaller scale; or
                # the rest of a thousand or a hundred ("ألف و500", "3 آلاف و250", "مائة و20")
                scale_after = words[position + step] if position + step < len(words) else None
                smaller_scale = (
                    scale_after is not None
                    and scale_after.kind == "scale"
                    and scale_after.value < last_value
                )
                limit = 100.0 if last_kind == "hundred" else last_value
                rest = (
                    limit in (100.0, 1000.0)
                    and joined.value.is_integer()
                    and 1 <= joined.value < limit
                    and (scale_after is None or scale_after.kind != "scale")
                )
                descending = (
                    last_kind == "scale" and (smaller_scale or (descending and rest))
                ) or (last_kind == "hundred" and rest)
            if joined.kind == "scale" and joined.value < magnitude and last_kind == "scale":
                descending = True  # "مليون وألف"
            if not descending:
                break
            if joined.kind == "scale":
                total += joined.value * (2 if joined.scale_form == "dual" else 1)
            else:
                group += joined.value
            if joined.kind == "tens" and joined.article:
                ordinal = True  # "القرن الواحد والعشرين": the twenty-first
            last_kind, last_value = joined.kind, joined.value
            position += step
            continue
        if (
            last_kind == "half"
            and word is not None
            and word.kind == "scale"
            and word.scale_form == "one"
            and word.value == 2 * last_value
            and word.prefix in ("", "ال")
        ):
            # "مليون ونصف المليون", "مليون ونصف مليون": the half's own scale word
            last_kind = "half scaled"
            position += 1
            continue
        if word is None or not token.spaced or word.prefix:
            break
        if word.kind == "scale" and last_kind != "scale" and word.scale_form != "dual":
            total += (group or 1.0) * word.value
            group = 0.0
            scaled = True
            last_kind, last_value = "scale", word.value
        elif word.kind == "hundred" and word.value == 100 and last_kind == "unit":
            group += last_value * 99
            last_kind, last_value = "hundred", 100.0
        elif word.kind == "ten" and last_kind == "unit" and last_value < 10:
            group += 10
            last_kind, last_value = "teen", group
        else:
            break
        position += step
    value = total + group
    if first.kind == "scale" and first.scale_form == "plural" and position == index + 1:
        return None
    kind = "ordinal" if ordinal else "cardinal"
    return Reading(value=value, first=index, end=position, kind=kind, scaled=scaled)


def _ordinal(tokens: list[Token], words: list[Word | None], index: int) -> Reading | None:
    word = words[index]
    assert word is not None
    if index > 0 and tokens[index].spaced:
        head = tokens[index - 1].key
        if head in _MONTH_HEADS or any(
            head == prefix + month for month in _MONTH_HEADS for prefix in ("و", "ب", "ل", "من")
        ):
            return None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    base = tokens[index].key[len(word.prefix) :]
    if word.kind == "tens":
        # "القرن العشرين", "الذكرى الثلاثين": the article makes a tens word an ordinal.
        if index == 0 or tokens[index - 1].kind != "word" or words[index - 1] is not None:
            return None
        return Reading(value=word.value, first=index, end=index + 1, kind="ordinal")
    value = word.value
    end = index + 1
    if following is not None and following.spaced and following.key in ("عشر", "عشره"):
        value += 10
        end += 1
    else:
        joined = _conjoined(tokens, words, end) if end < len(tokens) else None
        if joined is not None and joined.kind == "tens" and value < 10:
            value += joined.value
            end += 2 if tokens[end].key == "و" else 1
        elif base in ("حادي", "حاديه"):
            return None
        elif base == "ثانيه" and not word.article and not _adjective_second(tokens, words, index):
            return None  # "ثانية": a second of time, or "again"
        elif base == "ثاني" and following is not None and following.key == "اكسيد":
            return None  # "ثاني أكسيد" (dioxide)
    return Reading(value=value, first=index, end=end, kind="ordinal")


# Words before "ثانية" that make it a second of time ("في ثانية", "كل ثانية", "لمدة ثانية")
# or "again" ("مرة ثانية").
_BEFORE_SECONDS = frozenset(
    ["في", "كل", "لمده", "بعد", "خلال", "منذ", "سوي", "الا", "اقل", "اكثر", "حوالي", "نحو",
     "من", "الي", "اخر", "اول", "نصف", "ربع", "جزء", "اجزاء", "بضع", "عده", "مره", "ومره"]
)  # fmt: skip


def _adjective_second(tokens: list[Token], words: list[Word | None], index: int) -> bool:
    """ "ثانية" after a noun, without a prefix: the adjective "second" ("ولاية ثانية", "لغة
    ثانية"), not a second of time ("ثلاثين ثانية", "في ثانية", "ثانية واحدة")."""
    word = words[index]
    if word is None or word.prefix or index == 0 or not tokens[index].spaced:
        return False
    before = tokens[index - 1]
    if before.kind != "word" or words[index - 1] is not None or before.key in _BEFORE_SECONDS:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is None or following.key not in ("واحده", "فقط")


def _vague(tokens: list[Token], words: list[Word | None], index: int) -> Reading:
    end = index + 1
    if end < len(tokens):
        following = words[end]
        if (
            following is not None
            and following.prefix in ("", "ال")
            and (following.kind == "vague" or (following.kind == "scale" and following.article))
        ):
            end += 1  # "عشرات الآلاف", "مئات الملايين", "بضعة آلاف"
    return Reading(value=0.0, first=index, end=end, kind="vague", qualifier="approx")


def _dual(tokens: list[Token], words: list[Word | None], index: int, word: Word) -> Reading:
    end = index + 1
    if end < len(tokens) and tokens[end].key in ("اثنين", "اثنان", "اثنتين", "اثنتان"):
        end += 1  # "يومين اثنين"
    return Reading(value=2.0, first=index, end=end, extra={"dual": word.noun})


def _decade(tokens: list[Token], words: list[Word | None], index: int, word: Word) -> Reading:
    """ "الثمانينيات" is the 1980s; "ثمانينيات القرن التاسع عشر" the 1880s."""
    century = 1900.0
    keys = [token.key for token in tokens[index + 1 : index + 5]]
    if keys[:1] == ["من"] and len(keys) > 1 and keys[1].startswith(("عمر", "العمر")):
        # "في العشرينيات من عمره": in his twenties, an age
        return Reading(
            value=word.value,
            first=index,
            end=index + 1,
            kind="decade",
            qualifier="range",
            low=word.value,
            high=word.value + 9,
            extra={"age": "1"},
        )
    end = index + 1
    if keys[:1] == ["القرن"] or keys[:2] == ["من", "القرن"]:
        # the century is part of the expression: "ثمانينيات القرن التاسع عشر"
        after = keys.index("القرن") + 1
        rest = [token.key for token in tokens[index + 1 + after : index + 4 + after]]
        centuries = {
            ("التاسع", "عشر"): 1800.0,
            ("الثامن", "عشر"): 1700.0,
            ("الحادي", "والعشرين"): 2000.0,
            ("العشرين",): 1900.0,
            ("الماضي",): 1900.0,
            ("الحالي",): 2000.0,
        }
        for words_after, start in centuries.items():
            if tuple(rest[: len(words_after)]) == words_after:
                century = start
                end = index + 1 + after + len(words_after)
                break
    year = century + word.value
    return Reading(
        value=year,
        first=index,
        end=end,
        kind="decade",
        qualifier="range",
        low=year,
        high=year + 9,
    )


def _range(tokens: list[Token], words: list[Word | None], reading: Reading) -> Reading:
    """ "بين 20 و30", "10-15", "من 5 إلى 7": two numbers as one range."""
    end = reading.end
    if end >= len(tokens):
        return reading
    connector = tokens[end]
    before = tokens[reading.first - 1].key if reading.first > 0 else ""
    second_index = -1
    if (connector.plain in ("-", "–") or connector.key == "الي") and end + 1 < len(tokens):
        second_index = end + 1
    elif before in ("بين", "وبين"):
        if words[end] is not None and words[end].prefix == "و":  # type: ignore[union-attr]
            second_index = end
        elif connector.key == "و" and end + 1 < len(tokens):
            second_index = end + 1
    if second_index < 0 or words[second_index] is None:
        return reading
    second_word = words[second_index]
    assert second_word is not None
    if second_word.kind not in ("unit", "ten", "tens", "hundred", "scale", "digits"):
        return reading
    if second_word.prefix and second_word.prefix != "و":
        return reading
    if second_word.prefix == "و" and second_index != end:
        return reading
    second = _cardinal(tokens, words, second_index)
    if second is None:
        return reading
    low, high = reading.value, second.value
    if second.scaled and not reading.scaled and low < 1000:
        factor = _last_scale(tokens, words, second)
        low *= factor
    is_dash = connector.plain in ("-", "–")
    if is_dash:
        position = second.end
        while (
            position + 1 < len(tokens)
            and tokens[position].plain in ("-", "–")
            and tokens[position + 1].kind == "number"
        ):
            position += 2
        if position != second.end:  # "859-292-3680", "13-21-3": a code or a record
            return Reading(value=0, first=reading.first, end=position, kind="score")
    if is_dash and _is_year_digits(tokens, reading.first) and _is_year_digits(tokens, second_index):
        return Reading(
            value=low,
            first=reading.first,
            end=second.end,
            kind="year",
            qualifier="range",
            low=low,
            high=high,
        )
    if low >= high:
        if before in ("بين", "وبين"):
            return reading
        # "21 إلى 20", "3-1": a score, as the English reader takes it
        return Reading(value=0, first=reading.first, end=second.end, kind="score")
    return Reading(
        value=(low + high) / 2,
        first=reading.first,
        end=second.end,
        qualifier="range",
        low=low,
        high=high,
        scaled=second.scaled,
        extra={"dash": "1"} if is_dash else None,
    )


def _last_scale(tokens: list[Token], words: list[Word | None], reading: Reading) -> float:
    for position in range(reading.end - 1, reading.first - 1, -1):
        word = words[position]
        if word is not None and word.kind == "scale":
            return word.value
    return 1.0


def _is_year_digits(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    return token.kind == "number" and bool(re.fullmatch(r"(?:1\d|20)\d\d", token.plain))


def _percent(tokens: list[Token], reading: Reading) -> Reading:
    end = reading.end
    if end >= len(tokens):
        return reading
    token = tokens[end]
    if token.plain == "%" or token.key in _PERCENT_WORDS:
        reading.end, reading.kind = end + 1, "percent"
    elif token.key == "في" and end + 1 < len(tokens) and tokens[end + 1].key in ("الميه", "المايه"):
        reading.end, reading.kind = end + 2, "percent"
    return reading


def _qualify(tokens: list[Token], reading: Reading) -> Reading:
    """The qualifier before ("نحو 30", "لأكثر من 30") or after ("30 تقريبا") the number."""
    if reading.qualifier == "range":
        return reading
    for length in range(_QUALIFIER_LENGTH, 0, -1):
        start = reading.first - length
        if start < 0:
            continue
        keys = [token.key for token in tokens[start : reading.first]]
        candidates = [(0, keys)]
        for prefix in ("ول", "وب", "فل", "ل", "ب", "و", "ف"):
            if keys[0].startswith(prefix) and len(keys[0]) - len(prefix) >= 2:
                candidates.append((len(prefix), [keys[0][len(prefix) :], *keys[1:]]))
        for skip, candidate in candidates:
            kind = _APPROX_BEFORE.get(tuple(candidate))
            if kind:
                reading.qualifier = kind
                reading.start_token = start
                reading.start_skip = skip
                return reading
    # after the number or after the noun it counts: "30 تقريبا", "30 شخصا تقريبا"
    for gap in (0, 1):
        if gap and (reading.end >= len(tokens) or tokens[reading.end].kind != "word"):
            break
        for phrase, kind in _APPROX_AFTER.items():
            position = reading.end + gap
            keys = tuple(token.key for token in tokens[position : position + len(phrase)])
            if keys == phrase:
                reading.qualifier = kind
                return reading
    return reading


def _year(tokens: list[Token], reading: Reading) -> Reading:
    """A four-digit number after "عام", "في", "منذ" or a month, or before "م", "هـ" or the end
    of a clause, is a year."""
    if reading.end - reading.first != 1 or not _is_year_digits(tokens, reading.first):
        return reading
    following = tokens[reading.end] if reading.end < len(tokens) else None
    if following is not None and following.key in _HIJRI_MARKERS:
        reading.kind, reading.end = "year", reading.end + 1
        reading.extra = {"calendar": "hijri"}
        return reading
    if not 1000 <= reading.value <= 2100:
        return reading
    if following is not None and following.key in _AD_MARKERS:
        reading.kind, reading.end = "year", reading.end + 1
        return reading
    before_key = tokens[reading.first - 1].key if reading.first > 0 else ""
    for prefix in ("", "و", "ل", "ب", "ف"):
        if prefix and not before_key.startswith(prefix):
            continue
        base = before_key[len(prefix) :]
        if base in _YEAR_BEFORE or _is_month(base):
            reading.kind = "year"
            return reading
    if following is None or following.kind in ("punct", "latin"):
        reading.kind = "year"
    return reading


def _is_month(key: str) -> bool:
    from tqcheck.arabic.dates import month_number

    return month_number(key) is not None


def _quantity(
    text: str, tokens: list[Token], words: list[Word | None], reading: Reading, offset: int
) -> Quantity:
    first_token = reading.start_token if reading.start_token >= 0 else reading.first
    start = tokens[first_token].start
    if reading.start_token < 0:
        word = words[reading.first]
        if word is not None and word.prefix:
            start = _after_letters(text, start, len(word.prefix))
    elif reading.start_skip:
        start = _after_letters(text, start, reading.start_skip)
    end = tokens[reading.end - 1].end
    value: float | None = reading.value
    low, high = reading.low, reading.high
    if reading.kind == "vague":
        value, low, high = None, None, None
    elif low is None or high is None:
        low, high = bounds(reading.value, reading.qualifier)
    extra = dict(reading.extra or {})
    if reading.end - reading.first == 1 and tokens[reading.first].kind == "number":
        plain = tokens[reading.first].plain
        if re.fullmatch(r"\d{1,3}\.\d{3}", plain):
            extra["alternatives"] = str(float(plain.replace(".", "")))
    return Quantity(
        start=offset + start,
        end=offset + end,
        text=text[start:end],
        value=value,
        kind=reading.kind,
        qualifier=reading.qualifier,
        low=low,
        high=high,
        extra=extra,
    )


def _after_letters(text: str, start: int, letters: int) -> int:
    """The offset after ``letters`` letters from ``start`` (marks in between are skipped)."""
    position = start
    counted = 0
    while position < len(text) and counted < letters:
        if not re.match(r"[\u064B-\u065F\u0670\u0640]", text[position]):
            counted += 1
        position += 1
    while position < len(text) and re.match(r"[\u064B-\u065F\u0670\u0640]", text[position]):
        position += 1
    return position
