"""Dates in Arabic prose: the English reader's DateMention kinds, resolved by the English
``resolve`` against a fixed publication day (our own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from tqcheck.arabic.dates import find_dates
from tqcheck.facts.dates import resolve

PUBLISHED = date(2020, 10, 15)  # a Thursday

# (text, span text, kind, expected fields, resolved day or None)
CASES = [
    (
        "وقع الهجوم في 15 أكتوبر 2020.",
        "15 أكتوبر 2020",
        "absolute",
        {"day": 15, "month": 10, "year": 2020},
        "2020-10-15",
    ),
    (
        "وقع الهجوم في الخامس عشر من أكتوبر.",
        "الخامس عشر من أكتوبر",
        "absolute",
        {"day": 15, "month": 10, "year": None},
        "2020-10-15",
    ),
    (
        "اجتمعوا يوم الأحد 11 أكتوبر.",
        "يوم الأحد 11 أكتوبر",
        "absolute",
        {"day": 11, "month": 10, "weekday": 6},
        "2020-10-11",
    ),
    (
        "وصل في 3 تشرين الثاني/نوفمبر 2019.",
        "3 تشرين الثاني/نوفمبر 2019",
        "absolute",
        {"day": 3, "month": 11, "year": 2019},
        "2019-11-03",
    ),
    (
        "وصل في 3 نوفمبر/تشرين الثاني 2019.",
        "3 نوفمبر/تشرين الثاني 2019",
        "absolute",
        {"day": 3, "month": 11, "year": 2019},
        "2019-11-03",
    ),
    (
        "وصل في 3 تشرين الأول (أكتوبر).",
        "3 تشرين الأول (أكتوبر)",
        "absolute",
        {"day": 3, "month": 10},
        "2020-10-03",
    ),
    ("في 12 كانون الثاني", "12 كانون الثاني", "absolute", {"month": 1}, "2020-01-12"),
    ("في 12 كانون الأول", "12 كانون الأول", "absolute", {"month": 12}, "2019-12-12"),
    ("في 2 شباط", "2 شباط", "absolute", {"month": 2}, "2020-02-02"),
    ("في 2 آذار", "2 آذار", "absolute", {"month": 3}, "2020-03-02"),
    ("في 2 نيسان", "2 نيسان", "absolute", {"month": 4}, "2020-04-02"),
    ("في 2 أيار", "2 أيار", "absolute", {"month": 5}, "2020-05-02"),
    ("في 2 حزيران", "2 حزيران", "absolute", {"month": 6}, "2020-06-02"),
    ("في 2 تموز", "2 تموز", "absolute", {"month": 7}, "2020-07-02"),
    ("في 2 آب", "2 آب", "absolute", {"month": 8}, "2020-08-02"),
    ("في 2 أيلول", "2 أيلول", "absolute", {"month": 9}, "2020-09-02"),
    ("في 9 يناير", "9 يناير", "absolute", {"month": 1}, "2020-01-09"),
    ("في 9 فبراير", "9 فبراير", "absolute", {"month": 2}, "2020-02-09"),
    ("في 9 مارس", "9 مارس", "absolute", {"month": 3}, "2020-03-09"),
    ("في 9 إبريل", "9 إبريل", "absolute", {"month": 4}, "2020-04-09"),
    ("في 9 مايو", "9 مايو", "absolute", {"month": 5}, "2020-05-09"),
    ("في 9 يونيه", "9 يونيه", "absolute", {"month": 6}, "2020-06-09"),
    ("في 9 يوليو", "9 يوليو", "absolute", {"month": 7}, "2020-07-09"),
    ("في 9 أغسطس", "9 أغسطس", "absolute", {"month": 8}, "2020-08-09"),
    ("في 9 سبتمبر", "9 سبتمبر", "absolute", {"month": 9}, "2020-09-09"),
    ("في 9 ديسمبر", "9 ديسمبر", "absolute", {"month": 12}, "2019-12-09"),
    ("قال أمس إن", "أمس", "relative_day", {"offset": -1}, "2020-10-14"),
    ("قال بالأمس إن", "بالأمس", "relative_day", {"offset": -1}, "2020-10-14"),
    ("وصلوا البارحة", "البارحة", "relative_day", {"offset": -1}, "2020-10-14"),
    ("وصلوا أول أمس", "أول أمس", "relative_day", {"offset": -2}, "2020-10-13"),
    ("وصلوا أول من أمس", "أول من أمس", "relative_day", {"offset": -2}, "2020-10-13"),
    ("قال اليوم إن", "اليوم", "relative_day", {"offset": 0}, "2020-10-15"),
    ("يصلون غداً", "غداً", "relative_day", {"offset": 1}, "2020-10-16"),
    ("يصلون بعد غد", "بعد غد", "relative_day", {"offset": 2}, "2020-10-17"),
    (
        "قال أمس الأربعاء إن",
        "أمس الأربعاء",
        "relative_day",
        {"offset": -1, "weekday": 2},
        "2020-10-14",
    ),
    (
        "وصل الأربعاء الماضي",
        "الأربعاء الماضي",
        "weekday",
        {"weekday": 2, "direction": "last"},
        "2020-10-14",
    ),
    ("وصل يوم الإثنين", "يوم الإثنين", "weekday", {"weekday": 0, "direction": ""}, "2020-10-12"),
    (
        "يصل الجمعة المقبلة",
        "الجمعة المقبلة",
        "weekday",
        {"weekday": 4, "direction": "next"},
        "2020-10-16",
    ),
    (
        "سوف يجتمعون يوم الثلاثاء",
        "يوم الثلاثاء",
        "weekday",
        {"weekday": 1, "tense": "future"},
        "2020-10-20",
    ),
    (
        "وقع الهجوم في السابع والعشرين من الشهر الماضي",
        "السابع والعشرين من الشهر الماضي",
        "month_day",
        {"day": 27, "month_offset": -1},
        "2020-09-27",
    ),
    (
        "وقع في 5 من الشهر الجاري",
        "5 من الشهر الجاري",
        "month_day",
        {"day": 5, "month_offset": 0},
        "2020-10-05",
    ),
    (
        "وقع في الخامس من هذا الشهر",
        "الخامس من هذا الشهر",
        "month_day",
        {"day": 5, "month_offset": 0},
        "2020-10-05",
    ),
    ("وقع في 5 الجاري", "5 الجاري", "month_day", {"day": 5, "month_offset": 0}, "2020-10-05"),
    ("بدأ قبل ثلاثة أيام", "قبل ثلاثة أيام", "ago", {"count": 3, "unit": "day"}, "2020-10-12"),
    ("بدأ قبل يومين", "قبل يومين", "ago", {"count": 2, "unit": "day"}, "2020-10-13"),
    ("بدأ قبل أسبوع", "قبل أسبوع", "ago", {"count": 1, "unit": "week"}, "2020-10-08"),
    (
        "غادر منذ عامين",
        "منذ عامين",
        "ago",
        {"count": 2, "unit": "year", "since": True},
        "2018-10-15",
    ),
    ("عاد بعد ثلاثة أيام", "بعد ثلاثة أيام", "later", {"count": 3, "unit": "day"}, None),
    ("قتل في الأسبوع الماضي", "الأسبوع الماضي", "period", {"direction": "last week"}, None),
    ("زار الشهر الماضي", "الشهر الماضي", "period", {"direction": "last month"}, None),
    ("ارتفع العام الجاري", "العام الجاري", "period", {"direction": "this year"}, None),
    (
        "وقع في وقت سابق من هذا الشهر",
        "في وقت سابق من هذا الشهر",
        "period",
        {"direction": "earlier this month"},
        None,
    ),
    ("دخل الإضراب يومه الثالث", "يومه الثالث", "counter", {"count": 3, "unit": "day"}, None),
    ("وصل في أكتوبر 2019", "أكتوبر 2019", "month_year", {"month": 10, "year": 2019}, None),
    (
        "وصل في أكتوبر من عام 2019",
        "أكتوبر من عام 2019",
        "month_year",
        {"month": 10, "year": 2019},
        None,
    ),
    ("وصل في مارس الماضي", "مارس", "month", {"month": 3}, None),
    ("تأسس عام 1990", "1990", "year", {"year": 1990}, None),
    ("يعمل منذ عام 2010", "2010", "year", {"year": 2010, "since": True}, None),
    ("في الثمانينيات", "الثمانينيات", "decade", {"year": 1980}, None),
]


@pytest.mark.parametrize(("text", "span", "kind", "fields", "day"), CASES)
def test_dates(text: str, span: str, kind: str, fields: dict[str, object], day: str | None) -> None:
    found = find_dates(text)
    assert len(found) == 1, found
    mention = found[0]
    assert (mention.text, mention.kind) == (span, kind)
    assert text[mention.start : mention.end] == mention.text
    for name, value in fields.items():
        assert getattr(mention, name) == value, name
    resolved = resolve(mention, PUBLISHED)
    assert (resolved.isoformat() if resolved else None) == day


NEGATIVES = [
    "مارس الضغط على الحكومة",  # practised
    "زار أب وأم ابنهما",  # father
    "اشترى سيارة نيسان",  # the car maker
    "في اليوم التالي",  # the next day
    "في اليوم الأول من المؤتمر",
    "مرتين في اليوم",
    "التقى حسن سبت بالوزير",
    "في كانون",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_offset_shifts_spans() -> None:
    (mention,) = find_dates("قال أمس", offset=50)
    assert (mention.start, mention.end) == (54, 57)


def test_several_dates_in_one_sentence() -> None:
    found = find_dates("وصل يوم الأحد وغادر الثلاثاء بعد يومين")
    assert [(m.kind, m.weekday, m.count) for m in found] == [
        ("weekday", 6, 0),
        ("weekday", 1, 0),
        ("later", None, 2),
    ]
