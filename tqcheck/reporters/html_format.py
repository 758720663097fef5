"""``--format html``: one self-contained page an editor reads in a browser.

For each file: a summary (counts by severity and category, words, publication date), the article
with every finding's span highlighted, the list of findings, and the places the text names with
their canonical names. No network and no external assets: the CSS and a small script are inline,
and the page reads fine with scripts disabled (only the filters need the script).

Highlights are ``<mark>`` elements, nested where spans nest. Where two spans cross (neither
contains the other), the later one is split into fragments: its first fragment carries the
``id`` and ``tabindex``, every fragment carries ``data-f``, and the fragments' text joined is the
finding's text. Stripping the tags from the article gives back the file's text exactly.
"""

from __future__ import annotations

import bisect
import html
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TextIO

from tqcheck import __version__
from tqcheck.findings import Category, Finding, Severity
from tqcheck.reporters.summary import summarise
from tqcheck.runner import FileResult, RunResult

_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_CATEGORIES = tuple(Category)


def _e(value: object) -> str:
    """Escaped text; a carriage return is written as a reference so that the HTML parser's
    newline normalisation cannot turn CRLF into LF."""
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


def _suggestion_text(finding: Finding) -> str | None:
    if finding.suggestion is None:
        return None
    return finding.suggestion if finding.suggestion else "(delete)"


_VISIBLE_SPACE = str.maketrans({"\r": "", "\n": "↵", "\t": "→", " ": "·"})


def _shown_span(text: str) -> str:
    """The flagged text for the list; a span of only whitespace is shown with visible marks."""
    if text.strip():
        return f"“<bdi>{_e(text)}</bdi>”"
    if not text:
        return '<span class="none">(an empty span)</span>'
    return f'<span class="blank" title="whitespace">{_e(text.translate(_VISIBLE_SPACE))}</span>'


def _name(finding: Finding) -> str:
    """The rule's name (doubled-phrase); empty for a code no rule has."""
    from tqcheck.errors import SelectionError
    from tqcheck.rules.registry import get_rule

    try:
        return get_rule(finding.rule).name
    except SelectionError:
        return ""


def _tip(finding: Finding) -> str:
    tip = f"{finding.rule} {_name(finding)} [{finding.severity.value}] {finding.message}"
    suggestion = _suggestion_text(finding)
    if suggestion is not None:
        tip += f" Suggestion: {suggestion}"
    return tip


@dataclass(slots=True)
class _Span:
    """One finding's highlight while the article is written."""

    index: int  # the finding's number within its file
    finding: Finding
    prefix: str  # the file's id prefix
    started: bool = False  # whether the first fragment (with the id) has been written

    @property
    def anchor(self) -> str:
        return f"{self.prefix}-f{self.index}"

    def open_tag(self) -> str:
        finding = self.finding
        classes = f"hl cat-{finding.category.value} sev-{finding.severity.value}"
        if not finding.text.strip():
            classes += " ws"
        attrs = [
            f'class="{classes}"',
            f'data-f="{self.anchor}"',
            f'data-rule="{_e(finding.rule)}"',
            f'data-cat="{finding.category.value}"',
            f'data-sev="{finding.severity.value}"',
        ]
        if not self.started:
            attrs += [
                f'id="{self.anchor}"',
                'tabindex="0"',
                f'title="{_e(_tip(finding))}"',
                f'data-tip="{_e(_tip(finding))}"',
                f'aria-describedby="{self.prefix}-d{self.index}"',
                f'data-n="{self.index}"',
            ]
            self.started = True
        else:
            attrs.append('data-cont=""')  # a later fragment of a span that crosses another
        return "<mark " + " ".join(attrs) + ">"


def highlight(text: str, findings: list[Finding], prefix: str) -> str:
    """``text`` escaped, with a ``<mark>`` around each finding's span (see the module doc)."""
    spans = [_Span(index, finding, prefix) for index, finding in enumerate(findings, 1)]
    starts: dict[int, list[_Span]] = {}
    ends: dict[int, list[_Span]] = {}
    for span in spans:
        start = max(0, min(span.finding.start, len(text)))
        end = max(start, min(span.finding.end, len(text)))
        starts.setdefault(start, []).append(span)
        ends.setdefault(end, []).append(span)
    for group in starts.values():
        # Longer spans open first so that shorter ones nest inside them.
        group.sort(key=lambda s: (-s.finding.end, s.finding.rule, s.index))
    out: list[str] = []
    stack: list[_Span] = []
    cursor = 0
    for position in sorted(set(starts) | set(ends)):
        out.append(_e(text[cursor:position]))
        cursor = position
        open_now = {id(span) for span in stack}
        closing = {id(span) for span in ends.get(position, []) if id(span) in open_now}
        reopen: list[_Span] = []
        while closing:
            top = stack.pop()
            out.append("</mark>")
            if id(top) in closing:
                closing.discard(id(top))
            else:
                reopen.append(top)
        for span in reversed(reopen):
            out.append(span.open_tag())
            stack.append(span)
        for span in starts.get(position, []):
            out.append(span.open_tag())
            if span.finding.end <= position:  # an empty span
                out.append("</mark>")
            else:
                stack.append(span)
    out.append(_e(text[cursor:]))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def _file_text(file: FileResult) -> str | None:
    if file.lines is None:
        return None
    return file.lines.text


@dataclass(frozen=True, slots=True)
class _Place:
    line: int
    column: int
    text: str
    slot: str
    canonical: str | None
    kind: str | None
    country: str | None
    admin_unit: str | None
    method: str | None


def _places(path: str, text: str) -> list[_Place] | None:
    """The place mentions of ``text`` as ``tqcheck places`` lists them; ``None`` if they cannot
    be worked out (the report then has no places table)."""
    try:
        from tqcheck.document import decode_bytes, parse_document
        from tqcheck.gazetteer.mentions import place_mentions

        document = parse_document(decode_bytes(text.encode("utf-8"), path))
        places = []
        for mention in place_mentions(document):
            line, column = document.lines.position(mention.start)
            match = mention.match
            entry = match.entry if match else None
            places.append(
                _Place(
                    line=line,
                    column=column,
                    text=mention.text,
                    slot=mention.slot,
                    canonical=entry.name if entry else None,
                    kind=entry.kind if entry else None,
                    country=entry.country if entry else None,
                    admin_unit=(entry.admin_unit or None) if entry else None,
                    method=match.method if match else None,
                )
            )
        return places
    except Exception:  # the table is a convenience: never let it break the report
        return None


def _count_list(label: str, counts: Iterable[tuple[str, int, str]]) -> str:
    items = "".join(
        f'<li><span class="chip {cls}">{_e(name)}</span> {count}</li>'
        for name, count, cls in counts
    )
    return f'<div class="counts"><h4>{label}</h4><ul>{items}</ul></div>'


def _summary(file: FileResult, text: str | None) -> str:
    findings = file.findings
    severities = Counter(f.severity for f in findings)
    categories = Counter(f.category for f in findings)
    parts = ['<div class="summary">']
    parts.append(
        _count_list(
            "By severity",
            ((s.value, severities[s], f"sev-{s.value}") for s in _SEVERITIES),
        )
    )
    parts.append(
        _count_list(
            "By category",
            ((c.value, categories[c], f"cat-{c.value}") for c in _CATEGORIES if categories[c]),
        )
    )
    if file.published is not None:
        published = f"{_e(file.published.isoformat())} (given)"
    elif file.published_inferred:
        published = f"not given; the text's dates fit <bdi>{_e(file.published_inferred)}</bdi>"
    else:
        published = "not given"
    lines = file.lines.line_count if file.lines is not None and text else 0
    parts.append(
        '<dl class="facts">'
        f"<dt>Findings</dt><dd>{len(findings)}</dd>"
        f"<dt>Words</dt><dd>{file.words}</dd>"
        f"<dt>Lines</dt><dd>{lines}</dd>"
        f"<dt>Publication date</dt><dd>{published}</dd>"
        "</dl></div>"
    )
    return "".join(parts)


def _unit_chip(finding: Finding) -> str:
    """Bilingual files: the translation unit (and its segment state) the finding lies in."""
    if finding.unit is None:
        return ""
    state = f" · {_e(finding.unit_state)}" if finding.unit_state else ""
    return f' <span class="chip unit">unit {_e(finding.unit)}{state}</span>'


def _finding_list(findings: list[Finding], prefix: str) -> str:
    if not findings:
        return '<p class="none">No findings.</p>'
    items = []
    for index, finding in enumerate(findings, 1):
        anchor = f"{prefix}-f{index}"
        suggestion = _suggestion_text(finding)
        fix = (
            f'<div class="fix">Suggestion: <bdi class="sugg">{_e(suggestion)}</bdi></div>'
            if suggestion is not None
            else ""
        )
        items.append(
            f'<li id="{prefix}-i{index}" class="item cat-{finding.category.value}'
            f' sev-{finding.severity.value}" data-cat="{finding.category.value}"'
            f' data-sev="{finding.severity.value}" data-target="{anchor}">'
            f'<a class="pos" href="#{anchor}" title="Show in the article">'
            f"{finding.line}:{finding.column}</a> "
            f'<code class="rule">{_e(finding.rule)}</code> '
            f'<span class="rule-name">{_e(_name(finding))}</span> '
            f'<span class="chip sev-{finding.severity.value}">{finding.severity.value}</span> '
            f'<span class="chip cat-{finding.category.value}">{finding.category.value}</span>'
            f"{_unit_chip(finding)}"
            f'<div class="span">{_shown_span(finding.text)}</div>'
            f'<div id="{prefix}-d{index}" class="msg">{_e(finding.message)}</div>{fix}</li>'
        )
    return f'<ol class="findings">{"".join(items)}</ol>'


def _places_table(places: list[_Place] | None) -> str:
    if places is None:
        return ""
    if not places:
        return '<h3>Places</h3><p class="none">No place mentions found.</p>'
    rows = []
    for place in places:
        canonical = (
            f"<bdi>{_e(place.canonical)}</bdi>"
            if place.canonical
            else '<span class="none">unresolved</span>'
        )
        differs = place.canonical is not None and place.canonical != place.text
        rows.append(
            f'<tr class="{"differs" if differs else ""}"><td>{place.line}:{place.column}</td>'
            f"<td><bdi>{_e(place.text)}</bdi></td><td>{canonical}</td>"
            f"<td>{_e(place.kind or '')}</td><td>{_e(place.country or '')}</td>"
            f"<td>{_e(place.admin_unit or '')}</td><td>{_e(place.slot)}</td>"
            f"<td>{_e(place.method or '')}</td></tr>"
        )
    return (
        '<h3>Places</h3><table class="places"><thead><tr><th>Line:col</th><th>As written</th>'
        "<th>Canonical name</th><th>Kind</th><th>Country</th><th>Admin unit</th><th>Slot</th>"
        f"<th>Matched by</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _file_section(file: FileResult, number: int) -> str:
    prefix = f"file{number}"
    head = f'<section class="file" id="{prefix}" aria-labelledby="{prefix}-h">'
    title = f'<h2 id="{prefix}-h"><bdi>{_e(file.path)}</bdi></h2>'
    text = _file_text(file)
    if file.error:
        return f'{head}{title}<p class="error" role="alert">{_e(file.error)}</p></section>'
    if file.units:  # a bilingual file: its segments side by side, not the raw XML
        return "".join(
            [head, title, _summary(file, text), _segment_table(file, prefix), "</section>"]
        )
    parts = [head, title, _summary(file, text), '<div class="body">']
    if text is not None:
        parts.append(
            f'<div class="article-wrap"><h3>Article</h3><pre class="article" id="{prefix}-text">'
            f"{highlight(text, file.findings, prefix)}</pre></div>"
        )
    parts.append(
        f'<div class="list-wrap"><h3>Findings</h3>{_finding_list(file.findings, prefix)}</div>'
    )
    parts.append("</div>")
    if text is not None:
        parts.append(_places_table(_places(file.path, text)))
    parts.append("</section>")
    return "".join(parts)


# ---------------------------------------------------------------- bilingual segment table (#21)

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_RTL_LANGUAGES = ("ar", "fa", "he", "ur", "ps", "yi")


def _direction(text: str, language: str) -> str:
    """``dir``/``lang`` attributes for a segment: right-to-left for Arabic and its kin."""
    primary = language.split("-")[0].lower()
    if primary in _RTL_LANGUAGES or (not primary and _ARABIC_SCRIPT.search(text)):
        return f' dir="rtl" lang="{_e(language or "ar")}"'
    return f' dir="auto" lang="{_e(language)}"' if language else ' dir="auto"'


def _target_marks(target: str, offsets: tuple[int, ...], findings: list[Finding]) -> str:
    """The target with a ``<mark>`` over each finding's span (unit-relative); an empty span
    (something missing) shows as a caret mark where it points."""
    spans = []
    for finding in findings:
        start = finding.unit_offset or 0
        end = bisect.bisect_left(offsets, finding.end) if offsets else 0
        spans.append((start, max(start, end), finding))
    spans.sort(key=lambda span: (span[0], -span[1]))
    out, at = [], 0
    for start, end, finding in spans:
        if start < at:  # overlaps the previous highlight: listed, not marked again
            continue
        out.append(_e(target[at:start]))
        classes = f"hl cat-{finding.category.value} sev-{finding.severity.value}"
        tip = _e(_tip(finding))
        if end == start:
            out.append(
                f'<mark class="{classes} gap" title="{tip}" data-rule="{finding.rule}">'
                "\u2038</mark>"
            )
        else:
            out.append(
                f'<mark class="{classes}" title="{tip}" data-rule="{finding.rule}">'
                f"{_e(target[start:end])}</mark>"
            )
        at = end
    out.append(_e(target[at:]))
    return "".join(out)


def _segment_table(file: FileResult, prefix: str) -> str:
    units = file.units or {}
    by_unit: dict[str, list[Finding]] = {}
    for finding in file.findings:
        if finding.unit is not None:
            by_unit.setdefault(finding.unit, []).append(finding)
    rows = []
    for unit_id, (source, target, state, offsets) in units.items():
        findings = by_unit.get(unit_id, [])
        notes = "".join(
            f'<li><code class="rule" title="{_e(_name(f))}">{_e(f.rule)}</code> {_e(f.message)}'
            + (f' <span class="sugg">→ {_e(f.suggestion)}</span>' if f.suggestion else "")
            + "</li>"
            for f in findings
        )
        state_chip = f'<span class="chip state">{_e(state)}</span>' if state else ""
        rows.append(
            f'<tr class="{"has" if findings else "clean"}" data-unit="{_e(unit_id)}">'
            f'<th scope="row"><bdi>{_e(unit_id)}</bdi>{state_chip}</th>'
            f'<td class="src"{_direction(source, file.source_language)}>{_e(source)}</td>'
            f'<td class="tgt" dir="auto">{_target_marks(target, offsets, findings)}</td>'
            f'<td class="notes"><ul>{notes}</ul></td></tr>'
        )
    return (
        f'<div class="segments-wrap"><h3>Segments</h3><table class="segments" id="{prefix}-segs">'
        "<thead><tr><th>Unit</th><th>Source</th><th>Target</th><th>Findings</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _filters(result: RunResult) -> str:
    categories = sorted({f.category for f in result.findings}, key=_CATEGORIES.index)
    boxes = [
        f'<label><input type="checkbox" checked data-filter="sev" value="{s.value}">'
        f' <span class="chip sev-{s.value}">{s.value}</span></label>'
        for s in _SEVERITIES
    ]
    cats = [
        f'<label><input type="checkbox" checked data-filter="cat" value="{c.value}">'
        f' <span class="chip cat-{c.value}">{c.value}</span></label>'
        for c in categories
    ]
    return (
        '<form class="filters" id="filters" hidden aria-label="Filter findings">'
        f"<fieldset><legend>Severity</legend>{''.join(boxes)}</fieldset>"
        f"<fieldset><legend>Category</legend>{''.join(cats)}</fieldset>"
        '<p class="keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous highlight, '
        "<kbd>Enter</kbd> on a highlight jumps to its finding.</p></form>"
    )


CSS = """
:root{--artifact:#ffd6a5;--layout:#cdeac0;--place:#bde0fe;--number:#ffc8dd;--date:#e2cfff;
--semantic:#fdffb6;--error:#b00020;--warning:#b26a00;--info:#1f5fa8;color-scheme:light}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:1rem 2rem;
color:#1a1a1a;background:#fff}
header.top{border-bottom:1px solid #ccc;margin-bottom:1rem}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem;word-break:break-all}
h3{font-size:1rem;margin:.8rem 0 .4rem}h4{font-size:.85rem;margin:0 0 .2rem}
.totals{margin:.3rem 0}
.filters{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;position:sticky;top:0;
background:#fafafa;border:1px solid #ddd;padding:.4rem .8rem;z-index:5}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:.6rem;align-items:center}
.filters legend{float:left;font-weight:600;margin-right:.4rem}
.filters .keys{margin:0;font-size:.8rem;color:#555}
.summary{display:flex;flex-wrap:wrap;gap:2rem;background:#f6f6f6;padding:.5rem 1rem;
border-radius:4px}
.summary ul{list-style:none;margin:0;padding:0}.summary li{margin:.1rem 0}
.facts{display:grid;grid-template-columns:auto auto;gap:.1rem 1rem;margin:0}
.facts dt{font-weight:600}.facts dd{margin:0}
.chip{display:inline-block;padding:0 .35rem;border-radius:3px;font-size:.8rem;border:1px solid #999}
.chip.sev-error{color:#fff;background:var(--error);border-color:var(--error)}
.chip.sev-warning{color:#fff;background:var(--warning);border-color:var(--warning)}
.chip.sev-info{color:#fff;background:var(--info);border-color:var(--info)}
.chip.cat-artifact{background:var(--artifact)}.chip.cat-layout{background:var(--layout)}
.chip.cat-place{background:var(--place)}.chip.cat-number{background:var(--number)}
.chip.cat-date{background:var(--date)}.chip.cat-semantic{background:var(--semantic)}
.body{display:grid;grid-template-columns:minmax(0,3fr) minmax(18rem,2fr);gap:1.5rem}
@media (max-width:60rem){.body{grid-template-columns:1fr}}
@media screen and (min-width:60rem){.list-wrap{position:sticky;top:3.5rem;align-self:start;
max-height:calc(100vh - 4rem);overflow:auto}}
.findings .blank{color:#666;font-family:ui-monospace,monospace}
.article{white-space:pre-wrap;overflow-wrap:anywhere;font:16px/1.75 Georgia,"Times New Roman",serif;
margin:0;padding:1rem;border:1px solid #ddd;border-radius:4px;background:#fff}
mark.hl{color:inherit;position:relative;border-radius:2px;padding:.1em 0;cursor:help;
unicode-bidi:isolate}
mark.cat-artifact{background:var(--artifact)}mark.cat-layout{background:var(--layout)}
mark.cat-place{background:var(--place)}mark.cat-number{background:var(--number)}
mark.cat-date{background:var(--date)}mark.cat-semantic{background:var(--semantic)}
mark.cat-source,mark.cat-term{background:#ffe08a}mark.cat-meta{background:#e0e0e0}
.segments{border-collapse:collapse;width:100%;font:15px/1.6 Georgia,"Times New Roman",serif}
.segments th,.segments td{border:1px solid #ccc;padding:.4em .6em;vertical-align:top}
.segments thead th{background:#f3f3f3;text-align:start}
.segments td.src{width:30%}.segments td.tgt{width:32%}.segments td.notes{font-size:13px}
.segments td.notes ul{margin:0;padding-inline-start:1.1em}.segments tr.clean td.notes{color:#888}
.segments .chip.state{display:block;font-size:11px;color:#555;font-weight:400}
mark.gap{padding:0 .15em;font-weight:700}
mark.sev-error{border-bottom:2px solid var(--error)}
mark.sev-warning{border-bottom:2px dashed var(--warning)}
mark.sev-info{border-bottom:2px dotted var(--info)}
mark.hl mark.hl{padding:.25em 0}
mark.ws::before{content:"\\21B5";color:#888;font-size:.8em}
mark.hl:focus{outline:3px solid #000;outline-offset:1px}
mark.hl.current{outline:3px solid #000}
mark.hl.off{background:none;border-bottom:0;cursor:auto}
mark.hl.off::before{content:none}
mark.hl[data-tip]:hover::after,mark.hl[data-tip]:focus::after{content:attr(data-tip);position:absolute;left:0;top:100%;z-index:10;width:max-content;
max-width:28rem;white-space:normal;font:13px/1.35 system-ui,sans-serif;background:#222;color:#fff;
padding:.35rem .5rem;border-radius:4px;box-shadow:0 2px 6px rgba(0,0,0,.3);pointer-events:none}
/* own rule: a browser without :has() drops only this one */
mark.hl:has(mark.hl:hover):not(:focus)::after{content:none}
mark.hl.off:hover::after,mark.hl.off:focus::after{content:none}
.findings{margin:0;padding-left:1.6rem}
.findings .item{margin:0 0 .6rem;padding:.3rem .4rem;border-left:4px solid #ccc}
.findings .item.sev-error{border-left-color:var(--error)}
.findings .item.sev-warning{border-left-color:var(--warning)}
.findings .item.sev-info{border-left-color:var(--info)}
.findings .item:target,.findings .item.current{background:#fff7cc}
.findings .item.off{display:none}
.findings .span{font-family:Georgia,serif;color:#333;white-space:pre-wrap;overflow-wrap:anywhere}
.findings .fix{color:#0a5a0a}.findings .sugg{font-weight:600;white-space:pre-wrap}
.pos{font-family:ui-monospace,monospace}
.places{border-collapse:collapse;font-size:.9rem}
.places th,.places td{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
.places tr.differs td:nth-child(3){font-weight:600}
.error{color:var(--error);font-weight:600}
.none{color:#666}
footer{margin-top:2rem;color:#666;font-size:.8rem}
@media print{
body{padding:0;font-size:11pt}
.filters{display:none!important}
.body{display:block}
.article{border:0;padding:0;font-size:11pt}
mark.hl{background:none!important;outline:1px solid #555;outline-offset:0}
mark.hl.sev-error{border-bottom:2px solid #000}
mark.hl.sev-warning{border-bottom:2px dashed #000}
mark.hl.sev-info{border-bottom:1px dotted #000}
mark.hl::after{content:none!important}
mark.hl[data-n]::after{content:attr(data-n)!important;position:static;font:7pt sans-serif;
vertical-align:super;background:none;color:#000;padding:0 0 0 1px;box-shadow:none}
.chip{background:none!important;color:#000!important;border-color:#000!important}
.findings .item{break-inside:avoid;background:none!important}
a{color:inherit;text-decoration:none}
section.file{break-before:page}section.file:first-of-type{break-before:auto}
}
"""

_SCRIPT = """
(function(){
  var form=document.getElementById('filters');
  if(!form)return;
  form.hidden=false;
  function shown(el){
    var boxes=form.querySelectorAll('input[data-filter]');
    for(var i=0;i<boxes.length;i++){
      var b=boxes[i],key=b.getAttribute('data-filter');
      if(!b.checked&&el.getAttribute('data-'+key)===b.value)return false;
    }
    return true;
  }
  function apply(){
    var els=document.querySelectorAll('mark.hl,li.item');
    for(var i=0;i<els.length;i++){
      var el=els[i],on=shown(el);
      el.classList.toggle('off',!on);
      if(el.tagName==='MARK'&&el.id){
        if(on){el.setAttribute('tabindex','0');}else{el.removeAttribute('tabindex');}
      }
    }
  }
  form.addEventListener('change',apply);
  function marks(){
    return Array.prototype.filter.call(document.querySelectorAll('mark.hl[id]'),
      function(m){return !m.classList.contains('off');});
  }
  function toItem(mark){
    var id=mark.id.replace(/-f(\\d+)$/,'-i$1'),item=document.getElementById(id);
    if(!item)return;
    var cur=document.querySelectorAll('.current');
    for(var i=0;i<cur.length;i++)cur[i].classList.remove('current');
    item.classList.add('current');
    var link=item.querySelector('a.pos');
    if(link){link.focus();}
    item.scrollIntoView({block:'nearest'});
  }
  document.addEventListener('click',function(ev){
    var mark=ev.target.closest&&ev.target.closest('mark.hl');
    if(mark){
      var first=document.getElementById(mark.getAttribute('data-f'));
      if(first&&!first.classList.contains('off'))toItem(first);
    }
  });
  document.addEventListener('keydown',function(ev){
    if(ev.altKey||ev.ctrlKey||ev.metaKey)return;
    var t=ev.target;
    if(t&&(t.tagName==='INPUT'||t.tagName==='TEXTAREA'))return;
    if(ev.key==='Enter'&&t&&t.matches&&t.matches('mark.hl[id]')){toItem(t);ev.preventDefault();return;}
    if(ev.key!=='j'&&ev.key!=='k')return;
    var list=marks();
    if(!list.length)return;
    var at=list.indexOf(document.activeElement),next;
    if(ev.key==='j'){next=at<0?0:Math.min(at+1,list.length-1);}
    else{next=at<0?list.length-1:Math.max(at-1,0);}
    list[next].focus();
    list[next].scrollIntoView({block:'center'});
    ev.preventDefault();
  });
})();
"""


def render(result: RunResult, stream: TextIO, **_: Any) -> None:
    summary = summarise(result)
    checked = summary["files"] - summary["files_with_errors"]
    totals = (
        f"{summary['findings']} finding{'' if summary['findings'] == 1 else 's'} "
        f"({summary['error']} error, {summary['warning']} warning, {summary['info']} info) "
        f"in {checked} file{'' if checked == 1 else 's'}"
    )
    if summary["files_with_errors"]:
        totals += f"; {summary['files_with_errors']} could not be read"
    nav = ""
    if len(result.files) > 1:
        links = "".join(
            f'<li><a href="#file{number}"><bdi>{_e(file.path)}</bdi></a>'
            f" ({'error' if file.error else len(file.findings)})</li>"
            for number, file in enumerate(result.files, 1)
        )
        nav = f'<nav aria-label="Files"><ol>{links}</ol></nav>'
    title = "tqcheck report"
    if len(result.files) == 1:
        title += f": {result.files[0].path}"
    stream.write(
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
        f'<meta name="generator" content="tqcheck {_e(__version__)}">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
        f'<header class="top"><h1>tqcheck report</h1><p class="totals">{_e(totals)}.</p>'
        f"{nav}</header>"
    )
    stream.write(_filters(result))
    stream.write("<main>")
    for number, file in enumerate(result.files, 1):
        stream.write(_file_section(file, number))
    stream.write("</main>")
    stream.write(
        f"<footer>Generated by tqcheck {_e(__version__)}. Hover over or focus a highlight"
        " to read its message; the list links each finding to its highlight.</footer>"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
