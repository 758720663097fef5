"""Copy that names no country of the region (issue 13, 15Nc46): a name of three translated words
joined by "of" (the Arabic construct) after "in", "near" that reads back to a town's exact Arabic
name is read for a town of 20,000 or more, not only for a city of 100,000+. Sentences of our
own."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # شرم الشيخ "bay of the old man" (38,000): no country named
        (
            "Police in Bay of the Old Man arrested two men after a fight.",
            "Bay of the Old Man",
            "Sharm el-Sheikh",
        ),
        # سوق الأربعاء الغرب "market of Wednesday of the west" (44,000)
        (
            "Farmers near Market of Wednesday of the West said the harvest was late.",
            "Market of Wednesday of the West",
            "Souq Larb’a al Gharb",
        ),
    ],
)
def test_three_translated_words_read_a_town_without_a_country(
    text: str, span: str, name: str
) -> None:
    assert suggested_findings(text) == [("TQ301", span, name)]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Old Town Square arrested two men after a fight.",
        "Farmers near Upper West Side said the harvest was late.",
        "A court in Valley of the Kings jailed the former manager.",
        "Police in Lower East Side said two men had been arrested.",
        # three words in English order: a city of 100,000+ only, as before
        "Farmers near New Sunday Garden said the harvest was late.",
        # after "reached" no reading of a town under 100,000 without a country
        "Families reached Bay of the Old Man after walking for four days.",
    ],
)
def test_english_names_of_three_words_stay_quiet(text: str) -> None:
    assert suggested_findings(text) == []
