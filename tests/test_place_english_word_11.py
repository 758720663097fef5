"""TQ306 on ordinary English copy that names no country of the region (issue 13, 19Prec54): a
firm's name owning the head of an industry a firm runs as often as a town has it ("Wedgwood's
porcelain factory", slot "firm" of place_heads.tsv), a county ISO 3166-2 records by its bare or
inverted name ("County Cork", "County Durham"); and the fresh half of
benchmarks/ordinary_copy.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from tests.place_support import rule_spans, suggested_findings
from tqcheck.gazetteer.garble.slots import firm_head, place_head

ROOT = Path(__file__).resolve().parent.parent


def _found(text: str) -> list[str]:
    return rule_spans("TQ306", text)


@pytest.mark.parametrize(
    "text",
    [
        # a name English text knows owning a firm's head, in copy naming no country
        "Wedgwood's porcelain factory will close its museum shop in March.",
        "Scholastic's book fair opened in the school hall on Monday.",
        # a county with the noun English puts before it (ISO 3166-2: "Cork", "Durham, County")
        "Farmers in County Cork lost silage after weeks of heavy rain.",
        "Residents in County Durham said the bus cuts had left them stranded.",
    ],
)
def test_ordinary_english_copy_stays_quiet(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # English words, no name English text knows, before a firm's head: still a town's
        (
            "Some Guy's chemical plant was fined for a chlorine leak that sent 30 people to "
            "hospital.",
            "Some Guy",
        ),
        # a county no list knows
        ("Farmers in County Cider lost silage after weeks of heavy rain.", "County Cider"),
    ],
)
def test_a_word_where_a_town_stands_is_still_reported(text: str, span: str) -> None:
    assert _found(text) == [span]


def test_a_firms_head_still_opens_a_town_of_the_region() -> None:
    # the head stays a strong slot: a look-alike of a town of the copy's country is read
    text = (
        "Kaplan's copper mine resumed work after a two-day strike, the company said. The town "
        "is the capital of Armenia's Syunik province."
    )
    assert ("TQ301", "Kaplan", "Kapan") in suggested_findings(text)


def test_firm_head_reads_the_slot_of_place_heads() -> None:
    assert firm_head("Dow", "'s chemical plant was shut after a fire.")
    assert firm_head("Wedgwood", "'s porcelain factory will close.")
    assert place_head("Dow", "", "'s chemical plant was shut after a fire.") == "strong"
    # a head only a town has, a town's services: no firm's
    assert not firm_head("Kandahar", "'s airport was closed.")
    assert not firm_head("Tunis", "'s metro will raise fares.")
    # the noun phrase goes on past the head: no head at all
    assert not firm_head("Dow", "'s chemical plant manager said.")


@pytest.fixture()
def ordinary_copy(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")
    path = ROOT / "benchmarks" / "ordinary_copy.py"
    spec = importlib.util.spec_from_file_location("ordinary_copy_11", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_probe_benchmark_measures_a_fresh_half_apart_from_the_seeded_split(
    ordinary_copy: ModuleType, tmp_path: Path
) -> None:
    probe = tmp_path / "probe.txt"
    probe.write_text("## half A\nFirst line.\n## half B\nSecond line.\n", encoding="utf-8")
    fresh = tmp_path / "fresh.txt"
    fresh.write_text("# a comment\n## half fresh\nThird line.\n", encoding="utf-8")
    halves, splits = ordinary_copy.probe_halves(probe, fresh)
    assert halves == {"A": ["First line."], "B": ["Second line."], "fresh": ["Third line."]}
    assert splits["fresh"] == "fresh"
    # the first two halves split as without the fresh one
    assert {k: v for k, v in splits.items() if k != "fresh"} == ordinary_copy.split_names(
        {"A": [], "B": []}
    )
    halves, splits = ordinary_copy.probe_halves(ordinary_copy.PROBE, ordinary_copy.FRESH)
    assert len(halves["fresh"]) >= 150 and splits["fresh"] == "fresh"
