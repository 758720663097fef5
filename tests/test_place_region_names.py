"""A region's own name is no look-alike of a well-known city (issue 13): "the Racha region" in
copy naming no country is Georgia's Racha, not Raqqa; the same word where a place slot reads it
as a city is still read."""

from __future__ import annotations

import pytest

from tests.place_support import place_findings

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_a_name_before_region_is_the_regions_own_name() -> None:
    text = "Wine makers in the Racha region said the harvest was the best in a decade.\n"
    assert place_findings(text) == []


def test_a_look_alike_of_a_well_known_city_without_region_is_still_read() -> None:
    # the same word without "region" after it (not a dev-set row: the reviewer's own)
    text = "Wine makers in Racha said the harvest was the best in a decade.\n"
    assert ("TQ301", "Racha") in place_findings(text)


@pytest.mark.parametrize(
    ("word", "code"),
    [("Greek", "GR"), ("Dutch", "NL"), ("Lower Saxony", "DE"), ("Brittany", "FR"), ("Irish", "IE")],
)
def test_demonyms_and_regions_of_countries_outside_the_region_name_their_country(
    word: str, code: str
) -> None:
    from tqcheck.gazetteer.context import country_of_word

    assert country_of_word(word) == code


def test_a_town_abroad_in_a_german_state_is_no_garble() -> None:
    text = (
        "An Iraqi-born doctor who practises in Ahlem, Lower Saxony, said Mosul needed surgeons.\n"
    )
    assert place_findings(text) == []


def test_a_world_city_by_its_own_name_is_no_garble_of_a_town_of_the_region() -> None:
    text = "An Iranian chess player who defected now lives in Paris, Iranian media said.\n"
    assert place_findings(text) == []


def test_a_world_citys_name_an_apposition_places_in_the_region_is_still_read() -> None:
    text = "Police in Patna, in the Aures mountains of eastern Algeria, arrested three men.\n"
    assert ("TQ301", "Patna") in place_findings(text)
