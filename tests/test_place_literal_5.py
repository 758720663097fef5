"""Literal translations, fifth pass (issue 13, 13Lit7): the Arabic diminutive as unvocalised
names write it and the Persian diminutive in -ak ("Little X"), an adjective made a noun with
"the ... One", and British spellings looked up in their American form (the word tables'
dictionaries are American). Sentences and places are the engineer's own, in no dev set."""

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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # fu'ayyil: حرير "silk" is written as its own diminutive (Harir)
        (
            "Kurdish police arrested two smugglers in Little Silk, north-east of Erbil, on "
            "Tuesday.\n",
            ("Little Silk", "IQ", "Harir"),
        ),
        # Persian -ak: كنار "shore" -> كنارك (Konarak); دشت "plain" -> دشتك (Dashtak)
        (
            "Fishermen in Little Shore, in Sistan and Baluchestan province, said the storm sank "
            "six boats.\n",
            ("Little Shore", "IR", "Konarak"),
        ),
        (
            "Farmers in Little Plain, in Fars province, said the drought had killed their wheat.\n",
            ("Little Plain", "IR", "Dashtak"),
        ),
    ],
)
def test_little_reads_the_diminutive_names_write(text: str, found: tuple[str, str, str]) -> None:
    assert found in _garbles(text)


def test_diminutive_forms() -> None:
    forms = [a for a, _ in garbles.diminutives([("حديد", ()), ("أحمر", ())])]
    assert "حديد" in forms  # fu'ayyil: the word's own letters
    assert "احيمر" in forms  # uf'ayyil of a colour adjective
    assert garbles.persian_diminutives([("بازار", ())])[0][0] == "بازارك"  # Persian -ak
    assert garbles.diminutives([("ابيض", ())]) == [("ابيض", ())]


def test_the_adjective_one_is_the_adjective() -> None:
    text = "Clashes in the Beautiful One, west of Tripoli, killed two fighters on Sunday.\n"
    assert _garbles(text) == [("Beautiful One", "LY", "Al Jumayl")]


def test_a_british_spelling_is_read_as_the_american() -> None:
    assert garbles.american_spelling("armoured") == "armored"
    assert garbles.american_spelling("ploughman") == "plowman"
    assert garbles.american_spelling("grey hill") == "gray hill"
    assert garbles.american_spelling("centre") == "center"
    for word in ("four", "tour", "hour", "flour", "acre", "ogre", "genre"):
        assert garbles.american_spelling(word) == word
    text = "Saudi police arrested a smuggler in the Vapour, in Qassim province, on Monday.\n"
    assert ("Vapour", "SA", "Dukhnah") in _garbles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fans in Riyadh cheered the Special One as he arrived for talks with the club.\n",
        "Shops in Little Venice, in London, reopened after the floods, a Saudi investor said.\n",
        "A Kuwaiti investor bought the Little Theatre in Beirut's Hamra Street last year.\n",
    ],
)
def test_a_nickname_or_a_real_place_stays_quiet(text: str) -> None:
    assert _garbles(text) == []


def test_copy_naming_no_country_reads_a_construct_of_a_large_city() -> None:
    text = "Bankers flew into Father of the Gazelle on Sunday for the annual conference.\n"
    assert ("Father of the Gazelle", "AE", "Abu Dhabi") in _garbles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tourists crowded into the Old City on the first day of the holiday.\n",
        "The delegation met in the White House before flying to the region.\n",
        "The festival was held in the city of Two Rivers last week.\n",
    ],
)
def test_copy_naming_no_country_keeps_english_names_quiet(text: str) -> None:
    assert _garbles(text) == []
