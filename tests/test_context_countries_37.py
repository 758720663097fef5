"""Article geography that names the wrong country (issue 13, 13Ctx37): a border of a country
outside the region, a common noun opening a sentence, people and goods coming from or going to a
country. Sentences and places of our own."""

from __future__ import annotations

import pytest

from tqcheck.gazetteer.context import (
    geography_of,
    neighbours_across,
    neighbours_of,
)


def test_a_border_of_a_country_outside_the_region_faces_its_neighbours_in_it() -> None:
    # India, China and Ethiopia have no row of their own in land_borders.tsv
    assert "PK" in neighbours_across({"IN"})
    assert {"KZ", "KG", "TJ"} <= neighbours_across({"CN"})
    assert "SD" in neighbours_across({"ET"})
    # a country of the region reads its own row, as before
    assert neighbours_across({"JO"}) == neighbours_of({"JO"})


@pytest.mark.parametrize(
    ("text", "across"),
    [
        ("Bakers in Qorvandi, near the Indian border, raised bread prices.", "PK"),
        ("Herders in Tashbulak, close to the Chinese border, lost half their flocks.", "KG"),
        ("Farmers around Umbarak, by the Ethiopian border, planted late this year.", "SD"),
    ],
)
def test_copy_naming_only_a_border_abroad_is_set_across_it(text: str, across: str) -> None:
    geography = geography_of(text)
    assert across in geography.inside()


def test_a_country_abroad_that_acts_sets_no_neighbour() -> None:
    # "Russian bombers": an actor, read as a border of its own rows only
    geography = geography_of("Russian bombers took off from an air base at Kurzovka overnight.")
    assert not geography.inside() & {"GE", "AZ", "KZ"}


@pytest.mark.parametrize(
    "text",
    [
        "Buffalo traders from Zarqal drove their herds south before the rains.",
        "He left early. Buffalo herders said the river was low.",
    ],
)
def test_a_common_noun_opening_a_sentence_before_a_noun_is_no_city(text: str) -> None:
    assert "US" not in geography_of(text)


def test_a_city_named_inside_a_sentence_still_places_the_copy() -> None:
    assert "US" in geography_of("Police in Buffalo said two men were arrested on Monday.")


def test_people_who_came_from_a_country_name_a_border() -> None:
    geography = geography_of("Hotels in Qarnit were full in August. Most guests came from Libya.")
    assert "LY" in geography.borders
    # a country named as the copy's own setting stays inside
    setting = geography_of("Hotels in Libya were full in August, officials said.")
    assert "LY" in setting.inside() and not setting.borders


def test_goods_sent_to_a_country_name_the_other_side_of_trade() -> None:
    geography = geography_of("Weavers in Dashkand said exports to Iran had halved this year.")
    assert "IR" in geography.borders
    assert {"AF", "TM"} <= geography.inside()
