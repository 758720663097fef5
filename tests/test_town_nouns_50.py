"""TQ306's town phrase read from a lexicon mined from WordNet (``town_nouns.txt``, issue 13,
17Loc50): people by occupation or residence ("guides", "producers", "makers", "families"), the
establishments a town has ("hotels", "court") and conditions in one ("pollution") before "in"
place a word-like name as a town's in copy naming no country; the people of a body, a firm, a
team or a cause do not ("employees", "shareholders", "supporters"), nor shops, which stand in
stores and streets as readily ("shops in Harrods"), nor these nouns before "near". Sentences
of our own."""

from __future__ import annotations

import pytest

from tests.place_support import document_of
from tqcheck.config import Config
from tqcheck.gazetteer.garble.unplaced import town_phrase
from tqcheck.lexicon import word_list
from tqcheck.rules.registry import get_rule


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


def _tq306(text: str) -> list[str]:
    text += "\n"
    document = document_of(text)
    rule = get_rule("TQ306")()
    rule.config = Config()
    return [document.plain[f.start : f.end] for f in rule.check(document)]


@pytest.mark.parametrize(
    ("text", "span", "phrase"),
    [
        ("Tour guides in Pillow said bookings had halved since the spring.", "Pillow", "guides in"),
        ("Oil producers in Blanket said the harvest would be poor.", "Blanket", "producers in"),
        ("Carpet makers in Pancake said exports had fallen.", "Pancake", "makers in"),
        ("Families in Rashers buried their dead on Friday.", "Rashers", "Families in"),
        ("Hotels in Cider were fully booked for the festival.", "Cider", "Hotels in"),
        ("A court in Kevin sentenced three men to prison.", "Kevin", "court in"),
        ("Air pollution in Lantern forced schools to close.", "Lantern", "pollution in"),
    ],
)
def test_a_word_like_name_after_a_noun_of_the_lexicon_is_reported(
    text: str, span: str, phrase: str
) -> None:
    assert _tq306(text) == [span]
    document = document_of(text + "\n")
    assert town_phrase(document, text.index(span)) == phrase


@pytest.mark.parametrize(
    "text",
    [
        # people of a body, a firm, a team or a cause
        "Employees in Pillow said the firm had cut their pay.",
        "Shareholders in Blanket voted against the merger.",
        "Supporters in Cider cheered the result.",
        "Executives in Pancake said profits had risen.",
        "You see there are professionals in Maccabi, Blatt and Ketch.",
        # shops stand in stores and streets as readily as in towns
        "Shops in Harrods sold out of the toy.",
        # the lexicon's nouns before "near" (a landmark as readily as a town)
        "Hotels near Disney World were fully booked.",
        "Tour guides near Lantern said bookings had halved.",
    ],
)
def test_people_of_a_body_shops_and_near_stay_quiet(text: str) -> None:
    assert _tq306(text) == []


def test_the_lexicon_holds_people_of_a_town_and_not_of_a_body() -> None:
    nouns = word_list("town_nouns")
    for noun in ("guides", "producers", "makers", "families", "hotels", "court", "pollution"):
        assert noun in nouns
    for noun in (
        "officials",
        "investors",
        "fans",
        "members",
        "shareholders",
        "supporters",
        "analysts",
        "lawmakers",
        "executives",
        "staff",
        "employees",
        "soldiers",
        "professionals",  # a field's people: "professionals in Maccabi", a sports club
        "shops",
        "cookies",  # a camp's cook in WordNet, but its first sense is not attested
    ):
        assert noun not in nouns


def test_the_lexicon_records_its_source_and_licence() -> None:
    from importlib import resources

    text = resources.files("tqcheck.data").joinpath("town_nouns.txt").read_text("utf-8")
    assert "benchmarks/mine_town_nouns.py" in text
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in text
