"""Place slots, fifth pass (issue 13, 13Slot8): constructions of wire copy that say a name is a
place where ``candidates`` gave it no slot or only a weak one: an installation or a settlement
placed at it ("the fishing port at X", "refugee camps in X", "villages around X"), a road or its
traffic running from or to it ("ferries from X to"), a border crossed at it, a possessive
apposition ("X, his northern stronghold"), a coast or a city's edge with no comma ("X on
Lebanon's southern coast", "X on the edge of Hama"), "X, in the country's north-west", the
province listed after a bare comma ("X, Nineveh province") and a name after a preposition
placed in a province ("over X in Hama governorate"). Persons, companies and directions stay
out. Sentences and places are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tqcheck.document.model import Document
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _document(text: str) -> Document:
    return parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))


def _garbles(text: str) -> list[tuple[str, str, str]]:
    return [(g.text, g.country, g.name) for g in garbles.find_garbles(_document(text))]


def _slot(text: str, name: str) -> tuple[str, str | None]:
    found = [c for c in garbles.candidates(_document(text)) if c.text == name]
    assert found, name
    return found[0].slot, found[0].hint


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an installation at a name (site_nouns.txt)
        (
            "Lebanese officials said work on the fishing port at Tire had stopped.\n",
            ("Tire", "LB", "Tyre"),
        ),
        # a road's traffic from a name (route_nouns.txt)
        (
            "Ferries from Tire to Cyprus were suspended, Lebanese officials said.\n",
            ("Tire", "LB", "Tyre"),
        ),
        # a possessive apposition
        (
            "The rebels' commander rarely leaves Homes, his northern stronghold, Syrian "
            "officials said.\n",
            ("Homes", "SY", "Homs"),
        ),
        # a preposition before the name, a province after it
        (
            "Syrian officials said a drone came down over Homes in Hama governorate.\n",
            ("Homes", "SY", "Homs"),
        ),
        # a coast with no comma, an adjective before it
        (
            "Lebanese officials said fishermen from Tire on Lebanon's southern coast were "
            "missing.\n",
            ("Tire", "LB", "Tyre"),
        ),
        # a city's edge with no comma
        (
            "Syrian troops retook Homes on the edge of Hama, Syrian officials said.\n",
            ("Homes", "SY", "Homs"),
        ),
        # "in the country's north-west": the copy's country, located
        (
            "Floods hit the Valley, in the country's north-west, Algerian officials said.\n",
            ("Valley", "DZ", "El Oued"),
        ),
    ],
)
def test_constructions_that_say_a_name_is_a_place(text: str, found: tuple[str, str, str]) -> None:
    assert found in _garbles(text)


def test_the_same_names_outside_those_constructions_stay_quiet() -> None:
    # "at Tire" after a verb, no installation: a weak slot that lets no English word through
    assert _garbles("Lebanese officials said they had met at Tire on Monday.\n") == []
    assert _slot("Ferries from Tire to Cyprus were suspended.\n", "Tire")[0] == "strong"
    assert _slot("A letter from Tire to Cyprus was sent.\n", "Tire")[0] == "weak"


@pytest.mark.parametrize(
    "text",
    [
        "Police in Muscle, Nineveh province, detained two men, Iraqi officials said.\n",
        "Police in Muscle, in Nineveh province, detained two men.\n",
    ],
)
def test_a_province_after_a_bare_comma_is_where_the_name_is(text: str) -> None:
    assert _slot(text, "Muscle") == ("country", "IQ")


def test_an_office_of_the_province_is_no_location() -> None:
    # "Helmand province governor": the man's office, not where he is
    text = "Ahmed Khan, Helmand province governor, said the road was open.\n"
    assert _slot(text, "Ahmed Khan")[1] is None


def test_a_border_crossed_at_a_name() -> None:
    for text in (
        "Hundreds of Syrians crossed into Turkey at Keelis this week.\n",
        "Hundreds of Syrians crossed the border at Keelis this week.\n",
    ):
        assert _slot(text, "Keelis")[0] == "strong"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person placed in a province is no place of it, with or without a preposition
        ("The minister met Hassan in Jazan region to discuss the dam.\n", "Hassan"),
        ("Syrian officials said Kurds in Hasakah province were being moved.\n", "Kurds"),
        # a person's apposition names no place
        ("The leader rarely leaves Johnson, his oldest friend, diplomats say.\n", "Johnson"),
    ],
)
def test_persons_get_no_place_slot(text: str, name: str) -> None:
    assert _slot(text, name)[0] == "none"


def test_directions_and_companies_stay_quiet() -> None:
    # "flights to the East": a direction, not a town (real professional copy)
    assert (
        _slot("Israeli airlines are preparing to expand routes to the East.\n", "East")[0]
        != "strong"
    )
    text = "The company said its plant at Siemens was running, Turkish officials said.\n"
    assert _garbles(text) == []
    # a river's stretch with a bearing is no apposition that locates a town
    text = "Families sheltered in schools in Berber, on the Nile north of Atbara, in Sudan.\n"
    assert [g for g in _garbles(text) if g.text == "Nile"] == []


def test_site_and_route_nouns_are_read_in_the_singular() -> None:
    assert garbles.site_before("Car factories in ", "Bursa")
    assert garbles.site_before("Villages around ", "Midelt")
    assert garbles.site_before("the road between the ", "City")
    assert not garbles.site_before("talks between ", "Smith")
    assert "factory" in garbles.plural_bases("factories")
    assert "camp" in garbles.plural_bases("camps")
    assert garbles.site_before("the old barracks at ", "Kilis")
