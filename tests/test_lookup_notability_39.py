"""Issue 13: the lookup's notability prior (the second stage's ``population_gap``), fitted with
the devsets' tune transliteration garbles (``benchmarks/gazetteer_accuracy.py --fit-devsets``).

Names people look up, and machine translation garbles, are mostly notable places: among
candidates the spelling fits about as well, the larger place now wins. With the country known,
the village of that country still wins.
"""

from __future__ import annotations

from tqcheck.gazetteer.mentions import geonames_index


def _top(name: str, countries: set[str] | None = None) -> tuple[str, str]:
    found = geonames_index().resolve(name, countries=countries)
    assert found
    _, place, _ = found[0]
    return place.name, place.country


def test_a_city_over_a_village_that_spells_a_little_closer() -> None:
    # Bīrjand (Iran, 197,000) over Báránd (Hungary, 2,700); Makhachkala over Mhasla (India).
    assert _top("Barjand") == ("Bīrjand", "IR")
    assert _top("Mahashkala") == ("Makhachkala", "RU")
    assert _top("Bakoe") == ("Baku", "AZ")


def test_the_country_known_keeps_its_village() -> None:
    # Without context "Amasiya" now reads Amasya (Turkey, 115,000); an Armenian article's
    # country keeps Amasia (1,651 people), as the garble rules call resolve.
    assert _top("Amasiya", {"AM"}) == ("Amasia", "AM")
    assert _top("Barjand", {"HU"}) == ("Báránd", "HU")


def test_confidence_stays_a_probability_and_orders_the_answers() -> None:
    found = geonames_index().resolve("Barjand")
    values = [value for value, _, _ in found]
    assert all(0.0 < value < 1.0 for value in values)
    assert values == sorted(values, reverse=True)
