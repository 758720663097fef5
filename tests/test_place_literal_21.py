"""Literal translations, twenty-first pass (issue 13, 13LIT21): compounds whose head comes last.

Persian, Urdu, Pashto and Turkic place names are compounds whose head (ābād "town", shahr
"city", pur "town", koṭ "fort", gaṛh "fort", -stān "land", gāh "place", kand "town", dasht
"plain", bāgh "garden") comes LAST and is written solid with the word it is "of": Nurabad,
Muzaffargarh, Baghestan. MT renders such a name word for word in the English order ("Light
Town", "Fortress of the Victorious", "Orchardland"), and the consonant-class reading read it
word for word, so the solid Latin name of a place the index holds without an Arabic name was
never read. ``_head_last`` reads the English head back to the heads of
``gazetteers/toponym_words_heads.csv`` and the other word through the word tables, joined
head-last, against the Latin names of the copy's countries: the name ends in the head's
romanisation, and what precedes it is the other word letter for letter or as its table's
romanisation. Sentences and places are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer.garble.base import geonames_index
from tqcheck.gazetteer.garble.literal import (
    _before_head,
    _head_last,
    compound_heads,
    reads_as,
)

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself

Options = list[list[tuple[str, str | None, tuple[str, ...]]]]


def _read(options: Options, countries: set[str]) -> set[str]:
    """The names of the places a head-last reading of ``options`` finds."""
    scored = _head_last(options, countries)
    return {place.name for place in geonames_index().places(sorted(scored)).values()}


def test_the_heads_table() -> None:
    heads = compound_heads()
    town = {arabic for arabic, _latin, _countries in heads["town"]}
    assert {"آباد", "پور"} <= town
    fort = {latin for _arabic, latins, _countries in heads["fort"] for latin in latins}
    assert {"kot", "garh"} <= fort
    land = [latins for _arabic, latins, _countries in heads["land"]]
    assert land and land[0][0] in ("estan", "istan", "eston", "iston")  # the longest first


def test_what_precedes_the_head() -> None:
    abad = ("abaad", "abad", "obod")
    assert _before_head("Nurabad", abad) == "nur"
    assert _before_head("Nūrābād", abad) == "nur"
    assert _before_head("Jalal-Abad", abad) == "jalal"
    assert _before_head("Abad", abad) is None  # the head alone
    assert _before_head("Baghdad", abad) is None
    assert _before_head("Lashkar Gah", ("gah",)) == "lashkar"
    assert _before_head("Hukumat-e Nad Ali", abad) is None


def test_letter_for_letter() -> None:
    assert reads_as("nur", "نور", 0.4)
    assert reads_as("bostan", "بستان", 0.4)
    assert not reads_as("sar", "سور", 0.4)  # "fence" is no Sardasht's sard, "cold"


def test_a_solid_name_read_head_last() -> None:
    # نور آباد "light town": Nurabad, Fars, which the index holds in Latin letters only
    light: Options = [[("light", "نور", ())], [("town", None, ("town",))]]
    assert "Nūrābād" in _read(light, {"IR"})
    # ... in either English order: "Town of Light"
    assert "Nūrābād" in _read(list(reversed(light)), {"IR"})


def test_a_head_of_another_country_is_not_read() -> None:
    # koṭ "fort" names towns of Pakistan and Afghanistan, not of Iran
    options: Options = [[("light", "نور", ())], [("fort", None, ("fort",))]]
    assert _head_last(options, {"IR"}) == {}


def test_a_one_class_word_is_no_reading() -> None:
    # شاه "king" is one class (S): some syllable of any name
    options: Options = [[("king", "شاه", ())], [("fort", None, ("fort",))]]
    assert _head_last(options, {"PK"}) == {}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Police in Light Town, in Iran's Fars province, said two men were arrested.\n",
            "Nurabad",
            "IR",
        ),
        (
            "Farmers in Grovetown, in Iran's East Azerbaijan province, lost their harvest.\n",
            "Bostanabad",
            "IR",
        ),
        ("Officials in Orchardland, Iran, said the apple harvest was good.\n", "Baghestan", "IR"),
        (
            "Police in Fortress of the Victorious, in Pakistan, arrested two men.\n",
            "Muzaffargarh",
            "PK",
        ),
    ],
)
def test_head_last_translations(text: str, name: str, country: str) -> None:
    found = [(g[2], g[3]) for g in garbles_in(text) if g[1] == "literal"]
    assert found == [(country, name)]


@pytest.mark.parametrize(
    "text",
    [
        # the real names, spelled right
        "Police in Nurabad, in Iran's Fars province, said two men were arrested.\n",
        "Farmers near Bostanabad, Iran, lost their harvest.\n",
        "Police in Muzaffargarh, in Pakistan, arrested two men.\n",
        "Police in Sheikhupura, in Pakistan's Punjab, arrested six men.\n",
        "Traders in Tashkent, Uzbekistan, said prices had risen.\n",
        # English names and words with a head, and chance readings of random words
        "Shops in the Garden City district of Karachi, Pakistan, were shut.\n",
        "Officials in Iran said a tent town had been set up for the flood victims.\n",
        "Police in Homeland, in Pakistan, said nothing.\n",
        "Police in Thorns City, in Pakistan, said two men were arrested.\n",
        "Police in Plain of the Fence, in Iran, said two men were arrested.\n",
        "Police in King's Town, Pakistan, said nothing.\n",
    ],
)
def test_names_and_english_stay_quiet(text: str) -> None:
    assert [g for g in garbles_in(text) if g[1] == "literal"] == []
