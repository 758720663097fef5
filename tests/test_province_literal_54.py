"""A literal reading of a town outside every province the copy names yields to a town of that
province (issue 13, nineteenth session, 19Wr54).

``reading._in_a_named_province`` read a look-alike or transliteration found outside the
provinces the copy names again among their towns; a literal reading kept its town wherever it
lay, so "Cash, in Sistan-Baluchestan province" was Naqadeh (نقده, "cash", West Azerbaijan).
A place the copy puts in a province is read as a town of that province first, except where the
province's town the word sounds like is the city the copy names beside it as a reference point
("Cyan, south-east of Sanaa": Sayyan, read literally, not Sanaa)."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings

pytestmark = pytest.mark.usefixtures("look_alike_towns")  # what the method finds by itself


def test_literal_outside_the_named_province_read_in_it() -> None:
    text = (
        "Gunmen killed two police officers in Cash, in Sistan-Baluchestan province, Iranian "
        "media reported."
    )
    found = [f for f in suggested_findings(text) if f[1] == "Cash"]
    assert found
    assert found[0][2] is not None and found[0][2].startswith("Khash")


def test_literal_kept_where_the_province_town_is_the_named_city() -> None:
    text = "A Houthi commander was killed in an air strike on Cyan, south-east of Sanaa."
    found = [f for f in suggested_findings(text) if f[1] == "Cyan"]
    assert found
    assert found[0][2] is not None and found[0][2] != "Sanaa"
