"""Look-alikes heard as an English reader says the word (issue 13): a word one consonant from a
town's name said aloud (a consonant of a cluster lost or heard, one heard for another of its
manner, two neighbours swapped) in a place slot; a word one vowel from a town's name after
"in", "near"; a town's frame in a place slot for a name English text knows however rare; and
the English spellings of a vowel ("-ow") and of a syllabic l ("-tle") read aloud; two English
words said as one. A person, a real place and a word that owns a noun stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer.look_alikes import _frames_apart, _word_frames, split_frames

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one consonant apart, in a place slot: r and k swapped (Tikrit), an l of a cluster
        # heard (Gilgit)
        (
            "Officials in the town of Target, in Iraq's north, said the water supply had been "
            "restored.",
            ("Target", "IQ", "Tikrit"),
        ),
        (
            "Officials in the town of Gadget, in Pakistan's north, said the water supply had been "
            "restored.",
            ("Gadget", "PK", "Gilgit"),
        ),
        # one vowel apart, after "in": Safaga, Monastir
        ("Egyptian police made several arrests in Savage on Friday.", ("Savage", "EG", "Safaga")),
        (
            "Tunisian police made several arrests in Minster on Friday.",
            ("Minster", "TN", "Monastir"),
        ),
        # a final "-ow" is a vowel: Medea
        ("Algerian police made several arrests in Meadow on Friday.", ("Meadow", "DZ", "Medea")),
        # two English words said as one: Samsun, Patnos
        (
            "Officials in the town of Sam Soon, in Turkey's north, said the water supply had "
            "been restored.",
            ("Sam Soon", "TR", "Samsun"),
        ),
        (
            "Turkish police made several arrests near Pat Ness on Friday.",
            ("Pat Ness", "TR", "Patnos"),
        ),
        # a surname English text knows, rare in English words, with a town's frame (Tosya)
        (
            "Officials in the town of Tozer, in Turkey's north, said the water supply had been "
            "restored.",
            ("Tozer", "TR", "Tosya"),
        ),
    ],
)
def test_a_word_said_aloud_near_a_towns_name_is_the_town(
    text: str, expected: tuple[str, str, str]
) -> None:
    word, country, name = expected
    assert garbles_in(text + "\n") == [(word, "look-alike", country, name)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Gadget said Pakistan would reply to the letter.",  # a person after a title
        "Tunisian police questioned Minster Jones on Friday.",  # a given name before a surname
        "Algerian police made several arrests in Medea on Friday.",  # a real place
        "Egyptian police made several arrests in Savage's shop on Friday.",  # owns the noun
        "A cargo ship from Savage, Georgia, docked in Alexandria on Friday.",  # a town abroad
        "Iraqi officials met Kirk Cook in Baghdad on Friday.",  # a given name and surname
        "Turkish police questioned Sam Soon's driver on Friday.",  # owns the noun
    ],
)
def test_people_real_places_and_owners_stay_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []


def test_one_consonant_apart_keeps_the_onset_the_vowels_and_the_manner() -> None:
    assert _frames_apart("KaRSTa", "KaRSa")  # a consonant of a cluster lost
    assert _frames_apart("KaBRa", "KaRBa")  # two neighbours swapped
    assert _frames_apart("BaTaS", "BaKaS")  # a stop for a stop
    assert not _frames_apart("TaFaTa", "TaFaLa")  # a stop is no liquid
    assert not _frames_apart("KaRaL", "KaRa")  # a consonant after a vowel is no cluster's
    assert not _frames_apart("TaLFa", "JaLFa")  # the first sound differs
    assert not _frames_apart("KaTaM", "KaTaMa")  # a vowel is no consonant


def test_two_words_said_as_one_share_a_sound_at_the_join() -> None:
    assert "SaLaN" in split_frames("Sally", "Ann")  # one vowel
    assert "KaRKaK" in split_frames("Kirk", "Cook")  # one k


def test_english_spellings_of_vowels_read_aloud() -> None:
    assert "MaTa" in _word_frames("Meadow")  # a final w after a vowel is the vowel's
    assert "BaTaL" in _word_frames("Bottle")  # a syllabic l has its vowel
