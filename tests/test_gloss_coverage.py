"""``benchmarks/gloss_coverage.py``: the literal bridge's gloss coverage measured on GeoNames place
names, split into a tune half and a held half by a seeded hash (issue 13)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def coverage() -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(
            "gloss_coverage", BENCHMARKS / "gloss_coverage.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCHMARKS))
    return module


def test_the_halves_are_a_stable_seeded_split_of_geonameids(coverage: ModuleType) -> None:
    halves = [coverage.half(str(n)) for n in range(100_000, 102_000)]
    assert halves == [coverage.half(str(n)) for n in range(100_000, 102_000)]
    assert 900 < halves.count("tune") < 1100  # about half each


def test_population_bands(coverage: ModuleType) -> None:
    assert [coverage.band(p) for p in (0, 999, 1_000, 50_000, 200_000, 3_000_000)] == [
        1,
        1,
        2,
        3,
        4,
        5,
    ]


def test_a_name_word_loses_its_article_and_a_clitic_before_it(coverage: ModuleType) -> None:
    assert coverage.name_word("الأبيض") == "ابيض"
    assert coverage.name_word("والنخيل") == "نخيل"
    assert coverage.name_word("بالقرب") == "قرب"
    assert coverage.name_word("الله") == "الله"


def test_a_word_is_reached_alone_with_its_taa_marbuta_or_as_a_solid_compound(
    coverage: ModuleType,
) -> None:
    known = {"تل", "ابيض", "زيبا", "شهر", "زيتونه"}
    assert coverage.reached("ابيض", known)
    assert coverage.reached("زيتون", known)  # the word with a final taa marbuta is known
    assert coverage.reached("زيباشهر", known)  # two known words written solid
    assert not coverage.reached("ادلب", known)


def test_coverage_counts_each_half_by_token_and_by_population_band(coverage: ModuleType) -> None:
    tune = next(str(n) for n in range(1, 100) if coverage.half(str(n)) == "tune")
    held = next(str(n) for n in range(1, 100) if coverage.half(str(n)) == "held")
    rows = {tune: (5, {"تل", "ادلب"}), held: (1, {"تل"})}
    figures = coverage.coverage(rows, {"تل"})
    assert figures["tune"]["tokens"] == 2 and figures["tune"]["covered"] == 1
    assert figures["tune"]["weighted"] == 10 and figures["tune"]["covered_weighted"] == 5
    assert figures["held"]["whole_names"] == 1 and figures["tune"]["whole_names"] == 0
    assert coverage.uncovered(rows, {"تل"})["tune"] == {"ادلب": 5}
