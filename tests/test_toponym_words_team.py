"""The team's word table (``gazetteers/toponym_words_team.csv``): English glosses of the commonest
words of the region's Arabic-script place names that no dictionary glosses (issue 13)."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.keys import arabic_key

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.kind, g.country, g.name) for g in garbles.find_garbles(document)]


def test_the_team_table_is_read_after_the_hand_table_and_before_the_dictionary() -> None:
    assert garbles.TOPONYM_WORD_TABLES.index(garbles.TEAM_TABLE) == 1
    team = garbles.read_toponym_words([garbles.TEAM_TABLE])
    assert arabic_key("شاهين") in [arabic_key(a) for a, _ in team["falcon"]]
    # Several senses of one word, each a key of its own.
    assert arabic_key("سراي") in [arabic_key(a) for a, _ in team["palace"]]
    assert arabic_key("سراي") in [arabic_key(a) for a, _ in team["inn"]]
    assert "falcon" in garbles.toponym_words()


def test_a_team_pair_is_read_only_where_place_names_use_its_word() -> None:
    countries = garbles.team_pairs()
    village = countries[("village", arabic_key("ده"))]
    assert "IR" in village and "PS" not in village
    assert "IR" in countries[("city", arabic_key("شهر"))]
    # Another table's pair of the same word is not restricted: it bridges as before.
    assert ("month", arabic_key("شهر")) not in countries


def test_a_team_gloss_bridges_a_phrase_in_a_place_slot() -> None:
    found = _garbles("Police in Falcon City, in central Iran, said two people were killed.\n")
    assert found == [("Falcon City", "literal", "IR", "Shahin Shahr")]
    found = _garbles("Turkish police in White Palace detained six suspects on Monday.\n")
    assert [(g[0], g[2], g[3]) for g in found] == [("White Palace", "TR", "Aksaray")]


def test_a_team_word_stands_for_its_form_with_and_without_a_final_taa_marbuta() -> None:
    # The table's محل "locality" is the محلة of المحلة الكبرى, a word before another.
    assert [arabic_key(a) for a in garbles.taa_variants("محل")] == ["محل", "محله"]
    found = _garbles("Police in the Great Locality, Egypt, arrested ten workers on Sunday.\n")
    assert [(g[0], g[2]) for g in found] == [("Great Locality", "EG")]
    assert "Mahallah" in found[0][3] or "Mahalla" in found[0][3]


def test_ordinary_english_words_in_another_sense_stay_quiet() -> None:
    # Common words outside a strong slot: the old town of a city, a palace, a project's name.
    assert _garbles("Tourists walked through the Old City of Ankara, Turkey, on Sunday.\n") == []
    assert _garbles("In Istanbul, the White Palace of the sultans is now a museum.\n") == []
    assert _garbles("The Falcon City project in Tehran, Iran, was approved on Monday.\n") == []
    # A Persian word is no Palestinian place's word: "village" kept beside a real name.
    assert _garbles("Police in Silwad Village, in the West Bank, arrested two men.\n") == []


def test_the_eighth_round_glosses_a_gazetteer_word_with_its_dictionary_sense() -> None:
    # زاكية "virtuous" (Wehr: zākin), a word of the tune half of benchmarks/gloss_coverage.py,
    # bridges where Syrian place names use it, and only there.
    pairs = garbles.team_pairs()
    assert pairs[("virtuous", arabic_key("زاكي"))] == frozenset({"SY"})
    assert pairs[("tear", arabic_key("اشك"))] == frozenset({"TM"})
    found = _garbles("Police in the Virtuous, Syria, arrested two men on Monday.\n")
    assert [(g[0], g[2], g[3]) for g in found] == [("Virtuous", "SY", "Zakiyah")]
    assert _garbles("Police in the Virtuous, Iraq, arrested two men on Monday.\n") == []
