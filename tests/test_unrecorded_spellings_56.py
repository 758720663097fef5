"""A convention's respelling that no source records (issue 13, session 20).

A place's name under another convention of romanising Arabic (a final h, the article, French
ou, the diphthongs, a shadda written once) was accepted as its name whatever the spelling. The
professional references of the team's evaluation data write the region's towns by recorded
spellings; a respelling GeoNames records for no place and English text never writes is MT's,
reported in a place slot. A short vowel read a or e stays accepted (professional copy writes
"Samnan" for Semnan), and so do towns named from Hebrew.
"""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, place_findings, suggested_findings

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_unrecorded_convention_respelling_is_reported() -> None:
    text = "Gunmen attacked a checkpoint in the city of Al-Ramadih, Iraq, police said.\n"
    assert ("Al-Ramadih", "transliteration", "IQ", "Ramadi") in garbles_in(text)
    assert ("TQ301", "Al-Ramadih", "Ramadi") in suggested_findings(text.strip())
    text = "Residents of the town of Al-Moukalla, Yemen, said the port had reopened.\n"
    assert ("Al-Moukalla", "transliteration", "YE", "Mukalla") in garbles_in(text)


def test_recorded_conventional_spellings_stay_quiet() -> None:
    for text in (
        "Shoppers crowded the souk in the city of Al-Jahrah, Kuwait, officials said.\n",
        "Traders in the city of Marsa Matrouh, Egypt, said tourism had recovered.\n",
        "Police in the city of Tartous, Syria, said a fishing boat had sunk.\n",
    ):
        assert place_findings(text) == []


def test_unrecorded_spelling() -> None:
    from tqcheck.gazetteer.garble.base import unrecorded_spelling

    assert unrecorded_spelling("Al-Moukalla")
    assert not unrecorded_spelling("Tartous")  # recorded
    assert not unrecorded_spelling("Al-Dasma")  # recorded without the article: Dasma
    assert not unrecorded_spelling("Ed Dasma")  # the article's form is a convention of its own
    assert not unrecorded_spelling("Khartoum")  # recorded, and English text writes it
    # a name of several words combines each word's conventions: sources record few combinations
    assert not unrecorded_spelling("Tel Abyad")


def test_hebrew_named_towns_are_not_asked() -> None:
    from tqcheck.gazetteer.garble.base import geonames_index
    from tqcheck.gazetteer.garble.sound import _respelled_by_mt

    holon = next(p for p in geonames_index().exact("Holon") if p.country == "IL")
    assert not _respelled_by_mt("Kholonn", holon)


def test_article_forms() -> None:
    from tqcheck.gazetteer.garble.base import _article_forms

    forms = _article_forms(["Al", "Shamiya"])
    assert {"Shamiya", "Al Shamiya", "El Shamiya", "Ash Shamiya"} <= set(forms)
    assert _article_forms(["Tartous"]) == ["Tartous"]
