"""The Buckwalter lexicon's word table as a bridge of last resort for literal translations of
place names (issue 13). Sentences are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.garble import literal, word_tables
from tqcheck.gazetteer.keys import arabic_key

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.country, g.name, g.kind) for g in garbles.find_garbles(document)]


def test_the_lexicon_pairs_are_marked_and_left_out_of_the_first_bridge() -> None:
    table = garbles.toponym_words()
    # "tube" is خرطوم only in the lexicon (Buckwalter: "trunk;proboscis", "hose;tube").
    assert (arabic_key("خرطوم"), garbles.LEXICON) in [
        (arabic_key(a), latin) for a, latin in table["tube"]
    ]
    assert "tube" not in garbles.toponym_words_first()
    # Words the other tables know keep their entries there, without the lexicon's.
    first = garbles.toponym_words_first()["monastery"]
    assert first and all(latin != garbles.LEXICON for _, latin in first)


def test_a_word_only_the_lexicon_glosses_is_read_back() -> None:
    text = "Government jets bombed the Tube, Sudan's capital, for a third night.\n"
    assert _garbles(text) == [("Tube", "SD", "Khartoum", "literal")]


def test_without_the_lexicon_table_the_word_is_no_literal_translation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the co-gloss table is read from the same Buckwalter lexicon ("tube" beside "trunk",
    # خرطوم): without the lexicon, it goes too
    tables = tuple(t for t in garbles.TOPONYM_WORD_TABLES if t != garbles.LEXICON_TABLE)
    monkeypatch.setattr(word_tables, "TOPONYM_WORD_TABLES", tables)
    monkeypatch.setattr(literal, "COGLOSS_TABLE", "no-such-table.csv")
    garbles.toponym_words.cache_clear()
    garbles.COGLOSS_MEMO.clear()
    try:
        text = "Government jets bombed the Tube, Sudan's capital, for a third night.\n"
        assert all(kind != "literal" for *_, kind in _garbles(text))
    finally:
        monkeypatch.undo()
        garbles.toponym_words.cache_clear()
        garbles.COGLOSS_MEMO.clear()


def test_the_other_tables_reading_goes_first() -> None:
    # مفتاح "key" (hand and dictionary tables) is Meftah; the lexicon's further senses of
    # "key" would read Ghardaia, a larger town: they count only where the others find nothing.
    text = "Gunmen attacked a gendarmerie post in the town of Key, south of Algiers, Algeria.\n"
    assert _garbles(text) == [("Key", "DZ", "Meftah", "literal")]


def test_the_lexicon_pairs_are_read_only_to_an_arabic_name() -> None:
    # No reading by consonant classes against Latin names: every sense of every noun would
    # find some hamlet spelled with the same consonants.
    choice = [[("tube", "خرطوم", garbles.LEXICON)]]
    assert garbles.literal_by_skeleton([tuple(choice)], {"SD"}) == {}
    assert garbles.literal_by_skeleton([([("tube", "خرطوم", ())],)], {"SD"})


def test_the_lexicon_stands_only_in_a_strong_slot_or_beside_another_table_s_word() -> None:
    def candidate(text: str, slot: str, located: bool = False) -> garbles.Candidate:
        return garbles.Candidate(0, len(text), text, slot, None, False, located=located)

    assert garbles.lexicon_may_stand(candidate("Tube", "strong"))
    assert garbles.lexicon_may_stand(candidate("Tube", "weak", located=True))
    # After "in", "near" one word read through some sense of some noun stays an English word.
    assert not garbles.lexicon_may_stand(candidate("Tube", "weak"))
    # Beside a word the other tables translate ("hill", تل) it may stand.
    assert garbles.lexicon_may_stand(candidate("Tube Hill", "weak"))
    assert not garbles.lexicon_may_stand(candidate("Tube Xyzq", "weak"))


def test_an_adjective_the_lexicon_glosses_as_a_part_is_read_as_itself() -> None:
    # Buckwalter's خارج "outside;exterior;outer part": "outer" too (mine_buckwalter_words).
    outer = garbles.toponym_words()["outer"]
    assert (arabic_key("خارجة"), garbles.LEXICON) in [(arabic_key(a), latin) for a, latin in outer]
    text = "Engineers restored power to the Outer, the capital of the New Valley province.\n"
    assert _garbles(text) == [("Outer", "EG", "Al Kharjah", "literal")]
