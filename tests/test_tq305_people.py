"""TQ305 on listed public figures: each garble shape is reported with the house spelling, and
each kind of control (right spelling, accepted variant, relative, namesake, unlisted person,
ordinary word, French transcription, a surname with no context) is left alone."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.findings import Finding
from tqcheck.gazetteer.person_garbles import near_respelling, respelling_strength
from tqcheck.rules.place.tq305_garbled_person_name import GarbledPersonName


def _findings(text: str) -> list[Finding]:
    text += "\n"
    document = parse_document(SourceText("t.txt", text, "utf-8", b"", text.encode()))
    return list(GarbledPersonName().check(document))


GARBLES = [
    # (shape, text, garbled span, suggestion, evidence in the message)
    (
        "vowel",
        "Israeli Prime Minister Benjamin Natanyahu said the operation would continue.",
        "Benjamin Natanyahu",
        "Benjamin Netanyahu",
        "Natanyahu for Netanyahu: a/e",
    ),
    (
        "p read as b",
        "He met his Iranian counterpart Massoud Bezeshkian in Ankara.",
        "Massoud Bezeshkian",
        "Masoud Pezeshkian",
        "b/p",
    ),
    (
        "v read as f",
        "Russian Foreign Minister Sergey Lavrof said Moscow was ready.",
        "Sergey Lavrof",
        "Sergey Lavrov",
        "f/v",
    ),
    (
        "doubled letter lost",
        "The Egyptian president spoke with Emanuel Macron by phone.",
        "Emanuel Macron",
        "Emmanuel Macron",
        "-/m",
    ),
    (
        "Arabic form of the given names",
        "Turkish President Rajab Tayeb Erdogan met the delegation in Ankara.",
        "Rajab Tayeb Erdogan",
        "Recep Tayyip Erdogan",
        "Rajab for Recep",
    ),
    (
        "surname alone after a title",
        "Iranian President Bezeshkian said Iran did not seek war.",
        "Bezeshkian",
        "Pezeshkian",
        "b/p",
    ),
    (
        "surname alone after the full name",
        "Benjamin Netanyahu spoke on Sunday. Natanyahu said the talks would go on.",
        "Natanyahu",
        "Netanyahu",
        "a/e",
    ),
    (
        "article form of the surname",
        "Syrian President Bashar al-Asaad met the envoy in Damascus.",
        "Bashar al-Asaad",
        "Bashar al-Assad",
        "Asaad for Assad",
    ),
    (
        "title, a comma, then the name",
        "The Turkish president, Rajab Tayyib Erdogan, said Ankara would respond.",
        "Rajab Tayyib Erdogan",
        "Recep Tayyip Erdogan",
        "Tayyib for Tayyip",
    ),
]


@pytest.mark.parametrize(
    "shape,text,span,suggestion,evidence", GARBLES, ids=[g[0] for g in GARBLES]
)
def test_garble_shapes(shape: str, text: str, span: str, suggestion: str, evidence: str) -> None:
    found = [f for f in _findings(text) if f.text == span]
    assert len(found) == 1, [f.text for f in _findings(text)]
    assert found[0].suggestion == suggestion
    assert evidence in found[0].message


CONTROLS = [
    ("right spelling", "Israeli Prime Minister Benjamin Netanyahu said the operation would go on."),
    ("accepted variant, article", "Syrian President Bashar al-Asad said the war was over."),
    ("accepted variant, Turkish letters", "Turkish President Tayyip Erdoğan spoke in Ankara."),
    ("accepted given-name romanisation", "Palestinian President Mahmud Abbas met the envoy."),
    ("relative", "Sara Netanyahu accompanied her husband on the visit."),
    ("relative of a leader", "Mojtaba Khamenei, the supreme leader's son, was not seen."),
    ("namesake", "Crown Prince Mohammed bin Salman met Mohamed bin Zayed in Abu Dhabi."),
    ("brothers on the list", "Judiciary chief Sadegh Larijani and his brother Ali Larijani met."),
    ("two different given names", "Finance Minister Mohammed Abbas presented the budget."),
    ("unlisted person", "Spokesman Ahmed Hassan said the convoy had arrived."),
    ("inside a longer name", "Police chief Ali Hassan Nasser said the suspects were held."),
    ("ordinary word", "The Minister of Economy, Trade and Industry attended the forum."),
    ("French transcription", "Foreign Minister Walid al-Moualem said conditions were improving."),
    ("surname with no context", "Natanyahu said the talks would go on."),
    ("a different ending", "Finance Minister Abbasi said the budget was ready."),
    ("a title inside a listed variant", "The office of Ayatollah Khamenei issued a statement."),
    ("doubled letter of an Arabic name", "Hamas official Khalil al-Haya rejected the offer."),
]


@pytest.mark.parametrize("kind,text", CONTROLS, ids=[c[0] for c in CONTROLS])
def test_controls_are_quiet(kind: str, text: str) -> None:
    assert [f.text for f in _findings(text)] == []


def test_recorded_garble_still_reported() -> None:
    found = _findings("The region's leader, Aryk Harutyunyan, said the line had held.")
    assert [(f.text, f.suggestion) for f in found] == [("Aryk Harutyunyan", "Arayik Harutyunyan")]


def test_respelling_strength() -> None:
    assert near_respelling("natanyahu", "netanyahu")
    assert near_respelling("bezeshkian", "pezeshkian")
    assert respelling_strength("rajab", "recep") == 1  # consonants only
    assert not near_respelling("abbasi", "abbas")  # ends in a vowel: another name
    assert not near_respelling("mohammed", "mahmoud")  # two different given names
    assert not near_respelling("moualem", "muallem")  # French transcription
