"""Literal translations, thirteenth pass (issue 13, 13LIT13).

Where several places share a literal reading, the first-level unit the sentence names beside
the garble ("a district of Isparta", "in Diyarbakir province", "near Ma'an") picks the place of
that unit, in the Turkish word-for-word reading (``garbles.turkish_literal``) and the Arabic
one (``garbles.literal_through``). In copy that names no country, a phrase of two or more
words read back to a town's own name, in a place slot, names a town of 20,000 or more
(``well_known._respelled_or_translated``), not by consonant classes alone. Sentences and
places are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _placed(text: str) -> list[tuple[str, str, str, str]]:
    """(text, name, country, GeoNames admin1) of each garble read in ``text``."""
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    found = []
    for garble in garbles.find_garbles(document):
        place = garbles.geonames_index().get(garble.geonameid)
        assert place is not None
        found.append((garble.text, garble.name, place.country, place.admin1))
    return found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # ak + su: Aksu, a district of Isparta (admin1 33), not the larger Aksu of Kars
        (
            "Two people were killed in White Water, a district of Isparta, Turkish police said.\n",
            ("White Water", "Aksu", "TR", "33"),
        ),
        # altın + kum: the Altınkum of Diyarbakır province (21), not the resort of Aydın (09)
        (
            "Kurdish villagers in Golden Sand, in Diyarbakir province, said soldiers searched "
            "their homes.\n",
            ("Golden Sand", "Altinkum", "TR", "21"),
        ),
        # الطيبة: At-Taybeh of Ma'an governorate (19), not At Tayyibah of Irbid (18)
        (
            "Jordanian farmers in the Good, a village near Ma'an, said the rains came late.\n",
            ("Good", "At-Taybeh", "JO", "19"),
        ),
    ],
)
def test_the_unit_the_sentence_names_picks_the_place(
    text: str, found: tuple[str, str, str, str]
) -> None:
    assert _placed(text) == [found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # no unit named: the largest place of that reading, as before
        (
            "Two people were killed in White Water in eastern Turkey, police said.\n",
            ("White Water", "Aksu", "TR", "58"),
        ),
        (
            "Kurdish villagers in Golden Sand said soldiers searched their homes in Turkey.\n",
            ("Golden Sand", "Altinkum", "TR", "09"),
        ),
        # a unit no place of the reading lies in changes nothing
        (
            "Jordanian farmers in the Good, a village north of Amman, said the rains came late.\n",
            ("Good", "At Tayyibah", "JO", "18"),
        ),
    ],
)
def test_without_a_unit_of_the_reading_the_largest_place(
    text: str, found: tuple[str, str, str, str]
) -> None:
    assert _placed(text) == [found]


def test_a_real_place_or_a_person_beside_a_unit_stays_quiet() -> None:
    assert (
        garbles_in("Police in Aksu, a district of Isparta, arrested two men, Turkey said.\n") == []
    )
    assert garbles_in("Mehmet Aksu, a lawyer from Isparta, said a court in Turkey ruled.\n") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # دير + "Hafer" kept: Dayr Hafir (29,000), a town under the well-known cities' size
        (
            "Farmers in Monastery of Hafer said the river had dried up this year.\n",
            ("Monastery of Hafer", "literal", "SY", "Dayr Hafir"),
        ),
        # جسر + "Shughur" kept: Jisr ash Shughur (39,000)
        (
            "Shelling hit homes near Bridge of Shughur overnight, residents said.\n",
            ("Bridge of Shughur", "literal", "SY", "Jisr ash Shughur"),
        ),
    ],
)
def test_a_phrase_read_to_a_town_where_the_copy_names_no_country(
    text: str, found: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text) == [found]


def test_a_phrase_outside_a_place_slot_stays_quiet() -> None:
    # "hit X": no place slot, and a town under the well-known cities' size
    assert garbles_in("Shelling hit Bridge of Shughur overnight, residents said.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # read by consonant classes only (Bou Ismail, Amir Kola): no town's name, English
        "Shops near North Gate reopened on Monday after the storm.\n",
        "Farmers in Emir's Field complained about the drought.\n",
        # English words only, after "in": a town under 100,000 needs a strong slot or a
        # name's own word kept (Safashahr, "stone" + "town", is no Stone Town of Zanzibar)
        "Police in Stone Town arrested two men on Tuesday.\n",
        # one common word still needs a well-known city
        "Tourists crowded into the Old City on Saturday.\n",
    ],
)
def test_a_phrase_read_by_consonant_classes_or_of_english_words_stays_quiet(text: str) -> None:
    assert garbles_in(text) == []
