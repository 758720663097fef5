"""The look-alike readings cache per word; bounded, so that a batch over an archive, meeting
ever new names, keeps its memory (13Rev12 found them unbounded)."""

from __future__ import annotations

from tqcheck.gazetteer import look_alikes


def test_word_keyed_caches_are_bounded() -> None:
    for function in (
        look_alikes.english_readings,
        look_alikes.english_skeletons,
        look_alikes.sound_frames,
        look_alikes.one_sound_apart,
    ):
        assert function.cache_info().maxsize == look_alikes.WORD_CACHE, function.__name__
