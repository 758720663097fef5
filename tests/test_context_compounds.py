"""Article geography: hyphenated pairs of country words and countries named as destinations
(issue 13). The sentences are the tqcheck team's own."""

from __future__ import annotations

from tqcheck.gazetteer.context import country_words_in, geography_of


def test_a_hyphenated_pair_of_nationality_words_names_both_countries() -> None:
    geography = geography_of("Talks on the Iran-Iraq water dispute resumed on Monday.")
    assert {"IR", "IQ"} <= geography.codes()
    assert not geography.borders


def test_a_hyphenated_pair_before_border_names_both_as_borders() -> None:
    geography = geography_of("Smugglers were caught on the Jordanian-Syrian border at dawn.")
    assert geography.codes() == {"JO", "SY"}
    assert geography.borders == {"JO", "SY"}
    # neither is named other than as a border: the copy lies by them, in either or a neighbour
    assert {"JO", "SY", "IQ"} <= geography.inside()


def test_each_word_of_the_pair_is_found_where_it_stands() -> None:
    text = "the Afghan-Pakistani frontier"
    assert [word for _, _, word in country_words_in(text)] == ["Afghan", "Pakistani"]


def test_a_country_word_joined_to_another_word_still_names_no_country() -> None:
    assert not list(country_words_in("Iran-backed militias held the bridge."))
    assert not list(country_words_in("Saudi-led coalition"))


def test_a_country_named_as_a_destination_does_not_set_the_copy() -> None:
    geography = geography_of(
        "Algerian coastguards stopped two boats carrying migrants bound for Italy overnight."
    )
    assert geography.codes() == {"DZ"}


def test_a_country_named_after_heading_for_the_is_a_destination() -> None:
    geography = geography_of(
        "Lorries heading for the United Arab Emirates queued at the Omani port."
    )
    assert "AE" not in geography.codes()
    assert "OM" in geography.codes()


def test_a_country_not_after_a_travel_phrase_still_counts() -> None:
    geography = geography_of("Italy said the boats bound for its coast had left from Libya.")
    assert {"IT", "LY"} <= geography.codes()
