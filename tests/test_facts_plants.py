"""Planted inconsistencies in a consistent article: each is caught at its line, and consistent
rewrites (digits to words, a weekday dropped, a date spelled out) add nothing.

tests/fixtures/facts/valley-offensive.txt is our own article, consistent with publication on
Thursday 2021-03-11: "5 more villages, namely" lists five; "yesterday, Wednesday" is March 10;
the fighting began on the 27th of last month (February 27), so on March 11 it is in its second
week; "last Saturday" is March 6; "Monday, March 1, 2021" was a Monday; "the third of this
month" is before publication.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import FIXTURES, make_document
from tqcheck.config import Config
from tqcheck.runner import check_document

ARTICLE = (FIXTURES / "facts" / "valley-offensive.txt").read_text(encoding="utf-8")
PUBLISHED = date(2021, 3, 11)
NUMBER_AND_DATE = ("TQ4", "TQ5")


def _findings(text: str, published: date | None = PUBLISHED) -> list[tuple[str, int]]:
    config = Config(select=NUMBER_AND_DATE, published=published)
    return [(f.rule, f.line) for f in check_document(make_document(text), config)]


def _plant(old: str, new: str, count: int = 1) -> str:
    assert ARTICLE.count(old) >= count, old
    return ARTICLE.replace(old, new, count)


def test_the_article_is_consistent() -> None:
    assert _findings(ARTICLE) == []
    assert _findings(ARTICLE, published=None) == []


PLANTS = [
    ("a list item lost", "namely Alvar, Berk Tepe and Corra", "namely Alvar and Corra", "TQ401", 3),
    ("a count in words off by one", "three points:", "four points:", "TQ401", 17),
    ("a label against its paragraph", "Five villages.", "Six villages.", "TQ402", 5),
    ("yesterday with the wrong weekday", "yesterday, Wednesday", "yesterday, Tuesday", "TQ502", 3),
    ("a weekday against a full date", "Monday, March 1", "Tuesday, March 1", "TQ501", 11),
    ("a week counter off", "entered its second week", "entered its fourth week", "TQ503", 7),
    (
        "a past event after publication",
        "on the third of this month",
        "on the twentieth of this month",
        "TQ503",
        11,
    ),
    ("last Saturday a week early", "last Saturday", "last Saturday, February 27", "TQ502", 7),
]


@pytest.mark.parametrize(
    ("old", "new", "rule", "line"),
    [pytest.param(old, new, rule, line, id=name) for name, old, new, rule, line in PLANTS],
)
def test_planted_inconsistency_is_caught_at_its_line(
    old: str, new: str, rule: str, line: int
) -> None:
    assert _findings(_plant(old, new)) == [(rule, line)]


def test_since_a_day_still_ahead() -> None:
    text = ARTICLE.replace(
        "fled the valley since the 27th of last month",
        "fled the valley since the 27th of this month",
    )
    assert _findings(text) == [("TQ503", 13)]


def test_without_a_publication_date_contradicting_weekdays_are_caught() -> None:
    text = _plant("lower valley on Tuesday", "lower valley today, Tuesday")
    assert _findings(text, published=None) == [("TQ504", 13)]
    # With the publication date, the same slip is a relative-date mismatch instead.
    assert _findings(text) == [("TQ502", 13)]


REWRITES = [
    ("digits to words", "taken 5 more villages", "taken five more villages"),
    ("words to digits", "Five villages.", "5 villages."),
    ("a weekday dropped", "yesterday, Wednesday", "yesterday"),
    ("a weekday dropped from a full date", "Monday, March 1, 2021", "March 1, 2021"),
    ("another approximation", "about 4,000 families", "some 4,000 families"),
    ("thousand in words", "about 30,000 people", "about 30 thousand people"),
    ("an ordinal in digits", "entered its second week", "entered its 2nd week"),
    ("the start spelled out", "began on the 27th of last month", "began on February 27"),
    ("last Saturday with its date", "last Saturday", "last Saturday, March 6"),
    ("yesterday as a full date", "yesterday, Wednesday,", "on Wednesday, March 10,"),
    ("a list in words", "three points:", "3 points:"),
]


@pytest.mark.parametrize(
    ("old", "new"), [pytest.param(old, new, id=name) for name, old, new in REWRITES]
)
def test_consistent_rewrite_adds_nothing(old: str, new: str) -> None:
    text = _plant(old, new)
    assert _findings(text) == []
    assert _findings(text, published=None) == []
