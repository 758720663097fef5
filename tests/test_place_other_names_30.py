"""Two accepted names of one place the copy gives on purpose, and a curated place's name the copy
sets in another country (issue 13, point 6; 13Alt30): TQ303 and TQ304 leave alone an old or a
new name ("the dam above Terter, now Tartar"), another language's name ("Kelbajar (Azerbaijani:
Kəlbəcər)"), two names side by side ("Shusha/Shushi"), a name given as such in the next
sentence ("Armenians call the town Khodzhaly") or quoted, and a name placed in another country
("Haveli, India"); a spelling of the place in ordinary copy, and a third spelling in a later
paragraph, are still reported."""

from __future__ import annotations

import pytest

from tests.place_support import rule_spans
from tqcheck.gazetteer.house_style import named_on_purpose, placed_abroad

pytestmark = pytest.mark.usefixtures("method_only")


@pytest.mark.parametrize(
    "text",
    [
        # an old and a new name
        "The dam above Terter, now Tartar, was repaired last spring.",
        "Refugees returned to Jebrail, renamed Jabrayil after independence.",
        # another language's name
        "Kelbajar (Azerbaijani: Kəlbəcər) lies high in the mountains.",
        "The museum in Gence, Ganja in the official spelling, reopened.",
        # two names side by side, a name given as such in the next sentence, a quoted name
        "Aid trucks reached Shusha/Shushi before dawn.",
        "Shelling hit Khojaly on Monday. Armenians call the town Khodzhaly.",
        'Road signs at the entrance to Fuzuli still read "Fizuli".',
        # a place of another country that bears a curated place's name
        "Elections were held in Haveli, India, on Sunday.",
        "A bus crashed near Moskva in Tajikistan on Friday.",
        # a person
        "Mr Fizuli, a poet, was honoured in Baku.",
    ],
)
def test_names_given_on_purpose_are_quiet(text: str) -> None:
    for code in ("TQ303", "TQ304"):
        assert rule_spans(code, text) == [], code


@pytest.mark.parametrize(
    ("text", "tq303", "tq304"),
    [
        ("Shelling was reported in Fizuli overnight.", ["Fizuli"], []),
        # "then" before another place is a sequence, not a second name
        ("Troops entered Fizuli, then moved on toward Jabrayil.", ["Fizuli"], []),
        # a language's adjective before a noun names no language's name
        ("Fizuli in Armenian hands for decades was retaken in 2020.", ["Fizuli"], []),
        # a country that speaks, and the place's own country, place it nowhere else
        ("Shelling hit Fizuli, Iran said on Monday.", ["Fizuli"], []),
        ("Police in Fizuli, Azerbaijan, arrested two men.", ["Fizuli"], []),
        (
            "Troops entered Jabrayil on Sunday. Residents of Jebrail had left in the 1990s.",
            ["Jebrail"],
            ["Jebrail"],
        ),
        # a third spelling in the next paragraph, none of the two given on purpose
        (
            "Kelbajar (Kəlbəcər in Azerbaijani) was shelled.\n\nResidents of Kelbadzhar fled.",
            ["Kelbadzhar"],
            ["Kelbadzhar"],
        ),
    ],
)
def test_spellings_in_ordinary_copy_are_still_reported(
    text: str, tq303: list[str], tq304: list[str]
) -> None:
    assert rule_spans("TQ303", text) == tq303
    assert rule_spans("TQ304", text) == tq304


def test_a_name_given_on_purpose_stays_the_articles_spelling() -> None:
    text = "The road from Terter, now Tartar, was closed.\n\nTartar residents were evacuated."
    assert rule_spans("TQ303", text) == []
    assert rule_spans("TQ304", text) == []


def test_named_on_purpose_reads_the_phrases_around_a_name() -> None:
    text = "The exclave, Naxçıvan in Azerbaijani, borders Iran."
    start = text.index("Naxçıvan")
    assert named_on_purpose(text, start, start + len("Naxçıvan"))
    held = "The exclave, Naxçıvan in Azerbaijani hands, borders Iran."
    assert not named_on_purpose(held, start, start + len("Naxçıvan"))
    text = "Troops entered Berde, as it was then known, in 1993."
    start = text.index("Berde")
    assert named_on_purpose(text, start, start + len("Berde"))


def test_placed_abroad_needs_another_country_as_a_locator() -> None:
    text = "Floods hit Haveli, India, on Monday."
    start = text.index("Haveli")
    assert placed_abroad(text, start, start + len("Haveli"), "AZ")
    assert not placed_abroad(text, start, start + len("Haveli"), "IN")  # its own country
    said = "Shelling hit Haveli, India said on Monday."
    assert not placed_abroad(said, start, start + len("Haveli"), "AZ")  # the country speaks
