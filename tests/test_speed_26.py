"""The garble reader's speed-ups answer as before (issue 13, 13Spd26: cold start of a
garble-dense article): a bounded reading cost stops early only past its bound, the edit
similarity compares its moves without ``min``, the index remembers places and spellings without
handing out its memory, and ``find_garbles`` asks ``is_worth_resolving`` once per candidate."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from tqcheck.document.model import Document
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles, geonames, through_arabic
from tqcheck.gazetteer.garble import reading
from tqcheck.gazetteer.keys import arabic_key


def _pairs(count: int) -> list[tuple[str, str]]:
    """Folded Latin spellings with Arabic keys that read them, some a letter off (my own,
    made from the readings table: no dev set's names)."""
    readings, unwritten = through_arabic._table()
    letters = sorted({c for options in readings.values() for a, _ in options for c in a})
    letters += sorted(set(unwritten) - set(letters))
    clusters = sorted(readings)
    chance = random.Random(26)
    pairs = []
    for _ in range(count):
        parts = [chance.choice(clusters) for _ in range(chance.randint(1, 6))]
        arabic = "".join(chance.choice(readings[part])[0] for part in parts)
        if arabic and chance.random() < 0.5:  # a letter put for another
            at = chance.randrange(len(arabic))
            arabic = arabic[:at] + chance.choice(letters) + arabic[at + 1 :]
        pairs.append(("".join(parts), arabic))
    return pairs


@pytest.mark.parametrize("bound", [0.0, 0.1, 0.5, 1.0])
def test_a_bounded_reading_cost_is_the_whole_cost_within_its_bound(bound: float) -> None:
    within = 0
    for latin, arabic in _pairs(1500):
        whole = through_arabic.reading_cost(latin, arabic)
        bounded = through_arabic.reading_cost(latin, arabic, bound)
        if whole <= bound:
            assert bounded == whole, (latin, arabic)
            within += 1
        else:  # only known to be above the bound
            assert bounded > bound, (latin, arabic)
    assert within >= 100  # the sample reaches the bound's side too


def test_a_reading_at_no_cost_stays_one_under_any_bound() -> None:
    key = arabic_key("بتروبافل")
    assert through_arabic.reading_cost("bitrubafl", key, 0.0) == 0.0
    assert through_arabic.reading_cost("kirkuk", key, 0.5) > 0.5  # another name


def _plain_similarity(first: str, second: str) -> float:
    """:func:`geonames.weighted_similarity` as written before, each cell a ``min``."""
    substitutions, indels = geonames.edit_costs()
    default = geonames.EDIT_COST_DEFAULT
    a, b = geonames._letters(first), geonames._letters(second)
    if not a or not b:
        return 0.0
    previous = [0.0]
    for char in b:
        previous.append(previous[-1] + indels.get(char, default))
    for x in a:
        drop = indels.get(x, default)
        current = [previous[0] + drop]
        for j, y in enumerate(b):
            swap = 0.0 if x == y else substitutions.get((min(x, y), max(x, y)), default)
            current.append(
                min(previous[j] + swap, previous[j + 1] + drop, current[j] + indels.get(y, default))
            )
        previous = current
    return 1.0 - previous[-1] / max(len(a), len(b))


def test_the_weighted_similarity_is_the_plain_edit_distance() -> None:
    substitutions, indels = geonames.edit_costs()
    chance = random.Random(13)
    letters = "abcdefghijklmnopqrstuvwxyz"
    for _ in range(3000):
        first = "".join(chance.choice(letters) for _ in range(chance.randint(0, 11)))
        second = "".join(chance.choice(letters) for _ in range(chance.randint(0, 11)))
        expected = _plain_similarity(first, second)
        assert geonames.weighted_similarity(first, second, substitutions, indels) == expected
    assert geonames.weighted_similarity("Dzhalilabad", "Jalilabad", substitutions, indels) > 0.5


def test_the_index_remembers_a_place_and_its_spellings_without_handing_out_its_memory() -> None:
    index = garbles.geonames_index()
    places = index.exact("Mosul")
    if not places:
        pytest.skip("no GeoNames index")
    place = places[0]
    assert index.get(place.geonameid) == place == index.get(int(place.geonameid))
    assert index.get("0") is None and index.get("0") is None  # no such place, asked twice
    spellings = index.spellings(place)
    assert ("Mosul", "name") in spellings or any(s == "Mosul" for s, _ in spellings)
    spellings.append(("Not a spelling", "alternate"))
    assert ("Not a spelling", "alternate") not in index.spellings(place)


def _document(text: str) -> Document:
    return parse_document(SourceText("speed.txt", text, "utf-8", b"", text.encode()))


def test_find_garbles_asks_worth_resolving_once_per_candidate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: Counter[tuple[int, str]] = Counter()
    worth = reading.is_worth_resolving

    def counted(candidate: garbles.Candidate) -> bool:
        asked[(candidate.start, candidate.text)] += 1
        return worth(candidate)

    monkeypatch.setattr(reading, "is_worth_resolving", counted)
    text = (
        "Police in Tawrirt, in eastern Morocco, said two men were held. Officials in "
        "Casablanca and Rabat said the market in Oujda stayed open. Karim Tazi, a trader, "
        "said prices rose.\n"
    )
    found = garbles.find_garbles(_document(text))
    assert asked and max(asked.values()) == 1
    names = {garble.text: garble.name for garble in found}
    assert "Tawrirt" in names  # Taourirt, as 13Reg26's reading has it
    for real in ("Casablanca", "Rabat", "Oujda", "Karim", "Tazi"):  # places and a person
        assert real not in names


def test_resolve_in_context_still_asks_worth_resolving_of_its_own_callers() -> None:
    person = garbles.Candidate(0, 5, "Salih", "weak", None, False)
    assert not garbles.is_worth_resolving(person)
    assert garbles.resolve_in_context(person, {"IQ"}) is None
