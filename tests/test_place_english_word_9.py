"""TQ306 on "the X" in copy naming no country, where the sentence sets its event there: the
place phrase closes the subject right before its verb ("Police in the X arrested"), or the
clause goes on past it with a time or a conjunction ("back to the X after"); a body, an event
or a thing there is one of ("the Festival", "the Universe") is English, not a translated town
(issue 13, e306f)."""

from __future__ import annotations

import pytest

from tests.place_support import rule_spans


def _found(text: str) -> list[str]:
    return rule_spans("TQ306", text)


@pytest.mark.parametrize(
    "text",
    [
        # the place phrase locates the subject, and its verb follows
        "Police in the Lantern arrested four men suspected of smuggling fuel.",
        "Wheat prices at the Lantern rose by a third this year, traders said.",
        "Protests in the Lantern entered their third week as the governor refused to resign.",
        # the clause goes on past the place with a time or a conjunction
        "A blast in a warehouse in the Lantern late on Monday injured three workers.",
        "Rescuers brought 60 fishermen back to the Lantern after their trawler sank.",
    ],
)
def test_the_english_word_where_the_sentence_sets_its_event_is_reported(text: str) -> None:
    assert _found(text) == ["Lantern"]


@pytest.mark.parametrize(
    "text",
    [
        # the phrase ends the sentence, or no noun before it is located ("submitted to")
        "The results were sent to the Lantern.",
        "Invoices submitted to the Lantern were paid late.",
        # no "the": "in X" alone is a firm's or a venue's name as often as a town
        "Shares in Lantern rose by a tenth.",
        # an event, a competition, a thing there is one of (definite_name_heads.txt)
        "Attendance at the Festival rose by a fifth.",
        "Players in the Premier League earned more than ever.",
        "Everything in the Universe is made of matter.",
        "Traders in the Bazaar closed their shops as the currency crashed.",
        # a word the word tables gloss no Arabic word with: a rite, a monument, a brand
        "Attendance at the Hajj fell after the pandemic restrictions.",
        "Tourists at the Pyramids returned as the season opened.",
        # a place GeoNames knows, a person, an outlet
        "Tourist arrivals at the Algarve rose by a tenth last year.",
        "Police in the Bronx arrested four men suspected of smuggling fuel.",
        "Fans in the Gordon sang after the whistle.",
        "Reporters at the Guardian said the story had been corrected.",
        # copy set abroad by a word of its people
        "Canadian police in the Lantern arrested four men suspected of smuggling fuel.",
    ],
)
def test_the_x_stays_quiet_otherwise(text: str) -> None:
    assert _found(text) == []
