"""The tenth session's leftovers settled (issue 13, review 13Rev39): what ``compounds._keeps``
guards, people who "were from" a country, the sound ranking of a word after "in", a town's own
name in a sentence set in another country, and one reading of a city's possessive. Sentences of
our own."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer import look_alikes
from tqcheck.gazetteer.context import geography_of, possessive_owner
from tqcheck.gazetteer.garble import compounds, slots
from tqcheck.gazetteer.keys import fold

pytestmark = pytest.mark.usefixtures("look_alike_towns")  # what the method finds by itself


def test_a_kept_town_name_must_be_spelled_by_the_compound_it_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Baneh" kept beside "water" (آب) spells بناب, Bonab, whose names hold no "Baneh":
    # ``compounds._keeps`` is what keeps that chance spelling out
    text = "Farmers near Baneh Water said the wells had dried up, Iranian media reported.\n"
    assert garbles_in(text) == []
    monkeypatch.setattr(compounds, "_keeps", lambda place, kept: True)
    assert garbles_in(text) == [("Baneh Water", "literal", "IR", "Bonab")]


def test_people_of_a_quantifier_who_were_from_a_country_name_a_border() -> None:
    text = (
        "Police raided a workshop in Tuzla, an Istanbul district, and detained 40 migrants. "
        "Most were from Afghanistan, police said."
    )
    assert "AF" in geography_of(text).borders


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a copula after any other subject names the copy's own country or an actor
        (
            "Most of the soldiers killed in the attack on the town were from the Iraqi army, "
            "officials said.",
            "IQ",
        ),
        ("The statement was from Iran's foreign ministry, which condemned the strike.", "IR"),
    ],
)
def test_a_copula_after_another_subject_names_no_border(text: str, code: str) -> None:
    geography = geography_of(text)
    assert code in geography.inside() and code not in geography.borders


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Police in Crisis detained two men, Turkey's interior ministry said.\n", "kilis"),
        ("Farmers in Barker said the harvest was poor, Iraqi officials said.\n", "baharkah"),
    ],
)
def test_a_word_after_in_read_in_its_one_country_is_ranked_by_sound(
    monkeypatch: pytest.MonkeyPatch, text: str, town: str
) -> None:
    # the located reading reads a word after "in" as in a place slot, sound ranking and all
    word = text.split()[2]
    assert [(found, fold(name)) for found, _, _, name in garbles_in(text)] == [(word, town)]
    monkeypatch.setattr(look_alikes, "HEARD_WEIGHT", 0.0)
    assert [fold(name) for _, _, _, name in garbles_in(text)] != [town]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck Tire in southern Lebanon.\n",
        # the sentence names Lebanon only, the copy Lebanon more often than Turkey
        "In southern Lebanon, Israeli jets struck the city of Tire. Lebanon's health ministry "
        "said three people were killed. Turkey's foreign ministry condemned the attack.\n",
    ],
)
def test_a_turkish_towns_name_in_copy_set_in_lebanon_is_tyre(text: str) -> None:
    assert [(found, country, name) for found, _, country, name in garbles_in(text)] == [
        ("Tire", "LB", "Tyre")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Fig growers in the town of Tire, in Izmir province, said the harvest was poor.\n",
        # the sentence names Turkey
        "Police in Tire, a town near Izmir, detained two men, Turkish media said. Lebanon's "
        "ambassador visited Ankara.\n",
        # the sentence names Lebanon, the copy Turkey as often
        "Fig growers in the town of Tire said Lebanese buyers had cancelled orders. Turkey's "
        "trade ministry said exports fell.\n",
        # the sentence names no country
        "Police detained two men in the town of Tire on Monday. Officials in Lebanon said the "
        "men had crossed from Syria into Turkey.\n",
    ],
)
def test_tire_in_a_turkish_story_stays_quiet(text: str) -> None:
    assert garbles_in(text) == []


def test_a_citys_possessive_is_read_one_way() -> None:
    assert possessive_owner("Izmir's Black Vineyards") == ("Izmir", " Black Vineyards")
    assert possessive_owner("Samarkand's") == ("Samarkand", "")
    assert possessive_owner("Abu Dhabi’s Corniche") == ("Abu Dhabi", " Corniche")
    assert possessive_owner("Solomons Mosque") is None
    # a candidate is cut only where a capitalised name follows an owner ending in lower case
    assert slots._owner_inside("Adana's Incirlik") == ("Adana", " Incirlik")
    assert slots._owner_inside("UK's Foreign Office") is None
    assert slots._owner_inside("Sanaa's") is None
