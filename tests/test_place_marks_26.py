"""Names whose ayn or hamza mark, or a letter with a diacritic, used to cut the candidate's span
(issue 13, eighth session, 13Spn26): "’Aïn Merane" was read as "Merane", "Qal`at Sikar" as
"Sikar", "Bir al `Abd" as TQ306 "Abd", "Ţūz Khūrmātū" as "Khūrmātū", "Xo‘jaobod" as "Xo". A
name with an inner mark, a mark opening one of its words, or a capital with a diacritic is one
candidate, read whole; a possessive still ends a name. So is a name whose words a particle of
the region's languages links ("Mahd adh Dhahab", "Jabal os Saraj", "Hajian ki Dhok"), once read
as two."""

from __future__ import annotations

import pytest

from tests.place_support import place_findings
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer.garble.slots import CANDIDATE, candidates

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _texts(text: str) -> list[str]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [candidate.text for candidate in candidates(document)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The clinic in ’Aïn Merane, Algeria, has no doctor.", "Aïn Merane"),
        ("Water trucks reached Qal`at Sikar on Monday.", "Qal`at Sikar"),
        ("Gunmen killed a shopkeeper in Bir al `Abd on Wednesday.", "Bir al `Abd"),
        ("Date farmers in Ţūz Khūrmātū lost their crop.", "Ţūz Khūrmātū"),
        ("Schools in Az̧ Z̧ulayl closed for the holiday.", "Az̧ Z̧ulayl"),
        ("The bazaar of Xo‘jaobod reopened after repairs.", "Xo‘jaobod"),
        ("A bus crashed near Nag` Hammadi, killing four.", "Nag` Hammadi"),
        ("Fishermen in Yanbu' al Bahr said the catch was poor.", "Yanbu' al Bahr"),
        ("Rain flooded the streets of Tall ‘Afar.", "Tall ‘Afar"),
        ("Wells ran dry in Akmal'-Abad this summer.", "Akmal'-Abad"),
        ("Farmers in 'Ain Issa said the canal was dry.", "Ain Issa"),
    ],
)
def test_a_name_with_a_mark_is_one_candidate(text: str, name: str) -> None:
    assert name in _texts(text + "\n")


def test_a_possessive_still_ends_a_name() -> None:
    texts = _texts("Aleppo's governor met the Kurds' Qamishli office on Monday.\n")
    assert "Aleppo" in texts
    assert "Kurds" in texts and "Qamishli" in texts  # a plural possessive is no ayn
    names = [hit.group() for hit in CANDIDATE.finditer("Edna O'Neill wrote about al-Qaeda.")]
    assert names == ["Edna O'Neill"]  # no name starts inside a word ("Neill", "Qaeda")


@pytest.mark.parametrize(
    "text",
    [
        "Water trucks reached Qal`at Sukkar, Iraq, after the canal ran dry.",
        "Unknown gunmen killed a shopkeeper in Bir al `Abd, Egypt, on Wednesday.",
        "The clinic in ’Aïn Merane, Algeria, has had no doctor since June.",
        "Date farmers in Ţūz Khūrmātū, Iraq, lost their crop to the heat.",
        "Schools in Az̧ Z̧ulayl, Jordan, closed for the holiday.",
        "The bazaar of Xo‘jaobod, Uzbekistan, reopened after repairs.",
        "A bus crashed near Nag` Hammadi, Egypt, killing four.",
        "Students in Ad Dir`iyah, Saudi Arabia, returned to class.",
        "Fishermen in Yanbu' al Bahr, Saudi Arabia, said the catch was poor.",
        "Merchants in Abu `Arish, Saudi Arabia, complained about rents.",
        # a person with an apostrophe
        "Edna O'Brien said the novel was her last.",
    ],
)
def test_a_real_place_with_a_mark_stays_quiet(text: str) -> None:
    assert place_findings(text + "\n", ("TQ301", "TQ306")) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a garble with a mark, read whole, names the place it garbles
        ("Shelling hit Qal`at Sakkar overnight, Iraqi officials said.", "Qal`at Sakkar"),
        ("Police in Bir al `Abid, Egypt, arrested two men.", "Bir al `Abid"),
        ("Traders in Ba'qoobah, Iraq, closed their shops.", "Ba'qoobah"),
    ],
)
def test_garbles_with_a_mark_are_read_whole(text: str, span: str) -> None:
    assert ("TQ301", span) in place_findings(text + "\n", ("TQ301",))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shops in Mahd adh Dhahab, Saudi Arabia, closed early for the heat.", "Mahd adh Dhahab"),
        ("A clinic opened in Jabal os Saraj, Afghanistan, on Sunday.", "Jabal os Saraj"),
        ("Floods cut the road to Hajian ki Dhok, Pakistan, for two days.", "Hajian ki Dhok"),
        ("Teachers in Pir jo Goth, Pakistan, went on strike.", "Pir jo Goth"),
        ("Farmers near Sheykh ol Eslami, Iran, said the river was dry.", "Sheykh ol Eslami"),
    ],
)
def test_a_name_linked_by_a_particle_is_one_place(text: str, name: str) -> None:
    assert name in _texts(text + "\n")
    assert place_findings(text + "\n", ("TQ301", "TQ306")) == []


def test_an_english_word_links_no_names() -> None:
    texts = _texts("Talks between Turkey and Iran began in Ankara.\n")
    assert "Turkey" in texts and "Iran" in texts
