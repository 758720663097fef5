"""Spellings that follow an English convention for a place's name are not garbles; the same
letters split otherwise still are (issue 13, lead). Sentences are the lead's own, in no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_the_words_of_a_name_written_as_one_are_a_convention() -> None:
    text = "Protests spread to Shahrekord, the capital of the Iranian province, on Friday.\n"
    assert [g for g in garbles_in(text) if g[0] == "Shahrekord"] == []


@pytest.mark.parametrize(
    ("text", "garble", "place"),
    [
        ("Iranian police said protests spread to Shahre Kord.\n", "Shahre Kord", "Shahr-e Kord"),
        ("Uzbek police said protests spread to Shahri Sabz.\n", "Shahri Sabz", "Shahrisabz"),
    ],
)
def test_a_name_split_elsewhere_is_still_a_garble(text: str, garble: str, place: str) -> None:
    assert (garble, "transliteration", place) in [(g[0], g[1], g[3]) for g in garbles_in(text)]
