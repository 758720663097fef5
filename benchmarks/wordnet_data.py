"""WordNet 3.0's ``data.<pos>`` files read for the team's miners (``mine_town_nouns.py``,
``mine_english_names.py``, ``mine_english_world_places.py``): one reader of the synset lines, so
the miners share how a lemma and a pointer are parsed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

_MARKER = re.compile(r"\(.*\)$")  # an adjective's syntactic marker: "elect(p)"


def synsets(wordnet: Path, pos: str) -> Iterator[tuple[str, list[str], list[tuple[str, str, str]]]]:
    """(offset, lemmas, pointers) of each synset of ``wordnet/data.<pos>``: the lemmas as WordNet
    writes them (underscores for spaces, markers dropped), each pointer as (symbol, target offset,
    target part of speech)."""
    for line in (wordnet / f"data.{pos}").open(encoding="latin-1"):
        if line.startswith("  "):
            continue  # the licence header
        parts = line.split("|")[0].split()
        count = int(parts[3], 16)
        lemmas = [_MARKER.sub("", parts[4 + 2 * i]) for i in range(count)]
        at = 4 + 2 * count
        pointers = [
            (parts[at + 1 + 4 * i], parts[at + 2 + 4 * i], parts[at + 3 + 4 * i])
            for i in range(int(parts[at]))
        ]
        yield parts[0], lemmas, pointers
