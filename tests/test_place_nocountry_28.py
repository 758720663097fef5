"""Copy naming no country (issue 13, eighth session, 13NoC28): the largest cause of the rows the
tune sets lose is a garble in copy that names no country, where only a well-known city's
reading counts. Two readings the region-wide reading already makes are now kept there: a
close respelling, in a place slot, of a town of the region of 20,000 or more where the name is
whole and no place's own (the name no place has is the evidence, not the town's size), and a
literal translation of two words joined by "of", the Arabic construct read word for word, of a
town of 20,000 or more whose own name it reads back to. Sentences and places are the engineer's
own, in no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, place_findings
from tqcheck.gazetteer.well_known import (
    _construct_phrase,
    _name_is_whole,
    _name_words,
    _opens_with_article,
)

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # respellings no place has of towns of 20,000-50,000 of the region, in a place slot
        ("Shops in Yabrood stayed shut on Monday, residents said.", "Yabrood"),
        ("Shops in Salkeen stayed shut on Monday, residents said.", "Salkeen"),
        ("Shops in Toozar stayed shut on Monday, residents said.", "Toozar"),
        ("Shops in Yabrood, residents said, stayed shut.", "Yabrood"),
        # the Arabic construct read word for word, of a town of 20,000 or more
        (
            "Shops in Monastery of the Dates stayed shut on Monday, residents said.",
            "Monastery of the Dates",
        ),
        ("Shops in Well of the Slave stayed shut on Monday, residents said.", "Well of the Slave"),
    ],
)
def test_smaller_towns_are_read_where_the_copy_names_no_country(text: str, span: str) -> None:
    assert ("TQ301", span) in place_findings(text + "\n", ("TQ301",))


@pytest.mark.parametrize(
    "text",
    [
        # a name cut short: a capitalised word, a word no English, a short link word after it
        "Shops in Yabrood Sharqi stayed shut on Monday, residents said.",
        "Shops in Yabrood Ahmad stayed shut on Monday, residents said.",
        "Shops in Yabrood da Silva stayed shut on Monday, residents said.",
        # a name without the article heard as a small town whose name opens with it
        "Shops in Amiriya stayed shut on Monday, residents said.",
        # a name of two words: each varies on its own between romanisations
        "Sirens sounded in Tirat Karmell on Monday.",
        # the real town's own name
        "Shops in Yabroud stayed shut on Monday, residents said.",
        # an English name puts its noun last; English names with "of"
        "Shops in Stone Town stayed shut on Monday, residents said.",
        "Bells rang in Church of England parishes on Sunday.",
        "Residents of Isle of Man said the ferry was cancelled.",
        # a person, outside a place slot
        "Mr Salkeen said the shops had stayed shut on Monday.",
    ],
)
def test_cut_names_real_towns_and_english_names_stay_quiet(text: str) -> None:
    assert [f for f in place_findings(text + "\n", ("TQ301",)) if f[0] == "TQ301"] == []


def test_a_name_is_whole_where_punctuation_or_an_english_word_follows() -> None:
    assert _name_is_whole(candidate_in("Shops in Yabrood, residents said.\n", "Yabrood"))
    assert _name_is_whole(candidate_in("Shops in Yabrood stayed shut.\n", "Yabrood"))
    assert not _name_is_whole(candidate_in("Shops in Yabrood shargi stayed shut.\n", "Yabrood"))
    assert not _name_is_whole(candidate_in("Shops in Yabrood pa Kypros shut.\n", "Yabrood"))


def test_the_construct_is_two_capitalised_words_joined_by_of() -> None:
    assert _construct_phrase("House of the Dates")
    assert _construct_phrase("Well of Roses")
    assert not _construct_phrase("Stone Town")
    assert not _construct_phrase("the House of Dates")


def test_a_name_opens_with_the_article() -> None:
    assert _opens_with_article("Al-Zantan")
    assert _opens_with_article("El Amria")
    assert not _opens_with_article("Amiriya")
    assert not _opens_with_article("Alzantan")
    assert _name_words("Al-Zantan") == ["zantan"]
    assert _name_words("Tirat Karmell") == ["tirat", "karmell"]
