"""A name the copy places inside or beside a city. TQ306: a name placed inside a city is a part
of that city (a neighbourhood, a colony), which GeoNames rarely records, not a town MT
translated; a name placed in a province, a country or only near a city is still read. TQ301: a
look-alike lying beside the city the sentence names wins over a literal reading elsewhere."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, place_findings
from tqcheck.gazetteer.garbles import city_around


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Garden Town in Lahore staged a protest over power cuts, media said.",
        "Residents of Garden Town, in central Lahore, protested over power cuts, police said.",
    ],
)
def test_a_name_inside_a_city_is_a_part_of_it(text: str) -> None:
    assert place_findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Garden Town in Aleppo province fled the shelling, Syrian state media said.",
        "Residents of Garden Town, near Lahore, staged a protest over power cuts, officials said.",
        "Residents of Garden Town in Kuwait staged a protest over power cuts, officials said.",
    ],
)
def test_a_name_in_a_province_a_country_or_near_a_city_is_still_read(text: str) -> None:
    assert [rule for rule, _ in place_findings(text)] == ["TQ306"]


def test_city_around_names_the_city_only_for_a_city() -> None:
    plain = "Garden Town in Lahore and Garden Town in Punjab province"
    assert city_around(plain, len("Garden Town")) == "Lahore"
    assert city_around(plain, plain.rindex("Garden Town") + len("Garden Town")) is None


def test_a_look_alike_beside_the_named_city_wins_over_a_literal_reading() -> None:
    # "bitter" reads as Arabic مر, a literal reading of Al Birah; Battir lies a few km west of
    # Bethlehem, where the sentence puts the word
    near = "Olive growers in Bitter, west of Bethlehem, said settlers had cut their trees."
    assert [(g[0], g[3]) for g in garbles_in(near)] == [("Bitter", "Battir")]


def test_the_literal_reading_stays_where_no_city_is_named() -> None:
    text = "Olive growers in Bitter, in the West Bank, said settlers had cut their trees."
    assert [(g[0], g[1]) for g in garbles_in(text)] == [("Bitter", "literal")]
