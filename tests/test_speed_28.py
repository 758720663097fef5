"""The cold-start changes of 13Spd28 answer as before (issue 13: a rules-only check of a
garble-dense article): a packed table splits its keys when first asked, not when read back; the
toponym word table's views come back from its pickle as they are made from the table; an Arabic
key is made by one translation table, not three pattern passes; a word's town keys are looked up
only where some town of the region has them; the GeoNames index is read as an immutable file.
Examples are the engineer's own, in no dev set."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

from tqcheck.gazetteer import cache_files, keys, look_alikes
from tqcheck.gazetteer.garble import word_tables

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_a_packed_table_is_split_only_when_first_asked() -> None:
    table = {"KRM": [3, 1], "BRS": [], "TLK": [2]}
    packed = cache_files.PackedLists(cache_files.pack_lists(table, int), lambda n: n * 10)
    assert packed._codes is None  # nothing split yet
    assert packed.get("ZZZ") is None and packed._codes is not None
    assert dict(packed) == {"KRM": [30, 10], "BRS": [], "TLK": [20]}
    assert list(packed) == ["KRM", "BRS", "TLK"] and len(packed) == 3
    assert packed.get("BRS") == [] and "BRS" in packed and "ZZZ" not in packed
    for asked in ("TLK", "KRM"):  # a fresh table answers each way first
        fresh = cache_files.PackedLists(cache_files.pack_lists(table, int), lambda n: n * 10)
        assert fresh[asked] == [10 * n for n in table[asked]]
    empty = cache_files.PackedLists(cache_files.pack_lists({}, int), lambda n: n)
    assert len(empty) == 0 and empty.get("KRM", ()) == () and "KRM" not in empty


def test_the_word_tables_views_are_those_made_from_the_table() -> None:
    table = word_tables.toponym_words()
    assert word_tables.toponym_words_first() == word_tables._first_of(table)
    assert word_tables.toponym_words_lexicon() == word_tables._lexicon_of(table)
    assert word_tables.gloss_vocabulary() == word_tables._vocabulary_of(table)
    lexicon = word_tables.toponym_words_lexicon()
    assert all(lexicon[word] is table[word] for word in list(lexicon)[:500])  # the table's lists
    # a swapped table (tests and benchmarks swap it) has its own views
    swapped = {"well": [("بئر", ("bir",))], "heaven": [("جنة", word_tables.NEAR)]}
    first = word_tables._first_of(swapped)
    assert first == {"well": [("بئر", ("bir",))]}
    assert word_tables._lexicon_of(swapped) == {"well": swapped["well"]}
    assert word_tables._vocabulary_of({"well irrigated": [], "x y": []}) == {"well", "irrigated"}


def test_the_word_tables_pickle_holds_the_table_and_its_views(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    built = word_tables.read_toponym_words(word_tables.TOPONYM_WORD_TABLES)
    path = word_tables.toponym_words_cache()
    assert path is not None and not path.exists()
    word_tables.toponym_words.cache_clear()
    try:
        assert word_tables.toponym_words() == built  # built, then stored
        stored = cache_files.load(path)
        assert isinstance(stored, tuple) and stored[0] == built
        assert stored[1:] == (
            word_tables._first_of(built),
            word_tables._lexicon_of(built),
            word_tables._vocabulary_of(built),
        )
        word_tables.toponym_words.cache_clear()
        table = word_tables.toponym_words()  # read back
        assert table == built
        assert word_tables.toponym_words_first() == word_tables._first_of(table)
    finally:
        word_tables.toponym_words.cache_clear()


_OLD_FORMAT = re.compile(r"[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_OLD_DIACRITICS = re.compile(r"[\u064B-\u065F\u0670\u0640]")
_OLD_SPACES = re.compile(r"\s+")


def _old_arabic_key(text: str) -> str:
    """``keys.arabic_key`` as it was: three pattern passes around the fold."""
    text = unicodedata.normalize("NFKC", text)
    text = _OLD_FORMAT.sub("", text)
    text = _OLD_DIACRITICS.sub("", text).translate(keys._ARABIC_FOLD)
    return _OLD_SPACES.sub("", text)


def test_an_arabic_key_is_made_as_before() -> None:
    # each character of the basic plane (every step works on one character at a time)
    for code in range(0x10000):
        if not 0xD800 <= code < 0xE000:
            char = chr(code)
            assert keys.arabic_key.__wrapped__(char) == _old_arabic_key(char), hex(code)
    pieces = [chr(c) for c in range(0x0600, 0x0700)] + list("\u200c\u200e\u202b\ufeff\u00ad")
    pieces += list(" \t\n\u00a0\u3000\u2028ab-")
    chance = random.Random(28)
    for _ in range(20000):
        text = "".join(chance.choice(pieces) for _ in range(chance.randint(0, 10)))
        assert keys.arabic_key.__wrapped__(text) == _old_arabic_key(text)
    assert keys.arabic_key("الأبيار\u200e") == keys.arabic_key("الابيار")
    assert keys.arabic_key("مَدِينَة") == "مدينه"


def test_only_the_keys_of_the_regions_towns_are_looked_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    real = look_alikes._towns

    class Counting(dict[str, list[object]]):
        def get(self, key: str, default: object = None) -> object:
            asked.append(key)
            return super().get(key, default)

    def towns(country: str) -> object:
        table = real(country)
        return Counting({key: table[key] for key in table})

    found = look_alikes.town_matches("Erzurom", {"TR"})
    monkeypatch.setattr(look_alikes, "_towns", towns)
    assert look_alikes.town_matches("Erzurom", {"TR"}) == found
    assert "Erzurum" in {match.town.name for match in found}
    assert asked and set(asked) <= look_alikes._town_keys()
    # a person's name reads no town either way
    assert look_alikes.town_matches("Wolfgang", {"TR"}) == []
