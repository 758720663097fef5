"""Literal translations, fourteenth pass (issue 13, 13LIT14).

(1) A name of two or more English words no place of the article's countries reads is read
through Arabic against their land neighbours, kept only as exactly the Arabic name of a city of
100,000+ there (``garbles.literal_in_a_neighbour``): copy about one side of a border names
the city on the other; "the X" only in a strong slot (elsewhere a landmark's English name).
(2) "City" is Persian شهر before آباد, which is also "abode", "settlement"
(``gazetteers/toponym_words.csv``). (3) "Two X" is also the number before the
plural the English has (دو + گنبدان). (4) The Urdu and Pashto letters of the team table's
words (ڈ, ٹ, ڑ, ہ...) are read by consonant classes as the Arabic letters of their sound
(``garbles.URDU_PASHTO``). (5) A team pair that is the Arabic dual the rule makes for "Two X"
is no team-only pair (``garbles.team_countries``). Sentences are the engineer's own, in no
dev set."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, garbles_in
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.keys import arabic_skeletons

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # أبوظبي: the Emirates border Oman; the copy names Oman only
        (
            "Omani officials said the ferry to Father of the Gazelle would resume next week.\n",
            ("Father of the Gazelle", "literal", "AE", "Abu Dhabi"),
        ),
        # كفر الشيخ (Egypt, 194,000) in copy naming Libya only
        (
            "Libyan traders sold their goods in Village of the Sheikh on Monday.\n",
            ("Village of the Sheikh", "literal", "EG", "Kafr ash Shaykh"),
        ),
    ],
)
def test_a_neighbours_city_read_literally(text: str, found: tuple[str, str, str, str]) -> None:
    assert garbles_in(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        # one English word: الموصل (Mosul, Iraq) is "the Link" by chance, not in Jordan's copy
        "Jordanian officials met traders from the Link on Tuesday.\n",
        # a real place, in professional copy
        "The Iraqi foreign minister visited the White House on Tuesday.\n",
        # a person
        "Omani officials met Father Gabriel, the papal envoy, on Monday.\n",
        # "the X" outside a strong slot: a landmark's English name (Jerusalem, Israel; Mazar-e
        # Sharif, Afghanistan, are neighbours' cities of these Arabic names)
        "Syrian officials visited the Holy City on Tuesday.\n",
        "Iranian officials visited the Holy Shrine in Mashhad.\n",
    ],
)
def test_neighbours_stay_quiet_for_one_word_landmarks_and_real_names(text: str) -> None:
    assert garbles_in(text) == []


def test_a_name_the_copy_places_in_a_country_is_not_read_in_its_neighbours() -> None:
    """ "X, Kuwait": the copy names X's country; a city of Kuwait's neighbours is not meant."""
    text = "Iraqi officials visited Cheerful City, Kuwait, on Monday.\n"
    candidate = candidate_in(text, "Cheerful City")
    assert candidate.hint == "KW"
    assert garbles.literal_in_a_neighbour(candidate, {"KW"}) is None
    assert garbles_in(text) == []


def test_city_is_shahr_before_abad() -> None:
    table = garbles.toponym_words()
    assert table["city"][0][0] == "شهر"
    assert "آباد" in [arabic for arabic, _latin in table["abode"]]
    # خرمشهر (Khorramshahr), not خرم آباد (Khorramabad, the same size, in Lorestan)
    assert garbles_in(
        "Iranian dock workers in Cheerful City, on the Arvand river, went on strike over "
        "unpaid wages.\n"
    ) == [("Cheerful City", "literal", "IR", "Khorramshahr")]
    # مير + آباد
    assert garbles_in(
        "A bomb hit a bus near the Prince's Abode, in Afghanistan's Herat province.\n"
    ) == [("Prince's Abode", "literal", "AF", "Mirabad")]


def test_two_with_the_plural_the_english_has() -> None:
    """دو گنبدان (Dogonbadan, 97,000), not the dual گنبدان alone (Gonbadan, a village)."""
    found = garbles_in(
        "Oil workers in Two Domes, in Iran's south-west, protested over pay for a week.\n"
    )
    assert ("Two Domes", "literal", "IR", "Dogonbadan") in found


def test_urdu_letters_read_by_consonant_classes() -> None:
    assert arabic_skeletons("منڈی".translate(garbles.URDU_PASHTO)) == {"MND"}
    assert arabic_skeletons("ڈیرہ".translate(garbles.URDU_PASHTO)) == {"DR"}
    # منڈی "market" + the name kept: Mandi Bahauddin, which GeoNames has without an Arabic name
    assert garbles_in(
        "Police in the Punjab town of Market of Bahauddin said five men were arrested, "
        "Pakistani media reported.\n"
    ) == [("Market of Bahauddin", "literal", "PK", "Mandi Bahauddin")]


def test_a_dual_the_rule_makes_is_no_team_only_pair() -> None:
    """The team table's قصرين "two palaces" is also the Arabic dual of قصر, which the rule makes:
    after "near" it reads as any other table's pair would (it was dropped as a team pair)."""
    assert garbles_in(
        "Tunisian soldiers patrolled the hills near the Two Palaces after the attack.\n"
    ) == [("Two Palaces", "literal", "TN", "Kasserine")]
