"""Place slots, issue 13 (13SLOT11): a locating phrase set off by commas after a name ("X, in
the hills west of Hama, was hit", "spread to X, on the road from Damascus to Aleppo, on
Friday") makes the name a place, a sentence's opening word too where the sentence's verb
follows the phrase; the country of the place the phrase names is the name's hint. Sentence
adverbs, plural subjects, a person who speaks, a name with a title and a new clause after the
phrase stay out. Also: the other end of "the road between A and X", and "X, home to ...".
Sentences and places are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tqcheck.document.model import Document
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _document(text: str) -> Document:
    return parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))


def _garbles(text: str) -> list[tuple[str, str, str]]:
    return [(g.text, g.country, g.name) for g in garbles.find_garbles(_document(text))]


def _candidate(text: str, name: str) -> garbles.Candidate:
    found = [c for c in garbles.candidates(_document(text)) if c.text == name]
    assert found, name
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence's opening word, its verb after the phrase
        "Homes, on the road from Damascus to Aleppo, was hit by shelling overnight.\n",
        # mid-sentence, a preposition after the phrase
        "Protests spread to Homes, on the road from Damascus to Aleppo, on Friday.\n",
        # the first of two, a plural verb
        "Homes and Rastan, both on the road from Damascus to Aleppo, were hit by shelling.\n",
        # after a dateline
        "DAMASCUS (Reuters) - Homes, on the road from Damascus to Aleppo, was hit by shelling.\n",
    ],
)
def test_a_locating_phrase_places_the_name(text: str) -> None:
    assert ("Homes", "SY", "Homs") in _garbles(text)


def test_the_phrase_names_the_country() -> None:
    """Copy that names no country: the place the phrase names gives it."""
    text = "Cobbleford, in the hills west of Hama, was hit by shelling.\n"
    candidate = _candidate(text, "Cobbleford")
    assert (candidate.slot, candidate.hint, candidate.located) == ("strong", "SY", True)


def test_an_everyday_word_opening_the_sentence_is_not_located() -> None:
    """A word English opens sentences with every day gets the slot, not the apposition's
    "located" (the reading of an English word that no town answers)."""
    text = "Homes, in the hills west of Hama, was hit by shelling.\n"
    candidate = _candidate(text, "Homes")
    assert (candidate.slot, candidate.located) == ("strong", False)


def test_a_name_after_in_stays_locative() -> None:
    text = "A lorry overturned near Qarnoush, on the road from Latakia to Tartus, on Monday.\n"
    candidate = _candidate(text, "Qarnoush")
    assert (candidate.slot, candidate.locative, candidate.located) == ("strong", True, True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a sentence adverb: a new subject after the phrase
        (
            "Meanwhile, on the road from Damascus to Aleppo, troops set up checkpoints.\n",
            "Meanwhile",
        ),
        ("Later, in the hills west of Hama, the army shelled two villages.\n", "Later"),
        # a person who speaks
        ("Ahmed, in the hills north of Damascus, said he had fled.\n", "Ahmed"),
        # a plural subject
        ("Farmers, in the plains south of Aleppo, have lost most of their wheat.\n", "Farmers"),
        # a title
        ("Mr Assad, on the road to Aleppo, stopped to greet soldiers.\n", "Mr Assad"),
    ],
)
def test_openings_that_are_no_place(text: str, name: str) -> None:
    assert _candidate(text, name).slot == "none"


def test_a_new_clause_after_the_phrase() -> None:
    text = (
        "According to the Associated Press, in the town of Nurdagi in Gaziantep province, "
        "rescuers found a family alive.\n"
    )
    candidate = _candidate(text, "Associated Press")
    assert candidate.slot != "strong" and not candidate.located


def test_a_real_town_stays_quiet() -> None:
    text = "Hama, on the road from Damascus to Aleppo, was hit by shelling overnight.\n"
    assert _garbles(text) == []


def test_the_other_end_of_a_road_between() -> None:
    assert _candidate(
        "Floodwater cut the highway between Latakia and the Qarnoush on Monday.\n", "Qarnoush"
    ).slot == ("strong")
    # two countries: a border, no town
    assert (
        _candidate("Talks on the highway between Iraq and the Emirates resumed.\n", "Emirates").slot
        != "strong"
    )


def test_home_to_says_a_place() -> None:
    text = "Tire, home to a large fishing port, was shelled on Sunday, Lebanese officials said.\n"
    candidate = _candidate(text, "Tire")
    assert (candidate.slot, candidate.located) == ("strong", True)
    assert ("Tire", "LB", "Tyre") in _garbles(text)
