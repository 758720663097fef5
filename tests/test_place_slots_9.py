"""Place slots, ninth pass (issue 13, 13Slot9): a name tied by a possessive or by "of" to a
head noun of what a town has or who runs it (``place_heads.tsv``) is in a place slot: "X's
airport", "X's old city", "X' mayor" (a plural's possessive), "the covered bazaar of X",
"residents of eastern X", "a governor for X". Where a person or a company has such a thing too
("X's stadium") the slot is weak; an owner that is a given name or a person, a contraction of
"is" ("That's why the police") and a noun phrase that goes on past the head ("X's airport
shop") give no slot. Sentences and places are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, garbles_in

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str]]:
    return [(found, country, name) for found, _kind, country, name in garbles_in(text)]


def _slot(text: str, name: str) -> str:
    return candidate_in(text, name).slot


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a possessive before a place-only head
        (
            "Iraqi officials said Mousil's airport would reopen to flights next month.\n",
            ("Mousil", "IQ", "Mosul"),
        ),
        # "of" after a head with its adjective
        (
            "Turkish officials said the covered bazaar of Bursah reopened after repairs.\n",
            ("Bursah", "TR", "Bursa"),
        ),
        # "of" and a compass adjective before the name
        (
            "Syrian officials said residents of eastern Homes were told to stay indoors.\n",
            ("Homes", "SY", "Homs"),
        ),
        # a plural's possessive
        ("Syrian officials said Homes' mayor had resigned.\n", ("Homes", "SY", "Homs")),
        (
            "Tunisian officials said Sfakes's port handled more olive oil than last year.\n",
            ("Sfakes", "TN", "Sfax"),
        ),
    ],
)
def test_possessive_and_of_heads_make_a_place_slot(text: str, found: tuple[str, str, str]) -> None:
    assert found in _garbles(text)


@pytest.mark.parametrize(
    ("text", "name", "slot"),
    [
        ("Officials said Zarbek's old city was crowded.\n", "Zarbek", "strong"),
        ("Officials said the old quarter of Zarbek was crowded.\n", "Zarbek", "strong"),
        ("Lawmakers agreed on a governor for Zarbek after talks.\n", "Zarbek", "strong"),
        # a town's hospital; a club has a stadium too: a weak slot
        ("Officials said Zarbek's hospital was full.\n", "Zarbek", "strong"),
        ("Officials said Zarbek's stadium was full.\n", "Zarbek", "weak"),
        # a patient's hospital room: the noun phrase goes on past "hospital"
        ("Officials said Zarbek's hospital room was guarded.\n", "Zarbek", "none"),
        # a given name owns things: no slot
        ("Officials said Sarah's hospital was full.\n", "Sarah", "none"),
        # the noun phrase goes on past "airport": its head is "shop"
        ("Officials said Zarbek's airport shop had closed.\n", "Zarbek", "none"),
        # "quarter" is no possessive head ("Apple's second quarter")
        ("Officials said Zarbek's second quarter was weak.\n", "Zarbek", "none"),
    ],
)
def test_slot_of_a_head(text: str, name: str, slot: str) -> None:
    assert _slot(text, name) == slot


@pytest.mark.parametrize(
    "text",
    [
        # a person's possessive stays quiet, whatever the noun
        "Syrian officials said Hassan's hospital in Damascus received new equipment.\n",
        # "is", no possessive
        "That's why the police in Damascus closed the road, Syrian officials said.\n",
        # a city's own name in the slot
        "Iraqi officials said Mosul's airport would reopen to flights next month.\n",
        "Jordanian officials said Irbid's mayor had resigned over the water shortages.\n",
    ],
)
def test_people_and_real_places_stay_quiet(text: str) -> None:
    assert _garbles(text) == []
