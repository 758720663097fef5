"""Bilingual files recognised by content as well as by extension (a .xml XLIFF, Trados
.sdlxliff), and unknown extensions named on the command line checked as text with a notice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_main
from tqcheck.bilingual.model import looks_bilingual

# Written for this test: one unit whose target doubles a word, and one left in Arabic.
XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<!-- exported by a CAT tool -->
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"
       xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">
  <file original="talks.docx" source-language="ar" target-language="en"
        datatype="x-sdlfilterframework2">
    <body>
      <trans-unit id="u1">
        <source>استؤنفت المحادثات يوم الاثنين.</source>
        <target>The talks will will resume on Monday.</target>
      </trans-unit>
      <trans-unit id="u2">
        <source>وصل الوفد إلى جنيف.</source>
        <target>The delegation arrived in Geneva.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def _report(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[dict, str]:
    code, out, err = run_main(["check", "--format", "json", "--no-semantic", *argv], capsys)
    assert code in (0, 1), err
    return json.loads(out), err


@pytest.mark.parametrize("name", ["talks.xml", "talks.sdlxliff", "talks.mqxliff", "talks.xlf"])
def test_xliff_under_any_name_is_read_as_bilingual(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_text(XLIFF, encoding="utf-8")
    report, err = _report([str(path)], capsys)
    findings = report["files"][0]["findings"]
    # As bilingual: one doubled word, placed in unit u1; the Arabic sources are not
    # reported as untranslated English prose, nor the XML as text.
    assert [(f["rule"], f["unit"]) for f in findings] == [("TQ201", "u1")]
    if name == "talks.xml":
        assert err == f"tqcheck: notice: {path}: read as XLIFF/TMX (recognised by its content)\n"
    else:
        assert err == ""


def test_sdlxliff_is_found_in_a_folder_walk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "talks.sdlxliff").write_text(XLIFF, encoding="utf-8")
    report, _ = _report([str(tmp_path)], capsys)
    assert [Path(f["path"]).name for f in report["files"]] == ["talks.sdlxliff"]


def test_unknown_extension_named_directly_is_checked_as_text_with_a_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "talks.story"
    path.write_text("The talks will will resume on Monday.\n", encoding="utf-8")
    report, err = _report([str(path)], capsys)
    assert [f["rule"] for f in report["files"][0]["findings"]] == ["TQ201"]
    assert err == f"tqcheck: notice: {path}: unknown extension, checked as plain text\n"


def test_looks_bilingual() -> None:
    assert looks_bilingual(XLIFF)
    assert looks_bilingual('\ufeff<?xml version="1.0"?>\n<tmx version="1.4"><header/></tmx>')
    assert not looks_bilingual("<html><body>xliff</body></html>")
    assert not looks_bilingual("The XLIFF file <xliff> was sent.")
