"""ISO 3166 countries and subdivisions (pycountry's databases) as plain tuples.

pycountry builds an object per record the first time its databases are read: importing it and
reading its countries took about 50 ms of every check, its subdivisions 65 ms (issue 13: cold
start). The tuples here are kept as pickles in tqcheck's cache folder, named after the
databases' bytes and this module's, so a check reads them back in a millisecond or two and
does not import pycountry at all.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

from tqcheck.gazetteer import cache_files


class Country(NamedTuple):
    code: str  # ISO 3166-1 alpha-2
    name: str  # "Palestine, State of"
    common_name: str  # "" where pycountry has none
    official_name: str  # "the State of Palestine"; "" where pycountry has none


def inputs(name: str) -> list[Path | str]:
    """pycountry's database file ``name`` (found without importing pycountry) and this module."""
    return [cache_files.package_file("pycountry", "databases", name), __file__]


def _read_countries() -> tuple[Country, ...]:
    import pycountry

    return tuple(
        Country(
            country.alpha_2,
            country.name,
            getattr(country, "common_name", None) or "",
            getattr(country, "official_name", None) or "",
        )
        for country in pycountry.countries
    )


def _read_subdivisions() -> tuple[tuple[str, str, str, str], ...]:
    import pycountry

    return tuple(
        (subdivision.code, subdivision.country_code, subdivision.type, subdivision.name)
        for subdivision in pycountry.subdivisions
    )


@cache
def countries() -> tuple[Country, ...]:
    """Every ISO 3166-1 country, in pycountry's order."""
    return cache_files.table("iso-countries", inputs("iso3166-1.json"), _read_countries, tuple)


@cache
def subdivisions() -> tuple[tuple[str, str, str, str], ...]:
    """(code, country code, type, name) of every ISO 3166-2 subdivision, in pycountry's order."""
    return cache_files.table(
        "iso-subdivisions", inputs("iso3166-2.json"), _read_subdivisions, tuple
    )


@cache
def _by_code() -> dict[str, Country]:
    return {country.code: country for country in countries()}


def country(code: str) -> Country | None:
    """The country of ISO code ``code`` ("PS"), or None."""
    return _by_code().get(code)


def short_name(code: str) -> str:
    """A country's name as copy writes it: pycountry's common name, else its name before a
    comma ("Palestine, State of" -> "Palestine"); the code itself when unknown."""
    found = country(code)
    if found is None:
        return code
    return found.common_name or found.name.split(",")[0]
