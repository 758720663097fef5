"""Literal readings of words the tables hold (issue 13, tenth session, 13Lit37).

"Little X" reads the Arabic diminutive of each word the tables give X (``literal.diminutives``).
Two of its patterns were missing: a root with a hamza in the middle, which the key writes as a
ya (بئر "well" -> بؤير, Bouira: fu'ayl seats the hamza on a waw), and a defective root (قرية ->
قرية, fu'ayya written once). And "Little Xs" now also reads the sound
feminine plural of the diminutive (``literal._diminutive_plurals``: صخرة -> صخيرات, قرية ->
قريات), the plural place names give diminutives. The new forms are made by rule and read only as
a place's exact Arabic name (``DERIVED``): by consonant classes they read some town for almost
any "Little X".

"Blackish": English "-ish" on a colour of the hand table reads as "little" and the colour
(``word_tables.colour_of_ish``), the Arabic colour's diminutive (سويداء). And a head kept beside a
name ("Castle of Hellal") is spelled as the hand table spells any sense of the English head
that is one of its heads (``word_tables.head_romanisations``: the lexicon's قصر for "castle",
qasr, ksar), where the English word is itself a head MT writes."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer.garble import literal
from tqcheck.gazetteer.garble.base import Candidate
from tqcheck.gazetteer.garble.word_tables import DERIVED, LEXICON, colour_of_ish

pytestmark = pytest.mark.usefixtures("method_only")


@pytest.mark.parametrize(
    ("arabic", "diminutive"),
    [
        ("بئر", "بوير"),  # a hamza the key writes as a ya: بؤير
        ("ذئب", "ذويب"),  # ذؤيب
        ("قرية", "قري"),  # a defective root: the diminutive is spelled as the noun
    ],
)
def test_hamza_and_defective_roots_have_diminutives(arabic: str, diminutive: str) -> None:
    assert (diminutive, DERIVED) in literal.diminutives([(arabic, ())])


def test_the_waw_roots_diminutive_is_unchanged_and_a_ya_root_has_none() -> None:
    assert literal.diminutives([("سوق", ("souq",))]) == [("سويق", ())]
    assert literal.diminutives([("شيخ", ())]) == []


def test_an_english_plural_reads_the_diminutives_sound_plural() -> None:
    table = {"rock": [("صخرة", ())], "village": [("قرية", ())]}
    assert ("صخيرات", DERIVED) in literal._diminutive_plurals(table, "rocks")
    assert ("قريات", DERIVED) in literal._diminutive_plurals(table, "villages")
    # a singular, or a word the table does not hold, has none
    assert literal._diminutive_plurals(table, "rock") == []
    assert literal._diminutive_plurals(table, "stones") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omani fishermen at the Little Villages, south of Muscat, said the catch had fallen.",
            ("Little Villages", "literal", "OM", "Qurayyat"),
        ),
        (
            "Floods cut the road to Little Well, in the Kabylie mountains, and schools closed.",
            ("Little Well", "literal", "DZ", "Bouira"),
        ),
    ],
)
def test_a_little_x_is_read(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in garbles_in(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "Children played with a little ball in the street, Algerian television showed.",
        "Saudi officials said the Little Mermaid film would not be shown in cinemas.",
        "Omani officials met Little Richard's band in Muscat.",
    ],
)
def test_a_little_thing_or_a_person_stays_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []


def test_a_colour_with_ish_reads_as_the_little_colour() -> None:
    candidate = Candidate(0, 8, "Blackish", "strong", None, False)
    options = literal.literal_options(candidate)
    assert options is not None and options[0][0][0] == "little black"
    assert colour_of_ish("reddish") == "red" and colour_of_ish("whitish") == "white"
    assert colour_of_ish("turkish") is None and colour_of_ish("irish") is None


def test_a_head_is_spelled_as_the_hand_table_spells_its_other_senses() -> None:
    # "castle" is the hand table's قلعة (qal'at) and, in the lexicon, قصر, which the hand
    # table spells qasr, ksar ("palace"): Ksar Hellal keeps "Hellal" beside its head
    candidate = Candidate(0, 16, "Castle of Hellal", "strong", None, False)
    options = literal.literal_options(candidate, partial=True, countries={"TN"}, lexicon=True)
    assert options is not None
    found = literal._kept_with_head(options, {"TN"})
    assert [spelling for _score, spelling, _gloss in found.values()] == ["Ksar Hellal"]
    # an English word that is no head MT writes takes no other sense's spelling
    assert not literal._kept_with_head(
        [[("appoint", "عين", LEXICON)], [("hellal", None, ("hellal",))]], {"TN"}
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Textile workers in Castle of Hellal, south of Monastir, went on strike, unions said.",
            ("Castle of Hellal", "literal", "TN", "Ksar Hellal"),
        ),
        (
            "Sudanese troops entered the city of the Whitish on Monday, the army said.",
            ("Whitish", "literal", "SD", "El Obeid"),
        ),
    ],
)
def test_a_head_or_a_colour_is_read(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in garbles_in(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "Tunisian fans cheered the Turkish team at the stadium.",
        "Algerian police questioned a man near Castle of Dracula, a film set.",
        "Syrian officials visited the Reddish on Monday.",
    ],
)
def test_a_nationality_or_a_name_abroad_stays_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []
