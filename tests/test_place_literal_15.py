"""Literal translations, fifteenth pass (issue 13, 13LIT15): the lexicon's co-glosses.

Machine translation renders an Arabic place-name word with whichever English sense its own
dictionary lists: the tables gloss عمارة "structure", the copy writes "the Edifice". The
Buckwalter lexicon lists senses of one stem side by side ("structure;edifice" for بنيان), and
``gazetteers/toponym_words_cogloss.csv`` (``benchmarks/mine_cogloss_words.py``) keeps each
one-word sense beside the other senses of its line (a line of two senses at most) that the
tables gloss; a word the tables know also takes its WordNet synonyms' Arabic
(``gazetteers/toponym_words_near.csv``, built with ``--glosses-too``: "heaven" beside
"paradise", "eden", عدن). ``garbles.literal_arabic`` reads a word through those glosses'
Arabic last of all, in a strong or country slot only, to a place's exact Arabic name, and only
to a town of 10,000 or more (``garbles.COGLOSS_POPULATION``). Also: an Arabic-script phrase
without the article is read as Persian writes a compound name solid, a letter shared across
a join written once (``garbles.shared_letter_once``: سردشت). Sentences are the engineer's own,
in no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.keys import arabic_key

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_cogloss_pairs_are_marked_and_kept_out_of_the_first_tables() -> None:
    edifice = garbles.cogloss_entries("edifice")
    assert edifice, "the co-gloss table is read"
    assert all(entry[1] == garbles.NEAR for entry in edifice)
    # "edifice" stands beside "structure" on بنيان's line; the tables gloss عمارة "structure"
    assert "عماره" in {arabic for arabic, _ in edifice}
    # a word's own entries are not repeated as co-glosses: دار is "abode" itself and also
    # what the tables give its co-gloss "habitation" (a word with such an overlap, so that the
    # check can fail: "spout" had no entries of its own)
    lexicon = garbles.toponym_words_lexicon()
    own = {arabic_key(arabic) for arabic, _ in lexicon["abode"]}
    through = {
        arabic_key(arabic)
        for gloss in garbles.cogloss_glosses()["abode"]
        for arabic, _ in lexicon.get(gloss, ())
    }
    assert own & through
    assert own.isdisjoint(arabic for arabic, _ in garbles.cogloss_entries("abode"))
    # a word the tables know takes its WordNet synonyms too (the near table's rows for it,
    # which the near reading itself passes over)
    assert "heaven" in lexicon
    assert "عدن" in {arabic for arabic, _ in garbles.cogloss_entries("heaven")}
    # the tables read before the co-glosses never see them: "heaven", which both tables
    # have, keeps its own entries there, unmarked and without the co-gloss's عدن ("edifice",
    # checked here before, is in neither table)
    for table in (garbles.toponym_words_first(), lexicon):
        assert table["heaven"]
        assert all(entry[1] != garbles.NEAR for entry in table["heaven"])
        assert "عدن" not in {arabic_key(arabic) for arabic, _ in table["heaven"]}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # عمارة: "structure;edifice" (Buckwalter), العمارة, Iraq
        (
            "Iraqi police reinforced checkpoints in the town of the Edifice, in Maysan province.\n",
            ("Edifice", "literal", "IQ", "Al ’Amarah"),
        ),
        # عدن: WordNet's "heaven" shares a first sense with "eden", which FreeDict glosses
        (
            "Yemeni officials said the port of Heaven, in the south, reopened to shipping.\n",
            ("Heaven", "literal", "YE", "Aden"),
        ),
        # خرطوم: "hose;spout"-like senses of one line, Khartoum
        (
            "Sudanese troops regained the city of Spout, the capital, after weeks of fighting.\n",
            ("Spout", "literal", "SD", "Khartoum"),
        ),
    ],
)
def test_a_cogloss_names_a_town_in_a_strong_slot(
    text: str, found: tuple[str, str, str, str]
) -> None:
    assert garbles_in(text) == [found]


def test_a_cogloss_reading_scores_under_the_tables() -> None:
    text = "Sudanese troops regained the city of Spout, the capital, after weeks of fighting.\n"
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    [garble] = garbles.find_garbles(document)
    assert garble.score == pytest.approx(garbles.SCORE_ARABIC_EXACT - garbles.NEAR_PENALTY)


@pytest.mark.parametrize(
    "text",
    [
        # after "in": one English word read through two dictionary steps is a word more often
        "Saudi officials met in Modernity on Monday to discuss the budget.\n",
        # an ordinary English sentence and a real place
        "Saudi officials said the kingdom would host the game in Riyadh next year.\n",
    ],
)
def test_no_cogloss_reading_after_in_for_real_text(text: str) -> None:
    assert not [g for g in garbles_in(text) if g[1] == "literal"]


def test_a_cogloss_reading_names_no_hamlet() -> None:
    # "purpose" reaches عمد ('Amd, population 0) through its first co-gloss and مأرب (Ma'rib, a
    # city) through another: the floor keeps the hamlets out before the places are ranked
    # (14Lit44; the floor applied after the ranking named no place at all)
    text = "Yemeni forces shelled the town of Purpose, in the east, on Sunday.\n"
    assert garbles_in(text) == [("Purpose", "literal", "YE", "Marib")]


def test_a_letter_shared_across_a_persian_compound_is_written_once() -> None:
    # سرد دشت "Cold Plain" is written سردشت (the د once), Sardasht
    assert garbles.shared_letter_once("سرد دشت", article=False) == ["سرد دشت", "سردشت"]
    # no letter shared: the phrase alone (its key is already the compound written solid)
    assert garbles.shared_letter_once("كوه دشت", article=False) == ["كوه دشت"]
    # Arabic, which writes its article, keeps its words apart
    assert garbles.shared_letter_once("عين البيضاء", article=True) == ["عين البيضاء"]
    assert garbles.shared_letter_once("حلب", article=False) == ["حلب"]
