"""Look-alikes in a country slot (issue 13): where the copy names the word's country right after
it ("X, in Iran's Fars province", "X, Iran"), a town of that country of any size whose sounds
the word has, spelled close, is what the word stands for."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, garbles_in
from tqcheck.gazetteer import look_alikes

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_a_word_in_a_country_slot_stands_for_a_small_town_with_its_sounds() -> None:
    # Morghan has some 5,600 people: too small for a look-alike without the country slot.
    text = "Police in Morgan, in Iran's Fars province, arrested two men over a robbery.\n"
    assert garbles_in(text) == [("Morgan", "look-alike", "IR", "Morghan")]
    text = "Police in Kevin, in Iran's Isfahan province, arrested two men.\n"
    assert garbles_in(text) == [("Kevin", "look-alike", "IR", "Kavian")]


def test_without_the_country_slot_the_small_town_is_not_read() -> None:
    text = "Police in Morgan arrested two men over a robbery, Iranian media said.\n"
    assert garbles_in(text) == []
    candidate = candidate_in(text, "Morgan")
    assert look_alikes.named_country_match(candidate, {"IR"}) is None


def test_the_town_closer_in_spelling_wins_over_a_larger_one_a_class_away() -> None:
    # Gorgan (250,000 people) is a consonant away from "Morgan"; Morghan has its sounds and is
    # spelled closer.
    found = garbles_in("Police in Morgan, Iran, arrested two men over a robbery.\n")
    assert found == [("Morgan", "look-alike", "IR", "Morghan")]


def test_a_town_spelled_far_from_the_word_is_not_read() -> None:
    # Nimet (Sanliurfa) has the sounds of "Nomad" but is spelled too far from it (0.60).
    candidate = candidate_in(
        "Police in Nomad, in Turkey's Sanliurfa province, arrested two men.\n", "Nomad"
    )
    assert candidate.slot == "country" and candidate.hint == "TR"
    found = look_alikes.named_country_match(candidate, {"TR"})
    assert found is None or found.town.name != "Nimet"


def test_only_the_named_country_is_read() -> None:
    candidate = candidate_in(
        "Police in Morgan, in Iran's Fars province, arrested two men.\n", "Morgan"
    )
    assert look_alikes.named_country_match(candidate, {"IQ"}) is None
    found = look_alikes.named_country_match(candidate, {"IR"})
    assert found is not None and found.frame and found.town.country == "IR"
