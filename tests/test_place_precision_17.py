"""Precision, fifth session round 2 (issue 13): what a sub-editor reads to know a name is
right. A part of a province's English name written in full ("Kohgiluyeh and Boyer-Ahmad
province") is no garble of a town; a name whose apposition places it where a place of that
name lies ("X, on the Red Sea,", "X, east of Jerusalem,") is that place; a scale after a
reading in degrees ("50 degrees Celsius") and a title after the "The" opening a sentence ("The
King, in Amman, met ...") are no places; a town an apposition places abroad ("Wells, in
Somerset,") is that town; a facility placed in a country is not placed in a city GeoNames also
records by the country's name; "Lorraine", "Finn", "Pole" set no country."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, garbles_in, place_findings
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        "A bus crashed near Yasuj, the capital of Kohgiluyeh and Boyer-Ahmad province, "
        "killing six people.",
        "Farmers in Chaharmahal and Bakhtiari province protested over water transfers to Isfahan.",
        # placed near a city by its apposition, where GeoNames has it (in the West Bank)
        "Abu Dis, east of Jerusalem, was hit by heavy snow on Tuesday.",
        "Palestinian families in Anata, north-east of Jerusalem, lost power.",
        # a scale, a title
        "In Ahvaz the thermometer read 50 degrees Celsius, Iranian state television said.",
        "The King, in Amman, met the envoy on Sunday.",
        "The Imam, in Najaf, urged calm.",
        "The Sheikh, in Kuwait, met the visiting delegation.",
    ],
)
def test_a_name_the_copy_places_right_stays_quiet(text: str) -> None:
    assert place_findings(text + "\n") == []


def test_a_part_of_a_units_name_is_read_only_in_full() -> None:
    name = "Kohgiluyeh"
    text = "A bus crashed near Yasuj, in Kohgiluyeh and Boyer-Ahmad province, on Sunday."
    assert garbles.in_a_unit_name(candidate_in(text, name))
    # the same word with no unit's name around it
    assert not garbles.in_a_unit_name(candidate_in("A bus crashed near Kohgiluyeh.", name))


def test_a_feature_places_a_town_of_its_countries() -> None:
    # Umluj, Saudi Arabia: a town on the Red Sea, whatever country the ferry goes to
    text = "Umluj, on the Red Sea, will get a new ferry link to Sudan."
    assert garbles.real_where_placed(candidate_in(text, "Umluj"))
    # a feature of other countries places no Saudi town
    text = "Umluj, on the Caspian Sea, will get a new ferry link to Sudan."
    assert not garbles.real_where_placed(candidate_in(text, "Umluj"))


def test_a_town_far_from_the_city_it_is_placed_by_is_not_real_there() -> None:
    text = "Abu Dis, east of Baku, was hit by heavy snow on Tuesday."
    assert not garbles.real_where_placed(candidate_in(text, "Abu Dis"))


def test_a_title_after_a_preposition_may_be_a_name() -> None:
    text = "Syrian troops shelled villages around the Sultan, south of Idlib, on Sunday."
    assert not garbles.title_after_the(candidate_in(text, "Sultan"))
    assert garbles.title_after_the(candidate_in("The Sultan, in Muscat, met the envoy.", "Sultan"))


def test_degrees_before_a_name_only_after_a_reading() -> None:
    text = "Temperatures reached 50 degrees Celsius in Basra."
    assert garbles.after_a_measure(candidate_in(text, "Celsius"))
    assert not garbles.after_a_measure(candidate_in(text, "Basra"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards at the Bosra prison in Iraq said the riot was over.", ("Bosra", "IQ", "Basra")),
        ("Guards at the Mussel prison in Iraq said the riot was over.", ("Mussel", "IQ", "Mosul")),
    ],
)
def test_a_facility_placed_in_a_country_is_read(text: str, expected: tuple[str, str, str]) -> None:
    assert [(g[0], g[2], g[3]) for g in garbles_in(text + "\n")] == [expected]


def test_a_facility_placed_in_a_city_far_from_the_reading_stays_quiet() -> None:
    assert garbles_in("Guards at the Bosra prison in Baghdad said the riot was over.\n") == []


@pytest.mark.parametrize(
    "extra",
    [
        " Lorraine Haddad, a trader, said prices rose.",
        " The convoy carried aid to the North Pole research team.",
        " Aid workers, one a Finn, said prices rose.",
    ],
)
def test_a_given_name_or_the_pole_sets_no_country(extra: str) -> None:
    text = "Traders in Ballard complained about new taxes, the Iraqi government said." + extra
    assert garbles_in(text + "\n") == [("Ballard", "look-alike", "IQ", "Balad")]


@pytest.mark.parametrize(
    "text",
    [
        "Syrian doctors in Wells, in Somerset, raised money for hospitals in Idlib.",
        "An Iranian chess player won a tournament in Ely, in Cambridgeshire, on Sunday.",
    ],
)
def test_a_town_placed_abroad_by_its_apposition_stays_quiet(text: str) -> None:
    assert place_findings(text + "\n") == []


def test_an_apposition_in_the_region_places_no_town_abroad() -> None:
    text = "Kurdish refugees in Dover, in Khuzestan, were moved to hotels."
    assert not garbles.real_where_placed(candidate_in(text, "Dover"))


def test_a_town_placed_by_a_peninsula_abroad_stays_quiet() -> None:
    text = "Homer, a fishing town on Kenai Peninsula, hosted an Iranian film crew."
    assert place_findings(text + "\n") == []
