"""Compound names of Iran, Afghanistan, Pakistan, Turkey and Central Asia translated word for
word (issue 13, tenth session, 13Cmp37).

A Persian or Turkic place name written as one word of two (ماهدشت Mahdasht, "moon" + "plain";
خرمدره Khorramdarreh, "happy" + "valley") is read back from its English words after "at", "near",
"to", where the literal reader keeps the team table's words for a strong slot, if the place is
a town of 50,000 or more of the copy's countries (``compounds.compound_literal``); and an
English solid compound MT coins ("Kingriver") is cut into its two words and read in a place
slot; a town's name kept beside a translated word is read in the compound's order ("King of
Kerman": Kerman + shah, Kermanshah) where a Latin name of the place spells it. The words
written apart, "the X", a word English uses ("Newcastle"), a real town's own name, a person's
name and a title stay as they were."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farmers at Moon Plain said the wells had dried up, Iranian media reported.",
            ("Moon Plain", "literal", "IR", "Mahdasht"),
        ),
        (
            "Buses to Happy Valley were cancelled after the storm, Iranian officials said.",
            ("Happy Valley", "literal", "IR", "Khorramdarreh"),
        ),
        (
            "A bus overturned near King's River on Sunday, Iranian state media said.",
            ("King's River", "literal", "IR", "Shahrud"),
        ),
        (
            "Gunmen attacked a police post in Kingriver province, in northern Iran.",
            ("Kingriver", "literal", "IR", "Shahrud"),
        ),
        # a town's name kept beside a translated word, in the compound's order, not the
        # English one: Kerman + shah
        (
            "Truck drivers went on strike in King of Kerman on Monday, Iranian media said.",
            ("King of Kerman", "literal", "IR", "Kermanshah"),
        ),
    ],
)
def test_a_compound_name_is_read_word_for_word(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in garbles_in(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        # a landmark's English name: "the X" outside a strong slot
        "Farmers near the Moon Plain said the wells had dried up, Iranian media reported.",
        # a word English text uses is a name of its own, not a coinage to cut
        "Taliban officials met traders in Newcastle on Monday, Afghan media said.",
        # the real towns by their own names
        "A bus overturned near Shahrud on Sunday, Iranian state media said.",
        "Buses to Tashkent were cancelled after the storm, Uzbek officials said.",
        # a person, and a title
        "Iranian media said Ali Kingriver had been released on bail.",
        "Truck drivers went on strike near the King of Kerman on Monday, Iranian media said.",
        # a town's name kept beside a word whose Arabic joined to it names no town
        "Iranian police said two men were arrested at Sanandaj City on Sunday.",
        # a town's name kept beside a word whose Arabic joined to it spells another town's by
        # chance (بانه + آب: بناب, Bonab, no compound of Baneh: ``compounds._keeps``)
        "Farmers near Baneh Water said the wells had dried up, Iranian media reported.",
    ],
)
def test_no_compound_reading_where_none_is_asked_for(text: str) -> None:
    assert garbles_in(text + "\n") == []
