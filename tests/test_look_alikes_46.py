"""Look-alikes lost before any sound gate (issue 13, fifteenth session, 15Lk46).

Two general readings:

* a name GeoNames records only for a town abroad (Caracal, Romania; Saaxo, Somalia; Kirkwood,
  Missouri) is read as a look-alike of a far larger town of the article's countries all the same
  (``look_alikes.framed_beyond_a_namesake``): after "in", "near" with the town's frame, or in a
  place slot, never where a namesake abroad is half the town's size or more, a city of 100,000+
  or where the copy says the name is abroad;
* a wire dateline that names no country ("X (Reuters) -", "X — More than ...") is a place slot
  (``slots._agency_dateline``, 15Tr46's reading of the same shape, kept over this one's broader
  ``reading._bare_dateline``, which read "Madonna (Reuters) -" or "Mount of Olives —" lines
  on an own probe as towns), as "X, Iraq (Reuters) -" already was.

People, companies, real places and names abroad stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings

pytestmark = pytest.mark.usefixtures("look_alike_towns")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "word", "town"),
    [
        # a namesake abroad (Caracal, Romania, 34,000), two countries of the region named
        (
            "Kazakhstan and Kyrgyzstan agreed to open a new border post near Caracal on Saturday.",
            "Caracal",
            "Karakol",
        ),
        (
            "Traders in Caracal sell Kazakh wheat and Kyrgyz honey, the ministry said.",
            "Caracal",
            "Karakol",
        ),
        # Saaxo, Somalia (26,000), is no match for Zaxo (95,000)
        (
            "Turkish lorries queued near Saxo for a second day, officials of Iraq's Kurdistan "
            "region said.",
            "Saxo",
            "Zaxo",
        ),
        # a place slot: Kirkwood, Missouri (27,000) beside Kirkuk (1,000,000)
        (
            "Voters in the province of Kirkwood went to the polls on Saturday, Iraqi officials "
            "said.",
            "Kirkwood",
            "Kirkuk",
        ),
        # a dateline that names no country
        (
            "Mozilla (Reuters) - Iraqi engineers began rebuilding the old bridge over the Tigris "
            "on Monday.",
            "Mozilla",
            "Mosul",
        ),
        (
            "Kessler (AFP) - Sudanese troops retook the town on Monday, the army said.",
            "Kessler",
            "Kassala",
        ),
    ],
)
def test_flagged(text: str, word: str, town: str) -> None:
    assert ("TQ301", word, town) in suggested_findings(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a namesake abroad half the town's size or more (Herndon, Virginia; Hendijan, Iran)
        (
            "Police in Herndon arrested a man over the theft, Iranian and Iraqi media said.",
            "Herndon",
        ),
        # the copy says where the namesake is
        (
            "Kazakh farmers met traders in Caracal, in southern Romania, to discuss wheat "
            "exports, Kyrgyz officials said.",
            "Caracal",
        ),
        # a city of 100,000+ abroad by the name
        ("Police in Durban arrested two men, Russian and Azerbaijani media said.", "Durban"),
        # a sentence's subject, no place slot
        ("Caracal was quiet on Sunday, Kazakh and Kyrgyz officials said.", "Caracal"),
        # a person in the same slot
        (
            "Kirkwood, the party's spokesman, said Iraqi forces had withdrawn from the area.",
            "Kirkwood",
        ),
        # datelines: a person, a group, a heading, a real town
        (
            "Biden (Reuters) - Iraqi and Syrian officials met on Monday to discuss border trade.",
            "Biden",
        ),
        ("Trump — Iraqi oil exports rose in March, the oil ministry said.", "Trump"),
        (
            "Hezbollah (AFP) - Lebanese officials said the group had withdrawn its fighters.",
            "Hezbollah",
        ),
        ("ANALYSIS — Iraqi oil exports rose in March, the oil ministry said.", "ANALYSIS"),
        ("Hamadan (AFP) - Iranian police arrested two men on Monday.", "Hamadan"),
        # a wire's slug, words as common as a day's openers
        ("Exclusive — Iraqi oil exports rose in March, the oil ministry said.", "Exclusive"),
        ("Update (Reuters) - Iranian police arrested two men in Tehran on Monday.", "Update"),
        (
            "Breaking News — Syrian troops entered the town on Monday, state media said.",
            "Breaking News",
        ),
        (
            "Microsoft (Reuters) - Iraq's communications ministry signed a cloud contract on "
            "Monday.",
            "Microsoft",
        ),
    ],
)
def test_quiet(text: str, word: str) -> None:
    assert not [f for f in suggested_findings(text) if f[1] == word]
