"""Readings kept per section of a document (issue 13's speed work): two articles of one file
each read their own news agencies and their own parts of a country, whichever is asked first."""

from __future__ import annotations

from tqcheck.document.model import Document
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.context import sections

_TEXT = (
    "# Caucasus\n\nTwo died in a raid in Dagestan, the Interfax news agency reported.\n\n"
    "# Levant\n\nTwo died in a raid near Xyz, state news agency SANA said.\n"
)


def _document() -> Document:
    return parse_document(SourceText("a.md", _TEXT, "utf-8", b"", _TEXT.encode()))


def _offsets(document: Document) -> tuple[int, int]:
    (first, _), (second, _) = sections(document)
    return first, second


def test_each_article_reads_its_own_agencies() -> None:
    for order in ((0, 1), (1, 0)):
        document = _document()
        offsets = _offsets(document)
        expected = ({"RU"}, {"SY"})
        for index in (*order, *order):
            assert garbles.credited_countries(document, offsets[index]) == expected[index]


def test_each_article_reads_its_own_parts_of_a_country() -> None:
    for order in ((0, 1), (1, 0)):
        document = _document()
        offsets = _offsets(document)
        expected = ({"RU", "SY"}, {"SY"})  # only the first names Dagestan
        for index in (*order, *order):
            found = garbles.named_parts({"RU", "SY"}, document, offsets[index])
            assert found == expected[index]


def test_a_credited_set_is_the_caller_s_own() -> None:
    document = _document()
    first, _ = _offsets(document)
    garbles.credited_countries(document, first).add("XX")
    assert garbles.credited_countries(document, first) == {"RU"}
