"""A place located by another names that place's country (issue 13): a well-known place also
"just", "due" or "a few km" from it, as the same appositions already say the name is a place
("X, just south of Sidon" is a Lebanese place), and a smaller town that only one country of the
region has ("X, south of Qusayr"). Sentences are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles


def _hint(text: str, name: str) -> str | None:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    found = [c for c in garbles.candidates(document) if c.text == name]
    assert found, name
    return found[0].hint


@pytest.mark.parametrize(
    "after",
    [
        "just south of Sidon",
        "due east of Sidon",
        "a few km north of Sidon",
        "about 20 km north of Sidon",
    ],
)
def test_a_loose_locating_apposition_names_the_locating_places_country(after: str) -> None:
    text = f"Shepherds said a shell landed near Lantern Bay, {after}, on Monday.\n"
    assert _hint(text, "Lantern Bay") == "LB"


def test_a_name_after_a_compass_word_alone_gives_no_country() -> None:
    text = "Shepherds said a shell landed near Lantern Bay, just south of the river, on Monday.\n"
    assert _hint(text, "Lantern Bay") is None


def test_a_smaller_locating_town_names_its_country_where_no_other_has_one_so_named() -> None:
    # Qusayr (Syria), Rutba (Iraq): towns under 100,000 people, each the only town of 10,000+
    # of its name in the region
    text = "Shepherds said a shell landed near Lantern Bay, south of Qusayr, on Monday.\n"
    assert _hint(text, "Lantern Bay") == "SY"
    text = "Shepherds said a shell landed near Lantern Bay, 40 km west of Rutba, on Monday.\n"
    assert _hint(text, "Lantern Bay") == "IQ"
    # Baniyas is a town of the Emirates and of Syria: no country
    text = "Shepherds said a shell landed near Lantern Bay, south of Baniyas, on Monday.\n"
    assert _hint(text, "Lantern Bay") is None
    assert garbles.locator_country("Baniyas") is None
