"""Transliteration garbles read by sound (issue 13): a town of a land neighbour of the country
the copy names, a close respelling outside any place slot, and which romanisation conventions
make two spellings one name."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.name, g.country) for g in garbles.find_garbles(document)]


def test_a_town_across_the_border_of_the_country_named_is_read() -> None:
    # The copy names Jordan (its people) and Lebanon; Daraa and Al Qusayr are Syrian towns
    # by the border.
    assert _garbles("Jordanian trucks queued for hours at the crossing near Darraa.\n") == [
        ("Darraa", "Daraa", "SY")
    ]
    assert _garbles("Lebanese families crossed back from Qusseir on foot.\n") == [
        ("Qusseir", "Al Qusayr", "SY")
    ]


def test_a_real_town_across_the_border_stays_quiet() -> None:
    assert _garbles("Kuwaiti trucks crossed at Safwan on Monday.\n") == []
    assert _garbles("Jordanian trucks queued for hours at the crossing near Daraa.\n") == []


def test_a_neighbour_is_read_only_by_a_close_spelling() -> None:
    # Garrick reads as Karaj (Iran) only through Arabic script: no Latin spelling of Karaj
    # is that close, so copy about Afghanistan does not read it across the border.
    candidate = garbles.Candidate(0, 7, "Garrick", "weak", None, False, locative=True)
    assert garbles.in_a_neighbour(candidate, {"AF"}, None) is None
    # ... and a name placed in its country by the copy is not read in another.
    placed = garbles.Candidate(0, 6, "Darraa", "country", "JO", False)
    assert garbles.in_a_neighbour(placed, {"JO"}, None) is None


def test_a_close_respelling_outside_a_place_slot_is_read() -> None:
    assert _garbles("A strong quake rattled Malattiya overnight, Turkish officials said.\n") == [
        ("Malattiya", "Malatya", "TR")
    ]


def test_names_outside_a_place_slot_that_are_no_respelling_stay_quiet() -> None:
    # A surname made from a town's name, and a town's name with an ending.
    assert _garbles("An Iraqi court sentenced Barzan al-Tikriti and Tikriti denied it.\n") == []
    assert _garbles("Syrian media said Halabi and Hamwi, two lawyers, were freed.\n") == []
    assert _garbles("Israeli police said Yehuda and his brother were detained.\n") == []


def test_a_final_h_is_a_garble_of_a_name_written_in_latin_letters_at_home() -> None:
    assert not garbles.same_name("Corluh", "Corlu", "TR")
    assert garbles.same_name("Jufrah", "Al Jufra", "LY")  # a taa marbuta, written or not
    assert _garbles("A factory fire in Corluh, west of Istanbul, killed two workers.\n") == [
        ("Corluh", "Corlu", "TR")
    ]
    assert _garbles("Floods hit Jufrah, in central Libya, officials said.\n") == []


def _by_sound(name: str, country: str) -> garbles.Garble | None:
    candidate = garbles.Candidate(0, len(name), name, "strong", None, False)
    return garbles.by_sound(candidate, {country}, None)


def test_a_convention_counts_against_the_names_the_reading_compares() -> None:
    # "Bairut" is Beirut under another convention (ai/ei): quiet. So is a spelling that
    # writes the recorded spelling the name was read by under a convention ("Tzipori" for
    # Tsippori, a shadda written once, in a professional translation): comparing only the
    # place's own and English names had made it a garble.
    assert _by_sound("Bairut", "LB") is None
    text = "Fires burned pasture land in the village of Tzipori in northern Israel.\n"
    assert _garbles(text) == []
    # The wire spelling of Az Zubayr stays quiet.
    assert _garbles("A rocket hit a compound in Zubair, west of Basra.\n") == []
