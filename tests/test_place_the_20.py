"""TQ306 on "the X" garbles that got no finding at all (issue 13, 13The20): a definite name
before the head of a facility's name ("at the X crossing", "the X air base"), "the X" where
the sentence sets its event in copy naming a country of the region ("exports from the X
resumed after"), and "the X, in <province>, said" (no person takes the article). Real
facilities, bodies and landmarks stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import rule_spans


def _found(text: str) -> list[str]:
    return rule_spans("TQ306", text)


@pytest.mark.parametrize(
    "text",
    [
        # a facility named after the town it stands at: the facility noun is the slot
        "Hundreds of Syrian drivers waited at the Lantern crossing for a second day.",
        "Turkish drones struck the Lantern air base in northern Iraq overnight.",
        "Families in the Lantern camp near the Jordanian border ran short of bread.",
    ],
)
def test_the_english_word_before_a_facility_head_is_reported(text: str) -> None:
    assert _found(text) == ["Lantern"]


@pytest.mark.parametrize(
    "text",
    [
        # the event reading, as in copy naming no country, now in copy naming Libya, Yemen
        "Libyan crude shipments from the Lantern resumed after a week-long strike.",
        "Yemeni traders in the Lantern late on Sunday reported clashes near the port.",
    ],
)
def test_the_event_place_in_copy_naming_a_country_of_the_region_is_reported(text: str) -> None:
    assert _found(text) == ["Lantern"]


def test_the_x_located_by_an_apposition_and_said_is_no_person() -> None:
    text = "Farmers in the Lantern, in Anbar province, said the river had dried up."
    assert _found(text) == ["Lantern"]


@pytest.mark.parametrize(
    "text",
    [
        # real facilities, whatever their name
        "Hundreds of trucks waited at the Rafah crossing as aid deliveries into Gaza resumed.",
        "Israel reopened the Kerem Shalom crossing after a two-day closure, the army said.",
        "Families in the Zaatari camp said winter aid had not arrived, the UNHCR said.",
        "Rockets struck the Ain al-Asad air base in western Iraq, the coalition said.",
        "Trucks queued at the Nasib crossing on the Syrian-Jordanian border after it reopened.",
        # a time word, or a country's word, before the facility noun
        "Conditions in the Year camp near Idlib worsened, Syrian aid workers said.",
        "Residents of the Syrian camp near the Iraqi border protested on Monday.",
        # landmarks and bodies the copy names by their noun
        "Worshippers filled the Old City for Friday prayers, Israeli police said.",
        "Officials in the Green Zone said the budget vote would be held on Monday, Iraqi MPs said.",
        "Pilgrims crowded the Grand Mosque in Mecca as the Hajj began, Saudi media said.",
        "Officials at the Treasury announced new sanctions on Monday, Iraqi officials said.",
        "Staff at the Secretariat left early on Sunday, Egyptian media said.",
        # ordinary English: no slot places the bridge
        "The Bridge was closed to traffic for repairs, officials in Cairo said.",
        # a person named after a title, speaking
        "Doctor Lantern, a surgeon in Basra, said the hospital had no fuel.",
    ],
)
def test_real_facilities_bodies_and_landmarks_stay_quiet(text: str) -> None:
    assert _found(text) == []
