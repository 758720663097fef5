"""House style for place names: which spelling of an entry the newsroom prefers.

The policy ``[tool.tqcheck.house-style] spelling`` picks the base: ``"official"`` (default) is
the gazetteer's ``name`` column (Azerbaijani places in the official English transliteration:
Jabrayil, Khojavend, Khankendi); ``"geonames"`` is the GeoNames name of the entry's
``geonameid`` where the row has one ("Naxçıvan"), the ``name`` column otherwise. ``names``
overrides either per name: ``names = { Stepanakert = "Stepanakert" }`` accepts a spelling as
preferred, and ``names = { Khankendi = "Stepanakert" }`` prefers another one.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tqcheck.gazetteer.index import Match
from tqcheck.gazetteer.keys import fold, skeletons

# Generic words a spelling may carry without being another spelling ("Araz River").
_GENERIC = ("river", "district", "rayon", "city", "town", "village", "region", "province")


def explicit_preference(match: Match, house_style: dict[str, Any] | None) -> str | None:
    """The spelling the config's house-style ``names`` table prefers for this match, if any."""
    names = {fold(key): value for key, value in ((house_style or {}).get("names") or {}).items()}
    for key in (fold(match.query), fold(match.entry.name)):
        if key in names:
            return names[key]
    return None


def is_spelling_variant(written: str, preferred: str) -> bool:
    """True when ``written`` is another transliteration of ``preferred`` (Fizuli / Fuzuli), not
    another name (Stepanakert / Khankendi) or the same name with a generic word (Araz River)."""
    a, b = fold(written), fold(preferred)
    for word in _GENERIC:
        if a in (b + word, word + b):
            return False
    return bool(skeletons(written) & skeletons(preferred))


def preferred_spelling(match: Match, house_style: dict[str, Any] | None) -> str:
    """The spelling house style prefers: the ``names`` table, else the spelling policy."""
    explicit = explicit_preference(match, house_style)
    if explicit is not None:
        return explicit
    if (house_style or {}).get("spelling") == "geonames" and match.entry.geonameid:
        return _geonames_name(match.entry.geonameid) or match.entry.name
    return match.entry.name


@cache
def _geonames_name(geonameid: str) -> str | None:
    from tqcheck.gazetteer.geonames import open_default

    place = open_default().get(geonameid)
    return place.name if place else None
