"""An English word read by sound as a place (issue 13): only by a form of the place's own name."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.kind, g.country) for g in garbles.find_garbles(document)]


def test_a_word_is_no_hamlet_by_a_former_name_of_it() -> None:
    # Sarıbuğday, a Turkish hamlet of 340, is recorded as "Turnuk" too: "Trunk" in a place
    # slot of copy about Turkey sounds like that other name, not like the hamlet's own.
    text = "Jets struck positions in the capital, the Trunk, on Monday.\n"
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    candidate = next(c for c in garbles.candidates(document) if c.text == "Trunk")
    assert candidate.slot == "strong"
    assert garbles.by_sound(candidate, {"TR"}, None) is None


def test_a_word_is_still_a_place_by_a_form_of_its_own_name() -> None:
    found = _garbles("Iraqi forces entered the city of Ticket, north of Baghdad.\n")
    assert ("Ticket", "look-alike", "IQ") in found


def test_form_of_own_name() -> None:
    from tqcheck.gazetteer.geonames import GeoPlace

    hamlet = GeoPlace("1", "Sarıbuğday", "place", "TR", "05", 40.7, 35.5, 340)
    district = GeoPlace("2", "Hukumat-e Nad Ali", "place", "AF", "", 31.6, 64.2, 0)
    assert not garbles.form_of_own_name("Turnuk", hamlet)
    assert garbles.form_of_own_name("Saribugdai", hamlet)
    assert garbles.form_of_own_name("Nad Ali", district)
