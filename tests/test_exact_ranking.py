"""Exact-name ranking (issue 13): which place an exact name most likely means.

A place whose own (primary) name this is, or a respelling of it, wins over a larger place that
merely records the name as another of its names; population and fame are the priors.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tqcheck.gazetteer import context, mentions
from tqcheck.gazetteer.geonames import (
    GeoNamesIndex,
    GeoPlace,
    build_geonames_index,
    exact_rank,
    name_relation,
)


def _city(
    geonameid: int, name: str, country: str, population: int, alternates: list[str]
) -> dict[str, object]:
    return {
        "geonameid": geonameid,
        "name": name,
        "latitude": 30.0,
        "longitude": 40.0,
        "countrycode": country,
        "population": population,
        "admin1code": "01",
        "alternatenames": alternates,
    }


CITIES = {
    # A large city that records the smaller capital's name as an old name of its own.
    "1205733": _city(1205733, "Chattogram", "BD", 3_920_222, ["Chittagong", "Islamabad"]),
    "1176615": _city(1176615, "Islamabad", "PK", 601_600, ["Islamabad", "Islamabadas"]),
    # A city GeoNames files under its name with the Arabic article; copy drops it.
    "172957": _city(172957, "Ar Raqqah", "SY", 531_952, ["Raqqa", "Rakka", "Ar-Raqqa"]),
    # A village whose own name is a large city's respelling: the city wins on size.
    "99532": _city(99532, "Basrah", "IQ", 1_326_564, ["Basra", "Bassora", "Al Basrah"]),
    "1183001": _city(1183001, "Basra", "PK", 1_029, []),
    # Own name against a larger place's respelling: the own name wins (a factor of 100).
    "294098": _city(294098, "Nazareth", "IL", 77_445, ["Natzrat", "Nasira", "Nazaret"]),
    "330186": _city(330186, "Nazret", "ET", 456_900, ["Nazareth", "Adama"]),
    # A respelling that is also an English word.
    "250258": _city(250258, "As Salt", "JO", 250_000, ["Salt", "Es Salt"]),
    # A foreign name of a large city, and a small village of that own name far away.
    "3000001": _city(3000001, "Kelmora", "XK", 2_000_000, ["Tamsara"]),
    "3000002": _city(3000002, "Tamsara", "TN", 600, []),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ranking")
    cities = folder / "cities.json"
    cities.write_text(json.dumps(CITIES, ensure_ascii=False), encoding="utf-8")
    target = folder / "geonames.sqlite"
    build_geonames_index(target, cities_json=cities, include_iso=False)
    return target


@pytest.fixture
def index(built: Path) -> Iterator[GeoNamesIndex]:
    with GeoNamesIndex(built) as opened:
        yield opened


def _top(index: GeoNamesIndex, name: str) -> tuple[str, str]:
    place, relation = index.exact_ranked(name)[0]
    return place.country, relation


def test_own_name_beats_a_larger_citys_old_name(index: GeoNamesIndex) -> None:
    # Size order (``exact``) puts the Bangladeshi city first; the reading does not.
    assert index.exact("Islamabad")[0].country == "BD"
    assert _top(index, "Islamabad") == ("PK", "primary")
    assert [relation for _, relation in index.exact_ranked("Islamabad")] == [
        "primary",
        "alternate",
    ]


def test_name_without_the_article_is_a_respelling(index: GeoNamesIndex) -> None:
    assert _top(index, "Raqqa") == ("SY", "respelling")
    assert _top(index, "Rakka") == ("SY", "respelling")


def test_large_citys_respelling_beats_a_village_of_that_name(index: GeoNamesIndex) -> None:
    assert _top(index, "Basra") == ("IQ", "respelling")
    assert _top(index, "Nazareth") == ("IL", "primary")


def test_foreign_name_of_a_far_larger_city_beats_a_village_of_that_name(
    index: GeoNamesIndex,
) -> None:
    # 2,000,000 with no name bonus against 600 with two powers of ten: the city still wins.
    assert _top(index, "Tamsara") == ("XK", "alternate")


def test_name_relation_and_rank() -> None:
    place = GeoPlace("1", "Al Fallūjah", "place", "IQ", "01", None, None, 190_159)
    assert name_relation("Fallujah", place) == "respelling"
    assert name_relation("Al Fallujah", place) == "primary"
    assert name_relation("Ramadi", place) == "alternate"
    # A respelling is the same spelling up to romanisation, a final h and the article; an
    # exonym or a looser likeness (another vowel) is another name.
    raqqah = GeoPlace("3", "Ar Raqqah", "place", "SY", "01", None, None, 531_952)
    assert name_relation("Raqqa", raqqah) == "respelling"
    seoul = GeoPlace("5", "Seoul", "place", "KR", "11", None, None, 10_349_312)
    assert name_relation("Saul", seoul) == "alternate"
    makkah = GeoPlace("4", "Makkah", "place", "SA", "01", None, None, 1_578_722)
    assert name_relation("Mecca", makkah) == "alternate"
    malaga = GeoPlace("6", "Málaga", "place", "ES", "01", None, None, 592_346)
    assert name_relation("Malka", malaga) == "alternate"
    # Each name weight is worth a factor of ten in population.
    small = GeoPlace("2", "X", "place", "IQ", "01", None, None, 999)
    assert exact_rank(small, "primary", 0) == pytest.approx(exact_rank(small, "alternate", 0) + 2)
    assert exact_rank(place, "alternate", 9) > exact_rank(place, "alternate", 0)


@pytest.fixture
def geography(monkeypatch: pytest.MonkeyPatch, index: GeoNamesIndex) -> Iterator[None]:
    monkeypatch.setattr(mentions, "geonames_index", lambda: index)
    context._well_known.cache_clear()
    yield
    context._well_known.cache_clear()


@pytest.mark.usefixtures("geography")
def test_article_geography_reads_the_place_meant() -> None:
    assert context.geography_of("Police closed roads in Islamabad on Monday.").codes() == {"PK"}
    assert context.geography_of("Fighters entered Raqqa at dawn.").codes() == {"SY"}
    assert context.geography_of("Protesters gathered in Basra.").codes() == {"IQ"}
    # Only another recorded name of the place: weak evidence, no country.
    assert not context.geography_of("Crowds filled Tamsara on Friday.")
    # A respelling that is an English word (a sentence's first word): no country either.
    assert not context.geography_of("Salt prices rose on Friday.")
    place, relation = mentions.geonames_index().exact_ranked("Salt")[0]
    assert (place.country, relation) == ("JO", "respelling")
