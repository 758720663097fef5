"""Literal translations, eighteenth pass (issue 13, 13LIT18): the Arabic diminutive.

Arabic names many places with the diminutive (fu'ayl, fu'ayyil) of a common noun, and machine
translation renders it "Little X". The reader makes the diminutive of each Arabic word the
tables give X (``garbles._diminutives``), but the dictionary tables keep only the words that
name places themselves, and a diminutive is often the only form of its noun that does: غرفة
"room", جبهة "forehead", ظل "shade" name no place, so no table glossed them. The diminutive
table (``gazetteers/toponym_words_diminutive.csv``, ``benchmarks/mine_diminutive_words.py``)
reads each place-name word of diminutive shape back to the words it may diminish and gives it
their dictionary senses as "little X", read as the lexicon table is (only to a place's exact
Arabic name); "small X" reads the same rows, and "the Little X One" is the diminutive adjective
standing alone (``garbles._adjective_one``). Sentences and places are the engineer's own, in no
dev set."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_the_diminutive_table_is_read_as_the_lexicon() -> None:
    assert garbles.DIMINUTIVE_TABLE in garbles.TOPONYM_WORD_TABLES
    table = garbles.read_toponym_words([garbles.DIMINUTIVE_TABLE])
    # رحمة "mercy" names no place; its diminutive رحيمة does
    assert ("رحيمه", garbles._LEXICON) in table["little mercy"]
    assert all(english.startswith("little ") for english in table)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # رحيمة, the diminutive of رحمة "mercy"
        (
            "Oil workers in Little Mercy, on Saudi Arabia's Gulf coast, were evacuated after a "
            "fire.\n",
            ("Little Mercy", "literal", "SA", "Ras Tanura"),
        ),
        # الدويم, the diminutive of دوامة "eddy" (a hollow root)
        (
            "Villagers in Little Eddy, on the White Nile in Sudan, said the river had burst its "
            "banks.\n",
            ("Little Eddy", "literal", "SD", "Ad Douiem"),
        ),
        # "the Little X One": the diminutive adjective standing alone
        (
            "Villagers in the Little Eddy One, on the White Nile in Sudan, said the river had "
            "burst its banks.\n",
            ("Little Eddy One", "literal", "SD", "Ad Douiem"),
        ),
    ],
)
def test_little_x_reads_the_diminutive(text: str, found: tuple[str, str, str, str]) -> None:
    assert garbles_in(text) == [found]


def test_small_x_reads_the_same_rows() -> None:
    text = "Saudi police in Small Mercy, on the Gulf coast, arrested two men.\n"
    assert garbles_in(text) == [("Small Mercy", "literal", "SA", "Ras Tanura")]


@pytest.mark.parametrize(
    "text",
    [
        # English places and titles stay quiet
        "The senator from Little Rock, Arkansas, said he would visit Cairo next month.\n",
        "Jordanian police said a gang stole cars in Little Rock and in Amman.\n",
        "A screening of Little Women opened the Cairo film festival on Tuesday.\n",
        "The Little Rock One was where Bill Clinton grew up, Egyptian media said.\n",
        # a diminutive of a noun but no place in the copy's country (Little Eddy is Sudan's)
        "Saudi police in Little Eddy arrested two men.\n",
    ],
)
def test_no_diminutive_reading(text: str) -> None:
    assert [g for g in garbles_in(text) if g[1] == "literal"] == []
