"""The letters Urdu, Kurdish, Pashto, Sindhi and the Turkic languages add to the Arabic script
are folded by ``keys.arabic_key`` to the Arabic letter each is a form of (issue 13, 20Urk56);
the GeoNames index is named after the key code, so an index keyed before is never read; a team
row spelled in those letters restricts no other table's pair; the Latin readings table holds
each keyed option once; a reading of team pairs lands only in a country whose names use them.
Sentences are the engineer's own, in no dev set."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer import geonames, keys, through_arabic
from tqcheck.gazetteer.garble import literal
from tqcheck.gazetteer.keys import arabic_key, arabic_skeletons


@pytest.mark.parametrize(
    ("variant", "arabic"),
    [
        ("انقرہ", "انقره"),  # Urdu heh goal: Ankara
        ("جمہوریہ", "جمهورية"),  # Urdu heh goal for heh and taa marbuta
        ("حومۃ السوق", "حومة السوق"),  # teh marbuta goal
        ("ھەولێر", "ههولير"),  # Kurdish heh, ae, yeh with small v: Erbil (Hewlêr)
        ("بامەڕنێ", "بامهرني"),  # Kurdish reh with small v below
        ("پاڵانگا", "بالانكا"),  # Kurdish lam with small v
        ("کراچے", "كراچي"),  # Urdu yeh barree
        ("ٹنڈو", "تندو"),  # Urdu tteh, noon ghunna's neighbours: the plain letters
        ("منڈی", "مندي"),  # Urdu ddal
        ("ښار", "شار"),  # Pashto: the letter Persian writes
        ("باۋتۇ", "باوتو"),  # Uyghur ve and u
        ("امرڪوٽ", "امركوت"),  # Sindhi swash kaf, teh with three dots
    ],
)
def test_script_letters_fold_to_the_arabic_letter(variant: str, arabic: str) -> None:
    assert arabic_key(variant) == arabic_key(arabic)


def test_ezafe_heh_is_kept() -> None:
    # ۀ and ۂ are heh with the hamza of the ezafe: a letter and a grammatical ending
    assert arabic_key("جزيرۀ") != arabic_key("جزيرة")
    assert "ۂ" in arabic_key("قطرۂ")


def test_skeletons_read_the_folded_letters() -> None:
    assert arabic_skeletons("منڈی") == {"MND"}  # not MN: the ddal is a D
    assert arabic_skeletons("ٹانک") == arabic_skeletons("تانك")


def test_index_is_named_after_the_key_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    expected = f"{zlib.crc32(Path(keys.__file__).read_bytes()):08x}"
    assert geonames.keys_version() == expected
    assert geonames.default_index_path().name.endswith(f"-{expected}.sqlite")


def test_latin_readings_hold_keyed_letters_once() -> None:
    readings, unwritten = through_arabic._table()
    variants = "".join(keys.ARABIC_LETTER_VARIANTS.values())
    for latin, options in readings.items():
        letters = [a for a, _cost in options]
        assert len(letters) == len(set(letters)), latin
        assert not any(c in variants for a in letters for c in a), latin
    assert not any(c in variants for a in unwritten for c in a)
    assert unwritten["ه"] == 0.2 and "ن" not in unwritten  # not the Urdu rows' costs


def test_a_team_row_in_urdu_letters_restricts_no_other_tables_pair() -> None:
    # زاويہ "corner" (team table, Libya) is the hand table's زاوية once folded
    assert literal.team_countries("corner", arabic_key("زاوية")) is None


def test_team_pairs_bridge_where_their_names_use_them() -> None:
    # Persian ني "reed" (Iran) and Pashto شېر "town" (Afghanistan): no country uses both
    where = literal.team_bridges((("reed", "ني", ()), ("town", "شېر", ())))
    assert where is not None and "IL" not in where
    assert literal.team_bridges((("hill", "تل", ()),)) is None  # no team pair


@pytest.mark.usefixtures("method_only")
def test_team_pairs_read_across_the_region_stay_in_their_countries() -> None:
    # شېر folded is شير: without the check, "Reed Town" read Nesher, Israel (نيشير)
    found = garbles_in(
        "Reed Town airport was closed for a week. Flights from Damascus were cancelled.\n"
    )
    assert not any(place == "Nesher" for *_rest, place in found)
