"""Which countries copy names (issue 13, article geography): a group's possessive, a province
English knows only as a name, a province named after its city, a country named only as where
fire or smugglers come from, the forces of a country outside the region, a town only one
country has, a name joined by an Arabic article, a news agency with a word before "news
agency", and a well-known city's name respelled with an Arabic particle."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.context import clue_countries, geography_of

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _loose(text: str) -> frozenset[str]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return garbles.loose_geography(document, 0)


def test_a_groups_possessive_names_the_group() -> None:
    assert clue_countries("Hezbollah's fighters and Hamas’s leaders met.") == {"LB", "PS"}
    assert clue_countries("Petras and Hamasi") == set()  # no longer word


def test_a_province_english_knows_only_as_a_name_is_the_province() -> None:
    assert garbles.unit_countries("Punjab") == {"PK"}
    assert garbles.unit_countries("Mecca") == {"SA"}
    # a common word or a given name is no province: "Unity", "Van", "Mary"
    for word in ("Unity", "Van", "Mary", "Northern"):
        assert garbles.unit_countries(word) == set()


def test_a_province_named_after_its_city_only_where_copy_frames_it() -> None:
    # "X, in Sanliurfa province": the province of the city (its ISO name is "Şanlıurfa"); a
    # bare name elsewhere is no unit
    assert garbles.unit_countries("Sanliurfa") == {"TR"}
    assert garbles.unit_countries("Sanliurfa", city=False) == set()
    # a province's own English name is the province anywhere (region_unit_names.tsv)
    assert garbles.unit_countries("Andijan", city=False) == {"UZ"}
    assert garbles.unit_countries("Springfield") == set()


def test_a_country_named_as_where_fire_or_smugglers_come_from_is_a_border() -> None:
    geography = geography_of("Two mortar shells fired from Lebanon hit a field near Xyz.")
    assert geography.borders == {"LB"}
    assert {"IL", "SY"} <= geography.inside()
    # "returned from" is no such origin: the refugees' country is not beside the copy
    assert "SY" not in geography_of("Families returned from Syria to Xyz on Monday.").borders


def test_the_forces_of_a_country_outside_the_region_act_abroad() -> None:
    assert geography_of("French warplanes struck a depot near Xyz.").borders == {"FR"}
    # a country of the region: its troops act at home as often as abroad
    assert geography_of("Egyptian troops entered Xyz.").borders == frozenset()


def test_copy_naming_no_country_is_set_by_a_town_only_one_country_has() -> None:
    assert _loose("Elders met in Xyz to agree a truce with Gharyan.\n") == {"LY"}
    # a town named only as a club opening a sentence, or one many countries have, says nothing
    assert _loose("Gharyan drew 1-1 with Xyz on Sunday.\n") == frozenset()
    assert _loose("Elders met in Xyz to agree a truce with Springfield.\n") == frozenset()


def test_a_name_joined_by_an_arabic_article_is_read_whole() -> None:
    assert _loose("Cotton farmers in the Kafr el-Sheikh area protested.\n") == {"EG"}


def test_a_news_agency_with_a_word_before_news_agency() -> None:
    assert _loose("Workers struck in Xyz, the ISNA student news agency said.\n") == {"IR"}
    assert _loose("Workers struck in Xyz, Mehr said.\n") == frozenset()  # not alone


def test_a_well_known_city_respelled_with_an_arabic_particle() -> None:
    found = garbles_in("Water shortages worsened in Al-Zarqaa this summer.\n")
    assert [(kind, country, name) for _, kind, country, name in found] == [
        ("transliteration", "JO", "Zarqa")
    ]
    # an English word beside the particle is no respelling: copy naming no country stays quiet
    assert garbles_in("Water shortages worsened in Al Green this summer.\n") == []
    assert garbles_in("Storms cut power in Dover and Bath, the Met Office said.\n") == []
