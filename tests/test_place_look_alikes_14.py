"""Look-alikes that real towns abroad are not (issue 13, fourth session, second round).

Copy set in one country of the region often names towns abroad where people of that country
live, study or found refuge, and quotes the country's officials after a comma. Such a town is
no garble of a town at home: a word of emigration, exile or study before its "in"
("who studied in X", "living in exile in X", "resettled near X") places it abroad; a namesake
abroad half the size of the town at home or more outweighs the copy's setting; a city of
100,000 or more abroad after "in" is that city; a country after a comma that says who spoke
("near X, Turkey's defence ministry said") is no country slot. The same words without those
clues are still read."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        # study abroad: Mauldin, South Carolina, not Mardin
        "A Kurdish activist who studied in Mauldin was detained in Van, Turkish police said.",
        # exile and resettlement: Kirkel, Saarland, not Kirikkale
        "An Iraqi poet who lives in exile in Kirkel says Baghdad banned his book.",
        "Iraqi engineers resettled near Kirkel have opened a workshop.",
    ],
)
def test_a_town_where_people_went_abroad_is_no_garble(text: str) -> None:
    assert garbles_in(text + "\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # Herndon, Virginia (24,000) is most of Hendijan's size (29,000)
        "Iranian students in Herndon were questioned, Iran's foreign ministry said.",
        "Shops closed in Herndon after the strike, Iran's foreign ministry said.",
    ],
)
def test_a_namesake_abroad_half_the_towns_size_outweighs_the_setting(text: str) -> None:
    assert garbles_in(text + "\n") == []


def test_a_city_abroad_after_in_is_that_city() -> None:
    # Hull (Kingston upon Hull, 314,000), not Ha'il
    text = "Police in Hull detained three smugglers of Iraqi migrants.\n"
    assert garbles_in(text) == []


def test_a_country_that_says_who_spoke_is_no_country_slot() -> None:
    text = "A bomb exploded near Vienne, Turkey's defence ministry said.\n"
    assert garbles_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same town without a word of study abroad
        (
            "A Kurdish activist was arrested in Mauldin, Turkish police said.",
            ("Mauldin", "transliteration", "TR", "Mardin"),
        ),
        # an apposition that places the word in the country, not an attribution
        (
            "A bomb exploded near Vienne, in Turkey's east.",
            ("Vienne", "look-alike", "TR", "Van"),
        ),
        # a namesake abroad far smaller than the town: Ballard, Utah, not Balad's size
        (
            "Police in Ballard arrested a man, the Iraqi interior ministry said.",
            ("Ballard", "look-alike", "IQ", "Balad"),
        ),
    ],
)
def test_the_same_words_without_those_clues_are_still_read(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text + "\n") == [expected]
