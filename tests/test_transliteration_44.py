"""Transliterations that a slot hid or that the reading gave to the wrong town (issue 13,
session 14): a name after "the bay of" or owning a named square is in a place slot, a
sentence's opening "Fans of" is no word of the name it follows, and of the well-known cities
a name is spelled close to, the one whose reading in its country is closest is read."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, document_of, garbles_in, place_findings
from tqcheck.gazetteer.garble import slots

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_the_bay_of_a_town_is_a_place_slot() -> None:
    text = "Fishing boats stayed in harbour around the bay of Izmeer on Tuesday.\n"
    assert candidate_in(text, "Izmeer").slot == "strong"
    assert garbles_in(text) == [("Izmeer", "transliteration", "TR", "Izmir")]
    assert ("TQ301", "Izmeer") in place_findings(text)


def test_a_capitalised_bay_of_is_the_bay_own_name() -> None:
    # "Bay of" capitalised opens the bay's own name: no head, and nothing is read
    assert garbles_in("Storms closed ports along the Bay of Biscay on Tuesday.\n") == []


def test_a_town_owning_a_named_square_is_in_a_place_slot() -> None:
    text = "Crowds gathered in Tabreez's Clock Square to mark the anniversary.\n"
    assert candidate_in(text, "Tabreez").slot == "strong"
    assert ("Tabreez", "transliteration", "IR", "Tabriz") in garbles_in(text)


def test_a_person_owning_a_square_stays_quiet() -> None:
    # a given name never owns a place ("Sarah's Clock Square"), and a real city's own
    # name owning its square is no respelling
    assert garbles_in("Tourists crowded into Sarah's Clock Square on Sunday.\n") == []
    assert garbles_in("Crowds gathered in Paris's Republic Square to mark the anniversary.\n") == []


def test_an_opening_fans_of_is_no_word_of_the_name() -> None:
    text = "Fans of Tarabzun's club rallied outside the stadium, Turkish media said.\n"
    assert [c.text for c in _candidates(text)][:1] == ["Tarabzun"]
    assert ("Tarabzun", "transliteration", "TR", "Trabzon") in garbles_in(text)


def test_fans_of_a_real_club_or_a_translated_name_stay_as_they_were() -> None:
    # a club's own name is read as it would be mid-sentence: no reading
    text = "Supporters of Galatasaray celebrated in Istanbul after the Turkish league title.\n"
    assert garbles_in(text) == []
    # "Sons of" begins a translated name (a literal reading): the span is kept whole
    assert [c.text for c in _candidates("Sons of Walid residents said the road was cut.\n")] == [
        "Sons of Walid"
    ]


def test_the_well_known_city_read_closest_in_its_country_is_read() -> None:
    # "Beskara" is spelled as close to Bouskoura (Morocco, its vowels as one) as to Biskra,
    # but read in each country it is Biskra (0.92) before Bouskoura (0.90)
    text = "Farmers in Beskara sold their dates at the weekly market.\n"
    assert garbles_in(text) == [("Beskara", "transliteration", "DZ", "Biskra")]


def test_a_name_close_to_one_well_known_city_is_still_read_as_it() -> None:
    assert garbles_in("Prosecutors in Yerevaan charged three students on Sunday.\n") == [
        ("Yerevaan", "transliteration", "AM", "Yerevan")
    ]


def _candidates(text: str) -> list[slots.Candidate]:
    return list(slots.candidates(document_of(text)))
