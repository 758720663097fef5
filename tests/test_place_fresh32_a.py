"""A rare word whose ending alone differs from a town's, after "in" in copy set in one country of
the region (issue 13): the word says the town's whole name and adds a consonant or leaves off
its last ("Police in Gurley ... Uzbek officials said" for Gurlan), read as in a place slot,
where a word rarer than everyday English that differs by its ending only is read already
("Tiara" for Tiaret); and in a place slot the ending is compared with the town's name without
its Arabic article too."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.look_alikes import _only_its_ending_apart

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _found(text: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.kind, g.name, g.country) for g in garbles.find_garbles(document)]


def test_only_the_ending_apart() -> None:
    assert _only_its_ending_apart("Silvia", "Silvan")  # SLV, SLVN: one class left off
    assert _only_its_ending_apart("Matures", "Mateur")  # MTRS, MTR: one class more
    assert not _only_its_ending_apart("Morgan", "Gorgan")  # its first consonant differs
    assert not _only_its_ending_apart("Kafr", "Kafr Laha")  # the first word of two


def test_a_rare_word_a_consonant_short_after_in() -> None:
    assert _found("Police in Gurley arrested two men on Monday, Uzbek officials said.\n") == [
        ("Gurley", "look-alike", "Gurlan", "UZ")
    ]


def test_a_rare_word_a_consonant_longer_after_in() -> None:
    assert _found("Police in Matures arrested two men on Monday, Tunisian officials said.\n") == [
        ("Matures", "look-alike", "Mateur", "TN")
    ]


def test_real_places_everyday_words_and_people_stay_quiet() -> None:
    # the town itself; an everyday word (Midelt is a consonant more than "Middle"); a person
    # the sentence names; copy set abroad too; the first word of a two-word name; a town
    # abroad by the word's own name (Silvia, Colombia; Kirkel, Germany)
    quiet = [
        "Police in Gurlan arrested two men on Monday, Uzbek officials said.\n",
        "Police in Middle arrested two men, Morocco's interior ministry said.\n",
        "Sophie met Gurley in Tashkent on Monday, Uzbek officials said.\n",
        "Talks in Gurley between Uzbek and German officials ended on Monday.\n",
        "Police in Kafr arrested two men, Syria's interior ministry said.\n",
        "Police in Silvia detained four men after a shooting at a wedding, Turkish officials "
        "said.\n",
        "An Iraqi-born surgeon who works in Kirkel said the hospitals of Iraq needed doctors.\n",
    ]
    for text in quiet:
        assert [g for g in _found(text) if g[1] == "look-alike"] == [], text
