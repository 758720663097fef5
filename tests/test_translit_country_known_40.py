"""Transliteration garbles in copy whose one country is known (issue 13, twelfth session,
13Tr40).

A name whose consonant skeleton is one or two classes long once its h's are read weak
("Hudeideh": D) gives the skeleton and transliteration keys nothing to find, and a name outside
any place slot was kept only where Jaro-Winkler found it as close as 0.93 to the town's name,
which counts every vowel written otherwise ("Izmeer" for Izmir). Where the copy is set in one
country of the region, the name is now compared directly with that country's towns of 10,000
or more by the learned edit costs (``sound._country_town_match``: vowels, y/i, a dropped h
cost little), kept where it is close (0.90) and no other town comes near (a margin of 0.05):
in a place slot where no key reads it, and outside a slot as the evidence of the Latin
spelling. Correct spellings, villages and people's names stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, place_findings


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Yemeni officials said two ships unloaded wheat at the port of Hudeideh on Sunday.",
            "Hudeideh",
            "Hodeidah",
        ),
        (
            "Tunisian officials said tourists crowded the date groves of Touzar this winter.",
            "Touzar",
            "Tozeur",
        ),
        (
            "Turkish officials said the ferries across the gulf of Izmeer stopped for a day.",
            "Izmeer",
            "Izmir",
        ),
    ],
)
def test_a_name_closest_to_one_town_of_the_copys_country_is_read_as_it(
    text: str, name: str, town: str
) -> None:
    assert [(g[0], g[3]) for g in garbles_in(text + "\n")] == [(name, town)]


@pytest.mark.parametrize(
    "text",
    [
        # the towns' own spellings
        "Yemen's coast guard said fishermen were missing off the port of Hodeidah.",
        "Tunisian officials said tourists crowded the date groves of Tozeur this winter.",
        # copy that names no country: no town to compare the name with
        "The ferries across the gulf of Izmeer stopped for a day after a strike.",
        # people's names and a village's own name
        "Yemeni officials said Mr Hudaybi met tribal leaders in Marib on Sunday.",
        "Tunisian officials said the mayor, Tahar Touzani, opened the market on Sunday.",
        "Iraqi police said gunmen attacked a checkpoint in the village of Albu Hayazi.",
        "Turkish police said Mehmet Ozdemir was detained in the town of Nizip.",
        # a given name outside a slot, close only to another spelling GeoNames records of a
        # town (Nasira, of Nazareth), not to its own name
        "Israeli media said he is the eldest son of his parents Ahmad and Nassira, a family of"
        " farmers.",
        # one word of a town's longer name, its words joined by Hebrew hyphens
        "Israeli statistics showed it is followed by Kiryat Motzkin, Modiin\u05beMaccabim"
        "\u05beReut, Kfar Saba and Afula.",
    ],
)
def test_own_spellings_people_and_copy_without_a_country_stay_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []


def test_a_short_name_is_not_compared_with_the_countrys_towns() -> None:
    # four letters are a few edits from many towns: "Hajj" is no Al Wajh
    text = "Pilgrims gathered in Mecca for the start of the Hajj, Saudi authorities said.\n"
    assert garbles_in(text) == []
    assert ("TQ301", "Hajj") not in place_findings(text)


def test_three_words_that_respell_a_three_word_town_are_read_as_it() -> None:
    text = "Pakistani police said gunmen raided a market in Deira Ismaeel Khan at dawn.\n"
    assert [(g[0], g[3]) for g in garbles_in(text)] == [("Deira Ismaeel Khan", "Dera Ismail Khan")]
    quiet = "Pakistani police said Ali Amin Gandapur visited the city of Dera Ismail Khan.\n"
    assert garbles_in(quiet) == []
