"""Article geography from what copy says about where it is without naming a country (issue 13):
armed groups and institutions, landmarks, names of groups of countries, named parts of a
country (``tqcheck/data/place_clues.tsv``, ``region_parts.tsv``)."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.context import clue_countries, place_clues

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _document(text: str, name: str = "a.txt"):  # type: ignore[no-untyped-def]
    return parse_document(SourceText(name, text, "utf-8", b"", text.encode()))


def _loose(text: str) -> frozenset[str]:
    return garbles.loose_geography(_document(text), 0)


def test_a_group_of_a_country_sets_the_copy_there_also_in_a_hyphenated_compound() -> None:
    assert _loose("Air strikes hit Xyz, the Houthi-run health ministry said.\n") == {"YE"}
    assert _loose("RSF fighters entered Xyz overnight, residents said.\n") == {"SD"}
    # the longest name wins: "Kataib Hezbollah" is Iraqi, "Hezbollah" Lebanese
    assert clue_countries("Kataib Hezbollah fighters") == {"IQ"}
    assert clue_countries("Hezbollah fighters") == {"LB"}


def test_a_clue_is_a_whole_word_with_its_own_capitals() -> None:
    assert clue_countries("The hamas and the Rsf") == set()
    assert clue_countries("Petrarch wrote") == set()  # no prefix of a longer word
    assert clue_countries("pro-Hamas") == set()  # a compound on the left names no group


def test_a_landmark_or_world_heritage_site_sets_the_copy_in_its_country() -> None:
    assert _loose("Hotels in Xyz, the gateway town to Petra, were empty.\n") == {"JO"}
    assert "EG" in _loose("Traffic on the Suez Canal was normal near Xyz.\n")


def test_a_name_for_a_group_of_countries_gives_each_of_them() -> None:
    found = _loose("Ministers of the five Central Asian states met in Xyz.\n")
    assert {"KZ", "KG", "TJ", "TM", "UZ"} <= found
    assert _loose("Xyz, the smallest of the seven emirates, opened a free zone.\n") == {"AE"}


def test_a_named_part_of_a_country_gives_the_country() -> None:
    # Russia is in the region only by its North Caucasus republics: naming one sets copy there
    assert _loose("Gunmen attacked a post in Xyz, the largest town in Ingushetia.\n") == {"RU"}
    assert garbles.named_parts({"RU"}, _document("A post in Ingushetia.\n"), 0) == {"RU"}


def test_clues_are_read_per_section() -> None:
    text = "# One\n\nHamas officials said.\n\n# Two\n\nFighting reached Xyz, residents said.\n"
    document = _document(text, "a.md")
    assert garbles.loose_geography(document, text.index("Hamas")) == {"PS"}
    assert garbles.loose_geography(document, text.index("Xyz")) == frozenset()


def test_every_clue_names_region_codes() -> None:
    _, table = place_clues()
    assert len(table) > 100
    for codes in table.values():
        assert codes and all(len(c) == 2 and c.isupper() for c in codes)


def test_a_river_or_valley_named_after_a_country_gives_the_countries_it_runs_through() -> None:
    from tqcheck.gazetteer.context import geography_of

    geography = geography_of("Traders crossed the Senegal River at Xyz.")
    assert geography.inside() == {"SN", "MR", "ML", "GN"}
    assert geography_of("Farms in the Jordan Valley near Xyz.").inside() == {"JO", "PS", "IL"}
    assert geography_of("Jordanian police in Xyz.").inside() == {"JO"}


def test_a_crossing_into_a_country_is_its_border() -> None:
    from tqcheck.gazetteer.context import geography_of

    geography = geography_of("Trucks queued at Xyz, near the Habur crossing into Iraq.")
    assert geography.borders == {"IQ"}
    assert "TR" in geography.inside()
    # crossing into a country by a place: the place is in it
    assert geography_of("Refugees crossed into Chad at Xyz.").inside() == {"TD"}


def test_a_people_of_the_region_gives_the_countries_where_it_lives() -> None:
    assert clue_countries("Druze elders met in Xyz.") == {"LB", "SY", "IL"}
    assert clue_countries("Coptic Christians in Xyz.") == {"EG"}
    assert clue_countries("the Gulf emirate of Xyz") == {"AE", "QA", "KW"}


def test_a_historic_region_gives_its_countries() -> None:
    assert _loose("Clashes spread in Rojava, near Xyz, officials said.\n") == {"SY"}
    assert _loose("Smugglers crossed the Makran coast at Xyz.\n") == {"PK", "IR"}
