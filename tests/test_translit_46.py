"""Frames the slot reader lacked and readings a coincidence hid (issue 13, session 15): a wire
dateline that names no country ("X (Reuters) -", "X —") is a strong place slot for a name that is
no English word, person or real place, or for a phrase keeping such a word; "X's ruler" places a
name as "in X" does; and Arabic spellings that look like no place in Latin script no longer keep
the index's resolver from reading a name ("Hasav Yurt")."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, garbles_in, place_findings

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_a_dateline_without_a_country_is_a_place_slot() -> None:
    text = "Nassiriya (Reuters) - Farmers said the marshes had dried up for the third summer.\n"
    assert candidate_in(text, "Nassiriya").slot == "strong"
    assert ("Nassiriya", "transliteration", "IQ", "Nasiriyah") in garbles_in(text)
    assert ("TQ301", "Nassiriya") in place_findings(text)


def test_a_dateline_after_an_agency_names_the_town_filed_from() -> None:
    text = "Baqouba (Reuters) - Two mortar rounds fell near the provincial council, police said.\n"
    assert candidate_in(text, "Baqouba").slot == "strong"
    assert [g[3] for g in garbles_in(text) if g[0] == "Baqouba"] == ["Baqubah"]


def test_a_dateline_phrase_keeping_a_rare_word_is_read() -> None:
    # "Gazelle" is no everyday English word: the phrase is read as the town filed from
    text = "Father of the Gazelle — Officials said the new port would open in the spring.\n"
    assert candidate_in(text, "Father of the Gazelle").slot == "strong"
    assert ("Father of the Gazelle", "literal", "AE", "Abu Dhabi") in garbles_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mount of Olives — Officials said the port would open, Turkish media reported.\n",
            "Mount of Olives",
        ),
        (
            "Old City (AFP) - Police said two people were killed, Turkish media reported.\n",
            "Old City",
        ),
        (
            "White House (Reuters) - Iraqi officials said talks would resume next week.\n",
            "White House",
        ),
    ],
)
def test_a_dateline_phrase_of_english_words_is_no_slot(text: str, name: str) -> None:
    # English names open lines so ("Mount of Olives" read as Zeytindag, "Old City" as
    # Eskisehir in the Turkish copy of an own probe)
    assert candidate_in(text, name).slot != "strong"
    assert garbles_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a surname, a given name's or a word's line opening before a dash
        "Martin — Officials said the talks would resume next week.\n",
        "Baker (AFP) - Police said two people were killed in a blast, Iraqi officials said.\n",
        # a real place's own name
        "Medina (Reuters) - A million worshippers attended prayers, Egyptian officials said.\n",
        # an organisation opening a line
        "Gazprom (Reuters) - Shares rose after Turkish officials approved the pipeline.\n",
    ],
)
def test_a_dateline_of_a_word_a_person_or_a_real_place_stays_quiet(text: str) -> None:
    assert garbles_in(text) == []


def test_a_dateline_mid_paragraph_is_no_slot() -> None:
    # only the first words of a line are a dateline
    text = "The report said Nassiriya (Reuters) - had been quiet.\n"
    assert candidate_in(text, "Nassiriya").slot != "strong"


def test_a_possessive_ruler_places_a_translated_name() -> None:
    text = "Father of the Gazelle's ruler opened a new museum, Emirati media said.\n"
    assert candidate_in(text, "Father of the Gazelle").slot == "weak"
    assert ("Father of the Gazelle", "literal", "AE", "Abu Dhabi") in garbles_in(text)


def test_a_surname_owning_a_ruler_stays_quiet() -> None:
    assert garbles_in("Garcia's ruler opened a new museum, Emirati media said.\n") == []


def test_arabic_spellings_alone_do_not_hide_the_resolver() -> None:
    # "Hasav Yurt" is read through Arabic script as Surgut and Sortavala, which look like it in
    # no Latin spelling; the index's resolver reads Khasavyurt (Hasavjurt)
    text = "Police in Dagestan said a gunman opened fire on a patrol in Hasav Yurt on Sunday.\n"
    assert garbles_in(text) == [("Hasav Yurt", "transliteration", "RU", "Khasavyurt")]


def test_a_real_town_after_in_stays_quiet() -> None:
    text = "Police in Dagestan said a gunman opened fire on a patrol in Buinaksk on Sunday.\n"
    assert garbles_in(text) == []
