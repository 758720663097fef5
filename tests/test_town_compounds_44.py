"""A town word MT adds beside a translated word (issue 13, fourteenth session, 14Town44).

``tqcheck.gazetteer.garble.town_words`` reads "X Town", "X City", "Town of X" as each naming
tradition of the copy's countries forms a town's name (``gazetteers/town_words.csv``): the
Persian and Urdu head last (حافظ آباد, Hafizabad: "Guardian Town"), the Arabic word alone
(الزاوية, Az Zawiyah: "Nook Town") or مدينة first (Madinat an Nasr: "Victory City"), the word
read through every gloss of the tables and lexicons, an adjective through its noun."""

from __future__ import annotations

import pytest

from tests.place_support import assert_read_as, garbles_in, place_findings
from tqcheck.gazetteer.garble import town_words

pytestmark = pytest.mark.usefixtures("method_only")


@pytest.mark.parametrize(
    ("text", "span", "country", "name"),
    [
        (
            "Wheat farmers in Guardian Town, in Pakistan's Punjab, said the canal ran dry.",
            "Guardian Town",
            "PK",
            "Hafizabad",
        ),
        (
            "A bus overturned near Brave Town, in southern Punjab, Pakistani police said.",
            "Brave Town",
            "PK",
            "Shujaabad",
        ),
        (
            "Gunmen stormed a checkpoint in Nook Town, west of Tripoli, Libyan officials said.",
            "Nook Town",
            "LY",
            "Az Zawiyah",
        ),
        (
            "Thousands marched through Victory City, a district of Cairo, on Friday, Egyptian "
            "media said.",
            "Victory City",
            "EG",
            "Madinat an Nasr",
        ),
        (
            "Cotton growers in Victory Town, in Egypt's Nile Delta, protested low prices.",
            "Victory Town",
            "EG",
            "Al Mansurah",
        ),
    ],
)
def test_a_town_word_is_read_as_the_name_forming_element(
    text: str, span: str, country: str, name: str
) -> None:
    assert_read_as(text, span, "literal", country, name)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli police closed the gates of the Old City of Jerusalem after clashes.",
        "Shops in the Old City of Damascus reopened on Sunday, Syrian state media said.",
        "Residents of Garden City in Cairo complained about new checkpoints, Egyptian media said.",
        "The blast hit the Medical City complex in Baghdad, Iraq's health ministry said.",
        "Qatar hosted the talks in Education City, a campus on the edge of Doha.",
        "Pakistani police raided a hideout in Model Town, Lahore, on Tuesday.",
        "Gunmen attacked a checkpoint in Media City, Dubai police said in the UAE.",
        "Lebanese soldiers deployed in the Sports City area of Beirut.",
    ],
)
def test_english_town_names_stay_quiet(text: str) -> None:
    assert not [g for g in garbles_in(text) if g[1] == "literal"]


def test_a_common_word_alone_names_a_city_only() -> None:
    # "garden" روضة alone is Ar Rawdah, a Syrian town of 23,000: chance, not a city
    text = "Farmers in Garden Town, in Syria's Hama province, lost their crop to frost."
    assert not [g for g in garbles_in(text) if g[3] == "Ar Rawdah"]


def test_a_two_letter_word_is_no_reading_before_a_head() -> None:
    # "flower" is also كل (gul): two letters read "Khal-abat" by chance, so no Khalabat
    text = "Growers in Flower Town, near Lahore, in Pakistan, lost their crop to hail."
    assert not [g for g in garbles_in(text) if g[3] == "Khalabat"]


def test_the_names_are_split_and_derived() -> None:
    assert town_words._split("Guardian Town") == ("town", "guardian")
    assert town_words._split("Town of the Guardian") == ("town", "guardian")
    assert town_words._split("Joseph's Town") == ("town", "joseph")
    assert town_words._split("Old Town Hall") is None
    assert "islam" in town_words._forms("islamic")
    assert "victorious" in town_words._forms("victor")
    assert "victorious" in town_words._forms("victory")


def test_the_table_names_the_traditions_in_reading_order() -> None:
    kinds = [(t.kind, tuple(sorted(t.english))) for t in town_words._traditions()]
    assert kinds.index(("first", ("city",))) < kinds.index(("alone", ("city", "town")))
    assert kinds.index(("alone", ("city", "town"))) < kinds.index(("first", ("town",)))
    head = next(t for t in town_words._traditions() if t.kind == "head")
    assert "PK" in head.countries and "town" in head.english
    text = "Wheat farmers in Guardian Town, in Pakistan's Punjab, said the canal ran dry."
    assert ("TQ301", "Guardian Town") in place_findings(text)
