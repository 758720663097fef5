"""Whole articles: clean copy stays quiet; machine-translated copy is flagged at the right lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ARTICLE_POSITIONS, FIXTURES, ROOT
from tqcheck.config import Config
from tqcheck.document import parse_document, read_source
from tqcheck.runner import check_document

CLEAN = sorted((FIXTURES / "clean").iterdir())


def _findings(path: Path) -> list[tuple[str, int]]:
    document = parse_document(read_source(str(path)))
    return [(f.rule, f.line) for f in check_document(document, Config())]


@pytest.mark.parametrize("path", CLEAN, ids=[p.name for p in CLEAN])
def test_clean_articles_have_no_findings(path: Path) -> None:
    assert _findings(path) == []


def test_machine_translated_fixture() -> None:
    assert _findings(FIXTURES / "mt-article.txt") == ARTICLE_POSITIONS


def test_bundled_example() -> None:
    assert _findings(ROOT / "examples" / "mt-draft.txt") == [
        ("TQ301", 7),  # the city of Gabriel
        ("TQ203", 9),
        ("TQ104", 11),
        ("TQ105", 13),
        ("TQ303", 14),  # Qarakhanbeyli for Garakhanbeyli
        ("TQ302", 14),  # Fuzuli state
        ("TQ302", 14),  # the state of Khojawound
        ("TQ301", 14),  # Khojawound
        ("TQ401", 18),  # "five villages, namely" and four names
        ("TQ301", 18),  # south of Gabriel
        ("TQ301", 20),  # Kavachar
        ("TQ205", 22),
        ("TQ103", 24),
        ("TQ201", 28),
        ("TQ101", 32),
        ("TQ105", 34),
        ("TQ202", 35),
        ("TQ105", 41),
        ("TQ601", 46),
    ]
