"""Transliterations in copy that names no country of the region (issue 13, session 13): a name
that is no English word, no given name and no spelling English text uses, which the whole
region's reading hears as a well-known city, is a respelling of it; a very close transliteration
of a town of 50,000+ is read in a strong place slot; and a name spelled closer to another town
than to the one its sounds match is read as that town."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles, well_known
from tqcheck.gazetteer.geonames import GeoPlace

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _found(text: str) -> list[tuple[str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.name, g.country) for g in garbles.find_garbles(document)]


def test_a_name_heard_as_a_well_known_city_is_its_respelling() -> None:
    # the region's reading finds these by sound (a look-alike); no English word or name
    assert _found("Dozens of workers at a plant in Deyrah lost their jobs.\n") == [
        ("Deyrah", "Dayrah", "AE")
    ]
    assert _found("Prosecutors in Bujnourd charged three students on Sunday.\n") == [
        ("Bujnourd", "Bojnurd", "IR")
    ]
    assert _found("Sirens sounded in Dimeshk before dawn, residents said.\n") == [
        ("Dimeshk", "Damascus", "SY")
    ]


def test_a_very_close_transliteration_of_a_town_is_read_in_a_strong_slot() -> None:
    # Quvasoy (96,900): "Kuwasai" is 0.62 in letters from its spelling, 0.97 as a reading
    assert _found("Dozens of workers at a plant in Kuwasai lost their jobs.\n") == [
        ("Kuwasai", "Quvasoy", "UZ")
    ]
    assert _found("Voters in Kuwasai queued from dawn.\n") == []  # a weak slot: no


def test_the_closer_spelled_town_is_read() -> None:
    # "Balkhach" has the consonants of Balkh (Afghanistan), but is spelled as Balkhash
    assert _found("Dozens of workers at a plant in Balkhach lost their jobs.\n") == [
        ("Balkhach", "Balqash", "KZ")
    ]
    assert well_known.spelled_like_any("Balkhach", _place("1525798")) > 0.9


def test_such_names_outside_a_place_slot_or_set_abroad_stay_quiet() -> None:
    assert _found("Nobody knew how Bujnourd had won the race.\n") == []
    assert _found("The letter was signed by Deyrah and two colleagues.\n") == []
    text = "Dozens of workers at a plant in Deyrah lost their jobs, the German embassy said.\n"
    assert _found(text) == []


def _place(geonameid: str) -> GeoPlace:
    from tqcheck.gazetteer.garble.base import geonames_index

    place = geonames_index().get(geonameid)
    assert place is not None
    return place


def test_israeli_towns_in_hebrew_mt_are_no_respellings() -> None:
    # Reineh has Ranyah's consonants (1.00) but not its letters (0.80); Tarshiha is recognised
    # as Tarsus only at 0.89; Beitar reads as Battir at 0.956, below the very close 0.96
    assert _found("Police in Reineh arrested two men on Sunday.\n") == []
    assert _found("Police in Tarshiha arrested two men on Sunday.\n") == []
    assert _found("Residents of Beitar protested the new fence.\n") == []
    # a respelled Kyiv district: "Darnis", an old name of Derna, is no respelling of it
    assert _found("Residents of Darnitsya protested against the new fence.\n") == []
