"""TQ306 on a word-like name that people of a town stand in, in copy naming no country (issue 13,
16Flag48): "Fishermen in Cider say", "Police in Kevin said". The name is reported without a
suggested place; bodies, brands, places known anywhere and nouns for people of a body stay
quiet. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import document_of, place_findings
from tqcheck.config import Config
from tqcheck.gazetteer.garble.unplaced import town_phrase, town_phrase_before
from tqcheck.rules.registry import get_rule


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


def _tq306(text: str) -> list[tuple[str, str, str | None]]:
    text += "\n"
    document = document_of(text)
    rule = get_rule("TQ306")()
    rule.config = Config()
    return [
        (document.plain[f.start : f.end], f.message, f.suggestion) for f in rule.check(document)
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Fishermen in Cider say their nets come up empty since the tanker sank.", "Cider"),
        ("Rice growers near Rashers said the late rains had saved the crop.", "Rashers"),
        ("Police in Kevin said the driver of the lorry had been arrested.", "Kevin"),
        ("Tea pickers around Blanket complained about the price set by the buyer.", "Blanket"),
    ],
)
def test_word_like_name_after_people_of_a_town_is_reported_without_a_place(
    text: str, span: str
) -> None:
    found = _tq306(text)
    assert [name for name, _, _ in found] == [span]
    _, message, suggestion = found[0]
    assert suggestion is None
    assert "stands where a place name stands" in message
    assert "no known place" in message


def test_the_message_quotes_the_phrase_that_places_the_name() -> None:
    found = _tq306("Dairy farmers in Pillow said milk prices had fallen.")
    assert [name for name, _, _ in found] == ["Pillow"]
    assert '("farmers in Pillow")' in found[0][1]
    assert "an English word" in found[0][1]
    found = _tq306("Police in Kevin said the driver of the lorry had been arrested.")
    assert "a given name" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # a place known somewhere (GeoNames), named like a word
        "Police in Reading arrested two men after a break-in.",
        "Residents in Bath complained about the traffic.",
        "Farmers in Paradise said the fire had destroyed their orchards.",
        # nouns for people of a body, a firm or a team: no town's people
        "Officials in Congress said the bill would pass.",
        "Investors in Pancake said the firm had lost money.",
        "Fans in Cider cheered the team.",
        # no word of English nor a given name: the town's own name, which GeoNames may lack
        "Police in Kirkbyshaw said the road was closed.",
        # a part of a city named by direction
        "Residents in Upper East Side complained about the noise.",
        # copy naming a country abroad: its own towns
        "Canadian police in Lantern said the road was closed.",
        # the name is a person elsewhere in the copy
        "Police in Cider said they had arrested Ben Cider, 45, on Monday.",
        # English's own names: WordNet's proper nouns and names of several words, and a
        # feature named after a city known anywhere
        "Farmers in the Midwest said the drought was the worst in years.",
        "Police in Silicon Valley said the thefts had risen.",
        "Growers in Napa Valley said the fires had destroyed their vineyards.",
    ],
)
def test_bodies_brands_known_places_and_people_stay_quiet(text: str) -> None:
    assert _tq306(text) == []


def test_the_phrase_of_people_before_a_name() -> None:
    text = "Dairy farmers in Pancake said. Officials in Pancake said."
    document = document_of(text + "\n")
    first = text.index("Pancake")
    second = text.index("Pancake", first + 1)
    assert town_phrase_before(document, first)
    assert town_phrase(document, first) == "farmers in"
    assert not town_phrase_before(document, second)  # officials: a body's people


def test_a_check_run_reports_it_as_tq306() -> None:
    assert place_findings("Fishermen in Cider say the catch has halved.\n") == [("TQ306", "Cider")]
