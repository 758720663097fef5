"""A name its own phrase puts by a named country's border ("X, near the Libyan border"; issue
13, 20Nb56): such a border is a neighbour's (on the tune sets the place lay outside the country
so named in 134 of 135 garbled rows and in every control), so the town lies on the border's
other side, in a province along it. A reading in the named country is read again there, else
reported with no place (TQ306); a reading far from the border gives way to a look-alike of a
town by it. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, suggested_findings
from tqcheck.gazetteer.garble.countries import named_border_after


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


@pytest.mark.parametrize(
    ("text", "word", "codes"),
    [
        ("Farmers in Gavel, near the Libyan border, lost their crops.", "Gavel", {"LY"}),
        ("Farmers in Gavel, close to the frontier with Jordan, lost crops.", "Gavel", {"JO"}),
        (
            "Farmers in Gavel, in eastern Turkey, near the Iranian border, lost crops.",
            "Gavel",
            {"IR"},
        ),
        # a border named by both its sides: the place may lie on either
        ("Farmers in Gavel, on the Syrian-Turkish border, lost their crops.", "Gavel", set()),
        ("Farmers in Gavel said the Libyan border was closed.", "Gavel", set()),
    ],
)
def test_the_border_named_after_a_name(text: str, word: str, codes: set[str]) -> None:
    assert named_border_after(candidate_in(text, word)) == frozenset(codes)


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # Giresun (Black Sea coast) before: Kars lies by Armenia's border
        (
            "Heavy snow closed schools in Carson, in north-eastern Turkey, near the Armenian"
            " border, the governor said.",
            "Carson",
            "Kars",
        ),
        # Tsabit (the Sahara) before: Tebessa lies by Tunisia's border
        (
            "Customs officers in Tabitha, near the Tunisian border, seized smuggled fuel,"
            " Algerian media said.",
            "Tabitha",
            "Tebessa",
        ),
        # the border's own country read as the place before (Amman): none by its other side
        (
            "Gunmen killed two farmers in the Armour, close to the Jordanian border, a monitor"
            " said.",
            "Armour",
            None,
        ),
    ],
)
def test_a_town_by_the_named_border(text: str, span: str, name: str | None) -> None:
    assert suggested_findings(text) == [("TQ301" if name else "TQ306", span, name)]


def test_a_real_town_by_the_border_stays_quiet() -> None:
    assert suggested_findings("Snow cut off Kars, near the Armenian border.") == []
