"""Write ``tqcheck/data/province_admin1.tsv``: the GeoNames admin1 code of each first-level
ISO 3166-2 subdivision of the region's countries (run once per data release).

The place index keeps a province under its ISO 3166-2 code ("IQ-WA") and a town under its
GeoNames admin1 code ("16"); this table ties the two, so that copy naming a province can prefer
its towns. It is derived from data already in the repository, nothing else:

* the subdivisions, with their ISO names, from ``pycountry`` (ISO 3166-2), and their English
  names from ``tqcheck/data/admin_unit_names.tsv`` and ``region_unit_names.tsv``;
* the seats of the subdivisions named neither after their seat nor their seat after them
  (``province_capitals.tsv`` beside this script, the team's own list: "Wasit": Al Kut);
* the places, with their admin1 codes, names, alternate names and populations, from the
  GeoNames extract beside this script (``cities500.tsv.xz``).

A province is matched to the admin1 code of the largest place of its country that bears one of
its names (folded as ``admin_units`` folds a unit's name: "Al Başrah" and "Basra" alike), a
place's own name before its alternate names: a province is nearly always named after its
capital, or its capital after it; first, where the seats list gives one (method "seat"), to
the admin1 code of the largest place named as its seat. Where two subdivisions reach the same
admin1 code, the one whose place is larger keeps it. A country's one subdivision left over is
matched by elimination to its one admin1 code left over that holds a town of 20,000 or more.
The rest stay unmapped (printed to stderr).
Usage: ``python gazetteers/geonames/build_province_admin1.py``.
"""

from __future__ import annotations

import lzma
import sys
import unicodedata
from pathlib import Path

import pycountry

from tqcheck.gazetteer.admin_units import _unit_key
from tqcheck.gazetteer.region import ARABIC_SCRIPT_REGION

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "tqcheck" / "data"
OUT = DATA / "province_admin1.tsv"
# Russia's part of the region is its North Caucasus republics, already given by admin1 code
# (``region_parts.tsv``).
COUNTRIES = sorted(ARABIC_SCRIPT_REGION - {"RU"})
ELIMINATION_TOWN = 20_000

HEADER = """\
# The GeoNames admin1 code of each first-level ISO 3166-2 subdivision (province, governorate,
# region, state) of the region's countries (garble.ARABIC_SCRIPT_REGION less Russia), so that a
# province the copy names can be tied to its towns: the place index keeps provinces under their
# ISO code and towns under GeoNames' admin1 code. Derived, not compiled by hand:
# gazetteers/geonames/build_province_admin1.py matched each subdivision's ISO name (pycountry
# 26.2.16, LGPL-2.1+, Debian iso-codes) and English names (admin_unit_names.tsv,
# region_unit_names.tsv) to the largest place of its country so named in the GeoNames extract
# (gazetteers/geonames/cities500.tsv.xz; GeoNames, CC BY 4.0), own names before alternate names,
# and took that place's admin1 code ("name" or "alternate"), or first that of its seat where
# gazetteers/geonames/province_capitals.tsv (the team's own list) names one ("seat"); a
# country's one subdivision left over took its one admin1 code left over ("elimination").
# Subdivisions not listed are unmapped.
# Columns: ISO code, country, GeoNames admin1 code, method, the place that gave the code.
"""


def _latin(text: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def _english_names() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for table in ("admin_unit_names.tsv", "region_unit_names.tsv"):
        header = True
        for line in (DATA / table).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            row = line.split("\t")
            names.setdefault(row[0], []).extend(p for p in row[1].split("|") if p.strip())
    return names


def _seats() -> dict[str, list[str]]:
    """ISO code -> the spellings of its seat (``province_capitals.tsv``)."""
    found: dict[str, list[str]] = {}
    for line in (HERE / "province_capitals.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip() and not line.startswith("#") and not line.startswith("code\t"):
            code, seats = line.split("\t")
            found[code] = [s for s in seats.split("|") if s.strip() and s != "-"]
    return found


def _places() -> dict[str, list[tuple[str, str, str, int, list[str]]]]:
    """Country -> (geonameid, name, admin1, population, Latin alternate names) of its places."""
    found: dict[str, list[tuple[str, str, str, int, list[str]]]] = {}
    wanted = set(COUNTRIES)
    with lzma.open(HERE / "cities500.tsv.xz", "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number < 2:
                continue
            gid, name, country, admin1, _lat, _lon, population, alternates = line.rstrip(
                "\n"
            ).split("\t")
            if country in wanted and admin1:
                latin = [a for a in alternates.split("|") if a and _latin(a)]
                found.setdefault(country, []).append((gid, name, admin1, int(population), latin))
    return found


def build() -> tuple[list[tuple[str, str, str, str, str]], list[str]]:
    english = _english_names()
    seats = _seats()
    places = _places()
    rows: list[tuple[str, str, str, str, str]] = []
    unmapped: list[str] = []
    for country in COUNTRIES:
        own: dict[str, list[tuple[int, str, str, str]]] = {}
        other: dict[str, list[tuple[int, str, str, str]]] = {}
        for gid, name, admin1, population, alternates in places.get(country, ()):
            own.setdefault(_unit_key(name), []).append((population, admin1, name, gid))
            for alternate in alternates:
                other.setdefault(_unit_key(alternate), []).append((population, admin1, name, gid))
        subdivisions = sorted(
            (
                s
                for s in pycountry.subdivisions.get(country_code=country) or ()
                if not s.parent_code
            ),
            key=lambda s: s.code,
        )
        chosen: dict[str, tuple[int, str, str, str, str]] = {}  # code -> (rank, admin1, ...)
        for sub in subdivisions:
            keys = {_unit_key(n) for n in (sub.name, *english.get(sub.code, ())) if n.strip()}
            keys.discard("")
            best: tuple[int, int, str, str, str, str] | None = None
            for table, method, weight in ((own, "name", 1), (other, "alternate", 0)):
                for key in keys:
                    for population, admin1, name, gid in table.get(key, ()):
                        candidate = (weight, population, admin1, name, gid, method)
                        if best is None or candidate[:2] > best[:2]:
                            best = candidate
            if sub.code in seats:  # the team's seat first where listed
                best = None
                if not seats[sub.code]:
                    continue  # "-": left unmapped on purpose
                seat_keys = {_unit_key(n) for n in seats[sub.code]} - {""}
                for table, weight in ((own, 1), (other, 0)):
                    for key in seat_keys:
                        for population, admin1, name, gid in table.get(key, ()):
                            candidate = (weight, population, admin1, name, gid, "seat")
                            if best is None or candidate[:2] > best[:2]:
                                best = candidate
            if best is not None:
                weight, population, admin1, name, gid, method = best
                chosen[sub.code] = (weight * 10**9 + population, admin1, method, name, gid)
        # two subdivisions on one admin1 code: the larger place keeps it
        holders: dict[str, str] = {}
        for code, (_rank, admin1, *_rest) in sorted(chosen.items(), key=lambda i: -i[1][0]):
            if admin1 in holders:
                del chosen[code]
            else:
                holders[admin1] = code
        left = [s.code for s in subdivisions if s.code not in chosen]
        codes_left = sorted(
            {
                admin1
                for _gid, _name, admin1, population, _alt in places.get(country, ())
                if population >= ELIMINATION_TOWN
            }
            - set(holders)
        )
        if len(left) == 1 and len(codes_left) == 1:
            chosen[left[0]] = (0, codes_left[0], "elimination", "", "")
            left = []
        for code in sorted(chosen):
            _rank, admin1, method, name, gid = chosen[code]
            rows.append((code, country, admin1, method, f"{name} {gid}".strip()))
        unmapped.extend(f"{code} {pycountry.subdivisions.get(code=code).name}" for code in left)
    return rows, unmapped


def main() -> None:
    rows, unmapped = build()
    lines = [HEADER.rstrip("\n"), "code\tcountry\tadmin1\tmethod\tplace"]
    lines += ["\t".join(row) for row in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} subdivisions mapped, {len(unmapped)} unmapped", file=sys.stderr)
    for line in unmapped:
        print(f"unmapped: {line}", file=sys.stderr)


if __name__ == "__main__":
    main()
