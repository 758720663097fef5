"""Towns GeoNames records with population 0: the garble reader's floors read an estimated size
(issue 13, seventh session, 13Pop21).

GeoNames lists some district towns in cities500 for being a seat, with no count: Spin Boldak,
Bint Jbeil, Marjayoun, Tall Afar. A floor that compares 0 reads them as hamlets. The index
estimates such a place's size from what it knows of every place (``geonames.fit_sizes``: log10
population by least squares on how many names GeoNames records for it, in Arabic script and in
Latin letters, one intercept per country), learned from the places that have a population, and
capped under the floors that ask for a city (``SIZE_ESTIMATE_CEILING``); the floors compare
``estimated_population``, never a message or ``resolve``. A place's own recorded spelling is no
translation of it, and copy naming no country stays as it was."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer import geonames
from tqcheck.gazetteer.garble.base import estimated_population
from tqcheck.gazetteer.geonames import GeoNamesIndex, build_geonames_index, fit_sizes


def _features(names: int) -> tuple[float, float, float]:
    return geonames.size_features(names, 0, 0)


def test_fit_sizes_learns_from_the_places_with_a_population() -> None:
    # two invented countries: log10 population = 2 + log(1 + names) (+0.5 in "BB")
    rows = []
    rowid = 0
    for country, offset in (("AA", 0.0), ("BB", 0.5)):
        for names in (0, 1, 3, 7, 15, 31):
            rowid += 1
            population = round(10 ** (2 + offset + math.log1p(names)))
            rows.append((rowid, country, population, _features(names)))
    rows += [
        (100, "BB", 0, _features(3)),  # unknown, in a country the fit knows
        (101, "CC", 0, _features(3)),  # unknown, in a country with no population at all
        (102, "AA", 0, _features(0)),
    ]
    estimates = fit_sizes(rows)
    assert set(estimates) == {100, 101, 102}  # only the places with no population
    assert estimates[100] == pytest.approx(10 ** (2.5 + math.log1p(3)), rel=0.01)
    # a country with none: the whole fit's intercept (between the two countries')
    assert 10 ** (2 + math.log1p(3)) < estimates[101] < 10 ** (2.5 + math.log1p(3))
    assert estimates[102] == pytest.approx(100, rel=0.01)


def test_an_estimate_never_vouches_for_a_city() -> None:
    rows = [(i, "AA", round(10 ** (2 + i)), _features(2**i)) for i in range(1, 7)]
    rows.append((99, "AA", 0, _features(500)))
    assert fit_sizes(rows)[99] == geonames.SIZE_ESTIMATE_CEILING < 100_000


def test_fit_sizes_of_nothing() -> None:
    assert fit_sizes([]) == {}
    assert fit_sizes([(1, "AA", 0, _features(3))]) == {}


def _town(geonameid: int, name: str, population: int, alternates: list[str]) -> dict:
    return {
        "geonameid": geonameid,
        "name": name,
        "latitude": 15.0 + geonameid / 1000,
        "longitude": 45.0,
        "countrycode": "YE",
        "population": population,
        "admin1code": "01",
        "alternatenames": alternates,
    }


# Invented towns: the counted ones say that a town with more names is larger.
TOWNS = {
    "9001": _town(9001, "Qaryat Sughra", 800, []),
    "9002": _town(9002, "Qaryat Wusta", 1_500, ["Qarya Wusta"]),
    "9003": _town(
        9003, "Madinat Kabira", 60_000, ["Madina Kabira", "Medina Kebira", "مدينة كبيرة"]
    ),
    "9004": _town(9004, "Madinat Wusta", 20_000, ["Madina Wusta", "مدينة وسطى"]),
    "9007": _town(9007, "Hisn Qadim", 3_000, ["Hesn Qadim"]),
    "9008": _town(9008, "Bandar Saghir", 5_000, ["Bandar Sagheer", "بندر صغير"]),
    "9005": _town(9005, "Suq Jadid", 0, ["Souk Jedid", "Sooq Jadeed", "سوق جديد"]),
    "9006": _town(9006, "Ghayl Saghir", 0, []),
}


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GeoNamesIndex]:
    folder = tmp_path_factory.mktemp("population-21")
    cities = folder / "cities.json"
    cities.write_text(json.dumps(TOWNS, ensure_ascii=False), encoding="utf-8")
    build_geonames_index(folder / "g.sqlite", cities_json=cities, include_iso=False)
    with GeoNamesIndex(folder / "g.sqlite") as opened:
        yield opened


def test_the_index_estimates_only_a_town_with_no_population(small_index: GeoNamesIndex) -> None:
    counted = small_index.get(9003)
    assert counted is not None
    assert small_index.estimated_population(counted) == 60_000
    named = small_index.get(9005)
    bare = small_index.get(9006)
    assert named is not None and bare is not None
    assert named.population == bare.population == 0  # the place itself says what GeoNames says
    # a town recorded with three names (one in Arabic script) is estimated larger than one
    # recorded with none
    assert small_index.estimated_population(named) > small_index.estimated_population(bare) > 0


@pytest.mark.usefixtures("method_only")
def test_a_kept_word_across_the_border_names_a_town_of_no_recorded_population() -> None:
    # Pakistani copy, "Spin" translated and "Boldak" kept: Spin Boldak, Afghanistan, which
    # GeoNames records with population 0 (NEIGHBOUR_KEPT_POPULATION read it as a hamlet)
    text = (
        "Pakistani customs officers said hundreds of lorries had queued outside White Boldak "
        "since Friday.\n"
    )
    assert ("White Boldak", "literal", "AF", "Spin Boldak") in garbles_in(text)


@pytest.mark.usefixtures("method_only")
@pytest.mark.parametrize(
    "text",
    [
        # the town's own name
        "Pakistani customs officers said hundreds of lorries had queued outside Spin Boldak "
        "since Friday.",
        # one of its recorded spellings is no translation of it
        "Iranian officials said the road to Khukumati-Nadi-Ali was closed after the floods.",
        # a person, outside a place slot
        "Pakistani customs officers said White Khan had queued outside the office since Friday.",
        # (copy naming no country: "outside White Boldak" is now read by the kept name, 13Lit40,
        # tests/test_literal_partly_translated_40.py)
    ],
)
def test_no_reading_where_copy_does_not_call_for_one(text: str) -> None:
    assert garbles_in(text + "\n") == []


def test_the_default_index_estimates_without_showing_it() -> None:
    from tqcheck.gazetteer.mentions import geonames_index

    index = geonames_index()
    assert index.path.is_file()  # built on first use from the shipped extract
    spin = next(p for p in index.exact("Spin Boldak") if p.country == "AF")
    assert spin.population == 0
    assert 10_000 <= estimated_population(spin) <= geonames.SIZE_ESTIMATE_CEILING
    kabul = next(p for p in index.exact("Kabul") if p.country == "AF")
    assert estimated_population(kabul) == kabul.population
