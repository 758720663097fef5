"""Place slots the candidate finder did not see (issue 13, tenth session, 13Slot37).

A garbled name in a frame that a sub-editor reads as a place, but that gave the name no slot
(or no candidate at all: "the siege of X, whose dam" was read as a person before "whose"):

* "the siege of X", "the shelling of X", "the blockade of X", "the population of X", "the
  industrial zone of X", "X's farmers" (``place_heads.tsv``), not where the name modifies the
  noun after it ("the shelling of Kurdish positions": an adjective or a group's name);
* "X provincial council", "X city council" (a unit's council after its name);
* "Syria's third city, X," (an apposition naming the city after it);
* "intercepted a drone over X", "took fighters out of X", "forces occupied X" (ground where
  something happens, read as after "in");
* "Sonatrach said its X refinery" (a body's facility named by where it stands), not one
  everyday word ("its Shell terminal").

Real places, persons, companies and adjectives in the same frames stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, place_findings


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Sudanese officials said the siege of Fisher had lasted more than a year.",
            "Fisher",
            "El Fasher",
        ),
        ("Yemeni officials said the siege of Tyes had lasted eight years.", "Tyes", "Taiz"),
        (
            "A Yemeni charity said the population of Mackall had doubled since 2015.",
            "Mackall",
            "Mukalla",
        ),
        ("Libyan officials said the blockade of Dernier had ended.", "Dernier", "Darnah"),
        ("Syrian state media said the shelling of Hammer went on overnight.", "Hammer", "Hama"),
        ("Saudi air defences intercepted a drone over Jessen on Tuesday.", "Jessen", "Jizan"),
        ("Buses took fighters out of Hammer on Monday, Syrian state media said.", "Hammer", "Hama"),
        ("Syrian forces occupied Hammer for two days, rebel officials said.", "Hammer", "Hama"),
        ("Syria's third city, Hammer, hosted the talks.", "Hammer", "Hama"),
        (
            "The Cassel provincial council voted to close schools, Sudanese officials said.",
            "Cassel",
            "Kassala",
        ),
        (
            "Sonatrach said its Skikdah refinery was working normally, Algerian officials said.",
            "Skikdah",
            "Skikda",
        ),
    ],
)
def test_a_frame_a_sub_editor_reads_as_a_place_gives_a_slot(
    text: str, name: str, town: str
) -> None:
    assert [(g[0], g[3]) for g in garbles_in(text + "\n")] == [(name, town)]


@pytest.mark.parametrize(
    "text",
    [
        # the name modifies the noun after it: the head's "of" takes that noun
        "Turkish artillery continued the shelling of Kurdish positions near Kobani, Syrian "
        "Kurdish officials said.",
        "Aid agencies said the population of Sunni areas of Baghdad had fallen by half.",
        # real places
        "The siege of Sarajevo lasted almost four years, Turkish officials said.",
        "The population of Gaza has doubled since 2000, Palestinian officials said.",
        "Aramco said its Ras Tanura refinery was working normally.",
        "Emirati jets flew over Sanaa on Tuesday.",
        # a company, a person, a board
        "The company said its Shell terminal was closed, Omani officials said.",
        "Iraqi officials said Kevin's farmers had lost their crops.",
        "Musk was forced out of Twitter's board, an Iraqi outlet said.",
    ],
)
def test_the_same_frames_stay_quiet_on_real_places_persons_and_adjectives(text: str) -> None:
    assert place_findings(text + "\n") == []
