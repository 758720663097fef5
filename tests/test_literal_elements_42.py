"""Common place-name elements the word tables lacked (issue 13, thirteenth session, 13Lit42).

Two tables of the team's own renderings of the region's common place-name elements, each
element kept only where GeoNames shows it common (``benchmarks/count_toponym_elements.py``):

* ``gazetteers/toponym_words_elements.csv``: Arabic-script elements with English words the other
  tables lacked for them ("river" for وادي, the wadi MT writes "river" in Maghreb names: "Fodda
  River" for Oued Fodda; "fort" and "stronghold" for قلعة);
* ``gazetteers/toponym_words_turkish_team.csv``: elements of Turkey's Latin names the FreeDict
  table lacked in English ("spring" pınar and göze, "fish" balık, "forty" kırk, "poplar" kavak),
  read by the Turkish reading with the dictionary's ("Spring Head" for Pınarbaşı, which it read
  as Ceylanpınar before)."""

from __future__ import annotations

import pytest

from tests.place_support import assert_read_as, garbles_in
from tqcheck.gazetteer.garble import literal, word_tables

pytestmark = pytest.mark.usefixtures("method_only")


@pytest.mark.parametrize(
    ("text", "span", "country", "name"),
    [
        (
            "Floods cut the road to Fodda River, a town in Algeria's Chlef province, officials "
            "said.",
            "Fodda River",
            "DZ",
            "Oued Fodda",
        ),
        (
            "Gendarmes in Rhiou River, in western Algeria, arrested two smugglers.",
            "Rhiou River",
            "DZ",
            "Oued Rhiou",
        ),
        (
            "Hail destroyed the apricot harvest in Spring Head, a district of Kayseri, officials "
            "said.",
            "Spring Head",
            "TR",
            "Pinarbasi",
        ),
        (
            "Turkish troops shelled the area around Fish Spring, a village in Turkey.",
            "Fish Spring",
            "TR",
            "Baliklicesme",
        ),
        (
            "Villagers in Forty Springs, a town in Turkey's Mardin province, protested.",
            "Forty Springs",
            "TR",
            "Kirkgozeler",
        ),
        (
            "Protesters gathered in Poplar Valley, a town in Turkey's Corum province.",
            "Poplar Valley",
            "TR",
            "Kavaklidere",
        ),
    ],
)
def test_a_common_element_is_read(text: str, span: str, country: str, name: str) -> None:
    assert_read_as(text, span, "literal", country, name)


@pytest.mark.parametrize(
    "text",
    [
        "The fount of all wisdom, he said, is patience.",
        "The city's central bazaar reopened after the holiday in Istanbul.",
        "A small hamlet in Turkey was cut off by snow, officials said.",
        "Visitors to the fort in Diyarbakir were turned back by police.",
        "The old fortress above Aleppo was damaged in the quake.",
        "Anglers said the river had more fish this spring than for ten years, in Turkey.",
        "The Yellow River burst its banks in China, state media said.",
    ],
)
def test_the_same_words_in_english_stay_quiet(text: str) -> None:
    assert not [g for g in garbles_in(text) if g[1] == "literal"]


def test_the_tables_are_read() -> None:
    assert word_tables.ELEMENTS_TABLE in word_tables.TOPONYM_WORD_TABLES
    table = word_tables.toponym_words()
    assert "قلعة" in {arabic for arabic, _latin in table["fort"]}
    assert "وادي" in {arabic for arabic, _latin in table["river"]}
    turkish = literal.turkish_words()
    assert "balik" in turkish["fish"]
    assert "pinar" in turkish["spring"]
    # the dictionary's own words stay: "spring" is still yay (the season, the coil) too
    assert "yay" in turkish["spring"]
