"""Source-aware checking from the command line: --source pairs, bilingual files, positions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_main

EXAMPLE = ROOT / "examples" / "bilingual"
SOURCE = EXAMPLE / "offensive-ar.md"
TARGET = EXAMPLE / "offensive-en.md"
XLIFF = EXAMPLE / "offensive.xlf"


def json_findings(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict]]:
    code, out, err = run_main(["check", "--no-semantic", "--format", "json", *argv], capsys)
    assert "Traceback" not in err
    report = json.loads(out)
    return code, [finding for file in report["files"] for finding in file["findings"]]


def test_pair_reports_every_source_rule_on_its_target_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, findings = json_findings(
        ["--select", "source", str(TARGET), "--source", str(SOURCE)], capsys
    )
    assert code == 1
    lines = TARGET.read_text(encoding="utf-8").splitlines()
    found = {(f["rule"], f["line"], f["text"]) for f in findings}
    assert ("TQ705", 8, "Gabriel") in found
    assert ("TQ703", 10, "about 33,000") in found
    assert any(rule == "TQ704" and line == 6 for rule, line, _ in found)
    assert any(rule == "TQ701" and line == 12 for rule, line, _ in found)
    assert ("TQ702", 14, "Photo: AFP archive.") in found
    for finding in findings:
        line = lines[finding["line"] - 1]
        if finding["line"] == finding["end_line"]:
            assert line[finding["column"] - 1 : finding["end_column"] - 1] == finding["text"]
        assert finding["unit"] is None and finding["unit_offset"] is None
    by_rule = {f["rule"]: f for f in findings}
    assert "ودعت الأمم المتحدة" in by_rule["TQ701"]["message"]
    assert "جبرائيل" in by_rule["TQ705"]["message"]
    assert by_rule["TQ705"]["suggestion"] == "Jabrayil"
    assert "330" in by_rule["TQ703"]["message"]


def test_target_alone_has_no_source_findings(capsys: pytest.CaptureFixture[str]) -> None:
    code, findings = json_findings(["--select", "source", str(TARGET)], capsys)
    assert code == 0 and findings == []


def test_xliff_findings_point_into_the_original_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, findings = json_findings(["--published", "2020-10-15", str(XLIFF)], capsys)
    assert code == 1
    text = XLIFF.read_text(encoding="utf-8")
    lines = text.splitlines()
    rules = {f["rule"] for f in findings}
    assert {"TQ703", "TQ704", "TQ705", "TQ706", "TQ702", "TQ301"} <= rules
    for finding in findings:
        line = lines[finding["line"] - 1]
        assert line[finding["column"] - 1 : finding["end_column"] - 1] == finding["text"]
        assert finding["unit"] is not None
    gabriel = next(f for f in findings if f["rule"] == "TQ705")
    assert gabriel["text"] == "Gabriel" and gabriel["unit"] == "p2"
    target = "Aliyev said in a tweet that the army had entered the city of Gabriel"
    assert gabriel["unit_offset"] == target.index("Gabriel")
    untranslated = next(f for f in findings if f["rule"] == "TQ706")
    assert untranslated["unit"] == "p5" and "ودعت" in untranslated["message"]


def test_xliff_entity_in_a_target_keeps_positions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A target with '&amp;' before the flagged word: the finding's column is still the
    word's column in the file, and its unit offset counts the decoded '&' as one character."""
    path = tmp_path / "a.xlf"
    path.write_text(
        '<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="ar" '
        'target-language="en"><body>\n<trans-unit id="u1"><source>قال الجيش إنه سيطر على '
        "مدينة جبرائيل.</source><target>Army &amp; police took the city of Gabriel."
        "</target></trans-unit>\n</body></file></xliff>\n",
        encoding="utf-8",
    )
    _, findings = json_findings(["--select", "TQ705", str(path)], capsys)
    (finding,) = findings
    line = path.read_text(encoding="utf-8").splitlines()[finding["line"] - 1]
    assert line[finding["column"] - 1 : finding["end_column"] - 1] == "Gabriel"
    assert finding["unit_offset"] == "Army & police took the city of ".__len__()


def test_text_output_names_the_unit(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(
        ["check", "--no-semantic", "-q", "--select", "TQ706", "--fail-on", "warning", str(XLIFF)],
        capsys,
    )
    assert code == 1
    assert "[unit p5, offset 0, state new]" in out


@pytest.mark.parametrize(
    "argv",
    [
        [str(TARGET), str(TARGET), "--source", str(SOURCE)],
        [str(EXAMPLE), "--source", str(SOURCE)],
        ["-", "--source", str(SOURCE)],
        [str(XLIFF), "--source", str(SOURCE)],
    ],
    ids=["two-targets", "directory", "stdin", "bilingual-target"],
)
def test_source_needs_exactly_one_target_file(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_main(["check", "--no-semantic", *argv], capsys)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "--source" in err


def test_missing_or_binary_source_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.txt"
    code, _, err = run_main(
        ["check", "--no-semantic", str(TARGET), "--source", str(missing)], capsys
    )
    assert code == 2 and "Traceback" not in err
    assert err.strip().count("\n") == 0 and "nope.txt" in err
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02abc")
    code, _, err = run_main(
        ["check", "--no-semantic", str(TARGET), "--source", str(binary)], capsys
    )
    assert code == 2 and "binary" in err and err.strip().count("\n") == 0


def test_fix_leaves_bilingual_files_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "offensive.xlf"
    shutil.copy(XLIFF, copy)
    before = copy.read_bytes()
    _, out, err = run_main(["fix", "--unsafe-fixes", "--no-semantic", str(copy)], capsys)
    assert "Traceback" not in err
    assert copy.read_bytes() == before
    assert "not rewritten" in out


def test_fix_applies_source_suggestions_to_a_paired_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "en.md"
    shutil.copy(TARGET, target)
    _, _, err = run_main(
        [
            "fix",
            "--unsafe-fixes",
            "--no-semantic",
            "--select",
            "TQ705",
            str(target),
            "--source",
            str(SOURCE),
        ],
        capsys,
    )
    assert "Traceback" not in err
    text = target.read_text(encoding="utf-8")
    assert "city of Jabrayil" in text and "Gabriel" not in text
    assert SOURCE.read_text(encoding="utf-8").startswith("# القوات")


def test_directories_include_bilingual_files_and_jobs_agree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for index in range(8):
        shutil.copy(XLIFF, tmp_path / f"unit{index}.xlf")
    argv = ["check", "--no-semantic", "--format", "json", "--published", "2020-10-15"]
    _, serial, _ = run_main([*argv, "--jobs", "1", str(tmp_path)], capsys)
    _, parallel, _ = run_main([*argv, "--jobs", "2", str(tmp_path)], capsys)
    assert serial == parallel
    files = json.loads(serial)["files"]
    assert len(files) == 8 and all(file["findings"] for file in files)


def test_sarif_names_the_translation_unit(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_main(
        ["check", "--no-semantic", "--format", "sarif", "--select", "TQ706", str(XLIFF)], capsys
    )
    (result,) = json.loads(out)["runs"][0]["results"]
    assert result["locations"][0]["logicalLocations"] == [{"name": "p5", "kind": "translationUnit"}]
    assert result["properties"] == {"unitOffset": 0, "unitState": "new"}


def test_every_bilingual_suffix_has_a_reader() -> None:
    from tqcheck.bilingual import formats
    from tqcheck.bilingual.model import BILINGUAL_SUFFIXES

    assert set(formats._READERS) == BILINGUAL_SUFFIXES
