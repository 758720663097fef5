"""Precision, ninth session (issue 13): English names shaped like a place name of the region
translated word for word ("A of B": House, Garden, Valley, Tower...), in copy naming the
region's countries. TQ306 reads "in X", "near X" and the object of a verb of ground as a town
there; a name English knows as its own is none: a name or fixed expression of English holding
"of" (WordNet's nouns), a name whose words after "of" are proper nouns of English that no word
table glosses an Arabic word with, or "House of" a name rendering an Arabic given name (a
dynasty). MT's translations of the region's names are still reported."""

from __future__ import annotations

import pytest

from tests.place_support import place_findings
from tqcheck.rules.place.tq306_english_word_as_place import _english_fixed_name

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        # a name of English holding "of" (WordNet)
        "Kuwaiti MPs met near House of Commons on Monday, officials in Kuwait City said.",
        "Iraqi militiamen fled Garden of Eden after shelling near Basra, officials said.",
        "Jordanian lawmakers met in House of Lords on Tuesday, officials in Amman said.",
        # proper nouns of English after "of", glossing no Arabic word
        "Emirati buyers bought property near Gardens of Versailles, officials in Abu Dhabi said.",
        # "House of" a family's name
        "Disputes within House of Saud deepened after the summit, Saudi media said.",
        "Rivalries inside House of Assad have grown since the war, Syrian exiles said.",
    ],
)
def test_english_names_of_that_shape_stay_quiet(text: str) -> None:
    assert place_findings(text + "\n", ("TQ306",)) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # word-for-word translations of region names: glosses after "of"
        (
            "Villagers fled Meadow of Swords after the raid, Lebanese officials said.",
            "Meadow of Swords",
        ),
        (
            "Shelling killed three people in House of Thunder on Sunday, Syrian media said.",
            "House of Thunder",
        ),
        (
            "Aid trucks reached Well of Ravens on Monday, Jordanian officials said.",
            "Well of Ravens",
        ),
    ],
)
def test_translated_names_are_still_reported(text: str, span: str) -> None:
    assert ("TQ306", span) in place_findings(text + "\n", ("TQ306",))


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("House of Commons", True),
        ("house of cards", True),
        ("Tower of London", True),
        ("House of Windsor", True),
        ("House of Saud", True),
        # a gloss after "of" (Jesus glosses Issa, Moses Musa): MT's translation may write it
        ("Spring of Jesus", False),
        ("Valley of Moses", False),
        # "the" after "of", or words no list holds
        ("Valley of the Secret", False),
        ("House of Amusement", False),
        ("Market of Swords", False),
        # a dynasty's noun only: "Well of" a given name is a well or a town
        ("Well of Saud", False),
        # no "of"
        ("Covent Garden", False),
    ],
)
def test_english_fixed_name(name: str, english: bool) -> None:
    assert _english_fixed_name(name) is english
