"""Look-alikes no sound key reached (issue 13, fourteenth session, 14Lk44).

One general reading of the look-alike reader (``look_alikes.onset_match``): a word English
text knows whose opening sounds are a town's opening sounds, three consonant classes or more
with every vowel between them in place, and an ending of its own ("Tantrum" for Tanta,
"Trabant" for Trabzon, "Pavlova" for Pavlodar), read only in a strong slot where no other
reading found a town and no literal reading exists, not a sentence's first word unless the
copy places it in a country, nor a site the clues table names.

People, real places abroad, sites and everyday words in the same frames stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings
from tqcheck.gazetteer import look_alikes
from tqcheck.gazetteer.keys import fold

pytestmark = pytest.mark.usefixtures("look_alike_towns")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "word", "town"),
    [
        (
            "The governor of Tantrum province ordered schools closed after the floods, "
            "Egyptian state media reported.",
            "Tantrum",
            "Tanta",
        ),
        (
            "Fishermen in the port city of Trabant said storms kept boats in harbour, Turkey's "
            "coast guard said.",
            "Trabant",
            "Trabzon",
        ),
        (
            "The mayor of Pavlova said the city's heating plant would reopen on Monday, Kazakh "
            "officials said.",
            "Pavlova",
            "Pavlodar",
        ),
        (
            "Police in the city of Kirkman arrested four men over the attack, Iran's judiciary "
            "said.",
            "Kirkman",
            "Kerman",
        ),
        (
            "Tantrum, Egypt - Football fans clashed with police after a cup match on Sunday.",
            "Tantrum",
            "Tanta",
        ),
    ],
)
def test_flagged(text: str, word: str, town: str) -> None:
    assert ("TQ301", word, town) in suggested_findings(text)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence's first word that the copy does not place in a country
        "Migrants crossing from Algeria are often detained near the border in eastern Morocco.",
        # a site the clues table names (Persepolis; Parsabad opens with its sounds)
        "Merwdasht, near the ruins of Persepolis, recorded the highest temperature in Fars "
        "province.",
        # a person, a brand, an everyday word, a real place abroad, a real town
        "Kirkwood, the party's spokesman, said Iraqi forces had withdrawn from the area.",
        "Trabant cars were once common on the roads of East Germany, a Turkish collector said.",
        "A tantrum by the coach delayed the match in Cairo, Egyptian media said.",
        "The company said its plant at Siemens was running, Turkish officials said.",
        "The mayor of Lancaster visited Baku to sign a twinning agreement, Azerbaijan's foreign "
        "ministry said.",
        "The city of Pavlodar is the region's industrial centre, Kazakh officials said.",
    ],
)
def test_quiet(text: str) -> None:
    words = {"Migrants", "Persepolis", "Kirkwood", "Trabant", "Lancaster", "Pavlodar", "Siemens"}
    # no town read (TQ301); "Siemens" in a place slot is TQ306's, as before
    assert not [f for f in suggested_findings(text) if f[1] in words and f[0] == "TQ301"]


def test_onset_match_reads_the_opening() -> None:
    match = look_alikes.onset_match("Bandanna", frozenset({"TR"}))
    assert match is not None and fold(match.town.name) == "bandirma"
    assert match.onset and not match.frame
    # two classes in common only ("Tabouleh", Tabuk: TaBa) is no opening
    assert look_alikes.onset_match("Tabouleh", frozenset({"SA"})) is None


def test_onset_match_skips_names_of_several_words() -> None:
    match = look_alikes.onset_match("Migrants", frozenset({"MA"}))
    assert match is None or " " not in match.town.name
