"""Suppression bookkeeping and the unused-suppression rule (TQ901) through the runner: what each
comment silenced, across the two passes of a parallel run, the fix, and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import make_document, run_main
from tqcheck.config import Config
from tqcheck.fixer import fix_file
from tqcheck.runner import Checker, CheckOptions, check_document
from tqcheck.suppression import parse_suppressions

DOUBLED = "The the minister visited the town on Monday."
PLAIN = "The minister visited the town on Monday."
REPEATED = (
    "Aid reaches the city\n\n"
    "The Red Cross said it had delivered food and medicine to 3,000 displaced families.\n\n"
    "Shelling resumed on the outskirts overnight, residents said.\n\n"
    "<!-- tqcheck: ignore TQ601 -->\n"
    "The Red Cross said that it delivered food and medicines to 3,000 displaced families.\n"
)


def _config(*select: str, semantic: bool = False) -> Config:
    return Config(select=select, semantic=semantic)


def test_each_comment_notes_what_it_silenced() -> None:
    text = f"<!-- tqcheck: ignore TQ201 -->\n{DOUBLED}\n\n<!-- tqcheck: ignore TQ202 -->\n{PLAIN}\n"
    document = make_document(text)
    suppressions = parse_suppressions(document)
    assert check_document(document, _config("TQ201", "TQ202")) == []
    # A second parse sees nothing silenced: the bookkeeping is per check, not global.
    assert [use.suppressed for use in suppressions.uses()] == [frozenset(), frozenset()]
    check_document(document, _config("TQ201", "TQ202"), suppressed=(seen := {}))
    assert seen == {0: {"TQ201"}}


def test_partial_fix_keeps_the_used_code_and_the_separator() -> None:
    text = f"<!-- tqcheck: ignore TQ202, TQ201 , doubled-phrase -->\n{DOUBLED}\n"
    [finding] = check_document(make_document(text), _config("TQ901", "TQ201", "TQ202"))
    assert finding.rule == "TQ901"
    assert finding.text == "<!-- tqcheck: ignore TQ202, TQ201 , doubled-phrase -->"
    assert (finding.line, finding.column, finding.end_line) == (1, 1, 1)
    assert finding.suggestion == "<!-- tqcheck: ignore TQ201 -->"
    assert "no TQ202 or doubled-phrase finding in line 2" in finding.message


def test_a_disable_paired_by_codes_gets_no_partial_fix() -> None:
    # Dropping TQ202 from the disable alone would leave the enable (TQ201 TQ202) unmatched and
    # the range open to the end of the file.
    text = (
        f"<!-- tqcheck: disable TQ201 TQ202 -->\n{DOUBLED}\n<!-- tqcheck: enable TQ201 TQ202 -->\n"
        f"\n{DOUBLED}\n"
    )
    findings = check_document(make_document(text), _config("TQ901", "TQ201", "TQ202"))
    assert [(f.rule, f.line) for f in findings] == [("TQ901", 1), ("TQ201", 5)]
    assert findings[0].suggestion is None
    assert "enable comment" in findings[0].message


def test_crlf_span_is_the_comment() -> None:
    text = f"Intro line here.\r\n\r\n<!-- tqcheck: ignore TQ201 -->\r\n{PLAIN}\r\n"
    [finding] = check_document(make_document(text), _config("TQ901", "TQ201"))
    assert finding.text == "<!-- tqcheck: ignore TQ201 -->"
    assert text[finding.start : finding.end] == finding.text
    assert (finding.line, finding.column) == (3, 1)


def test_deselected_rules_are_not_judged() -> None:
    text = f"<!-- tqcheck: ignore TQ202 -->\n{PLAIN}\n\n<!-- tqcheck: ignore -->\n{PLAIN}\n"
    assert check_document(make_document(text), _config("TQ901", "TQ201")) == []
    # Every default rule runs (semantic off removes TQ6xx from the run): the blanket comment
    # stays unjudged; TQ202 ran and silenced nothing.
    findings = check_document(make_document(text), _config("DEFAULT", "TQ901"))
    assert [(f.rule, f.line) for f in findings] == [("TQ901", 1)]


def test_a_comment_can_silence_the_report_about_another() -> None:
    text = (
        f"<!-- tqcheck: ignore TQ201 --> <!-- tqcheck: ignore TQ901 -->\n{PLAIN}\n"
        f"\n<!-- tqcheck: ignore-file TQ901 -->\n"
    )
    assert check_document(make_document(text), _config("TQ901", "TQ201")) == []


def test_model_rules_in_a_second_pass_count(tmp_path: Path) -> None:
    """A parallel run checks the rules without the model in workers, then the model rules here:
    what the first pass silenced is carried to the second, where TQ901 runs."""
    config = _config("TQ901", "TQ601", "TQ201", semantic=True)
    single = check_document(make_document(REPEATED), config)
    assert single == []  # the comment silenced TQ601: not reported
    carried: dict[int, set[str]] = {}
    first = check_document(make_document(REPEATED), config, model_rules=False, suppressed=carried)
    assert first == []  # TQ901 waits for the last pass
    second = check_document(make_document(REPEATED), config, model_rules=True, suppressed=carried)
    assert second == [] and carried == {0: {"TQ601"}}
    unused = REPEATED.replace("ignore TQ601", "ignore TQ201")
    carried = {}
    check_document(make_document(unused), config, model_rules=False, suppressed=carried)
    late = check_document(make_document(unused), config, model_rules=True, suppressed=carried)
    assert [(f.rule, f.line) for f in late] == [("TQ901", 7), ("TQ601", 8)]
    assert late[0].text == "<!-- tqcheck: ignore TQ201 -->"


def test_fix_removes_unused_comments_and_rechecks_clean(tmp_path: Path) -> None:
    (tmp_path / "tqcheck.toml").write_text('extend-select = ["TQ901"]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(
        f"Intro line here.\n\n<!-- tqcheck: ignore TQ201, TQ202 -->\n{DOUBLED}\n\n"
        f"<!-- tqcheck: ignore TQ202 -->\n{PLAIN}\n",
        encoding="utf-8",
    )
    result = fix_file(Checker(CheckOptions(semantic=False)), str(article), unsafe=False)
    assert "<!-- tqcheck: ignore TQ201 -->\n" + DOUBLED in result.text
    assert "TQ202" not in result.text
    assert [f.rule for f in result.remaining] == []


def test_off_by_default_and_on_with_extend_select(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder in ("plain", "configured"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(
            f"<!-- tqcheck: ignore TQ201 -->\n{PLAIN}\n", encoding="utf-8"
        )
    article = tmp_path / "plain" / "a.txt"
    code, out, _ = run_main(["check", "--no-semantic", "--format", "json", str(article)], capsys)
    assert (code, json.loads(out)["summary"]["findings"]) == (0, 0)
    # Config files are read once per folder and process: the configured one is another folder.
    (tmp_path / "configured" / "tqcheck.toml").write_text(
        'extend-select = ["TQ901"]\n', encoding="utf-8"
    )
    article = tmp_path / "configured" / "a.txt"
    code, out, _ = run_main(["check", "--no-semantic", "--format", "json", str(article)], capsys)
    [finding] = json.loads(out)["files"][0]["findings"]
    assert (finding["rule"], finding["name"], finding["category"]) == (
        "TQ901",
        "unused-suppression",
        "meta",
    )
    assert finding["suggestion"] == ""


def test_a_parallel_run_reports_what_one_process_does(tmp_path: Path) -> None:
    (tmp_path / "tqcheck.toml").write_text('extend-select = ["TQ901"]\n', encoding="utf-8")
    for number in range(8):
        used = number % 2 == 0
        (tmp_path / f"a{number}.txt").write_text(
            f"<!-- tqcheck: ignore TQ201 -->\n{DOUBLED if used else PLAIN}\n", encoding="utf-8"
        )
    runs = {}
    for jobs in (1, 2):
        result = Checker(CheckOptions(semantic=False, jobs=jobs)).run([str(tmp_path)])
        runs[jobs] = [(Path(f.path).name, g.rule, g.line) for f in result.files for g in f.findings]
    assert runs[1] == runs[2]
    assert runs[1] == [(f"a{n}.txt", "TQ901", 1) for n in range(1, 8, 2)]


def test_a_code_whose_rule_did_not_run_is_kept_by_the_fix() -> None:
    # Semantic off: TQ601 did not run, so its code is not judged and stays in the comment.
    text = f"<!-- tqcheck: ignore TQ202 TQ601 -->\n{PLAIN}\n"
    [finding] = check_document(make_document(text), _config("TQ901", "TQ202", "TQ601"))
    assert finding.message == (
        "Unused code in suppression: no TQ202 finding in line 2 (TQ601 kept)."
    )
    assert finding.suggestion == "<!-- tqcheck: ignore TQ601 -->"
