"""Administrative units of any country: their English terms, their names, and the slots in
copy where a unit is named ("the governorate of Nineveh", "Idlib province").

Three tables in ``tqcheck/data/`` (lexical knowledge, with sources in their headers):

* ``admin_unit_terms.tsv``: per country and level (1 = first-level unit, the ISO 3166-2
  subdivision; 2 = district; 3 = subdistrict) the English term news copy uses, the looser terms
  wire copy also uses for it, and the Arabic words Arabic news uses for it;
* ``admin_unit_names.tsv``: English names of first-level units whose ISO 3166-2 name (a
  romanisation, from ``pycountry``) is not the one English copy uses ("Nineveh" for Nīnawá);
* ``admin_literal_words.tsv``: English words machine translation writes for an Arabic unit word
  read in its everyday sense ("conservative" for محافظة, "judiciary" for قضاء);
* ``admin_level_one_terms.txt``: the unit terms that name a first-level unit somewhere
  ("state", "governorate", "province"...), which may be the wrong country's term.

Which first-level units exist comes from ``pycountry`` (ISO 3166-2, with its type); which
places exist below them comes from the GeoNames index (``mentions.geonames_index``), which keeps
populated places but no districts, so a district is known only as the town it is named after.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.gazetteer.keys import fold
from tqcheck.lexicon import is_function_word, word_list

ALWAYS_ACCEPTED = frozenset({"region", "area"})
_ARTICLE = patterns.compile(r"^(?:al|el|an|ar|as|ash|at|ad|adh|az|ath|ed|es|ez)\s+")


@dataclass(frozen=True, slots=True)
class UnitKind:
    """One kind of unit of one country: Iraq's level 1 "governorate" (محافظة)."""

    country: str
    level: int
    iso_type: str
    term: str
    accepted: tuple[str, ...]
    arabic: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Unit:
    """A first-level unit (an ISO 3166-2 subdivision) of a country the table covers."""

    code: str
    country: str
    kind: UnitKind


@dataclass(frozen=True, slots=True)
class LiteralWord:
    word: str
    arabic: str
    strong: bool


@dataclass(frozen=True, slots=True)
class Slot:
    """A name in a unit's slot: ``word`` before "of NAME" (shape "of") or after NAME ("after")."""

    name: str
    name_start: int
    name_end: int
    word: str
    word_start: int
    word_end: int
    shape: str


def rows(name: str) -> Iterator[list[str]]:
    text = resources.files("tqcheck.data").joinpath(name).read_text(encoding="utf-8")
    header = True
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        yield line.split("\t")


def split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@cache
def unit_kinds() -> dict[str, tuple[UnitKind, ...]]:
    """Country code -> its kinds of unit, in table order (level 1 first)."""
    kinds: dict[str, list[UnitKind]] = {}
    for row in rows("admin_unit_terms.tsv"):
        country, level, iso_type, term, accepted, arabic = (row + [""] * 6)[:6]
        kinds.setdefault(country, []).append(
            UnitKind(country, int(level), iso_type, term, split(accepted), split(arabic))
        )
    return {country: tuple(found) for country, found in kinds.items()}


def country_terms(country: str) -> frozenset[str]:
    """Every term and accepted term of any level of ``country``."""
    return frozenset(
        term for kind in unit_kinds().get(country, ()) for term in (kind.term, *kind.accepted)
    )


def kind_for_arabic(country: str, arabic: str) -> UnitKind | None:
    """The country's kind of unit that Arabic news calls ``arabic`` (lowest level first)."""
    for kind in unit_kinds().get(country, ()):
        if arabic in kind.arabic:
            return kind
    return None


@cache
def word_level(arabic: str) -> int:
    """The highest level (lowest number) at which any country's Arabic news uses ``arabic``:
    1 for محافظة and ولاية, 2 for قضاء, 3 for ناحية (9 when no country does)."""
    levels = [
        kind.level for kinds in unit_kinds().values() for kind in kinds if arabic in kind.arabic
    ]
    return min(levels, default=9)


@cache
def literal_words() -> dict[str, LiteralWord]:
    return {
        row[0].lower(): LiteralWord(row[0].lower(), row[1], row[2].strip() == "strong")
        for row in rows("admin_literal_words.tsv")
    }


def level_one_terms() -> frozenset[str]:
    return word_list("admin_level_one_terms")


def unit_key(name: str) -> str:
    """A name folded without its Arabic article, final "h" and doubled letters: "Al Başrah" and
    "Basra" -> "basra"."""
    lowered = _ARTICLE.sub("", name.strip().lower().replace("-", " "))
    key = fold(lowered)
    key = re.sub(r"(.)\1", r"\1", key)
    return key[:-1] if key.endswith("h") and len(key) > 3 else key


@cache
def _units_by_key() -> dict[str, tuple[Unit, ...]]:
    """Unit key -> the first-level units so named, from a table kept as a pickle in the cache
    (named after its inputs: building it took 15 to 35 ms of each check; issue 13: cold start).
    The pickle holds plain tuples; the units are made here with the kinds of :func:`unit_kinds`."""
    from tqcheck.gazetteer import cache_files, iso, words

    inputs = [
        __file__,
        *cache_files.fold_inputs(),
        cache_files.data_file("admin_unit_terms.tsv"),
        cache_files.data_file("admin_unit_names.tsv"),
        iso.__file__,
        cache_files.package_file("pycountry", "databases", "iso3166-2.json"),
        words.__file__,
        cache_files.package_file("wordfreq", "data", "small_en.msgpack.gz"),
    ]
    keyed = cache_files.table("admin-units", inputs, _unit_rows_by_key, dict)
    kinds = unit_kinds()
    units: dict[tuple[str, str, int], Unit] = {}
    for rows in keyed.values():
        for code, country, index in rows:
            if (code, country, index) not in units:
                units[code, country, index] = Unit(code, country, kinds[country][index])
    return {key: tuple(units[row] for row in rows) for key, rows in keyed.items()}


def _unit_rows_by_key() -> dict[str, tuple[tuple[str, str, int], ...]]:
    """Unit key -> (code, country, index of its kind in the country's ``unit_kinds``) of the
    units so named: an ISO 3166-2 name that is no ordinary English word, and the names of
    ``admin_unit_names.tsv``."""
    from tqcheck.gazetteer import iso
    from tqcheck.gazetteer.words import zipf

    kinds = unit_kinds()
    english = {row[0]: split(row[1]) for row in rows("admin_unit_names.tsv")}
    subdivisions: dict[str, list[tuple[str, str, str]]] = {}
    for code, country, iso_type, iso_name in iso.subdivisions():  # pycountry's, from a cache
        subdivisions.setdefault(country, []).append((code, iso_type, iso_name))
    found: dict[str, list[tuple[str, str, int]]] = {}
    for country, country_kinds in kinds.items():
        by_type = {
            kind.iso_type: index for index, kind in enumerate(country_kinds) if kind.level == 1
        }
        for code, iso_type, iso_name in subdivisions.get(country, ()):
            index = by_type.get(iso_type)
            if index is None:
                continue
            unit = (code, country, index)
            names = list(english.get(code, ()))
            # An ISO name that is an ordinary English word ("Mary", "Van") is not evidence.
            if " " in iso_name or zipf(iso_name) < 4.0:
                names.append(iso_name)
            for name in names:
                key = unit_key(name)
                if key and unit not in found.get(key, []):
                    found.setdefault(key, []).append(unit)
    return {key: tuple(units) for key, units in found.items()}


def units_named(name: str) -> tuple[Unit, ...]:
    """The first-level units of the table's countries called ``name``."""
    return _units_by_key().get(unit_key(name), ())


def places_named(name: str) -> list[tuple[str, str]]:
    """(country, kind) of the GeoNames places and subdivisions called exactly ``name``, largest
    first; kind is ``place``, ``subdivision`` or ``country``."""
    from tqcheck.gazetteer.mentions import geonames_index

    return [(place.country, place.kind) for place in geonames_index().exact(name)]


def is_country(name: str) -> bool:
    """A country's name ("Iraq", "Palestine", "Israel"), or a region that stands for one and is
    no unit ("Darfur"), by ``context.country_of_word``: not a unit of it."""
    from tqcheck.gazetteer.context import country_of_word

    if any(kind == "country" for _, kind in places_named(name)):
        return True
    return country_of_word(name) is not None and not units_named(name)


# -- slots -----------------------------------------------------------------------------------

_WORD = r"(?:[A-Z][^\W\d_]*|(?:al|el|ez|es|ed|ad|an|ar|as|ash|at|az)-[A-Z][^\W\d_]*)"
_NAME = rf"(?<![\w'’-]){_WORD}(?:['’-][^\W\d_]+)*(?: {_WORD}(?:['’-][^\W\d_]+)*){{0,2}}"


@cache
def _slot_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = set(literal_words()) | level_one_terms()
    for kinds in unit_kinds().values():
        for kind in kinds:
            words.update((kind.term, *kind.accepted))
    alternation = "|".join(
        re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=patterns.longest_first)
    )
    of_slot = patterns.compile(rf"(?<![\w-])(?P<word>(?i:{alternation}))\s+of\s+(?P<name>{_NAME})")
    after_slot = patterns.compile(rf"(?P<name>{_NAME})\s+(?P<word>(?i:{alternation}))(?![\w-])")
    return of_slot, after_slot


def _trim(start: int, name: str) -> tuple[int, str]:
    """The name without function words at either end ("The Basra" -> "Basra")."""
    words = name.split(" ")
    while words and is_function_word(words[0]):
        start += len(words.pop(0)) + 1
    while words and is_function_word(words[-1]):
        words.pop()
    return start, " ".join(words)


def unit_slots(document: Document) -> list[Slot]:
    """Every name in a unit word's slot, once per span, computed once per document."""
    cached = document.analyses.get("admin_unit_slots")
    if cached is not None:
        return cached
    plain = document.plain
    of_slot, after_slot = _slot_patterns()
    slots: dict[tuple[int, int], Slot] = {}
    for block in document.blocks:
        for pattern, shape in ((of_slot, "of"), (after_slot, "after")):
            for hit in pattern.finditer(plain, block.start, block.end):
                start, name = _trim(hit.start("name"), hit.group("name"))
                if not name:
                    continue
                key = (hit.start("word"), hit.end("word"))
                if key in slots:
                    continue
                slots[key] = Slot(
                    name,
                    start,
                    start + len(name),
                    " ".join(hit.group("word").split()),
                    hit.start("word"),
                    hit.end("word"),
                    shape,
                )
    found = sorted(slots.values(), key=lambda slot: slot.word_start)
    document.analyses["admin_unit_slots"] = found
    return found
