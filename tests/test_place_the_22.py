"""'The X' garbles after a verb of taking ground and before a bearing (issue 13, seventh
session, 13The22).

Two slot-level readings of a definite name ("the X", an English word for an Arabic name with
the article):

* "captured the X in North Darfur", "took control of the X in Anbar": a verb of taking ground
  (``slots._CAPTURE_BEFORE``) puts its object where a place stands (a weak slot), and the
  first-level unit named after it without its noun places it there, as "homes in X in Kunar"
  already did; not a name whose head is a building, a body, a site or a title ("stormed the
  Parliament", "seized the Airport", "captured the Citadel", "the Shell refinery");
* "in the X north-east of Amman": a bearing from a known place with no comma locates a definite
  name after a locating preposition as "the X, north-east of Amman," did.

TQ306 where the name is an English word no reading resolves; real places and landmarks in the
same frames stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import rule_spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The militia took control of the Lantern in North Darfur on Friday.", "Lantern"),
        (
            "Rebels captured the Pitchfork in South Kordofan after two days of fighting.",
            "Pitchfork",
        ),
        ("Government forces retook the Lantern in Helmand, Afghan officials said.", "Lantern"),
    ],
)
def test_a_verb_of_taking_ground_and_a_unit_place_the_x(text: str, name: str) -> None:
    assert rule_spans("TQ306", text) == [name]


def test_a_bearing_without_a_comma_locates_the_x() -> None:
    text = "A warehouse in the Pitchfork south-west of Baghdad burned down, Iraqi police said."
    assert rule_spans("TQ306", text) == ["Pitchfork"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels stormed the Parliament in North Darfur on Friday.",
        "The militia seized the Airport in West Kordofan on Friday.",
        "Gunmen took control of the Treasury in Anbar, Iraqi officials said.",
        "Rebels captured the Citadel in Nineveh, the Iraqi army said.",
        "Militants captured the Shell refinery in Anbar, Iraqi officials said.",
        "Fighters seized the Governor in North Darfur on Friday.",
        "Rebels captured Kutum in North Darfur on Friday.",
        "Iraqi police arrested three men in Taji north of Baghdad on Tuesday.",
        "Farmers in the Bekaa east of Beirut said the harvest was poor, Lebanese officials said.",
        "Traffic in the Green Zone west of the Tigris was halted, Iraqi police said.",
    ],
)
def test_real_places_landmarks_bodies_and_titles_stay_quiet(text: str) -> None:
    assert rule_spans("TQ306", text) == []
    assert rule_spans("TQ301", text) == []
