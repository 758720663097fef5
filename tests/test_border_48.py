"""A border, a crossing or a road in a word's own sentence (issue 13, 16Nb48): copy set in
one country of the region that puts a word by a border, a crossing or a road is read in that
country's land neighbours too, and a reading there is kept only for a town of a size by the
border of the copy's country ("waited in Harris before crossing at Rafah": Arish, Egypt; "near
Coasts on the border" in copy naming Pakistan: Khost, Afghanistan). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        (
            "Medical supplies for Gaza sat in warehouses in Harris for a fortnight before the"
            " crossing at Rafah reopened.",
            "Harris",
            "Arish",
        ),
        (
            "Convoys carrying flour for Gaza were stopped in Harris while the Rafah crossing"
            " stayed shut, drivers said.",
            "Harris",
            "Arish",
        ),
        (
            "Pakistani mortar fire struck houses near Coasts on the border, wounding six,"
            " elders said.",
            "Coasts",
            "Khost",
        ),
        (
            "Pakistani gunners shelled orchards near Coasts along the border on Friday,"
            " villagers said.",
            "Coasts",
            "Khost",
        ),
    ],
)
def test_a_town_across_the_border_the_sentence_names(text: str, span: str, name: str) -> None:
    assert suggested_findings(text) == [("TQ301", span, name)]


@pytest.mark.parametrize(
    "text",
    [
        # English words and towns that read no town by that border
        "Convoys carrying flour for Gaza were stopped in Dover while the Rafah crossing stayed"
        " shut, drivers said.",
        "Convoys carrying flour for Gaza were stopped in Money while the Rafah crossing stayed"
        " shut, drivers said.",
        "Pakistani shelling hit villages near Brighton on the border, local officials said.",
        "Pakistani shelling hit villages near Summer on the border, local officials said.",
        "Traders in Dover waited at the Afghan border crossing for a week.",
        # a town of the copy's own country by its border
        "Pakistani police at the border near Mardan arrested two men.",
        "Traders in Jalalabad waited at the Pakistani border crossing for a week.",
        # no border, crossing or road in the sentence: the neighbours are not read
        "Trucks with aid for Gaza waited in Harris for days, drivers said.",
    ],
)
def test_quiet_by_a_border_or_road(text: str) -> None:
    assert suggested_findings(text) == []
