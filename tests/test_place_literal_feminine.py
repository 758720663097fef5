"""Literal translations (issue 13, 19Lv54): the Arabic feminine adjective standing alone as a
noun (البيضاء, الزرقاء, الخضراء), which English makes a noun with "the ... Woman" or "the ...
Lady" as it does with "the ... One"; then only the adjective's feminine forms name the place.
Sentences are the engineer's own, in no dev set."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.garble import literal

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        "Libyan officials said fighting in the Green Lady had stopped.\n",
        "Libyan officials said fighting in the Green Woman had stopped.\n",
    ],
)
def test_the_adjective_woman_is_the_feminine_adjective(text: str) -> None:
    # الخضراء, the feminine of أخضر "green": Al Khadra', Libya, as "the Green One" reads
    assert [g for g in garbles_in(text) if g[1] == "literal"] == [
        (text.split("the ")[1].split(" had")[0], "literal", "LY", "Al Khadra’")
    ]


def test_only_the_feminine_forms_are_read() -> None:
    options = [[("white", "أبيض", ()), ("white", "بيضاء", ()), ("white", "سفيد", ())]]
    assert literal._feminine_only(options) == [[("white", "بيضاء", ())]]
    assert literal._feminine_only([[("white", "أبيض", ())]]) is None
    assert literal.is_feminine("شرقية") and literal.is_feminine("زرقاء")
    assert not literal.is_feminine("أزرق") and not literal.is_feminine(None)


def test_woman_and_lady_are_the_heads_and_girl_is_not() -> None:
    assert literal.feminine_adjective_heads() == frozenset({"woman", "lady"})
    assert garbles.adjective_one is literal.adjective_one


@pytest.mark.parametrize(
    "text",
    [
        # no place slot: a person, a nickname
        "Fans in Riyadh cheered the Green Woman as she arrived for talks with the club.\n",
        "The First Lady visited Amman on Monday and met officials.\n",
    ],
)
def test_a_woman_outside_a_place_slot_stays_unread(text: str) -> None:
    assert [g for g in garbles_in(text) if g[1] == "literal"] == []
