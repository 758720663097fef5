"""Look-alikes a consonant class from a city of the copy's one country (issue 13, eighteenth
session, 18Lk52: ``look_alikes.one_class_in_its_country``).

An English word or name in a place slot of copy that names one country of the region, its
consonant classes those of the own name of a city of 100,000 or more of that country with one
class put in or left out, or its final sibilant heard as another ("Organza": Urganch), where
no other town of the country within the same edits is half the city's size or more, spelled
within 0.65 of the city's name. Acronyms, a region the clues table knows, a unit abroad, a
word outside a place slot, a modifier after "to" ("to Christian homes"), a word one class
from another spelling only stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings

pytestmark = pytest.mark.usefixtures("look_alike_towns")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "word", "town"),
    [
        # a class left out (Qazvin: KZVN; "Kevin": KVN); Quchan (KVCN), a third its size
        (
            "An earthquake shook Kevin and nearby villages on Saturday, Iran's crisis "
            "management agency said.",
            "Kevin",
            "Qazvin",
        ),
        # the final sibilant heard as another (Urganch: RKNC; "Organza": RKNZ)
        (
            "Flights from Moscow to Organza were diverted because of fog, and passengers "
            "waited in Bukhara.",
            "Organza",
            "Urganch",
        ),
        # a class put in (Marg'ilon: MRJLN; "Marilyn": MRLN)
        (
            "Silk weavers in Marilyn showed Uzbekistan's president a new workshop on Friday.",
            "Marilyn",
            "Marg’ilon",
        ),
    ],
)
def test_flagged(text: str, word: str, town: str) -> None:
    assert ("TQ301", word, town) in suggested_findings(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a noun's modifier after "to"
        (
            "A mob set fire to Christian homes in Gojrah, and police arrested 20 people. "
            "Church leaders in Punjab called for protection.",
            "Christian",
        ),
        # an acronym
        (
            "Banks deferred payments on loans issued to SMEs before April, Kazakhstan's "
            "central bank said.",
            "SMEs",
        ),
        # a word of a unit's name after "and": no place slot
        (
            "A farmer was killed on the road to Ben, a town in Chaharmahal and Bakhtiari "
            "province, Iranian media said.",
            "Bakhtiari",
        ),
        # one class from another spelling only (Agadir's Lithuanian "Agadiras": KDRS)
        ("Moroccan media said clashes broke out in Chairs overnight.", "Chairs"),
        # a first-level unit abroad (ISO 3166-2: Cornwall, GB), no Konya
        (
            "Tourists flocked to the seaside resort of Cornwall, Turkish officials said.",
            "Cornwall",
        ),
        # a region the clues table knows
        (
            "Hot-air balloons over Urgup, in Cappadocia, were grounded by high winds.",
            "Cappadocia",
        ),
    ],
)
def test_quiet(text: str, word: str) -> None:
    assert not [f for f in suggested_findings(text) if f[1] == word and f[0] == "TQ301"]
