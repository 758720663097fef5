"""TQ306 on English words that only their slot places as a town of the region's copy (a strong
slot or "in", "near", with no apposition after them), and on English words that GeoNames
knows only as small places outside the region (issue 13, e306)."""

from __future__ import annotations

import pytest

from tests.place_support import rule_spans


def _found(text: str) -> list[str]:
    return rule_spans("TQ306", text)


def test_a_strong_slot_alone_places_english_words_as_a_town() -> None:
    assert _found("Jordanian troops shelled the border town of Cotton Hill overnight.") == [
        "Cotton Hill"
    ]
    assert _found("A new highway linking Lanterns with Zarqa opened, Jordan said.") == ["Lanterns"]


def test_in_or_near_places_english_words_as_a_town() -> None:
    assert _found("Egyptian police arrested two men in Happiness after a riot in Minya.") == [
        "Happiness"
    ]
    assert _found("Kazakh miners in Copper Lake, on the steppe, went on strike.") == ["Copper Lake"]


def test_a_word_in_ly_mid_sentence_is_a_name() -> None:
    assert _found("Fighting intensified north of Molly between rival Yemeni forces.") == ["Molly"]


def test_english_words_geonames_knows_only_as_small_towns_abroad() -> None:
    # "Harold" is a hamlet of the United States in GeoNames: not a town of Yemen
    assert _found("Saudi jets struck Harold, near the Yemeni border, the coalition said.") == [
        "Harold"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lebanese lawmakers debated the budget in Parliament on Tuesday.",
        "Shares in the Stock Exchange fell 3% in Amman, Jordanian brokers said.",
        "The Syrian minister said in Arabic that Damascus would not negotiate.",
        "Today, in the State of Israel, no single agency covers this issue.",
        "Permits are issued through the Coordination and Liaison Administration in Israel.",
        "Georgian officials said he was held in a clinic which in There is no doctor.",
        "A graduate of Baku, she moved to Azerbaijan during the war in Yugoslavia.",
        "Goygol, known in Soviet times as Khanlar, lies south of Ganja in Azerbaijan.",
        "Turkish warships patrolled off Samsun in Turkey's Black Sea region.",
        "Unemployed youths protested in Ouargla, in the Algerian Sahara.",
        "Egyptian officials said a bus crashed near Sohag in Upper Egypt.",
        "Tourists crowded the Old City of Tunis as Tunisia's season opened.",
        "Iraqi protesters gathered in Liberation Square in Baghdad.",
        # a real place, and a large city elsewhere that the word names ("Tijuana", Mexico)
        "Syrian forces shelled the town of Saraqib near Idlib overnight.",
        "A militia base in Tijuana, east of Tripoli in Libya, was hit.",
    ],
)
def test_quiet(text: str) -> None:
    assert _found(text) == []
