"""TQ306 on English words that copy naming no country at all places as a town (wire copy about
a place every reader knows): a strong slot or a locating apposition, or "in X" where the copy
carries a sign of the region; no place of that name known anywhere (issue 13, e306d)."""

from __future__ import annotations

import pytest

from tests.place_support import rule_spans


def _found(text: str) -> list[str]:
    return rule_spans("TQ306", text)


@pytest.mark.parametrize(
    "text",
    [
        "Ferries from Lantern to the mainland were cancelled because of high winds.",
        "Workers at a cement plant in Lantern, at the northern end of the valley, walked out.",
        "Mohammed al-Harbi said shops in Lantern had run out of bread.",
        "Shops in Lantern had run out of bread, Abu Khalil said.",
    ],
)
def test_an_english_word_placed_in_copy_naming_no_country_is_reported(text: str) -> None:
    assert _found(text) == ["Lantern"]


@pytest.mark.parametrize(
    "text",
    [
        # "in X" alone, and no sign of the region: a shop's or a venue's name as often as a town
        "Shops in Lantern had run out of bread on Saturday.",
        # copy set abroad by a word of its people
        "Canadian officials said ferries from Lantern to the mainland were cancelled.",
        # a place GeoNames knows (Chinook, Montana) and a city of the region
        "Ferries from Chinook to the island were cancelled because of high winds.",
        "Ferries from Tunis to the island were cancelled because of high winds.",
        # a person
        "A letter from Lantern to the mayor was read out on Saturday.",
        # a kind of place named by its noun after "the"
        "Ferries to the Islands were cancelled after the storm.",
        "Buses from the Capital to the coast were cancelled.",
    ],
)
def test_copy_naming_no_country_stays_quiet_otherwise(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an apposition after "in X" says nothing in copy naming no country; nor is a date a town
        "The airline allows a suitcase of 23 kilograms in Economy Class, in Premium two.",
        "Stalls were removed on Friday, the tenth of February, in Kalininsky district.",
    ],
)
def test_an_apposition_or_a_date_places_nothing_in_copy_naming_no_country(text: str) -> None:
    assert _found(text) == []


def test_a_polity_is_no_town() -> None:
    # "Empire" heads a polity's name (organisation_heads.txt): no translated town name
    text = (
        "Ties with Ankara are strained by its refusal to recognise the Armenian genocide in the "
        "Ottoman Empire, and by its support for Baku in the Karabakh wars."
    )
    assert _found(text) == []


def test_a_part_of_a_country_after_its_possessive_is_no_english_word() -> None:
    # an ISO 3166-2 subdivision named after its country's possessive, in a place slot
    assert (
        _found("Storms cut power in Darwin, the capital of Australia's Northern Territory.") == []
    )
    # the possessive does not make an English word a place
    assert _found("Aid reached the town of Canada's Freedom on Monday.") == ["Canada's Freedom"]
