"""A district named by its city's possessive, and Turkish names read back with their suffixes
(issue 13): "Ankara's X district" names a part of Ankara, so the city sets the copy's country and
X is read on its own; a reading of X must lie by that city. In Turkey an English plural is also
read as the Turkish plural (-lar, -ler), a noun before another as the Turkish adjective in -li
("having"), and "little" as "small" (küçük)."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.context import geography_of

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _found(text: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.kind, g.name, g.country) for g in garbles.find_garbles(document)]


def test_a_city_possessive_sets_the_city_country() -> None:
    assert "TR" in geography_of("Bursa's Osmangazi district opened a new library.").countries
    assert "UZ" in geography_of("Samarkand's old town hosted the festival.").countries
    # a person's possessive names no country
    assert not geography_of("Mehmet's shop on the corner reopened.").countries


def test_a_district_of_a_city_is_read_on_its_own() -> None:
    # plural -lar: kızıl + kaya-lar is no name, Kızılkaya is (the plural read beside the singular)
    assert _found(
        "Antalya's Red Rocks district said it would close two beaches for repairs.\n"
    ) == [("Red Rocks", "literal", "Kizilkaya", "TR")]
    # -li: çam-lı + dere, Çamlıdere, a district of Ankara province
    assert _found(
        "Ankara's Pine Valleys district will get a new water main next spring, the mayor said.\n"
    ) == [("Pine Valleys", "literal", "Camlidere", "TR")]


def test_little_is_read_as_small_in_turkish() -> None:
    assert _found(
        "Izmir's Little Gardens district said it would plant 5,000 trees this winter.\n"
    ) == [("Little Gardens", "literal", "Kucukbahce", "TR")]


def test_a_plural_is_read_as_the_turkish_plural() -> None:
    assert _found(
        "Turkish police raided three houses in the village of Twin Vineyards on Sunday.\n"
    ) == [("Twin Vineyards", "literal", "Ikizbaglar", "TR")]


def test_landmarks_real_districts_and_the_city_itself_stay_quiet() -> None:
    # a landmark a city owns is no town 900 km away that translates alike (Çarşıbaşı, Trabzon)
    assert _found("Istanbul's Grand Bazaar reopened on Monday, Turkish officials said.\n") == []
    assert _found("Tehran's Old City was quiet on Monday, Iranian police said.\n") == []
    # a real district by its own name
    assert _found("Istanbul's Kadikoy district held a book fair on Saturday.\n") == []
    # a name the city owns is not the city itself
    assert _found("Bursa's Upper Houses district said its roads would be repaved.\n") == []
    # a country's possessive is read whole, as before
    assert _found("Storms hit Turkey's Black Sea coast on Tuesday, the governor said.\n") == []
