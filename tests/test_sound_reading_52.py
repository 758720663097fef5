"""A name TQ306 reports as placed in copy that names its country, read by sound where no literal
reading finds a town (issue 13, 18Sug52): one town of the copy's countries likeliest by a clear
margin gives the suggestion; the finding keeps asking for the source. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import document_of, suggested_findings
from tqcheck.config import Config
from tqcheck.gazetteer.garble.reading import candidate_at
from tqcheck.rules.place.tq306_english_word_as_place import _placed_sound_reading
from tqcheck.runner import check_document


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # the town's consonants and vowels in place (a frame), in copy naming Kazakhstan
        ("Teachers in October, in western Kazakhstan, demanded higher pay.", "October", "Aktobe"),
        # two words said as one name, in copy naming Georgia
        (
            "Volunteers in Sugar Daddy, western Georgia, handed out blankets.",
            "Sugar Daddy",
            "Zugdidi",
        ),
    ],
)
def test_a_placed_name_reads_as_the_one_town_it_sounds_like(
    text: str, span: str, name: str
) -> None:
    assert ("TQ306", span, name) in suggested_findings(text)


def test_the_message_says_the_reading_is_by_sound_and_asks_for_the_source() -> None:
    text = "Teachers in October, in western Kazakhstan, demanded higher pay.\n"
    findings = [
        f
        for f in check_document(document_of(text), Config(select=["TQ306"], semantic=False))
        if f.suggestion == "Aktobe"
    ]
    assert len(findings) == 1
    message = findings[0].message
    assert "by sound only" in message and "check the source" in message
    assert "Aktobe, Kazakhstan" in message and "people" in message


def test_no_town_clearly_likeliest_gives_no_suggestion() -> None:
    # "Cougar" in Iraq sounds nearly as much like several towns (Kelar, Kirkuk): reported, with
    # no suggestion
    assert suggested_findings("Iraqi police near Cougar, in Iraq, seized a lorry of fuel.") == [
        ("TQ306", "Cougar", None)
    ]


def test_copy_naming_no_country_gets_no_reading_by_sound() -> None:
    # the region's thousands of towns: no sound is evidence enough there
    assert suggested_findings("Dairy farmers in Elastic said the drought had cut their herds.") == [
        ("TQ306", "Elastic", None)
    ]


def test_the_sound_reader_asks_for_a_country_of_the_region() -> None:
    document = document_of("Teachers in October, in western Kazakhstan, demanded higher pay.\n")
    start = document.plain.index("October")
    candidate = candidate_at(document, start, start + len("October"))
    assert candidate is not None
    garble = _placed_sound_reading(candidate, frozenset({"KZ"}))
    assert garble is not None and garble.name == "Aktobe" and garble.kind == "look-alike"
    assert _placed_sound_reading(candidate, frozenset({"FR"})) is None


def test_an_attribution_after_the_name_gives_no_reading_by_sound() -> None:
    # "Turkish officials said" says who spoke, not where the resort lies
    found = suggested_findings(
        "Tourists flocked to the seaside resort of Bailey, Turkish officials said."
    )
    assert found == [("TQ306", "Bailey", None)]


def test_a_name_after_the_is_left_to_the_literal_reading() -> None:
    # "the Azure" is MT's translation of the article and the word (الزرقاء, Zarqa): an English
    # word heard for a town takes no "the", so no town is suggested by sound ('Izra)
    text = "Factories in the Azure north-east of Amman, in Jordan, sent their workers home."
    findings = suggested_findings(text)
    assert [(rule, span) for rule, span, _ in findings] == [("TQ306", "Azure")]
    assert findings[0][2] is None
