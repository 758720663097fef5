"""TQ306 on one word (or two said as one) that only "in", "near", "around" or "outside"
places, in copy naming no country, where the word sounds like a town of the region (issue 13,
twentieth session, 20La56): the sound is the evidence the slot alone does not give. Reported
without a suggested place; a place of 5,000 or more anywhere, a word that sounds like no town
of the region and copy set abroad stay quiet. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import document_of
from tqcheck.config import Config
from tqcheck.gazetteer.context import geography_of
from tqcheck.gazetteer.look_alikes import heard_in_the_region
from tqcheck.rules.registry import get_rule


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


def _tq306(text: str) -> list[tuple[str, str | None]]:
    text += "\n"
    document = document_of(text)
    rule = get_rule("TQ306")()
    rule.config = Config()
    return [(document.plain[f.start : f.end], f.suggestion) for f in rule.check(document)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bread queues in Bursar grew longer as flour ran out.", "Bursar"),
        ("Bread queues in Cuffer grew longer as flour ran out.", "Cuffer"),
        ("Water shortages in Tabbies worsened after the pumps failed.", "Tabbies"),
    ],
)
def test_a_word_heard_as_a_town_after_in_is_reported_without_a_place(text: str, span: str) -> None:
    assert _tq306(text) == [(span, None)]


@pytest.mark.parametrize(
    "text",
    [
        # sounds like no town of the region
        "The bill was debated in Parliament on Tuesday.",
        "Shares in Camden rose after the results.",
        # a town of 5,000 or more abroad by that name
        "Wine growers near Masterton reported a small vintage.",
        # copy set abroad
        "Bread queues in Bursar grew longer, Canadian officials said.",
        # the name opens the sentence: no slot
        "Bursar grew longer queues for bread.",
        # people before "in" stand in a firm, a body or a field as readily
        "Fans in Cuffer cheered the team.",
        # everyday English, and English's own names
        "She holds a doctorate in Biology from a small college.",
        "Tourists photographed orangutans in Borneo.",
    ],
)
def test_quiet_without_the_sound_or_where_the_copy_is_set_abroad(text: str) -> None:
    assert _tq306(text) == []


def test_heard_in_the_region_asks_for_a_close_spelling() -> None:
    assert heard_in_the_region("Bursar")  # Bursa, Basra
    assert not heard_in_the_region("Camden")  # Hamadan's consonants, spelled too far
    assert not heard_in_the_region("Exile")
    assert not heard_in_the_region("Ab")


def test_a_dateline_in_capitals_names_its_place() -> None:
    assert geography_of("TEHRAN - Dust storms closed offices for a second day.").codes() == {"IR"}
    assert "YE" in geography_of("SANAA, Jan 9 (AP) - Air strikes hit the port.").codes()
    # acronyms of three letters or fewer stay the acronyms they are
    assert geography_of("US - Stocks fell on Monday.").codes() == {"US"}


def test_person_nouns_record_their_source() -> None:
    from importlib import resources

    from tqcheck.lexicon import word_list

    text = resources.files("tqcheck.data").joinpath("person_nouns.txt").read_text("utf-8")
    assert "benchmarks/mine_person_nouns.py" in text
    nouns = word_list("person_nouns")
    assert {"drivers", "historians", "fans"} <= nouns
    assert not {"prayers", "output", "hills", "harvest"} & nouns
