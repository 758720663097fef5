"""Look-alikes of towns of the named country heard with one sound confused (issue 13): a
word's last nasal or liquid for another (n/r, l/r as well as m/n, n/l), or a word spelled
"sh" or "ch" first said with the other hushing sound, has a town's frame where the copy puts a
place; a person, a real place and a word spelled otherwise stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer.look_alikes import _hushing_swaps, _sonorant_swaps, _word_frames

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ch" said "sh": Shahkot (Pakistan), Settat (Morocco)
        (
            "Pakistani police said a bus overturned near Checkout, killing nine.",
            ("Checkout", "PK", "Shahkot"),
        ),
        ("Moroccan police in Chatted arrested a suspect.", ("Chatted", "MA", "Settat")),
        # the last n said r: Dhamar (160,000), not the hamlet Ad Dimnah
        (
            "A Yemeni official said fighters entered Damon, south of Sanaa, on Monday.",
            ("Damon", "YE", "Dhamar"),
        ),
    ],
)
def test_a_word_with_one_sound_confused_is_the_town(
    text: str, expected: tuple[str, str, str]
) -> None:
    word, country, name = expected
    assert garbles_in(text + "\n") == [(word, "look-alike", country, name)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Charles Shankar said Turkey would reply.",  # a person's name
        "Pakistani officials met Sharma Checker in Lahore.",  # a given name and surname
        "Pakistani police said floods cut the road in Chitral.",  # a real place
    ],
)
def test_people_and_real_places_stay_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []


def test_the_hushing_swap_is_for_words_spelled_sh_or_ch_only() -> None:
    assert "JaMaN" in _hushing_swaps("Shaman", _word_frames("Shaman"))
    assert _hushing_swaps("Salmon", _word_frames("Salmon")) == frozenset()


def test_the_last_nasal_or_liquid_may_be_any_neighbour() -> None:
    assert "TaJaRa" in _sonorant_swaps(frozenset({"TaJaNa"}))
    assert "KaRaN" in _sonorant_swaps(frozenset({"KaRaL"}))
    assert "BaRaK" not in _sonorant_swaps(frozenset({"BaRaT"}))  # a stop is no sonorant
