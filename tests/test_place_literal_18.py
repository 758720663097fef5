"""Literal translations, eighteenth pass (issue 13, 13LIT18): the Arabic diminutive.

Arabic names many places with the diminutive (fu'ayl, fu'ayyil) of a common noun, and machine
translation renders it "Little X". The reader makes the diminutive of each Arabic word the
tables give X (``garbles.diminutives``), but the dictionary tables keep only the words that
name places themselves, and a diminutive is often the only form of its noun that does: غرفة
"room", جبهة "forehead", ظل "shade" name no place, so no table glossed them. The diminutive
table (``gazetteers/toponym_words_diminutive.csv``, ``benchmarks/mine_diminutive_words.py``)
reads each place-name word of diminutive shape back to the words it may diminish and gives it
their dictionary senses as "little X", read as the lexicon table is (only to a place's exact
Arabic name); "small X" reads the same rows, and "the Little X One" is the diminutive adjective
standing alone (``garbles.adjective_one``). And "My Master" / "My Lord" is one Arabic word
(سيدي, Sidi): a name of "My Master" and a kept name of two words is a name of three words, not
of four, which the reader refused as too long. An English possessive is the construct in the
other order ("Madani's Son" is "Son of Madani", ود مدني): a reading that keeps a name reads
it in the construct's order, the thing owned first. And Turkish writes its compound names solid
(Gölbaşı, Kuşadası), as MT then writes the English ("Lakehead"): a word no English word list
has is read as the two English words the Turkish table reads (``garbles.solid_compound``).
Sentences and places are the engineer's own, in
no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_the_diminutive_table_is_read_as_the_lexicon() -> None:
    assert garbles.DIMINUTIVE_TABLE in garbles.TOPONYM_WORD_TABLES
    table = garbles.read_toponym_words([garbles.DIMINUTIVE_TABLE])
    # رحمة "mercy" names no place; its diminutive رحيمة does
    assert ("رحيمه", garbles.LEXICON) in table["little mercy"]
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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Tourists crowded the cafes of My Master Bou Said, the whitewashed village above the "
            "Gulf of Tunis.\n",
            ("My Master Bou Said", "literal", "TN", "Sidi Bou Said"),
        ),
        (
            "Visitors filled the shrine at My Lord Ben Adda, near Tlemcen, in Algeria.\n",
            ("My Lord Ben Adda", "literal", "DZ", "Sidi Ben Adda"),
        ),
    ],
)
def test_my_master_and_a_two_word_name(text: str, found: tuple[str, str, str, str]) -> None:
    assert garbles_in(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "A production of My Fair Lady was staged in Cairo on Friday.\n",
        "Egyptian fans queued in Alexandria to see My Big Fat Greek Wedding.\n",
        "The singer performed My Old Man in Beirut, Lebanese media said.\n",
    ],
)
def test_my_and_english_words_stay_quiet(text: str) -> None:
    assert garbles_in(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Urdu ڈیرہ "tent" (no table's word for "tent"), "Bugti" kept: Dera Bugti
        (
            "Pakistani troops entered the town of Bugti's Tent, in Balochistan, officials said.\n",
            ("Bugti's Tent", "literal", "PK", "Dera Bugti"),
        ),
        # Urdu کوٹ "fort", "Mumin" kept: Kot Mumin
        (
            "Floods hit the town of Mumin's Castle, in Punjab, officials said.\n",
            ("Mumin's Castle", "literal", "PK", "Kot Mumin"),
        ),
    ],
)
def test_a_possessive_is_read_in_the_constructs_order(
    text: str, found: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops guarded Joseph's Tomb in Nablus overnight.\n",
        "Worshippers prayed at Rachel's Tomb near Bethlehem.\n",
        "Iraqi officials opened Saddam's Palace in Basra to tourists.\n",
        "Assad's Syria was isolated for a decade, Lebanese media said.\n",
        # a city's district, as English copy places it: no construct (``_owner_is_a_place``)
        "Residents of Cairo's Shubra district queued for bread on Sunday.\n",
    ],
)
def test_possessives_of_english_copy_stay_quiet(text: str) -> None:
    assert garbles_in(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # kuş "bird" + adası "island": Kuşadası
        (
            "Tourists crowded the beaches of Birdisland, on the Aegean coast, Turkish media "
            "said.\n",
            ("Birdisland", "literal", "TR", "Kusadasi"),
        ),
        # ak "white" + su "water": Aksu
        (
            "Turkish police in Whitewater, in Antalya province, detained 12 people.\n",
            ("Whitewater", "literal", "TR", "Aksu"),
        ),
    ],
)
def test_a_turkish_compound_written_solid(text: str, found: tuple[str, str, str, str]) -> None:
    assert garbles_in(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        # words English text uses: names of their own (a security firm, an English city)
        "Turkish guards in Blackwater uniforms patrolled the port in Izmir.\n",
        "Turkish police said the suspect had lived in Newcastle before moving to Istanbul.\n",
    ],
)
def test_english_solid_words_stay_quiet(text: str) -> None:
    assert garbles_in(text) == []


def test_solid_compound_split() -> None:
    table = {"lake": ("gol",), "head": ("bashi",), "water": ("su",), "black": ("kara",)}
    assert garbles.solid_compound("lakehead", table) == ["lake", "head"]
    assert garbles.solid_compound("blackwater", table) == ["blackwater"]  # English text's
    assert garbles.solid_compound("lake", table) == ["lake"]
