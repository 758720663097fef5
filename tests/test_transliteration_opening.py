"""A transliteration garble opening a sentence (issue 13): the capital letter says nothing, so
a name that is no English word, no known name and no place anywhere is read as after "in",
where only a close reading of a town of the article's countries counts."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _found(text: str) -> list[tuple[str, str, str]]:
    text += "\n"
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.name, g.country) for g in garbles.find_garbles(document)]


def test_a_respelled_town_opening_a_sentence_is_found() -> None:
    assert _found("Tekreet was calm on Sunday after clashes, Iraqi officials said.") == [
        ("Tekreet", "Tikrit", "IQ")
    ]
    assert _found("Mosull was calm on Sunday after clashes, Iraqi officials said.") == [
        ("Mosull", "Mosul", "IQ")
    ]


def test_a_person_or_a_group_opening_a_sentence_stays_quiet() -> None:
    assert _found("Shirazi was arrested in Tehran on Sunday, Iranian media reported.") == []
    assert _found("Jabouri was detained in Baghdad on Sunday, Iraqi police reported.") == []
    assert _found("Peshmerga fighters were deployed near Mosul, Iraqi police reported.") == []


def _opening(text: str) -> bool:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    candidate = next(c for c in garbles.candidates(document) if c.text.startswith("Tekreet"))
    return garbles.opening_name(candidate, document)


def test_only_one_unknown_word_opening_a_sentence_is_read() -> None:
    assert _opening("Tekreet was calm.\n")
    assert _opening("Roads reopened.\n\nTekreet was calm.\n")  # a paragraph's start
    assert _opening("Roads reopened. Tekreet was calm.\n")
    assert not _opening("Tekreet Mosull was calm.\n")  # two words: a person or a body more often


def test_a_known_word_or_place_opening_a_sentence_is_not_read() -> None:
    def opening(text: str) -> bool:
        document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
        return garbles.opening_name(next(iter(garbles.candidates(document))), document)

    assert not opening("Kirkuk was calm.\n")  # a place of its own
    assert not opening("Harvest was late.\n")  # an English word


def test_a_quoted_name_or_a_surname_is_not_read() -> None:
    assert not _opening('He joined the "Tekreet" club in 2010.\n')  # a quoted name
    assert not _opening("They said: Tekreet was calm.\n")  # after a colon
    assert not _opening("Mr Tekreet spoke on Monday. Tekreet was calm.\n")  # a surname
    assert not _opening("John Tekreet spoke on Monday. Tekreet was calm.\n")
