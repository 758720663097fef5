"""Literal translations, sixteenth pass (issue 13, 13LIT16): names kept untranslated beside a
translated word.

Machine translation often translates the generic word of a place name and keeps the rest as a
name ("Stream of" + a person's name of two words). Three general readings of such mixed names:
(1) a run of kept words is one name, English only where each of its words is
(``garbles.kept_names``): "Bou Said" is a name although "said" is an English word ("ben",
"bel" are frequent tokens of English text too), while "Old Man" stays English; (2) across a
land border, a reading that keeps a word of the place's own name names a town of 10,000 or more
(``garbles.NEIGHBOUR_KEPT_POPULATION``), where a reading translated whole still needs a city of
100,000; (3) a name kept beside a word translated from a language the tables lack (Urdu
dera "tent", kot "fort" read as English "tent", "castle"), read as the largest town of 10,000
or more whose Latin name has the kept name in its place and another word where the English
one stands (``garbles.kept_beside``), only where few places bear the kept name (not a
generic: "Black Tepe"), it is no town's name itself ("West Islamabad") and the English word is
no romanisation of its Arabic ("Saddar Bazaar"). And a rule of Arabic morphology: (4) the
nisba of a noun with a taa marbuta drops it (مطرة "rain": المطرية,
``garbles.taa_marbuta_forms``). Sentences and places are the engineer's own, in no dev
set."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_a_run_of_kept_words_is_one_name() -> None:
    sidi = [
        [("sir", "سيد", ())],
        [("bou", None, ("bou",))],
        [("said", None, ("said",))],
    ]
    assert garbles.kept_names(sidi) == ["bou said"]
    village = [[("village", "كفر", ())], [("old", "قديم", ())], [("man", None, ("man",))]]
    assert garbles.kept_names(village) == ["man"]
    assert garbles.kept_names([[("market", "سوق", ())]]) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # سيدي, the saint's title, translated; "Bou Said" kept ("said" alone is English)
        (
            "Tourists crowded the cafes of Sir Bou Said, the whitewashed village above the Gulf "
            "of Tunis.\n",
            ("Sir Bou Said", "literal", "TN", "Sidi Bou Said"),
        ),
        # "ben" alone is a frequent token of English text
        (
            "Visitors filled the shrine at Sir Ben Adda, near Tlemcen, in Algeria.\n",
            ("Sir Ben Adda", "literal", "DZ", "Sidi Ben Adda"),
        ),
    ],
)
def test_a_two_word_name_is_kept_beside_a_translated_word(
    text: str, found: tuple[str, str, str, str]
) -> None:
    assert found in garbles_in(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # copy about Iraq names the Syrian border town (أبو "father", "Kamal" kept)
        (
            "Iraqi troops shelled Father of Kamal overnight, a military statement said.\n",
            ("Father of Kamal", "literal", "SY", "Albu Kamal"),
        ),
        # copy naming Israel only, a Palestinian town of some 12,000
        (
            "Israeli troops raided House of Sahour overnight and arrested three men, the army "
            "said.\n",
            ("House of Sahour", "literal", "PS", "Bayt Sahur"),
        ),
    ],
)
def test_a_kept_name_reads_a_town_across_the_border(
    text: str, found: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        # a village under 10,000 across the border (Bayt Kahil): no reading
        "Israeli troops raided House of Kahil overnight and arrested three men, the army said.\n",
        # a person's kunya, the kept name no place's
        "Israeli officials met Father of Mazen in Ramallah on Tuesday.\n",
        # a group's English name: "Abraham" is an English word, kept alone
        "Israeli police said Sons of Abraham, a peace group, marched in Jerusalem.\n",
        # an English place kept whole
        "The Port of Spain authority said the ship had docked, Egyptian media said.\n",
    ],
)
def test_no_literal_reading(text: str) -> None:
    assert [g for g in garbles_in(text) if g[1] == "literal"] == []


def test_english_words_kept_stay_english() -> None:
    # "Old Man" is English as a whole: no literal reading keeps it (Kafr ash Shaykh is read
    # only when a table glosses the phrase)
    text = "Egyptian officials visited the Village of the Old Man to inspect the harvest.\n"
    assert [g for g in garbles_in(text) if g[1] == "literal"] == []


def test_the_nisba_drops_the_taa_marbuta() -> None:
    # (4) حمرة "redness": الحمرية, the feminine nisba, the noun's taa marbuta dropped; without
    # the article, no nisba (one more form of any word, read in weak slots too)
    forms = dict(garbles.taa_marbuta_forms("الحمره"))
    assert forms["الحمريه"] == garbles.SCORE_ARABIC_NISBA
    assert "الحمرهيه" not in forms
    assert all(not key.endswith("يه") for key, _ in garbles.taa_marbuta_forms("حمره"))


def test_a_noun_read_as_its_nisba() -> None:
    # مطرة "rain" (the tables' word): المطرية, Al Matariyah in Dakahlia
    text = "Egyptian police said the town of the Rain, in Dakahlia province, was flooded.\n"
    assert garbles_in(text) == [("Rain", "literal", "EG", "Al Matariyah")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Urdu ڈیرہ "tent, camp": the tables read "tent" as خيمة only
        (
            "Pakistani troops entered the town of Tent Bugti, in Balochistan, officials said.\n",
            ("Tent Bugti", "literal", "PK", "Dera Bugti"),
        ),
        # Urdu کوٹ "fort": "castle" is قلعة in the tables
        (
            "Floods hit the town of Castle Mumin, in Punjab, officials said.\n",
            ("Castle Mumin", "literal", "PK", "Kot Mumin"),
        ),
    ],
)
def test_a_kept_name_beside_another_language_s_word(
    text: str, found: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text) == [found]


def test_kept_beside_reads_only_a_specific_name() -> None:
    castle = [[("castle", "قلعة", ())], [("mumin", None, ("mumin",))]]
    assert [v[1] for v in garbles.kept_beside(castle, {"PK"}).values()] == ["Kot Mumin"]
    # a generic many places bear ("tepe" hill), a city's own name, an English word that is its
    # Arabic's romanisation (بازار): no reading
    tepe = [[("black", "قره", ())], [("tepe", None, ("tepe",))]]
    assert garbles.kept_beside(tepe, {"TM"}) == {}
    west = [[("west", "غرب", ())], [("islamabad", None, ("islamabad",))]]
    assert garbles.kept_beside(west, {"IR", "PK"}) == {}
    bazaar = [[("saddar", None, ("saddar",))], [("bazaar", "بازار", ("bazar", "bazaar"))]]
    assert garbles.kept_beside(bazaar, {"PK"}) == {}


def test_a_market_s_own_name_stays_quiet() -> None:
    text = "Pakistani police raided Saddar Bazaar in Rawalpindi.\n"
    assert [g for g in garbles_in(text) if g[1] == "literal"] == []


def test_an_idafa_with_a_kept_name_keeps_its_order() -> None:
    # "Sons of Kenana" is بني كنانة: read by consonant classes in the other order (كنانة بني)
    # it met an Israeli town's Hebrew romanisation (gn ybnh) in copy about Jordan's border
    text = "Jordanian troops were deployed along the border near Sons of Kenana, officials said.\n"
    assert [g for g in garbles_in(text) if g[1] == "literal"] == []
