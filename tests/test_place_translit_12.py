"""Copy that names no country, read against the whole region (issue 13, 13TR12): a name with
the Arabic article before it is no English word, a close respelling of a town of 50,000 or more
is read in a place slot, and a name after "from" or "at" spelled close to one well-known city
alone is that city; a person's name close to two cities, a real town's own name and a name at a
sentence's opening stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer import well_known

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article "Al"/"El" beside a word that is no English word is no English word itself
        (
            "Residents fled the centre of Al-Kuwaita overnight.",
            ("Al-Kuwaita", "transliteration", "KW", "Kuwait"),
        ),
        (
            "Shops closed in the old quarter of El-Qairawaan on Friday.",
            ("El-Qairawaan", "transliteration", "TN", "Kairouan"),
        ),
    ],
)
def test_the_arabic_article_is_no_english_word(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text + "\n") == [expected]


def test_the_article_beside_a_name_is_no_english_word_but_a_word_beside_one_is() -> None:
    assert not well_known._has_english_word("Al-Kuwaita")
    assert well_known._has_english_word("North Kuwaita")  # a word longer than a particle
    assert well_known._has_english_word("Al Bay")  # only English words: the article is a name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # towns of 50,000 to 100,000 people, spelled as a reader recognises them, in a place slot
        (
            "Roads were cut south of Zarzees after the storm.",
            ("Zarzees", "transliteration", "TN", "Zarzis"),
        ),
        (
            "Roads were cut south of Kasreen after the storm.",
            ("Kasreen", "transliteration", "TN", "Kasserine"),
        ),
    ],
)
def test_a_close_respelling_of_a_town_of_50000_is_read_in_a_place_slot(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text + "\n") == [expected]


def test_after_from_a_name_spelled_close_to_one_well_known_city_is_that_city() -> None:
    assert garbles_in("Dates from Beskra sold well this year.\n") == [
        ("Beskra", "transliteration", "DZ", "Biskra")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Roads were cut south of Zarzis after the storm.",  # the town's own name
        "A letter from Sabhia arrived on Monday.",  # spelled about as close to two cities
        "The prize from Hamdan was handed over on Monday.",  # a person's name
        "Beskra dates sold well this year.",  # a sentence's opening, no place slot
    ],
)
def test_names_towns_and_openings_stay_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []
