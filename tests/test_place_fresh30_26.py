"""A well-known city copy measures its places from sets the copy's country (issue 13): copy
that names a country only as a people, a donor or an actor ("Lebanese volunteers", "a Jordanian
charity") and locates its places by a city of the region ("on the northern outskirts of
Damascus", "on the road to Mosul") is read against that city's country too."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.context import geography_of

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _found(text: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.kind, g.name, g.country) for g in garbles.find_garbles(document)]


def test_a_reference_city_adds_its_country() -> None:
    geography = geography_of(
        "Kuwaiti aid workers said a clinic had reopened on the western side of Mosul."
    )
    assert set(geography.countries) == {"KW", "IQ"}
    geography = geography_of("A Qatari charity rebuilt a school on the road to Basra.")
    assert "IQ" in geography.countries
    geography = geography_of(
        "A Jordanian charity said its clinic at the gates of Damascus reopened."
    )
    assert "SY" in geography.countries


def test_a_city_named_otherwise_or_outside_the_region_adds_nothing() -> None:
    # a city the copy is not measured from ("met in X") sets nothing new, nor a city abroad
    assert set(geography_of("Lebanese officials met their counterparts in Cairo.").countries) == {
        "LB"
    }
    geography = geography_of("Syrian refugees sold vegetables on the eastern outskirts of Berlin.")
    assert set(geography.countries) == {"SY"}


def test_a_respelling_is_read_in_the_reference_city_country() -> None:
    assert _found(
        "Lebanese volunteers handed out blankets to families in Dooma. The town lies on the "
        "northern outskirts of Damascus.\n"
    ) == [("Dooma", "transliteration", "Duma", "SY")]
    assert _found(
        "Egyptian engineers began repairing the bridge at Dooma. The town lies at the gates of "
        "Damascus.\n"
    ) == [("Dooma", "transliteration", "Duma", "SY")]


def test_real_places_and_people_stay_quiet() -> None:
    # Jaramana is a real town on the edge of Damascus; a person on the road is no place
    assert (
        _found(
            "Palestinian families in Jaramanah, the suburb on the south-eastern edge of Damascus, "
            "said water had been cut.\n"
        )
        == []
    )
    assert (
        _found(
            "Lebanese volunteers said Hassan Nasrallah's convoy was seen on the road to Damascus.\n"
        )
        == []
    )
