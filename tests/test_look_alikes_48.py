"""Look-alikes the sound readings left unread (issue 13, sixteenth session, 16Lk48).

Two general readings:

* the plural of a word or name English text knows is English text too
  (``look_alikes._plural_of_english``): read aloud by English rules as its singular is, it is no
  romanisation of a local name, so in a place slot its opening sounds may be a town's
  (``look_alikes.onset_match``: "Trabants" for Trabzon, "Kirkwoods" for Kirkuk), as the
  singular's already were;
* such a plural that no reading places is read once more as its singular, kept only where the
  singular has the town's frame (``look_alikes.look_alike``: "Farmers near Ghosts, in eastern
  Afghanistan": Khost);
* after "to", "from", "at" (no "in", "near") in copy that places the word in its one country of
  the region, a word with the town's frame, its consonants and vowels in place, is read as the
  located reading reads one after "in" (``look_alikes.located_look_alike``): "returned to
  Dinner ..., Turkish officials said" (Dinar).

Real places, people, clubs, companies and a plural standing for the things it names stay
quiet."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings

pytestmark = pytest.mark.usefixtures("look_alike_towns")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "word", "town"),
    [
        # the plural of a car's name, in a place slot: its opening sounds are Trabzon's
        (
            "Tea growers in Trabants, on Turkey's Black Sea coast, said the harvest was late "
            "this year.",
            "Trabants",
            "Trabzon",
        ),
        (
            "Fishing boats stayed in port at Trabants, Turkey's Black Sea city, as the storm "
            "passed.",
            "Trabants",
            "Trabzon",
        ),
        (
            "Police in Kirkwoods, the oil city of northern Iraq, arrested two men.",
            "Kirkwoods",
            "Kirkuk",
        ),
        # the singular of a plural has the town's frame
        (
            "Farmers near Ghosts, in eastern Afghanistan, said the wheat crop had failed.",
            "Ghosts",
            "Khost",
        ),
        (
            "Soldiers from the barracks in Ghosts, Afghan officials said, were sent north.",
            "Ghosts",
            "Khost",
        ),
        # the town's frame after "to", "from" in copy naming its one country
        (
            "Buses carrying farmers returned to Dinner on Sunday, Turkish officials said.",
            "Dinner",
            "Dinar",
        ),
        (
            "Painters from across Europe came to Azammour for the festival on the Oum Er-Rbia, "
            "Moroccan officials said.",
            "Azammour",
            "Azemmour",
        ),
    ],
)
def test_flagged(text: str, word: str, town: str) -> None:
    assert ("TQ301", word, town) in suggested_findings(text)


@pytest.mark.parametrize(
    "text",
    [
        # a plural that names the things themselves, outside a place slot
        "Car dealers in Trabants sell old East German cars, a Turkish collector said.",
        "A fleet of Trabants drove through Istanbul to mark the anniversary, Turkish media said.",
        # the plural of a word, lower-case or the name of a building, a team
        "Afghan children dressed as ghosts for the festival in Kabul.",
        "Turkish officials said the Barracks in Ankara would be closed.",
        "Iraqi soldiers returned to the Barracks after the parade.",
        "The Saudi crown prince met the Rangers in Riyadh.",
        # after "to", "from": a person, a club, an agency, a company, a stadium, a city abroad
        "The Turkish minister handed the award to Sadie at a ceremony in Ankara.",
        "The Turkish team lost to Arsenal in the final.",
        "The Turkish minister spoke to Reuters after the meeting.",
        "Pakistani officials said the money was transferred to Barclays last year.",
        "Turkish fans travelled to Wembley for the final.",
        "The Iranian delegation flew to Geneva from Tehran for the talks.",
        "The Egyptian ambassador was summoned to Whitehall over the remarks.",
        "The Lebanese minister wrote to Macron asking for help.",
        "The Moroccan singer switched from Sony to Universal, her agent said.",
        "Tunisian police handed the suspect to Interpol, officials said.",
        # a real town of the country after "to"
        "Iraqi oil flowed to Ceyhan at full rate after repairs, the ministry said.",
    ],
)
def test_quiet(text: str) -> None:
    assert suggested_findings(text) == []
