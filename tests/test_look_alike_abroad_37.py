"""A word with a town's frame, in copy set in one country of the region (issue 13, tenth session).

The located reading (``look_alikes.located_look_alike``) reads a word after "in", "near" as a
town of the copy's one country of the region, and asked the word to be spelled within 0.75 of
the town's own name. A town whose written name carries letters English does not hear (an "h"
after a consonant, a doubled vowel) is spelled far from the word that says it, though the word
has the town's frame, its consonants and vowels in place: such a word is now read where the
copy names one country of the region, spelled as close as a strong slot asks (0.60). The copy
that names a country abroad, people of the country abroad or the country only as who spoke
right after the word still leaves the word alone."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_a_word_with_the_towns_frame_in_its_one_country_is_read() -> None:
    # "Matthew" has the frame of Mithi (Sindh, 52,000), spelled 0.73 from it
    text = (
        "Cotton farmers in Matthew said the drought had ruined their crop in Pakistan's Sindh "
        "province."
    )
    assert garbles_in(text + "\n") == [("Matthew", "look-alike", "PK", "Mithi")]


@pytest.mark.parametrize(
    "text",
    [
        # the country named only as who spoke, right after the word
        "A fire destroyed a cotton mill near Matthew, Pakistan's disaster agency said.",
        # people of the country abroad: the story is not set in the country
        "Police in Matthew arrested two Pakistani migrants on Monday.",
        "Pakistani tourists in Matthew said the hotels were full.",
        # a place abroad named with its state, and copy set abroad too
        "A Pakistani firm will open a plant in Matthew, North Carolina, next year.",
        "Talks in Matthew between Pakistani and German officials ended on Monday.",
        # no country named at all: a given name is no town of some country
        "Cotton farmers in Matthew said the drought had ruined their crop.",
    ],
)
def test_the_frame_alone_does_not_set_the_word_in_the_country(text: str) -> None:
    assert garbles_in(text + "\n") == []
