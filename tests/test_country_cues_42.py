"""The country stage's cues (issue 13, 13Ctx42): a unit named by its possessive ("Sindh's
Mirpurkhas division"), a trading partner or a road's far end outside the region, a backer of a
side, a list of countries sharing one actor noun, the far end of a journey, a place put across
a border from a city, and an apposition naming the people whose town it is. Sentences and places
of our own."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings
from tqcheck.gazetteer.context import clue_countries, geography_of
from tqcheck.gazetteer.garble.countries import phrase_country


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


def _setting(text: str) -> set[str]:
    """The countries a text sets its places in (as ``_candidate_countries`` starts from)."""
    geography = geography_of(text)
    return set(geography.inside()) - geography.actors


@pytest.mark.parametrize(
    "text",
    [
        "Floods cut the roads to three villages of Sindh's Thar district.",
        "The school was shut, Sindh's provincial government said.",
        "Gunmen killed two guards in Balochistan's Kech district.",
    ],
)
def test_a_unit_named_by_its_possessive_sets_its_country(text: str) -> None:
    assert _setting(text) == {"PK"}


def test_a_possessive_of_a_unit_key_before_a_name_of_its_own_names_no_unit() -> None:
    # "Saleh" folds like Morocco's Salé, but "Saleh's Creek" is a name of its own
    assert _setting("Fishermen in Saleh's Creek said the catch was poor this year.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Almond growers there expect shipments to Italy to rise this year.",
        "A freight train derailed on the line to China.",
    ],
)
def test_a_trading_partner_or_road_end_outside_the_region_sets_no_country(text: str) -> None:
    geography = geography_of(text)
    assert geography.actors and _setting(text) == set()


def test_a_road_end_in_the_region_is_still_read_as_a_border() -> None:
    geography = geography_of("Trucks queued for days on the highway to Iraq.")
    assert geography.borders == {"IQ"} and not geography.actors


def test_a_backer_of_a_side_sets_no_country() -> None:
    assert geography_of("Militias funded by Iran seized the town.").actors == {"IR"}
    assert _setting("Militias funded by Iran seized the town.") == set()
    # named otherwise, the country sets the copy as before
    assert _setting("Militias seized the town, Iran said.") == {"IR"}


def test_countries_listed_before_one_actor_noun_are_each_an_actor() -> None:
    assert geography_of("Iranian and Saudi envoys met rebel leaders there.").actors == {
        "IR",
        "SA",
    }
    # a noun that names no actor leaves both as settings
    assert _setting("Iranian and Saudi officials met rebel leaders there.") == {"IR", "SA"}


def test_the_far_end_of_a_journey_sets_no_country() -> None:
    assert geography_of("Flights from there to Dubai were cancelled.").actors == {"AE"}
    assert _setting("Flights from there to Dubai were cancelled.") == set()
    # named again as a place of the story, it sets the copy
    assert _setting("Flights to Dubai resumed after the rain in Dubai stopped.") == {"AE"}
    # both ends in one country: a journey within it, its setting
    assert _setting("Flights between Tehran and Shiraz were cancelled.") == {"IR"}


def test_a_train_or_bus_sets_the_copy_in_its_far_ends_country() -> None:
    # a train or bus runs within one country mostly: its far end is the story's country
    assert _setting("A train from there to Cairo derailed near the delta.") == {"EG"}
    assert _setting("Buses from there to Mashhad were halted by snow.") == {"IR"}
    assert geography_of("A train from there to Cairo derailed.").actors == set()


def test_a_journey_to_a_well_known_city_abroad_leaves_a_city_of_the_region_to_be_read() -> None:
    assert suggested_findings(
        "Flights from Erbill to Paris were cancelled because of dust storms."
    ) == [("TQ301", "Erbill", "Erbil")]


def test_a_place_across_the_border_from_a_city_is_not_put_in_its_country() -> None:
    assert phrase_country("the border from Qamishli") is None
    assert phrase_country("just across from Qamishli") is None
    assert phrase_country("near Qamishli") == "SY"
    found = suggested_findings(
        "Turkish riot police broke up a rally in Nasibin, across the border from Qamishli, on "
        "Sunday."
    )
    assert found == [("TQ301", "Nasibin", "Nusaybin")]


def test_an_apposition_naming_its_people_sets_the_town_in_their_country() -> None:
    found = suggested_findings(
        "Aid convoys reached Boris, a small Armenian town near the frontier."
    )
    assert found == [("TQ301", "Boris", "Goris")]
    # a people outside the region: a town abroad, nothing read
    assert (
        suggested_findings("Aid convoys reached Boris, a small French town near the frontier.")
        == []
    )
    assert suggested_findings("Aid convoys reached Boris, near the frontier, on Tuesday.") == []


def test_a_country_across_from_which_something_comes_is_a_border() -> None:
    geography = geography_of("Guards in the town detained herders driving cattle across from Iran.")
    assert geography.borders == {"IR"}


def test_a_country_named_only_by_its_forces_gives_way_to_the_one_the_sentence_sets_x_in() -> None:
    found = suggested_findings(
        "Turkish drones struck a convoy near Sauron, in the mountains of northern Iraq, the "
        "regional government said."
    )
    assert found == [("TQ301", "Sauron", "Soran")]
    # a country the forces went into is no setting of the place they came from
    found = suggested_findings(
        "Turkish troops crossed into Syria from Nasibin overnight, officials said."
    )
    assert found == [("TQ301", "Nasibin", "Nusaybin")]


def test_the_kurdistan_regional_government_names_iraq() -> None:
    # a clue, read loosely where the copy names no country (``_loose_geography``)
    assert _setting("Two guards were hurt at a checkpoint, the KRG said.") == set()
    assert "IQ" in clue_countries("Two guards were hurt at a checkpoint, the KRG said.")
    geography = geography_of("Turkish drones struck a village, the KRG said.")
    assert "IQ" in geography.inside()
