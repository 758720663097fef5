"""Copy that names no country of the region but names its companies, agencies or leaders
(issue 13, 13Noc38): ``region_figures.tsv`` read by ``context.figure_countries_in`` through
``clue_countries``, only where the article names no country. Sentences and places of our own."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings
from tqcheck.gazetteer.context import clue_countries, figure_countries_in, geography_of


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Output resumed at the field, Sonatrach said.", "DZ"),
        ("Aramco's shares rose on Tuesday.", "SA"),
        ("Crowds gathered at the tomb of Qassem Soleimani.", "IR"),
        ("An Assad-era prison was opened to journalists.", "SY"),
        ("The disaster agency AFAD sent tents.", "TR"),
        ("Tokayev signed the decree on Friday.", "KZ"),
    ],
)
def test_a_company_agency_or_leader_names_its_country(text: str, country: str) -> None:
    assert figure_countries_in(text) == {country}
    assert country in clue_countries(text)


def test_a_name_inside_another_word_or_a_common_given_name_alone_names_none() -> None:
    assert figure_countries_in("Ali Assadi and Sadatian wrote to the paper.") == set()
    # surnames that are common given names count only in full
    assert figure_countries_in("Abbas and Sharif met Salman in the lobby.") == set()
    assert figure_countries_in("Mahmoud Abbas spoke.") == {"PS"}


def test_a_figure_never_sets_the_geography_of_copy_naming_a_country() -> None:
    # the article's geography reads named countries only; the figure is a loose clue
    geography = geography_of("Erdogan's envoy met officials in Libya on Monday.")
    assert set(geography.inside()) == {"LY"}


def test_a_garble_in_copy_naming_only_a_figure_is_read_in_its_country() -> None:
    found = suggested_findings(
        "Landslides buried houses in villages around Garrison after heavy rain, AFAD said."
    )
    assert ("TQ301", "Garrison", "Giresun") in found
    found = suggested_findings(
        "Workers at the gas plant near Hassle Messaoud walked out, Sonatrach said."
    )
    assert [f[2] for f in found] == ["Hassi Messaoud"]
    # without the figure the copy names no country, and the look-alike stays unread
    quiet = "Landslides buried houses in villages around Garrison after rain, the agency said."
    assert suggested_findings(quiet) == []


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan met the French president in Paris on Monday.",
        "Tourists crowded the beaches of Antalya as Erdogan opened a new airport terminal.",
        "Mourners gathered in Kermanshah to mark the anniversary of Soleimani's death.",
        "The Aliyev government opened a new school in Shusha.",
    ],
)
def test_real_places_beside_a_figure_stay_quiet(text: str) -> None:
    assert suggested_findings(text) == []
