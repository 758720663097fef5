"""The HTML report shows a bilingual file as a segment table: unit id and state, the source
right to left when Arabic, the target with a mark over each finding's span, the findings.
(scripts/check_segment_table.py checks the same page laid out in headless Chromium.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_main

FIXTURE = ROOT / "tests" / "fixtures" / "bilingual" / "segments-2.0.xlf"


def test_segment_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "tqcheck.toml"
    config.write_text("[terms]\ndefault = true\n", encoding="utf-8")  # the sample terms
    argv = ["check", "--no-semantic", "--select", "TQ72,TQ8", "--config", str(config)]
    code, out, err = run_main([*argv, "--format", "html", str(FIXTURE)], capsys)
    assert code == 1, err
    assert '<table class="segments"' in out
    assert '<pre class="article"' not in out  # no raw XML pane for a bilingual file
    rows = re.findall(r'<tr class="(has|clean)" data-unit="([^"]+)">(.*?)</tr>', out)
    assert [(kind, unit) for kind, unit, _ in rows] == [
        ("has", "u1"),
        ("has", "u2"),
        ("has", "u3"),
        ("clean", "u4"),
    ]
    first = rows[0][2]
    assert 'class="chip state">translated<' in first
    assert '<td class="src" dir="rtl" lang="ar">اجتمع رؤساء مجموعة مينسك' in first
    marks = re.findall(r'<mark class="[^"]*" title="[^"]*" data-rule="(TQ\d+)">([^<]*)</mark>', out)
    assert marks == [
        ("TQ801", "Minsk group"),
        ("TQ722", "("),
        ("TQ720", "People were killed, according to the United Nations."),
        ("TQ723", "https://example.org/new"),
        ("TQ724", "  "),
    ]
    assert "→ Minsk Group" in first


def test_plain_article_keeps_the_article_pane(capsys: pytest.CaptureFixture[str]) -> None:
    article = str(ROOT / "examples" / "mt-draft.txt")
    _, out, _ = run_main(
        ["check", "--no-semantic", "--select", "TQ1", "--format", "html", article], capsys
    )
    assert '<pre class="article"' in out and '<table class="segments"' not in out
