"""Numbers in Arabic prose: values, kinds, qualifiers and exact spans (our own sentences)."""

from __future__ import annotations

import math

import pytest

from tqcheck.arabic.numbers import digits_value, find_numbers

INF = math.inf

# (text, [(span text, value, kind, qualifier)])
CASES = [
    # digits in three digit systems, with separators and scale words
    ("قتل 330 ألف شخص في الحرب", [("330 ألف", 330_000, "cardinal", "exact")]),
    ("أصيب ٣٣٬٠٠٠ شخص", [("٣٣٬٠٠٠", 33_000, "cardinal", "exact")]),
    ("أصيب ۳۳,۰۰۰ شخص", [("۳۳,۰۰۰", 33_000, "cardinal", "exact")]),
    ("نزح 2.5 مليون شخص", [("2.5 مليون", 2_500_000, "cardinal", "exact")]),
    ("نزح ٢٫٥ مليون شخص", [("٢٫٥ مليون", 2_500_000, "cardinal", "exact")]),
    ("خسرت 2,5 مليون دولار", [("2,5 مليون", 2_500_000, "cardinal", "exact")]),
    ("رصدت 3 مليارات دولار", [("3 مليارات", 3e9, "cardinal", "exact")]),
    ("عبر 30،000 لاجئ الحدود", [("30،000", 30_000, "cardinal", "exact")]),
    ("3 ملايين و500 ألف ناخب", [("3 ملايين و500 ألف", 3_500_000, "cardinal", "exact")]),
    # number words: gender, case and construct forms
    ("دمرت ثلاث قرى", [("ثلاث", 3, "cardinal", "exact")]),
    ("قتل ثلاثة جنود", [("ثلاثة", 3, "cardinal", "exact")]),
    ("أصيب ثلاثين طفلا", [("ثلاثين", 30, "cardinal", "exact")]),
    ("وصل ثلاثون مراقبا", [("ثلاثون", 30, "cardinal", "exact")]),
    ("استعاد الجيش ثماني قرى", [("ثماني", 8, "cardinal", "exact")]),
    ("استمر القصف ثمانية أيام", [("ثمانية", 8, "cardinal", "exact")]),
    ("بعد ثمان سنوات", [("ثمان", 8, "cardinal", "exact")]),
    ("أطلق سراح عشرة رهائن", [("عشرة", 10, "cardinal", "exact")]),
    ("سجل أحد عشر هدفا", [("أحد عشر", 11, "cardinal", "exact")]),
    ("احتجز اثني عشر صيادا", [("اثني عشر", 12, "cardinal", "exact")]),
    ("بلغ عمره خمسة وعشرين عاما", [("خمسة وعشرين", 25, "cardinal", "exact")]),
    ("نقل مئة جريح", [("مئة", 100, "cardinal", "exact")]),
    ("نقل مائة جريح", [("مائة", 100, "cardinal", "exact")]),
    ("نقل مئتين من الجرحى", [("مئتين", 200, "cardinal", "exact")]),
    ("أرسل ثلاثمئة جندي", [("ثلاثمئة", 300, "cardinal", "exact")]),
    ("أرسل ثلاث مئة جندي", [("ثلاث مئة", 300, "cardinal", "exact")]),
    ("فر ألف مدني", [("ألف", 1000, "cardinal", "exact")]),
    ("فر ألفا مدني", [("ألفا", 1000, "cardinal", "exact")]),
    ("فر ألفان من السكان", [("ألفان", 2000, "cardinal", "exact")]),
    ("فر ألفين من السكان", [("ألفين", 2000, "cardinal", "exact")]),
    ("فر ثلاثة آلاف مدني", [("ثلاثة آلاف", 3000, "cardinal", "exact")]),
    ("أنفق مليون دولار", [("مليون", 1e6, "cardinal", "exact")]),
    ("أنفق مليونين", [("مليونين", 2e6, "cardinal", "exact")]),
    ("جمع مليوني دولار", [("مليوني", 2e6, "cardinal", "exact")]),
    ("بلغ العدد مليون وثلاثمائة ألف", [("مليون وثلاثمائة ألف", 1_300_000, "cardinal", "exact")]),
    ("بلغ العدد مليون ونصف", [("مليون ونصف", 1_500_000, "cardinal", "exact")]),
    ("بلغ العدد ألف ومئتان", [("ألف ومئتان", 1200, "cardinal", "exact")]),
    ("عاد عشرون ألفا", [("عشرون ألفا", 20_000, "cardinal", "exact")]),
    ("أسقط ثلاثًا من الطائرات", [("ثلاثًا", 3, "cardinal", "exact")]),
    # proclitics: the span starts after them
    (
        "قتل جنديان وثلاثة مدنيين",
        [("جنديان", 2, "cardinal", "exact"), ("ثلاثة", 3, "cardinal", "exact")],
    ),
    ("مر بثلاث قرى", [("ثلاث", 3, "cardinal", "exact")]),
    ("وصل الوفد و3 صحفيين", [("3", 3, "cardinal", "exact")]),
    ("تبرع بـ300 دولار", [("300", 300, "cardinal", "exact")]),
    ("قتل أربع واثنين", [("أربع", 4, "cardinal", "exact"), ("اثنين", 2, "cardinal", "exact")]),
    ("وأحد عشر لاعبا", [("أحد عشر", 11, "cardinal", "exact")]),
    # duals of counted nouns
    ("استمر الحصار يومين", [("يومين", 2, "cardinal", "exact")]),
    ("بعد شهرين من القتال", [("شهرين", 2, "cardinal", "exact")]),
    ("وقعت دولتان الاتفاق", [("دولتان", 2, "cardinal", "exact")]),
    ("أسر جنديين", [("جنديين", 2, "cardinal", "exact")]),
    ("زار المدينة مرتين", [("مرتين", 2, "cardinal", "exact")]),
    # ordinals
    ("هذه المرة الأولى", [("أولى", 1, "ordinal", "exact")]),
    ("في الجولة الثالثة", [("ثالثة", 3, "ordinal", "exact")]),
    ("في اليوم العاشر", [("عاشر", 10, "ordinal", "exact")]),
    ("في القرن الحادي عشر", [("حادي عشر", 11, "ordinal", "exact")]),
    ("في الذكرى السابعة والعشرين", [("سابعة والعشرين", 27, "ordinal", "exact")]),
    ("ثاني أكبر مدينة", [("ثاني", 2, "ordinal", "exact")]),
    ("في القرن العشرين", [("عشرين", 20, "ordinal", "exact")]),
    ("في القرن الواحد والعشرين", [("واحد والعشرين", 21, "ordinal", "exact")]),
    # percentages
    ("ارتفعت الأسعار 5%", [("5%", 5, "percent", "exact")]),
    ("ارتفعت الأسعار ٥٪", [("٥٪", 5, "percent", "exact")]),
    ("تراجع 7 في المئة", [("7 في المئة", 7, "percent", "exact")]),
    ("تراجع 8 في المائة", [("8 في المائة", 8, "percent", "exact")]),
    ("تراجع 9 بالمئة", [("9 بالمئة", 9, "percent", "exact")]),
    ("تراجع خمسة في المئة", [("خمسة في المئة", 5, "percent", "exact")]),
    # qualifiers
    ("قتل نحو 30 شخصا", [("نحو 30", 30, "cardinal", "approx")]),
    ("قتل حوالي ألف شخص", [("حوالي ألف", 1000, "cardinal", "approx")]),
    ("قتل قرابة 50 شخصا", [("قرابة 50", 50, "cardinal", "approx")]),
    ("قتل ما يقارب 40 شخصا", [("ما يقارب 40", 40, "cardinal", "approx")]),
    ("قتل أكثر من 60 شخصا", [("أكثر من 60", 60, "cardinal", "min")]),
    ("قتل ما لا يقل عن 60 شخصا", [("ما لا يقل عن 60", 60, "cardinal", "min")]),
    ("قتل أقل من 70 شخصا", [("أقل من 70", 70, "cardinal", "max")]),
    ("استمر لأكثر من 80 يوما", [("أكثر من 80", 80, "cardinal", "min")]),
    ("قتل 30 شخصا تقريبا", [("30", 30, "cardinal", "approx")]),
    # vague amounts
    ("قتل عشرات المدنيين", [("عشرات", None, "vague", "approx")]),
    ("فر مئات الأشخاص", [("مئات", None, "vague", "approx")]),
    ("فر آلاف الأشخاص", [("آلاف", None, "vague", "approx")]),
    ("فر عشرات الآلاف", [("عشرات الآلاف", None, "vague", "approx")]),
    ("بعد بضعة أيام", [("بضعة", None, "vague", "approx")]),
    # years and decades
    ("في عام 2020 وقع الزلزال", [("2020", 2020, "year", "exact")]),
    ("ولد في 1999، في القاهرة", [("1999", 1999, "year", "exact")]),
    ("بني المسجد سنة 1441 هـ", [("1441 هـ", 1441, "year", "exact")]),
    ("تأسست عام 1950م", [("1950م", 1950, "year", "exact")]),
    ("وصل 2000 شخص", [("2000", 2000, "cardinal", "exact")]),
    ("في الثمانينيات", [("الثمانينيات", 1980, "decade", "range")]),
    ("في ثمانينيات القرن التاسع عشر", [("ثمانينيات القرن التاسع عشر", 1880, "decade", "range")]),
    ("في العشرينيات من عمره", [("العشرينيات", 20, "decade", "range")]),
    # ranges
    ("قتل بين 20 و30 شخصا", [("20 و30", 25, "cardinal", "range")]),
    ("يستغرق 10-15 يوما", [("10-15", 12.5, "cardinal", "range")]),
    ("من 5 إلى 7 سنوات", [("5 إلى 7", 6, "cardinal", "range")]),
    ("بين عامي 2010-2015", [("2010-2015", 2010, "year", "range")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_numbers(text: str, expected: list[tuple[str, float | None, str, str]]) -> None:
    found = find_numbers(text)
    assert [(q.text, q.value, q.kind, q.qualifier) for q in found] == expected
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text


# Words that look like numbers but are not, and numbers inside names, codes and times.
NEGATIVES = [
    "في تشرين الأول",
    "في كانون الثاني",
    "في ربيع الأول",
    "في جمادى الآخرة",
    "تحدث أثناء الاجتماع",
    "أثنى الوزير على الجيش",
    "كمية المطر ثابتة",
    "شارك إيما ستون، ورايان غوسلينغ",
    "التقى حسن سبت بالوزير",
    "تركيز ثاني أكسيد الكربون",
    "انتشر كوفيد-19 سريعا",
    "انتشر فيروس H5N1 سريعا",
    "أطلق النار من بندقية م16",
    "بدأ الاجتماع الساعة 12:30",
    "لست أدري",
    "وصل يوم الأحد",
    "وصل يوم الاثنين",
    "وصل يوم الثلاثاء",
    "وصل يوم الأربعاء",
    "فاز الفريق 3-1",
    "فاز الفريق 21 إلى 20",
    "اتصل على الرقم 859-292-3680",
    "تحليل أوليّ للنتائج",
    "شاهد ميتًا في الشارع",
    "مرة ثانية",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


def test_dual_names_its_noun() -> None:
    (quantity,) = find_numbers("بعد يومين")
    assert quantity.extra == {"dual": "يوم"}


def test_hijri_year_is_marked() -> None:
    (quantity,) = find_numbers("سنة 1441 هـ")
    assert quantity.extra == {"calendar": "hijri"}


def test_bounds_follow_the_english_reader() -> None:
    (about,) = find_numbers("نحو 30")
    assert (about.low, about.high) == (25.5, 34.5)
    (more,) = find_numbers("أكثر من 30")
    assert (more.low, more.high) == (30, INF)
    (less,) = find_numbers("أقل من 30")
    assert (less.low, less.high) == (0, 30)
    (between,) = find_numbers("بين 20 و30 ألف")
    assert (between.low, between.high) == (20_000, 30_000)


def test_offset_shifts_spans() -> None:
    (quantity,) = find_numbers("قتل 12 شخصا", offset=100)
    assert (quantity.start, quantity.end) == (104, 106)


def test_dot_thousands_is_kept_as_an_alternative() -> None:
    (quantity,) = find_numbers("قتل 33.000 شخص")
    assert quantity.value == 33.0
    assert quantity.extra["alternatives"] == "33000.0"


@pytest.mark.parametrize(
    ("digits", "value"),
    [
        ("33,000", 33000.0),
        ("2,5", 2.5),
        ("1.500.000", 1_500_000.0),
        ("3.5", 3.5),
        ("1.2.3", None),
    ],
)
def test_digits_value(digits: str, value: float | None) -> None:
    assert digits_value(digits) == value


def test_a_dash_before_a_number_is_punctuation() -> None:
    (quantity,) = find_numbers("قال فلان -29 عاما- إن")
    assert (quantity.text, quantity.value) == ("29", 29.0)
