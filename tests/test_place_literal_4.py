"""Literal translations, fourth pass (issue 13, 13Lit4): a capitalised "City of" that is part of
the name MT translated, and one capitalised word after "in", "near" that translates back to the
Arabic name of a city of 100,000+ of the article's country. Sentences are the engineer's own, in
no dev set."""

from __future__ import annotations

import pytest

from tqcheck.document.model import Document
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _document(text: str) -> Document:
    return parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))


def _garbles(text: str) -> list[tuple[str, str, str]]:
    return [(g.text, g.country, g.name) for g in garbles.find_garbles(_document(text))]


def _candidate_texts(text: str) -> list[str]:
    return [c.text for c in garbles.candidates(_document(text))]


def test_a_translated_city_of_is_read_whole() -> None:
    text = "Riot police dispersed a march in the City of Jesus, Bahraini activists said.\n"
    assert _garbles(text) == [("City of Jesus", "BH", "Madinat ’Isa")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bankers in the City of London said Gulf investors were buying.\n", "London"),
        ("Residents of Gabe protested against the new road, Tunisian media said.\n", "Gabe"),
        ("Egyptian guards closed the Port of Said after the storm.\n", "Said"),
    ],
)
def test_city_of_before_a_place_or_a_name_is_still_the_slot(text: str, name: str) -> None:
    assert name in _candidate_texts(text)


def test_one_word_after_in_that_names_a_well_known_city_is_that_city() -> None:
    text = "Shipyards in the Burner were damaged by the storm, Bahraini officials said.\n"
    assert _garbles(text) == [("Burner", "BH", "Al Muharraq")]


@pytest.mark.parametrize(
    "text",
    [
        "Talks in the Palace ended without agreement, a Jordanian official said.\n",
        "Trading in the Stock Exchange was suspended after the Turkish lira fell.\n",
        "President Trump met the Moroccan king's envoy in the White House on Tuesday.\n",
        "Saudi families picnicked in the Gardens on the first day of Eid.\n",
        "Hundreds of worshippers prayed in the Mosque in Mecca on Friday.\n",
        "Algerian farmers said the harvest in the Valley was the worst in a decade.\n",
    ],
)
def test_ordinary_capitalised_words_after_in_stay_quiet(text: str) -> None:
    assert _garbles(text) == []
