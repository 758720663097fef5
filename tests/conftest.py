from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest

from tqcheck.bilingual.formats import read_bilingual
from tqcheck.bilingual.pairing import document_from_bilingual, pair_documents
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


def findings_for(
    text: str,
    select: str = "ALL",
    fmt: str = "text",
    source: str | None = None,
    published: date | None = None,
) -> list[Finding]:
    """Findings on ``text``; with ``source``, ``text`` is checked as its translation; with
    ``fmt="tsv"``, ``text`` is a bilingual TSV file (source, tab, target per line)."""
    if fmt in {"tsv", "xlf", "po", "tmx"}:  # a bilingual file of that suffix
        bilingual = read_bilingual(decode_bytes(text.encode("utf-8"), f"case.{fmt}"))
        document = document_from_bilingual(bilingual)
    else:
        document = make_document(text, fmt)
    if source is not None:
        pair_documents(document, decode_bytes(source.encode("utf-8"), "source.txt"))
    document.published = published
    return check_document(document, _config(select))


def _config(select: str) -> Config:
    """The run's config; the house-term rules' cases and examples use the shipped sample terms
    (``[terms] default = true``), which a plain run leaves off."""
    terms = {"default": True} if select.upper().startswith("TQ8") else {}
    return Config(select=tuple(select.split(",")), terms=terms)


def example_findings(example: str, select: str = "ALL") -> list[Finding]:
    """Findings on a rule's documented example: plain text, or for source rules lines of
    ``source: ...`` and ``target: ...`` (continued on indented lines), read as a TSV file."""
    if not example.lstrip().startswith("source:"):
        return findings_for(example + "\n", select=select)
    rows: list[list[str]] = []
    for line in example.splitlines():
        if line.startswith("source:"):
            rows.append([line[len("source:") :].strip(), ""])
        elif line.startswith("target:"):
            rows[-1][1] = line[len("target:") :].strip()
        else:
            rows[-1][1] += " " + line.strip()
    tsv = "".join(f"{source}\t{target}\n" for source, target in rows)
    bilingual = read_bilingual(decode_bytes(tsv.encode("utf-8"), "example.tsv"))
    return check_document(document_from_bilingual(bilingual), _config(select))


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


@pytest.fixture
def method_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The place rules as the method finds garbles by itself: the recorded-garble column
    ignored (issue 13), and no per-country table another test read with other settings."""
    from tqcheck.gazetteer import garbles
    from tqcheck.gazetteer.index import RECORDED_GARBLES_ENV

    monkeypatch.setenv(RECORDED_GARBLES_ENV, "0")
    garbles.forget_index_tables()


@pytest.fixture
def look_alike_towns(method_only: None) -> None:
    """``method_only``, the look-alike readers' town tables forgotten too, and the test
    skipped where the GeoNames index is not built (the towns are read from it)."""
    from tqcheck.gazetteer import look_alikes
    from tqcheck.gazetteer.mentions import geonames_index

    look_alikes._towns.cache_clear()
    look_alikes._town_keys.cache_clear()
    look_alikes._build_towns.cache_clear()
    if not geonames_index().path.is_file():
        pytest.skip("the GeoNames index is not built here")
