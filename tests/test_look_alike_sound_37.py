"""Look-alikes ranked by how the town's name sounds (issue 13): of the towns a word's skeleton
finds, the one whose name said aloud aligns best with the word said aloud comes first, beside
spelling and size (``look_alikes.heard_similarity``, ``look_alikes._rank``)."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer import look_alikes
from tqcheck.gazetteer.keys import fold

pytestmark = pytest.mark.usefixtures("look_alike_towns")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str, str]]:
    return [(found, kind, country, fold(name)) for found, kind, country, name in garbles_in(text)]


def test_the_alignment_prices_vowels_low_and_a_consonant_of_its_manner_below_another() -> None:
    aligned = look_alikes._aligned
    assert aligned("KaRaS", "KaRaS") == 1.0
    # a vowel said or dropped costs less than a consonant
    assert aligned("KRaS", "KaRaS") > aligned("KaaS", "KaRaS")
    # a stop for a stop (Miller and Nicely's confusions) costs less than a nasal for a stop
    assert aligned("TaRaS", "KaRaS") > aligned("NaRaS", "KaRaS")
    # a vowel is never heard for a consonant
    assert aligned("aaaaa", "KaRaS") < 0.5


def test_the_town_that_sounds_like_the_word_outranks_a_larger_one_spelled_as_close() -> None:
    # "Dice" said aloud is Düzce's d-z with its vowels, not Yüksekova's other name Dize's
    frames = look_alikes._word_frames("Dice")
    assert look_alikes.heard_similarity(frames, "Düzce") > look_alikes.heard_similarity(
        frames, "Yüksekova"
    )
    best = look_alikes.town_matches("Dice", {"TR"}, True, True, True)[0]
    assert fold(best.town.name) == "duzce"


def test_a_look_alike_in_a_place_slot_is_read_as_the_town_it_sounds_like() -> None:
    text = (
        "Rescuers searched collapsed buildings in the city of Dice, on the road between Istanbul "
        "and Ankara, after the earthquake in Turkey.\n"
    )
    assert _garbles(text) == [("Dice", "look-alike", "TR", "duzce")]
    text = "Police in the town of Crisis, near the Syrian border in Turkey, detained two men.\n"
    assert _garbles(text) == [("Crisis", "look-alike", "TR", "kilis")]


def test_the_real_town_and_a_person_stay_quiet() -> None:
    text = "Police in the town of Kilis, near the Syrian border, detained two men.\n"
    assert _garbles(text) == []
    text = "Rescuers searched collapsed buildings in Düzce after the earthquake in Turkey.\n"
    assert _garbles(text) == []
    text = "Andrew Dice, a comedian, arrived in Ankara on Tuesday for talks in Turkey.\n"
    assert _garbles(text) == []


def test_a_towns_own_name_written_as_one_word_stands_for_that_town_only() -> None:
    # in a place slot, the other towns its consonants find are no longer ranked against it
    found = look_alikes.town_matches("Bandarabbas", {"IR"}, True, True, True)
    assert [fold(match.town.name) for match in found] == ["bandarabbas"]
    text = "Ships docked at Bandarabbas, the port city in southern Iran, on Monday.\n"
    assert [found for found in _garbles(text) if found[1] == "look-alike"] == []
