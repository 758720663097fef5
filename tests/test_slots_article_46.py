"""A capitalised "The" mid-sentence, and a newspaper after "in the" (issue 13, fifteenth session).

* MT capitalises the article of a name it translated ("textile workers in The Great Stopover"):
  the slot is the one "in the" gives, so the name is read as it is after a lower-case "the";
* a piece of writing or its publishing before "in the" ("a column in the Guardian", "the story
  ran in The Times") makes the name a newspaper's, no place.
"""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "word", "rule", "town"),
    [
        (
            "Bakers in The Great Stopover said the price of flour had doubled, the Egyptian "
            "statistics agency said.",
            "Great Stopover",
            "TQ301",
            "Al Mahallah al Kubra",
        ),
        (
            "Farmers in The Grassland east of Benghazi lost their herds in the floods, Libyan "
            "officials said.",
            "Grassland",
            "TQ306",
            "Al Marj",
        ),
    ],
)
def test_capitalised_article_keeps_the_slot(text: str, word: str, rule: str, town: str) -> None:
    assert (rule, word, town) in suggested_findings(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A column in the Guardian angered Egyptian officials on Monday.", "Guardian"),
        (
            "The story first ran in The Times on Sunday, and Egyptian officials denied it.",
            "Times",
        ),
        (
            "The interview appeared in The Guardian on Friday, Egyptian officials said.",
            "Guardian",
        ),
        (
            "An editorial published in the Herald on Monday criticised the Algerian government.",
            "Herald",
        ),
        ("Judges at The Hague ruled on the Libyan case on Monday.", "Hague"),
    ],
)
def test_newspaper_after_in_the_is_quiet(text: str, word: str) -> None:
    assert not [f for f in suggested_findings(text) if f[1] == word]
