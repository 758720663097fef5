"""A name opening its sentence, an apposition set off by commas, then what happens to a person
("Kessler, in the hills north of Mosul, was wounded"): a person, not a place slot, whatever the
apposition says of the land; what happens to a place still makes one (issue 13, lead, after
13Rev12 found surnames read as towns). Sentences are the lead's own, in no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import rule_spans

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        "Kessler, in the hills north of Mosul, was wounded by a roadside bomb, police said.",
        "Gordon, in the hills north of Mosul, was wounded by a roadside bomb, police said.",
        "Baxter, in the hills north of Mosul, was reportedly wounded by a roadside bomb.",
        "Kassem, on the road from Tyre to Sidon, was stopped by Lebanese troops.",
        "Harris, near the Syrian border, was arrested by Turkish police on Monday.",
        "Carter, in the north of Iraq, has been held since March, the embassy said.",
        "Jensen, outside Kabul, was released after three weeks, the ministry said.",
        "Omar, in southern Lebanon, died in hospital, his family said.",
    ],
)
def test_what_happens_to_a_person_keeps_a_name_out(text: str) -> None:
    assert rule_spans("TQ301", text) == [] and rule_spans("TQ306", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a place is hit, a town holds an election or buries its dead: still read as a place
        "Homes, on the road from Damascus to Aleppo, was hit by shelling overnight.",
        "Homes, on the road from Damascus to Aleppo, held a funeral for the dead on Friday.",
    ],
)
def test_what_happens_to_a_place_still_places_it(text: str) -> None:
    assert rule_spans("TQ301", text) == ["Homes"]
