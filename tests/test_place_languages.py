"""A language's name is no place (issue 13): "issued in Farsi" says how, not where, whatever
town the word sounds like; a language's name that an apposition places stays a place reading."""

from __future__ import annotations

import pytest

from tests.place_support import place_findings
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        "The ministry's statement, issued in Farsi, was read out on Iranian state television.\n",
        "Subtitles in Sorani were added for viewers in Iraq's Kurdistan region.\n",
        "The imam, preaching in Kurmanji, urged calm across Turkey's south-east.\n",
        "Leaflets in Pashto and Dari were dropped over Kandahar, the Afghan army said.\n",
        "Signs in Tamazight went up on public buildings across Morocco this year.\n",
    ],
)
def test_a_language_after_in_is_no_place(text: str) -> None:
    assert place_findings(text) == []


def test_language_names_come_from_iso_and_the_regional_table() -> None:
    assert garbles.is_language_name("Arabic")  # ISO 639-1
    assert garbles.is_language_name("Farsi")  # language_names.txt
    assert garbles.is_language_name("sorani")
    assert not garbles.is_language_name("Kerman")
    assert not garbles.is_language_name("Farsi Dari")  # one word only


def test_a_garble_spelled_like_a_language_but_placed_is_still_read() -> None:
    text = "Two blasts killed dozens of mourners at a ceremony in German, in southeastern Iran.\n"
    assert ("TQ301", "German") in place_findings(text)


def test_the_table_has_a_code_for_every_name() -> None:
    from tqcheck.lexicon import word_list

    rows = [line.split("\t") for line in word_list("language_names")]
    assert rows and all(len(row) == 2 and len(row[1]) == 3 for row in rows)
