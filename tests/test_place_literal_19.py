"""Literal translations, nineteenth pass (issue 13, 13LIT19): the taa marbuta of the construct.

A place the index holds without an Arabic name is read back from the English words by
consonant classes against its Latin names (``literal_by_skeleton``), and the classes give the
taa marbuta (ة) none, as a final he. But Arabic speaks it as t in the construct state, a noun
before the noun it is "of", and the Latin names write it so ("Khirbat es Suq", "Sakiet ez
Zit", "Zaouiet Sousse", "Qaryat al ..."): such a name was out of the classes' reach. A word
before another whose Arabic ends in ة, as the tables write it, may now have that letter read as
a T, where the Latin word in its place ends in t. Not the last word (said at the end of a name,
the letter is -a, -ah, -e), nor a word ending in ه (a Persian or Turkic vowel as often: قره
"black" is kara; and the forms a reading adds by rule). Sentences and places are the
engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer.garble.literal import (
    _has_taa_marbuta,
    _taa_as_t,
    literal_by_skeleton,
)

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself

Options = list[list[tuple[str, str | None, tuple[str, ...]]]]


def _read(options: Options, countries: set[str]) -> set[str]:
    """The Latin spellings the words of ``options``, in their order, are read back to."""
    return {
        spelling for _, spelling, _ in literal_by_skeleton([tuple(options)], countries).values()
    }


def test_the_taa_marbuta_as_written_only() -> None:
    assert _has_taa_marbuta("خربة")  # "ruins"
    assert _has_taa_marbuta("ساقية")
    assert not _has_taa_marbuta("خربه")  # a final he: folded, or a vowel, or made by rule
    assert not _has_taa_marbuta("قره")  # Turkic kara "black"
    assert not _has_taa_marbuta("دره")  # Persian darreh "valley"
    assert not _has_taa_marbuta("سوق")


def test_the_letter_read_as_t_adds_the_class() -> None:
    assert _taa_as_t({"SK", "SKV"}) == {"SKT", "SKVT"}
    assert _taa_as_t({"KRT"}) == set()  # a t already last: the letter read twice is once


def test_a_construct_reads_its_t() -> None:
    # ساقية الزيت "the waterwheel of the oil": Sakiet ez Zit, Tunisia, no Arabic name
    options: Options = [[("waterwheel", "ساقية", ())], [("oil", "زيت", ())]]
    assert "Sakiet ez Zit" in _read(options, {"TN"})


def test_not_the_last_word_nor_a_he() -> None:
    last: Options = [[("oil", "زيت", ())], [("waterwheel", "ساقية", ())]]
    assert "Sakiet ez Zit" not in _read(last, {"TN"})
    he: Options = [[("waterwheel", "ساقيه", ())], [("oil", "زيت", ())]]
    assert "Sakiet ez Zit" not in _read(he, {"TN"})


@pytest.mark.parametrize(
    "text",
    [
        "Settlers uprooted olive trees in Ruins of the Vine, near Hebron, in the West Bank, "
        "Palestinian officials said.\n",
        "Settlers uprooted olive trees in Vine Ruins, in the West Bank, Palestinian officials "
        "said.\n",
    ],
)
def test_ruins_of_the_vine(text: str) -> None:
    # خربة كرمة: Khirbat Karmah, a village the index holds in Latin letters only
    found = [g for g in garbles_in(text) if g[1] == "literal"]
    assert [(g[0].removeprefix("the "), g[2], g[3]) for g in found] in (
        [("Ruins of the Vine", "PS", "Karmah")],
        [("Vine Ruins", "PS", "Karmah")],
    )


@pytest.mark.parametrize(
    "text",
    [
        # real names of the region, romanised with their t, stay quiet
        "Tunisian police in Sakiet ez Zit arrested three men on Monday.\n",
        "Farmers near Zaouiet Sousse, in Tunisia, said the olive harvest was poor.\n",
        "Moroccan officials in Kelaat Mgouna said the rose festival would go ahead.\n",
        "Israeli police said a rocket fell near Kiryat Gat on Tuesday.\n",
        # English copy with words whose Arabic ends in a he, not a taa marbuta
        "Turkish media said the Black Sea storm closed ports near Samsun.\n",
        "Aid reached the Valley, in Syria, after weeks of siege.\n",
    ],
)
def test_names_and_english_stay_as_they_were(text: str) -> None:
    assert [g for g in garbles_in(text) if g[1] == "literal"] == []
