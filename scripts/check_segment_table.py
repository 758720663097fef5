#!/usr/bin/env python3
"""Render the HTML report of a bilingual file and check its segment table in headless Chromium.

``python scripts/check_segment_table.py [FILE] --out-dir DIR [--screenshot docs/segment-table.png]``
(default FILE: ``tests/fixtures/bilingual/segments-2.0.xlf``). It appends a checking script to
the report, runs ``chromium --headless --dump-dom`` and reads back, from the rendered page:

- each source cell of an Arabic unit lays out right to left (computed ``direction: rtl``, and
  its first character drawn at the cell's right edge);
- each highlight in a target cell covers exactly the text the finding flags (its text equals the
  target slice computed here from the finding's unit offsets) and is drawn inside its cell;
- every unit of the file has a row.

Then it saves a screenshot. Exit 0 when every check passes, 1 when one fails, 2 when Chromium
is missing (``apt-get install -y chromium``). Reuses scripts/render_html_report.py's helpers.
"""

from __future__ import annotations

import argparse
import bisect
import html
import io
import json
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_html_report import browser_args, find_browser

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "fixtures" / "bilingual" / "segments-2.0.xlf"

_CHECK = r"""
(function () {
  const expected = __EXPECTED__;
  const problems = [];
  const rows = {};
  document.querySelectorAll("table.segments tbody tr").forEach((tr) => {
    rows[tr.dataset.unit] = tr;
  });
  const report = { rows: Object.keys(rows).length, rtl: [], marks: [] };
  for (const unit of expected.units) {
    const tr = rows[unit.id];
    if (!tr) { problems.push("no row for unit " + unit.id); continue; }
    const src = tr.querySelector("td.src");
    const tgt = tr.querySelector("td.tgt");
    if (unit.arabic) {
      const style = getComputedStyle(src);
      const range = document.createRange();
      const node = src.firstChild;
      range.setStart(node, 0); range.setEnd(node, 1);
      const first = range.getBoundingClientRect();
      const cell = src.getBoundingClientRect();
      const atRight = cell.right - first.right < 20;
      report.rtl.push({ unit: unit.id, direction: style.direction, firstAtRight: atRight });
      if (style.direction !== "rtl" || !atRight) problems.push("source of " + unit.id + " not RTL");
    }
    const marks = Array.from(tgt.querySelectorAll("mark"));
    unit.findings.forEach((f, i) => {
      const mark = marks.find((m) => m.dataset.rule === f.rule && !m.used);
      if (!mark) { report.marks.push({ unit: unit.id, rule: f.rule, found: false }); return; }
      mark.used = true;
      const text = mark.classList.contains("gap") ? "" : mark.textContent;
      const box = mark.getBoundingClientRect();
      const cell = tgt.getBoundingClientRect();
      const inside = box.left >= cell.left - 1 && box.right <= cell.right + 1 &&
        box.top >= cell.top - 1 && box.bottom <= cell.bottom + 1 && box.width > 0;
      const ok = text === f.text && inside;
      report.marks.push({
        unit: unit.id, rule: f.rule, text: text, expected: f.text, inside: inside, ok: ok,
      });
      if (!ok) problems.push("highlight " + f.rule + " in " + unit.id + " wrong");
    });
  }
  report.problems = problems;
  const pre = document.createElement("pre");
  pre.id = "tq-check-result";
  pre.textContent = JSON.stringify(report);
  document.body.appendChild(pre);
})();
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--out-dir", type=Path, required=True)
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--browser")
    parser.add_argument("--timeout", type=int, default=60)
    options = parser.parse_args()
    browser = find_browser(options.browser)
    if browser is None:
        print("check_segment_table: no Chromium (apt-get install -y chromium)", file=sys.stderr)
        return 2
    from tqcheck.config import Config
    from tqcheck.reporters.html_format import render
    from tqcheck.runner import Checker, CheckOptions

    del Config
    result = Checker(CheckOptions(select=("source", "term"), semantic=False)).run(
        [str(options.file)]
    )
    file = result.files[0]
    units = []
    for unit_id, (source, target, _state, offsets) in (file.units or {}).items():
        findings = []
        for finding in file.findings:
            if finding.unit != unit_id:
                continue
            start = finding.unit_offset or 0
            end = max(start, bisect.bisect_left(offsets, finding.end) if offsets else 0)
            findings.append({"rule": finding.rule, "text": target[start:end]})
        arabic = bool(re.search(r"[\u0600-\u06FF]", source))
        units.append({"id": unit_id, "arabic": arabic, "findings": findings})
    stream = io.StringIO()
    render(result, stream)
    page = stream.getvalue()
    options.out_dir.mkdir(parents=True, exist_ok=True)
    report = options.out_dir / "segments.html"
    report.write_text(page, encoding="utf-8")
    data = json.dumps({"units": units}, ensure_ascii=True).replace("</", "<\\/")
    check = options.out_dir / "segments-check.html"
    check.write_text(
        page.replace("</body>", f"<script>{_CHECK.replace('__EXPECTED__', data)}</script></body>"),
        encoding="utf-8",
    )
    dumped = subprocess.run(
        [
            *browser_args(browser, "1400,1200"),
            "--virtual-time-budget=3000",
            "--dump-dom",
            check.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=options.timeout,
        check=False,
    )
    match = re.search(r'<pre id="tq-check-result">(.*?)</pre>', dumped.stdout, re.S)
    if match is None:
        print(f"check_segment_table: no result from Chromium:\n{dumped.stderr[-1500:]}")
        return 2
    outcome = json.loads(html.unescape(match.group(1)))
    print(f"rows: {outcome['rows']} (units: {len(units)})")
    for item in outcome["rtl"]:
        print(
            f"  source {item['unit']}: direction {item['direction']}, "
            f"first character at the right edge: {item['firstAtRight']}"
        )
    for item in outcome["marks"]:
        state = "ok" if item.get("ok") else "FAIL"
        print(
            f"  {state:4} {item['unit']} {item['rule']} {item.get('text')!r} "
            f"(expected {item.get('expected')!r}, inside its cell: {item.get('inside')})"
        )
    if options.screenshot:
        shot = subprocess.run(
            [
                *browser_args(browser, "1400,1100"),
                "--virtual-time-budget=2000",
                f"--screenshot={options.screenshot.resolve()}",
                report.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=options.timeout,
            check=False,
        )
        print(
            f"screenshot: {options.screenshot}"
            if options.screenshot.exists()
            else f"screenshot failed: {shot.stderr[-500:]}"
        )
    problems = outcome["problems"] + (
        [f"{len(units)} units, {outcome['rows']} rows"] if outcome["rows"] != len(units) else []
    )
    for problem in problems:
        print(f"FAILED: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
