"""The literal reading's romanised fallback pruned as its Arabic reading is (13Spd39): a name's
first romanised words whose consonant skeleton begins no skeleton key of the countries' places
are not followed by the words after them (``literal._LatinStarts``, ``keys.skeleton_start``),
and the Arabic reading's first words are asked with every article at once
(``_KnownStarts.any_article``). The pruning must lose no spelling that has a row: checked here
against the whole product on keys of my own."""

from __future__ import annotations

import itertools
import random

from tqcheck.gazetteer.garble.literal import (
    _joined,
    _KnownStarts,
    _LatinStarts,
    _romanised,
    _romanised_choices,
    shared_letter_once,
)
from tqcheck.gazetteer.garble.word_tables import CALENDAR, DERIVED, romanisations
from tqcheck.gazetteer.keys import (
    arabic_key,
    skeleton_start,
    skeleton_starts,
    skeletons,
)

# letters and clusters that meet across a word's end: "s" + "h" is "sh", "d" + "zh", "t" + "ch"
LETTERS = ["a", "i", "u", "s", "h", "d", "z", "t", "c", "k", "g", "j", "q", "r", "l", "n", "b"]
LETTERS += ["sh", "kh", "dzh", "ch", "tch", "'", "-", "é"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 5)))


def test_a_start_read_on_is_the_start_read_whole() -> None:
    rng = random.Random(39)
    for _ in range(3000):
        words = [_word(rng) for _ in range(rng.randint(1, 3))]
        text = words[0]
        read = skeleton_start(text)
        assert frozenset(read.variants) == skeleton_starts(text)
        for word in words[1:]:
            more = f" {rng.choice(['', 'al '])}{word}"
            text += more
            read = skeleton_start(more, read)
            assert frozenset(read.variants) == skeleton_starts(text), text


def test_every_skeleton_of_a_longer_name_begins_with_a_start() -> None:
    rng = random.Random(13)
    for _ in range(3000):
        start = " ".join(_word(rng) for _ in range(rng.randint(1, 2)))
        name = f"{start} {rng.choice(['', 'al '])}{_word(rng)}"
        starts = skeleton_starts(start)
        assert all(any(key.startswith(s) for s in starts) for key in skeletons(name)), name


# (English word, Arabic word, romanisations)
SPRING = [("spring", "عين", ("ain", "ayn", "ein")), ("spring", "ربيع", ("rabi",))]
STONE = [("stone", "حجر", ("hajar", "hadjar")), ("stone", "صخرة", ("sakhra",))]
WHITE = [("white", "ابيض", ("abyad", "abiad")), ("white", "بيضاء", ("bayda", "beida"))]
ONLY_EXACT = [("new", "جديد", DERIVED)]
MONDAY = [("monday", "اثنين", (*CALENDAR, "tnine"))]
KEYS = tuple(
    sorted(
        {
            key
            for name in ("Ain Hajar", "Beida", "Sakhra al Ain", "Tnine")
            for key in skeletons(name)
        }
    )
)


def _every_spelling(order: tuple[list[tuple[str, str, tuple[str, ...]]], ...], located: bool):  # type: ignore[no-untyped-def]
    """(choice, spelling) as the fallback made them before it was pruned, in its order."""
    for choice in itertools.product(*order):
        if not all(_romanised(latin, located) for _, _, latin in choice):
            continue
        for latin in itertools.product(*(romanisations(latin)[:3] for _, _, latin in choice)):
            for articles in itertools.product(("", "al "), repeat=len(latin) - 1):
                yield choice, _joined(latin, articles)


def test_no_spelling_with_a_row_is_lost() -> None:
    found = 0
    for words in ([SPRING, STONE, WHITE], [SPRING, STONE], [STONE, WHITE, SPRING]):
        for order in itertools.permutations(words):
            starts = _LatinStarts((KEYS,))
            made = [
                (choice, spelled)
                for choice in _romanised_choices(order, True, starts)
                for spelled in starts.names(tuple(romanisations(r)[:3] for _, _, r in choice))
            ]
            every = list(_every_spelling(order, True))
            with_row = [pair for pair in every if skeletons(pair[1]) & set(KEYS)]
            assert all(pair in made for pair in with_row)
            found += len(with_row)
            # in the product's own order, and fewer: the pruning prunes
            assert made == [pair for pair in every if pair in made]
            assert len(made) < len(every)
    assert found  # the keys are read, in some order of the words
    # "Ain Hajar", "Sakhra al Ain": both orders of the words, the article where the name has it
    starts = _LatinStarts((KEYS,))
    assert "ain hajar" in starts.names((("ain",), ("hajar",)))
    assert "sakhra al ain" in starts.names((("sakhra",), ("ain",)))
    assert starts.names((("rabi",), ("hadjar",))) == []


def test_entries_the_fallback_never_reads_end_their_choices() -> None:
    starts = _LatinStarts((KEYS,))
    assert list(_romanised_choices((ONLY_EXACT, SPRING), True, starts)) == []
    # a weekday's romanisations only where the copy puts a place
    assert list(_romanised_choices((MONDAY,), False, starts)) == []
    assert list(_romanised_choices((MONDAY,), True, starts)) == [(MONDAY[0],)]
    assert starts.names((("tnine",),)) == ["tnine"]


def test_a_name_in_upper_case_is_never_pruned() -> None:
    # ``_rows_in`` reads a name of no lower-case letter as a skeleton key itself
    starts = _LatinStarts((KEYS,))
    assert starts("XQZ")
    assert not starts("xqz")


ARABIC = ["عين", "حجر", "ابيض", "بيضاء", "صخرة", "رأس", "نهر", "رمل", "سوق", "قلعة", None]


def _begins_as_before(parts: tuple[str, ...], article: bool, keys: frozenset[str]) -> bool:
    """``_KnownStarts``' answer as 13Spd38 made it: the key of each spelling of the words
    joined, less its last letter, begins a key."""
    return any(
        any(key.startswith(arabic_key(spelled)[:-1]) for key in keys)
        for spelled in shared_letter_once(" ".join(parts), article)
    )


def test_any_article_answers_as_each_article_asked_alone() -> None:
    keys = frozenset(
        arabic_key(k)
        for k in ("عين الحجر", "راس النهر", "سوقلعة", "الصخرة البيضاء", "نهرمل", "رمل")
    )
    for words in itertools.chain(
        itertools.permutations(ARABIC, 1), itertools.permutations(ARABIC, 2)
    ):
        may_start = _KnownStarts(keys)
        alone = any(
            _begins_as_before(
                tuple(
                    ("ال" if art else "") + (a or "")
                    for a, art in zip(words, articles, strict=True)
                ),
                any(articles),
                keys,
            )
            for articles in itertools.product((False, True), repeat=len(words))
        )
        assert may_start.any_article(words) == alone, words
        assert may_start.any_article(words) == any(
            may_start(
                tuple(
                    ("ال" if art else "") + (a or "")
                    for a, art in zip(words, articles, strict=True)
                ),
                any(articles),
            )
            for articles in itertools.product((False, True), repeat=len(words))
        )


def test_the_key_of_words_is_their_keys_joined() -> None:
    # what ``_KnownStarts`` relies on: ``arabic_key`` normalises no letter across a space
    words = [w for w in ARABIC if w] + ["أبو", "إمام", "مؤمن", "ىى", "ة", "بِئْر"]
    for a, b in itertools.product(words, repeat=2):
        for left in (a, "ال" + a):
            assert arabic_key(f"{left} {b}") == arabic_key(left) + arabic_key(b)
