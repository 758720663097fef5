"""Look-alikes placed by a city (issue 13): a word the copy places beside a city its sentence
names ("X, south of Shiraz") stands for a town near that city, however small."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, garbles_in
from tqcheck.gazetteer import look_alikes

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_a_candidate_keeps_its_sentence() -> None:
    text = "Talks ended. Police in Morgan, south of Shiraz, made arrests. Nobody was hurt.\n"
    candidate = candidate_in(text, "Morgan")
    assert candidate.around == "Police in Morgan, south of Shiraz, made arrests"


def test_a_word_placed_by_a_city_stands_for_a_small_town_beside_it() -> None:
    # Morghan, a town of some 5,600 people 13 km from Shiraz: too small for a look-alike
    # anywhere, but the copy places the word right by the city.
    found = garbles_in("Police in Morgan, south of Shiraz, arrested two men over a robbery.\n")
    assert found == [("Morgan", "look-alike", "IR", "Morghan")]
    document = "Farmers in Kevin, 20 km from Isfahan, lost their crops to frost.\n"
    assert garbles_in(document) == [("Kevin", "look-alike", "IR", "Kavian")]


def test_the_explanation_names_the_city() -> None:
    candidate = candidate_in("Police in Morgan, south of Shiraz, arrested two men.\n", "Morgan")
    found = look_alikes.look_alike(candidate, {"IR"})
    assert found is not None and "near Shiraz" in found.evidence


def test_a_small_town_needs_the_copy_to_place_the_word_by_the_city() -> None:
    # The city named elsewhere in the sentence, or no city at all: no town of 5,600 people.
    assert garbles_in("Police in Morgan arrested two men in Shiraz on Tuesday.\n") == []
    assert (
        garbles_in("Police in Morgan arrested two men over a robbery, Iranian media said.\n") == []
    )
    candidate = candidate_in("Police in Morgan arrested two men in Shiraz on Tuesday.\n", "Morgan")
    assert look_alikes.placed_match(candidate, {"IR"}) is None


def test_a_town_far_from_the_city_is_not_placed_by_it() -> None:
    # Morghan is over 100 km from Tabriz.
    candidate = candidate_in("Police in Morgan, south of Tabriz, arrested two men.\n", "Morgan")
    found = look_alikes.placed_match(candidate, {"IR"})
    assert found is None or found[0].town.name != "Morghān"


def test_the_anchor_is_a_town_of_the_article_s_countries() -> None:
    candidate = candidate_in("Police in Morgan, south of Shiraz, arrested two men.\n", "Morgan")
    assert [a[0] for a in look_alikes._anchors(candidate, {"IR"})] == ["Shiraz"]
    assert look_alikes._anchors(candidate, {"IQ"}) == []
    assert look_alikes._anchors(candidate, {"IR"})[0][3]  # the copy places the word by it
