"""Sentence alignment: the dynamic programme on controlled embeddings, then the real encoder."""

from __future__ import annotations

import re

import numpy as np
import pytest

from tqcheck.bilingual.alignment import Bead, align, digit_numbers

DIMENSION = 512


class TopicEncoder:
    """Sentence "x12 ..." is topic 12: a one-hot vector; a joined pair is their normalised sum.

    Source and target sentences that share a topic are translations of each other, so the
    expected alignment is known exactly.
    """

    name = "topics"

    def encode(self, texts: list[str]) -> np.ndarray:
        rows = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for row, text in enumerate(texts):
            for topic in re.findall(r"x(\d+)", text):
                rows[row, int(topic)] += 1.0
            rows[row] /= max(float(np.linalg.norm(rows[row])), 1e-9)
        return rows


def sentences(prefix: str, topics: list[int | tuple[int, int]]) -> list[str]:
    out = []
    for topic in topics:
        if isinstance(topic, tuple):
            out.append(" ".join(f"{prefix} x{t} words words words." for t in topic))
        else:
            out.append(f"{prefix} x{topic} words words words.")
    return out


def shape(beads: list[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(bead.source, bead.target) for bead in beads]


def test_one_to_one() -> None:
    beads = align(sentences("s", [1, 2, 3]), sentences("t", [1, 2, 3]), TopicEncoder())
    assert shape(beads) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    assert all(bead.similarity == pytest.approx(1.0) for bead in beads)


def test_omission_and_addition() -> None:
    source = sentences("s", [1, 2, 3, 4])
    target = sentences("t", [1, 3, 99, 4])
    beads = align(source, target, TopicEncoder())
    assert shape(beads) == [
        ((0,), (0,)),
        ((1,), ()),
        ((2,), (1,)),
        ((), (2,)),
        ((3,), (3,)),
    ]
    assert beads[1].is_omission and beads[3].is_addition


def test_merges_both_ways() -> None:
    source = sentences("s", [1, 2, 3, 4, 5])
    target = sentences("t", [1, (2, 3), 4, 5])
    assert shape(align(source, target, TopicEncoder())) == [
        ((0,), (0,)),
        ((1, 2), (1,)),
        ((3,), (2,)),
        ((4,), (3,)),
    ]
    assert shape(align(target, source, TopicEncoder())) == [
        ((0,), (0,)),
        ((1,), (1, 2)),
        ((2,), (3,)),
        ((3,), (4,)),
    ]


def test_empty_sides() -> None:
    assert shape(align([], sentences("t", [1]), TopicEncoder())) == [((), (0,))]
    assert shape(align(sentences("s", [1, 2]), [], TopicEncoder())) == [((0,), ()), ((1,), ())]


def test_long_documents_are_aligned_in_a_band() -> None:
    """Past the full-grid limit only a band around the diagonal is visited; omissions
    still come out right."""
    topics = list(range(1, 400))
    dropped = {50, 51, 200, 333}
    target_topics = [t for t in topics if t not in dropped]
    beads = align(sentences("s", topics), sentences("t", target_topics), TopicEncoder())
    omitted = {topics[bead.source[0]] for bead in beads if bead.is_omission}
    assert omitted == dropped
    assert sum(1 for bead in beads if len(bead.source) == len(bead.target) == 1) == len(
        target_topics
    )


def test_digit_numbers_read_every_digit_system() -> None:
    assert digit_numbers("قتل ٣٣٬٠٠٠ شخص و۱۲ آخرون في 2020، بنسبة 2.5") == {
        "33000",
        "12",
        "2020",
        "2.5",
    }


def test_real_encoder_finds_a_dropped_sentence() -> None:
    from tqcheck.semantic.crosslingual import crosslingual_encoder

    source = [
        "أعلنت الحكومة حالة الطوارئ في الإقليم بعد الفيضانات.",
        "وقال المتحدث باسم الدفاع المدني إن فرق الإنقاذ أجلت مئات العائلات.",
        "وتوقعت الأرصاد الجوية هطول أمطار غزيرة حتى نهاية الأسبوع.",
        "وأغلقت المدارس في ثلاث مدن.",
    ]
    target = [
        "The government declared a state of emergency in the province after the floods.",
        "The weather service forecast heavy rain until the end of the week.",
        "Schools were closed in three cities.",
    ]
    beads = align(source, target, crosslingual_encoder())
    assert shape(beads) == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]
    assert all(bead.similarity > 0.4 for bead in beads if bead.source and bead.target)


def test_within_one_unit_a_merge_must_beat_its_best_part() -> None:
    # t0 translates s0 and says a little of s1: merging s0 and s1 is less like t0 than s0
    # alone, so within one unit (no paragraphs to go by) s1 is an omission, not hidden in a
    # merge; across paragraphs the merge is allowed as before.
    source = sentences("s", [1, 2, 3])
    target = ["t x1 x1 x1 x2 " + "words " * 9 + "words.", "t x3 words words words."]
    assert shape(align(source, target, TopicEncoder())) == [
        ((0,), (0,)),
        ((1,), ()),
        ((2,), (1,)),
    ]
    assert shape(align(source, target, TopicEncoder(), [0, 0, 1], [0, 1])) == [
        ((0, 1), (0,)),
        ((2,), (1,)),
    ]
