"""A country named as an actor or an origin is not the article's setting (issue 13, article
geography): a nationality before nouns of forces, ships, envoys, help or experts
(``actor_nouns.txt``: "Chinese engineers", "with Russian help", "clashes with Afghan forces"),
and a country people or goods come from (``origin_words.txt``: "refugees from Iraq and
Syria")."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer.context import geography_of

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_a_country_outside_the_region_that_acts_sets_nothing() -> None:
    for text in (
        "Chinese engineers are building a new dam near Xyz.",
        "A Russian tanker docked at Xyz on Tuesday.",
        "The refinery at Xyz is run with French help.",
        "US aircraft struck a depot outside Xyz overnight.",
    ):
        geography = geography_of(text)
        assert geography.actors, text
        # read as a border, as before, but no setting (``garbles.candidate_countries``)
        assert not geography.inside() - geography.actors, text


def test_envoys_and_help_of_a_country_of_the_region_set_nothing() -> None:
    assert not geography_of("Yemen's warring sides sent delegations to Xyz.").inside()
    assert not geography_of("Kuwaiti aid reached families in Xyz.").inside()


def test_forces_ships_and_experts_of_the_region_stay_at_home() -> None:
    # a country of the region has its forces, navy and engineers at home as often as abroad
    assert geography_of("Iraqi troops entered Xyz on Monday.").inside() == {"IQ"}
    assert geography_of("Egyptian navy ships left the port of Xyz.").inside() == {"EG"}
    assert geography_of("Omani engineers repaired the dam at Xyz.").inside() == {"OM"}


def test_forces_one_clashes_with_are_across_a_border() -> None:
    inside = geography_of("The Xyz crossing shut after clashes with Pakistani forces.").inside()
    assert {"PK", "AF", "IR"} <= inside


def test_the_countries_people_come_from_are_borders() -> None:
    geography = geography_of("Refugees from Iraq and Syria crowded into camps around Xyz.")
    assert {"IQ", "SY"} <= geography.borders
    assert {"IR", "TR", "JO"} <= geography.inside()  # their neighbours
    geography = geography_of("Labourers deported from Oman waited at Xyz.")
    assert geography.borders == {"OM"}


def test_a_word_between_that_is_no_adjective_names_no_actor() -> None:
    # "Jordan with help": the help is not Jordan's
    text = "Xyz, in northern Lebanon, was rebuilt with help from a Dutch charity."
    assert geography_of(text).inside() == {"LB"}
    assert geography_of("Oman said aid would follow.").inside() == {"OM"}


def test_copy_naming_only_an_actor_is_read_against_the_region() -> None:
    found = garbles_in("Chinese engineers are building a new dam near Kermanshaah.")
    assert [(g[0], g[3]) for g in found] == [("Kermanshaah", "Kermanshah")]
    found = garbles_in("The road to Zahedaan was closed after clashes with Pakistani forces.")
    assert [(g[0], g[3]) for g in found] == [("Zahedaan", "Zahedan")]


def test_real_places_and_people_stay_quiet() -> None:
    assert garbles_in("A Russian tanker docked at Mersin on Tuesday.") == []
    assert garbles_in("US envoy Hattie Moran arrived in the region on Monday for talks.") == []
    assert garbles_in("Kuwaiti aid reached families in Mafraq on Sunday.") == []
