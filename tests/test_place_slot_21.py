"""Look-alikes in a strong place slot that got no finding (issue 13, seventh session, 13Slot21).

Three slot-level readings, TQ306 (and TQ301 where a reading finds the town):

* a name that a place noun's slot places ("residents of X", "the plant in X", "the old town of
  X", "X's mayor") is read as a name an apposition places: an English surname or given name
  counts as English there, where English text writes it at Zipf 2.5 or more and more often
  than French, German, Spanish, Turkish, Italian, Portuguese or Dutch text does (the region's
  quarters that GeoNames lacks are written by those presses as much: "Mansour", "Taksim");
* "the governor of X said": the governor speaks, X is no person;
* "in X in Kunar": a weak slot and a first-level unit named without its noun locate X there
  (not after "from", "to", "at"; not where a well-known city bears the unit's name).

Real towns of the region, real towns abroad, the region's quarters and persons stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import rule_spans


def _found(text: str) -> list[str]:
    return rule_spans("TQ306", text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        # a place noun's slot, in copy naming a country of the region
        "Residents of Whitlock staged a sit-in outside the fertiliser plant, Tunisian unions said.",
        "Workers at the cement plant in Whitlock went on strike over unpaid wages, Iraqi unions "
        "said.",
        # the same slot in copy naming no country at all
        "Much of the old town of Whitlock is still rubble two years after the earthquake.",
    ],
)
def test_an_english_name_in_a_place_nouns_slot_is_reported(text: str) -> None:
    assert _found(text) == ["Whitlock"]


def test_the_governor_of_x_said_makes_no_person_of_x() -> None:
    text = "The governor of Tabitha said the bridge over the Nile would reopen, Egyptian media said"
    assert _found(text) == ["Tabitha"]


def test_a_unit_named_without_its_noun_locates_the_name_before_it() -> None:
    text = "Pakistani shelling hit homes in Whitlock in Kunar, killing two children."
    assert _found(text) == ["Whitlock"]


@pytest.mark.parametrize(
    "text",
    [
        # real towns of the region in the same slots
        "Residents of Gyumri staged a sit-in outside the town hall, Armenian media said.",
        "Workers at the cement plant in Kut went on strike over unpaid wages, Iraqi unions said.",
        "The governor of Tyre said the port would reopen on Monday, Lebanese officials said.",
        "Pakistani shelling hit homes in Asmar in Kunar, killing two children.",
        # a town abroad that GeoNames records, in copy about the region
        "Residents of Binghamton welcomed 40 Syrian refugee families, Turkish media reported.",
        # the region's quarters, which the other languages' press writes as much as English
        "Residents of Mansour said the water had been cut for three days, Iraqi officials said.",
        "Residents of Taksim said the square was closed again, Turkish police said.",
        # a person: a source slot before the unit, a title and a name after the slot's noun
        "A letter from Whitlock in Kunar reached the ministry, Afghan officials said.",
        "The town's mayor, John Whitlock, said the market in Gyumri would reopen, Armenian media "
        "said.",
        # a rarer English name ("Wetherby" is a town of England, and is rare in English text)
        "Residents of Fairweather staged a sit-in outside the plant, Tunisian unions said.",
        # a quarter named after its city's governorate: read as before
        "Gunmen killed two men in Zamalek in Cairo, Egyptian police said.",
    ],
)
def test_real_places_quarters_and_persons_stay_quiet(text: str) -> None:
    assert _found(text) == []
