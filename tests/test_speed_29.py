"""The cold-start changes of 13Spd29 answer as before (issue 13: a rules-only check of a
garble-dense article): wordfreq's large list is searched in the part of the word's first two
letters, not as one 1.4 MB string; the co-gloss tables' rows come back from the cache as they
are read from the files; TQ306's module imports the person-name reader only where it asks it.
Examples are the engineer's own, in no dev set."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tqcheck.gazetteer import words
from tqcheck.gazetteer.garble import literal
from tqcheck.gazetteer.garble.word_tables import NEAR_TABLE


def test_the_large_list_answers_as_one_string_would() -> None:
    table = words._large_list_words()
    if table is None:
        pytest.skip("wordfreq's large list cannot be read here")
    whole = "\n" + "\n".join(w for part in table.values() for w in part.strip("\n").split("\n"))
    whole += "\n"
    assert all(part.startswith("\n") and part.endswith("\n") for part in table.values())
    assert all(w[:2] == initials for initials, part in table.items() for w in part.split())
    for word in ("garrick", "jazzman", "lantern", "tawrirt", "seyun", "qzx", "a", "ab", "zz"):
        assert words.known_to_english_text(word) == (f"\n{word}\n" in whole)
    assert words.known_to_english_text("garrick") and not words.known_to_english_text("tawrirt")


def test_the_cogloss_rows_come_back_as_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    built = literal._cogloss_rows(literal.COGLOSS_TABLE, NEAR_TABLE)  # read and stored
    assert list(tmp_path.glob("gazetteer/cogloss-rows-*.pickle"))
    again = literal._cogloss_rows(literal.COGLOSS_TABLE, NEAR_TABLE)  # read back
    assert again == built and [list(t) for t in again] == [list(t) for t in built]
    assert all(isinstance(glosses, list) for rows in again for glosses in rows.values())
    # a missing table has no rows, under a name of its own
    cogloss, near = literal._cogloss_rows("no-such-table.csv", NEAR_TABLE)
    assert cogloss == {} and near == built[1]


def test_tq306_imports_the_person_name_reader_only_where_it_asks() -> None:
    code = (
        "import sys\n"
        "import tqcheck.rules.place.tq306_english_word_as_place as m\n"
        "assert 'tqcheck.bilingual.person_names' not in sys.modules\n"
        "assert not m._english_fixed_name('Tower of Hope')\n"
        "assert 'tqcheck.bilingual.person_names' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
