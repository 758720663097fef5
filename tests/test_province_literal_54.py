"""A literal reading of a town outside every province the copy names yields to a town of that
province (issue 13, nineteenth session, 19Wr54).

``reading._in_a_named_province`` read a look-alike or transliteration found outside the
provinces the copy names again among their towns; a literal reading kept its town wherever it
lay, so "Cash, in Sistan-Baluchestan province" was Naqadeh (نقده, "cash", West Azerbaijan).
A place the copy puts in a province is read as a town of that province first, except where the
province's town the word sounds like is the city the copy names beside it as a reference point
("Cyan, south-east of Sanaa": Sayyan, read literally, not Sanaa). A word some reading has placed
outside the named provinces is read again among their towns even where it opens its sentence,
and one consonant swapped or said at the end needs only the looser spelling bar
(``look_alikes.province_look_alike(reread=True)``): the copy has contradicted the first town."""

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


@pytest.mark.parametrize(
    ("text", "word", "town"),
    [
        # one consonant said at the end, the spelling far apart: Sari, not Sarvelat (Gilan)
        (
            "Sorrel, a city in Mazandaran province, reopened its schools after the floods.",
            "Sorrel",
            "Sari",
        ),
        # one consonant heard for another, the word opening its sentence: Gorgan, not Kerman
        ("Gorman, in Golestan province, hosted a horse race on Friday.", "Gorman", "Gorgan"),
    ],
)
def test_reading_outside_the_named_province_read_again_in_it(
    text: str, word: str, town: str
) -> None:
    assert ("TQ301", word, town) in suggested_findings(text)


def test_the_named_city_is_no_reading_of_the_word_beside_it() -> None:
    text = "Farmers near Piskyent, south of Tashkent, said the canal had run dry."
    assert ("TQ301", "Piskyent", "Piskent") in suggested_findings(text)


def test_the_town_named_means_its_own_words_not_letters_across_others() -> None:
    # "as aridity" holds the letters of Sari across two words; the copy does not name Sari,
    # so the word is still read again among Mazandaran's towns
    text = "Sorrel, a city in Mazandaran province, reopened its schools as aridity eased."
    assert ("TQ301", "Sorrel", "Sari") in suggested_findings(text)
