"""Which countries copy names when it names no country's name (issue 13, article geography): a
first-level unit of the region's countries ("Floods in Golestan province"), a people several
countries share ("Turkmen", "Uzbek"), and a group, site or landmark of ``place_clues.tsv`` in
copy that also names a country ("Israeli jets ..., Houthi-run media said")."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer.context import _unit_key, geography_of, region_units, section_geographies

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_a_province_of_the_region_sets_its_country() -> None:
    assert geography_of("Flash floods hit Khost province overnight.").inside() == {"AF"}
    assert geography_of("Voters in Kakheti queued outside polling stations.").inside() == {"GE"}
    # an English name of a unit whose ISO name is a romanisation ("Sughd" for Sughd, "Khatlon")
    assert geography_of("The governor of Khatlon region visited Xyz.").inside() == {"TJ"}
    # a unit's name joined to another by "and" ("between Sughd and Khatlon")
    assert geography_of("Trade between Sughd and Khatlon grew.").inside() == {"TJ"}


def test_a_province_outweighs_a_well_known_city_abroad() -> None:
    # the copy names no country: a well-known GeoNames city abroad counted only where no unit
    # of the region is named ("Leicester" no longer sets Britain beside Zanjan)
    geography = geography_of("Snow in Zanjan province cut the road to Xyz near Leicester.")
    assert geography.inside() == {"IR"}


def test_no_unit_inside_a_longer_name_or_an_english_word() -> None:
    # "Lahij" of an invented "Kafr Lahij" is no Yemeni province
    assert "YE" not in geography_of("Farmers in Kafr Lahij protested.").inside()
    # a unit named like another country's unit is no evidence ("Punjab": Pakistan and India)
    assert _unit_key("Punjab") not in region_units()
    # nor one that is the own name of a well-known city abroad ("Tripoli": Lebanon's too)
    assert "LY" not in geography_of("A Lebanese court in Tripoli met on Monday.").inside()
    # nor an ordinary English word ("Balkan" is a Turkmen region and Europe's peninsula)
    assert "TM" not in geography_of("The Balkan route was closed.").inside()


def test_a_people_of_several_countries_sets_none_by_itself() -> None:
    geography = geography_of("Turkmen and Arab members of the council met in Xyz.")
    assert {"TM", "IQ", "IR", "SY"} <= geography.inside()
    assert geography.weight("TM") > geography.weight("IQ")  # its namesake first
    # before a noun of the state, or a place of the state, it names the state
    assert geography_of("Turkmen authorities closed the road to Xyz.").inside() == {"TM"}
    assert geography_of("The Uzbek capital hosted the summit.").inside() == {"UZ"}
    assert geography_of("Clashes broke out in the Kyrgyz city of Xyz.").inside() == {"KG"}


def test_a_clue_counts_in_copy_that_names_a_country() -> None:
    assert geography_of("Israeli jets struck Xyz, Houthi-run media said.").inside() == {
        "IL",
        "YE",
    }
    geography = geography_of("Turkish trucks crossed into Xyz through Bab al-Hawa.")
    assert "SY" in geography.inside()


def test_a_town_of_the_province_is_read_and_real_places_and_people_stay_quiet() -> None:
    found = garbles_in(
        "Floods in Golestan province cut roads into Gorgaan, the provincial capital."
    )
    assert [(text, country, name) for text, _, country, name in found] == [
        ("Gorgaan", "IR", "Gorgan")
    ]
    assert garbles_in("Floods in Golestan province cut roads into Gorgan on Monday.") == []
    assert garbles_in("Governor Ali Jafari of Gilan province said the ferry would resume.") == []


def test_a_province_sets_only_its_own_article() -> None:
    text = (
        "# Floods\n\nFloods in Golestan province cut roads into Xyz.\n\n"
        "# Markets\n\nShops in Xyz reopened on Monday.\n"
    )
    document = parse_document(SourceText("a.md", text, "utf-8", b"", text.encode()))
    first, second = (geography for _, _, geography in section_geographies(document))
    assert first.inside() == {"IR"}
    assert not second
