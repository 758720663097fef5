from __future__ import annotations

from pathlib import Path

import pytest

from tqcheck.config import Config
from tqcheck.document import decode_bytes, parse_document
from tqcheck.document.model import Document
from tqcheck.findings import Finding
from tqcheck.runner import check_document

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


def make_document(text: str, fmt: str = "text") -> Document:
    name = "case.md" if fmt == "markdown" else "case.txt"
    return parse_document(decode_bytes(text.encode("utf-8"), name))


def findings_for(text: str, select: str = "ALL", fmt: str = "text") -> list[Finding]:
    return check_document(make_document(text, fmt), Config(select=(select,)))


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
