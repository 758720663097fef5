"""The facts behind TQ405-TQ407 and TQ507-TQ509: fractions, changes, ages and births, years
since a year, lengths of time and their dates."""

from __future__ import annotations

from tqcheck.facts.ages import find_ages, find_births
from tqcheck.facts.anniversaries import find_years_since
from tqcheck.facts.changes import find_changes
from tqcheck.facts.dates import find_dates
from tqcheck.facts.fractions import find_fractions
from tqcheck.facts.spans import find_spans


def test_fractions_with_their_qualifiers() -> None:
    found = find_fractions("Nearly half voted, two-thirds stayed, a fifth left; the fifth day.")
    assert [(f.text, round(f.value, 3), f.qualifier) for f in found] == [
        ("Nearly half", 0.5, "below"),
        ("two-thirds", 0.667, "exact"),
        ("a fifth", 0.2, "exact"),
    ]


def test_a_change_in_either_order_with_its_amount_or_factor() -> None:
    (change,) = find_changes("Exports fell 20% to $8 million from $12 million.")
    assert (change.old.value, change.new.value) == (12e6, 8e6)
    assert change.amount is not None and change.amount.percent and change.amount.value == 20
    (change,) = find_changes("Rents tripled, from 100 to 300 dinars.")
    assert change.factor == 3 and change.amount is None
    assert find_changes("Prices rose from 2019 to 2023.") == []


def test_ages_now_and_at_a_year() -> None:
    now, at_year = find_ages("Haddad, 34, fled; in 1995, aged 25, she moved.")
    assert (now.years, now.now, now.holder) == (34, True, "Haddad")
    assert (at_year.years, at_year.now, at_year.year) == (25, False, 1995)
    (birth,) = find_births("Born on 3 March 1971 in Gyumri, he worked.")
    assert (birth.year, birth.month, birth.day) == (1971, 3, 3)
    assert find_births("The newborn and the first-born son") == []


def test_years_since_a_year() -> None:
    (one,) = find_years_since("They marked the 110th anniversary of the 1915 killings.")
    assert (one.years, one.year, one.anniversary) == (110, 1915, True)
    (two,) = find_years_since("It is a decade since the 2010 uprising.")
    assert (two.years, two.year, two.loose) == (10, 2010, True)
    assert find_years_since("Two years ago the 2019 vote was held.") == []


def test_a_date_before_a_small_number_is_still_a_date() -> None:
    (mention,) = find_dates("Talks resumed on 10 February, 10 days after the quake.")
    assert (mention.month, mention.day) == (2, 10)


def test_a_length_tied_to_its_dates() -> None:
    sentence = "The 10-day offensive, which began on 3 March, ended on 19 March."
    (span,) = find_spans(sentence, 0, find_dates(sentence))
    assert (span.count, span.unit, span.gap) == (10, "day", False)
    assert (span.first.day, span.second.day) == (3, 19)
    ranged = "The siege, a three-week one, lasted from 2 to 30 April."
    (span,) = find_spans(ranged, 0, find_dates(ranged))
    assert (span.first.day, span.second.day, span.first.month) == (2, 30, 4)
    loose = "A 20-year sentence was handed down on 3 May for crimes on 5 June 2001."
    assert find_spans(loose, 0, find_dates(loose)) == []


def test_a_counter_named_with_its_happening() -> None:
    (counter,) = find_dates("In the ninth week of the protests, students marched.")
    assert (counter.kind, counter.count, counter.unit, counter.subject) == (
        "counter",
        9,
        "week",
        "protests",
    )
    (counter,) = find_dates("Aid arrived on the siege's 60th day.")
    assert (counter.count, counter.unit, counter.subject) == (60, "day", "siege")
    assert find_dates("The third week of March was calm.") == []


def test_a_weekday_in_parentheses_after_a_date_is_the_dates() -> None:
    (mention,) = find_dates("They meet on Oct. 24 (Friday) in Kazan.")
    assert (mention.kind, mention.month, mention.day, mention.weekday) == ("absolute", 10, 24, 4)


def test_a_span_between_two_leap_days_with_no_year_near_a_leap_year_is_left_alone() -> None:
    from datetime import date

    from tqcheck.config import Config
    from tqcheck.document import parse_document
    from tqcheck.document.source import SourceText
    from tqcheck.runner import check_document

    text = "29 February 29 February in two weeks\n"
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    config = Config(select=("TQ509",), published=date(2001, 1, 1))
    assert check_document(document, config) == []  # no year 2000-2002 makes both real days
