"""English "sh" for the French "ch" of a Maghreb town's name (issue 13, session 18): the
skeleton classes keep "sh" (S) and "ch" (C, English /tʃ/) apart, so a respelling that writes a
French-romanised name's "ch" the English way was read by no key ("Shelghoum Laid" for Chelghoum
el Aïd, its article run into the next word). Where the English "sh" is all that differs, the
name is under another convention, not garbled."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, place_findings

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_sh_for_french_ch_with_the_article_run_in_is_read() -> None:
    text = (
        "Farmers near Shelghoum Laid, in Algeria's Mila province, said the wheat harvest had "
        "failed for a second year.\n"
    )
    assert ("Shelghoum Laid", "transliteration", "DZ", "Chelghoum el Aid") in garbles_in(text)
    assert ("TQ301", "Shelghoum Laid") in place_findings(text)


def test_sh_for_french_ch_alone_is_a_convention() -> None:
    text = (
        "Farmers near Shelghoum el Aid, in Algeria's Mila province, said the wheat harvest "
        "had failed for a second year.\n"
    )
    assert [g for g in garbles_in(text) if g[0].startswith("Shelghoum")] == []


def test_sh_is_not_read_as_ch_outside_french_romanised_countries() -> None:
    from tqcheck.gazetteer.garble.sound import FRENCH_ROMANISED, french_spelled

    assert "IQ" not in FRENCH_ROMANISED
    scored: dict[int, tuple[float, str, str]] = {}
    french_spelled("Shelghoum Laid", "shelghoumlaid", {"IQ"}, scored)
    assert scored == {}
