"""Article geography at crossings and other cues (issue 13, 20Ctx56): a country people cross
into, cross from (words between) or wait for the visas of is a border, as is a country's border
crossing; a single drone, jet or missile names a country's forces as their plurals do; a
people's town with no name after it is the people's; the Abkhaz and "the Kurdistan region"
name their countries; a dateline's bracketed wire credit names its agency's country; and a few
more rivers and districts of the region set copy that names no country."""

from __future__ import annotations

from tqcheck.document.model import Document
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer.context import geography_of
from tqcheck.gazetteer.garble.countries import credited_countries, loose_geography


def test_a_country_crossed_into_is_a_border() -> None:
    geography = geography_of("Smugglers near the town were caught trying to cross into Libya.")
    assert geography.borders == {"LY"}
    assert {"LY", "TN", "DZ", "EG"} <= geography.inside()


def test_forces_crossing_into_a_country_set_the_copy_there() -> None:
    geography = geography_of("Turkish troops crossed into Syria overnight and took the town.")
    assert "SY" not in geography.borders
    assert "SY" in geography.inside()


def test_crossing_from_a_country_with_words_between() -> None:
    geography = geography_of("Hundreds of returnees crossed at the bridge from Tajikistan.")
    assert geography.borders == {"TJ"}
    geography = geography_of("Most of them had crossed the desert from Chad.")
    assert geography.borders == {"TD"}


def test_a_countrys_visas_and_border_crossing_are_borders() -> None:
    assert geography_of("Families waited in the town for Jordanian visas.").borders == {"JO"}
    geography = geography_of("Lorries queued at the Iranian border crossing for a week.")
    assert geography.borders == {"IR"}
    # a border town is still the country's own
    assert geography_of("Shelling hit the Turkish border town of Kilis.").borders == set()


def test_a_single_drone_or_missile_is_a_force() -> None:
    assert geography_of("An Israeli drone struck a car near the town.").forces == {"IL"}
    assert geography_of("An Iranian missile hit a base near the town.").forces == {"IR"}


def test_a_peoples_town_without_a_name_is_the_peoples() -> None:
    geography = geography_of("Many houses in the Turkmen town are still in ruins.")
    assert {"TM", "IQ", "IR", "SY"} <= set(geography.countries)
    # the town named after it is the namesake state's
    assert set(geography_of("Clashes broke out in the Kyrgyz city of Osh.").countries) == {"KG"}


def test_abkhaz_and_the_kurdistan_region() -> None:
    assert set(geography_of("The Abkhaz resort has no flights.").countries) == {"GE"}
    assert "IQ" in geography_of("Drones hit a village, the Kurdistan region said.").countries


def _document(text: str) -> Document:
    return parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))


def test_a_datelines_bracketed_credit_names_the_agency() -> None:
    assert credited_countries(_document("Tanta (MENA) - Police arrested two men.\n"), 0) == {"EG"}
    # the acronym alone, not in a credit, is no agency
    assert credited_countries(_document("Trade across the MENA region grew.\n"), 0) == set()


def test_rivers_and_districts_set_copy_that_names_no_country() -> None:
    assert loose_geography(_document("Farmers said the Loukkos had flooded.\n"), 0) == {"MA"}
    assert loose_geography(_document("Rain fell in the Kesrouan hills.\n"), 0) == {"LB"}
