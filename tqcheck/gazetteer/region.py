"""The region whose place names machine translation reads from Arabic script, and the world
regions an article may name: the lowest layer of the garble reader, imported by the article
geography (``context``) and by the garble and person-name readers alike.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from tqcheck.gazetteer.keys import (
    fold,
)

if TYPE_CHECKING:
    pass

# Countries whose place names reach English through Arabic (or Persian, Russian, Armenian)
# script in the copy tqcheck checks: their GeoNames Arabic names are read back by sound. Elsewhere
# (the US, Europe) Arabic names are transliterations of English ones and carry no evidence.
ARABIC_SCRIPT_REGION = frozenset(
    [
        "DZ",
        "BH",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MA",
        "MR",
        "OM",
        "PS",
        "QA",
        "SA",
        "SD",
        "SS",
        "SY",
        "TN",
        "AE",
        "YE",
        "EH",
        "DJ",
        "SO",
        "KM",
        "ER",
        "TD",
        "ML",  # Mali and Niger: Arabic-language news covers the Sahel, and its north speaks
        "NE",  # Hassaniya and Chadian Arabic (Timbuktu, Agadez reach English through Arabic)
        "IL",
        "TR",
        "IR",
        "AF",
        "PK",
        "AZ",
        "AM",
        "GE",
        "KZ",
        "KG",
        "TJ",
        "TM",
        "UZ",
        "CY",
        "RU",  # only its North Caucasus republics (``region_parts.tsv``, ``in_region_part``)
    ]
)


@cache
def world_regions() -> frozenset[str]:
    text = resources.files("tqcheck.data").joinpath("world_regions.txt").read_text("utf-8")
    return frozenset(
        fold(line) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def is_world_region(text: str) -> bool:
    """A continent or a world region ("Asia", "Middle East"): a place word, never a garble."""
    return fold(text) in world_regions()
