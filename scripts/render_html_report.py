#!/usr/bin/env python3
"""Render the HTML report of ``examples/mt-draft.txt`` and check it in headless Chromium.

It writes ``report.html`` (the report as ``tqcheck check --format html`` writes it) and
``check.html`` (the same page with a checking script appended) to ``--out-dir``, runs
``chromium --headless --dump-dom`` on the second, and reads back what the script found in the
rendered page, after the report's own script has run:

- the filter bar was un-hidden by the report's script (so it ran, under the page's CSP);
- every finding has one highlight with its id, its fragments' text is the finding's text, and it
  is laid out (has a box) inside the article;
- the point at the middle of each highlight's first box hits a text node inside that highlight
  (the highlight is drawn over its own text, not somewhere else);
- the article's text content is the file's text exactly;
- focusing a highlight shows its message (the ``::after`` tooltip);
- unticking a severity hides that severity's list items and un-highlights its marks, and ticking
  it again restores them.

It also saves two screenshots: ``report.png`` (screen) and ``report-print.png`` (the print
stylesheet applied to the screen, to judge how the report prints).

Exit status: 0 when every check passes, 1 when one fails, 2 when Chromium is missing or cannot
run (install it with ``apt-get install -y chromium chromium-driver`` on Debian/Ubuntu).
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tqcheck.reporters import get_reporter  # noqa: E402
from tqcheck.runner import Checker, CheckOptions  # noqa: E402

EXAMPLE = ROOT / "examples" / "mt-draft.txt"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")

_CHECK_SCRIPT = r"""
(function(){
  var expected = __EXPECTED__, out = {marks: [], problems: []};
  function problem(text){ out.problems.push(text); }
  var form = document.getElementById('filters');
  out.filters_shown = !!form && !form.hidden;
  Object.keys(expected.files).forEach(function(prefix){
    var file = expected.files[prefix];
    var article = document.getElementById(prefix + '-text');
    if (!article) { problem(prefix + ': no article'); return; }
    if (article.textContent !== file.text) problem(prefix + ': article text differs from the file');
    var box = article.getBoundingClientRect();
    file.findings.forEach(function(f){
      var anchor = prefix + '-f' + f.index, first = document.getElementById(anchor);
      var rec = {anchor: anchor, rule: f.rule, text: f.text};
      out.marks.push(rec);
      if (!first || first.tagName !== 'MARK') { problem(anchor + ': no <mark>'); return; }
      var parts = document.querySelectorAll('mark[data-f="' + anchor + '"]');
      var joined = Array.prototype.map.call(parts, function(p){ return p.textContent; }).join('');
      rec.fragments = parts.length;
      rec.text_ok = joined === f.text;
      if (!rec.text_ok) problem(anchor + ' ' + f.rule + ': highlight text ' +
        JSON.stringify(joined) + ' is not ' + JSON.stringify(f.text));
      var rects = first.getClientRects();
      rec.boxes = rects.length;
      if (!f.text.trim()) { rec.placed = 'blank span, not hit-tested'; return; }
      if (!rects.length) { problem(anchor + ': highlight has no box'); return; }
      var r = rects[0];
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 ||
          r.bottom > box.bottom + 1) problem(anchor + ': highlight box outside the article');
      first.scrollIntoView({block: 'center'});
      r = first.getClientRects()[0];
      var x = r.left + Math.min(r.width / 2, 4), y = r.top + r.height / 2;
      var hit = document.caretRangeFromPoint(x, y);
      var node = hit && hit.startContainer;
      rec.placed = !!node && first.contains(node);
      if (!rec.placed) problem(anchor + ': the point on its box hits ' +
        (node ? JSON.stringify((node.textContent || '').slice(0, 30)) : 'nothing'));
    });
  });
  // Focus shows the message.
  var mark = document.querySelector('mark.hl[id]');
  if (mark) {
    mark.focus();
    out.focus_ok = document.activeElement === mark;
    // The computed content is a CSS string (quoted, quotes escaped): compare a quote-free part.
    var head = mark.getAttribute('data-rule') + ' [' + mark.getAttribute('data-sev') + ']';
    var tip = getComputedStyle(mark, '::after').content;
    out.page_has_focus = document.hasFocus();
    if (tip === 'none' && !out.page_has_focus) {
      // A headless page without window focus never matches :focus; read the stylesheet instead.
      var rules = Array.prototype.slice.call(document.styleSheets[0].cssRules);
      var rule = rules.filter(function(r){
        return r.selectorText && r.selectorText.indexOf('mark.hl[data-tip]:focus::after') >= 0;
      })[0];
      tip = rule ? 'stylesheet rule: content ' + rule.style.content : 'none';
      out.focus_ok = out.focus_ok && !!rule && rule.style.content === 'attr(data-tip)';
    } else {
      out.focus_ok = out.focus_ok && tip.indexOf(head) >= 0;
    }
    out.focus_tip = tip;
    if (!out.focus_ok) problem('focusing a highlight does not show its message');
    mark.blur();
  }
  // Filters: untick each severity, check, tick it again.
  ['error', 'warning', 'info'].forEach(function(sev){
    var box = form && form.querySelector('input[data-filter="sev"][value="' + sev + '"]');
    if (!box) { problem('no filter for ' + sev); return; }
    box.checked = false; box.dispatchEvent(new Event('change', {bubbles: true}));
    var items = document.querySelectorAll('li.item[data-sev="' + sev + '"]');
    var marks = document.querySelectorAll('mark.hl[data-sev="' + sev + '"]');
    var hidden = Array.prototype.every.call(items, function(i){
      return getComputedStyle(i).display === 'none'; });
    var plain = Array.prototype.every.call(marks, function(m){
      return m.classList.contains('off') && !m.hasAttribute('tabindex'); });
    box.checked = true; box.dispatchEvent(new Event('change', {bubbles: true}));
    var back = Array.prototype.every.call(items, function(i){
      return getComputedStyle(i).display !== 'none'; });
    out['filter_' + sev] = {items: items.length, marks: marks.length, hidden: hidden,
      unhighlighted: plain, restored: back};
    if (!(hidden && plain && back)) problem('the ' + sev + ' filter does not work');
  });
  window.scrollTo(0, 0);
  var pre = document.createElement('pre');
  pre.id = 'tq-check-result';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
"""


def find_browser(given: str | None) -> str | None:
    if given:
        return shutil.which(given) or (given if Path(given).is_file() else None)
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def browser_args(browser: str, size: str) -> list[str]:
    args = [browser, "--headless", "--disable-gpu", "--hide-scrollbars", f"--window-size={size}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    return args


def run_browser(args: list[str], timeout: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", type=Path, default=Path("/tmp/tqcheck-html-report"))
    parser.add_argument("--browser", help="Chromium binary (default: the first on PATH)")
    parser.add_argument("--file", type=Path, default=EXAMPLE, help="text to report on")
    parser.add_argument("--semantic", action="store_true", help="also run the TQ6xx checks")
    parser.add_argument("--timeout", type=int, default=120, help="seconds per Chromium run")
    options = parser.parse_args()

    browser = find_browser(options.browser)
    if browser is None:
        print(
            "render_html_report: Chromium not found (looked for "
            f"{', '.join(BROWSERS)} on PATH). Install it, e.g. "
            "'apt-get install -y chromium chromium-driver', or pass --browser PATH.",
            file=sys.stderr,
        )
        return 2

    out_dir: Path = options.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    result = Checker(CheckOptions(semantic=options.semantic)).run([str(options.file)])
    stream = io.StringIO()
    get_reporter("html")(result, stream)
    page = stream.getvalue()
    report = out_dir / "report.html"
    report.write_text(page, encoding="utf-8")
    expected = {
        "files": {
            f"file{number}": {
                "text": file.lines.text,
                "findings": [
                    {"index": index, "rule": f.rule, "text": f.text}
                    for index, f in enumerate(file.findings, 1)
                ],
            }
            for number, file in enumerate(result.files, 1)
            if file.lines is not None and not file.error
        }
    }
    data = json.dumps(expected, ensure_ascii=True).replace("</", "<\\/")
    check_script = _CHECK_SCRIPT.replace("__EXPECTED__", data)
    checked = page.replace("</body>", f"<script>{check_script}</script></body>")
    check_page = out_dir / "check.html"
    check_page.write_text(checked, encoding="utf-8")
    findings = sum(len(file.findings) for file in result.files)
    print(f"report: {report} ({len(page)} characters, {findings} findings)")
    print(f"browser: {browser}")

    try:
        dumped = run_browser(
            [
                *browser_args(browser, "1400,1800"),
                "--virtual-time-budget=5000",
                "--dump-dom",
                check_page.as_uri(),
            ],
            options.timeout,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"render_html_report: Chromium could not run: {exc}", file=sys.stderr)
        return 2
    match = re.search(r'<pre id="tq-check-result">(.*?)</pre>', dumped.stdout, re.S)
    if match is None:
        print(
            f"render_html_report: Chromium (exit {dumped.returncode}) gave no check result;"
            f" its stderr ends:\n{dumped.stderr[-2000:]}",
            file=sys.stderr,
        )
        return 2
    outcome = json.loads(html.unescape(match.group(1)))

    marks = outcome["marks"]
    placed = [m for m in marks if m.get("placed") is True]
    blank = [m for m in marks if isinstance(m.get("placed"), str)]
    split = [m for m in marks if m.get("fragments", 1) > 1]
    print(f"filter bar shown by the report's script: {outcome['filters_shown']}")
    print(
        f"highlights: {len(marks)} findings; text matches for "
        f"{sum(bool(m.get('text_ok')) for m in marks)}; drawn over their own text (hit test) "
        f"for {len(placed)}; {len(blank)} blank spans (line breaks) not hit-tested; "
        f"{len(split)} split into fragments"
    )
    for mark in marks:
        state = "ok" if mark.get("text_ok") and mark.get("placed") not in (False, None) else "FAIL"
        print(f"  {state:4} {mark['anchor']:10} {mark['rule']} {mark['text'][:50]!r}")
    focus = outcome.get("focus_tip")
    print(f"focus shows the message: {outcome.get('focus_ok')} ({focus!s:.70})")
    for sev in ("error", "warning", "info"):
        print(f"filter {sev}: {outcome.get('filter_' + sev)}")

    for name, css_media in (("report.png", None), ("report-print.png", "print")):
        target = out_dir / name
        source = report
        if css_media == "print":
            source = out_dir / "print.html"
            source.write_text(page.replace("@media print{", "@media all{"), encoding="utf-8")
        shot = run_browser(
            [
                *browser_args(browser, "1400,2600"),
                "--virtual-time-budget=2000",
                f"--screenshot={target}",
                source.as_uri(),
            ],
            options.timeout,
        )
        print(f"screenshot: {target}" if target.exists() else f"screenshot failed: {shot.stderr}")

    if outcome["problems"] or not outcome["filters_shown"]:
        print("FAILED:")
        for problem in outcome["problems"]:
            print(f"  {problem}")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
