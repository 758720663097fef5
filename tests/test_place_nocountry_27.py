"""Real towns in copy naming no country (issue 13, eighth session, 13NoC27): a sweep of
GeoNames' towns of 15,000 or more of the region ("Residents of X said ...") found the reading
for copy naming no country heard a real town's own name, or another name GeoNames records for
it, as a well-known city's garble ("Tenez", Ténès, read as Tunis; "Jorm", Jurm, as Jahrom;
"Diba", Dibba, as Dubai), and read a part of a longer name ("Bani Na`im" as Bannu). With nothing
in the copy placing the name elsewhere, the exact name of a real town is that town, and a part
of a name is no city. MT's respellings, which no town goes by, are still read. Sentences and
places are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import place_findings
from tqcheck.gazetteer.garble.base import Candidate
from tqcheck.gazetteer.well_known import _name_runs_on

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        # a name GeoNames records for a real town of the region, as written
        "Residents of Tenez complained that the harbour road was still closed.",
        "The mayor of Tenez said the harbour road was open again.",
        "The people of Boghari said the market stayed shut on Sunday.",
        "The governor of Nabul said the beaches would reopen.",
        "The mayor of Kassarin said the clinic had no insulin.",
        "The mayor of Khorog said the pass was closed by snow.",
        "The mayor of Al-Khalil said the checkpoint was closed.",
        # ... that sounds like a far larger city: the town of the region is the one meant
        "The old quarter of Diba flooded on Monday.",
        "Residents of Qara said the catch had fallen.",
        # a part of a longer name: an ayn's mark, a particle or the ezafe cut the span
        "Residents of Bani Na`im said prices had doubled since spring.",
        "Residents of Mahd adh Dhahab said the schools had reopened.",
        "The mayor of Kut-e-`Abd Allah said clinics ran short of insulin.",
    ],
)
def test_a_real_town_in_copy_naming_no_country_stays_quiet(text: str) -> None:
    assert place_findings(text + "\n", ("TQ301", "TQ306")) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # respellings of well-known cities that no town goes by
        ("Families in Peshawur queued for drinking water on Monday.", "Peshawur"),
        ("The governor of Tabreez said the bazaar would reopen.", "Tabreez"),
        ("Shops in Sfakes stayed shut on Sunday after the strike.", "Sfakes"),
        ("Residents of Kwaita said the water had been cut.", "Kwaita"),
        # a possessive is no name running on
        ("Tabreez's bazaar reopened on Monday, the governor said.", "Tabreez"),
    ],
)
def test_respellings_of_well_known_cities_are_still_read(text: str, span: str) -> None:
    assert ("TQ301", span) in place_findings(text + "\n", ("TQ301",))


def _candidate(sentence: str, text: str) -> Candidate:
    at = sentence.index(text)
    return Candidate(at, at + len(text), text, "strong", None, False, around=sentence, around_at=at)


@pytest.mark.parametrize(
    ("sentence", "text", "runs_on"),
    [
        ("Residents of Bani Na`im said so.", "Bani Na", True),
        ("Residents of As Sibā‘īyah said so.", "As Sibā", True),
        ("Residents of Mahd adh Dhahab said so.", "Mahd", True),
        ("The mayor of Zahedan-e Yek said so.", "Zahedan-e", True),
        ("Tabreez's bazaar reopened.", "Tabreez", False),
        ("Residents of Tabreez, the old capital, said so.", "Tabreez", False),
        ("Residents of Sfakes as well as Gabes said so.", "Sfakes", False),
    ],
)
def test_name_runs_on(sentence: str, text: str, runs_on: bool) -> None:
    assert _name_runs_on(_candidate(sentence, text)) is runs_on
