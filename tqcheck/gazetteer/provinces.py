"""Provinces the copy names, tied to their towns.

The place index keeps a first-level unit (a province, governorate, region) under its ISO
3166-2 code ("IQ-WA") and a town under its GeoNames admin1 code ("16"); the table
``province_admin1.tsv`` (written by ``gazetteers/geonames/build_province_admin1.py``) ties the
two, so that copy naming a province ("irrigation officials in Wasit", "across Mazandaran
province", "Konya's water authority") can prefer the towns of that province for a garble it
holds: a sub-editor reading "the Tigris barrage at Cootie ... officials in Wasit" looks among
Wasit's towns first and finds Al-Kut.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache

from tqcheck.document.model import Document


@cache
def admin1_codes() -> dict[str, tuple[str, str]]:
    """ISO 3166-2 code -> (country, GeoNames admin1 code), for the units the table maps."""
    from tqcheck.gazetteer.admin_units import rows

    found: dict[str, tuple[str, str]] = {}
    for code, country, admin1, *_ in rows("province_admin1.tsv"):
        found[code] = (country, admin1)
    return found


def units_in(text: str) -> frozenset[str]:
    """The ISO codes of the first-level units of the region's countries that ``text`` names by
    a name that reads as the unit (``context.unit_name_reads``: no English word, given name or
    city abroad) and that the table maps: a whole run of capitalised words ("East Azerbaijan
    province", "in Wasit"), a possessive's owner ("Konya's water authority"), or a part of a
    run joined by "and" or "of"."""
    return _units_in(text)


@cache
def _codes_by_key() -> dict[str, frozenset[str]]:
    """Unit key (``admin_units``' fold) -> ISO codes of the mapped units so named: their ISO
    names and the English names of ``admin_unit_names.tsv`` (``admin_units.units_named``) and
    of ``region_unit_names.tsv`` ("Jawzjan")."""
    from tqcheck.gazetteer.admin_units import unit_key
    from tqcheck.gazetteer.context import region_unit_names

    found: dict[str, set[str]] = {}
    names, _instead = region_unit_names()
    for code, spellings in names.items():
        for name in spellings:
            found.setdefault(unit_key(name), set()).add(code)
    return {key: frozenset(codes) for key, codes in found.items() if key}


def _units_named(name: str) -> frozenset[str]:
    from tqcheck.gazetteer.admin_units import unit_key, units_named

    mapped = admin1_codes()
    codes = {unit.code for unit in units_named(name)} | _codes_by_key().get(unit_key(name), set())
    return frozenset(code for code in codes if code in mapped)


@cache
def _reads(name: str, country: str) -> bool:
    """``name`` of a unit of ``country`` reads as the unit (``context.unit_name_reads``); a
    name of several words ("White Nile", "East Azerbaijan") is no ordinary English word, so
    only a subdivision or a city of 100,000+ of another country by it rules it out."""
    from tqcheck.gazetteer.context import WELL_KNOWN_POPULATION, unit_name_reads
    from tqcheck.gazetteer.mentions import geonames_index

    if " " not in name.strip():
        return unit_name_reads(name, country)
    return not any(
        place.country != country
        and (
            place.kind == "subdivision"
            or (place.kind == "place" and place.population >= WELL_KNOWN_POPULATION)
        )
        for place, _relation in geonames_index().exact_ranked(name)
    )


@lru_cache(maxsize=1024)
def _units_in(text: str) -> frozenset[str]:
    from tqcheck.gazetteer.context import JOINER, possessive_owner, unit_runs

    mapped = admin1_codes()
    found: set[str] = set()
    for _run, whole in unit_runs(text):
        owned = possessive_owner(whole)
        if owned is not None and not owned[1].strip():
            whole = owned[0]  # "Konya's"
        for name in dict.fromkeys([whole, *JOINER.split(whole)]):
            for code in _units_named(name):
                if _reads(name, mapped[code][0]):
                    found.add(code)
    return frozenset(found)


def units_at(document: Document, offset: int) -> frozenset[str]:
    """:func:`units_in` of the section of ``document`` that holds ``offset`` (computed once
    per section)."""
    from tqcheck.gazetteer.context import sections

    cached: dict[tuple[int, int], frozenset[str]] = document.analyses.setdefault(
        "province_units", {}
    )
    for start, end in sections(document):
        if start <= offset < end:
            if (start, end) not in cached:
                cached[start, end] = units_in(document.plain[start:end])
            return cached[start, end]
    return frozenset()


def towns_of(code: str, min_population: int) -> tuple[tuple[int, str, str, int], ...]:
    """(rowid, name, country, population) of the towns (GeoNames places) of ``min_population``
    or more of the unit of ISO code ``code``, largest first; none where the table lacks it."""
    mapped = admin1_codes().get(code)
    if mapped is None:
        return ()
    return _towns_by_unit(min_population).get(mapped, ())


@lru_cache(maxsize=4)
def _towns_by_unit(
    min_population: int,
) -> dict[tuple[str, str], tuple[tuple[int, str, str, int], ...]]:
    """(country, admin1) -> :func:`towns_of` for every unit of the table's countries: read in
    one pass over the places table (a read per unit cost 20 ms each in a dense article) and kept
    as a pickle in the cache folder (that pass took 25 ms of each check of an article naming a
    province), named after the index it was read from (its file's name and size, when it was
    built, its count of places), the table ``province_admin1.tsv``, this module and the index's
    (whose query reads the towns); an index that is no file (the GeoNames layer off) is read
    each time."""
    from tqcheck.gazetteer import cache_files, geonames
    from tqcheck.gazetteer.mentions import geonames_index

    index = geonames_index()
    try:
        size = index.path.stat().st_size if index.path.is_file() else None
    except OSError:
        size = None
    if size is None:
        return _read_towns_by_unit(min_population)
    # the query that reads the towns is the index module's (``unit_towns_in``)
    inputs = [__file__, geonames.__file__, cache_files.data_file("province_admin1.tsv")]
    facts = [
        index.path.name,
        size,
        index.meta.get("built_at"),
        index.meta.get("places"),
        _TOWNS_TABLE_VERSION,
        min_population,
    ]
    return cache_files.table(
        "province-towns", inputs, lambda: _read_towns_by_unit(min_population), dict, facts
    )


_TOWNS_TABLE_VERSION = 1  # the shape of :func:`_towns_by_unit`'s kept table


def _read_towns_by_unit(
    min_population: int,
) -> dict[tuple[str, str], tuple[tuple[int, str, str, int], ...]]:
    """:func:`_towns_by_unit` read from the index: the towns of ``min_population`` or more of
    the table's countries, grouped by unit, each unit's largest first (in the places table's
    order among towns of one size)."""
    from tqcheck.gazetteer.mentions import geonames_index

    countries = {country for country, _ in admin1_codes().values()}
    grouped: dict[tuple[str, str], list[tuple[int, str, str, int]]] = {}
    for rowid, name, country, population, admin1 in geonames_index().unit_towns_in(
        countries, min_population
    ):
        grouped.setdefault((country, admin1), []).append((rowid, name, country, population))
    return {unit: tuple(sorted(rows, key=lambda row: -row[3])) for unit, rows in grouped.items()}


def holds(units: frozenset[str], country: str, admin1: str) -> bool:
    """One of the units of ISO codes ``units`` is GeoNames' unit ``admin1`` of ``country``."""
    mapped = admin1_codes()
    return any(mapped.get(code) == (country, admin1) for code in units)


@lru_cache(maxsize=64)
def units_by_the_border(borders: frozenset[str], km: float) -> frozenset[tuple[str, str]]:
    """(country, GeoNames admin1) of the first-level units of the land neighbours of
    ``borders`` (``borders`` left out) that hold a place, any size, within ``km`` of a place
    of ``borders`` (GeoNames coordinates, the region's places of ``look_alikes.grid_cells``):
    the provinces along that border (Tataouine along Libya's; not Sohag). Only the places in
    the degree squares next to one of ``borders``' places are measured."""
    from tqcheck.gazetteer.context import neighbours_of
    from tqcheck.gazetteer.look_alikes import grid_cells
    from tqcheck.gazetteer.look_alikes import km as distance
    from tqcheck.gazetteer.mentions import geonames_index

    neighbours = neighbours_of(borders) - borders
    cells = grid_cells()
    theirs: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for cell, rows in cells.items():
        for row in rows:
            if row[2] in borders:
                theirs.setdefault(cell, []).append((row[4], row[5]))
    wide = 1 + int(km // 111)  # degree squares a place within ``km`` may lie in, each way
    around = [(dy, dx) for dy in range(-wide, wide + 1) for dx in range(-2 * wide, 2 * wide + 1)]
    beside = {(y + dy, x + dx) for y, x in theirs for dy, dx in around}
    rows = [row for cell in beside for row in cells.get(cell, ()) if row[2] in neighbours]
    span = km / 111.0  # degrees of latitude within ``km``; of longitude, wider by 1/cos
    near: list[int] = []
    for rowid, _name, _country, _population, lat, lon in rows:
        wide_lon = span / max(0.2, math.cos(math.radians(lat)))
        y, x = int(lat // 1), int(lon // 1)
        if any(
            abs(lat2 - lat) <= span
            and abs(lon2 - lon) <= wide_lon
            and distance(lat, lon, lat2, lon2) <= km
            for dy, dx in around
            for lat2, lon2 in theirs.get((y + dy, x + dx), ())
        ):
            near.append(rowid)
    found = {(place.country, place.admin1) for place in geonames_index().places(near).values()}
    return frozenset(found)


@lru_cache(maxsize=64)
def towns_by_the_border(
    borders: frozenset[str], km: float
) -> tuple[tuple[int, str, str, int], ...]:
    """(rowid, name, country, population) of the towns of ``look_alikes.TOWN_POPULATION`` or
    more of the provinces along the border of ``borders`` (:func:`units_by_the_border`): the
    towns copy putting a town "near the Libyan border" looks among (Zarzis, Ben Gardane; not
    Girga on the Nile). Largest first."""
    from tqcheck.gazetteer.look_alikes import TOWN_POPULATION

    units = units_by_the_border(borders, km)
    towns = [
        row
        for unit, rows in _towns_by_unit(TOWN_POPULATION).items()
        if unit in units
        for row in rows
    ]
    return tuple(sorted(towns, key=lambda row: -row[3]))
