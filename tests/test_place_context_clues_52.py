"""Copy that names no country but says where it is by a group, an alliance or a coast (issue
13, eighteenth session): "the Saudi-led coalition" (Yemen, Saudi Arabia), "Turkish-backed
fighters" (Syria, Libya), "the Southern Transitional Council" (Yemen) in ``place_clues.tsv``;
"the Atlantic coast" (Morocco, Western Sahara, Mauritania) and "the Arabian Sea" (Oman, Yemen,
Iran, Pakistan) in ``region_features.tsv``. A look-alike in such copy is read against those
countries; the same words without the clue are not."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.context import clue_countries

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _loose(text: str) -> frozenset[str]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return garbles.loose_geography(document, 0)


def test_an_alliance_or_backing_names_the_countries_it_fights_in() -> None:
    assert clue_countries("the Saudi-led coalition said") == {"YE", "SA"}
    assert clue_countries("Turkish-backed fighters shelled villages") == {"SY", "LY"}
    assert clue_countries("the Syrian National Army said") == {"SY"}
    assert clue_countries("the Southern Transitional Council said") == {"YE"}
    # a likeness or pairing is no backing ("Saudi-led" alone names no coalition)
    assert clue_countries("a Saudi-led effort") == set()


def test_a_coast_of_an_ocean_or_sea_names_the_regions_countries_on_it() -> None:
    assert _loose("Boats set out from beaches near Xyz, on the Atlantic coast.\n") == {
        "MA",
        "EH",
        "MR",
    }
    assert _loose("Canneries in the Atlantic port of Xyz cut shifts.\n") == {"MA", "EH", "MR"}
    assert _loose("The port of Xyz on the Arabian Sea was calm.\n") == {"OM", "YE", "IR", "PK"}
    # the ocean's name by itself is no coast ("the Atlantic Council", a think tank)
    assert _loose("Analysts at the Atlantic Council in Xyz said.\n") == frozenset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Separatist units deployed around Hayden's port, the Saudi-led coalition said.",
            ("Hayden", "look-alike", "YE", "Aden"),
        ),
        (
            "Turkish-backed fighters shelled villages south of Idle Lip overnight.",
            ("Idle Lip", "look-alike", "SY", "Idlib"),
        ),
    ],
)
def test_a_look_alike_in_copy_set_by_such_a_clue_is_read(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text + "\n") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Separatist units deployed around Hayden's port, a spokesman said.",
        "Fighters shelled villages south of Idle Lip overnight.",
    ],
)
def test_the_same_words_without_the_clue_set_no_country(text: str) -> None:
    assert garbles_in(text + "\n") == []
