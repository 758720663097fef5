"""A locating apposition right after a name (issue 13, brief 13Loc39): "X, Punjab", "X, in
Sharjah", "X, on the Makran coast", "X, an Istanbul district" set the name's country and make
it a place. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, document_of, garbles_in
from tqcheck.gazetteer.context import geography_at
from tqcheck.gazetteer.garble.countries import candidate_countries, placed_after

pytestmark = pytest.mark.usefixtures("look_alike_towns")  # what the method finds by itself


@pytest.mark.parametrize(
    ("after", "codes"),
    [
        # a first-level unit without its noun: every country with a unit so named
        (", Punjab, went on strike", {"PK", "IN"}),
        (", in Sharjah, closed early", {"AE"}),
        (", Jawzjan province, said", {"AF"}),  # region_unit_names.tsv's wire spelling
        # a feature of region_features.tsv, its generic noun in lower case, an article joined
        (", on the Makran coast, said", {"PK", "IR"}),
        (", on the Dez river.", {"IR"}),
        # the sea, not Egypt's and Sudan's "Red Sea" units
        (", on the Red Sea, said", {"EG", "SD", "ER", "SA", "YE", "DJ", "JO", "IL"}),
        (", in al-Ahsa oasis, said", {"SA"}),
        (", on the east coast of Sharjah, said", {"AE"}),
        # a part of the region (region_parts.tsv)
        (", in North Ossetia.", {"RU"}),
        # the unit, its noun after it, not the feature of that name (Kurdistan: IQ|IR|SY|TR)
        (", in Kurdistan province, on", {"IQ", "IR"}),
        # a place noun before the phrase, a well-known city before the noun
        (", a town on the Euphrates in Babil province", {"SY", "IQ", "TR"}),
        (", an Istanbul district on the Sea of Marmara", {"TR"}),
    ],
)
def test_an_apposition_sets_the_countries_it_names(after: str, codes: set[str]) -> None:
    found = placed_after(after)
    assert found is not None
    assert found[0] == codes


@pytest.mark.parametrize(
    "after",
    [
        ", Punjab police chief, said",  # an office of the unit, not where the name is
        ", Helmand province governor, said",
        ", Sindh province's chief minister, said",
        ", Punjab's chief minister, said",
        ", Iraq, said",  # a country: slots.COUNTRY_AFTER reads it
        ", a town on the coast, said",
        ", Reuters said",
        ", Rif Cohen, Karolina",  # a person named as a feature is ("Rif"), in a list of names
    ],
)
def test_an_apposition_that_names_no_unit_or_feature_sets_none(after: str) -> None:
    assert placed_after(after) is None


def test_a_unit_after_a_bare_comma_makes_a_place_slot() -> None:
    text = "Bus drivers in Sea Wall, Punjab, went on strike over fuel prices.\n"
    candidate = candidate_in(text, "Sea Wall")
    assert candidate.slot == "strong"
    assert candidate.located
    assert candidate.placed_in == {"PK", "IN"}
    # without the unit, "in X" is a weak slot and the literal reading stays quiet
    assert candidate_in("Bus drivers in Sea Wall went on strike.\n", "Sea Wall").slot == "weak"
    assert garbles_in("Bus drivers in Sea Wall went on strike over fuel prices.\n") == []
    assert [g[2] for g in garbles_in(text)] == ["PK"]


def test_a_unit_shared_with_a_country_outside_the_region_is_read_where_the_copy_is_set() -> None:
    quiet = "Bus drivers in Sea Wall, Punjab, went on strike over fuel prices, Indian media said.\n"
    document = document_of(quiet)
    candidate = candidate_in(quiet, "Sea Wall")
    assert candidate_countries(document, candidate, geography_at(document, 0))[0] == {"IN"}
    assert garbles_in(quiet) == []


def test_a_single_country_unit_or_feature_is_the_names_country() -> None:
    candidate = candidate_in("Shopkeepers in Calvin, in Sharjah, closed early.\n", "Calvin")
    assert (candidate.slot, candidate.hint) == ("country", "AE")
    text = "Iraqi shells fell on Castle Town, on the Dez river, for eight years.\n"
    assert candidate_in(text, "Castle Town").hint == "IR"


def test_a_feature_of_several_countries_overrides_copy_set_outside_the_region() -> None:
    # "Chinese trawlers" set the copy in China; the Makran coast is Pakistan's and Iran's
    text = (
        "Boat owners in Pansy, on the Makran coast, said Chinese trawlers were fishing at night.\n"
    )
    assert garbles_in(text) == [("Pansy", "transliteration", "PK", "Pasni")]
    assert garbles_in("Boat owners in Pansy said Chinese trawlers were fishing at night.\n") == []


def test_copy_set_in_another_region_country_keeps_its_country() -> None:
    # Oman's Sharqiyah region is spelled otherwise in the unit tables (Egypt's, Saudi Arabia's
    # "Sharqiyah"): the copy's Oman stays
    text = "Oman's ministry opened a school in Bright Hill, in the Sharqiyah region, on Sunday.\n"
    document = document_of(text)
    candidate = candidate_in(text, "Bright Hill")
    assert candidate.placed_in and "OM" not in candidate.placed_in
    assert candidate_countries(document, candidate, geography_at(document, 0))[0] == {"OM"}
