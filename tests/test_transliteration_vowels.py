"""An e for a fatha (issue 13): a second reading of the unwritten short vowel only where some
recorded spelling of the place writes it so; where every spelling writes a, the e is MT's
guess."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.through_arabic import e_for_a_attested

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _found(text: str) -> list[tuple[str, str, str]]:
    text += "\n"
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.name, g.country) for g in garbles.find_garbles(document)]


def test_an_e_no_spelling_of_the_place_has_is_attested_nowhere() -> None:
    assert not e_for_a_attested("Sinjer", "Sinjar", ["Sinjar", "Sinjār", "Shingal"])
    assert e_for_a_attested("Tel Abyad", "Tall Abyad", ["Tall Abyad", "Tel Abiad"])
    assert e_for_a_attested("Samnan", "Semnan", [])  # an a for the name's e: a fatha read as a


def test_an_e_every_spelling_writes_a_is_a_garble() -> None:
    assert _found("Yazidi families returned to Sinjer, in northern Iraq, last week.") == [
        ("Sinjer", "Sinjar", "IQ")
    ]
    assert _found("Fighters withdrew from Gheryan, south of Tripoli, Libyan officials said.") == [
        ("Gheryan", "Gharyan", "LY")
    ]


def test_an_e_a_spelling_of_the_place_has_stays_quiet() -> None:
    assert _found("Turkish-backed fighters entered Tel Abyad, in northern Syria.") == []
