"""Literal translations of place names (issue 13): how English inflection and Arabic morphology
are matched word by word. Examples are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.keys import arabic_key

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.country, g.name) for g in garbles.find_garbles(document)]


def _keys(entries: list[tuple[str, tuple[str, ...]]]) -> list[str]:
    return [arabic_key(arabic) for arabic, _latin in entries]


def test_english_inflection_reaches_the_tables_both_ways() -> None:
    table = garbles.toponym_words()
    # A plural reaches its singular's entries beside its own: "forts" is also قلات (fort).
    forts = _keys(garbles.table_entries(table, "forts"))
    assert arabic_key("حصون") in forts and arabic_key("قلات") in forts
    # A singular reaches the table's plural: "date" is تمر, listed as "dates".
    assert arabic_key("تمر") in _keys(garbles.table_entries(table, "date"))
    assert garbles.plural_forms("city") == ["cities"]
    assert garbles.plural_forms("little box") == ["little boxes"]
    assert garbles.plural_forms("fortress") == []


def test_an_english_plural_is_also_the_arabic_sound_plural() -> None:
    plurals = _keys(garbles.sound_plurals([("خانق", ()), ("قرية", ()), ("سیب", ())]))
    assert {"خانقون", "خانقين", "خانقات", "قريات"} <= set(plurals)
    assert not any(key.startswith("سیب") for key in plurals)  # Persian: no Arabic plural
    # Only a plural takes them: "reddened" is no plural of "redden".
    table = garbles.toponym_words()
    assert all(latin != garbles.DERIVED for _, latin in garbles.table_entries(table, "reddened"))
    assert _garbles(
        "Iraqi Kurdish forces entered the town of Stranglers, near the Iranian border.\n"
    ) == [("Stranglers", "IQ", "Khanaqin")]


def test_my_is_the_arabic_first_person_suffix() -> None:
    assert _keys(garbles.with_my([("سيد", ()), ("سيدي", ()), ("قرية", ())])) == [
        "سيدي",
        "قريتي",
    ]
    assert _garbles(
        "Fishermen in the port of My Master Ifni, in southern Morocco, went on strike.\n"
    ) == [("My Master Ifni", "MA", "Sidi Ifni")]


def test_diminutive_of_a_hollow_word() -> None:
    assert _keys(garbles.diminutives([("سوق", ()), ("دار", ()), ("برج", ())])) == [
        "سويق",
        "دوير",
        "بريج",
    ]


def test_team_words_alone_stay_out_of_a_weak_slot() -> None:
    # اسكي "old" and شهر "city" are both team pairs: Eskisehir only where a slot says so.
    for text in (
        "Tourists visited the Old City of Ankara on Monday.\n",
        "Shops in Old City reopened, Turkish media said.\n",
    ):
        assert _garbles(text) == []


def test_a_team_pair_another_table_also_lists_bridges_as_theirs() -> None:
    # The team table glosses بيض "white"; FreeDict lists it as "whites": no team restriction.
    assert garbles.team_countries("white", arabic_key("بيض")) is None
    assert garbles.team_countries("anchorage", arabic_key("مرسى"))  # team only: its countries
    assert garbles.team_countries("hill", arabic_key("تل")) is None  # the hand table's


def test_one_rare_word_may_use_a_team_pair_after_in() -> None:
    # طائف "wanderer" (team table): a rare English word after "in" is read as Ta'if ...
    assert _garbles("Saudi pilgrims stayed in Wanderer overnight before going on to Mecca.\n") == [
        ("Wanderer", "SA", "Taif")
    ]
    # ... a common one is not (زاد "provisions" is a team pair too).
    assert _garbles("Saudi pilgrims stayed in Provisions overnight before going to Mecca.\n") == []


def test_a_noun_reads_through_its_feminine_in_ess() -> None:
    table = garbles.toponym_words()
    # The dictionary glosses راعي as "shepherdess" (الراعية) but not "shepherd".
    assert arabic_key("راعي") in _keys(garbles.table_entries(table, "shepherd"))
    assert "shepherd" not in table or arabic_key("راعي") not in _keys(table["shepherd"])
    assert _garbles(
        "Syrian opposition fighters took the village of Shepherd, on the Turkish border, "
        "overnight.\n"
    ) == [("Shepherd", "SY", "Ar Ra’i")]


def test_god_is_the_one_word_allah_not_the_article_and_a_particle() -> None:
    assert arabic_key("الله") in _keys(garbles.table_entries(garbles.toponym_words(), "god"))
    assert _garbles(
        "Israeli troops raided offices in Height of God, the seat of the Palestinian Authority.\n"
    ) == [("Height of God", "PS", "Ramallah")]
    # Ordinary copy about God stays quiet.
    assert _garbles("Hezbollah, the Party of God, said its fighters hit a post in Lebanon.\n") == []
