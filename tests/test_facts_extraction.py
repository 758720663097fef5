"""A positive and a negative corpus for the number and date extractors (Duckling style):
expressions that must resolve to given values against a fixed reference date, and strings
that must not parse. Our own sentences; the peer suites are measured in benchmarks/."""

from __future__ import annotations

from datetime import date

import pytest

from tqcheck.facts.dates import find_dates, resolve
from tqcheck.facts.enumerations import find_enumeration
from tqcheck.facts.quantities import attach_counted_thing, find_numbers

REFERENCE = date(2020, 10, 15)  # a Thursday

DAYS = [
    ("The vote was held on October 4, 2020.", "2020-10-04"),
    ("The vote was held on 4 October.", "2020-10-04"),
    ("The vote was held on Oct. 4.", "2020-10-04"),
    ("The vote was held on the 4th of October.", "2020-10-04"),
    ("The vote was held on 2020-10-04.", "2020-10-04"),
    ("The ministry said yesterday that it had no news.", "2020-10-14"),
    ("The ministry said today that it had no news.", "2020-10-15"),
    ("The ministry spoke the day before yesterday.", "2020-10-13"),
    ("A truce took effect last Saturday.", "2020-10-10"),
    ("The minister spoke on Wednesday.", "2020-10-14"),
    ("The minister spoke on Thursday.", "2020-10-15"),
    ("The envoys will meet on Monday.", "2020-10-19"),
    ("The envoys are due to meet next Monday.", "2020-10-19"),
    ("The fighting began on the 27th of last month.", "2020-09-27"),
    ("The town fell on the fourth of this month.", "2020-10-04"),
    ("The town fell on the twenty-first of last month.", "2020-09-21"),
    ("The talks resume on the 2nd of next month.", "2020-11-02"),
    ("The border closed two days ago.", "2020-10-13"),
    ("The border closed a week ago.", "2020-10-08"),
    ("They met on Wednesday, October 14, 2020 in Baku.", "2020-10-14"),
    ("A phone call yesterday, Wednesday, settled it.", "2020-10-14"),
    ("The election of December 20 was annulled.", "2019-12-20"),
    ("The summit will be held on December 20.", "2020-12-20"),
    ("They met the day before yesterday, Tuesday.", "2020-10-13"),
    ("They met day before yesterday.", "2020-10-13"),
    ("The talks will resume this Friday.", "2020-10-16"),
    ("The town fell on the fourth of October.", "2020-10-04"),
]


@pytest.mark.parametrize(("text", "expected"), DAYS)
def test_date_resolves(text: str, expected: str) -> None:
    mentions = [m for m in find_dates(text) if resolve(m, REFERENCE) is not None]
    assert len(mentions) == 1, mentions
    resolved = resolve(mentions[0], REFERENCE)
    assert resolved is not None and resolved.isoformat() == expected


KINDS = [
    ("The group was founded in 1992.", "year", {"year": 1992}),
    ("A war in the 1990s left thousands dead.", "decade", {"year": 1990}),
    ("The clashes entered their third week.", "counter", {"count": 3, "unit": "week"}),
    ("The strikes began earlier this month.", "period", {"direction": "earlier this month"}),
    ("Two days later the army withdrew.", "later", {"count": 2, "unit": "day"}),
    ("The protests began in October 2019.", "month_year", {"year": 2019, "month": 10}),
    ("A truce has held since 1994.", "year", {"year": 1994, "since": True}),
    # The calendar decides whether a day and month exist; a day without a year is read in a
    # leap year.
    ("The deal was signed on 29 February 2020.", "absolute", {"day": 29, "month": 2}),
    ("The deal was signed on 29 February.", "absolute", {"day": 29, "year": None}),
    ("The deal was signed on 29 February 2019.", "invalid", {"day": 29, "year": 2019}),
    ("The deal was signed on 31 April 2021.", "invalid", {"day": 31, "month": 4}),
    ("It was signed on the thirtieth of February.", "invalid", {"day": 30, "month": 2}),
]


@pytest.mark.parametrize(("text", "kind", "fields"), KINDS)
def test_date_kind(text: str, kind: str, fields: dict[str, object]) -> None:
    mentions = find_dates(text)
    assert [m.kind for m in mentions] == [kind]
    for name, value in fields.items():
        assert getattr(mentions[0], name) == value


NOT_DATES = [
    "25",
    "It may be too late.",
    "The 1990s group played in Baku.",
    "Protesters march on the parliament.",
    "Will said nothing.",
    "The car was parked near the square.",
    "There are 25 cases.",
    "He asked for a second opinion.",
    "The 31st of February never comes.",
    "The temple was built 3000 years ago.",
    "A charter of 5 December 1391 survives.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert [m for m in find_dates(text) if resolve(m, REFERENCE) is not None] == []
    assert [m.kind for m in find_dates(text) if m.kind in ("absolute", "decade")] == []


NUMBERS = [
    ("8 villages", 8, "cardinal", "exact"),
    ("30,000 people", 30000, "cardinal", "exact"),
    ("1.5 million people", 1_500_000, "cardinal", "exact"),
    ("eight villages", 8, "cardinal", "exact"),
    ("thirty thousand people", 30000, "cardinal", "exact"),
    ("30 thousand people", 30000, "cardinal", "exact"),
    ("twenty-one soldiers", 21, "cardinal", "exact"),
    ("three hundred and twelve homes", 312, "cardinal", "exact"),
    ("one hundred and fifty people", 150, "cardinal", "exact"),
    ("up to 700 people", 700, "cardinal", "max"),
    ("a dozen drones", 12, "cardinal", "exact"),
    ("about 30 tanks", 30, "cardinal", "approx"),
    ("more than 30 tanks", 30, "cardinal", "min"),
    ("at least 20 people", 20, "cardinal", "min"),
    ("nearly 40 homes", 40, "cardinal", "approx"),
    ("fewer than 10 buses", 10, "cardinal", "max"),
    ("20 to 30 tanks", 25, "cardinal", "range"),
    ("between 20 and 30 tanks", 25, "cardinal", "range"),
    ("41 per cent of voters", 41, "percent", "exact"),
    ("12% of voters", 12, "percent", "exact"),
    ("the third round", 3, "ordinal", "exact"),
    ("the 27th round", 27, "ordinal", "exact"),
]


@pytest.mark.parametrize(("text", "value", "kind", "qualifier"), NUMBERS)
def test_number(text: str, value: float, kind: str, qualifier: str) -> None:
    found = find_numbers(text)
    assert len(found) == 1, found
    assert (found[0].value, found[0].kind, found[0].qualifier) == (value, kind, qualifier)


def test_bounds() -> None:
    (more_than,) = find_numbers("more than 30 tanks")
    (exact,) = find_numbers("35 tanks")
    (about,) = find_numbers("about 30 tanks")
    (forty,) = find_numbers("40 tanks")
    assert more_than.compatible_with(exact)
    assert about.compatible_with(find_numbers("32 tanks")[0])
    assert not about.compatible_with(forty)
    assert not exact.compatible_with(forty)


@pytest.mark.parametrize(
    "text",
    ["No one was hurt.", "One of the villages fell.", "The deal was signed.", "hundreds of homes"],
)
def test_no_exact_count(text: str) -> None:
    assert [q for q in find_numbers(text) if q.kind == "cardinal" and q.value is not None] == []


COUNTED = [
    ("8 additional villages fell", "village", ("additional",), ()),
    ("43 villages and towns", "village", (), ("town",)),
    ("one city, Alpha", "city", (), ()),
    ("six police officers were hurt", "officer", ("police",), ()),
    ("18 villages north of the river", "village", (), ()),
    ("the two sides' agreement", "side", (), ()),
]


@pytest.mark.parametrize(("text", "head", "modifiers", "conjoined"), COUNTED)
def test_counted_thing(
    text: str, head: str, modifiers: tuple[str, ...], conjoined: tuple[str, ...]
) -> None:
    (number,) = find_numbers(text)
    quantity = attach_counted_thing(text, number, 0)
    assert (quantity.head, quantity.modifiers, quantity.conjoined) == (head, modifiers, conjoined)


def test_enumeration_groups_items_by_place_tail() -> None:
    text = (
        "The army took 8 additional villages from the rebels, namely Alpha, Bravo Hill, and "
        "Charlie of Delta district, in addition to Echo, Foxtrot, Golf Springs, India and "
        "Juliet in the district of Hotel."
    )
    (count,) = find_numbers(text)
    quantity = attach_counted_thing(text, count, 0)
    listed = find_enumeration(text, quantity.head_end, 0, quantity.value)
    assert listed is not None and not listed.partial
    assert listed.names == [
        "Alpha",
        "Bravo Hill",
        "Charlie",
        "Echo",
        "Foxtrot",
        "Golf Springs",
        "India",
        "Juliet",
    ]
    assert [item.group for item in listed.items][:3] == ["of Delta district"] * 3
    assert {item.group for item in listed.items[3:]} == {"in the district of Hotel"}
    for item in listed.items:
        assert text[item.start : item.end] == item.text


# -- news shapes added for issue 14 ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        ("The talks resumed on march 3.", "absolute", "2021-03-03"),
        ("It was signed on the fourth of july 1995.", "absolute", "1995-07-04"),
        ("The strike began on the 15th.", "day_of_month", "2021-02-15"),
        ("The vote will be held on the 15th.", "day_of_month", "2021-03-15"),
        ("The council will meet again in two weeks.", "ahead", "2021-03-24"),
        ("The vote is due two weeks from now.", "ahead", "2021-03-24"),
        ("The file sales_report-2002-10-09.xlsx was leaked.", "absolute", "2002-10-09"),
        ("The envoy will return on the 20th day of next month.", "month_day", "2021-04-20"),
        ("He met the minister on monday.", "weekday", "2021-03-08"),
    ],
)
def test_news_date_shapes(text: str, kind: str, day: str) -> None:
    (mention,) = [m for m in find_dates(text) if m.kind == kind]
    resolved = resolve(mention, date(2021, 3, 10))
    assert resolved is not None and resolved.isoformat() == day


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Theresa May said the plan may work.", []),
        ("Thousands march 3 miles to the square.", []),
        ("It was the first rise in two years.", []),
        ("They met for the second time on the 4th floor.", []),
        ("Protesters march on monday and tuesday.", ["monday"]),
        ("We meet monday.", []),
        ("monday", ["monday"]),
        ("Prices fell 3 mar the view.", []),
        ("The meeting is on 14 nov, at noon.", ["14 nov"]),
    ],
)
def test_lower_case_and_spans_that_are_no_day(text: str, read: list[str]) -> None:
    assert [m.text for m in find_dates(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("They took 8 and 2 more villages.", [("8", 8.0), ("2", 2.0)]),
        ("It cost £11million and $1.5m.", [("11million", 11e6), ("1.5m", 1.5e6)]),
        ("The 802.11n standard spread.", []),
        ("He was 14½ years old.", [("14½", 14.5)]),
        ("Prices rose 5 to 10 percent.", [("5 to 10 percent", 7.5)]),
        ("She was the 1,000th visitor.", [("1,000th", 1000.0)]),
        ("They built a 1m wall.", []),
    ],
)
def test_number_misreadings_from_earlier_notes(text: str, read: list[tuple[str, float]]) -> None:
    assert [(q.text, q.value) for q in find_numbers(text)] == read


def test_a_range_followed_by_percent_is_a_percentage() -> None:
    (quantity,) = find_numbers("Prices rose 5 to 10 percent.")
    assert (quantity.kind, quantity.low, quantity.high) == ("percent", 5.0, 10.0)


def test_weekday_after_tonight_also_dates_the_full_date() -> None:
    mentions = find_dates("The rally is tonight, Sunday, September 29.")
    assert [(m.kind, m.weekday) for m in mentions] == [("relative_day", 6), ("absolute", 6)]


# A date that is its whole sentence (a heading or schedule line) has no clause to take a tense
# from: it is read as the coming day, as Duckling and dateparser's PREFER_DATES_FROM "future" do.
# A date in a sentence keeps the tense of its verb (or the past when there is none).
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Friday", "2020-10-16"),
        ("thursday", "2020-10-22"),
        ("On Tuesday:", "2020-10-20"),
        ("This Monday.", "2020-10-19"),
        ("10 December", "2020-12-10"),
        ("Aug 8", "2021-08-08"),
        ("In two weeks.", "2020-10-29"),
        ("In three weeks' time.", "2020-11-05"),
        ("The minister spoke on Tuesday.", "2020-10-13"),
        ("The vote was held on 10 December.", "2019-12-10"),
        ("Talks in Geneva on Tuesday", "2020-10-13"),
    ],
)
def test_a_date_standing_alone_is_the_coming_one(text: str, day: str) -> None:
    (mention,) = find_dates(text)
    resolved = resolve(mention, REFERENCE)
    assert resolved is not None and resolved.isoformat() == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("He paid $12 December 27 for it.", date(2019, 7, 4), "2018-12-27"),
        ("I'll go back July 1st, 17th times.", date(2018, 4, 7), "2018-07-01"),
        ("The envoy will return on the 20th of the next month.", REFERENCE, "2020-11-20"),
        ("The last leap day was 29 February.", date(2020, 1, 1), "2016-02-29"),
        ("The next leap day will be 29 February.", date(2021, 1, 1), "2024-02-29"),
    ],
)
def test_day_month_shapes_from_the_suites(text: str, published: date, day: str) -> None:
    days = [resolve(m, published) for m in find_dates(text)]
    assert day in [d.isoformat() for d in days if d is not None]
