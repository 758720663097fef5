"""TQ306 on ordinary English copy that names no country of the region (issue 13, 18Prec52):
places WordNet records in the English-speaking world ("Wessex", "Lake District"), English's
fixed phrases "in X" ("Nurses in Unison"), a country that speaks after a comma ("the Hajj, Saudi
Arabia said"), and the region-wide literal reading kept to a place's Arabic name ("Doctors in
Training" is no Qatar); and the counting of benchmarks/ordinary_copy.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from tests.place_support import rule_spans, suggested_findings

ROOT = Path(__file__).resolve().parent.parent


def _found(text: str) -> list[str]:
    return rule_spans("TQ306", text)


@pytest.mark.parametrize(
    "text",
    [
        # places of the English-speaking world WordNet records (english_world_places.txt)
        "Farmers in Wessex said badger culls should continue.",
        "Farmers in Anglesey said the new wind farm would spoil the view.",
        "Visitors to the Lake District were asked to leave their cars at home.",
        # English's fixed phrase "in X" in headline case (english_in_phrases.txt)
        "Nurses in Unison voted to accept the pay offer by a narrow margin.",
        # the country after the comma speaks: it does not say where the rite is
        "Pilgrims in Mecca performed the final rites of the Hajj, Saudi Arabia said.",
    ],
)
def test_ordinary_english_copy_stays_quiet(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a word no list knows as English's own place or phrase is still a town's stand-in
        ("Dairy farmers in Cider said milk prices had fallen again.", "Cider"),
        # "in unison" is a phrase; "near Unison", "the streets of Unison" make a town of it
        ("Dairy farmers near Unison said milk prices had fallen again.", "Unison"),
        ("The streets of Unison were quiet on Sunday.", "Unison"),
    ],
)
def test_a_word_where_a_town_stands_is_still_reported(text: str, span: str) -> None:
    assert _found(text) == [span]


def test_region_wide_reading_keeps_to_a_places_arabic_name() -> None:
    # "training" = قطار read back by consonant classes to Qatar: no reading in copy naming no
    # country, which reads the whole region; the word is still reported, with no place
    text = "Doctors in Training told the inquiry the rotas were unworkable."
    assert suggested_findings(text) == [("TQ306", "Training", None)]
    # a city's Arabic name read word for word is kept ("the Five": الخمس, Al Khums)
    found = suggested_findings(
        "Rescuers brought 60 fishermen back to the Five after their boat sank."
    )
    assert [(rule, span) for rule, span, _ in found] == [("TQ306", "Five")]
    assert found[0][2] is not None


@pytest.fixture()
def ordinary_copy(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # the benchmark switches the recorded garbles off on import; monkeypatch restores the switch
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")
    path = ROOT / "benchmarks" / "ordinary_copy.py"
    spec = importlib.util.spec_from_file_location("ordinary_copy", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_probe_benchmark_counts_findings_per_rule_and_flagged_lines(
    ordinary_copy: ModuleType,
) -> None:
    lines = [
        "Dairy farmers in Cider said milk prices had fallen again.",
        "Farmers in Wessex said badger culls should continue.",
        "Police in Rotherham arrested two men after a stabbing on Saturday night.",
    ]
    per_rule, flagged = ordinary_copy.count_findings(lines)
    assert dict(per_rule) == {"TQ306": 1}
    assert [(line, [(rule, text) for rule, text, _ in found]) for line, found in flagged] == [
        (lines[0], [("TQ306", "Cider")])
    ]


def test_probe_benchmark_reads_two_halves_and_splits_them_by_a_seeded_shuffle(
    ordinary_copy: ModuleType,
) -> None:
    halves = ordinary_copy.read_halves(
        ["# a comment", "## half A", "First line.", "", "## half B", "Second line.", "# note"]
    )
    assert halves == {"A": ["First line."], "B": ["Second line."]}
    splits = ordinary_copy.split_names(halves)
    assert sorted(splits.values()) == ["held", "tune"]
    assert splits == ordinary_copy.split_names(halves)  # seeded: the same every run
    probe = ordinary_copy.read_halves(
        (ROOT / "benchmarks" / "devsets" / "ordinary" / "probe52.txt").read_text().splitlines()
    )
    assert sorted(probe) == ["A", "B"] and all(len(lines) >= 150 for lines in probe.values())
