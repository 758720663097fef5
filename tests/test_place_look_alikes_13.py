"""Look-alikes of copy that places a word in one country, and of a well-known city a hamlet
abroad shares a name with (issue 13, fourth session).

A word after "in", "near" (or in a place slot) in copy set in one country of the region, that
is no place of that country, is read as in a strong slot even where it is a town abroad or a
given name: "Traders in Ballard ..., the Iraqi government said" is Balad, not the town of Utah; a
word a consonant away from the town is not read so ("in Morgan": no Gorgan). A
city abroad a reader knows, a person, a word owning the noun after it and copy set abroad stay
quiet. Where the copy names no country, a hamlet abroad no longer hides a city a hundred times
its size whose sounds a name has ("Darby's airport": Dubai), in a strong place slot only."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, garbles_in
from tqcheck.gazetteer.look_alikes import located_look_alike

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town of Utah, after "in", in copy set in Iraq: Balad has its sounds
        (
            "Traders in Ballard complained about new taxes, the Iraqi government said.",
            ("Ballard", "look-alike", "IQ", "Balad"),
        ),
        # a town of 40,000 in Texas and a surname: Semnan has its consonants
        (
            "Police in Sherman arrested a man, Iran's interior ministry said.",
            ("Sherman", "look-alike", "IR", "Semnan"),
        ),
    ],
)
def test_a_word_placed_in_one_country_is_read_as_its_town(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text + "\n") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a person: no place slot
        "Ballard said the talks would resume, the Iraqi government said.",
        # owns the noun after it
        "Police searched Ballard's house, the Iraqi interior ministry said.",
        # copy set abroad, and copy that names no country
        "Traders in Ballard complained about new taxes, British officials said.",
        "Traders in Ballard complained about new taxes.",
        # a consonant away from Gorgan only
        "Shops in Morgan stayed shut on Sunday, Iranian media said.",
        # a common noun after "the"
        "Protesters gathered near the Parliament, the Iraqi government said.",
    ],
)
def test_people_words_and_towns_abroad_stay_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []


def test_a_city_abroad_a_reader_knows_is_that_city() -> None:
    # Paris (2 million) is no Pardis of Iran, however its consonants fall
    text = "An Iranian writer was treated in a clinic near Paris, Iran's health ministry said."
    assert located_look_alike(candidate_in(text + "\n", "Paris"), {"IR"}) is None


def test_a_short_word_needs_the_towns_frame() -> None:
    # two consonant classes (JD) only, without the vowels of Judeida's name in place
    text = "Gunmen attacked a checkpoint across Judea overnight, Israeli police said."
    assert located_look_alike(candidate_in(text + "\n", "Judea"), {"IL"}) is None


def test_the_reading_needs_copy_set_in_one_country() -> None:
    text = "Traders in Ballard complained about new taxes, the Iraqi government said."
    candidate = candidate_in(text + "\n", "Ballard")
    assert located_look_alike(candidate, {"IQ"}) is not None
    assert located_look_alike(candidate, {"IQ", "SY"}) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Darby: a town of 10,700 in Pennsylvania; Dubai has 3.8 million people
        ("Darby's airport reopened after the sandstorm.", ("Darby", "look-alike", "AE", "Dubai")),
        ("Conner's old city was flooded overnight.", ("Conner", "look-alike", "TR", "Konya")),
    ],
)
def test_a_hamlet_abroad_does_not_hide_a_well_known_city(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text + "\n") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the copy places the word itself
        "Residents of Darby, in Montana, were evacuated.",
        # an everyday word, not a name ("Hill", a hamlet abroad, has the frame of Ha'il)
        "Residents of Hill said the water was cut.",
        # no strong place slot
        "Judges in Court ruled on Monday.",
        # Sousa, Brazil (65,000): a town of its own, not a hamlet beside Sousse
        "Sousa's beaches were crowded.",
    ],
)
def test_a_namesake_abroad_still_speaks_otherwise(text: str) -> None:
    assert garbles_in(text + "\n") == []


def test_a_title_the_copy_places_is_read_as_a_word() -> None:
    # a title introduces a name, but "X, in Yemen's Abyan province" places the word itself
    text = "Government forces retook Tsar, in Yemen's Abyan province, on Sunday."
    assert garbles_in(text + "\n") == [("Tsar", "look-alike", "YE", "Ja’ar")]


def test_a_title_before_a_clause_stays_quiet() -> None:
    assert garbles_in("The Emir, in a speech on Sunday, said Qatar would help Gaza.\n") == []
