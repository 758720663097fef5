from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from tqcheck.cli import main
from tqcheck.config import Config
from tqcheck.document import decode_bytes, parse_document
from tqcheck.document.model import Document
from tqcheck.findings import Finding
from tqcheck.runner import check_document

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent

# Where tests/fixtures/mt-article.txt is flagged, in report order.
ARTICLE_POSITIONS = [
    ("TQ203", 5),
    ("TQ202", 9),
    ("TQ104", 11),
    ("TQ101", 15),
    ("TQ105", 17),
    ("TQ102", 20),
]


def pytest_configure(config: pytest.Config) -> None:
    """Keep the exported ONNX model of this test session out of the user's cache."""
    if "TQCHECK_CACHE_DIR" not in os.environ:
        os.environ["TQCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="tqcheck-test-cache-")


def make_document(text: str, fmt: str = "text") -> Document:
    name = "case.md" if fmt == "markdown" else "case.txt"
    return parse_document(decode_bytes(text.encode("utf-8"), name))


def findings_for(text: str, select: str = "ALL", fmt: str = "text") -> list[Finding]:
    return check_document(make_document(text, fmt), Config(select=(select,)))


def run_main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the real entry point in-process; return (exit code, stdout, stderr)."""
    try:
        main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    else:
        code = 0
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
