"""Look-alikes in a strong place slot that got no finding (issue 13, seventh session, 13Slot21).

Two slot-level readings, TQ306 (and TQ301 where a reading finds the town):

* "the governor of X said", "Residents of X told": the place noun before "of" is what speaks,
  X is where, so "X said" makes no person of X (unless X renders an Arabic given name: "The
  mayor of Khaled said" may be copy that lost a comma);
* "in X in Kunar": a weak slot and a first-level unit of the region named without its noun
  locate X in that unit's country (not after "from", "to", "at"; not "the X in Mecca", a
  landmark or a facility; not where a well-known city bears the unit's name).

Real towns of the region, the region's quarters and persons stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import rule_spans


def _found(text: str) -> list[str]:
    return rule_spans("TQ306", text + "\n")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The governor of Lantern said the bridge would reopen, Egyptian media said.", "Lantern"),
        (
            "Residents of Lantern told reporters the water had been cut, Iraqi officials said.",
            "Lantern",
        ),
    ],
)
def test_x_said_after_a_place_noun_and_of_makes_no_person_of_x(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani shelling hit homes in Whitlock in Kunar, killing two children.",
        "Aid convoys reached Whitlock in North Darfur after a week on the road.",
    ],
)
def test_a_unit_named_without_its_noun_locates_the_name_before_it(text: str) -> None:
    assert _found(text) == ["Whitlock"]


@pytest.mark.parametrize(
    "text",
    [
        # real towns of the region in the same slots
        "The governor of Tyre said the port would reopen on Monday, Lebanese officials said.",
        "Residents of Gyumri told reporters the water had been cut, Armenian media said.",
        "Pakistani shelling hit homes in Asmar in Kunar, killing two children.",
        # an Arabic given name after the place noun: a person may still be meant
        "The mayor of Khaled said the market would reopen, Egyptian media reported.",
        # persons: a source slot before the unit, a name after the slot's noun
        "A letter from Whitlock in Kunar reached the ministry, Afghan officials said.",
        "The town's mayor, John Whitlock, said the market in Gyumri would reopen, Armenian media "
        "said.",
        # the region's quarters
        "Residents of Mansour said the water had been cut for three days, Iraqi officials said.",
        # a quarter of a city that names its governorate; a landmark in a unit
        "Gunmen killed two men in Zamalek in Cairo, Egyptian police said.",
        "Hundreds of worshippers prayed in the Mosque in Mecca on Friday.",
    ],
)
def test_real_places_quarters_and_persons_stay_quiet(text: str) -> None:
    assert _found(text) == []
