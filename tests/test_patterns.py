"""Regular expressions compiled from code kept in the cache (issue 13: cold start): the same
patterns as ``re.compile`` makes, read back by a later process without parsing them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cache_support import run_in_cache
from tqcheck import patterns

_CASES = [
    (r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)", 0),
    (
        r"""
        \b(?:more|fewer)\s+than   # a bound
        \s+(\d+)
     """,
        re.VERBOSE | re.IGNORECASE,
    ),
    (r"(?<![\w-])(?:Gaza|Ḩalab|Kəlbəcər)(?!\w)", 0),
    (r"(?i:ab)c|d(e)?", re.MULTILINE | re.DOTALL),
]


@pytest.mark.parametrize(("source", "flags"), _CASES)
def test_a_pattern_is_the_one_re_compile_makes(source: str, flags: int) -> None:
    made = patterns.compile(source, flags)
    expected = re.compile(source, flags)
    assert made == expected  # the same pattern, flags and code
    assert made.groupindex == expected.groupindex and made.groups == expected.groups
    text = "On 14 March Gaza; Ḩalab and ABc, more than 5, dE\n"
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_a_bad_pattern_raises_as_re_compile_does() -> None:
    with pytest.raises(re.error):
        patterns.compile(r"(unclosed")


_SCRIPT = """
import sys
from tests.cache_support import run_in_cache
from tqcheck import patterns
if sys.argv[1] == "read":
    def refuse(*args, **kwargs):
        raise AssertionError("compiled again")
    patterns._compiled = refuse
made = patterns.compile(r"(?P<n>\\d+)\\s+(?:dead|killed)", 2)
print(made.match("12 killed").group("n"))
"""


def _run(cache: Path, mode: str) -> subprocess.CompletedProcess[str]:
    return run_in_cache(_SCRIPT, cache, mode)


def test_a_later_process_reads_the_code_back_without_parsing(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _run(cache, "write")
    assert first.stdout.strip() == "12", first.stderr
    assert len(list((cache / "gazetteer").glob("patterns-*.pickle"))) == 1
    second = _run(cache, "read")
    assert second.stdout.strip() == "12", second.stderr


def test_a_read_only_cache_means_compiling_as_usual(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o555)
    for _ in range(2):
        run = _run(cache, "write")
        assert run.stdout.strip() == "12", run.stderr
    assert list(cache.iterdir()) == []


def _pattern_keys(cache: Path) -> set[tuple[str, int]]:
    import pickle

    found = set()
    for path in (cache / "gazetteer").glob("patterns-*.pickle"):
        with path.open("rb") as handle:
            found |= set(pickle.load(handle))
    return found


def test_a_check_under_another_hash_seed_compiles_no_pattern_again(fixtures: Path) -> None:
    # Alternations built from sets ("state nouns", administrative terms) are sorted longest
    # first with ties alphabetical: a tie left in set order gave each process another pattern
    # text, compiled again and stored again (a 45 MB pickle after a few thousand checks).
    cache = Path(os.environ["TQCHECK_CACHE_DIR"])
    article = fixtures / "mt-article.txt"
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-m", "tqcheck", "check", "--no-semantic", "-q", str(article)],
            capture_output=True,
            text=True,
            env=env,
        )
        assert run.returncode in (0, 1), run.stderr
        if seed == "1":
            before = _pattern_keys(cache)
    assert before and _pattern_keys(cache) == before


def test_longest_first_is_one_order_whatever_the_input_order() -> None:
    words = ["north", "east", "south-east", "west", "north-east"]
    expected = ["north-east", "south-east", "north", "east", "west"]
    backwards = words[::-1]
    assert sorted(words, key=patterns.longest_first) == expected
    assert sorted(backwards, key=patterns.longest_first) == expected
