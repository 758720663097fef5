"""Slots and candidates the reader lost (issue 13, session 16): an English "as" or "at" read as
the Arabic article merged two names or dropped the first ("south of X as Houthi fighters", "the
Tigris at X"); a verb after "the X" was read as a noun the name modifies ("the X have closed",
"the X began"), so the name lost its article; "the reservoir at X", "the bridge at X" were no
site. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, garbles_in, place_findings

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_a_name_before_an_english_as_is_read_in_its_own_slot() -> None:
    text = "Clashes resumed south of Mareb as Houthi fighters pushed towards the oil fields.\n"
    assert candidate_in(text, "Mareb").slot == "strong"
    assert ("Mareb", "transliteration", "YE", "Marib") in garbles_in(text)
    assert ("TQ301", "Mareb") in place_findings(text)


def test_the_name_after_the_english_as_stays_a_candidate_too() -> None:
    text = "Shelling resumed near Saadah as Houthi fighters regrouped.\n"
    assert candidate_in(text, "Saadah").slot == "weak"
    assert candidate_in(text, "Houthi").slot == "none"
    assert ("TQ301", "Saadah") in place_findings(text)


def test_at_before_two_consonants_is_english_not_the_arabic_article() -> None:
    # no Arabic word opens with two consonants: "at Tk..." is the English preposition
    text = "The ferry over the Tigris at Tkreet resumed service.\n"
    assert candidate_in(text, "Tkreet").slot == "weak"
    assert candidate_in(text, "Tigris").text == "Tigris"
    assert ("Tkreet", "transliteration", "IQ", "Tikrit") in garbles_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pilgrims gathered at Tell at Tin for the festival.\n", "Tell at Tin"),
        ("Traders in Ras at Tannurah said the port was busy.\n", "Ras at Tannurah"),
    ],
)
def test_the_arabic_article_before_a_vowel_keeps_the_name_whole(text: str, name: str) -> None:
    assert candidate_in(text, name).text == name


@pytest.mark.parametrize(
    ("text", "span", "country", "place"),
    [
        (
            "Shops in the Bluish One have closed early, Jordanian officials said.\n",
            "Bluish One",
            "JO",
            "Zarqa",
        ),
        (
            "Engineers at the dam near the Modern One began releasing water into the Euphrates, "
            "Iraqi officials said.\n",
            "Modern One",
            "IQ",
            "Hadithah",
        ),
    ],
)
def test_a_verb_after_the_name_leaves_it_definite(
    text: str, span: str, country: str, place: str
) -> None:
    assert candidate_in(text, span).definite
    assert (span, "literal", country, place) in garbles_in(text)
    assert ("TQ301", span) in place_findings(text)


def test_a_noun_after_the_name_still_makes_it_attributive() -> None:
    text = "Workers at the Basra refinery went on strike, Iraqi officials said.\n"
    assert not candidate_in(text, "Basra").definite


@pytest.mark.parametrize(
    "text",
    [
        "He joined Arsenal as Captain in 2019.\n",
        "The President spoke to Biden as Congress debated the bill.\n",
        "He was hailed in Europe as Churchill was in Britain.\n",
        "The match saw Liverpool at Anfield beat Chelsea.\n",
        "Smith said the Guardian would publish the story.\n",
        "The Foreign Office will review the case.\n",
    ],
)
def test_english_names_around_as_and_at_stay_quiet(text: str) -> None:
    assert garbles_in(text) == []
    assert place_findings(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The reservoir at Mosol is close to full, Iraqi officials said.\n", "Mosol"),
        ("Troops closed the bridge at Kirkouk after protests, Iraqi officials said.\n", "Kirkouk"),
    ],
)
def test_a_reservoir_or_a_bridge_at_a_name_is_a_site(text: str, name: str) -> None:
    assert candidate_in(text, name).slot == "strong"


def test_a_part_of_a_town_after_a_slot_word_is_read_as_the_town() -> None:
    text = (
        "Civil defence evacuated 300 families from low-lying parts of Al-Sieb as the cyclone "
        "approached, Omani officials said.\n"
    )
    assert candidate_in(text, "Al-Sieb").slot == "weak"
    assert ("Al-Sieb", "transliteration", "OM", "Seeb") in garbles_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Iraqi officials said parts of Smith were without power after the storm.\n", "Smith"),
        ("He spent much of March in Cairo.\n", "March"),
    ],
)
def test_a_part_of_a_name_without_a_slot_word_stays_no_slot(text: str, name: str) -> None:
    assert candidate_in(text, name).slot == "none"
