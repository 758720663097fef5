"""A speech attribution after a comma is no apposition (issue 13, ninth session, lead).

"on Monday, the city said" and "X, the town's mayor said" name the source of the story; the
noun after the comma does not describe the word before it, so that word is not located as a
place there (13Ctl29's sweep: a weekday got TQ306 in region copy, "Iraqi officials reopened
the bridge on Monday, the city said"). An apposition that goes on with a clause keeps
locating the name ("X, a town the army said it took"). Sentences are the lead's own."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, place_findings

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi officials reopened the bridge on Monday, the city said.",
        "Jordanian engineers repaired the main pipe on Sunday, the town said in a statement.",
        "Syrian troops shelled the outskirts of Idlib on Tuesday, the town's mayor said.",
        "The council in Basra reopened the fish market on Monday, the city council said.",
        "Turkish workers reopened the ferry port on Sunday, the province announced.",
        "Libyan police closed the coast road on Friday, the district's police chief told us.",
    ],
)
def test_a_source_after_a_comma_locates_nothing(text: str) -> None:
    assert place_findings(text) == []


@pytest.mark.parametrize(
    ("text", "garble", "place"),
    [
        (
            "Iraqi forces entered Ticket, the city where the uprising began, north of Baghdad.",
            "Ticket",
            "Tikrit",
        ),
        (
            "Armenian troops shelled Gabriel, a town the army said it had retaken, in Azerbaijan.",
            "Gabriel",
            "Jabrayil",
        ),
    ],
)
def test_an_apposition_going_on_with_a_clause_still_locates(
    text: str, garble: str, place: str
) -> None:
    assert ("TQ301", garble) in place_findings(text)
    assert (garble, place) in [(g[0], g[3]) for g in garbles_in(text)]
