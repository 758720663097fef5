"""Date expressions in Arabic prose, read into the English reader's
:class:`~tqcheck.facts.dates.DateMention`, so :func:`tqcheck.facts.dates.resolve` resolves them
unchanged against a publication date.

What is read (kinds as in the English reader):

- ``absolute``: a day and a month, maybe a year and a weekday: "15 أكتوبر 2020", "الخامس عشر
  من أكتوبر", "الأحد 30 سبتمبر", "15 تشرين الأول/أكتوبر". Both month families are read: the
  transliterated (يناير ... ديسمبر, with the Egyptian يونيه/يوليه and the Maghreb جانفي, جوان,
  أوت ...) and the Levantine (كانون الثاني، شباط ... كانون الأول), and the paired
  "أكتوبر/تشرين الأول" or "تشرين الأول (أكتوبر)" as one month;
- ``month_year`` ("أكتوبر 2020", "أكتوبر من عام 2020") and ``month`` (a month alone, "في
  أكتوبر": a kind of this reader's own, which ``resolve`` leaves unresolved); a month name that
  is also a word ("مارس" practised, "آب", "نيسان" the car maker) needs a day, a year, or a
  word such as "في", "شهر", "منذ" or "الماضي" beside it;
- ``weekday``: "الأربعاء", "يوم الجمعة", with ``direction`` "last" ("الماضي", "المنصرم") or
  "next" ("المقبل", "القادم"); a weekday needs the article ("سبت" alone is a name);
- ``relative_day``: "أمس"/"الأمس"/"البارحة" (-1), "أول أمس" (-2), "اليوم" (0; not "اليوم
  التالي", "في اليوم"), "الليلة" (0), "غدا" (+1), "بعد غد" (+2), with a weekday written beside
  ("أمس الأحد");
- ``month_day``: "السابع والعشرين من الشهر الماضي" (day 27, ``month_offset`` -1), "15 من
  الشهر الجاري", "من هذا الشهر", "15 الجاري" (0), "من الشهر المقبل" (+1);
- ``ago``: "قبل ثلاثة أيام", "قبل يومين", "قبل أسبوع"; "منذ" with a span is ``ago`` too, with
  ``since`` set ("منذ عامين" is "two years ago" or "for two years"); ``later``: "بعد ثلاثة أيام";
- ``period``: "الأسبوع الماضي" ("last week"), "الشهر المقبل", "العام الجاري" ("this year"),
  "في وقت سابق من هذا الشهر" ("earlier this month");
- ``counter``: "يومها الثالث" ("its third day");
- ``year`` ("عام 2020", "منذ 2010" with ``since``) and ``decade`` ("الثمانينيات").

``tense`` is "future" when "سوف", "من المقرر", "من المتوقع" or "من المنتظر" comes before the
date in its clause, else "". Weekday numbers are 0 = Monday, as in the English reader.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from tqcheck.arabic.numbers import Reading, Word, lookup_all, readings
from tqcheck.arabic.text import PERIOD_POSITION_WORDS, Token, tokenize
from tqcheck.facts.dates import DateMention

_MONTHS: dict[str, int] = {
    "يناير": 1,
    "جانفي": 1,
    "فبراير": 2,
    "فيفري": 2,
    "مارس": 3,
    "ابريل": 4,
    "افريل": 4,
    "مايو": 5,
    "ماي": 5,
    "يونيو": 6,
    "يونيه": 6,
    "جوان": 6,
    "يوليو": 7,
    "يوليه": 7,
    "جويليه": 7,
    "اغسطس": 8,
    "اوت": 8,
    "غشت": 8,
    "سبتمبر": 9,
    "شتنبر": 9,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "نونبر": 11,
    "ديسمبر": 12,
    "دجنبر": 12,
    "شباط": 2,
    "اذار": 3,
    "نيسان": 4,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "اب": 8,
    "ايلول": 9,
}
_TWO_WORD_MONTHS: dict[tuple[str, str], int] = {
    ("كانون", "الثاني"): 1,
    ("كانون", "الاول"): 12,
    ("تشرين", "الاول"): 10,
    ("تشرين", "الثاني"): 11,
}
# Month names that are also common words or names: read only with date context.
_AMBIGUOUS_MONTHS = frozenset(["مارس", "اب", "ماي", "جوان", "اوت", "نيسان", "تموز", "مايو"])
_MONTH_CONTEXT_BEFORE = PERIOD_POSITION_WORDS | frozenset(
    [
        "في",
        "شهر",
        "من",
        "منذ",
        "حتي",
        "خلال",
        "الي",
        "بحلول",
        "وفي",
        "ومنذ",
        "لشهر",
        "بشهر",
    ]
)
_WEEKDAYS: dict[str, int] = {
    "الاثنين": 0,
    "الثلاثا": 1,
    "الاربعا": 2,
    "الخميس": 3,
    "الجمعه": 4,
    "السبت": 5,
    "الاحد": 6,
}
_LAST = frozenset(
    ["الماضي", "الماضيه", "الفايت", "الفايته", "المنصرم", "المنصرمه", "السابق", "السابقه"]
)
_NEXT = frozenset(["المقبل", "المقبله", "القادم", "القادمه"])
_THIS = frozenset(["الجاري", "الجاريه", "الحالي", "الحاليه"])
_PERIOD_UNITS = {"الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year"}
_UNITS: dict[str, tuple[str, int]] = {
    "يوم": ("day", 1),
    "ايام": ("day", 0),
    "يوما": ("day", 0),
    "يومين": ("day", 2),
    "يومان": ("day", 2),
    "اسبوع": ("week", 1),
    "اسابيع": ("week", 0),
    "اسبوعا": ("week", 0),
    "اسبوعين": ("week", 2),
    "شهر": ("month", 1),
    "اشهر": ("month", 0),
    "شهور": ("month", 0),
    "شهرا": ("month", 0),
    "شهرين": ("month", 2),
    "عام": ("year", 1),
    "اعوام": ("year", 0),
    "عاما": ("year", 0),
    "عامين": ("year", 2),
    "سنه": ("year", 1),
    "سنوات": ("year", 0),
    "سنين": ("year", 0),
    "سنتين": ("year", 2),
}
_COUNTER_UNITS = {"يوم": "day", "اسبوع": "week", "شهر": "month", "عام": "year", "سنت": "year"}
_POSSESSIVES = ("هما", "هم", "ها", "ه")
_FUTURE_MARKERS = (("سوف",), ("من", "المقرر"), ("من", "المتوقع"), ("من", "المنتظر"))
_CLAUSE_BREAKS = frozenset([".", "،", "؛", ";", ":", "!", "؟", "?"])
_PROCLITICS = ("و", "ف", "ب", "ل")


def month_number(key: str) -> int | None:
    """The month a one-word folded month name names ("اكتوبر" -> 10), else ``None``."""
    return _MONTHS.get(key)


@dataclass(frozen=True, slots=True)
class _Month:
    month: int
    start: int  # token index
    end: int  # token index after the name (and a paired name)


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """Date expressions in ``text`` (Arabic); offsets are shifted by ``offset``."""
    tokens = tokenize(text)
    reader = _Reader(text, tokens, lookup_all(tokens))
    found: list[DateMention] = []
    index = 0
    while index < len(tokens):
        result = reader.at(index)
        if result is None:
            index += 1
            continue
        mention, first, end = result
        start_char = tokens[first].start
        end_char = tokens[end - 1].end
        found.append(
            replace(
                mention,
                start=offset + start_char,
                end=offset + end_char,
                text=text[start_char:end_char],
                tense=reader.tense(first),
                since=mention.since or reader.since_before(first),
            )
        )
        index = end
    return found


class _Reader:
    """Reads one date expression at a token index; knows the text's tokens and number words."""

    def __init__(self, text: str, tokens: list[Token], words: list[Word | None]) -> None:
        self.text = text
        self.tokens = tokens
        self.words = words
        self.keys = [token.key for token in tokens]
        self.numbers = readings(tokens, words)

    # -- helpers --------------------------------------------------------------------------

    def key(self, index: int) -> str:
        return self.keys[index] if 0 <= index < len(self.keys) else ""

    def base(self, index: int) -> str:
        """The key without one leading proclitic when the rest is a known date word."""
        key = self.key(index)
        for prefix in _PROCLITICS:
            rest = key[len(prefix) :]
            if key.startswith(prefix) and (
                rest in _WEEKDAYS or rest in _PERIOD_UNITS or rest in ("امس", "الامس", "اليوم")
            ):
                return rest
        return key

    def month(self, index: int) -> _Month | None:
        """A month name at ``index``, with a paired name after "/" or in brackets."""
        found = self._one_month(index)
        if found is None:
            return None
        month, end = found
        pair_start = end
        if self.key(pair_start) in ("/", "(", "-"):
            pair_start += 1
        paired = self._one_month(pair_start) if pair_start != end else None
        if paired is not None and paired[0] == month:
            end = paired[1]
            if self.key(end) == ")":
                end += 1
        return _Month(month, index, end)

    def _one_month(self, index: int) -> tuple[int, int] | None:
        key = self.key(index)
        for (first, second), month in _TWO_WORD_MONTHS.items():
            if key in (first, *(prefix + first for prefix in _PROCLITICS)) and (
                self.key(index + 1) == second
            ):
                return month, index + 2
        base = key
        if key not in _MONTHS:
            for prefix in (*_PROCLITICS, "بال"):
                if key.startswith(prefix) and key[len(prefix) :] in _MONTHS:
                    base = key[len(prefix) :]
                    break
        if base not in _MONTHS:
            return None
        if base == "اب" and "آ" not in self.tokens[index].plain:
            return None  # "أب" (father)
        return _MONTHS[base], index + 1

    def _ambiguous(self, index: int) -> bool:
        """The month name at ``index`` is also a common word or name ("مارس", "نيسان")."""
        key = self.key(index)
        return any(
            key == prefix + name for name in _AMBIGUOUS_MONTHS for prefix in ("", *_PROCLITICS)
        )

    def year_after(self, index: int) -> tuple[int, int] | None:
        """A year after a month: "2020", "عام 2020", "من عام 2020", "2020م"; (year, end)."""
        position = index
        if self.key(position) in ("،", ","):
            position += 1
        if self.key(position) == "من":
            position += 1
        if self.key(position) in ("عام", "العام", "سنه"):
            position += 1
        token = self.tokens[position] if position < len(self.tokens) else None
        if token is None or token.kind != "number" or len(token.plain) != 4:
            return None
        if not token.plain.isdigit() or not 1000 <= int(token.plain) <= 2100:
            return None
        end = position + 1
        if self.key(end) in ("م", "ميلادي", "ميلاديه"):
            end += 1
        return int(token.plain), end

    def day_number(self, index: int) -> tuple[int, int] | None:
        """A day of the month at ``index``: digits 1-31 or an ordinal ("الخامس عشر")."""
        token = self.tokens[index] if 0 <= index < len(self.tokens) else None
        if token is None:
            return None
        if token.kind == "number":
            if token.plain.isdigit() and len(token.plain) <= 2 and 1 <= int(token.plain) <= 31:
                return int(token.plain), index + 1
            return None
        word = self.words[index]
        if word is None or word.kind not in ("ordinal", "tens"):
            return None
        reading = self.numbers.get(index)
        if reading is None or reading.kind != "ordinal" or not 1 <= reading.value <= 31:
            return None
        return int(reading.value), reading.end

    def count(self, index: int) -> tuple[int, str, int] | None:
        """ "ثلاثة أيام", "3 أشهر", "يومين", "أسبوع": (count, unit, end)."""
        unit = _UNITS.get(self.key(index))
        if unit is not None:
            name, number = unit
            if number == 1 and self.year_after(index + 1) is not None:
                return None  # "منذ عام 2010": a year, not "a year ago"
            if number:
                return number, name, index + 1
            return None
        position = index
        if self.key(position) in ("نحو", "حوالي", "قرابه"):
            position += 1
        word = self.words[position] if position < len(self.words) else None
        if word is None or word.kind not in ("unit", "ten", "tens", "hundred", "scale", "digits"):
            return None
        reading: Reading | None = self.numbers.get(position)
        if reading is None or reading.kind not in ("cardinal", "year"):
            return None
        unit = _UNITS.get(self.key(reading.end))
        if unit is None or not float(reading.value).is_integer():
            return None
        return int(reading.value), unit[0], reading.end + 1

    def weekday(self, index: int) -> tuple[int, int] | None:
        """ "الأحد", "يوم الأحد", "(الأحد)": (weekday, end)."""
        position = index
        if self.key(position) in ("يوم", "ليوم", "بيوم", "ويوم"):
            position += 1
        bracket = self.key(position) == "("
        if bracket:
            position += 1
        day = _WEEKDAYS.get(self.base(position))
        if day is None:
            return None
        position += 1
        if bracket and self.key(position) == ")":
            position += 1
        return day, position

    def date_context(self, month: _Month) -> bool:
        before = self.key(month.start - 1)
        after = self.key(month.end)
        return (
            before in _MONTH_CONTEXT_BEFORE
            or after in _LAST
            or after in _NEXT
            or after in _THIS
            or self.year_after(month.end) is not None
            or month.end - month.start > 1
        )

    def tense(self, first: int) -> str:
        position = first - 1
        keys: list[str] = []
        while position >= 0 and self.key(position) not in _CLAUSE_BREAKS and len(keys) < 30:
            keys.append(self.key(position))
            position -= 1
        keys.reverse()
        for marker in _FUTURE_MARKERS:
            for start in range(len(keys) - len(marker) + 1):
                if tuple(keys[start : start + len(marker)]) == marker:
                    return "future"
        return ""

    def since_before(self, first: int) -> bool:
        return self.key(first - 1) in ("منذ", "ومنذ") or (
            self.key(first - 1) in ("عام", "العام", "سنه") and self.key(first - 2) == "منذ"
        )

    # -- the shapes ---------------------------------------------------------------------------

    def at(self, index: int) -> tuple[DateMention, int, int] | None:
        for reader in (
            self.absolute,
            self.relative_day,
            self.weekday_mention,
            self.month_day,
            self.span,
            self.period,
            self.counter,
            self.month_mention,
            self.year,
        ):
            result = reader(index)
            if result is not None:
                return result
        return None

    def absolute(self, index: int) -> tuple[DateMention, int, int] | None:
        """[weekday] day [من] month [year]."""
        weekday: int | None = None
        position = index
        found_weekday = self.weekday(position)
        if found_weekday is not None:
            weekday, position = found_weekday
            if self.key(position) in ("،", ","):
                position += 1
            if self.key(position) == "الموافق":
                position += 1
        day = self.day_number(position)
        if day is None:
            return None
        number, position = day
        if self.key(position) == "من":
            position += 1
        month = self.month(position)
        if month is None:
            return None
        year = self.year_after(month.end)
        end = year[1] if year else month.end
        mention = DateMention(
            start=0,
            end=0,
            text="",
            kind="absolute",
            year=year[0] if year else None,
            month=month.month,
            day=number,
            weekday=weekday,
        )
        return mention, index, end

    def relative_day(self, index: int) -> tuple[DateMention, int, int] | None:
        key = self.base(index)
        offset: int | None = None
        end = index + 1
        if key in ("اول", "لاول") and self.key(index + 1) in ("امس", "من"):
            if self.key(index + 1) == "من" and self.key(index + 2) != "امس":
                return None
            offset, end = -2, index + (3 if self.key(index + 1) == "من" else 2)
        elif key in ("امس", "الامس", "البارحه", "بالامس"):
            offset = -1
        elif key in ("غدا", "الغد") or (key == "غد" and self.key(index - 1) not in ("بعد", "وبعد")):
            offset = 1
        elif key in ("بعد", "وبعد") and self.key(index + 1) == "غد":
            offset, end = 2, index + 2
        elif key == "الليله":
            after = self.key(index + 1)
            if after in ("الماضيه", "الفايته"):
                offset, end = -1, index + 2
            elif not after.startswith("ال") or after in _WEEKDAYS:
                offset = 0
        elif key == "اليوم" and self._today(index):
            offset = 0
        if offset is None:
            return None
        weekday: int | None = None
        following = self.weekday(end)
        if following is not None and self.key(end) not in ("يوم", "اليوم"):
            weekday, end = following
        mention = DateMention(
            start=0, end=0, text="", kind="relative_day", offset=offset, weekday=weekday
        )
        return mention, index, end

    def _today(self, index: int) -> bool:
        """ "اليوم" is today unless it is "the day" ("اليوم التالي", "في اليوم")."""
        before = self.key(index - 1)
        after = self.key(index + 1)
        if before in ("في", "طوال", "خلال", "نفس", "ذلك", "ذات", "هذا", "يوم", "لذلك", "من"):
            return False
        if after.startswith("ال") and after not in _WEEKDAYS:
            return False
        return not (self.words[index + 1] if index + 1 < len(self.words) else None)

    def weekday_mention(self, index: int) -> tuple[DateMention, int, int] | None:
        found = self.weekday(index)
        if found is None:
            return None
        weekday, end = found
        direction = ""
        if self.key(end) in _LAST:
            direction, end = "last", end + 1
        elif self.key(end) in _NEXT:
            direction, end = "next", end + 1
        mention = DateMention(
            start=0, end=0, text="", kind="weekday", weekday=weekday, direction=direction
        )
        return mention, index, end

    def month_day(self, index: int) -> tuple[DateMention, int, int] | None:
        """ "السابع والعشرين من الشهر الماضي", "15 الجاري", "الخامس من هذا الشهر"."""
        day = self.day_number(index)
        if day is None:
            return None
        number, position = day
        if self.key(position) in _THIS:
            return self._month_day(number, 0, index, position + 1)
        if self.key(position) != "من":
            return None
        position += 1
        if self.key(position) == "هذا" and self.key(position + 1) == "الشهر":
            return self._month_day(number, 0, index, position + 2)
        if self.key(position) != "الشهر":
            return None
        relation = self.key(position + 1)
        if relation in _LAST:
            return self._month_day(number, -1, index, position + 2)
        if relation in _NEXT:
            return self._month_day(number, 1, index, position + 2)
        if relation in _THIS:
            return self._month_day(number, 0, index, position + 2)
        return None

    @staticmethod
    def _month_day(
        day: int, month_offset: int, first: int, end: int
    ) -> tuple[DateMention, int, int]:
        mention = DateMention(
            start=0, end=0, text="", kind="month_day", day=day, month_offset=month_offset
        )
        return mention, first, end

    def span(self, index: int) -> tuple[DateMention, int, int] | None:
        """ "قبل ثلاثة أيام" (ago), "منذ عامين" (ago, since), "بعد يومين" (later)."""
        key = self.key(index)
        if key not in ("قبل", "منذ", "بعد", "وقبل", "ومنذ", "وبعد"):
            return None
        found = self.count(index + 1)
        if found is None:
            return None
        number, unit, end = found
        kind = "later" if key.endswith("بعد") else "ago"
        mention = DateMention(
            start=0,
            end=0,
            text="",
            kind=kind,
            count=number,
            unit=unit,
            since=key.endswith("منذ"),
        )
        return mention, index, end

    def period(self, index: int) -> tuple[DateMention, int, int] | None:
        key = self.base(index)
        if key == "في" and self.key(index + 1) == "وقت":
            # "في وقت سابق من هذا الشهر": earlier this month
            side = self.key(index + 2)
            words = [self.key(index + 3), self.key(index + 4), self.key(index + 5)]
            if (
                side in ("سابق", "لاحق")
                and words[:2] == ["من", "هذا"]
                and words[2] in (_PERIOD_UNITS)
            ):
                word = "earlier" if side == "سابق" else "later"
                return self._period(f"{word} this {_PERIOD_UNITS[words[2]]}", index, index + 6)
            return None
        if key in ("هذا", "هذه") and self.key(index + 1) in _PERIOD_UNITS:
            return self._period(f"this {_PERIOD_UNITS[self.key(index + 1)]}", index, index + 2)
        if key not in _PERIOD_UNITS:
            return None
        relation = self.key(index + 1)
        unit = _PERIOD_UNITS[key]
        if relation in _LAST:
            return self._period(f"last {unit}", index, index + 2)
        if relation in _NEXT:
            return self._period(f"next {unit}", index, index + 2)
        if relation in _THIS:
            return self._period(f"this {unit}", index, index + 2)
        return None

    @staticmethod
    def _period(direction: str, first: int, end: int) -> tuple[DateMention, int, int]:
        mention = DateMention(start=0, end=0, text="", kind="period", direction=direction)
        return mention, first, end

    def counter(self, index: int) -> tuple[DateMention, int, int] | None:
        """ "يومها الثالث", "أسبوعه الثاني": the count-th unit."""
        key = self.key(index)
        for possessive in _POSSESSIVES:
            stem = key.removesuffix(possessive)
            if stem != key and stem in _COUNTER_UNITS:
                word = self.words[index + 1] if index + 1 < len(self.words) else None
                if word is None or word.kind != "ordinal" or not word.article:
                    return None
                reading = self.numbers.get(index + 1)
                if reading is None or reading.kind != "ordinal":
                    return None
                mention = DateMention(
                    start=0,
                    end=0,
                    text="",
                    kind="counter",
                    count=int(reading.value),
                    unit=_COUNTER_UNITS[stem],
                )
                return mention, index, reading.end
        return None

    def month_mention(self, index: int) -> tuple[DateMention, int, int] | None:
        """A month with a year ("أكتوبر 2020") or alone ("في أكتوبر")."""
        month = self.month(index)
        if month is None:
            return None
        year = self.year_after(month.end)
        if year is not None:
            mention = DateMention(
                start=0, end=0, text="", kind="month_year", year=year[0], month=month.month
            )
            return mention, index, year[1]
        if self._ambiguous(index) and not self.date_context(month):
            return None
        mention = DateMention(start=0, end=0, text="", kind="month", month=month.month)
        return mention, index, month.end

    def year(self, index: int) -> tuple[DateMention, int, int] | None:
        """ "عام 2020", "في 2020", "منذ 2010": a year; "الثمانينيات": a decade."""
        word = self.words[index]
        if word is None or word.kind not in ("digits", "decade"):
            return None
        reading = self.numbers.get(index)
        if reading is None:
            return None
        if reading.kind == "decade" and not reading.extra:  # not an age ("في العشرينيات من عمره")
            mention = DateMention(start=0, end=0, text="", kind="decade", year=int(reading.value))
            return mention, index, reading.end
        if reading.kind != "year" or reading.qualifier == "range" or reading.extra:
            return None
        if index == 0 or self.tokens[index - 1].kind != "word":
            return None
        mention = DateMention(start=0, end=0, text="", kind="year", year=int(reading.value))
        return mention, index, reading.end
