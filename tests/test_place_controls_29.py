"""Real places that read like words or garbles, where the copy fits them (issue 13, ninth
session, 13Ctl29). A sweep of places anywhere whose name is an English word or a given name,
towns of the region so named, two accepted names of one place and persons named like towns
found five general causes of findings on correct copy: a people's or state's adjective before
a noun of an age read as a town ("in Soviet times": Shovot), a US town in the state of Georgia
read in the country of Georgia ("Tucker, Georgia": Tsaghveri; TQ306 "no place of that name is
known in Georgia"), a country English copy names by its English short name unknown to the
article geography ("Gan, Ivory Coast" in copy naming a Turkish firm: Konya), and a town abroad
placed by the city it lies near, named bare after "near" ("Barnes, near London": Bani
Suwayf), and a sentence's opening preposition read as a word of the name after it where the
words after the comma look like an apposition ("In Split, the city's port": TQ306). Sentences
and places are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import place_findings
from tqcheck.gazetteer.context import country_of_word, geography_of, town_of_the_state

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        # a people's or state's adjective before a noun of an age
        "Navoiy, known as Kermine in Soviet times, lies in Uzbekistan.",
        "Urgut, called by another name in Soviet times, lies in Uzbekistan.",
        "The bazaar, built in Qajar times, is the oldest in Iran.",
        "The citadel, rebuilt in Mamluk times, overlooks Syria's fourth-largest town.",
        "The caravanserai, built in Tsarist times, still stands in Turkey's east.",
        # a US town with its state, the state named like a country of the region
        "Syrian refugees opened a restaurant in Savannah, Georgia, last year.",
        "Police in Tucker, Georgia, arrested two Iraqi men on Monday.",
        "Iraqi families in Dawson, Georgia, celebrated Eid on Friday.",
        "An Afghan family settled in Perry, Georgia, in 2022, the charity said.",
        # a country named by its English short name
        "An Egyptian firm opened a plant in Santa, Ivory Coast, on Tuesday.",
        "A Turkish company will build a plant in Gan, Ivory Coast, the company said.",
        # a town abroad placed by the city it lies near, named bare after "near"
        "An Egyptian family that fled the war settled in Barnes, near London, last year.",
        "An Iraqi family that fled the war settled in Media, near Philadelphia, last year.",
        "An Iranian family that fled the war settled in Star, near Boise, last year.",
        "A Moroccan family that fled the war settled in Bullion, near Paris, last year.",
        # a sentence's opening preposition joined to the name, an attribution after the comma
        "In Split, the city's port hosted the Libyan and Tunisian ministers.",
        "Moroccan police arrested two men. In Casablanca, the town's only mosque stayed shut.",
        "Syrians found work in Georgia's poultry plants. In Dalton, the town's mayor met them.",
        # quiet before and after: a place of each probe family where the copy fits it
        "A Syrian refugee family opened a bakery in Hope, Arkansas, last year.",
        "A Turkish firm will build a plant in Mobile, Alabama, the company said.",
        "Kurdish protesters blocked the main road in Batman, Turkey, on Sunday.",
        "Gyumri, called Leninakan in Soviet times, is Armenia's second city.",
        "Stepanakert, which Azerbaijan calls Khankendi, emptied within a week.",
        "Iraqi-born surgeon Omar Kirk said he would return to Basra next month.",
    ],
)
def test_a_real_place_where_the_copy_fits_it_stays_quiet(text: str) -> None:
    assert place_findings(text + "\n", ("TQ301", "TQ306")) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a noun a town's name takes after a garble: the garble is still read
        ("Clashes in Shovet town in Uzbekistan killed two.", "Shovet"),
        ("Farmers in Sovet villages of Uzbekistan protested.", "Sovet"),
        # a garble of a town of the country of Georgia, with the country named
        ("Police in Batumy, Georgia, arrested two men on Monday.", "Batumy"),
        # a garble near the city it lies by: no place of that name lies there
        ("Shelling hit Sirmeen, near Idlib, on Monday.", "Sirmeen"),
        ("Clashes broke out in Tel Afer, near Mosul, on Monday.", "Tel Afer"),
    ],
)
def test_garbles_beside_these_readings_are_still_read(text: str, span: str) -> None:
    assert ("TQ301", span) in place_findings(text + "\n", ("TQ301",))


def test_a_town_of_the_state_of_georgia_sets_the_united_states() -> None:
    assert town_of_the_state("Tucker", "GE")
    assert not town_of_the_state("Batumi", "GE")  # the country's own town
    assert not town_of_the_state("Tucker", "AM")  # no state shares Armenia's name
    assert "US" in geography_of("Police in Savannah, Georgia, arrested two men.")
    assert "GE" not in geography_of("Police in Savannah, Georgia, arrested two men.")
    assert "US" in geography_of("Syrian refugees in the US state of Georgia found work.")
    assert "GE" in geography_of("Police in Batumi, Georgia, arrested two men.")


def test_english_short_names_of_countries_are_country_words() -> None:
    assert country_of_word("Ivory Coast") == "CI"
    assert country_of_word("Curacao") == "CW"
    assert country_of_word("Brunei") is None  # a look-alike MT makes of Beruniy
