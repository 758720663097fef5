"""Literal readings of the fifteenth session (issue 13, 15Lit46): an English adjective in -y read
through the noun it is made of ("Dusty Hill": تل عفر "hill of dust"), "old man" as شيخ, "Twin X"
as the Arabic dual, and the diminutive of the active participle fa'il (صالح -> صويلح).
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings
from tqcheck.gazetteer.garble.literal import diminutives
from tqcheck.gazetteer.garble.word_tables import (
    DERIVED,
    _adjective_nouns,
    adjective_noun_entries,
    toponym_words,
)


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # عفر "dust", the noun of "dusty", after تل "hill"
        (
            "Shepherds in Dusty Hill, a town west of Mosul, said the wells had run dry.",
            "Dusty Hill",
            "Tall ’Afar",
        ),
        (
            "Aid convoys reached the Dusty Mound, a district of Nineveh province in Iraq, "
            "on Monday.",
            "Dusty Mound",
            "Tall ’Afar",
        ),
        # شيخ, whose first sense is "old man"
        (
            "Cotton farmers in Village of the Old Man, a city in the Nile Delta of Egypt, "
            "protested on Sunday.",
            "Village of the Old Man",
            "Kafr ash Shaykh",
        ),
        # "Twin Rivers" as the dual of نهر "river"
        (
            "Flood waters cut the road to Twin Rivers, a district of Baghlan province in "
            "Afghanistan.",
            "Twin Rivers",
            "Nahrin",
        ),
        # صالح "righteous", fa'il, diminished as fuway'il: صويلح
        (
            "Police in Little Righteous, a suburb north of Amman, Jordan, arrested two men.",
            "Little Righteous",
            "Suwaylih",
        ),
    ],
)
def test_a_placed_name_is_read_through_the_new_forms(text: str, span: str, name: str) -> None:
    assert suggested_findings(text) == [("TQ301", span, name)]


@pytest.mark.parametrize(
    "text",
    [
        # the same words as English's own names, or lower case, or outside a place slot
        "Jordanian police said the Old Man of the Mountain festival in Amman drew large crowds.",
        "The Twin Towers memorial was visited by an Iraqi delegation from Baghdad.",
        "Iraqi troops in Mosul said the dusty roads slowed their advance.",
        "Egypt's army said a Sunny Day concert in Cairo was cancelled.",
        "Jordanian officials in Amman met the Little Mermaid production team.",
    ],
)
def test_english_names_with_these_words_stay_quiet(text: str) -> None:
    assert suggested_findings(text) == []


def test_an_adjective_in_y_reads_its_noun_as_exact_names_only() -> None:
    added = adjective_noun_entries(toponym_words(), "dusty")
    assert ("عفر", DERIVED) in added
    assert all(latin == DERIVED for _, latin in added)
    assert adjective_noun_entries(toponym_words(), "army") == []


def test_an_adjective_in_y_alone_is_not_read_through_its_noun() -> None:
    # "sport" is رياضة (Riyadh by its taa dropped): one word alone is no construct
    text = "Police in Sporty, a town in Saudi Arabia, arrested two men on Monday."
    assert all(name != "Riyadh" for _, _, name in suggested_findings(text))


@pytest.mark.parametrize(
    ("word", "nouns"),
    [
        ("dusty", ["dust", "duste"]),
        ("stony", ["ston", "stone"]),
        ("muddy", ["mudd", "mudde", "mud"]),
        ("army", []),  # four letters: no adjective in -y
        ("really", []),  # an adverb in -ly
        ("policy", []),  # a noun in -cy
        ("victory", []),  # a noun in -ory
        ("valley", []),  # a vowel before the y
        ("dusty hill", []),  # a phrase
    ],
)
def test_the_nouns_of_an_adjective_in_y(word: str, nouns: list[str]) -> None:
    assert _adjective_nouns(word) == nouns


def test_the_diminutive_of_fa_il_is_fuway_il_read_as_an_exact_name() -> None:
    assert ("صويلح", DERIVED) in diminutives([("صالح", ())])
    # a word with a second long vowel is no fa'il (ساقية keeps no such form)
    assert all(form != "سويقيه" for form, _ in diminutives([("ساقية", ())]))
