"""Look-alikes and respellings after "in", "near" (issue 13, fifth session, 13LA15).

Three readings of a word set where copy puts a place:

- copy naming no country: a name English text uses (a surname, a given name) that no place
  anywhere has, right after "in" or "near", with the consonants of one of the region's cities
  of 200,000 or more and spelled as close to it as a reader recognises a respelling, is that
  city ("Shopkeepers in Alessandro": Alexandria), where no other city is heard in it as
  well; not after "across", "through", nor "the X", nor a name
  owning the noun after it, nor a town abroad by that name;
- copy naming several countries of the region: a city every reader knows without the copy
  naming its country is known where the copy names it among others ("Iraqi and Iranian
  traders met in Siri": Sari), unless the word is a place of the region or a town abroad by
  its own name;
- copy naming no country: read within a country, a respelling may be recognised there as
  another well-known city than the one it was first spelled closest to (a respelling of
  Kassala whose vowels, read as one, are first Kosti's), not as a small town."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shopkeepers in Alessandro said the market had reopened after the curfew.",
            ("Alessandro", "transliteration", "EG", "Alexandria"),
        ),
        (
            "Dock workers near Tinker walked out over unpaid wages.",
            ("Tinker", "transliteration", "MA", "Tangier"),
        ),
    ],
)
def test_a_name_after_in_is_a_well_known_city_where_no_country_is_named(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text + "\n") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the name owns the noun after it: a person's
        "There was renewed interest in Alessandro's proposal, analysts said.",
        # a route, not where something is
        "A convoy moved across Alessandro before dawn.",
        # two cities heard alike (Mosul, M'Sila): the name says neither
        "Shopkeepers in Mosley said the market had reopened after the curfew.",
        # a town abroad by that name: Bristow, Oklahoma
        "Police in Bristow said two men were arrested.",
        # the copy places the name abroad itself
        "Two shops burned in Alessandro, Texas, on Sunday.",
        # "the X" and an acronym are no names
        "Patients will get the new drugs free through the NGOs, the ministry said.",
    ],
)
def test_a_name_after_in_stays_quiet_where_it_is_no_garble(text: str) -> None:
    assert garbles_in(text + "\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iraqi and Iranian traders met in Siri on Monday to settle their debts.",
            ("Siri", "look-alike", "IR", "Sari"),
        ),
        (
            "Iraqi and Iranian farmers protested in Caller on Monday.",
            ("Caller", "look-alike", "IQ", "Kelar"),
        ),
    ],
)
def test_a_well_known_city_is_known_where_the_copy_names_several_countries(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text + "\n") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Mina of Saudi Arabia, a place of the region though not of the copy's countries
        "Egyptian and Sudanese pilgrims prayed in Mina on Monday.",
        # Hale, England: a town by that very name
        "Lebanese and Saudi officials met in Hale on Monday.",
        # a word of study abroad before the "in"
        "Iraqi and Iranian students who studied in Siri returned home.",
    ],
)
def test_several_countries_read_no_place_of_the_region_nor_a_town_abroad(text: str) -> None:
    assert garbles_in(text + "\n") == []


@pytest.mark.parametrize(
    ("geonameid", "name", "country", "recognised"),
    [
        ("372753", "Kassala", "SD", True),  # a city of 400,000 spelled close
        ("551964", "Kashira", "RU", False),  # a town of 40,000: no city every reader knows
    ],
)
def test_a_city_read_within_a_country_is_recognised_if_well_known_and_spelled_close(
    geonameid: str, name: str, country: str, recognised: bool
) -> None:
    from tqcheck.gazetteer import garbles
    from tqcheck.gazetteer.well_known import _recognised_as

    if garbles.geonames_index().get(geonameid) is None:
        pytest.skip("no GeoNames index")
    garble = garbles.Garble(0, 6, "Kassla", "transliteration", name, country, geonameid, 0.9, "")
    assert _recognised_as("Kassla", garble) is recognised
