"""English-word evidence for place names: how common a word is (wordfreq, loaded lazily)."""

from __future__ import annotations

from functools import cache

# Zipf frequency at or above which a word is ordinary English ("Ticket" 4.4, "Kirk" 3.5,
# "Gabriel" 3.9); transliterated place names sit far below ("Tikrit" 2.4, "Fuzuli" 0).
ENGLISH_WORD_ZIPF = 3.3


@cache
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of ``word`` (lower-cased; several words: the rarest one)."""
    from wordfreq import zipf_frequency

    parts = word.lower().split()
    if not parts:
        return 0.0
    return min(zipf_frequency(part, "en") for part in parts)


def is_english_word(word: str) -> bool:
    """True when every word of ``word`` is ordinary English (a dictionary word or given name)."""
    return zipf(word) >= ENGLISH_WORD_ZIPF
