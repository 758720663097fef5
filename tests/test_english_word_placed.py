"""TQ306 on English words that a sentence places as a town of the region's copy."""

from __future__ import annotations

from tqcheck.config import Config
from tqcheck.document import parse_document
from tqcheck.document.source import SourceText
from tqcheck.rules.registry import get_rule


def _findings(text: str) -> list[tuple[str, str]]:
    text += "\n"
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    rule = get_rule("TQ306")()
    rule.config = Config()
    return [(document.plain[f.start : f.end], f.message) for f in rule.check(document)]


def test_english_words_located_as_a_town_of_the_region_are_reported() -> None:
    found = _findings(
        "Israeli troops raided Biscuit Hill, west of Hebron, and detained several people."
    )
    assert [text for text, _ in found] == ["Biscuit Hill"]
    assert "no place of that name is known in Palestine" in found[0][1]
    found = _findings("Customs officers seized hashish at Lantern Bay, east of Algiers.")
    assert [text for text, _ in found] == ["Lantern Bay"]


def test_appositions_that_locate_loosely_still_locate() -> None:
    for after in ("just south of Sidon", "a few km north of Tyre", "close to the Litani river"):
        found = _findings(f"An Israeli drone struck a car in Biscuit Hill, {after}, in Lebanon.")
        assert [text for text, _ in found] == ["Biscuit Hill"], after
    found = _findings("Shops shut in Lantern Bay, the hometown of the slain activist, in Iran.")
    assert [text for text, _ in found] == ["Lantern Bay"]


def test_a_province_or_a_part_of_a_country_named_after_it_places_it_too() -> None:
    found = _findings(
        "Israeli strikes hit a house in the Tower of Crows in the central Gaza Strip."
    )
    assert [text for text, _ in found] == ["Tower of Crows"]
    found = _findings(
        "Jets struck positions in Velvet Market in North Darfur state, witnesses said."
    )
    assert [text for text, _ in found] == ["Velvet Market"]
    # a time phrase opening the sentence before a country's possessive is not placed
    assert _findings("During Ramadan, Israel refrained from raids on Jenin.") == []
    assert _findings("Last January, Iran's deputy environment minister spoke.") == []


def test_a_translated_phrase_with_of_is_read_whole() -> None:
    found = _findings("Algerian police seized resin in Well of the Ravens, on the coast near Oran.")
    assert [text for text, _ in found] == ["Well of the Ravens"]


def test_sentence_adverbs_landmarks_people_and_real_places_stay_quiet() -> None:
    assert _findings("Now, in Iran, officials hope the new cheetah cubs will breed.") == []
    assert _findings("Elsewhere, in southern Lebanon, two drones struck a car.") == []
    assert _findings("Crowds filled Martyrs Square, in central Beirut, on Saturday.") == []
    assert _findings("Ahmed, in Gaza City, said the strikes went on all night.") == []
    assert _findings("Rescuers reached Tyre, south of Sidon, before dawn.") == []


def test_outside_the_region_an_english_word_is_a_town_like_any_other() -> None:
    # Mobile, Alabama and Hope, Arkansas are real; copy set in the US is not read this way
    assert _findings("Storms hit Lantern Bay, south of Mobile in Alabama, on Monday.") == []


def test_a_time_word_with_a_country_after_it_is_not_placed() -> None:
    from tqcheck.gazetteer.garbles import unplaced_names

    text = (
        "Turkey's auto production fell.\n\n"
        "According to Association, 115 thousand cars were let out from factories in November in "
        "Turkey that is 20% less than year before.\n"
    )
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    assert [name.text for name in unplaced_names(document)] == []
    text = "Jets struck positions in Velvet Market in North Darfur state, they said.\n"
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    assert [name.text for name in unplaced_names(document)] == ["Velvet Market"]
