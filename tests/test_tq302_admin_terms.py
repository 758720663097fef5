"""TQ302 for any region: a mistranslated unit word ("the Conservative of Nineveh"), a unit term
of the wrong country ("Nineveh state"), one unit called two things in one article, and the
ordinary English these words also make ("a conservative estimate", "the judiciary of Iraq")."""

from __future__ import annotations

import pytest

from tests.conftest import findings_for
from tqcheck.gazetteer.admin_units import kind_for_arabic, literal_words, units_named


def _tq302(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in findings_for(text + "\n", select="TQ302")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # محافظة read as "conservative": a first-level unit, so the term is suggested
        (
            "Gunmen attacked a checkpoint in the Conservative of Nineveh on Monday.",
            [("Conservative", "Governorate")],
        ),
        ("The Basra Conservative announced a curfew.", [("Conservative", "Governorate")]),
        (
            "Israeli forces raided a village in the Nablus Conservatism.",
            [("Conservatism", "Governorate")],
        ),
        (
            "Protests spread in the Khuzestan Conservative, officials said.",
            [("Conservative", "Province")],
        ),
        # ولاية read as "mandate": Sudan's units are states
        ("Officials in the Mandate of Khartoum said the road was closed.", [("Mandate", "State")]),
        # قضاء and ناحية below the first level: the town is known, the unit is not, so the
        # term is in the message, not in a suggestion a safe fix would apply
        ("Clashes in the Sinjar judiciary left three dead in Iraq.", [("judiciary", None)]),
        ("Fighters entered the aspect of Rabia near the border in Iraq.", [("aspect", None)]),
    ],
)
def test_mistranslated_unit_word(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _tq302(text) == expected


def test_mistranslated_word_names_the_country_term_in_the_message() -> None:
    [finding] = findings_for("Clashes in the Sinjar judiciary left three dead.\n", select="TQ302")
    assert "قضاء" in finding.message
    assert '"Sinjar district"' in finding.message
    [finding] = findings_for("Troops entered the Conservative of Nineveh.\n", select="TQ302")
    assert "mistranslation" in finding.message
    assert '"the governorate of Nineveh"' in finding.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops deployed in Nineveh state on Monday.", [("state", "governorate")]),
        ("The state of Gaziantep lies near the border.", [("state", "province")]),
        ("Rain fell in Khartoum governorate overnight.", [("governorate", "state")]),
        ("An earthquake struck the state of Kermanshah.", [("state", "province")]),
    ],
)
def test_unit_term_of_the_wrong_country(text: str, expected: list[tuple[str, str]]) -> None:
    assert _tq302(text) == expected


def test_one_unit_two_terms_in_one_article() -> None:
    text = "Clashes erupted in Idlib province.\n\nLater, drones struck the Idlib governorate.\n"
    found = findings_for(text, select="TQ302")
    assert [(f.text, f.suggestion) for f in found] == [("province", "governorate")]
    assert "Idlib is called a governorate and a province" in found[0].message


def test_curated_term_still_applies() -> None:
    assert _tq302("Shelling hit villages in Fuzuli state overnight.") == [("state", "district")]


@pytest.mark.parametrize(
    "text",
    [
        "The Conservative Party of Canada won the most seats in Alberta.",
        "Analysts gave a conservative estimate of the damage in Basra.",
        "The judiciary of Iraq has opened an investigation.",
        "The Kurdistan Region held elections on Sunday.",
        "The state of Israel was founded in 1948.",
        "Khartoum State authorities imposed a curfew.",
        "Fighting continued in Aleppo province, a war monitor said.",  # AP and Reuters usage
        "The Idlib governorate is home to three million people.",
        "The Free State government approved the budget.",
        "The convoy headed in the direction of Mosul.",
        "A Tehran conservative cleric criticised the deal.",
        "The preservation of Palmyra's ruins is a priority for UNESCO.",
        "The Gaziantep governorate said schools would reopen.",  # the governor's office
        "Every aspect of Baghdad life has been touched by the war.",
        "The Mandate of Palestine ended in 1948.",
        "Voters in the Kensington Conservative Association chose a chair.",
        "The Basra district council met on Monday.",  # a district of that name exists
        "Senators on the Senate Judiciary Committee questioned him.",
        "Talk of a Gaza state grew.",
        "Talks covered the future state of Jerusalem.",  # "state" as condition
        "Doctors described the state of Gaza's hospitals.",
        "Baghdad state television reported the attack.",
        "UNESCO funds the Conservation of Palmyra project.",  # a town, not a governorate
        "Preservation Of Nineveh Ruins Begins",  # a title-case headline
        # a lower unit's word after a first-level unit: English about its courts
        "The Tehran judiciary said it would appeal.",
        "The Kurdistan judiciary in Iraq ruled on Monday.",
    ],
)
def test_ordinary_english_is_quiet(text: str) -> None:
    assert _tq302(text) == []


def test_tables_are_consistent() -> None:
    # Every Arabic word a literal word stands for names a unit of some country.
    for literal in literal_words().values():
        assert kind_for_arabic("IQ", literal.arabic) or kind_for_arabic("SD", literal.arabic)
    # English names reach the ISO 3166-2 units; a name shared by two countries gives both.
    assert [u.code for u in units_named("Nineveh")] == ["IQ-NI"]
    assert [u.code for u in units_named("Deir ez-Zor")] == ["SY-DY"]
    assert {u.country for u in units_named("Red Sea")} == {"EG", "SD"}
