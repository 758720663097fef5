"""The output formats: JSON, SARIF, GitHub annotations, CSV and text."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from wcwidth import wcswidth

from tests.conftest import FIXTURES, ROOT, run_main
from tqcheck.cli import _use_colour
from tqcheck.findings import FINDING_FIELDS, Category, Finding, Severity
from tqcheck.reporters import FORMATS, get_reporter
from tqcheck.reporters.github_format import _escape_data, _escape_property
from tqcheck.rules.registry import all_rules, get_rule
from tqcheck.runner import FileResult, RunResult

ARTICLE = FIXTURES / "mt-article.txt"
DRAFT = ROOT / "examples" / "mt-draft.txt"
DOUBLED = "Teams from the Red Cross and the Red Cross supervised the handover on Monday."
# Non-ASCII before the spans: "é" (BMP) and an emoji (outside the BMP, two UTF-16 units).
UNICODE_LINE = "Le café 😀 said the Red Cross and the Red Cross met the the delegates on Friday."
ANSI = re.compile(r"\x1b\[[0-9;]*m")
_BREAK = re.compile(r"\r\n|\r|\n")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Files with findings of every severity, in several encodings; cwd is their directory."""
    shutil.copy(ARTICLE, tmp_path / "article.txt")
    shutil.copy(DRAFT, tmp_path / "draft.txt")
    article = ARTICLE.read_text(encoding="utf-8")
    (tmp_path / "article-crlf.txt").write_bytes(article.replace("\n", "\r\n").encode())
    (tmp_path / "article-utf16.txt").write_bytes(codecs.BOM_UTF16_BE + article.encode("utf-16-be"))
    (tmp_path / "unicode.txt").write_text(
        f"{UNICODE_LINE}\n\nThe talks will resume next week, officials said.\n", encoding="utf-8"
    )
    (tmp_path / "heading.md").write_text(
        "## Talks resume in Moscow.\n\nThe two ministers met on Friday.\n", encoding="utf-8"
    )
    shutil.copy(FIXTURES / "clean" / "clean-brief.txt", tmp_path / "clean.txt")
    monkeypatch.chdir(tmp_path)
    return [
        "article.txt",
        "draft.txt",
        "article-crlf.txt",
        "article-utf16.txt",
        "unicode.txt",
        "heading.md",
        "clean.txt",
    ]


def decoded(path: str) -> str:
    data = Path(path).read_bytes()
    for bom, name in ((codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF16_LE, "utf-16-le")):
        if data.startswith(bom):
            return data[len(bom) :].decode(name)
    return data.decode("utf-8-sig")


def span(text: str, line: int, column: int, end_line: int, end_column: int) -> str:
    """The substring between two 1-based (line, column) positions, end exclusive."""
    starts = [0, *(match.end() for match in _BREAK.finditer(text))]
    return text[starts[line - 1] + column - 1 : starts[end_line - 1] + end_column - 1]


def json_report(files: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code, out, err = run_main(["check", "--format", "json", *files], capsys)
    assert code == 1
    assert err == ""
    return json.loads(out)


# ----------------------------------------------------------------------------------------- json


def test_json_key_order(corpus: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    report = json_report(corpus, capsys)
    assert list(report) == ["version", "schema_version", "files", "summary"]
    assert [file["path"] for file in report["files"]] == corpus
    total = 0
    for file in report["files"]:
        assert list(file) == ["path", "error", "published", "published_inferred", "findings"]
        for finding in file["findings"]:
            assert tuple(finding) == (FINDING_FIELDS[0], "name", *FINDING_FIELDS[1:])
            assert tuple(finding) == (
                "rule",
                "name",
                "category",
                "severity",
                "line",
                "column",
                "end_line",
                "end_column",
                "text",
                "message",
                "suggestion",
                "unit",
                "unit_offset",
                "unit_state",
            )
            assert finding["name"] == get_rule(finding["rule"]).name  # doubled-phrase...
            total += 1
    assert total > 20


def test_json_text_is_the_exact_span(corpus: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    report = json_report(corpus, capsys)
    checked = 0
    for file in report["files"]:
        content = decoded(file["path"])
        for f in file["findings"]:
            assert f["line"] >= 1
            assert f["column"] >= 1
            assert (f["end_line"], f["end_column"]) > (f["line"], f["column"])
            assert (
                span(content, f["line"], f["column"], f["end_line"], f["end_column"]) == f["text"]
            ), (file["path"], f)
            checked += 1
    assert checked > 20
    unicode_file = next(file for file in report["files"] if file["path"] == "unicode.txt")
    # Columns are code points: the emoji counts as one column.
    assert [(f["rule"], f["column"]) for f in unicode_file["findings"]] == [
        ("TQ202", UNICODE_LINE.index("the Red") + 1),
        ("TQ201", UNICODE_LINE.index("the the") + 1),
    ]


def test_json_values_and_types(corpus: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    report = json_report(corpus, capsys)
    rules = {rule.code: rule for rule in all_rules()}
    for file in report["files"]:
        assert file["error"] is None
        assert file["published"] is None
        for f in file["findings"]:
            rule = rules[f["rule"]]
            assert f["category"] == rule.category.value
            assert f["severity"] == rule.severity.value  # no overrides in this run
            assert f["severity"] in ("error", "warning", "info")
            assert all(
                isinstance(f[key], int) for key in ("line", "column", "end_line", "end_column")
            )
            assert isinstance(f["message"], str)
            assert f["message"]
            assert f["suggestion"] is None or isinstance(f["suggestion"], str)
    # A deletion is "", not null: TQ105 suggests deleting the surplus blank line.
    article = report["files"][0]["findings"]
    assert next(f for f in article if f["rule"] == "TQ105")["suggestion"] == ""
    assert next(f for f in article if f["rule"] == "TQ203")["suggestion"] is None


def test_json_summary_counts(corpus: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    report = json_report(corpus, capsys)
    findings = [f for file in report["files"] for f in file["findings"]]
    summary = report["summary"]
    assert summary["files"] == len(corpus)
    assert summary["files_with_errors"] == 0
    assert summary["findings"] == len(findings)
    for severity in ("error", "warning", "info"):
        assert summary[severity] == sum(f["severity"] == severity for f in findings)
    by_rule: dict[str, int] = {}
    for f in findings:
        by_rule[f["rule"]] = by_rule.get(f["rule"], 0) + 1
    assert summary["by_rule"] == by_rule
    assert list(summary["by_rule"]) == sorted(by_rule)


def test_json_file_error_entry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xc3\x28 not text")
    code, out, _ = run_main(["check", "--format", "json", str(bad)], capsys)
    assert code == 2
    report = json.loads(out)
    assert report["files"] == [
        {
            "path": str(bad),
            "error": report["files"][0]["error"],
            "published": None,
            "published_inferred": None,
            "findings": [],
        }
    ]
    assert "byte offset 0" in report["files"][0]["error"]
    assert report["summary"]["files_with_errors"] == 1
    assert report["summary"]["findings"] == 0


# ---------------------------------------------------------------------------------------- sarif


def sarif_report(files: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code, out, _ = run_main(["check", "--format", "sarif", *files], capsys)
    assert code == 1
    return json.loads(out)


def test_sarif_structure(corpus: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    sarif = sarif_report(corpus, capsys)
    assert sarif["version"] == "2.1.0"
    assert isinstance(sarif["$schema"], str)
    assert "sarif" in sarif["$schema"]
    assert len(sarif["runs"]) == 1
    run = sarif["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "tqcheck"
    ids = [rule["id"] for rule in driver["rules"]]
    assert len(ids) == len(set(ids))
    assert ids == [rule.code for rule in all_rules()]
    for descriptor in driver["rules"]:
        assert descriptor["shortDescription"]["text"]
        assert "Bad:" in descriptor["help"]["text"]
        assert "Good:" in descriptor["help"]["text"]
        assert descriptor["defaultConfiguration"]["level"] in ("error", "warning", "note")
    results = run["results"]
    assert results
    for result in results:
        assert result["ruleId"] in ids
        assert ids[result["ruleIndex"]] == result["ruleId"]
        assert isinstance(result["message"]["text"], str)
        assert result["message"]["text"]
        assert result["level"] in ("error", "warning", "note")
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert uri in corpus
        assert not uri.startswith("/")
        assert not uri.startswith("file:")
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        region = location["region"]
        for key in ("startLine", "startColumn", "endLine", "endColumn"):
            assert isinstance(region[key], int)
            assert not isinstance(region[key], bool)
            assert region[key] >= 1
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/")


def test_sarif_matches_json(corpus: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    sarif = sarif_report(corpus, capsys)
    report = json_report(corpus, capsys)
    levels = {"error": "error", "warning": "warning", "info": "note"}
    expected = [
        (
            file["path"],
            f["rule"],
            levels[f["severity"]],
            f["message"],
            f["line"],
            f["column"],
            f["end_line"],
            f["end_column"],
            f["text"],
        )
        for file in report["files"]
        for f in file["findings"]
    ]
    actual = []
    for result in sarif["runs"][0]["results"]:
        location = result["locations"][0]["physicalLocation"]
        region = location["region"]
        actual.append(
            (
                location["artifactLocation"]["uri"],
                result["ruleId"],
                result["level"],
                result["message"]["text"],
                region["startLine"],
                region["startColumn"],
                region["endLine"],
                region["endColumn"],
                region["snippet"]["text"],
            )
        )
    assert actual == expected
    fixes = [r for r in sarif["runs"][0]["results"] if "fixes" in r]
    with_suggestion = [f for file in report["files"] for f in file["findings"] if f["suggestion"]]
    assert len(fixes) >= len(with_suggestion) > 0


def test_sarif_absolute_path_under_cwd_is_relative(
    corpus: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    absolute = str(Path("article.txt").resolve())
    sarif = sarif_report([absolute], capsys)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
    }
    assert uris == {"article.txt"}


SARIF_MINIMAL_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["version", "$schema", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "$schema": {"type": "string"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name", "rules"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id"],
                                            "properties": {"id": {"type": "string"}},
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["ruleId", "ruleIndex", "message", "level", "locations"],
                            "properties": {
                                "ruleId": {"type": "string"},
                                "ruleIndex": {"type": "integer", "minimum": 0},
                                "level": {"enum": ["error", "warning", "note"]},
                                "message": {
                                    "type": "object",
                                    "required": ["text"],
                                    "properties": {"text": {"type": "string", "minLength": 1}},
                                },
                                "locations": {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "type": "object",
                                        "required": ["physicalLocation"],
                                        "properties": {
                                            "physicalLocation": {
                                                "type": "object",
                                                "required": ["artifactLocation", "region"],
                                                "properties": {
                                                    "artifactLocation": {
                                                        "type": "object",
                                                        "required": ["uri"],
                                                        "properties": {
                                                            "uri": {
                                                                "type": "string",
                                                                "pattern": "^(?!/|file:)",
                                                            }
                                                        },
                                                    },
                                                    "region": {
                                                        "type": "object",
                                                        "required": [
                                                            "startLine",
                                                            "startColumn",
                                                            "endLine",
                                                            "endColumn",
                                                        ],
                                                        "additionalProperties": True,
                                                        "patternProperties": {
                                                            "^(start|end)(Line|Column)$": {
                                                                "type": "integer",
                                                                "minimum": 1,
                                                            }
                                                        },
                                                    },
                                                },
                                            }
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def test_sarif_validates_against_minimal_schema(
    corpus: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(sarif_report(corpus, capsys), SARIF_MINIMAL_SCHEMA)


# --------------------------------------------------------------------------------------- github

GITHUB_LINE = re.compile(
    r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,"
    r"title=[^:]+::.+$"
)


def test_github_annotations(corpus: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(["check", "--format", "github", *corpus], capsys)
    assert code == 1
    report = json_report(corpus, capsys)
    findings = [(file["path"], f) for file in report["files"] for f in file["findings"]]
    lines = out.splitlines()
    assert len(lines) == len(findings)
    levels = {"error": "error", "warning": "warning", "info": "notice"}
    names = {rule.code: rule.name for rule in all_rules()}
    for line, (path, f) in zip(lines, findings, strict=True):
        assert GITHUB_LINE.match(line), line
        assert line.startswith(
            f"::{levels[f['severity']]} file={path},line={f['line']},col={f['column']},"
            f"endLine={f['end_line']},endColumn={f['end_column']},"
            f"title={f['rule']} {names[f['rule']]}::"
        )
    assert {line.split(" ", 1)[0] for line in lines} == {"::error", "::warning", "::notice"}


def test_github_escapes_path_properties(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "desk,news"
    folder.mkdir()
    (folder / "a:b%.txt").write_text(f"{DOUBLED}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_main(["check", "--format", "github", "desk,news/a:b%.txt"], capsys)
    assert code == 1
    (line,) = out.splitlines()
    assert GITHUB_LINE.match(line), line
    assert line.startswith("::error file=desk%2Cnews/a%3Ab%25.txt,line=1,col=12,")


def test_github_escape_helpers() -> None:
    assert _escape_data("50% of\r\nthe text, ok: yes") == "50%25 of%0D%0Athe text, ok: yes"
    assert _escape_property("a,b:c%d\ne") == "a%2Cb%3Ac%25d%0Ae"
    # "%" is escaped first, so an escape sequence in the input survives a round trip.
    assert _escape_data("%0A") == "%250A"


def test_github_render_escapes_message() -> None:
    finding = Finding(
        rule="TQ201",
        category=Category.ARTIFACT,
        severity=Severity.WARNING,
        start=0,
        end=7,
        line=3,
        column=5,
        end_line=3,
        end_column=12,
        text="the the",
        message="Up 50%,\nthen down: twice",
        suggestion="the",
    )
    result = RunResult([FileResult(path="news, today/a.txt", findings=[finding])])
    stream = io.StringIO()
    get_reporter("github")(result, stream)
    (line,) = stream.getvalue().splitlines()
    assert GITHUB_LINE.match(line), line
    assert line == (
        "::warning file=news%2C today/a.txt,line=3,col=5,endLine=3,endColumn=12,"
        "title=TQ201 doubled-word::Up 50%25,%0Athen down: twice Suggestion: 'the'"
    )


def test_github_file_error_annotation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00binary")
    code, out, _ = run_main(["check", "--format", "github", str(bad)], capsys)
    assert code == 2
    (line,) = out.splitlines()
    assert line.startswith("::error file=")
    assert ",title=tqcheck::" in line
    assert "NUL byte at offset 0" in line


# ------------------------------------------------------------------------------------------ csv


def test_csv(corpus: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(["check", "--format", "csv", *corpus], capsys)
    assert code == 1
    report = json_report(corpus, capsys)
    findings = [(file["path"], f) for file in report["files"] for f in file["findings"]]
    reader = csv.DictReader(io.StringIO(out, newline=""))
    assert reader.fieldnames == ["path", *FINDING_FIELDS, "name"]
    rows = list(reader)
    assert len(rows) == len(findings)
    names = {rule.code: rule.name for rule in all_rules()}
    for row, (path, f) in zip(rows, findings, strict=True):
        assert row["name"] == names[f["rule"]]
        assert row["path"] == path
        for key in ("rule", "category", "severity", "text", "message"):
            assert row[key] == f[key]
        for key in ("line", "column", "end_line", "end_column"):
            assert int(row[key]) == f[key]
        assert row["suggestion"] == ("" if f["suggestion"] is None else f["suggestion"])
    assert any(f["suggestion"] is None for _, f in findings)
    assert any(row["message"].count('"') for row in rows)  # quoted fields survive


def test_csv_header_only_when_clean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(["check", "--format", "csv", str(FIXTURES / "clean")], capsys)
    assert code == 0
    assert out == ",".join(["path", *FINDING_FIELDS, "name"]) + "\n"


# ----------------------------------------------------------------------------------------- text

FINDING_LINE = re.compile(
    r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<code>TQ\d{3}) (?P<name>[a-z-]+) "
    r"\[(?P<severity>error|warning|info)\] (?P<message>.+)$"
)
SOURCE_LINE = re.compile(r"^  (?P<number>\d+) \| (?P<text>.*)$")
CARET_LINE = re.compile(r"^  (?P<pad> +) \| (?P<indent> *)(?P<carets>\^+)$")


def test_text_format_lines_and_carets(
    corpus: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run_main(["check", "--format", "text", *corpus], capsys)
    assert code == 1
    report = json_report(corpus, capsys)
    findings = [(file["path"], f) for file in report["files"] for f in file["findings"]]
    lines = out.splitlines()
    positions = [i for i, line in enumerate(lines) if FINDING_LINE.match(line)]
    assert len(positions) == len(findings)
    carets_checked = 0
    for index, (path, f) in zip(positions, findings, strict=True):
        match = FINDING_LINE.match(lines[index])
        assert match is not None
        assert match["path"] == path
        assert (int(match["line"]), int(match["col"])) == (f["line"], f["column"])
        assert (match["code"], match["severity"]) == (f["rule"], f["severity"])
        assert match["name"] == {rule.code: rule.name for rule in all_rules()}[f["rule"]]
        assert match["message"].startswith(f["message"])
        if f["suggestion"] == "":
            assert match["message"].endswith("(suggestion: delete)")
        elif f["suggestion"] is not None:
            assert match["message"].endswith(f"(suggestion: {f['suggestion']!r})")
        source = SOURCE_LINE.match(lines[index + 1]) if index + 1 < len(lines) else None
        if source is None:
            continue
        assert int(source["number"]) == f["line"]
        # The line, windowed to the width (80 here) around the span, cut ends marked with "…".
        whole = decoded(path).splitlines()[f["line"] - 1].replace("\t", " ")
        assert source["text"].strip("…") in whole and wcswidth(lines[index + 1]) <= 80
        caret = CARET_LINE.match(lines[index + 2])
        assert caret is not None, lines[index + 2]
        assert len(caret["pad"]) == len(source["number"])
        column, under = 0, ""  # the characters above the carets, in display columns
        for char in source["text"]:
            if len(caret["indent"]) <= column < len(caret["indent"]) + len(caret["carets"]):
                under += char
            column += wcswidth(char)
        if f["end_line"] == f["line"]:
            assert f["text"].startswith(under) and under  # the whole span, or up to the cut
            carets_checked += 1
    assert carets_checked >= 10
    assert lines[-1].startswith(f"Found {len(findings)} findings (")
    assert lines[-1].endswith(f"in {len(corpus)} files.")


def test_text_caret_for_known_span(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "120")  # wide enough for the whole line (no window)
    path = tmp_path / "a.txt"
    path.write_text(f"{DOUBLED}\n", encoding="utf-8")
    _, out, _ = run_main(["check", str(path)], capsys)
    assert out.splitlines() == [
        # Joined by "and", the second copy may stand for a lost second name: no suggestion.
        f'{path}:1:12: TQ202 doubled-phrase [error] The phrase "the Red Cross" is doubled; '
        "keep one occurrence.",
        f"  1 | {DOUBLED}",
        "    | " + " " * 11 + "^" * len("the Red Cross and the Red Cross"),
        "Found 1 finding (1 error, 0 warning, 0 info) in 1 file.",
    ]


def test_text_quiet_has_no_excerpts(corpus: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_main(["check", "-q", *corpus], capsys)
    lines = out.splitlines()
    assert all(FINDING_LINE.match(line) for line in lines[:-1])
    assert lines[-1].startswith("Found ")


@pytest.mark.parametrize(
    ("flags", "coloured"), [([], False), (["--no-color"], False), (["--color"], True)]
)
def test_text_colour(
    flags: list[str],
    coloured: bool,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Under pytest, stdout is not a terminal.
    _, out, _ = run_main(["check", *flags, str(ARTICLE)], capsys)
    assert bool(ANSI.search(out)) is coloured
    plain = ANSI.sub("", out)
    assert f"{ARTICLE}:9:12: TQ202 doubled-phrase [error] " in plain
    assert plain.endswith("Found 6 findings (3 error, 2 warning, 1 info) in 1 file.\n")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_default_colour_follows_terminal_and_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _use_colour(None, _Terminal()) is True
    assert _use_colour(None, io.StringIO()) is False
    assert _use_colour(False, _Terminal()) is False
    assert _use_colour(True, io.StringIO()) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert _use_colour(None, _Terminal()) is False


def test_no_findings_summary(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_main(["check", str(FIXTURES / "clean" / "clean-wire.txt")], capsys)
    assert out == "No findings in 1 file.\n"


def test_every_format_is_registered() -> None:
    assert set(FORMATS) == {"text", "json", "github", "sarif", "csv", "html"}
    for name in FORMATS:
        assert callable(get_reporter(name))


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "sarif"])
def test_every_format_names_the_rules(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The rule's name (doubled-phrase) beside its code in every format; SARIF names each rule
    once, in ``tool.driver.rules`` (test_sarif_structure)."""
    path = str(DRAFT)
    report = json_report([path], capsys)
    names = {f["name"] for file in report["files"] for f in file["findings"]}
    assert len(names) > 3
    code, out, _ = run_main(["check", "--format", fmt, path], capsys)
    assert code == 1
    for name in names:
        assert name in out, (fmt, name)
