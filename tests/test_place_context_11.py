"""Article geography after review (issue 13): Israel's districts read by their English names,
not pycountry's Arabic ones; "armed forces" an actor; a country of the region's aid workers,
investment and loans at home; the region's units by non-ASCII capitals, plain ASCII and
"al-X"; an origin list chained across a bare comma only where it goes on; the region-unit
table keyed by all its inputs."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.place_support import rule_spans
from tqcheck.gazetteer import cache_files, context, garbles
from tqcheck.gazetteer.context import geography_of

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        # "shamali" is Arabic for "northern", pycountry's name of Israel's Northern District
        "Farmers on the Shamali plain lost their vines to frost near Xyz.",
        # "Al Quds" (Jerusalem in Arabic) is a Palestinian daily, and no one country's district
        "The Al Quds daily said Xyz was calm.",
    ],
)
def test_arabic_iso_names_of_israels_districts_set_no_country(text: str) -> None:
    assert "IL" not in geography_of(text)


def test_israels_districts_are_read_by_their_english_names() -> None:
    assert geography_of("Police closed roads in Haifa district after the storm.").inside() == {"IL"}
    units = context.region_units()
    assert "jerusalem" not in units  # an Israeli district and a Palestinian governorate
    assert units.get("telaviv") == "IL"
    assert not garbles.unit_countries("Ash Shamali", False)
    assert garbles.unit_countries("Tel Aviv", False) == {"IL"}


def test_armed_forces_are_an_actor() -> None:
    geography = geography_of("British armed forces trained near Xyz last week.")
    assert geography.actors == {"GB"}
    assert not geography.inside() - geography.actors
    # a country of the region's armed forces after "with": across a border
    geography = geography_of("The Xyz crossing closed after clashes with Iraqi armed forces.")
    assert geography.borders == {"IQ"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Jordanian aid workers in Xyz handed out blankets.", "JO"),
        ("Moroccan investment in Xyz has tripled since 2019.", "MA"),
        ("Algerian state loans to farmers around Xyz were frozen.", "DZ"),
        # a third-person verb between is no noun phrase
        ("Syria needs help to rebuild Xyz, the minister said.", "SY"),
        ("Lebanon attracts investment to the port of Xyz.", "LB"),
    ],
)
def test_a_country_of_the_regions_own_aid_workers_and_money_set_it(text: str, code: str) -> None:
    geography = geography_of(text)
    assert geography.inside() == {code}
    assert not geography.actors


@pytest.mark.parametrize(
    "text",
    [
        "Snow cut roads across Iğdır province.",  # ISO's own letters
        "Snow cut roads across Igdir province.",  # as wire copy writes them
        "Snow cut roads across Şırnak province.",
    ],
)
def test_a_unit_named_in_non_ascii_or_plain_letters_is_read(text: str) -> None:
    assert geography_of(text).inside() == {"TR"}


def test_a_unit_after_a_hyphenated_article_is_read() -> None:
    assert geography_of("Tribal leaders in al-Anbar met on Sunday.").inside() == {"IQ"}


def test_an_origin_list_goes_on_past_a_bare_comma_only_where_it_continues() -> None:
    geography = geography_of("Refugees from Lebanon, Syria's state media said, crossed at Xyz.")
    assert geography.borders == {"LB"}  # Syria speaks: no country they came from
    geography = geography_of("Pilgrims from Iran, Iraq or Pakistan crowded into Xyz.")
    assert geography.borders == {"IR", "IQ", "PK"}


def test_the_english_unit_names_serve_the_loose_reading_too() -> None:
    assert garbles.region_units().get("karakalpakstan") == {"UZ"}
    assert garbles.unit_countries("Kashkadarya", False) == {"UZ"}


def test_a_noun_of_the_state_after_a_people_names_its_namesake() -> None:
    assert geography_of("Barges reached the Uzbek river port of Xyz.").inside() == {"UZ"}


def test_the_region_unit_table_is_keyed_by_the_region_and_its_parts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[str, object] = {}

    def table(prefix, inputs, build, kind, facts=()):  # type: ignore[no-untyped-def]
        seen.update(inputs=[Path(str(p)).name for p in inputs], facts=list(facts))
        return {}

    monkeypatch.setattr(cache_files, "table", table)
    context.region_units.__wrapped__()
    assert "region_parts.tsv" in seen["inputs"]  # type: ignore[operator]
    assert seen["facts"] == [",".join(sorted(garbles.ARABIC_SCRIPT_REGION))]


def test_a_name_with_the_arabic_article_names_only_a_place_of_the_region() -> None:
    # "Arabi" alone is a town in Ethiopia; "al-Arabi" (the Arab) in a newspaper's name is not
    assert geography_of("The Al-Quds al-Arabi daily reported the talks.").countries == {}
    assert set(geography_of("Fighters entered al-Raqqa on Monday.").countries) == {"SY"}


# -- Issue 13 (13CTX11): the region's rivers, plains, deserts and ranges, its currencies, and
# the English names of its provinces.


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a lower-case generic noun, as copy writes it
        ("Barges on the Vakhsh river carried cement.", {"TJ"}),
        ("Herders crossed the Ustyurt plateau in spring.", {"UZ", "KZ", "TM"}),
        ("Date palms in the Siwa oasis were hit by frost.", {"EG"}),
        # a name after the Arabic article
        ("Farmers in al-Hasa oasis sold their dates early.", {"SA"}),
        ("Snow closed the passes of the High Atlas.", {"MA"}),
    ],
)
def test_a_feature_of_the_region_names_its_countries(text: str, codes: set[str]) -> None:
    assert context.feature_countries_in(text) == codes
    assert codes <= context.clue_countries(text)  # the loose reading of copy naming no country


@pytest.mark.parametrize(
    "text",
    [
        "Ravi Shankar played in Xyz.",  # a person: "Ravi" names the river with its noun only
        "The Dez family ran a bakery in Xyz.",
        "The Atlas of world history was reprinted.",  # a range only as "High Atlas" and such
    ],
)
def test_a_name_that_is_no_feature_names_no_country(text: str) -> None:
    assert not context.feature_countries_in(text)


def test_a_feature_of_one_country_is_no_english_word_used_as_a_place() -> None:
    assert not rule_spans("TQ306", "Snow blocked the road to Xyz in the Anti-Atlas on Monday.")


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Importers in Xyz said the weak tenge had doubled their costs.", {"KZ"}),
        ("The court in Xyz fined him 20,000 somoni.", {"TJ"}),
        ("Rents in Xyz are paid in dirhams.", {"AE", "MA"}),
        ("Traders in Xyz lost 3 billion manats.", {"AZ", "TM"}),
    ],
)
def test_a_currency_names_the_countries_that_issue_it(text: str, codes: set[str]) -> None:
    assert context.currency_countries_in(text) == codes
    assert codes <= context.clue_countries(text)


@pytest.mark.parametrize(
    "text",
    [
        "He poured a dram of whisky in Xyz.",  # an English word, not used as a currency
        "Lira Kovac spoke in Xyz.",  # a capitalised name
        "The pound fell in Xyz.",  # a currency of too many countries to place copy
    ],
)
def test_a_word_that_is_no_currency_of_the_region_names_no_country(text: str) -> None:
    assert not context.currency_countries_in(text)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Dakahlia", "EG"), ("East Azarbaijan", "IR"), ("Kohgiluyeh-Boyer Ahmad", "IR")],
)
def test_a_provinces_english_name_is_a_real_place(name: str, code: str) -> None:
    assert garbles.is_real_place(name, {code}, named=True)
    assert not garbles.is_real_place(name, {"LY"}, named=True)  # another country's copy


def test_a_province_named_after_its_town_leaves_the_towns_spellings_to_the_reader() -> None:
    # Quneitra is a governorate and its town: "Qunaitra" may be the town's garble
    assert not context.is_unit_english_name("Qunaitra", {"SY"})
    assert context.is_unit_english_name("Dakahlia", {"EG"})


@pytest.mark.parametrize("text", ["1," * 30_000, "1." * 30_000, "the " * 20_000, "in " * 20_000])
def test_currencies_and_features_are_read_in_linear_time(text: str) -> None:
    # 13Rev12: an amount could start at every digit of "1,1,1,...", each start reading the
    # rest of the run (60,000 characters took about 45 s); now one start, a few milliseconds
    started = time.perf_counter()
    context.currency_countries_in(text)
    context.feature_countries_in(text)
    assert time.perf_counter() - started < 2.0


def test_an_amount_after_a_run_of_numbers_still_names_its_currency() -> None:
    assert context.currency_countries_in("Scores of 1,2,3 and fines of 5,000 tenge.") == {"KZ"}
