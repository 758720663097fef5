"""Look-alikes that no reading reached (issue 13, thirteenth session, 13Lk42).

Two general readings of the look-alike reader (``look_alikes``):

* a word that says a city's whole name and one consonant more or less at its end
  (``look_alikes._ending_apart``: "Carbolic" for Karbala, "Bingo" for Bingöl, "McCallum" for
  Mukalla), for a city of 100,000 or more, a word that is no everyday English word: in a strong
  slot where no other reading found a town, or after "in", "from", "hit" spelled closer;
* two English words said as one (``look_alikes.split_look_alike``) also after "from", "to",
  "at" for a city of 100,000 or more ("from Ad Lib": Idlib), and in a place slot but for one
  consonant ("Earl Bill airport": Erbil).

Real towns, persons, companies and everyday words in the same frames stay quiet."""

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
            "Pilgrims from Basra walked to Carbolic on foot for the Arbaeen, Iraqi officials said.",
            "Carbolic",
            "karbala",
        ),
        (
            "A strong earthquake hit Bingo overnight, Turkey's disaster agency said.",
            "Bingo",
            "bingol",
        ),
        ("Gunmen stormed McCallum's port at dawn, Yemeni officials said.", "McCallum", "mukalla"),
        (
            "Supplies were flown to Earl Bill airport on Tuesday, the Iraqi government said.",
            "Earl Bill",
            "erbil",
        ),
        (
            "Activists said detainees were moved to Car Check, a women's prison near Tehran.",
            "Car Check",
            "qarchak",
        ),
        (
            "Rebels advanced from Ad Lib towards Hama overnight, Syrian state media said.",
            "Ad Lib",
            "idlib",
        ),
        (
            "Firefighters at the refinery in Sun Gate worked through the night, Azerbaijan's "
            "emergencies ministry said.",
            "Sun Gate",
            "sumgayit",
        ),
    ],
)
def test_a_look_alike_no_reading_reached_is_read(text: str, word: str, town: str) -> None:
    found = [(name, kind, fold(place)) for name, kind, _, place in garbles_in(text + "\n")]
    assert (word, "look-alike", town) in found


@pytest.mark.parametrize(
    "text",
    [
        # the towns' own names
        "Pilgrims walked to Karbala on foot for the Arbaeen, Iraqi officials said.",
        "A strong earthquake hit Bingol overnight, Turkey's disaster agency said.",
        # persons, companies, a hall: not in a place slot, or named as persons
        "Yemeni officials met Ian McCallum, the UN envoy, in Aden on Monday.",
        "Scott McCallum's report on the port was published on Monday, Yemeni officials said.",
        "The Yemeni delegation met representatives from McCallum and Partners in Aden.",
        "Turkish police raided a Bingo hall in Istanbul on Monday.",
        "Turkish investors bought shares in Carbolic Soap, the company said.",
        "A letter from Earl Grey, the British envoy, reached Baghdad, Iraqi officials said.",
        # an everyday word opening a sentence; a place abroad by its own name
        "Control of the crossing passed to the army, Iraqi officials said.",
        "The Iraqi delegation arrived from New York on Monday, the foreign ministry said.",
        "The Syrian minister returned from Sun Valley on Friday, state media said.",
    ],
)
def test_towns_persons_and_companies_stay_quiet(text: str) -> None:
    assert place_findings(text + "\n") == []


def test_the_ending_reading_takes_a_city_and_no_everyday_word() -> None:
    best = look_alikes.town_matches("Carbolic", {"IQ"}, False)[0]
    assert fold(best.town.name) == "karbala"
    assert look_alikes._ending_apart(best, "Carbolic", look_alikes.MIN_WEAK_ENDING_LATIN)
    # the same skeleton a consonant off, but an everyday word: read by its own sounds only
    control = [
        match
        for match in look_alikes.town_matches("Control", {"MA"}, True)
        if fold(match.town.name) == "kenitra"
    ]
    assert control
    assert not look_alikes._ending_apart(control[0], "Control", look_alikes.MIN_STRONG_ENDING_LATIN)
