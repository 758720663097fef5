"""Literal translations (issue 13, eighteenth session): an English adjective of nationality or
religion is read as the Arabic nisba MT rendered with it ("the Indian Town" is الهندية, Al
Hindiyah; "the Muhammadan" المحمدية); a Persian adjective opening a solid compound with a head
is read through its Persian sense (پاک "clean": پاکدشت, Pakdasht; جوان "young": جوانرود,
Javanrud). Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings
from tqcheck.gazetteer.garble.word_tables import DERIVED, nisba_adjective, nisba_entries


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


def test_an_adjective_of_religion_or_nationality_is_read_as_the_nisba_of_its_noun() -> None:
    table = {"muhammad": [("محمد", ("muhammad",))], "sudan": [("سودان", ())]}
    assert nisba_entries(table, "muhammadan") == [("محمدي", DERIVED), ("محمدية", DERIVED)]
    assert ("سودانية", DERIVED) in nisba_entries(table, "sudanese")
    # no such ending, or a stem too short to be a noun's
    assert nisba_entries(table, "muhammad") == []
    assert not nisba_adjective("man")
    assert nisba_adjective("indian")


def test_a_town_after_a_nisba_is_the_feminine_nisba_alone() -> None:
    text = (
        "Farmers blocked the bridge at the Indian Town in Babil province on Monday, demanding"
        " more water from the Euphrates."
    )
    assert suggested_findings(text) == [("TQ306", "Indian Town", "Al Hindiyah")]


def test_a_persian_adjective_before_a_head_is_read_through_its_persian_sense() -> None:
    text = "Firefighters were called to a warehouse in Clean Plain, south-east of Tehran, at dawn."
    assert suggested_findings(text) == [("TQ301", "Clean Plain", "Pakdasht")]
    text = "Two border guards were killed near Young River, in Kermanshah province, on Monday."
    assert suggested_findings(text) == [("TQ301", "Young River", "Javanrud")]
