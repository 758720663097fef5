"""Literal translations (issue 13, 16Lit48): a hyphenated English compound the word tables gloss
whole is read as one word ("Ash-Coloured", "Mother-in-Law"), British spellings in each part of a
hyphenated word; "tiny" as a diminutive word beside "little" and "small"; the team table's words
also bridge in the countries whose towns named in Latin letters only use them (Persian وحدت
"unity": Vahdat, Tajikistan). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings
from tqcheck.gazetteer.garble.literal import hyphen_words
from tqcheck.gazetteer.garble.word_tables import american_spelling


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # حماة "mother-in-law" (the hand table's homograph of the city)
        (
            "Rebels shelled the outskirts of Mother-in-Law, a city in central Syria, on Tuesday.",
            "Mother-in-Law",
            "Hama",
        ),
        # الرمادي "ash-coloured" (Buckwalter: ash-colored)
        (
            "Army engineers in Ash-Coloured, the capital of Anbar province in Iraq, repaired"
            " the bridge.",
            "Ash-Coloured",
            "Ramadi",
        ),
        # الجبيل "the little mountain", the diminutive of جبل
        (
            "Dock workers in Tiny Mountain, an industrial port in Saudi Arabia, went on strike.",
            "Tiny Mountain",
            "Al Jubayl",
        ),
        # Persian وحدت "unity"; GeoNames holds Vahdat in Latin letters only
        (
            "Police in Unity, a town east of Dushanbe in Tajikistan, arrested three men.",
            "Unity",
            "Vahdat",
        ),
    ],
)
def test_literal_translations_read_to_their_place(text: str, span: str, name: str) -> None:
    assert suggested_findings(text) == [("TQ301", span, name)]


@pytest.mark.parametrize(
    "text",
    [
        "The well-known writer visited Damascus last week.",
        "His mother-in-law lives in Aleppo.",
        "They rented a tiny mountain cabin in Lebanon.",
        "The ash-coloured sky over Baghdad cleared by noon.",
        # one word after "in" in copy naming no country: no reading, as before
        "Officials in Ash-Coloured said nothing.",
        "The old Mother-in-Law joke drew laughs in Cairo.",
    ],
)
def test_ordinary_english_stays_quiet(text: str) -> None:
    assert suggested_findings(text) == []


def test_a_glossed_hyphenated_compound_is_one_word() -> None:
    assert hyphen_words("ash-coloured town") == ["ash-coloured", "town"]
    assert hyphen_words("mother-in-law") == ["mother-in-law"]
    # a compound no table glosses is its parts, as before
    assert hyphen_words("al-rashid street") == ["al", "rashid", "street"]
    assert hyphen_words("sheikh-zayed") == ["sheikh", "zayed"]


def test_british_spelling_in_each_part_of_a_hyphenated_word() -> None:
    assert american_spelling("ash-coloured") == "ash-colored"
    assert american_spelling("grey-haired") == "gray-haired"
