"""Names translated in part (issue 13, twelfth session, 13Lit40).

A name that keeps one of its words untranslated beside a translated generic term ("Castle of
Salih", "Al-Shughur Bridge", "the Jurist Ben Salah") is read by the kept readings
(``literal._kept_with_head``, ``_kept_beside``, ``_literal_kept``). Three things lost such names
before those readings saw them:

* an Arabic article written before the kept word ("Al-Shughur") ended the reading, as an article
  written out marks a romanised name; in a partial reading it is now dropped before a word the
  tables do not know, as the place's Latin name's particles are ("ash"), and still ends it before
  a word they translate ("Ras al-Ain" is romanised, not translated);
* copy that names no country of the region, or only countries outside it ("seasonal work in
  Spain"), read only fully translated names of well-known cities; a kept name of a town of the
  region is now read against the whole region (``reading._kept_name_anywhere``): a town of
  10,000 or more whose Latin name has the kept word, the translated one its other word;
* an apostrophe inside a word of a Latin name ("Ra’s", "Sama’il") split the word in two where
  the kept readings compared words (``literal.latin_parts``)."""

from __future__ import annotations

import pytest

from tests.place_support import assert_read_as, garbles_in
from tqcheck.gazetteer.garble.literal import latin_parts

pytestmark = pytest.mark.usefixtures("method_only")


@pytest.mark.parametrize(
    ("text", "span", "country", "name"),
    [
        (
            "Rebels said government jets struck a crowded market in Al-Shughur Bridge, "
            "in Syria's Idlib province, on Sunday.",
            "Al-Shughur Bridge",
            "SY",
            "Jisr ash Shughur",
        ),
        (
            "Fishermen from Castle of Salih said the river had grown too shallow to sail "
            "this summer.",
            "Castle of Salih",
            "IQ",
            "Qal’at Salih",
        ),
        (
            # Pashto "spin" (white) translated, "Boldak" kept, in copy naming no country
            "Customs officers said hundreds of lorries had queued outside White Boldak since "
            "Friday.",
            "White Boldak",
            "AF",
            "Spin Boldak",
        ),
        (
            "Olive growers around the Jurist Ben Salah said the drought had halved their "
            "harvest; many young men now pick fruit in Spain.",
            "Jurist Ben Salah",
            "MA",
            "Al Fqih Ben Calah",
        ),
    ],
)
def test_a_name_translated_in_part_is_read(text: str, span: str, country: str, name: str) -> None:
    assert_read_as(text, span, "literal", country, name)


@pytest.mark.parametrize(
    "text",
    [
        "Tourists from Spain visited the Castle of Edinburgh on Monday, the city council said.",
        "MPs in the Palace of Westminster debated the bill late into the night.",
        "Workers from the Palace of Westminster marched to Downing Street on Tuesday.",
        "Pilgrims from Iraq prayed at the Mosque of Omar on Friday.",
        "The mayor met residents in the Old City of Jerusalem to discuss the new road.",
        "Turkish-backed forces shelled Ras al-Ain, in northeastern Syria, on Sunday.",
        "Police in Britain said a crowd gathered outside the Tower of London late on Sunday.",
        # "to" places no name here: a person after "thanks to" (real Hebrew->English news)
        "On the other side, Eilat is in good shape thanks to Roy Huber and Joaquin Shuchman.",
    ],
)
def test_english_names_and_romanised_ones_stay_quiet(text: str) -> None:
    assert not [g for g in garbles_in(text) if g[1] == "literal"]


def test_an_ayn_or_hamza_mark_inside_a_word_does_not_split_it() -> None:
    assert latin_parts("Ra’s Lanuf") == ["ras", "lanuf"]
    assert latin_parts("Sufālat Samā’il") == ["sufalat", "samail"]
    assert latin_parts("Jisr ash-Shughur") == ["jisr", "ash", "shughur"]
