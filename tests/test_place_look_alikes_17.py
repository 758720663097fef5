"""Short look-alikes in copy set in one country of the region (issue 13, fifth session, 13LA17).

A word of one or two consonant classes after "in", "near", in copy that names one country of
the region, is read by ``look_alikes.located_look_alike`` only where it has a town's frame
exactly (its consonants and the places of its vowels). Round 3 measured a loosening, the frame
but for one vowel for a rare word GeoNames records nowhere (it would have read a tune row,
"in Agassi" for Aghsu in Azerbaijani copy), and dropped it: in copy naming Turkey, rare short
words and names ("in Moshe", "in Huns", "in Cull", "in Thier") became Mus, Hinis, Kulu and
Tire, 39 more of 74 such sentences. These tests keep them quiet, and keep what the located
reading and the respelling reader already find."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        "Police in Moshe detained three suspects, the Turkish interior ministry said.",
        "Turkish rescuers searched for survivors in Huns after the landslide.",
        "Police in Cull detained three suspects, the Turkish interior ministry said.",
        "Turkish rescuers searched for survivors in Thier after the landslide.",
    ],
)
def test_a_short_rare_word_is_no_town_one_vowel_apart(text: str) -> None:
    assert garbles_in(text + "\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Austrian and Turkish ministers met in Ruhla to discuss the gas pipeline.",
        "A Tunisian novelist who lived in Aix for decades died on Sunday.",
    ],
)
def test_a_town_abroad_by_its_own_name_stays_itself(text: str) -> None:
    assert garbles_in(text + "\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish rescuers searched for survivors in Samsoon after the landslide.",
            ("Samsoon", "transliteration", "TR", "Samsun"),
        ),
        (
            "Farmers near Kermanshaw said the drought ruined the wheat, Iranian officials said.",
            ("Kermanshaw", "transliteration", "IR", "Kermanshah"),
        ),
    ],
)
def test_a_respelling_in_one_country_copy_is_still_read(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in garbles_in(text + "\n")
