"""False flags on professional wire copy (issue 13): shapes of correct copy the place readers
took for garbles, each beside a garble of the same shape that must still be flagged. A name
whose apposition is a stay in a named place ("Demir, in Izmir for the hearing, denied") is a
person; a doubled consonant the place's own name doubles ("Salloum", As Sallum) and an ain
written as the vowel doubled ("Tal Rifaat", Tall Rif'at) are conventions of romanising Arabic;
a word after "a" before a head of a place ("a Sunni district") is an adjective, not a name; a
city of 100,000+ by its own name is real wherever the phrase after it points ("Jalalabad, on the
road to Pakistan"); a district of a city is read only as a place near that city."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, rule_spans

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        # a stay in a named place: what for, since when, during what, with whom, on what
        "Demir, in Izmir for the hearing, denied the charges.",
        "Baker, in Tehran since March, has been held without charge.",
        "Hartmann, in Amman since January, has been advising the ministry.",
        "Moreau, in Rabat on a state visit, signed a gas deal.",
        "Erdogan, in Ankara on Monday, said Turkey would not accept new sanctions.",
        "Whitfield, in Gaza with a medical charity, described the hospital as overwhelmed.",
        "Haddad, in Beirut during the blast, lost his shop.",
        # mid-sentence, after a verb
        "The minister met Demir, in Izmir for the hearing, on Tuesday.",
    ],
)
def test_a_person_staying_in_a_place_is_no_town(text: str) -> None:
    assert garbles_in(text + "\n") == []
    assert rule_spans("TQ306", text + "\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same shapes where the apposition locates a town (Tunis, Mosul, Homs)
        (
            "Tennis, in the hills west of Sfax, was shelled on Monday.",
            ("Tennis", "look-alike", "TN", "Tunis"),
        ),
        (
            "Muscle, in the north of Iraq, was shelled on Monday.",
            ("Muscle", "look-alike", "IQ", "Mosul"),
        ),
        # after a preposition a stay is no person's ("spread to X, in Syria for the first time")
        (
            "Fighting spread to Holms, in Syria for the first time.",
            ("Holms", "transliteration", "SY", "Homs"),
        ),
    ],
)
def test_a_located_garble_is_still_flagged(text: str, expected: tuple[str, str, str, str]) -> None:
    assert garbles_in(text + "\n") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the place's own doubled consonant, with a French ou or an ai (As Sallum, Umm Qays)
        "The Salloum crossing links Egypt and Libya.",
        "Umm Qais, in northern Jordan, overlooks the Golan.",
        # an ain written as the vowel it precedes, doubled (Tall Rif'at)
        "The offensive reached Tal Rifaat, north of Aleppo.",
        # "a" before a word and a place's head: an adjective
        "Police raided a house in Adhamiya, a Sunni district of Baghdad.",
    ],
)
def test_conventions_and_adjectives_stay_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a consonant lost or a vowel changed is still a garble
        (
            "The Saloom crossing links Egypt and Libya.",
            ("Saloom", "transliteration", "EG", "As Sallum"),
        ),
        (
            "Umm Gais, in northern Jordan, overlooks the Golan.",
            ("Umm Gais", "transliteration", "JO", "Umm Qays"),
        ),
        # a vowel tripled is no ain
        (
            "The offensive reached Tal Rifaaat, north of Aleppo.",
            ("Tal Rifaaat", "transliteration", "SY", "Tall Rif’at"),
        ),
        # "the" before the word: a name (Sinah)
        (
            "Police raided a house in the Sunny district of Baghdad.",
            ("Sunny", "look-alike", "IQ", "Sinah"),
        ),
    ],
)
def test_garbles_of_the_same_shapes_are_still_flagged(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text + "\n") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a city of 100,000+ by its own name, whatever country the phrase after it points to
        "Jalalabad, on the road to Pakistan, was hit by an earthquake.",
        # the Red Sea borders Israel too
        "Eilat, on the Red Sea, said its port had lost most of its traffic.",
        # a district of Baghdad read as no town 300 km away
        "A bomb exploded in Karrada, a busy district of Baghdad.",
    ],
)
def test_real_places_placed_by_a_phrase_stay_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a respelling of the Red Sea's city is read as it
        (
            "Ailat, on the Red Sea, said its port had lost most of its traffic.",
            ("Ailat", "look-alike", "IL", "Eilat"),
        ),
        # a suburb read as a place beside its city (Le Bardo, by Tunis)
        (
            "Police raided homes in Barado, a suburb of Tunis.",
            ("Barado", "transliteration", "TN", "Le Bardo"),
        ),
    ],
)
def test_garbles_placed_by_the_same_phrases_are_still_flagged(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text + "\n") == [expected]


def test_a_respelled_city_on_the_road_to_a_neighbour_is_still_flagged() -> None:
    assert [g[0] for g in garbles_in("Jallalabad, on the road to Pakistan, was hit.\n")] == [
        "Jallalabad"
    ]
