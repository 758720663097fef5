"""Place slots that the candidate reader gives (issue 13, lead): a weekday where English puts a
place, a locating apposition of up to five words, "above"/"below" as weak slots. Sentences are
the lead's own, in no dev set."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.country, g.name) for g in garbles.find_garbles(document)]


def _slots(text: str) -> dict[str, tuple[str, bool]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return {c.text: (c.slot, c.day_as_place) for c in garbles.candidates(document)}


def test_a_weekday_after_in_is_read_as_a_place() -> None:
    text = "Tajik and Uzbek ministers met in Monday to discuss the border, officials said.\n"
    assert _garbles(text) == [("Monday", "TJ", "Dushanbe")]


@pytest.mark.parametrize(
    "text",
    [
        "Tajik and Uzbek ministers met on Monday to discuss the border, officials said.\n",
        "Tajik and Uzbek ministers spoke in Monday's session on the border.\n",
        "Tajik and Uzbek ministers met in Monday morning talks on the border.\n",
    ],
)
def test_a_weekday_in_english_time_phrases_stays_a_time(text: str) -> None:
    assert _garbles(text) == []
    assert not any(day for _, day in _slots(text).values())


def test_a_long_apposition_and_above_give_place_slots() -> None:
    slots = _slots("Umm Sawda, the smallest of the seven emirates, and the dams above Wadi Karr.\n")
    assert slots["Umm Sawda"][0] == "strong"
    assert slots["Wadi Karr"][0] == "weak"


def test_a_name_before_a_natural_feature_names_a_region_not_a_town() -> None:
    slots = _slots("Israeli police found the hikers in the Yehuda desert after two days.\n")
    assert "Yehuda" not in slots
    assert _garbles("Israeli police found the hikers in the Yehuda desert after two days.\n") == []
    # the head noun of an administrative unit keeps the slot
    assert _slots("Israeli police found the hikers in the Yehuda district.\n")["Yehuda"][0] == (
        "strong"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Iranian boats seized a tanker in the Gulf, off Iran's coast.\n",
        "Oil tankers were attacked in the Gulf, Iranian officials said.\n",
        "Egyptian officials said the Red Sea ports were open.\n",
    ],
)
def test_the_regions_seas_and_gulfs_are_no_garbles(text: str) -> None:
    assert _garbles(text) == []


def test_the_sahel_countries_are_read_through_arabic_too() -> None:
    text = "Nigerien soldiers were killed near Tilabiri, in western Niger, officials said.\n"
    assert _garbles(text) == [("Tilabiri", "NE", "Tillaberi")]
    assert _garbles("Malian troops returned to Kidal, in northern Mali, on Tuesday.\n") == []


def test_a_name_ending_in_an_organisation_head_is_no_place() -> None:
    text = "Israeli troops raided a camp in the area of the Etzion Brigade, the army said.\n"
    assert "Etzion Brigade" not in _slots(text)
    assert _garbles(text) == []


def test_copy_set_in_a_country_only_part_of_which_is_in_the_region_gets_no_city_reading() -> None:
    # Russia outside the North Caucasus: no well-known city of the region is read there
    russia = (
        "The head of the Republic of Bashkortostan and a minister of the Russian Federation "
        "visited the geopark in the Istanboul district.\n"
    )
    assert _garbles(russia) == []
    # copy that names no country at all still gets the well-known cities
    assert _garbles("Officials visited the geopark in the Istanboul district.\n") == [
        ("Istanboul", "TR", "Istanbul")
    ]
