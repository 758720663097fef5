"""Two-letter Arabic nouns in the Buckwalter lexicon's word table (issue 13): a stem of two
letters is glossed where its category makes it a whole word (يد "hand", جد "grandfather"), not
where it needs an ending (بنات "daughters" is listed as the stem بن). Sentences are the
engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.keys import arabic_key

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.country, g.name, g.kind) for g in garbles.find_garbles(document)]


def _lexicon_keys(english: str) -> set[str]:
    return {
        arabic_key(arabic)
        for arabic, latin in garbles.toponym_words().get(english, [])
        if latin == garbles.LEXICON
    }


def test_two_letter_nouns_of_a_whole_word_class_are_glossed() -> None:
    assert "يد" in _lexicon_keys("hand")  # yad, Ndu
    assert "جد" in _lexicon_keys("grandfather")  # jad~, Ndu
    assert "ود" in _lexicon_keys("affection")  # wud~, N


def test_a_two_letter_stem_that_needs_an_ending_is_not_glossed() -> None:
    # ban, NAt: only with the plural ending (بنات); the two letters spell the word "son" (بن)
    assert "بن" not in _lexicon_keys("daughters")


def test_a_two_letter_noun_is_read_back_to_a_place() -> None:
    text = "Clan elders met in the town of Hand, in Somalia, to settle a grazing dispute.\n"
    assert _garbles(text) == [("Hand", "SO", "Yeed", "literal")]


def test_the_english_word_stays_quiet_outside_a_place_slot() -> None:
    text = "Somali elders blamed the Hand of foreign powers for the clashes in Mogadishu.\n"
    assert all(kind != "literal" for *_, kind in _garbles(text))
