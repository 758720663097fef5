"""Persian plurals and Persian counting in literal translations (issue 13): an English plural is
also read as the Persian plural of the word in -ان or -ها (Persian gives Arabic loanwords those
too), and "two X" also as the number word before the noun in the singular, as Persian counts
(دو قلعه "Two Forts"). Both forms count only as a place's exact Arabic name. Sentences are the
engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.keys import arabic_key

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.country, g.name, g.kind) for g in garbles.find_garbles(document)]


def test_an_english_plural_has_the_persian_plurals_of_the_word() -> None:
    table = {"city": [("آباد", ()), ("مدينة", ())]}
    forms = [arabic_key(a) for a, _ in garbles.table_entries(table, "cities")]
    assert arabic_key("آبادان") in forms and arabic_key("آبادها") in forms
    assert arabic_key("مدينات") in forms  # the Arabic sound plural as before
    # a word ending in a taa marbuta or a silent he takes -ها only
    assert arabic_key("مدينهان") not in forms
    plurals = garbles.sound_plurals([("آباد", ())])
    assert all(latin == garbles.DERIVED for _a, latin in plurals)


def test_two_is_also_read_as_the_persian_number_before_the_singular() -> None:
    table = {"two": [("دو", garbles.CALENDAR)], "fort": [("قلعه", ())]}
    entries = [arabic_key(a) for a, _ in garbles.table_entries(table, "two forts")]
    assert entries == []  # no phrase entry: _literal_options reads "two" with its noun
    counted = garbles.counted(table["two"], table["fort"])
    assert [(arabic_key(a), latin) for a, latin in counted] == [
        (arabic_key("دو قلعه"), garbles.DERIVED)
    ]


def test_a_persian_plural_and_a_persian_count_name_their_towns() -> None:
    text = (
        "Iranian firefighters battled a blaze at the oil refinery in the port city of the "
        "Cities, near the Iraqi border, on Sunday.\n"
    )
    assert _garbles(text) == [("Cities", "IR", "Abadan", "literal")]
    text = (
        "Afghan officials said Taliban fighters overran the district of Two Forts, in Farah "
        "province, overnight.\n"
    )
    assert _garbles(text) == [("Two Forts", "AF", "Du Qal’ah", "literal")]
