"""--jobs: the same report, in the same order, whatever the number of worker processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, run_main
from tqcheck.runner import MIN_FILES_PER_JOB


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    sources = [
        ROOT / "examples" / "mt-draft.txt",
        FIXTURES / "mt-article.txt",
        FIXTURES / "clean" / "clean-wire.txt",
        FIXTURES / "facts" / "valley-offensive.txt",
    ]
    for index in range(MIN_FILES_PER_JOB * 2 + 1):
        source = sources[index % len(sources)]
        (tmp_path / f"{index:02d}-{source.name}").write_bytes(source.read_bytes())
    (tmp_path / "99-binary.txt").write_bytes(b"\x00\x00binary")
    return tmp_path


@pytest.mark.parametrize("semantic", ["--no-semantic", "--semantic"])
def test_report_is_identical_across_jobs(
    corpus: Path, capsys: pytest.CaptureFixture[str], semantic: str
) -> None:
    reports = []
    for jobs in ("1", "2"):
        code, out, err = run_main(
            ["check", semantic, "--format", "json", "--jobs", jobs, str(corpus)], capsys
        )
        assert code == 2  # the binary file is an input error; the rest is checked
        assert "99-binary.txt" in err
        reports.append(out)
    assert reports[0] == reports[1]
    assert '"TQ301"' in reports[0]
    if semantic == "--semantic":
        assert '"TQ601"' in reports[0]  # model rules ran (in the main process) with two workers


def test_progress_bar_only_on_a_terminal(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    from tqcheck.cli import _Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    with _Progress(terminal) as progress:
        progress.advance(3, 12)
        progress.advance(9, 12)
    shown = terminal.getvalue()
    assert "3/12 files" in shown and "12/12 files" in shown and "#" * 30 in shown
    _, _, err = run_main(["check", "--no-semantic", "-j", "1", str(corpus)], capsys)
    assert "\r" not in err and "files]" not in err  # captured stderr is no terminal
