"""Translated phrases an apposition places as towns, which got no finding (issue 13, seventh
session, 13Mix23).

* A name of words joined by "of" right after "in", "near", "around" or "outside", which an
  apposition locates ("Olive farmers in Orchard of the Weaver, in Sidi Bouzid governorate,
  said"), is where the subject is: the subject speaks, not the name (TQ306's person veto),
  unless a title or role heads it ("The Duke of Edinburgh, in Amman, said").
* A name half translated: an English word that glosses a place-name head (Head for Ras, Palace
  for Qasr, Fortress for Qal'at) beside a name kept as written. TQ301 where a town of the
  copy's countries has a word spelled like the kept name and a romanisation of the head's
  Arabic, in either order, particles aside (``literal._kept_with_head``); TQ306 where no place
  has it and no place of the kept name is known anywhere (``_half_translated``).

Real places, features, families and titles in the same frames stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, garbles_in, rule_spans
from tqcheck.gazetteer.garble import literal


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tankers loaded crude at the terminal of Head of Qarnash on Libya's Mediterranean "
            "coast on Tuesday.",
            "Head of Qarnash",
        ),
        ("Fighting broke out in Head of Qarnash, west of Sirte, on Tuesday.", "Head of Qarnash"),
    ],
)
def test_a_head_translated_and_a_name_kept_nowhere_known_is_tq306(text: str, name: str) -> None:
    assert rule_spans("TQ306", text) == [name]


def test_a_phrase_joined_by_of_after_in_is_no_person() -> None:
    text = (
        "Olive farmers in Orchard of the Weaver, in Sidi Bouzid governorate, said the rains "
        "came late."
    )
    assert rule_spans("TQ306", text) == ["Orchard of the Weaver"]


def test_a_head_and_a_kept_name_read_with_particles_and_in_either_order() -> None:
    text = "Police in Palace of the Boukhari, south of Medea, arrested two men on Sunday."
    candidate = candidate_in(text, "Palace of the Boukhari")
    options = literal.literal_options(candidate, partial=True, countries={"DZ"})
    assert options is not None
    scored = literal._kept_with_head(options, {"DZ"})
    assert [spelling for _score, spelling, _gloss in scored.values()] == ["Ksar el Boukhari"]
    assert ("Palace of the Boukhari", "literal", "DZ", "Ksar el Boukhari") in garbles_in(text)


def test_a_kept_word_that_is_an_english_word_is_no_kept_name() -> None:
    text = "Police in Palace of the Weaver, south of Medea, arrested two men on Sunday."
    candidate = candidate_in(text, "Palace of the Weaver")
    options = literal.literal_options(candidate, partial=True, countries={"DZ"})
    assert options is None or literal._kept_with_head(options, {"DZ"}) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The Duke of Edinburgh, in Amman, said the visit would go ahead.",
        "Residents in Mount Sinai, near the border, said the water had been cut.",
        "Ships waited at the Port of Basra, in southern Iraq, for a week.",
        "Tankers loaded crude at the terminal of Ras Tanura on Saudi Arabia's coast on Tuesday.",
        "Fishermen from the Gulf of Aden, off Yemen's coast, said the catch was poor.",
        "Princes of the House of Saud, in Riyadh, said the king was well.",
        "Farmers around Ksar el Boukhari, south of Medea, said the harvest was late.",
        "Residents in the Valley of the Kings, near Luxor, said tourists were back.",
        "Police in Ksar Hellal, near Monastir, arrested two men on Sunday.",
    ],
)
def test_real_places_features_families_and_titles_stay_quiet(text: str) -> None:
    assert rule_spans("TQ306", text) == []
    assert rule_spans("TQ301", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Bishop of Jerusalem, in Ramallah, said the church would reopen on Sunday.",
        "The Governor of Basra, in Zubair, said the port would reopen.",
    ],
)
def test_a_title_held_of_a_known_place_is_a_person(text: str) -> None:
    assert rule_spans("TQ306", text) == []


def test_a_kinship_head_before_a_name_no_place_bears_is_still_read() -> None:
    text = "A roadside bomb exploded near Father of the Lantern, west of Baghdad, killing two.\n"
    assert rule_spans("TQ306", text) == ["Father of the Lantern"]
