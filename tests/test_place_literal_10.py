"""Literal translations, tenth pass (issue 13, 13Lit10): a generic word translated and the
specific part of the name kept in Latin letters, read by spelling against places GeoNames
records with no Arabic name: "My Lord X" keeps the romanisation of سيدي (Sidi X), and "camp" is
also the Urdu and Punjabi ڈیرہ (Dera X), in either order ("Camp of X", "X's Camp"), the specific
part one word or a two-word name. Sentences and places are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer import garbles

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "my lord" = سيدي, "bennour" kept: Sidi Bennour has no Arabic name in GeoNames
        (
            "Moroccan farmers in My Lord Bennour, south of El Jadida, said the rains came too "
            "late.\n",
            ("My Lord Bennour", "literal", "MA", "Sidi Bennour"),
        ),
        # "camp" = ڈیرہ (dera), "ghazi" kept, "khan" = خان
        (
            "Floods cut the road to Camp of Ghazi Khan in Pakistan's Punjab province on Monday.\n",
            ("Camp of Ghazi Khan", "literal", "PK", "Dera Ghazi Khan"),
        ),
        # the specific part a two-word name, both words kept (``_may_keep``)
        (
            "Pakistani police in Camp of Murad Jamali arrested two men, Pakistan said.\n",
            ("Camp of Murad Jamali", "literal", "PK", "Dera Murad Jamali"),
        ),
        # the possessive is the construct state in the other order: Dera Bugti
        (
            "Pakistani troops killed four militants near Bugti's Camp, in Balochistan province, "
            "Pakistan said.\n",
            ("Bugti's Camp", "literal", "PK", "Dera Bugti"),
        ),
    ],
)
def test_generic_translated_specific_kept(text: str, found: tuple[str, str, str, str]) -> None:
    assert found in garbles_in(text)


def test_my_keeps_the_romanisation_of_a_form_already_suffixed() -> None:
    forms = dict(garbles.with_my([("سيدي", ("sidi",)), ("سيد", ("sayyid",))]))
    assert forms["سيدي"] == ("sidi",)  # the entry already is "my lord": its romanisation kept
    assert garbles.with_my([("باب", ("bab",))]) == [("بابي", garbles.DERIVED)]  # made by rule


@pytest.mark.parametrize(
    "text",
    [
        # the place's own name, and an English name kept beside "camp", stay quiet
        "Moroccan farmers in Sidi Bennour said the rains came too late.\n",
        "Pakistani officials said the Camp David talks were a model for the region.\n",
        # a title, not a place
        "A cleric in Morocco thanked My Lord Governor for the new mosque.\n",
    ],
)
def test_quiet(text: str) -> None:
    assert not [g for g in garbles_in(text) if g[1] == "literal"]
