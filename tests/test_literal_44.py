"""Literal readings of the fourteenth session (issue 13, 14Lit44): a name TQ306 finds placed as a
town read in a strong slot (the lexicon's senses by consonant classes only to a name written with
the Arabic article), the article before a later word in consonant-class readings, the co-gloss
reading's town floor before its ranking, and a placed name's last noun as the diminutive MT left
unsaid. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.place_support import document_of, suggested_findings
from tqcheck.gazetteer.garble.literal import placed_literal
from tqcheck.gazetteer.garble.reading import candidate_at


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # the lexicon's sense read by consonant classes to a name GeoNames holds in Latin letters
        (
            "Date growers in the Ploughman, north of Basra, said the harvest was poor.",
            "Ploughman",
            "Al Harithah",
        ),
        (
            "Sheep traders in the Monarchy, a town of Hasakah province, Syria, said prices fell.",
            "Monarchy",
            "Al Malikiyah",
        ),
        (
            "Farmers in Valley of the Secret, west of Amman, said the spring had dried up.",
            "Valley of the Secret",
            "Wadi as Sir",
        ),
        # the article before the second word (عين العودة: Ain El Aouda)
        (
            "Police in Spring of the Return, near Rabat, arrested two men on Friday.",
            "Spring of the Return",
            "Ain El Aouda",
        ),
        # the last noun as its diminutive (غريب "little crow", of غراب "raven")
        (
            "The prison in Father of the Raven, west of Baghdad, was closed years ago.",
            "Father of the Raven",
            "Abu Ghurayb",
        ),
    ],
)
def test_a_name_the_sentence_places_is_given_its_literal_reading(
    text: str, span: str, name: str
) -> None:
    assert ("TQ306", span, name) in suggested_findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain flooded streets in the Big Castle, a town in northern Morocco.",
        "Rescue teams reached the Great Castle, in northern Morocco, after the floods.",
    ],
)
def test_the_article_before_the_adjective_is_read_by_consonant_classes(text: str) -> None:
    # القصر الكبير, Ksar El Kebir: KSR L KBR, no Arabic name in GeoNames
    found = suggested_findings(text)
    assert [(rule, name) for rule, _, name in found] == [("TQ301", "Ksar El Kebir")]


def test_the_co_gloss_reading_floors_towns_before_ranking_them() -> None:
    # "purpose" is عمد ('Amd, a hamlet) before مأرب (Ma'rib, a city) among the co-glosses
    found = suggested_findings("Tribal fighters regrouped in Purpose, a city east of Sanaa.")
    assert found == [("TQ301", "Purpose", "Marib")]


def test_a_lexicon_sense_read_by_classes_needs_the_article_in_the_name() -> None:
    # خمار "hangover" has the classes of Kamra, which writes no article: a chance match
    text = "Drivers in Hangover, a town of Khyber Pakhtunkhwa province, Pakistan, went on strike."
    assert suggested_findings(text) == [("TQ306", "Hangover", None)]
    document = document_of(text + "\n")
    start = text.index("Hangover")
    candidate = candidate_at(document, start, start + len("Hangover"))
    assert candidate is not None and placed_literal(candidate, {"PK"}) is None


def test_a_placed_name_no_table_reads_keeps_no_suggestion() -> None:
    text = "Fishermen in the Teapot, north of Basra, said the catch was poor."
    assert suggested_findings(text) == [("TQ306", "Teapot", None)]


def test_a_placed_name_is_read_only_in_the_region() -> None:
    document = document_of("Farmers in the Ploughman, north of Basra, said it rained.\n")
    candidate = candidate_at(document, 15, 24)
    assert candidate is not None and candidate.text == "Ploughman"
    assert placed_literal(candidate, {"FR", "DE"}) is None
    found = placed_literal(candidate, {"IQ"})
    assert found is not None and found.name == "Al Harithah" and found.country == "IQ"


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        (
            "A ferry carrying 300 passengers docked at the Five on Sunday after a storm.",
            "Five",
            "Al Khums",
        ),
        (
            "Delegates at the summit in the Sleep agreed to meet again next spring.",
            "Sleep",
            "Manama",
        ),
    ],
)
def test_a_placed_name_in_copy_naming_no_country_is_read_to_a_well_known_city(
    text: str, span: str, name: str
) -> None:
    assert suggested_findings(text) == [("TQ306", span, name)]


def test_a_placed_name_in_copy_naming_no_country_reads_no_small_town() -> None:
    # "the Ploughman" is Al Harithah (Iraq, under 100,000): read only where the copy sets Iraq
    text = "Delegates at the summit in the Ploughman agreed to meet again next spring."
    assert suggested_findings(text) == [("TQ306", "Ploughman", None)]


def test_a_literal_reading_beside_the_named_city_outranks_a_far_look_alike() -> None:
    # شروق "sunrise" is El Shorouk, east of Cairo; "Sunrise" sounds like Sinnuris, in Fayoum
    text = "Police raided a flat in Sunrise, a new town east of Cairo, on Tuesday."
    assert suggested_findings(text) == [("TQ301", "Sunrise", "El Shorouk")]
