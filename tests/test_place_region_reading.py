"""Copy that names no country, read against the whole region (issue 13): a respelling or a
literal translation of one of the region's well-known cities is found without the country, while
words, names, towns of their own and readings through names no reader uses stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, garbles_in
from tqcheck.gazetteer import garbles, well_known

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spelled too far from "Algiers" for the well-known table, read as Arabic script
        (
            "Fighting reached the outskirts of Aljazaer overnight.",
            ("Aljazaer", "transliteration", "DZ", "Algiers"),
        ),
        (
            "Shelling hit the market in Ladhqiyya overnight.",
            ("Ladhqiyya", "transliteration", "SY", "Latakia"),
        ),
        # a phrase read as Arabic words
        (
            "Dockers near Abbas Harbour stopped work on Sunday, residents said.",
            ("Abbas Harbour", "literal", "IR", "Bandar Abbas"),
        ),
    ],
)
def test_a_well_known_city_is_read_without_the_country(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text + "\n") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Arkka has gone from bad to worse, its founder said.",  # a sentence's opening name
        "Rain fell on the Mezkah settlement overnight.",  # only through Mazaca, Kayseri's old name
        "Flooding closed roads around Cowes, the harbour master said.",  # a town of its own
        "More than we keep the Sabbath, the Sabbath keeps us.",  # a word sounds like Sabha
        "The talks in the Sun lasted all night.",  # a common word is no literal reading
        "Supporters of Labour gathered in the East.",
    ],
)
def test_words_names_and_towns_of_their_own_stay_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []


def test_a_look_alike_is_read_against_the_whole_region_only_by_a_well_known_citys_frame() -> None:
    # the region-wide reading takes "Sabbath" for a look-alike of Sabha (149,000); that is no
    # reading: a look-alike counts only with the frame of a city of 200,000 or more
    # (``_well_known_look_alike``: "marched in Tennis", Tunis), which "Sabbath" lacks
    candidate = candidate_in("Voters queued in Sabbath from dawn.\n", "Sabbath")
    region = set(garbles.ARABIC_SCRIPT_REGION)
    reading = garbles.resolve_in_context(candidate, region, None)
    assert reading is not None and (reading.kind, reading.name) == ("look-alike", "Sabha")
    assert well_known.region_reading(candidate, None) is None


def test_a_small_town_is_no_reading_without_the_country(monkeypatch: pytest.MonkeyPatch) -> None:
    # the region-wide reading of "Qusayer" is Al Qusayr, Syria (41,000): too small a town for
    # copy that names no country
    candidate = candidate_in("Shelling hit the market in Qusayer overnight.\n", "Qusayer")
    reading = garbles.resolve_in_context(candidate, set(garbles.ARABIC_SCRIPT_REGION), None)
    assert reading is not None and reading.name == "Al Qusayr"
    place = garbles.geonames_index().get(reading.geonameid)
    assert place is not None and place.population < well_known.WELL_KNOWN_POPULATION
    assert well_known.region_reading(candidate, None) is None
    # the population is what refuses it
    monkeypatch.setattr(well_known, "WELL_KNOWN_POPULATION", 40_000)
    garble = well_known.region_reading(candidate, None)
    assert garble is not None and garble.name == "Al Qusayr"
