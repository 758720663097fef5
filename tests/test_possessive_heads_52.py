"""A garbled town as the owner of a possessive (issue 13, eighteenth session, 18Pos52).

* Heads a town has that ``place_heads.tsv`` did not list: a head of several words naming a
  town's industry, court, fair or club ("X's copper mine", "X's football club", "X's criminal
  court", "X's steelworks", "X's palm groves"); a bare "plant", "mine" or "club" stays no head.
* Heads only a town has (slot "town": airport, port, mayor, governor, medina, souq, old city):
  their owner is a place even where it opens with a given name ("Ben Gazzara's airport",
  "Jesus City's souq"); other strong heads still read a given name's possessive as a person's
  ("Sarah's beach"), and a person the curated layers know stays a person.

Real towns, firms, clubs and persons in the same frames stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, place_findings
from tqcheck.gazetteer.garble.slots import place_head


@pytest.mark.parametrize(
    ("owner", "after"),
    [
        ("Annabel", "'s steelworks will lay off 2,000 workers"),
        ("Kit Bag", "'s porcelain factories were closed"),
        ("Suzy", "'s beach resorts reported more bookings"),
        ("Teaser", "'s palm groves after a slow winter"),
        ("Stef", "'s football club sacked its coach"),
        ("Demeanour", "'s criminal court sentenced two men"),
        ("Conyers", "' sugar factory stopped buying beet"),
        ("Some Guy", "'s chemical plant was fined"),
        ("Shark Jaw", "'s book fair opened"),
    ],
)
def test_a_towns_industry_court_fair_or_club_is_a_strong_head(owner: str, after: str) -> None:
    assert place_head(owner, "", after) == "strong"


@pytest.mark.parametrize(
    ("owner", "after"),
    [
        ("Ben Gazzara", "'s airport was closed for two hours"),
        ("Jesus City", "'s souq reopened after renovation"),
    ],
)
def test_a_given_name_owning_what_only_a_town_has_is_a_place(owner: str, after: str) -> None:
    assert place_head(owner, "", after) == "strong"


@pytest.mark.parametrize(
    ("owner", "after"),
    [
        ("Sarah", "'s beach was crowded"),  # a given name; a beach is not a town's alone
        ("Donald Trump", "'s airport"),  # a person the curated layers know
        ("Kevin", "'s football club won"),  # a given name before a head a town shares
        ("Annabel", "'s plant will close"),  # a bare "plant": a firm's as often
        ("Kaplan", "'s copper mine shares fell"),  # the noun phrase goes on past the head
    ],
)
def test_persons_bare_heads_and_longer_phrases_give_no_slot(owner: str, after: str) -> None:
    assert place_head(owner, "", after) is None


def test_the_town_slot_reads_as_strong_after_of() -> None:
    assert place_head("Tyes", "the governor of ", " said on Monday") == "strong"


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Kaplan's copper mine closed for a week, the company said. The town is in "
            "Armenia's Syunik province.",
            "Kaplan",
            "Kapan",
        ),
        ("Sateef's football club lost the Algerian cup final on Saturday.", "Sateef", "Setif"),
        ("Jesus City's souq was closed for Eid, Bahraini officials said.", "Jesus City", None),
        (
            "Demeanour's criminal court jailed three men for fraud, Egyptian media said.",
            "Demeanour",
            "Damanhur",
        ),
        ("Ben Gazzara's airport reopened on Monday, Libyan officials said.", "Ben Gazzara", None),
    ],
)
def test_a_garbled_owner_of_a_towns_head_is_read(text: str, name: str, town: str | None) -> None:
    found = [(g[0], g[3]) for g in garbles_in(text + "\n")]
    assert [g[0] for g in found] == [name]
    if town is not None:
        assert found[0][1] == town


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's governor signed the bill into law on Tuesday.",
        "Kevin's football club won the local league last year.",
        "Sheffield's steelworks once employed tens of thousands of people.",
        "BASF's chemical plant in Ludwigshafen cut output because of high gas prices.",
        "Glencore's copper mine in Zambia was sold to a local firm.",
        "Hilton's beach resorts reported more bookings than last year.",
        "Charlotte's mayor said the city would appeal the ruling.",
        "Sarah's beach house was damaged in the storm.",
    ],
)
def test_real_towns_firms_and_persons_stay_quiet(text: str) -> None:
    assert place_findings(text + "\n") == []
