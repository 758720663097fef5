"""A weekday's or a month's name dated by "on", "since", "last"... is a time, never a place
(issue 13, ninth session, lead): "Iraqi forces left on Friday, near the border with Syria" had
TQ306 on "Friday", the locating phrase after the comma placing the word before it. After "in"
a weekday may still be MT's place ("met in Monday": Dushanbe). Sentences are the lead's own."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, place_findings

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces left on Friday, near the border with Syria.",
        "Israeli strikes killed 12 people late on Tuesday, near the town of Rafah in Gaza.",
        "Jordanian police have searched the camp since Sunday, outside the city of Irbid.",
        "Egyptian ferries sailed again on Saturday, off the coast of Sinai.",
        "Syrian and Turkish officials met last Thursday, near the crossing at Bab al-Hawa.",
    ],
)
def test_a_dated_weekday_is_no_place(text: str) -> None:
    assert place_findings(text) == []


def test_a_weekday_after_in_may_still_be_a_place() -> None:
    text = "Ministers of the Central Asian states met in Monday to discuss water sharing."
    assert ("TQ301", "Monday") in place_findings(text)
    assert ("Monday", "Dushanbe") in [(g[0], g[3]) for g in garbles_in(text)]
