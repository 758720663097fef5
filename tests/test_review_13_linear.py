"""Review 13Rev13: three place-rule paths that read the whole document again for each name or
candidate (quadratic in long copy) read it once; each gives what the scan gave."""

from __future__ import annotations

import random
import re

import pytest

from tqcheck.document.model import Document
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.rules.place import tq306_english_word_as_place as tq306


def _document(text: str) -> Document:
    return parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))


TEXTS = [
    "Ryan Demir said Demir, Mr. Kessler and Kessler's son met Demir-Ali and _Demir at Demir",
    "Mr Holt, Holt_x, O'Holt and Holt-Smith; Sarah Holt. Holt",
    "Demir Demir Demir, Ryan Ryan Said and Said",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", ["Demir", "Kessler", "Holt", "Said", "Ryan", "Smith", "Ali"])
def test_a_surname_is_read_as_the_scan_read_it(text: str, name: str) -> None:
    scanned = any(
        garbles.person_first(hit.group(1))
        for hit in re.finditer(rf"\b([A-Z][a-z]+\.?)\s+{re.escape(name)}\b", text)
    )
    assert garbles.surname_in(text, name) == scanned


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", ["Demir", "Kessler", "Holt", "Said", "Ryan Said", "Holt-Smith"])
def test_a_names_occurrences_are_those_the_scan_found(text: str, name: str) -> None:
    pattern = rf"(?<![\w'’-]){re.escape(name)}(?![\w-])"
    assert tq306._occurrences(_document(text), name) == [
        hit.start() for hit in re.finditer(pattern, text)
    ]


def test_a_person_is_read_once_per_name(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    read = tq306._person_in
    monkeypatch.setattr(
        tq306, "_person_in", lambda d, n, *rest: asked.append(n) or read(d, n, *rest)
    )
    document = _document("Kessler said. " * 50)
    assert all(tq306._person(document, "Kessler") for _ in range(20))
    assert asked == ["Kessler"]


def test_spans_overlap_as_a_scan_of_every_span_says() -> None:
    rng = random.Random(13)
    for _ in range(200):
        spans = [(s, s + rng.randint(1, 30)) for s in rng.sample(range(500), 20)]
        index = garbles.Spans(spans)
        for _ in range(20):
            start = rng.randint(0, 520)
            end = start + rng.randint(1, 40)
            expected = any(s < end and start < e for s, e in spans)
            assert index.overlaps(start, end) == expected
