"""The near-synonym bridge of TQ301's literal reading (issue 13): a common English word no table
glosses, read as its WordNet synonym that a table does gloss ("Basement" for "cellar"), last of
all, in a strong slot only and only to a place's exact Arabic name. Sentences are the engineer's
own, in no dev set."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _found(text: str) -> list[garbles.Garble]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [g for g in garbles.find_garbles(document) if g.kind == "literal"]


def test_a_near_word_takes_its_synonyms_arabic_marked_and_only_where_no_table_knows_it() -> None:
    table = garbles.toponym_words()
    near = [english for english, entries in table.items() if entries[0][1] == garbles.NEAR]
    assert near, "the near-synonym table is read"
    # a near word holds near pairs only: no table gives it an entry of its own
    assert all(entry[1] == garbles.NEAR for english in near for entry in table[english])
    assert "basement" in near
    assert ("قبو", garbles.NEAR) in table["basement"]  # "cellar" (FreeDict)
    # the tables read first, and the lexicon's reading, never see a near pair
    for first in (garbles.toponym_words_first(), garbles.toponym_words_lexicon()):
        assert "basement" not in first
        assert all(e[1] != garbles.NEAR for entries in first.values() for e in entries)


def test_a_near_synonym_names_a_place_in_a_strong_slot() -> None:
    found = _found("Shells fell on the village of Basement, in Syria, on Monday.\n")
    assert [(g.text, g.country, g.name) for g in found] == [("Basement", "SY", "Al Qabw")]
    # ... scored a little under the same reading through the tables themselves
    assert found[0].score == pytest.approx(garbles.SCORE_ARABIC_EXACT - garbles.NEAR_PENALTY)
    assert '"basement" = قبو' in found[0].evidence


def test_a_near_synonym_is_no_place_after_in() -> None:
    # after "in" the word is the room it names: the bridge needs a slot that says a place
    assert (
        _found("The family hid in the Basement for two days during the shelling in Syria.\n") == []
    )
