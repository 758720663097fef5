"""A world city abroad read for a respelling (issue 13): by a close spelling of its own name, not
by another name GeoNames records it by that the copy happens to write."""

from __future__ import annotations

import pytest

from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.keys import fold

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _world_city_spellings(text: str, countries: set[str]) -> list[str]:
    scored: dict[int, tuple[float, str, str]] = {}
    garbles.world_cities(text, fold(text), countries, scored)
    return [spelling for _score, spelling, _detail in scored.values()]


def test_the_written_name_itself_is_no_world_city_reading() -> None:
    # "Istambul" is recorded of Istanbul besides its own name: the city is read by a close
    # spelling of its name, and the copy's spelling is then a respelling, not that name.
    spellings = _world_city_spellings("Istambul", {"IR"})
    assert "Istambul" not in spellings
    candidate = garbles.Candidate(0, 8, "Istambul", "strong", None, False)
    found = garbles.resolve_in_context(candidate, {"IR"}, None)
    assert found is not None
    assert (found.name, found.country) == ("Istanbul", "TR")
