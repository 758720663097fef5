"""Look-alikes and respellings of people's names after "in" (issue 13, fifth session, 13LA16).

Where copy names no country, a name after "in" may be read as a city it sounds like; a
person's name there is no city, and three things say the word is a person's:

- the syntax: "in" as the complement of a noun or verb of trust or interest ("renewed interest
  in X", "confidence in X", "they believe in X") says what is trusted, not where;
- the copy itself: a surname it gives a person elsewhere ("Mr X said ..."), outside a strong
  place slot;
- a recorded list: a spelling English copy uses for an Arabic, Persian or Turkish given name
  (``given_name_romanisations.txt``), never read as a well-known city's look-alike or
  respelling; an English given name still is ("Hotels in Susie": Sousse).

And a title before an apposition that places it is read at its own place in the sentence,
not where the word first occurs, and not after "the" (the person's title)."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dock workers near Tinker walked out over unpaid wages.",
            ("Tinker", "transliteration", "MA", "Tangier"),
        ),
        (
            "Shopkeepers in Alessandro said the market had reopened after the curfew.",
            ("Alessandro", "transliteration", "EG", "Alexandria"),
        ),
    ],
)
def test_a_name_where_copy_puts_a_place_is_still_read(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in garbles_in(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "Investors showed renewed interest in Tinker after the election.",
        "Voters said they had lost confidence in Alessandro and his party.",
        "Many still believe in Alessandro, the party's spokesman said.",
    ],
)
def test_in_after_a_noun_of_trust_or_interest_places_nothing(text: str) -> None:
    assert garbles_in(text + "\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mr Alessandro said that shopkeepers in Alessandro had been paid.",
        "Dr Tinker told reporters the strike near Tinker was over.",
    ],
)
def test_a_surname_the_copy_gives_a_person_is_the_person(text: str) -> None:
    assert garbles_in(text + "\n") == []


def test_a_place_slot_outweighs_a_surname_elsewhere() -> None:
    # the strong slot says it is a place: the copy's Mr Connie does not silence it
    text = "Mr Connie said the old quarter of Connie had reopened to visitors.\n"
    assert ("Connie", "look-alike", "TR", "Konya") in garbles_in(text)


@pytest.mark.parametrize("name", ["Ayman", "Masoud", "Suleiman", "Ismael", "Muhammed"])
def test_a_given_name_of_the_region_is_no_city(name: str) -> None:
    assert garbles_in(f"Police in {name} said two men were arrested.\n") == []


def test_an_english_given_name_is_still_a_look_alike() -> None:
    # the regional list is no list of every given name: an English one MT writes for a
    # city's sounds is still read
    text = "Shops in Connie were shut for a second day.\n"
    assert ("Connie", "look-alike", "TR", "Konya") in garbles_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Dukes of the old families had left, but Duke, in the Kurdistan "
        "region, still shelters many displaced people.",
        "Officials said the Duke had gone home, but Duke, in the Kurdistan region, still "
        "shelters many displaced people.",
    ],
)
def test_a_title_is_read_where_its_own_apposition_places_it(text: str) -> None:
    assert ("Duke", "look-alike", "IQ", "Dihok") in garbles_in(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "The Emir, in Kuwait City, met the visiting Iraqi ministers on Monday.",
        "Later the Duke, in Iraq for two days, toured a camp near Erbil.",
    ],
)
def test_a_title_after_the_is_the_persons(text: str) -> None:
    assert not any(g[1] == "look-alike" for g in garbles_in(text + "\n"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish officials said a fire broke out near Con Ya on Sunday.",
            ("Con Ya", "look-alike", "TR", "Konya"),
        ),
        (
            "Police in Sam Soon said two men were arrested.",
            ("Sam Soon", "look-alike", "TR", "Samsun"),
        ),
        (
            "Police in Dew Hook said two men were arrested.",
            ("Dew Hook", "look-alike", "IQ", "Dihok"),
        ),
    ],
)
def test_two_english_words_after_in_or_near_said_as_a_city(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in garbles_in(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "Turkish officials said a fire broke out near Bel Air on Sunday.",  # a place abroad
        "Police in Market Hall said two men were arrested.",
        "Voters said they had lost confidence in Sam Soon and his party.",
        "Police in Sam Soon's home town said two men were arrested.",
    ],
)
def test_two_words_that_name_a_place_or_a_person_stay_quiet(text: str) -> None:
    assert not any(g[1] == "look-alike" for g in garbles_in(text + "\n"))
