"""Precision, seventh session (issue 13): names an editor leaves alone in copy that names no
country. A spelling the index reads with no context, surely, as a town several times larger
than the place a reading by spelling finds is that town's spelling ("Ben Guerdane": Ben
Gardane, not El Guerdane); a name holding a well-known city's own name as one of its words
names that city ("Port of Tangier"), not a place the whole sounds like; an English feature
noun before a place's own full name ("the Valley of Hadramawt") describes that place, no
literal translation of it; a town's two words written in another romanisation ("Beni Walid")
are no English words said as one. Garbles of each family are still read."""

from __future__ import annotations

import pytest

from tests.place_support import place_findings
from tqcheck.gazetteer.garble.vetoes import spelling_of_a_larger_place

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        # a common spelling of the larger town, not a respelling of a smaller one
        "Farmers near Ben Guerdane, close to the frontier, complained that fuel had run out.",
        "Traders from Ben Guerdane said the crossing had reopened.",
        # a well-known city by its own name inside a longer name
        "Ships waited outside the Port of Tangier, on the strait, for two days.",
        "Dockers at Port of Tangier, near the ferry terminal, went on strike.",
        "Workers from Port of Tangier, in the north, said wages were late.",
        # a town's two words in another romanisation (Beni for Bani), no English words
        "Charities operating in Beni Walid said the war across North Africa and the Middle "
        "East had emptied the clinics.",
        # an English feature noun before a place's own name
        "Floods swept through the Valley of Hadramawt, in the east, on Sunday.",
        "Farmers in the Valley of Hadramawt said the harvest was late.",
    ],
)
def test_a_correctly_named_place_in_copy_naming_no_country_stays_quiet(text: str) -> None:
    assert place_findings(text + "\n", ("TQ301",)) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # literal: a head translated, a part of the name kept
        (
            "Shelling hit Son of Medani, south of the capital, on Monday, officials said.",
            "Son of Medani",
        ),
        # look-alike: English words said as one
        ("Shelling hit Bell Beck, in eastern Lebanon, on Monday.", "Bell Beck"),
        # transliteration: no larger place is spelled so
        ("Protesters gathered in Kermanshaw, in western Iran, on Friday.", "Kermanshaw"),
        ("Militias clashed in Misrattah, on the Libyan coast, overnight.", "Misrattah"),
    ],
)
def test_garbles_are_still_read(text: str, span: str) -> None:
    assert ("TQ301", span) in place_findings(text + "\n", ("TQ301",))


def test_a_larger_place_counts_only_in_the_countries_the_copy_names() -> None:
    """ "Badkin" is Pakistan's Badin to the index with no context; copy about Kyrgyzstan means
    Batken, which a reading there may find."""
    from tqcheck.gazetteer.garble.base import Garble

    batken = Garble(
        start=0,
        end=6,
        text="Badkin",
        name="Batken",
        country="KG",
        geonameid="1528735",
        kind="transliteration",
        score=0.9,
        evidence="",
    )
    assert spelling_of_a_larger_place("Badkin", batken, set())
    assert not spelling_of_a_larger_place("Badkin", batken, {"KG", "TJ"})
