"""Second-engineer review of issue 13's fourth session (13Rev14).

Issue 13 asks that a paragraph's findings not change when unrelated articles are checked in
the same run: the readers added last session keep tables made when first asked (the co-gloss
entries, ``garbles.cogloss_entries``; the rare English words, ``garbles.rare_english_words``;
the language names, ``garbles.languages``) and memoise per table (``_team_countries_in``).
Checked here by reading paragraphs of every shape those readers meet (look-alikes placed in one
country, literal readings in a land neighbour, co-gloss and dual readings, vetoes) in one order
and then in the reverse order, in one process. Sentences are the reviewer's own, in no dev set.
"""

from __future__ import annotations

import pytest

from tests.place_support import place_findings
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself

PARAGRAPHS = (
    # located look-alike, a title placed by its apposition, a town abroad where people studied
    "Traders in Ballard complained about new taxes, the Iraqi government said.\n",
    "Aid workers said Duke, in the Kurdistan region, still hosts displaced families.\n",
    "A Kurdish activist who studied in Mauldin was detained in Van, Turkish police said.\n",
    # literal readings: a neighbour's city, the dual, Persian shahr, a co-gloss
    "Omani officials said the ferry to Father of the Gazelle would resume next week.\n",
    "Tunisian soldiers patrolled the hills near the Two Palaces after the attack.\n",
    "Iranian dock workers in Cheerful City, on the Arvand river, went on strike.\n",
    "Rebels shelled the town of the Edifice overnight, Iraqi officials said.\n",
    # vetoes: a language, a people, a world city, a facility, an accepted spelling
    "The ministry's statement, issued in Farsi, was read out on Iranian television.\n",
    "An Iranian chess player who defected now lives in Paris, Iranian media said.\n",
    "Lawyers said the activist was held in Evin prison in Tehran.\n",
    "Sulaimaniyah airport reopened after the drone attack, Kurdish officials said.\n",
    # copy naming no country, and copy naming several
    "Flights to Cabal's airport resumed after the dust storm cleared.\n",
    "Wine makers in the Racha region said the harvest was the best in a decade.\n",
    "Talks in Ballard between Turkish and German officials ended without a deal.\n",
)


def test_findings_do_not_depend_on_the_articles_checked_before() -> None:
    forward = [place_findings(text) for text in PARAGRAPHS]
    garbles.forget_index_tables()
    backward = [place_findings(text) for text in reversed(PARAGRAPHS)][::-1]
    assert forward == backward
    # and the set reads something: a test of nothing would pass as well
    assert sum(bool(found) for found in forward) >= 5


def test_three_words_write_each_shared_letter_once() -> None:
    """``shared_letter_once`` on three words (test_place_literal_15 covers two): each pair
    that shares a letter is written solid with it once, the words compared as written."""
    assert garbles.shared_letter_once("سرد دشت تپه", False) == ["سرد دشت تپه", "سردشتپه"]
