"""A romanised "awa" heard as English "o" (issue 13, sixth session, 13LA19).

An Arabic waw between two a's ("Hawalli", "Nawabshah", "Peshawar") is a glide that an English
ear hears as part of the vowel around it, the vowel English spells "aw" in "hawk" and "o" in
"holly". The look-alike reader (``look_alikes.town_matches``) also hears a city of 100,000 or
more that way (``look_alikes._heard_frame``): the word has the frame of the name said with "o"
for "awa", it is spelled with that "o" (o, au, aw), and it is spelled as close to the name so
heard as a near skeleton must be. Any other vowel there ("Hill", "Hall"), copy naming no
country, a person and the town's own name stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kuwaiti police raided a warehouse in Hollow and seized fake perfume.",
            ("Hollow", "look-alike", "KW", "Hawalli"),
        ),
        (
            "Pakistani traders in Nobshah said cotton prices had doubled.",
            ("Nobshah", "look-alike", "PK", "Nawabshah"),
        ),
    ],
)
def test_awa_is_heard_as_the_english_o(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in garbles_in(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        # another vowel than the "o" a listener hears for "awa"
        "Kuwaiti police raided a warehouse in Hill and seized fake perfume.",
        "Kuwaiti police raided a warehouse in Hall and seized fake perfume.",
        # no country named
        "Police raided a warehouse in Hollow and seized fake perfume.",
        # a person, outside a place slot; the town's own name
        "Kuwaiti officials praised Holly for her work on the housing plan.",
        "Kuwaiti police raided a warehouse in Hawalli and seized fake perfume.",
    ],
)
def test_no_reading_without_the_heard_o(text: str) -> None:
    assert garbles_in(text + "\n") == []
