"""Cold start and long-lived processes (13Spd40): the literal reading's memos are bounded
(``literal._Memo``: ``_LatinStarts`` and ``_KnownStarts`` are ``lru_cache`` entries that live as
long as a ``tqcheck serve`` or batch worker process), a bound that changes no answer; the
skeleton keys of ``_LatinStarts`` are read only when a text that needs them is asked; the
command raises the collector's young-generation threshold for itself only."""

from __future__ import annotations

import dataclasses
import gc
import itertools
import re

import pytest

import tqcheck.__main__ as command
from tqcheck import dataclass_code, patterns
from tqcheck.gazetteer.garble import literal
from tqcheck.gazetteer.garble.literal import _KnownStarts, _LatinStarts, _Memo
from tqcheck.gazetteer.keys import arabic_key, skeletons

NAMES = ("ain hajar", "sakhra al ain", "tizi")
KEYS = tuple(sorted({key for name in NAMES for key in skeletons(name)}))
WORDS = ["ain", "hajar", "sakhra", "al ain", "tizi", "ouzou", "bab", "souk", "ras", "zid"]
ARABIC = ["عين", "حجر", "صخرة", "رأس", "نهر", "سوق", None]


def test_a_memo_keeps_at_most_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(literal, "MEMO_BOUND", 5)
    memo: _Memo[int, int] = _Memo()
    for n in range(23):
        memo[n] = n * n
        assert 1 <= len(memo) <= 5
        assert memo[n] == n * n  # what was just set is there
    assert memo.get(0) is None  # emptied on the way


def test_the_bounded_memos_answer_as_unbounded_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [" ".join(words) for n in (1, 2) for words in itertools.permutations(WORDS, n)]
    romanised = [
        tuple((w,) for w in words) for n in (1, 2, 3) for words in itertools.permutations(WORDS, n)
    ]
    arabic = [words for n in (1, 2) for words in itertools.product(ARABIC, repeat=n)]
    known = frozenset(arabic_key(a) for a in ("عين حجر", "صخرة العين", "رأس النهر"))

    def answers() -> tuple[list[object], list[_LatinStarts | _KnownStarts]]:
        latin, may_start = _LatinStarts((KEYS,)), _KnownStarts(known)
        found: list[object] = [latin(t) for t in texts]
        found += [latin.names(r) for r in romanised] + [latin.any_of(r) for r in romanised]
        found += [may_start.any_article(a) for a in arabic]
        found += [may_start(tuple(a or "" for a in words), False) for words in arabic]
        return found, [latin, may_start]

    unbounded, _ = answers()
    monkeypatch.setattr(literal, "MEMO_BOUND", 7)
    bounded, readers = answers()
    assert bounded == unbounded
    assert any(unbounded)  # the keys are found by some of them
    memos = [memo for reader in readers for memo in vars(reader).values()]
    memos = [memo for memo in memos if isinstance(memo, dict)]
    assert len(memos) == 6 and all(isinstance(memo, _Memo) for memo in memos)
    assert all(len(memo) <= 7 for memo in memos)
    assert len(texts) > 7 and len(romanised) > 7  # more questions than the bound


def test_skeleton_keys_are_read_when_first_needed() -> None:
    read: list[int] = []

    def keys() -> tuple[tuple[str, ...], ...]:
        read.append(1)
        return (KEYS,)

    starts = _LatinStarts(keys)
    assert starts("XQZ")  # a name in upper case is its own key: nothing read
    assert read == []
    assert starts("ain hajar") and not starts("xqz")
    assert starts.names((("ain",), ("hajar",))) == ["ain hajar"]
    assert read == [1]  # read once


def test_the_command_raises_the_young_threshold_for_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = gc.get_threshold()
    ran: list[tuple[int, int, int]] = []
    kept: list[bool] = []

    def run(prog_name: str) -> None:
        ran.append(gc.get_threshold())
        # what its modules compile is kept (13Spd42): dataclasses' methods, re's patterns
        kept.append(vars(dataclasses).get("exec") is dataclass_code._exec)
        kept.append(re._compiler.compile is patterns._compile_for_re)  # type: ignore[attr-defined]

    monkeypatch.setattr("tqcheck.cli.main", run)
    try:
        command.main()
        assert ran == [(command.YOUNG_COLLECTION_THRESHOLD, *before[1:])]
        assert kept == [True, True]
    finally:
        gc.set_threshold(*before)
        dataclass_code.uninstall()
        patterns.uninstall()
    assert "exec" not in vars(dataclasses)
    assert re._compiler.compile is not patterns._compile_for_re  # type: ignore[attr-defined]
