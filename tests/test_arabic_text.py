"""Arabic normalisation, tokens and sentence spans (our own sentences)."""

from __future__ import annotations

import pytest

from tqcheck.arabic.text import (
    normalize,
    normalize_digits,
    split_sentences,
    strip_marks,
    tokenize,
    word_key,
)

DIGITS = [
    ("٣٣٬٠٠٠", "33,000"),
    ("٢٫٥", "2.5"),
    ("۱۲۳۴", "1234"),
    ("٥٪", "5%"),
    ("٣٠،٠٠٠ شخص", "30,000 شخص"),  # an Arabic comma between digit groups
    ("1،2، 3", "1،2، 3"),  # a list stays a list
    ("no digits", "no digits"),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS)
def test_normalize_digits(text: str, expected: str) -> None:
    result = normalize_digits(text)
    assert result == expected
    assert len(result) == len(text)  # offsets carry over


KEYS = [
    ("إحدى", "احدي"),
    ("مائة", "مايه"),
    ("مئتان", "ميتان"),
    ("آلاف", "الاف"),
    ("أكتـــوبر", "اكتوبر"),  # tatweel
    ("ثَمَانِيَةَ", "ثمانيه"),  # tashkeel
    ("کیلو", "كيلو"),  # Persian kaf and ya
    ("الأولى", "الاولي"),
    ("٣", "3"),
]


@pytest.mark.parametrize(("word", "expected"), KEYS)
def test_word_key(word: str, expected: str) -> None:
    assert word_key(word) == expected


def test_strip_marks_maps_back_to_the_original() -> None:
    text = "قُتِلَ ثَلاثةٌ"
    plain, origin = strip_marks(text)
    assert plain == "قتل ثلاثة"
    assert len(origin) == len(plain) + 1
    assert [text[i] for i in origin[:-1]] == list(plain)
    assert origin[-1] == len(text)


def test_normalize_keeps_spaces() -> None:
    assert normalize("قُتِلَ ٣ أشخاصٍ في إدلب") == "قتل 3 اشخاص في ادلب"


def test_tokens_have_original_spans() -> None:
    text = "قُتِل ٣٣٬٠٠٠ و3 في H5N1، ألفًا"
    tokens = tokenize(text)
    assert [(t.kind, t.plain) for t in tokens] == [
        ("word", "قتل"),
        ("number", "33,000"),
        ("word", "و"),
        ("number", "3"),
        ("word", "في"),
        ("latin", "H"),
        ("number", "5"),
        ("latin", "N"),
        ("number", "1"),
        ("punct", "،"),
        ("word", "ألفا"),
    ]
    assert text[tokens[0].start : tokens[0].end] == "قُتِل"
    assert text[tokens[1].start : tokens[1].end] == "٣٣٬٠٠٠"
    assert not tokens[3].spaced  # "و3"
    assert text[tokens[-1].start : tokens[-1].end] == "ألفًا"  # the final tanween belongs to it
    assert tokens[-1].key == "الفا"


SENTENCES = [
    (
        "قال الوزير إن 3.5 مليون شخص نزحوا. وأضاف أن العدد يرتفع.",
        ["قال الوزير إن 3.5 مليون شخص نزحوا.", "وأضاف أن العدد يرتفع."],
    ),
    ("هل انتهت الحرب؟ لا!", ["هل انتهت الحرب؟", "لا!"]),
    (
        'قال: "انتهى الأمر." ثم غادر القاعة.',
        ['قال: "انتهى الأمر."', "ثم غادر القاعة."],
    ),
    ("(وصل الوفد.) ثم بدأ الاجتماع.", ["(وصل الوفد.)", "ثم بدأ الاجتماع."]),
    ("التقى د. أحمد بالوزير في العاصمة.", ["التقى د. أحمد بالوزير في العاصمة."]),
    ("ارتفع المؤشر 2.5 نقطة", ["ارتفع المؤشر 2.5 نقطة"]),
    ("السطر الأول\nالسطر الثاني", ["السطر الأول", "السطر الثاني"]),
    ("انتهى كل شيء.انتقل إلى المدينة", ["انتهى كل شيء.", "انتقل إلى المدينة"]),
    ("موقع www.example.com مغلق.", ["موقع www.example.com مغلق."]),
    ("  ", []),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[start:end] for start, end in spans] == expected


def test_words_run_together_are_told_from_long_words() -> None:
    from tqcheck.arabic.text import has_run_together_words

    assert has_run_together_words("وقالتالوزارةإنالوضعتحسن")
    assert not has_run_together_words("فسيكفيكهم الله والمستشفيات")
