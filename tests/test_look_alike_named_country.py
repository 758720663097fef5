"""Look-alikes in a country slot (issue 13): where the copy names the word's country right after
it ("X, in Iran's Fars province", "X, Iran"), a town of that country of any size whose sounds
the word has, spelled close, is what the word stands for."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles, look_alikes

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.kind, g.country, g.name) for g in garbles.find_garbles(document)]


def _candidate(text: str, word: str) -> garbles._Candidate:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return next(c for c in garbles._candidates(document) if c.text == word)


def test_a_word_in_a_country_slot_stands_for_a_small_town_with_its_sounds() -> None:
    # Morghan has some 5,600 people: too small for a look-alike without the country slot.
    text = "Police in Morgan, in Iran's Fars province, arrested two men over a robbery.\n"
    assert _garbles(text) == [("Morgan", "look-alike", "IR", "Morghan")]
    text = "Police in Kevin, in Iran's Isfahan province, arrested two men.\n"
    assert _garbles(text) == [("Kevin", "look-alike", "IR", "Kavian")]


def test_without_the_country_slot_the_small_town_is_not_read() -> None:
    text = "Police in Morgan arrested two men over a robbery, Iranian media said.\n"
    assert _garbles(text) == []
    candidate = _candidate(text, "Morgan")
    assert look_alikes.named_country_match(candidate, {"IR"}) is None


def test_the_town_closer_in_spelling_wins_over_a_larger_one_a_class_away() -> None:
    # Gorgan (250,000 people) is a consonant away from "Morgan"; Morghan has its sounds and is
    # spelled closer.
    found = _garbles("Police in Morgan, Iran, arrested two men over a robbery.\n")
    assert found == [("Morgan", "look-alike", "IR", "Morghan")]


def test_a_town_spelled_far_from_the_word_is_not_read() -> None:
    # Nimet (Sanliurfa) has the sounds of "Nomad" but is spelled too far from it (0.60).
    candidate = _candidate(
        "Police in Nomad, in Turkey's Sanliurfa province, arrested two men.\n", "Nomad"
    )
    assert candidate.slot == "country" and candidate.hint == "TR"
    found = look_alikes.named_country_match(candidate, {"TR"})
    assert found is None or found.town.name != "Nimet"


def test_only_the_named_country_is_read() -> None:
    candidate = _candidate(
        "Police in Morgan, in Iran's Fars province, arrested two men.\n", "Morgan"
    )
    assert look_alikes.named_country_match(candidate, {"IQ"}) is None
    found = look_alikes.named_country_match(candidate, {"IR"})
    assert found is not None and found.frame and found.town.country == "IR"
