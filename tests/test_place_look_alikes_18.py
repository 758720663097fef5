"""Look-alikes in copy naming several countries of the region (issue 13, sixth session, 13LA18).

Where the copy names several countries of the region, no one of them places a word after "in",
"near" (``look_alikes.located_look_alike``); the word is read as a city every reader knows
(``well_known.well_known_look_alike`` within those countries: the city's frame, spelled as a
reader recognises a respelling, one city only). That reading asked for a city of 200,000 or
more, the floor of copy naming no country, where the whole region's cities compete; copy that
names its countries asks among theirs only, and reads a city of 100,000 or more
(``WELL_KNOWN_POPULATION``), as a one-country copy reads a weakly placed look-alike. Copy
naming no country keeps its floor of 200,000; a real town of those countries, a town abroad by
its own name and a name outside a place slot stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police in Marnie arrested two smugglers, Iraqi and Iranian media said.",
            ("Marnie", "look-alike", "IR", "Mianeh"),
        ),
        (
            "Police in Charlize arrested two smugglers, Iraqi and Iranian media said.",
            ("Charlize", "look-alike", "IR", "Chalus"),
        ),
        (
            "Turkish and Syrian smugglers were arrested in Taggart on Tuesday.",
            ("Taggart", "look-alike", "TR", "Tokat"),
        ),
    ],
)
def test_a_city_of_100000_is_read_where_the_copy_names_its_countries(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in garbles_in(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        # no country named: the whole region's cities compete, 200,000 or more
        "Police in Taggart arrested two men after a brawl at a wedding.",
        # a real town of the countries named, and a town abroad by its own name
        "Moroccan and Algerian customs officers seized fuel in Touggourt, state media said.",
        "Moroccan and Algerian customs officers seized fuel in Rennes, state media said.",
        "Smugglers were caught near Ilam, Iraqi and Iranian border guards said.",
        # a person, outside a place slot
        "Iraqi and Iranian officials praised Marnie for her work on the water deal.",
    ],
)
def test_no_reading_where_the_copy_does_not_ask_for_one(text: str) -> None:
    assert garbles_in(text + "\n") == []
