"""Literal translations, eleventh pass (issue 13, 13Lit11): the names of Turkey's places read back
into Turkish (its places' names are Turkish compounds in Latin script, few with an Arabic name),
a name kept untranslated that must be a word of the place it reads, and "the X One" after "in".
Sentences and places are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # kara "black" + köprü "bridge": Karaköprü, a district of Şanlıurfa
        (
            "Turkish police in Black Bridge, a district of Sanliurfa, detained four suspects.\n",
            ("Black Bridge", "literal", "TR", "Karakopru"),
        ),
        # yeşil "green" + yurt "homeland": Yeşilyurt, Malatya
        (
            "Turkish police detained four suspects in Green Homeland, near Malatya, on Tuesday.\n",
            ("Green Homeland", "literal", "TR", "Yesilyurt"),
        ),
        # ak "white" + şehir "city": Akşehir, Konya
        (
            "A Turkish court in White City, in Konya province, jailed the former mayor.\n",
            ("White City", "literal", "TR", "Aksehir"),
        ),
    ],
)
def test_turkish_compound(text: str, found: tuple[str, str, str, str]) -> None:
    assert found in garbles_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # Turkish has no article: "the White City" is English
        "A Turkish court in the White City jailed the former mayor.\n",
        "Tourists in the Old City of Antalya, Turkey, watched the parade.\n",
        # the place's own name stays quiet
        "Turkish officials in Karaköprü said the water supply was restored.\n",
    ],
)
def test_turkish_quiet(text: str) -> None:
    assert not [g for g in garbles_in(text) if g[1] == "literal"]


def test_turkish_table_reads_compound_parts() -> None:
    words = garbles.turkish_words()
    assert "kopru" in words["bridge"]  # folded, as the index keys names
    assert "yurt" in words["homeland"]


def test_kept_name_must_be_a_word_of_the_place() -> None:
    choice = (("shrine", "مزار", ("mazar",)), ("tahir", None, ("tahir",)))
    assert garbles.keeps_names(choice, "Mazar-e Tahir")
    assert not garbles.keeps_names(choice, "Mazar Tar")  # "tahir" falls across the words
    assert garbles.keeps_names((("shrine", "مزار", ("mazar",)),), "Mazar Tar")  # none kept


def test_adjective_one_after_in() -> None:
    # "the Green One" (الخضراء), Al Khadra', Libya
    text = "Libyan officials said fighting in the Green One had stopped.\n"
    assert ("Green One", "literal", "LY", "Al Khadra’") in garbles_in(text)


def test_adjective_one_quiet() -> None:
    text = "Egyptian police said clashes in the Special One had stopped.\n"
    assert not garbles_in(text)


def test_turkish_reading_names_a_place_by_the_name_in_use() -> None:
    # 13Rev12: Büyükkonak is an old name of the village now called Nikfer: "Grand Hall" read
    # through it named Nikfer, which it does not translate; Ulukonak's own name it does
    names = garbles.turkish_names()
    assert "ulukonak" in names and "buyukkonak" not in names
    text = "Turkish police in Grand Hall, a village of Mugla, detained two men on Monday.\n"
    found = [g for g in garbles_in(text) if g[1] == "literal"]
    assert found == [("Grand Hall", "literal", "TR", "Ulukonak")]
