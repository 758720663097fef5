"""TQ306 on names of English text (given names, surnames, brands) that an apposition, or the
province or country after them, places as a town of the region's copy while no place of that
name is known there, and on the persons that must stay quiet (issue 13, e306c)."""

from __future__ import annotations

import pytest

from tests.place_support import rule_spans
from tqcheck.rules.place.tq306_english_word_as_place import _english_name


def _found(text: str) -> list[str]:
    return rule_spans("TQ306", text)


def test_a_name_of_english_text_is_no_transliterated_name() -> None:
    assert _english_name("Fenwick")  # wordfreq's large list knows it
    assert not _english_name("Tawrirt")  # a transliteration English text does not use
    assert not _english_name("Fen Wick")  # one word only


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen killed two police officers in Fenwick, in Homs province, on Sunday.", "Fenwick"),
        ("Fenwick, on the Euphrates, was shelled overnight, Syrian activists reported.", "Fenwick"),
        ("A mortar hit a school near Pemberton, north of Aleppo.", "Pemberton"),
    ],
)
def test_a_name_an_apposition_places_as_a_town_is_reported(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Fenwick, in Homs province, said the bridge had reopened.",  # a speaker
        "Fenwick, 45, a teacher in Homs province, was detained.",  # an age
        "Police detained coach Fenwick, in Homs province, after the match.",  # a role
        "Police opened a letter from Fenwick, in Homs province, on Monday.",  # a sender
        # a given name before it elsewhere in the copy
        "Gunmen shot a man in Fenwick, in Homs province. Rachel Fenwick, a nurse, saw it.",
        "The fighters were seen in Fenwick, Syria, Libya and Sudan.",  # a list of places
        "A nurse at the state hospital, Fenwick, in Homs, was arrested.",  # renames a noun
        "Rescuers searched for survivors in Fenwick after the landslide in Syria.",  # slot only
        "Shelling hit Aleppo, in northern Syria, on Monday.",  # a real place
    ],
)
def test_persons_lists_and_slots_alone_stay_quiet(text: str) -> None:
    assert _found(text) == []


def test_a_person_stays_quiet_on_the_english_word_path_too() -> None:
    text = "Residents of Quentin, south of Raqqa, fled on Monday."
    assert _found(text) == ["Quentin"]
    assert _found(text + " Quentin said the town was empty.") == []
