"""Weekdays read by their romanisations (issue 13): the Maghreb's market towns are named after
their market day and GeoNames holds many of them in Latin letters only (Souk Lahad, Khemis el
Khechna), so the calendar table's Arabic weekdays carry the spellings those names use, read
only where the copy puts a place. Sentences are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.keys import arabic_key

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.country, g.name, g.kind) for g in garbles.find_garbles(document)]


def _pairs(english: str) -> dict[str, tuple[str, ...]]:
    return {arabic_key(a): latin for a, latin in garbles.toponym_words().get(english, [])}


def test_an_arabic_weekday_is_a_calendar_pair_with_its_romanisations() -> None:
    # FreeDict lists سبت "saturday" too, without romanisations: the calendar's row gives them
    saturday = _pairs("saturday")[arabic_key("سبت")]
    assert garbles.is_calendar(saturday)
    assert "sebt" in garbles.romanisations(saturday)
    assert "larbaa" in garbles.romanisations(_pairs("wednesday")[arabic_key("أربعاء")])
    # a Persian weekday has none: read only to a place's Arabic name
    assert _pairs("monday")[arabic_key("دوشنبه")] == garbles.CALENDAR


def test_a_market_town_is_read_from_its_weekday_in_a_place_slot() -> None:
    text = (
        "Tunisian customs officers seized smuggled fuel in the town of Sunday Market, in the "
        "south of Tunisia.\n"
    )
    assert _garbles(text) == [("Sunday Market", "TN", "Souk Lahad", "literal")]
    text = "Algerian police in the town of Thursday of Khechna said the suspect had fled.\n"
    assert _garbles(text) == [("Thursday of Khechna", "DZ", "Khemis el Khechna", "literal")]


def test_a_weekday_outside_a_place_slot_stays_a_day_or_a_market() -> None:
    text = (
        "Moroccan traders at the Saturday Market in Khouribga said prices of sheep had doubled "
        "before Eid.\n"
    )
    assert _garbles(text) == []
    text = "Algeria's army said on Wednesday it had killed two militants east of Algiers.\n"
    assert _garbles(text) == []
