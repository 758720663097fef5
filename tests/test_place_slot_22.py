"""Look-alikes in the possessive of a town's services and in a wire dateline (issue 13, seventh
session, 13Slot22).

Two slot-level readings:

* "X's metro", "X's water board", "X's air pollution", "X's new bus terminal", "X's Russian
  military base": a town's services, works and air (``place_heads.tsv``), which no person or
  company owns, make the possessive's owner a strong place slot, as "X's airport" and "X's
  mayor" did; the look-alike and transliteration readings then find the town (TQ301);
* "X, Iraq, Mar 3 (Reuters) -": a wire dateline opening the paragraph locates X in the country
  it names, though X opens the sentence and a bare comma sets the country after it (TQ306 where
  X is an English word no reading resolves).

Real towns, persons and companies in the same frames stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, place_findings, rule_spans


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Mashed's air pollution reached hazardous levels on Monday, Iranian officials said.",
            "Mashed",
            "Mashhad",
        ),
        (
            "Muscatel's water board said it would cut supplies for a week, Omani officials said.",
            "Muscatel",
            "Muscat",
        ),
        ("Ankle's city hall was evacuated on Monday, Turkish police said.", "Ankle", "Ankara"),
        (
            "Batoomi's naval base hosted Turkish ships, Georgia's defence ministry said.",
            "Batoomi",
            "Batumi",
        ),
    ],
)
def test_a_towns_services_in_the_possessive_make_a_place_slot(
    text: str, name: str, town: str
) -> None:
    assert [(g[0], g[3]) for g in garbles_in(text + "\n")] == [(name, town)]


@pytest.mark.parametrize(
    "text",
    [
        "Pitchfork, Iraq, Mar 3 (Reuters) - Gunmen attacked a checkpoint overnight, police said.",
        "Pitchfork, Iraq (AFP) - Gunmen attacked a checkpoint overnight, police said.",
    ],
)
def test_a_wire_dateline_locates_the_name_it_opens_with(text: str) -> None:
    assert rule_spans("TQ306", text) == ["Pitchfork"]


@pytest.mark.parametrize(
    "text",
    [
        # real towns in the same frames
        "Beirut's metro will raise fares next month, Lebanon's transport ministry said.",
        "Gaza's water supply was cut on Monday, Palestinian officials said.",
        "Baku, Azerbaijan, Jan 9 (Reuters) - Talks between the two sides resumed on Monday.",
        "Mosul, Iraq (AFP) - Gunmen attacked a checkpoint overnight, police said.",
        # persons and companies: a given name, a noun phrase going on past the head, a company
        "Kevin's metro card was stolen in Istanbul, Turkish police said.",
        "Sarah's new bus terminal job starts next week in Amman, her family said.",
        "Samsung's plant in Vietnam will supply Turkey, the Turkish trade ministry said.",
        # no dateline: a name opening a sentence before a country, or after "In"
        "Pitchfork, Iraq, said the minister, would not attend the talks.",
        "In Pitchfork, Iraq (Reuters) - Gunmen attacked a checkpoint.",
    ],
)
def test_real_towns_persons_and_companies_stay_quiet(text: str) -> None:
    assert place_findings(text + "\n") == []
