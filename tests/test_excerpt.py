"""The text format's excerpt: the line around the span, windowed to the terminal's width, with
the caret under the span, East Asian wide characters counted as two columns."""

from __future__ import annotations

import pytest
from wcwidth import wcswidth

from tqcheck.findings import Category, Finding, Severity
from tqcheck.reporters.text_format import _excerpt

LONG = (
    "Officials said on Sunday that the delegations had met twice in the capital. " * 4
    + "The talks in 東京都 and ソウル will will resume on Monday, the ministry said. "
    + "Both sides described the meeting as constructive and said more rounds would follow. " * 4
)


def _finding(line: str, text: str) -> Finding:
    start = line.index(text)
    return Finding(
        rule="TQ201",
        category=Category.ARTIFACT,
        severity=Severity.ERROR,
        start=start,
        end=start + len(text),
        line=7,
        column=start + 1,
        end_line=7,
        end_column=start + len(text) + 1,
        text=text,
        message="repeated word",
    )


def _under_caret(excerpt: str) -> tuple[str, str]:
    """(the text above the carets, in display columns; the shown line)."""
    shown, carets = excerpt.split("\n")
    assert wcswidth(shown[: shown.index("| ") + 2]) == wcswidth(carets[: carets.index("| ") + 2])
    body = shown[shown.index("| ") + 2 :]
    marks = carets[carets.index("| ") + 2 :]
    first = len(marks) - len(marks.lstrip(" "))
    count = len(marks.strip())
    # Walk the shown line in display columns and collect the characters under the carets.
    column, under = 0, ""
    for char in body:
        if first <= column < first + count:
            under += char
        column += wcswidth(char)
    return under, body


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("text", ["will will", "東京都", "ソウル", "Officials"])
def test_window_fits_and_the_caret_is_under_the_span(width: int, text: str) -> None:
    excerpt = _excerpt(LONG, _finding(LONG, text), color=False, width=width)
    for row in excerpt.split("\n"):
        assert wcswidth(row) <= width, row
    under, body = _under_caret(excerpt)
    assert under == text
    assert len(body) < len(LONG)  # windowed, not the whole paragraph
    assert body.startswith("…") or LONG.startswith(body.rstrip("…"))


def test_a_short_line_is_shown_whole() -> None:
    line = "The talks will will resume on Monday."
    excerpt = _excerpt(line, _finding(line, "will will"), color=False, width=80)
    under, body = _under_caret(excerpt)
    assert body == line and under == "will will"


def test_a_span_longer_than_the_window_is_cut_with_the_caret_to_the_edge() -> None:
    line = "Intro. " + "x" * 300 + " end."
    excerpt = _excerpt(line, _finding(line, "x" * 300), color=False, width=60)
    shown, carets = excerpt.split("\n")
    assert wcswidth(shown) <= 60 and shown.endswith("…")
    assert carets.rstrip().endswith("^") and wcswidth(carets) <= 60
