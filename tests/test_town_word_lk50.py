"""A town GeoNames names with an English word for a town after its own one-word name
("Attock City", "Karak City") is heard as English copy says it, without that word
(``english_town_words.txt``; issue 13, 17Lk50): "at Haddock" in copy about Pakistan is Attock.
A name whose first word is English keeps the word ("Garden City", Khartoum, is no "Garden").
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings
from tqcheck.gazetteer.look_alikes import _without_town_word


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


def test_a_town_heard_without_its_english_town_word() -> None:
    text = "Police sealed the old fort at Haddock after the protest, Pakistani officials said."
    assert suggested_findings(text) == [("TQ301", "Haddock", "Attock City")]


@pytest.mark.parametrize(
    ("name", "heard"),
    [
        ("Attock City", "Attock"),
        ("Karak City", "Karak"),
        ("Garden City", "Garden City"),  # an English first word: the name whole
        ("King Faisal Military City", "King Faisal Military City"),  # more than two words
        ("Qā’em Shahr", "Qā’em Shahr"),  # no English word for a town
    ],
)
def test_the_name_english_copy_says(name: str, heard: str) -> None:
    assert _without_town_word(name) == heard
