"""Death tolls in their wordings (tqcheck/facts/tolls.py, behind TQ402)."""

from __future__ import annotations

from tests.conftest import make_document
from tqcheck.facts.analysis import document_facts
from tqcheck.facts.tolls import find_tolls, same_happening


def _tolls(text: str) -> list[tuple[str, int]]:
    document = make_document(text)
    spans = document.sentences()
    texts = [document.plain[s.start : s.end] for s in spans]
    found = find_tolls(document_facts(document).quantities, texts, [s.start for s in spans])
    return [(t.quantity.text, t.sentence_index) for t in found]


def test_tolls_with_a_noun_without_one_and_after_a_toll_phrase() -> None:
    text = (
        "A blast killed at least 12 people. The blast killed nine. "
        "Officials put the death toll from the blast at 14. Four of the dead were police."
    )
    assert _tolls(text) == [("at least 12", 0), ("nine", 1), ("14", 2)]


def test_parts_and_other_counts_are_no_tolls() -> None:
    text = "A second blast killed four more. The blast wounded 30 people. 13 of the dead were men."
    assert _tolls(text) == []


def test_one_happening_named_again_with_the() -> None:
    document = make_document(
        "A fire swept through a dormitory, killing 17 people. The fire at the dormitory killed 21."
    )
    spans = document.sentences()
    texts = [document.plain[s.start : s.end] for s in spans]
    first, second = find_tolls(document_facts(document).quantities, texts, [s.start for s in spans])
    assert same_happening(first, second) == "the same fire"
