"""File selection like ruff: exclude / extend-exclude, per-file-ignores, extend-select,
.gitignore respected, README-like files left out of folder walks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_main
from tqcheck.config import Config
from tqcheck.runner import enabled_codes

DOUBLED = "The talks will will resume on Monday.\n"


def write(path: Path, text: str = DOUBLED) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def checked(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, list[str]]:
    """path -> rule codes found, for a rules-only JSON run."""
    code, out, err = run_main(["check", "--format", "json", "--no-semantic", *argv], capsys)
    assert code in (0, 1), err
    return {f["path"]: [x["rule"] for x in f["findings"]] for f in json.loads(out)["files"]}


def test_readme_like_files_are_left_out_of_a_folder_walk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("copy/a.txt", "copy/README.md", "copy/sub/CHANGELOG.md", "copy/LICENSE.txt"):
        write(tmp_path / name)
    assert set(checked(["copy"], capsys)) == {"copy/a.txt"}
    # Named on the command line, a README is checked.
    assert set(checked(["copy/README.md"], capsys)) == {"copy/README.md"}


def test_exclude_and_extend_exclude(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for folder in ("one", "two"):
        for name in ("a.txt", "drafts/b.txt", "old/c.txt", "README.md"):
            write(tmp_path / folder / name)
    write(tmp_path / "one" / "tqcheck.toml", 'extend-exclude = ["drafts/"]\n')
    assert set(checked(["one"], capsys)) == {"one/a.txt", "one/old/c.txt"}
    # exclude replaces the default (README-like files): the README is checked again.
    write(tmp_path / "two" / "tqcheck.toml", 'exclude = ["old/*.txt"]\n')
    assert set(checked(["two"], capsys)) == {"two/a.txt", "two/drafts/b.txt", "two/README.md"}
    # A file named directly is checked whatever the patterns say.
    assert set(checked(["two/old/c.txt"], capsys)) == {"two/old/c.txt"}


def test_per_file_ignores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "copy" / "wire" / "a.txt")
    write(tmp_path / "copy" / "desk" / "b.txt")
    write(tmp_path / "copy" / "tqcheck.toml", '[per-file-ignores]\n"wire/*.txt" = ["TQ201"]\n')
    found = checked(["copy"], capsys)
    assert "TQ201" not in found["copy/wire/a.txt"]
    assert "TQ201" in found["copy/desk/b.txt"]


def test_per_file_ignores_unknown_rule_is_a_config_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "a.txt")
    write(tmp_path / "tqcheck.toml", '[per-file-ignores]\n"*.txt" = ["TQ999"]\n')
    code, _, err = run_main(["check", "--no-semantic", str(tmp_path / "a.txt")], capsys)
    assert code == 2 and "TQ999" in err and "tqcheck.toml" in err


def test_extend_select_adds_to_the_default_selection() -> None:
    default = enabled_codes(Config())
    assert "TQ603" not in default  # off by default
    extended = enabled_codes(Config(extend_select=("TQ603",)))
    assert extended == default | {"TQ603"}
    assert enabled_codes(Config(extend_select=("TQ603",), ignore=("TQ603",))) == default


def test_gitignore_is_respected_in_a_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    write(tmp_path / "repo" / ".gitignore", "build/\n*.draft.txt\n")
    write(tmp_path / "repo" / "copy" / ".gitignore", "!keep.draft.txt\n")
    for name in ("a.txt", "b.draft.txt", "keep.draft.txt", "build/c.txt"):
        write(tmp_path / "repo" / "copy" / name)
    write(tmp_path / "repo" / "build" / "d.txt")
    assert set(checked(["repo"], capsys)) == {"repo/copy/a.txt", "repo/copy/keep.draft.txt"}


def test_respect_gitignore_false(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    write(tmp_path / "repo" / ".gitignore", "*.draft.txt\n")
    write(tmp_path / "repo" / "a.txt")
    write(tmp_path / "repo" / "b.draft.txt")
    write(tmp_path / "repo" / "tqcheck.toml", "respect-gitignore = false\n")
    assert set(checked(["repo"], capsys)) == {"repo/a.txt", "repo/b.draft.txt"}


def test_gitignore_outside_a_repository_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "copy" / ".gitignore", "*.txt\n")
    write(tmp_path / "copy" / "a.txt")
    assert set(checked(["copy"], capsys)) == {"copy/a.txt"}
