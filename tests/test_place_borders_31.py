"""Look-alikes and borders (issue 13, 13LA31): a town the copy puts at a border whose other side
it leaves unnamed may lie across it ("the border near X after Turkey tightened its checks"); Iran's
East and West Azerbaijan provinces set the copy in Iran, not in the country Azerbaijan; and a
Turkish town's name is heard without its soft g ("Elazığ" as "Elazı")."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.context import geography_of
from tqcheck.gazetteer.look_alikes import _frames_of_name, sound_frames

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _found(text: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.kind, g.name, g.country) for g in garbles.find_garbles(document)]


# -- a border whose other side the copy leaves unnamed ------------------------------------------


def test_a_look_alike_across_a_border_the_copy_puts_it_at() -> None:
    # Masis, Armenia, lies by the Turkish border; the copy names Turkey only
    assert _found(
        "Trucks waited at the border near Masseuse after Turkey raised its transit fees.\n"
    ) == [("Masseuse", "look-alike", "Masis", "AM")]


def test_a_border_town_only_not_a_city_far_from_it() -> None:
    # "Taryn" has Tehran's sounds, but Tehran lies nowhere near a border of Iraq
    assert _found("The crossing near Taryn reopened after Iraq lifted its restrictions.\n") == []


def test_borders_stay_quiet_for_everyday_words_and_the_named_side() -> None:
    quiet = [
        # an everyday word is no look-alike across a border ("Road" is no Riyadh)
        "Refugees gathered at the frontier near Road after Jordan closed its side.\n",
        # the phrase puts no name at a border
        "Trucks waited near Masseuse after Turkey raised its transit fees.\n",
        # a real town across the border, by its own name
        "Trucks waited at the border near Zakho after Turkey raised its transit fees.\n",
        # the copy names both sides: no reading across
        "Trucks waited at the border near Masseuse after Turkey and Iran raised their fees.\n",
    ]
    for text in quiet:
        assert [g for g in _found(text) if g[3] not in ("TR", "IQ")] == [], text


# -- Iran's Azerbaijan provinces ----------------------------------------------------------------


def test_azerbaijan_provinces_set_the_copy_in_iran() -> None:
    for text in (
        "Floods cut roads in East Azerbaijan province on Monday.",
        "Floods cut roads in West Azerbaijan on Monday.",
        "Floods cut roads in Iranian Azerbaijan on Monday.",
        "Floods cut roads in Iran's Azerbaijan provinces on Monday.",
    ):
        assert set(geography_of(text).countries) == {"IR"}, text


def test_the_country_azerbaijan_stays_itself() -> None:
    assert set(geography_of("Floods cut roads in western Azerbaijan.").countries) == {"AZ"}
    assert set(geography_of("Azerbaijan and Iran signed a gas deal.").countries) == {"AZ", "IR"}
    # another country's possessive before a country with no unit of that name
    assert set(geography_of("Turkey's Syria policy was debated.").countries) == {"TR", "SY"}


def test_no_town_of_azerbaijan_for_a_name_in_irans_provinces() -> None:
    found = _found(
        "Farmers in Marrant, West Azerbaijan province, said the drought had cut the harvest.\n"
    )
    assert found and all(country == "IR" for _, _, _, country in found)


# -- Turkish soft g -----------------------------------------------------------------------------


def test_a_soft_g_is_not_heard_in_a_towns_frames() -> None:
    assert sound_frames("elazi") <= _frames_of_name("Elazığ")
    assert sound_frames("chili") <= _frames_of_name("Çiğli")
    assert _frames_of_name("Konya") == sound_frames("konya")  # no soft g: unchanged
    assert _frames_of_name("Ağrı") == sound_frames("aghri")  # "Arı": one consonant left


def test_a_word_heard_without_the_soft_g() -> None:
    # Ereğli is heard "Ereli"; its frame with the g (RKL) had a consonant more than the word
    assert _found("Police in Ereli, in Turkey, detained four suspects on Monday.\n") == [
        ("Ereli", "look-alike", "Eregli", "TR")
    ]


def test_soft_g_town_by_its_own_name_stays_quiet() -> None:
    for name in ("Niğde", "Nigde", "Muğla", "Elazığ"):
        text = f"Rescuers searched the rubble in {name} after the earthquake in Turkey.\n"
        assert _found(text) == [], text
