"""Literal translations of place names, third round (issue 13): the Buckwalter table mined
again from the index that holds three-letter Arabic names, the lexicon's two-letter stems that
always take a taa marbuta, English adjectives of size, and the days of the week and the numbers
in Arabic and Persian. Sentences are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.keys import arabic_key

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.country, g.name, g.kind) for g in garbles.find_garbles(document)]


def _arabic(english: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(arabic_key(a), latin) for a, latin in garbles.toponym_words().get(english, [])]


def test_a_lexicon_stem_that_always_takes_a_taa_marbuta_is_read_with_it() -> None:
    # Buckwalter's حج (Huj~, Napdu: "pretext", "proof") is the word حجة: three letters.
    assert (arabic_key("حجة"), garbles.LEXICON) in _arabic("proof")
    text = "Fighters entered the town of Proof, north-west of Sanaa, Yemeni officials said.\n"
    assert _garbles(text) == [("Proof", "YE", "Hajjah", "literal")]


def test_a_three_letter_place_word_has_the_lexicon_glosses() -> None:
    # دبس "treacle" (Dibis, Iraq): a word of three letters, in the index since its schema 5
    # (FreeDict's table, mined again from it, has the pair too).
    lexicon = garbles.read_toponym_words([garbles.LEXICON_TABLE])
    assert (arabic_key("دبس"), garbles.LEXICON) in [
        (arabic_key(a), latin) for a, latin in lexicon["treacle"]
    ]
    text = "A car bomb exploded in the town of Treacle, north-west of Kirkuk, Iraqi police said.\n"
    assert _garbles(text) == [("Treacle", "IQ", "Dibis", "literal")]


def test_an_adjective_of_size_reads_the_tables_other_adjectives_of_size() -> None:
    table = garbles.toponym_words_first()
    # the hand table's "big tree" (دوحة) for "great tree" and "large tree", not for "tall tree"
    for phrase in ("great tree", "large tree"):
        assert arabic_key("دوحة") in [
            arabic_key(a) for a, _ in garbles.table_entries(table, phrase)
        ]
    assert garbles.table_entries(table, "tall tree") == []
    text = "Mediators met again in the Large Tree, the Qatari capital, on Sunday.\n"
    assert _garbles(text) == [("Large Tree", "QA", "Doha", "literal")]


def _candidate(text: str, slot: str, locative: bool) -> garbles.Candidate:
    return garbles.Candidate(0, len(text), text, slot, None, False, locative)


def test_a_weekday_alone_is_a_place_only_where_a_slot_says_so() -> None:
    # "met in Monday" (a day takes "on") or "the city of Monday": Persian دوشنبه, Dushanbe
    assert (arabic_key("دوشنبه"), garbles.CALENDAR) in _arabic("monday")
    for slot, locative in (("weak", True), ("strong", False)):
        options = garbles.literal_options(_candidate("Monday", slot, locative), countries=set())
        assert options is not None
        assert arabic_key("دوشنبه") in [arabic_key(a or "") for _w, a, _l in options[0]]
    # "talks resume on Monday": a day
    assert garbles.literal_options(_candidate("Monday", "weak", False), countries=set()) is None
    text = "Tajik officials said the talks would resume on Monday in the capital.\n"
    assert _garbles(text) == []


def test_the_calendar_pairs_leave_the_team_pairs_gated() -> None:
    # "saturday" شنبه is a team pair (Persian place names use it): the calendar table's
    # row for it does not lift the team table's strong-slot rule
    assert garbles.team_countries("saturday", arabic_key("شنبه")) is not None


def test_a_verbal_noun_and_a_passive_participle_read_through_the_verbs_senses() -> None:
    # كسر (kasr, the verbal noun of "break"); موصول (the passive participle of وصل "connect")
    assert (arabic_key("كسر"), garbles.LEXICON) in _arabic("break")
    assert (arabic_key("موصول"), garbles.LEXICON) in _arabic("connect")
    # "Connected": the past participle read back to the verb (``_base_forms``)
    text = "Army units reached the city of Connected, north of Baghdad, Iraqi officers said.\n"
    assert _garbles(text) == [("Connected", "IQ", "Mosul", "literal")]


def test_a_generic_term_alone_after_in_is_the_feature_it_names() -> None:
    # "the Mosque", "the Square", "the Mountain": the hand table's generic terms of place
    # names; after "in" one of them alone is the feature, not a town named by it
    assert garbles.is_generic("Mosque") and garbles.is_generic("Squares")
    assert not garbles.is_generic("Tube")
    text = (
        "Crowds in the Mosque in Mecca, Saudi Arabia, prayed for rain.\n\n"
        "Protesters in the Square chanted slogans against the government in Cairo, Egypt.\n\n"
        "Fighters in the Mountain near Sanaa, Yemen, fired rockets.\n"
    )
    assert [found for found in _garbles(text) if found[3] == "literal"] == []
    # in a strong slot the word may still name a town
    strong = garbles.Candidate(0, 8, "Mountain", "strong", None, False)
    assert garbles.literal_options(strong, countries=set()) is not None
