"""Romanisation facts of two scripts that the transliteration readings lacked (issue 13,
session 19).

- Turkish ğ (yumuşak g) is no consonant: English drops it with its mark ("Niğde" is Nigde).
  ``fold`` spells it "gh", as Azerbaijani and Arabic script (غ) sound it, so a name written
  "Nighde" matched the town's own recorded name and was taken for an accepted spelling.
- The countries that romanise their places the French way write the consonant waw (و) before
  a vowel "ou" (Ouislane, Ouarzazate), which English writes "w": the skeleton of "Wislan" has a
  consonant (V) that the French spelling's has not, so no key read it.
"""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, place_findings

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_turkish_soft_g_written_gh_is_a_garble() -> None:
    text = "Farmers near Nighde, in central Turkey, said the potato harvest had failed.\n"
    assert ("Nighde", "transliteration", "TR", "Nigde") in garbles_in(text)
    assert ("TQ301", "Nighde") in place_findings(text)


def test_turkish_soft_g_dropped_or_kept_stays_quiet() -> None:
    for name in ("Nigde", "Niğde"):
        text = f"Farmers near {name}, in central Turkey, said the potato harvest had failed.\n"
        assert garbles_in(text) == []


def test_soft_g_is_spelled_out_only_for_turkey() -> None:
    from tqcheck.gazetteer.garble.base import geonames_index, letters_spelled_out

    nigde = next(p for p in geonames_index().exact("Niğde") if p.country == "TR")
    assert letters_spelled_out("Nighde", "Niğde", nigde)
    assert not letters_spelled_out("Nigde", "Niğde", nigde)
    # an Azerbaijani name of a Turkish town (ə, a letter Turkish lacks) has Azerbaijani ğ
    tekirdag = next(p for p in geonames_index().exact("Tekirdağ") if p.country == "TR")
    assert not letters_spelled_out("Takirdagh", "Təkirdağ", tekirdag)
    # Azerbaijani ğ is a consonant English writes "gh": Ağdam is Aghdam
    text = "Shelling hit Aghdam, in Azerbaijan, the ministry said.\n"
    assert garbles_in(text) == []


def test_w_for_french_ou_is_read() -> None:
    text = "Police in Wislan, a suburb of Meknes in Morocco, arrested three men.\n"
    assert ("Wislan", "transliteration", "MA", "Ouislane") in garbles_in(text)
    assert ("TQ301", "Wislan") in place_findings(text)


def test_w_for_french_ou_outside_a_place_slot() -> None:
    text = "A new tram line will link Wislan to the centre of Meknes, Morocco's ministry said.\n"
    assert ("Wislan", "transliteration", "MA", "Ouislane") in garbles_in(text)


def test_w_is_read_as_ou_only_where_places_are_romanised_the_french_way() -> None:
    from tqcheck.gazetteer.garble.sound import as_french, french_spelled

    assert as_french("Wislan") == "Ouislan"
    assert as_french("Tawila") == "Tawila"  # after a vowel: a diphthong, not a consonant
    scored: dict[int, tuple[float, str, str]] = {}
    french_spelled("Wislan", "wislan", {"IQ"}, scored)
    assert scored == {}
