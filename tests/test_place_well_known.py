"""Well-known places (issue 13): a respelled city a reader knows is found where the copy names no
country, and a look-alike of a well-known city wins over a literal reading of a town."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles, well_known

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _found(text: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.kind, g.name, g.country) for g in garbles.find_garbles(document)]


def test_a_respelled_well_known_city_is_found_where_no_country_is_named() -> None:
    assert _found("Protesters filled the streets of Tabreez on Friday.\n") == [
        ("Tabreez", "transliteration", "Tabriz", "IR")
    ]
    assert _found("Voters queued in Peshawur from dawn.\n") == [
        ("Peshawur", "transliteration", "Peshawar", "PK")
    ]


def test_copy_set_outside_the_region_is_not_read_against_it() -> None:
    assert _found("Voters queued in Peshawur from dawn, the German embassy said.\n") == []


def test_a_respelling_outside_a_place_slot_is_not_read() -> None:
    assert _found("Peshawur said on Friday that the talks had failed.\n") == []


def test_words_and_names_english_text_uses_are_not_respellings() -> None:
    # "Bedouin" is spelled close to Badin (Pakistan), "Bashar" to Basra: a people and a name.
    assert _found("Clinics in the Bedouin sector were short of staff.\n") == []
    assert _found("He was taken to a hospital in the town of Bashar.\n") == []
    assert _found("Floods hit the town of Bedroom overnight.\n") == []  # an English word


def test_a_city_is_recognised_only_by_its_consonants() -> None:
    # "Sápmi" (SPM) is spelled close to Safi (SF), but with other consonants.
    assert well_known.recognised("Sápmi") == []
    assert _found("Tourism is an important income in Sápmi.\n") == []


def test_the_closest_spelled_city_is_tried_first() -> None:
    found = well_known.recognised("Peshawur")
    assert found
    place = garbles.geonames_index().get(found[0][0])
    assert place is not None and place.name == "Peshawar"
    assert [score for _, _, score in found] == sorted((s for _, _, s in found), reverse=True)


def test_small_places_are_not_read_without_the_country() -> None:
    # Only cities of WELL_KNOWN_POPULATION or more are in the table.
    names, owners = well_known._cities()
    assert len(names) == len(owners)
    for geonameid, _country, _keys in owners[:50]:
        place = garbles.geonames_index().get(geonameid)
        assert place is not None
        assert place.population >= well_known.WELL_KNOWN_POPULATION


def test_a_look_alike_spelled_like_a_well_known_city_beats_a_literal_town() -> None:
    # "nobles" is شريف (Surif, 25,000 people), but the word is spelled like Nablus (130,000).
    found = _found("Soldiers searched houses in the city of Nobles in the West Bank.\n")
    assert [(text, name) for text, _, name, _ in found] == [("Nobles", "Nablus")]


def test_a_literal_town_stays_when_the_word_is_not_spelled_like_the_city() -> None:
    # "sand" is رملة (Ramla, 76,000); Ashdod shares its consonants only by a romanisation.
    found = _found("Police closed the roads around the city of the Sand in central Israel.\n")
    assert [(text, name) for text, _, name, _ in found] == [("Sand", "Ramla")]


def test_spelled_like_reads_the_english_and_the_own_name() -> None:
    place = garbles.geonames_index().exact("Nablus")[0]
    assert well_known.spelled_like("Nobles", place) >= well_known.MIN_RECOGNISED
    assert well_known.spelled_like("Sand", place) < well_known.MIN_RECOGNISED


def test_a_spelling_english_text_uses_is_known() -> None:
    assert well_known._known_spelling("Bedouin")  # Zipf 2.8: under the small list's 3.3
    assert well_known._known_spelling("HMOs")
    assert not well_known._known_spelling("Peshawur")


def test_a_word_heard_with_a_towns_frame_is_that_town() -> None:
    # "Hammer" said aloud has Hama's consonants with its vowels in place; "Sneaker" is no
    # Sinjar by its frame.
    hama = next(p for p in garbles.geonames_index().exact("Hama") if p.kind == "place")
    sinjar = next(p for p in garbles.geonames_index().exact("Sinjar") if p.kind == "place")
    assert garbles.heard_as("Hammer", hama)
    assert not garbles.heard_as("Sneaker", sinjar)
