"""The literal reading's pruning of word choices (``literal._started_choices``): a three-word
name is tried in every order, sense and article of its words, and a first word whose Arabic
begins no known key is not followed by the senses after it. The pruning must lose no choice
that reads a place: checked here against the whole product on a key set of my own."""

from __future__ import annotations

import itertools

from tqcheck.gazetteer.garble.literal import (
    _KnownStarts,
    _started_choices,
    shared_letter_once,
    taa_marbuta_forms,
)
from tqcheck.gazetteer.keys import arabic_key

# (English word, Arabic word or None where the word is kept, romanisations)
WHITE = [("white", "ابيض", ()), ("white", "بيضاء", ())]
WELL = [("well", "بئر", ()), ("well", "عين", ()), ("well", "جيد", ())]
STONE = [("stone", "حجر", ()), ("stone", "صخرة", ())]
KEPT = [("Zarqal", None, ())]


def _forms(choice: tuple[tuple[str, str | None, tuple[str, ...]], ...]) -> set[str]:
    """Every key ``_literal_through`` looks up for ``choice``, all articles."""
    found = set()
    for articles in itertools.product((False, True), repeat=len(choice)):
        arabic = " ".join(
            ("ال" if art else "") + (a or "")
            for (_, a, _), art in zip(choice, articles, strict=True)
        )
        for spelled in shared_letter_once(arabic, any(articles)):
            found.update(form for form, _ in taa_marbuta_forms(arabic_key(spelled)))
    return found


KNOWN = frozenset(
    {
        arabic_key("بئر الابيض"),  # "Well of the White"
        arabic_key("عين حجر"),
        arabic_key("الصخرة البيضاء"),
        arabic_key("حجرة"),
    }
)


def test_no_choice_that_reads_a_key_is_lost() -> None:
    may_start = _KnownStarts(KNOWN)
    for order in itertools.permutations([WELL, WHITE, STONE]):
        everything = list(itertools.product(*order))
        kept = list(_started_choices(order, may_start))
        reading = [choice for choice in everything if _forms(choice) & KNOWN]
        assert all(choice in kept for choice in reading)
        # in the product's own order, and fewer of them: the pruning prunes
        assert kept == [choice for choice in everything if choice in kept]
        assert len(kept) < len(everything)


def test_two_words_and_a_kept_word() -> None:
    may_start = _KnownStarts(KNOWN)
    for order in itertools.permutations([WELL, WHITE]):
        kept = list(_started_choices(order, may_start))
        assert (WELL[0], WHITE[0]) in kept or order[0] is WHITE
        pruned = [c for c in itertools.product(*order) if c not in kept]
        assert not any(_forms(c) & KNOWN for c in pruned)
    # a kept word (no Arabic) after a first word that starts a key: still tried
    assert list(_started_choices((STONE, KEPT), may_start)) == [
        (STONE[0], KEPT[0]),
        (STONE[1], KEPT[0]),  # الصخرة begins الصخرة البيضاء
    ]
    # ... and a first word that begins no key, with the article or without: not
    assert list(_started_choices(([("good", "جيد", ())], KEPT), may_start)) == []


def test_a_start_is_a_key_prefix_less_its_last_letter() -> None:
    may_start = _KnownStarts(frozenset({arabic_key("حجرة")}))
    # "حجر" + a taa marbuta is the key: the start "حجر" (less its last letter, "حج") begins it
    assert may_start(("حجر",), False)
    assert not may_start(("بئر",), False)
