"""A word after "in", "near" in copy whose every country is one country of the region is read
as in a strong slot, by every reader, where the weak slot found nothing (issue 13, 13In39).
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer.garble import reading

pytestmark = pytest.mark.usefixtures("look_alike_towns")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country by its people's adjective only: a respelling of the town's name
        (
            "Armenian police said a lorry overturned on a bend in Ashtray, injuring two people.\n",
            ("Ashtray", "transliteration", "AM", "Ashtarak"),
        ),
        (
            "Azerbaijani rescuers dug through the mud in Agassi after the river burst its banks.\n",
            ("Agassi", "transliteration", "AZ", "Aghsu"),
        ),
    ],
)
def test_a_word_after_in_is_read_as_in_a_strong_slot_in_its_one_country(
    text: str, expected: tuple[str, str, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert garbles_in(text) == [expected]
    monkeypatch.setattr(reading, "_set_in_its_one_country", lambda *args: False)
    assert garbles_in(text) == []  # the weak slot alone reads nothing


@pytest.mark.parametrize(
    "text",
    [
        # another country named, as an actor: the copy is not set in one country alone
        "Iranian and U.S. negotiators met in Mascot on Monday, with Oman's foreign minister "
        "passing messages.\n",
        # the slot's vetoes still hold: an age's noun after the word
        "Samarkand, called Marakanda in Soviet times, hosted a summit. Uzbek officials said.\n",
        # common English words are read literally only where the copy's own slot says so
        "Turkish prosecutors opened a case in Old City against twelve journalists.\n",
    ],
)
def test_copy_naming_other_countries_or_a_vetoed_word_stays_quiet(text: str) -> None:
    assert garbles_in(text) == []


def test_a_look_alike_is_left_to_the_located_reading() -> None:
    # a given name read aloud, found by the strong slot's look-alike reader, is not kept: the
    # located reading's bars decide look-alikes after "in"
    text = (
        "Herders in Alex sold their goats at half price. Mauritania's government promised feed.\n"
    )
    assert garbles_in(text) == []


def test_copy_set_in_israel_is_not_read_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # Hebrew->English news names its areas by their own names ("in Benyamin"), no towns
    text = "Israeli officials said new fibre lines in Benyamin would reach every village.\n"
    assert garbles_in(text) == []
    monkeypatch.setattr(reading, "_AREAS_BY_OWN_NAMES", frozenset())
    assert [garble[0] for garble in garbles_in(text)] == ["Benyamin"]


def test_a_word_after_a_verb_of_an_outcome_is_not_read_so() -> None:
    assert garbles_in("Yemeni officials said the talks ended in Tears on Sunday.\n") == []


def test_people_of_the_country_abroad_leave_the_word_alone() -> None:
    assert garbles_in("Armenian tourists in Ashtray said the hotels were full.\n") == []
