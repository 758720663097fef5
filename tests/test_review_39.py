"""The tenth session's leftovers settled (issue 13, review 13Rev39): what ``compounds._keeps``
guards, people who "were from" a country, the sound ranking of a word after "in", a town's own
name in a sentence set in another country, and one reading of a city's possessive. Sentences of
our own."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer.garble import compounds

pytestmark = pytest.mark.usefixtures("look_alike_towns")  # what the method finds by itself


def test_a_kept_town_name_must_be_spelled_by_the_compound_it_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Baneh" kept beside "water" (آب) spells بناب, Bonab, whose names hold no "Baneh":
    # ``compounds._keeps`` is what keeps that chance spelling out
    text = "Farmers near Baneh Water said the wells had dried up, Iranian media reported.\n"
    assert garbles_in(text) == []
    monkeypatch.setattr(compounds, "_keeps", lambda place, kept: True)
    assert garbles_in(text) == [("Baneh Water", "literal", "IR", "Bonab")]
