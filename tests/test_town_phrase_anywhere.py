"""TQ306 on a name that people of a town stand in, beyond copy naming no country (issue 13,
seventeenth session): in copy naming the region's countries the phrase reads the name as a town
as it does in copy naming none ("Police in Oprah, a district of Punjab, said": the police speak,
Oprah is no person there); a name English knows as a name stands there as a word does ("Copper
miners in Capone"); and in copy naming no country, a hamlet abroad of that name keeps a single
word quiet only where something after it locates it. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import document_of
from tqcheck.config import Config
from tqcheck.rules.registry import get_rule


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


def _tq306(text: str) -> list[tuple[str, str | None]]:
    document = document_of(text + "\n")
    rule = get_rule("TQ306")()
    rule.config = Config()
    return [(document.plain[f.start : f.end], f.suggestion) for f in rule.check(document)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # copy naming a country: the phrase reads the name, the apposition is no person's
        (
            "Police in Oprah, a district of Punjab, said they had arrested a gang of thieves.",
            "Oprah",
        ),
        # a plural of an English word, in a slot of copy naming Sudan
        (
            "Sorghum prices in Giraffes doubled after fighting cut the road to Wad Madani.",
            "Giraffes",
        ),
        # a name English text knows, right after people of a town
        ("Copper miners in Capone went on strike over a cut in bonuses.", "Capone"),
        # copy naming no country: a hamlet of 3,000 in Idaho is no reading of a bare name
        ("Dairy farmers in Salmon said the price of fodder had doubled.", "Salmon"),
    ],
)
def test_a_name_people_of_a_town_stand_in_is_reported(text: str, span: str) -> None:
    assert [name for name, _ in _tq306(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        # a town abroad of 5,000 or more (Homer, Alaska)
        "Fishermen in Homer said the halibut season opened late.",
        # something after the name locates it: any place of that name keeps it quiet
        "Villagers in Stock, Essex, have raised money to save their last pub.",
        "Farmers near Ashburton in Canterbury say the flood damaged their fences.",
        # a name of several words: English names its hamlets so
        "Farmers near Red Creek said the harvest was late this year.",
        # a republic of Russia's North Caucasus, named as copy names it
        "Karabulak, in Ingushetia, held a funeral for two police officers killed on duty.",
    ],
)
def test_places_known_and_located_names_stay_quiet(text: str) -> None:
    assert _tq306(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Pillow's old city was shelled overnight, residents said.", "Pillow"),
        ("Blanket's mayor said the water would be back on Friday.", "Blanket"),
    ],
)
def test_a_word_before_what_only_a_town_has_is_reported(text: str, span: str) -> None:
    # copy naming no country: a possessive of a port, a mayor or an old city places the name
    assert [name for name, _ in _tq306(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Sarah's airport shop was closed.",  # a given name's, and a noun phrase going on
        "Microsoft's headquarters were evacuated.",  # what a company has too
        "Reading's mayor said the water would be back on Friday.",  # a town known anywhere
    ],
)
def test_possessives_of_people_firms_and_known_towns_stay_quiet(text: str) -> None:
    assert _tq306(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # people of a town before "from": where they come from is a town
        ("Farmers from Pillow brought their pomegranates to market a week early.", "Pillow"),
        # a compound whose last noun is what only a town has
        ("Pillow's university hospital said it had treated 60 people for heat stroke.", "Pillow"),
    ],
)
def test_people_from_a_name_and_a_compound_head_place_it(text: str, span: str) -> None:
    assert [name for name, _ in _tq306(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Investors from Pillow bought the firm.",  # people of a firm, not of a town
        "Pillow's airport shop was closed.",  # the noun phrase goes on past the head
    ],
)
def test_people_of_a_body_and_longer_phrases_stay_quiet(text: str) -> None:
    assert _tq306(text) == []


def test_a_name_english_text_knows_in_a_strong_slot_of_copy_naming_no_country() -> None:
    # "the streets of X" places X as a town; Tonto is a name English text knows, no place
    found = _tq306("Thousands of pilgrims filled the streets of Tonto for the festival.")
    assert [name for name, _ in found] == ["Tonto"]
    # a place known anywhere stays quiet in the same slot
    assert _tq306("Thousands of pilgrims filled the streets of Reading for the festival.") == []
