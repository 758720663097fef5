"""Look-alikes of well-known cities placed by what copy gives only a place (issue 13): the owner
of a facility's own name ("X's Carthage airport", "X's Old City") read apart from that name, in
the slot its head gives; a word opening a sentence as the owner of what only a place has ("X's
old quarter was shelled") read where the copy names no country; and where travellers go ("flew
to X", "delegations travelled to X") read as after "in". People's possessives, a name's own
possessive, real places and "to" a person stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, garbles_in

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of a named airport, a named old city (Tunis, Mosul)
        ("Tennis's Carthage airport reopened after the strike.", ("Tennis", "TN", "Tunis")),
        ("Muscle's Old City is being rebuilt with UNESCO money.", ("Muscle", "IQ", "Mosul")),
        # an opening word that owns an old quarter (Homs)
        ("Holms's old quarter was shelled again overnight.", ("Holms", "SY", "Homs")),
        # where travellers go (Mosul, Tunis)
        ("The minister flew to Muscle for talks on the dam.", ("Muscle", "IQ", "Mosul")),
        (
            "Rival delegations travelled to Tennis for a new round of talks.",
            ("Tennis", "TN", "Tunis"),
        ),
    ],
)
def test_a_word_placed_by_what_only_a_place_has_is_the_city(
    text: str, expected: tuple[str, str, str]
) -> None:
    word, country, name = expected
    assert garbles_in(text + "\n") == [(word, "look-alike", country, name)]


@pytest.mark.parametrize(
    "text",
    [
        "Trump's airport speech drew a crowd.",  # a person's, the noun phrase goes on
        "Kiefer's car was found near the river.",  # a person's car
        "Sarah's beach house was sold last year.",  # a given name's
        "Musk's Tesla factory opened last year.",  # a person's named factory: no place's head
        "Istanbul's Ataturk airport closed in 2019.",  # a real place
        "She spoke to Holly about the plan.",  # "to" a person
        "A delegation to Brussels met EU officials.",  # a real place
    ],
)
def test_people_owners_and_real_places_stay_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []


def test_the_owner_of_a_named_facility_is_read_apart_from_its_name() -> None:
    owner = candidate_in("Tennis's Carthage airport reopened.\n", "Tennis")
    assert owner.slot == "strong"
    # the facility's own name is a candidate of its own ("Carthage airport": a place slot)
    assert candidate_in("Tennis's Carthage airport reopened.\n", "Carthage").end == 17


def test_a_names_own_possessive_stays_in_the_name() -> None:
    # no head a place has after it: a name MT translated whole keeps its possessive
    text = "Farmers near Shepherd's Well said the harvest was poor.\n"
    assert candidate_in(text, "Shepherd's Well").slot == "weak"
