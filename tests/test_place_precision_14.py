"""False flags on professional wire copy, a second probe (issue 13): shapes of correct copy the
place readers took for garbles, each beside a garble of the same shape that must still be
flagged. A facility's name read by spelling as a hamlet ("the Karni crossing", "the Fordow
enrichment site") is the site's own name; a final h that GeoNames' recorded spelling of a town
lacks ("Hodeidah", Hodeida) is a convention, not an English word; a named line ("the Green
Line") is a landmark, not a town; a stay in a named place in a role ("in Tunis as an observer")
makes the name before it a person; a province's English name ("East Azerbaijan") is no garble
of the name GeoNames records for it ("East Azarbaijan")."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, rule_spans
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        "The Kapikule crossing between Turkey and Bulgaria was jammed on Friday.",
        "Inspectors returned to the Fordow enrichment site in central Iran this week.",
        "The Masnaa crossing between Lebanon and Syria was hit by an air strike.",
        "The Nasib crossing between Syria and Jordan reopened to trucks.",
        "The Karni crossing was shut in 2011, Palestinian officials said.",
    ],
)
def test_a_facility_named_after_a_hamlet_is_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's name garbled before a facility's head: read as the town (10,000+)
        (
            "Aid trucks crossed into Syria at the Nusaibin crossing on Monday, officials said.",
            ("Nusaibin", "transliteration", "TR", "Nusaybin"),
        ),
        # the same hamlet readings where no facility's head follows
        (
            "Shelling hit Karni, east of Gaza City, on Monday.",
            ("Karni", "transliteration", "PS", "Al ’Aqrabaniyah"),
        ),
        (
            "Shelling hit the village of Masnaa, west of Damascus, on Monday.",
            ("Masnaa", "transliteration", "SY", "Muh Hasan"),
        ),
    ],
)
def test_a_garbled_town_before_a_facility_is_still_flagged(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text + "\n") == [expected]


def test_a_final_h_a_recorded_spelling_lacks_is_no_english_word() -> None:
    assert rule_spans("TQ306", "Hodeidah, the Red Sea port, handled most fuel imports.") == []
    assert garbles.recorded_but_final_h("Hodeidah", {"YE"})
    assert not garbles.recorded_but_final_h("Hodeidah", {"IQ"})  # no such town in Iraq
    assert not garbles.recorded_but_final_h("Heath", {"IQ"})  # "Heat" is no town there


def test_a_named_line_is_a_landmark() -> None:
    assert rule_spans("TQ306", "Qalqilya, near the Green Line, was under curfew on Tuesday.") == []
    # English words placed as a town, with no landmark's head, are still reported (the
    # reviewer's own sentence: the frame of a dev row, garbles.tsv L29, was used here before)
    assert rule_spans(
        "TQ306", "Gunmen fired on a patrol near the Green Meadows, north of Kirkuk."
    ) == ["Green Meadows"]


@pytest.mark.parametrize(
    "text",
    [
        "Green, in Tunis as an observer, said the vote had been orderly.",
        "Costa, in Kabul as an envoy of the United Nations, met Taliban officials.",
    ],
)
def test_a_role_held_in_a_named_place_makes_a_person(text: str) -> None:
    assert garbles_in(text + "\n") == []
    assert rule_spans("TQ306", text) == []


def test_a_located_garble_after_a_preposition_is_still_flagged() -> None:
    assert garbles_in("Fighting spread to Holms, in Syria for the first time.\n") == [
        ("Holms", "transliteration", "SY", "Homs")
    ]


def test_a_provinces_english_name_is_no_garble_of_its_geonames_name() -> None:
    # Wikipedia's "East Azerbaijan" for GeoNames' "East Azarbaijan Province"
    text = "Tabriz, the capital of East Azerbaijan province, is the largest city in the northwest."
    assert rule_spans("TQ301", text) == []
    garbled = (
        "Tabriz, the capital of East Azerbijan province, is the largest city in the northwest."
    )
    assert rule_spans("TQ301", garbled) == ["East Azerbijan"]
