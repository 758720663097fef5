"""tqcheck fix: safe suggestions applied atomically, encoding, BOM and line endings kept."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.conftest import run_main
from tqcheck.errors import InputError
from tqcheck.fixer import fix_file, write_atomically
from tqcheck.runner import Checker, CheckOptions

ARTICLE = (
    "Shelling hit villages in Fuzuli state and the the city of Gabriel overnight.\n"
    "\n"
    "The ministry said the army had taken Fizuli.\n"
)
SAFE = (
    "Shelling hit villages in Fuzuli district and the city of Gabriel overnight.\n"
    "\n"
    "The ministry said the army had taken Fuzuli.\n"
)


def _fix(path: Path, capsys: pytest.CaptureFixture[str], *flags: str) -> tuple[int, str, str]:
    return run_main(["fix", "--no-semantic", *flags, str(path)], capsys)


def test_safe_fixes_are_applied_and_a_second_run_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = _fix(article, capsys)
    assert article.read_text(encoding="utf-8") == SAFE  # Gabriel (unsafe) is left
    assert code == 1  # the garbled name remains, an error
    assert out == f"{article}: fixed 3, 1 left\n"
    before = article.read_bytes()
    _fix(article, capsys)
    assert article.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary left behind


def test_unsafe_fixes_on_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    _fix(article, capsys, "--unsafe-fixes")
    assert "city of Jabrayil" in article.read_text(encoding="utf-8")


def test_diff_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = _fix(article, capsys, "--diff")
    assert code == 1
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert f"--- a/{article}" in out
    assert "-Shelling hit villages in Fuzuli state and the the city" in out
    assert "+Shelling hit villages in Fuzuli district and the city" in out
    article.write_text(SAFE, encoding="utf-8")
    code, out, _ = _fix(article, capsys, "--diff")
    assert (code, out) == (0, "")


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [("utf-8", b"", "\r\n"), ("utf-8", b"\xef\xbb\xbf", "\n"), ("utf-16-le", b"\xff\xfe", "\r\n")],
)
def test_encoding_bom_line_endings_and_mode_are_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, bom: bytes, newline: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(bom + ARTICLE.replace("\n", newline).encode(encoding))
    article.chmod(0o640)
    _fix(article, capsys)
    assert article.read_bytes() == bom + SAFE.replace("\n", newline).encode(encoding)
    assert stat.S_IMODE(article.stat().st_mode) == 0o640


def test_refuses_when_the_file_changed_underneath(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = fix_file(Checker(CheckOptions(semantic=False)), str(article), unsafe=False)
    assert result.changed
    article.write_text(ARTICLE + "An editor's new paragraph.\n", encoding="utf-8")
    with pytest.raises(InputError, match="changed on disk"):
        write_atomically(result)
    assert article.read_text(encoding="utf-8").endswith("An editor's new paragraph.\n")


def test_standard_input_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_main(["fix", "-"], capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "standard input" in err


def test_fix_on_a_directory_with_an_unreadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00bad\x00")
    code, _, err = run_main(["fix", "--no-semantic", str(tmp_path)], capsys)
    assert code == 2
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == SAFE
    assert (tmp_path / "b.txt").read_bytes() == b"\xff\xfe\x00bad\x00"
    assert "b.txt" in err
