"""A province the copy names narrows the look-alike search to its towns (issue 13, fifteenth
session, 15Prov46).

``tqcheck/data/province_admin1.tsv`` ties each first-level ISO 3166-2 unit of the region's
countries to its GeoNames admin1 code (``gazetteers/geonames/build_province_admin1.py``), so
that ``provinces.units_at`` can name the units a section names and ``provinces.towns_of`` their
towns; ``look_alikes.province_look_alike`` reads a word no other reading placed as a town of
such a province one sound away, and a look-alike or (sixteenth session) a transliteration read
as a town outside every named province is read again among the provinces' towns
(``reading._in_a_named_province``)."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings
from tqcheck.gazetteer import provinces

pytestmark = pytest.mark.usefixtures("look_alike_towns")  # what the method finds by itself


def test_table_ties_iso_codes_to_geonames_admin1() -> None:
    codes = provinces.admin1_codes()
    assert len(codes) >= 600
    assert codes["IQ-WA"] == ("IQ", "16")  # Wasit, by its seat Al-Kut
    assert codes["TR-42"] == ("TR", "71")  # Konya, by its own name
    assert codes["IR-02"] == ("IR", "35")  # Mazandaran, by its seat Sari
    assert "AZ-QOB" not in codes  # left unmapped on purpose: Qobustan is also a Baku settlement


def test_units_the_copy_names() -> None:
    assert provinces.units_in("Irrigation officials in Wasit said so.") == {"IQ-WA"}
    assert provinces.units_in("Konya's water authority disagreed.") == {"TR-42"}
    assert provinces.units_in("It was the third strike in East Azerbaijan province.") == {"IR-03"}
    assert provinces.units_in("Carpet weavers of Jawzjan province.") == {"AF-JOW"}
    # an English word is no unit's name ("Babylon" for Babil)
    assert provinces.units_in("Tourists visited Babylon on Friday.") == frozenset()


def test_towns_of_a_unit() -> None:
    names = [row[1] for row in provinces.towns_of("IQ-WA", 20_000)]
    assert names[0] == "Al-Kut"  # largest first
    assert all(row[2] == "IQ" for row in provinces.towns_of("IQ-WA", 20_000))
    assert provinces.holds(frozenset({"IQ-WA"}), "IQ", "16")
    assert not provinces.holds(frozenset({"IQ-WA"}), "IQ", "02")


@pytest.mark.parametrize(
    ("text", "word", "town"),
    [
        # one vowel said: Al-Kut, the seat of the province named
        (
            "Date growers at Cootie say the heat has ruined half the crop, farm officials "
            "in Wasit said on Tuesday.",
            "Cootie",
            "Al-Kut",
        ),
        # one consonant heard for another: Bonab, in the province named a sentence later
        (
            "Workers at a cement plant in Bonham walked out on Monday. It was the second "
            "strike in East Azerbaijan province this year.",
            "Bonham",
            "Bonab",
        ),
        # the province by its possessive
        (
            "Carp stocks in the lake at Bayshore have fallen sharply. Konya's governor "
            "blamed the drought.",
            "Bayshore",
            "Beysehir",
        ),
        # one consonant more at the end, against the city another reading found
        (
            "Fishermen in Minnow protested against a new port tax, officials in Hormozgan "
            "province said.",
            "Minnow",
            "Minab",
        ),
        # a transliteration reading outside the province named (Baghin, Kerman) read again
        # among its towns: Bukan, West Azerbaijan
        (
            "Teachers in Buchan held a sit-in outside the education office, officials in "
            "West Azerbaijan province said.",
            "Buchan",
            "Bukan",
        ),
    ],
)
def test_flagged(text: str, word: str, town: str) -> None:
    assert ("TQ301", word, town) in suggested_findings(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # no province named: no reading narrows the search to Bonab
        ("Workers at a cement plant in Bonham walked out on Monday, Iranian media said.", "Bonham"),
        # the real town of the province
        ("Date growers at Al-Kut say the heat has ruined half the crop in Wasit.", "Al-Kut"),
        # a person, not a place
        (
            "Plant manager Tom Bonham said the strike in East Azerbaijan province would end.",
            "Bonham",
        ),
    ],
)
def test_quiet(text: str, word: str) -> None:
    assert not [f for f in suggested_findings(text) if f[1] == word and f[2] is not None]
