"""Translated names the sentence sets as towns without a locating preposition (issue 13,
eighth session, 13Lit26).

Three readings of ``unplaced.unplaced_names`` for a name no garble reading resolves, in copy
naming a country of the region, after which TQ306 weighs it as before:

* the object of a verb of moving to, from or through ground or of taking it ("fled X",
  "patrolled X", "had taken X", "returned to X"; ``_ground_object``), where the name is shaped
  as a translated place name (``_translated_name``: its head in English grammar glosses a
  generic term of the region's place names, Well, Orchard, House, Meadow; every word one the
  word tables gloss); parties, operations, bodies and known places after such verbs stay quiet;
* a name the sentence counts among towns (``_beside_a_town``): "X and other towns of ...",
  "X and nearby villages", or one end of a road, a crossing or a front "between X and Y" where
  Y is a town of the region; "talks between X and Cairo" (a capital for its government) is
  none;
* a dateline without the agency ("X, Iraq — ..."), as "X, Iraq (Reuters) -" already was.

The sentences and names are the test's own."""

from __future__ import annotations

import pytest

from tests.place_support import rule_spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hundreds of families fled Well of the Shepherds after the shelling, Syrian state "
            "media said.",
            "Well of the Shepherds",
        ),
        (
            "UN peacekeepers patrolled Orchard of Figs after the clashes, Lebanese officials said.",
            "Orchard of Figs",
        ),
    ],
)
def test_a_translated_name_after_a_verb_of_ground_is_placed(text: str, name: str) -> None:
    assert rule_spans("TQ306", text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Heavy rain flooded roads in Lantern and other towns of Jordan's Balqa governorate.",
            "Lantern",
        ),
        (
            "Traffic on the road between Pitchfork and Kirkuk resumed, Iraqi police said.",
            "Pitchfork",
        ),
    ],
)
def test_a_name_counted_among_towns_is_placed(text: str, name: str) -> None:
    assert rule_spans("TQ306", text) == [name]


def test_a_dateline_without_the_agency_places_the_name() -> None:
    text = "Lantern, Iraq \u2014 Police said on Monday that three men had been arrested."
    assert rule_spans("TQ306", text) == ["Lantern"]


@pytest.mark.parametrize(
    "text",
    [
        # parties, operations, units of a hospital, landmarks after a verb of ground
        "Several members fled Golden Dawn after the split, Lebanese media reported.",
        "Troops entered Intensive Care after the attack, Iraqi officials said.",
        "Turkish forces launched Spring Shield after the attack, Syrian Kurdish officials said.",
        "Protesters returned to Freedom Square after the speech, Egyptian media said.",
        # a real town and a person after such a verb
        "Families fled Beit Jala after the strikes, Palestinian officials said.",
        "Police took Ahmed Saleh into custody after the raid, Iraqi officials said.",
        # a capital standing for its government; real towns at both ends of a road
        "Talks between Hamas and Cairo resumed on Monday, Egyptian officials said.",
        "Traffic on the road between Tikrit and Kirkuk resumed, Iraqi police said.",
        "Floods cut roads in Irbid and nearby villages, Jordanian officials said.",
        # a real town's dateline
        "Sidon, Lebanon \u2014 Fishermen stayed ashore for a third day.",
    ],
)
def test_bodies_operations_real_towns_and_people_stay_quiet(text: str) -> None:
    assert rule_spans("TQ306", text) == []
    assert rule_spans("TQ301", text) == []
