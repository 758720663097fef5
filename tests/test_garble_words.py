"""The word data behind the garble matcher: English-word frequencies and the literal table."""

from __future__ import annotations

from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.keys import arabic_key
from tqcheck.gazetteer.words import ENGLISH_WORD_ZIPF, is_english_word, zipf


def test_word_frequencies_separate_words_from_transliterated_names() -> None:
    assert zipf("Ticket") >= ENGLISH_WORD_ZIPF and is_english_word("Kirk")
    assert not is_english_word("Tikrit") and not is_english_word("Khojawound")
    assert zipf("now") > zipf("ticket") > zipf("Tikrit")
    assert zipf("Grey Ticket") == min(zipf("grey"), zipf("ticket"))  # the rarest word


def test_literal_table_reads_the_hand_table_then_the_dictionary_table() -> None:
    hand = garbles.read_toponym_words(["toponym_words.csv"])
    both = garbles.toponym_words()
    assert "grandmother" not in hand
    assert arabic_key("جدة") in [arabic_key(a) for a, _ in both["grandmother"]]
    # The hand table's row comes first and keeps its romanisations.
    arabic, latin = both["hill"][0]
    assert arabic_key(arabic) == arabic_key("تل") and "tell" in latin
    # Each (English word, Arabic word) pair is listed once.
    for entries in both.values():
        keys = [arabic_key(a) for a, _ in entries]
        assert len(keys) == len(set(keys))
