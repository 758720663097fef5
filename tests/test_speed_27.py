"""The garble reader's speed-ups of 13Spd27 answer as before (issue 13: cold start of a
garble-dense article): a name's sound classes are read with each letter's classes looked up,
not asked letter by letter; whitespace and name parts are split by patterns compiled once; a
literal reading makes a choice's gloss and rank only when the choice finds a place. Examples
are the engineer's own, in no dev set."""

from __future__ import annotations

import random

import pytest

from tqcheck.document.model import Document
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles, keys
from tqcheck.gazetteer.garble import base

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _names(count: int) -> list[str]:
    """Random spellings of the letters, clusters and marks romanised names are written in."""
    pieces = [cluster for cluster, _ in keys.CLUSTERS] + list(
        "abcdefghijklmnopqrstuvwxyz0123456789 -'’çşğıöüəéāḥİÖÜ"
    )
    chance = random.Random(27)
    return [
        "".join(chance.choice(pieces) for _ in range(chance.randint(0, 9))) for _ in range(count)
    ]


def test_the_sound_classes_of_a_name_are_those_scan_sounds_reads() -> None:
    for name in [*_names(20000), "Khojawound", "Xocavənd", "Qaradagli", "Dzhalilabad"]:
        assert keys._classes(name) == keys.scan_sounds(keys.fold(name), keys.letter_classes)
    # the skeletons made from them, as keys' docstring has them
    assert "KJVND" in keys.skeletons("Khojawound") & keys.skeletons("Xocavənd")
    assert "KRDKL" in keys.skeletons("Qaradagli") & keys.skeletons("Garadagli")


def test_an_arabic_key_drops_every_space() -> None:
    joined = keys.arabic_key("رأسالعين")
    for spaced in ("رأس العين", "رأس\tالعين", "رأس \n العين", "رأس\u00a0العين"):
        assert keys.arabic_key(spaced) == joined


def test_names_are_split_into_parts_as_before() -> None:
    assert base.bare_name("Dayr al Balah") == "dayrbalah"
    assert base.bare_name("Ra’s al-‘Ayn") == "rasayn"
    assert base.fold_keep_spaces("Umm Qasr-Port\tTown") == "umm qasr port town"
    assert base.bare_name("Al") == "al"  # nothing but the article: the folded name


def _document(text: str) -> Document:
    return parse_document(SourceText("speed.txt", text, "utf-8", b"", text.encode()))


def test_a_literal_reading_still_says_its_gloss() -> None:
    text = "Fighting spread to Head of the Spring, in northern Syria, on Monday.\n"
    found = {g.text: g for g in garbles.find_garbles(_document(text))}
    garble = found["Head of the Spring"]
    assert garble.kind == "literal" and garble.country == "SY"
    assert garble.evidence.endswith('("head" = رأس, "spring" = عين)')


def test_real_places_and_a_person_stay_quiet() -> None:
    text = (
        "Officials in Aleppo and Homs said Khalid Haddad, a trader from Latakia, was freed "
        "on Monday.\n"
    )
    assert garbles.find_garbles(_document(text)) == []
