"""Look-alikes whose country is read right but no town was found (issue 13, 13Lk42b).

Three general causes, each mended where it lay:

* English sounds the frames lacked (``english_spelling_sounds.tsv``, "frame reading"): an
  initial h before a vowel may be silent, as English writes one for a name said with a glottal
  onset ("Hayden" heard "ayden"); "-ed" after a voiceless consonant is said t, no vowel
  ("Rushed" is "rusht": Rasht's frame);
* a city of 100,000+ whose frame the word has but for the name's last consonant, where the
  copy places the word in its country by an apposition ("X, Jordan's second city":
  ``look_alikes._frame_ending_apart``);
* an apposition placing the word in a province of the region that GeoNames also records as a
  town abroad ("in Babylon province": Iraq's Babil, not Babylon, New York) no longer places the
  word abroad (``vetoes.placed_abroad_with``).

Persons, real towns and everyday words in the same frames stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, place_findings
from tqcheck.gazetteer import look_alikes
from tqcheck.gazetteer.keys import fold

pytestmark = pytest.mark.usefixtures("look_alike_towns")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "word", "town"),
    [
        (
            "Flooding cut the main road in Rushed on Sunday, Iran's Red Crescent said.",
            "Rushed",
            "rasht",
        ),
        (
            "Herbie, Jordan's second city, will host the regional trade fair next spring.",
            "Herbie",
            "irbid",
        ),
    ],
)
def test_a_look_alike_of_the_copys_country_is_read(text: str, word: str, town: str) -> None:
    found = [(name, kind, fold(place)) for name, kind, _, place in garbles_in(text + "\n")]
    assert any(
        name == word and kind == "look-alike" and town in place for name, kind, place in found
    )


def test_a_province_of_the_region_recorded_abroad_places_no_word_abroad() -> None:
    # "Babylon" is also a town of New York: "in Babylon province" is Iraq's Babil all the same
    text = "Convoys of pilgrims passed through Hiller, in Babylon province, on their way south.\n"
    found = [(name, fold(place)) for name, _, _, place in garbles_in(text)]
    assert any(name == "Hiller" and "hillah" in place for name, place in found)
    assert place_findings(text.replace("Hiller", "Hillah")) == []


@pytest.mark.parametrize(
    "text",
    [
        # the towns' own names
        "Flooding cut the main road in Rasht on Sunday, Iran's Red Crescent said.",
        "Irbid, Jordan's second city, will host the regional trade fair next spring.",
        "Farmers in Hillah, in Babylon province, said the canals had run dry.",
        # persons and everyday words
        "Herbie Hancock played a concert in Amman, Jordan's capital, on Friday.",
        "Oprah Winfrey met refugees in Amman, the Jordanian government said.",
        "Harris said Iran's talks with Europe would resume in Vienna next week.",
        "The deal was rushed through parliament in Tehran, Iranian media said.",
        "Officials rushed to the scene in Tehran, Iran's state television said.",
    ],
)
def test_towns_persons_and_words_stay_quiet(text: str) -> None:
    assert place_findings(text + "\n") == []


def test_the_frames_hear_a_silent_h_and_a_t_for_ed() -> None:
    assert "aTaN" in look_alikes._word_frames("Hayden")
    assert "RaST" in look_alikes._word_frames("Rushed")
    # the written h and the -ed syllable are still read too
    assert "HaTaN" in look_alikes._word_frames("Hayden")
    assert "RaSaT" in look_alikes._word_frames("Rushed")
    # a voiced consonant before -ed keeps its d ("Bribed")
    assert "BRaBT" not in look_alikes._word_frames("Bribed")


def test_the_frame_ending_reading_takes_a_city_and_no_everyday_word() -> None:
    irbid = [
        m for m in look_alikes.town_matches("Herbie", {"JO"}, True) if "irbid" in fold(m.town.name)
    ]
    assert irbid
    assert look_alikes._frame_ending_apart(irbid[0], "Herbie")
    assert not look_alikes._frame_ending_apart(irbid[0], "Irbid")
