"""Literal translations, seventeenth pass (issue 13, 13LIT17): the Maghreb's places, which
GeoNames records in Latin letters only.

Most places of Morocco, Algeria, Tunisia and Libya have no Arabic name in GeoNames, so a literal
reading reaches them only by the romanisations of the tables' words or by consonant classes.
Three general causes kept such readings out: (1) the team table's Arabic words bridge only in the
countries whose GeoNames *Arabic* names use them, which leaves out the Maghreb: an Arabic word
that names places of one Arab state now names them in every one (``garbles.ARAB_STATES``; the
Arabic lexicon's words and the prophets' names only: a Persian word stays in Iran); (2) a later
table's romanisations were dropped where an earlier table listed the same pair without any
(the prophets' names: عيسى "isa", يوسف "youssef"); (3) the consonant-class reading marked a key
read with the article by a leading "L", so a name whose own first class is L (اولاد "children",
LD) was taken for one with the article and refused, and a name of several words needed four
classes even where it names a town of 20,000 or more word for word (أبو سعادة, Bou Saâda). And
two review items (13Rev14 P3, P4): copy set in Turkey reads a name in Turkey's neighbours where
neither the Arabic nor the Turkish reading finds a place, and the co-gloss reading takes the
synonyms of a word the tables know by a form of it. Sentences and places are the engineer's own,
in no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.keys import arabic_key

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_an_arabic_word_names_places_in_every_arab_state() -> None:
    # اولاد "children" is mined in a few Arab states only (the Maghreb's places have no
    # Arabic names in GeoNames): it bridges in Morocco too
    assert "MA" in (garbles.team_countries("children", arabic_key("اولاد")) or ())


def test_a_persian_word_stays_where_it_names_places() -> None:
    used = garbles.team_countries("village", arabic_key("ده")) or frozenset()
    assert "IR" in used
    assert not used & {"MA", "DZ", "EG", "IQ"}


def test_a_later_tables_romanisations_are_kept() -> None:
    entries = dict(garbles.toponym_words()["joseph"])
    assert "youssef" in entries[next(a for a in entries if arabic_key(a) == arabic_key("يوسف"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moroccan police in Children of Berhil, east of Taroudant, arrested three smugglers.",
            ("Children of Berhil", "literal", "MA", "Oulad Barhil"),
        ),
        (
            "Algerian gendarmes in Children of Moses, east of Algiers, seized fuel.",
            ("Children of Moses", "literal", "DZ", "Ouled Moussa"),
        ),
    ],
)
def test_a_maghreb_town_recorded_in_latin_letters_is_read(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text + "\n") == [expected]


def test_a_first_class_l_is_no_article() -> None:
    options = [[("children", "اولاد", ())], [("moses", "موسى", ())]]
    scored = garbles.literal_by_skeleton([tuple(options)], {"DZ"})
    places = garbles.geonames_index().places(sorted(scored))
    assert "Ouled Moussa" in {place.name for place in places.values()}


def test_three_classes_word_for_word_name_a_town() -> None:
    options = [[("father", "أبو", ("abu",))], [("happiness", "سعادة", ())]]
    scored = garbles.literal_by_skeleton([tuple(options)], {"DZ"})
    places = garbles.geonames_index().places(sorted(scored))
    assert [place.name for place in places.values()] == ["Bou Saâda"]


def test_turkish_copy_reads_a_neighbours_city_literally_too() -> None:
    assert garbles_in(
        "Turkish dock workers in Cheerful City went on strike over unpaid wages.\n"
    ) == [("Cheerful City", "literal", "IR", "Khorramabad")]


def test_the_cogloss_reading_takes_synonyms_of_words_known_by_a_form() -> None:
    # "bounds" is known by its base form "bound": the near reading passes it over
    assert "boundary" in garbles.cogloss_glosses().get("bounds", [])


@pytest.mark.parametrize(
    "text",
    [
        "Children of the Revolution, a Tunisian charity, distributed food in Kasserine.",
        "Moroccan officials visited Sidi Slimane to inspect the flood damage.",
        "Algerian workers at the Oulad Djellal plant were laid off, the union said.",
        "Jesus Christ Superstar was staged in Beirut for the first time, Lebanese media said.",
        "The Bridge was closed to traffic after the storm, Moroccan police said.",
        "The White House said it was following events in Algeria closely.",
        "Tourists crowded the Old City of Fez, in Morocco, during the festival.",
        "Moroccan police arrested a man near the Red City, Marrakech, on Monday.",
    ],
)
def test_real_places_and_english_names_stay_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []


def test_a_team_word_of_two_classes_names_no_town_by_the_article() -> None:
    # كوم "mound" (a team pair) with the article has the classes of Al Hoceïma's Latin name:
    # chance, not a reading
    text = "Moroccan fishermen in the Mound, on the Mediterranean coast, protested new quotas.\n"
    assert not [g for g in garbles_in(text) if g[1] == "literal"]
    # ... while a word of the hand table still does (حاجب "eyebrow", El Hajeb)
    text = "Moroccan police in the Eyebrow, near Meknes, arrested two men.\n"
    assert garbles_in(text) == [("Eyebrow", "literal", "MA", "El Hajeb")]
