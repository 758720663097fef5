"""Look-alikes one vowel apart (issue 13): in a place slot, an English word whose sounds are a
town's but for one vowel, said by one and not the other (the final vowel English drops, a vowel
between two consonants), stands for that town where it has three consonant classes or more and
is spelled close to it."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles, look_alikes

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.kind, g.country, g.name) for g in garbles.find_garbles(document)]


def _apart(word: str, town: str) -> bool:
    frames = look_alikes._word_frames(word)
    return look_alikes._one_vowel_apart(frames, look_alikes._without_a_vowel(frames), town)


def test_one_vowel_more_or_less_at_the_end_or_between_consonants() -> None:
    assert _apart("Term", "Terme")  # the town's final vowel
    assert _apart("Calls", "Kilis")  # a vowel between two consonants
    assert not _apart("Calls", "Kalkan")  # a consonant more is no vowel apart
    assert not _apart("Sky", "Iskenderun")


def test_a_word_in_a_place_slot_one_vowel_from_a_town_stands_for_it() -> None:
    text = "Police in Accept, on Turkey's Black Sea coast, arrested two men on Monday.\n"
    assert _garbles(text) == [("Accept", "look-alike", "TR", "Akcaabat")]


def test_outside_a_strong_slot_one_vowel_apart_is_not_enough() -> None:
    text = "Police arrested two men in Accept on Monday, Turkish media said.\n"
    assert _garbles(text) == []
    matches = look_alikes.town_matches("Accept", {"TR"}, silent=False)
    assert not any(match.vowel for match in matches)  # weighed in a strong slot only
