"""Look-alikes of the region's well-known cities where the copy names no country (issue 13):
an English word or a name in a place slot with the frame of one city of 200,000 or more, spelled
close to it, is that city said aloud; a word a smaller city or two cities share, a sentence's
opening, a word outside a slot and a town of its own stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.look_alikes import well_known_frame

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a locative preposition
        ("Lawyers marched through Molten on Thursday.", ("Molten", "PK", "Multan")),
        ("Shops in Fees stayed shut on Sunday, traders said.", ("Fees", "MA", "Fez")),
        # a place slot
        ("The old quarter of Dubey was flooded overnight.", ("Dubey", "AE", "Dubai")),
        ("Residents of Mossel said the bridge had reopened.", ("Mossel", "IQ", "Mosul")),
        # a sentence's opening an apposition locates
        ("Jetta, capital of the province, was flooded.", ("Jetta", "SA", "Jeddah")),
    ],
)
def test_a_word_with_one_well_known_citys_sounds_is_that_city(
    text: str, expected: tuple[str, str, str]
) -> None:
    word, country, name = expected
    assert garbles_in(text + "\n") == [(word, "look-alike", country, name)]


@pytest.mark.parametrize(
    "text",
    [
        "Mossel was shelled overnight.",  # a sentence's opening, not located
        "Demand for Molten steel fell again.",  # no place slot
        "The talks in Bedouin lasted all night.",  # Badin has 117,000 people: too small
        "Clashes broke out in Shabba overnight.",  # the frame of both Sabya and Sabha
        "Police found the letter in Holmes's desk.",  # owns the noun after it: a person's
        "Soldiers searched homes in the village of Mossel.",  # a village is no city of Mosul's size
        "Flooding closed the roads in Eden overnight.",  # a town of its own
    ],
)
def test_other_words_stay_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []


def test_the_frame_is_heard_by_english_spelling_rules() -> None:
    # "Holmes" said aloud ("homes", its l silent) has the frame of Homs
    region = set(garbles.ARABIC_SCRIPT_REGION)
    names = [match.town.name for match in well_known_frame("Holmes", region, 200_000)]
    assert "Homs" in names
    assert well_known_frame("Holmes Chapel", region, 200_000) == []
