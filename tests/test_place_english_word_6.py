"""TQ306 on rare English words placed as a town of the region's copy: a word below wordfreq's
Zipf 3.0 counts as English when the glosses of the project's bilingual word tables use it, or
an inflected form of one ("Tanners", "the Irrigated"); a rare proper name the tables do not
gloss ("Tigris") does not (issue 13, e306b)."""

from __future__ import annotations

from tests.place_support import rule_spans
from tqcheck.gazetteer.garbles import english_gloss_word


def _found(text: str) -> list[str]:
    return rule_spans("TQ306", text)


def test_a_glossed_word_and_its_inflected_forms_are_english() -> None:
    assert english_gloss_word("sluice")
    assert english_gloss_word("sluices")  # a plural
    assert english_gloss_word("irrigated")  # a word of a multi-word gloss ("well irrigated")
    assert english_gloss_word("ploughman")  # its American spelling, "plowman"
    assert english_gloss_word("saddlers")  # an agent noun's plural: "saddle"


def test_a_proper_name_the_tables_do_not_gloss_is_no_english_word() -> None:
    assert not english_gloss_word("tigris")
    assert not english_gloss_word("knesset")


def test_a_rare_glossed_word_placed_by_an_apposition_is_reported() -> None:
    assert _found("Militants attacked a checkpoint in the Tanners, east of Mosul, on Sunday.") == [
        "Tanners"
    ]
    assert _found("Farmers in the Sluices, south of Kut, say the canals have run dry.") == [
        "Sluices"
    ]


def test_a_rare_proper_name_stays_quiet() -> None:
    assert _found("Fishermen on the Tigris, south of Mosul, say the river is shrinking.") == []
    assert _found("Salim, in Mosul, said the bridge had reopened.") == []
