"""``--format html``: the highlights cover exactly the findings' spans, nothing of the text is lost
or doubled (also where spans overlap), everything is escaped, and the page needs no network."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_main
from tqcheck.document.lines import LineIndex
from tqcheck.findings import Category, Finding, Severity
from tqcheck.reporters import FORMATS, get_reporter
from tqcheck.runner import Checker, CheckOptions, FileResult, RunResult

DRAFT = ROOT / "examples" / "mt-draft.txt"
HOSTILE = (
    "Talks <script>alert(1)</script> resumed &amp; the the delegates met in שלום on Friday.\r\n"
    "\r\nA quote \" and ' and \u202eevil\u202c and <b>bold</b> and <!-- comment -->.\n"
)


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    text: list[str] = field(default_factory=list)

    @property
    def content(self) -> str:
        return "".join(self.text)


class _Page(HTMLParser):
    """Collects every element with its text content, and the article's text per file."""

    _VOID = frozenset({"meta", "link", "img", "br", "hr", "input", "source", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[_Element] = []
        self.open: list[_Element] = []
        self.articles: dict[str, _Element] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, {name: value or "" for name, value in attrs})
        self.elements.append(element)
        if tag == "pre" and "article" in element.attrs.get("class", "").split():
            self.articles[element.attrs["id"].removesuffix("-text")] = element
        if tag not in self._VOID:
            self.open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(_Element(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1].tag == tag, f"</{tag}> does not close {self.open[-1:]}"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element.text.append(data)

    def find(self, tag: str | None = None, **attrs: str) -> list[_Element]:
        return [
            element
            for element in self.elements
            if (tag is None or element.tag == tag)
            and all(element.attrs.get(name.replace("_", "-")) == v for name, v in attrs.items())
        ]

    def by_id(self, value: str) -> _Element:
        (element,) = self.find(id=value)
        return element


def render_html(result: RunResult) -> str:
    stream = io.StringIO()
    get_reporter("html")(result, stream)
    return stream.getvalue()


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert parser.open == [], "unclosed elements"
    return parser


def finding(text: str, lines: LineIndex, start: int, end: int, **kw: object) -> Finding:
    line, column = lines.position(start)
    end_line, end_column = lines.position(end)
    values: dict[str, object] = {
        "rule": "TQ999",
        "category": Category.ARTIFACT,
        "severity": Severity.WARNING,
        "message": f"span {start}-{end}",
        "suggestion": None,
    }
    values.update(kw)
    return Finding(
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        text=text[start:end],
        **values,  # type: ignore[arg-type]
    )


def check_highlights(page: _Page, prefix: str, findings: list[Finding], text: str) -> None:
    """Each finding: one element with its id, its fragments' text is its text; the article with
    tags stripped is ``text``."""
    assert page.articles[prefix].content == text
    for index, item in enumerate(findings, 1):
        anchor = f"{prefix}-f{index}"
        (first,) = page.find(id=anchor)
        assert first.tag == "mark"
        assert first.attrs["tabindex"] == "0"
        assert first.attrs["data-rule"] == item.rule
        classes = first.attrs["class"].split()
        assert f"cat-{item.category.value}" in classes
        assert f"sev-{item.severity.value}" in classes
        assert first.attrs["aria-describedby"] == f"{prefix}-d{index}"
        assert item.message in first.attrs["title"]
        assert item.message in first.attrs["data-tip"]
        if item.suggestion:
            assert item.suggestion in first.attrs["title"]
        fragments = page.find("mark", data_f=anchor)
        assert fragments[0] is first
        assert "".join(fragment.content for fragment in fragments) == item.text
        # The list: its description is the message, its link goes to the highlight.
        assert page.by_id(f"{prefix}-d{index}").content == item.message
        entry = page.by_id(f"{prefix}-i{index}")
        assert page.find("a", href=f"#{anchor}")
        assert f"{item.line}:{item.column}" in entry.content
        if item.suggestion is not None:
            assert (item.suggestion or "(delete)") in entry.content


def assert_self_contained(page: _Page, raw: str) -> None:
    for tag in ("link", "img", "iframe", "object", "embed", "base"):
        assert not page.find(tag), f"<{tag}> in a self-contained report"
    scripts = page.find("script")
    assert len(scripts) == 1 and "src" not in scripts[0].attrs
    (style,) = page.find("style")
    assert "url(" not in style.content and "@import" not in style.content
    for element in page.elements:
        if element.tag in ("pre", "mark", "bdi"):
            continue
        for name, value in element.attrs.items():
            if name not in ("title", "data-tip"):
                assert "http:" not in value and "https:" not in value, (element.tag, name)


@pytest.fixture(scope="module")
def draft_report() -> tuple[RunResult, str]:
    result = Checker(CheckOptions(semantic=False)).run([str(DRAFT)])
    return result, render_html(result)


def test_html_is_registered() -> None:
    assert "html" in FORMATS
    assert callable(get_reporter("html"))


def test_example_report(draft_report: tuple[RunResult, str]) -> None:
    result, raw = draft_report
    (file,) = result.files
    assert len(file.findings) > 10
    page = parse(raw)
    text = DRAFT.read_text(encoding="utf-8")
    check_highlights(page, "file1", file.findings, text)
    # No two of the example's spans cross: each finding is exactly one <mark>.
    for index in range(1, len(file.findings) + 1):
        assert len(page.find("mark", data_f=f"file1-f{index}")) == 1
    assert_self_contained(page, raw)
    assert "http://" not in raw and "https://" not in raw
    # Summary: words, the inferred publication date, every finding's message and suggestion.
    summary = "".join(e.content for e in page.elements if e.attrs.get("class") == "summary")
    assert str(file.words) in summary
    assert file.published_inferred and file.published_inferred in summary
    body = page.find("body")[0].content
    for item in file.findings:
        assert item.message in body
        if item.suggestion:
            assert item.suggestion in body


def test_example_places_table(draft_report: tuple[RunResult, str]) -> None:
    page = parse(draft_report[1])
    (table,) = page.find("table", **{"class": "places"})
    cells = [e.content for e in page.elements if e.tag == "td"]
    # "Gabriel" is a recorded garble of Jabrayil; the table shows both names on one row.
    row = cells.index("Gabriel")
    assert cells[row + 1] == "Jabrayil"
    assert "Canonical name" in table.content


def test_filters_and_keyboard(draft_report: tuple[RunResult, str]) -> None:
    result, raw = draft_report
    page = parse(raw)
    (form,) = page.find("form", id="filters")
    assert "hidden" in form.attrs  # shown by the script; without it the page is plain reading
    boxes = page.find("input", type="checkbox")
    values = {(box.attrs["data-filter"], box.attrs["value"]) for box in boxes}
    assert {("sev", "error"), ("sev", "warning"), ("sev", "info")} <= values
    assert {("cat", f.category.value) for f in result.findings} <= values
    for item in page.find("li"):
        if "item" in item.attrs.get("class", "").split():
            assert item.attrs["data-cat"] and item.attrs["data-sev"]
    assert "@media print" in page.find("style")[0].content


def _own_result(text: str, spans: list[tuple[int, int, dict[str, object]]]) -> RunResult:
    lines = LineIndex(text)
    findings = sorted(
        (finding(text, lines, start, end, **kw) for start, end, kw in spans),
        key=Finding.sort_key,
    )
    return RunResult([FileResult(path="own <text>.txt", findings=findings, lines=lines, words=9)])


def test_overlapping_spans_keep_every_character() -> None:
    text = HOSTILE
    red = text.index("resumed")
    the = text.index("the the")
    spans: list[tuple[int, int, dict[str, object]]] = [
        (0, len(text), {"rule": "TQ601", "category": Category.SEMANTIC}),  # the whole text
        (the, the + 7, {"rule": "TQ201", "suggestion": "the", "severity": Severity.ERROR}),
        (the, the + 7, {"rule": "TQ202", "category": Category.LAYOUT}),  # the same span twice
        (the + 4, the + 7, {"rule": "TQ203"}),  # nested, ends with its parent
        (red, the + 2, {"rule": "TQ401", "category": Category.NUMBER}),  # crosses TQ201/TQ202
        (6, 31, {"rule": "TQ205", "suggestion": "", "category": Category.DATE}),  # the script
        (the + 4, the + 4, {"rule": "TQ104", "severity": Severity.INFO}),  # empty
        (text.index("\r\n"), text.index("\r\n") + 4, {"rule": "TQ105", "suggestion": ""}),
        (text.index("\u202e") - 2, text.index("\u202c") + 3, {"rule": "TQ301"}),
    ]
    result = _own_result(text, spans)
    raw = render_html(result)
    page = parse(raw)
    check_highlights(page, "file1", result.files[0].findings, text)

    # Where spans cross, the one opened later is split, not lost: TQ401 opens first and stays
    # whole; TQ201 and TQ202, which start inside it and end after it, come in two fragments.
    def marks(rule: str) -> list[_Element]:
        return [f for f in page.find("mark") if f.attrs.get("data-rule") == rule]

    assert len(marks("TQ401")) == 1
    for rule in ("TQ201", "TQ202"):
        first, *rest = marks(rule)
        assert rest and "data-cont" not in first.attrs
        assert all("data-cont" in f.attrs and "id" not in f.attrs for f in rest)
    # The nested spans are single elements inside their parents.
    assert len(marks("TQ203")) == 1
    assert_self_contained(page, raw)


def test_hostile_text_is_escaped() -> None:
    text = HOSTILE
    result = _own_result(text, [(text.index("the the"), text.index("the the") + 7, {})])
    raw = render_html(result)
    page = parse(raw)
    assert "<script>alert" not in raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw
    assert "&amp;amp;" in raw
    assert "<b>bold" not in raw and "<!-- comment" not in raw
    assert len(page.find("script")) == 1
    assert not page.find("b")
    article = page.articles["file1"].content
    assert article == text  # "&amp;" stays five characters, CRLF stays CRLF, RTL text as is
    assert "שלום" in article and "\u202eevil\u202c" in article
    assert "&#13;" in raw  # CR as a reference: an HTML parser would fold CRLF to LF
    (heading,) = page.find("h2")
    assert heading.content == "own <text>.txt"
    # RTL text in the list is isolated so it cannot reorder what follows.
    assert any(e.content == "the the" for e in page.find("bdi"))


def test_unreadable_file_shows_its_error() -> None:
    result = RunResult(
        [
            FileResult(path="gone.txt", error="gone.txt: no such file or directory"),
            FileResult(path="empty.txt", lines=LineIndex(""), words=0),
        ]
    )
    page = parse(render_html(result))
    (error,) = page.find("p", role="alert")
    assert error.content == "gone.txt: no such file or directory"
    assert page.articles["file2"].content == ""
    assert "No findings." in page.find("body")[0].content
    assert "1 could not be read" in page.find("body")[0].content


def test_cli_writes_html_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "story.txt"
    source.write_text(HOSTILE, encoding="utf-8", newline="")
    report = tmp_path / "report.html"
    code, out, _ = run_main(
        ["check", "--no-semantic", "--format", "html", "-o", str(report), str(source)], capsys
    )
    assert code == 1 and out == ""
    raw = report.read_text(encoding="utf-8")
    assert raw.startswith("<!DOCTYPE html>")
    page = parse(raw)
    assert page.articles["file1"].content == HOSTILE
    assert any(m.attrs.get("data-rule") == "TQ201" for m in page.find("mark"))
