"""Literal translations (issue 13, eighteenth session): an English inflection is read back to its
base form only where the word is one English text uses, so a transliterated word kept beside a
translated one ("Sons of Mered": Beni Mered) is no participle of an English word ("mere");
"village" is قرية, romanised Qaryat, as well as كفر. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings
from tqcheck.gazetteer.garble.base import base_forms


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


def test_only_an_english_word_is_read_back_to_its_base_form() -> None:
    assert "wall" in base_forms("walled")
    assert "grind" in base_forms("grinding")
    assert "city" in base_forms("cities")
    # a name ending like a participle is no form of an English word
    assert base_forms("mered") == []
    assert base_forms("sons of mered") == []


def test_a_kept_name_beside_a_translated_head_is_not_read_as_an_english_word() -> None:
    text = (
        "Orange growers in Sons of Mered, south of Algiers, say the drought has cost them"
        " half the crop."
    )
    assert suggested_findings(text) == [("TQ301", "Sons of Mered", "Beni Mered")]


def test_a_name_kept_beside_a_translated_village_is_read_with_its_romanised_noun() -> None:
    # قرية "village", written Qaryat in GeoNames' Latin names (Qaryat Suluq, Libya)
    text = "A clinic in Suluq Village, south of Benghazi in eastern Libya, ran out of insulin."
    assert suggested_findings(text) == [("TQ301", "Suluq Village", "Qaryat Suluq")]
