"""The hostile-input suite (issue 17): every input the CLI can be handed ends in one line and a
documented exit code, within 10 s, never a traceback or a hang.

Each case runs the real command in a subprocess with a 10-second timeout (a hang fails the
test, it does not stall CI). Sizes are small: a 1,200-level folder, a few files; the 100,000-file
and pathological-text figures live in benchmarks/ (many_files.py, adversarial_scaling.py).
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, run_main
from tests.process_support import ctrl_c_at_default, wait_until_running
from tqcheck.errors import ConfigError, ExitCode

# The acceptance limit; a developer machine under heavy load may raise it with this variable.
TIMEOUT = float(os.environ.get("TQCHECK_HOSTILE_TIMEOUT", "10"))
CLEAN = "The committee met on Monday and agreed the budget for next year.\n"
DOUBLED = "The committee met on Monday and and agreed the budget.\n"


@pytest.fixture(scope="module", autouse=True)
def _geonames_index_built() -> None:
    """Build the test cache's GeoNames index once, outside the 10-second limits: a check that
    meets a place-like word builds it on first need (~20 s), which is not what these tests time.
    """
    from tqcheck.gazetteer.geonames import default_index_path

    if not default_index_path().exists():
        subprocess.run(
            [sys.executable, "-m", "tqcheck", "gazetteer", "build"],
            capture_output=True,
            timeout=900,
            check=True,
        )


def tq(
    args: Sequence[str],
    cwd: Path,
    stdin: int | bytes | None = None,
    env: dict[str, str] | None = None,
) -> tuple[int, str, str]:
    """``python -m tqcheck ARGS`` with a 10 s limit; (exit code, stdout, stderr)."""
    kwargs: dict[str, object] = {}
    if isinstance(stdin, bytes):
        kwargs["input"] = stdin
    elif stdin is not None:
        kwargs["stdin"] = stdin
    else:
        kwargs["stdin"] = subprocess.DEVNULL
    completed = subprocess.run(
        [sys.executable, "-m", "tqcheck", *args],
        cwd=cwd,
        capture_output=True,
        timeout=TIMEOUT,
        env={**os.environ, **(env or {})},
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )
    return (
        completed.returncode,
        completed.stdout.decode("utf-8", "replace"),
        completed.stderr.decode("utf-8", "replace"),
    )


def one_line_error(code: int, err: str, *needles: str) -> None:
    """Exit 2, no traceback, exactly one line on stderr, holding every needle."""
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert code == ExitCode.ERROR, err
    assert len(lines) == 1, err
    for needle in needles:
        assert needle.lower() in lines[0].lower(), err


def clean_run(code: int, err: str) -> None:
    assert code in (ExitCode.OK, ExitCode.FINDINGS), err
    assert "Traceback" not in err and "internal error" not in err, err


def article(folder: Path, name: str = "a.txt", text: str = CLEAN) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------------------ file system


def test_symlink_to_itself_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "self.txt").symlink_to("self.txt")
    code, _, err = tq(["check", "--no-semantic", "self.txt"], tmp_path)
    one_line_error(code, err, "self.txt", "symbolic link loop")


def test_folder_holding_a_link_loop_reports_it_and_checks_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    article(folder, "good.txt", DOUBLED)
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "a.md").symlink_to("b.md")
    (folder / "b.md").symlink_to("a.md")
    (folder / "up").symlink_to("..")  # a link to a folder: not followed, so no loop
    code, out, err = tq(["check", "--no-semantic", "--format", "json", "news"], tmp_path)
    assert code == ExitCode.ERROR and "Traceback" not in err
    lines = err.strip().splitlines()
    assert sorted(lines) == [
        f"tqcheck: error: {Path('news', name)}: symbolic link loop"
        for name in ("a.md", "b.md", "loop.txt")
    ]
    report = json.loads(out)
    checked = {file["path"]: file for file in report["files"]}
    assert [f["rule"] for f in checked[str(Path("news", "good.txt"))]["findings"]] == ["TQ201"]


def test_dangling_link_in_a_folder_is_reported(tmp_path: Path) -> None:
    article(tmp_path / "news", "good.txt")
    (tmp_path / "news" / "gone.txt").symlink_to("nowhere.txt")
    code, _, err = tq(["check", "--no-semantic", "news"], tmp_path)
    one_line_error(code, err, "gone.txt", "broken symbolic link")


@pytest.mark.parametrize("where", ["named", "in-folder"])
def test_fifo_is_refused_not_read(tmp_path: Path, where: str) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    os.mkfifo(folder / "x.txt")  # nobody ever writes: opening it for reading would block
    target = "news/x.txt" if where == "named" else "news"
    code, _, err = tq(["check", "--no-semantic", target], tmp_path)
    one_line_error(code, err, "x.txt", "FIFO", "not a regular file")


def test_fix_on_a_fifo_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.txt")
    code, _, err = tq(["fix", "--no-semantic", "x.txt"], tmp_path)
    one_line_error(code, err, "x.txt", "FIFO")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["check", "--no-semantic", "--max-file-size", "1k", "/dev/zero"], "device"),
        (["check", "--no-semantic", "/dev/zero"], "device"),
        (["check", "--no-semantic", "--config", "/dev/zero", "a.txt"], "device"),
        (["check", "--no-semantic", "--baseline", "/dev/zero", "a.txt"], "device"),
        (["gazetteer", "import", "/dev/zero", "-o", "index.sqlite"], "device"),
    ],
    ids=["check", "check-default-limit", "config", "baseline", "gazetteer-import"],
)
def test_device_files_are_refused_without_reading(
    tmp_path: Path, args: list[str], needle: str
) -> None:
    article(tmp_path)
    code, _, err = tq(args, tmp_path)
    one_line_error(code, err, "/dev/zero", needle)
    assert not (tmp_path / "index.sqlite").exists()


def test_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    article(tmp_path, "big.txt", CLEAN * 100)
    code, _, err = tq(["check", "--no-semantic", "--max-file-size", "1k", "big.txt"], tmp_path)
    one_line_error(code, err, "big.txt", "over the limit")


def test_stdin_over_the_limit_is_refused(tmp_path: Path) -> None:
    code, _, err = tq(
        ["check", "--no-semantic", "--max-file-size", "1k", "-"], tmp_path, CLEAN.encode() * 100
    )
    one_line_error(code, err, "over the limit")


def test_closed_stdin_is_one_line(tmp_path: Path) -> None:
    process = subprocess.run(
        [sys.executable, "-m", "tqcheck", "check", "--no-semantic", "-"],
        cwd=tmp_path,
        capture_output=True,
        timeout=TIMEOUT,
        preexec_fn=lambda: os.close(0),  # the shell's <&-
        check=False,
    )
    one_line_error(process.returncode, process.stderr.decode(), "standard input is closed")


# Every command that reads standard input (check, facts, places: '-' as a file; gazetteer
# lookup: '-' for one name per line), with stdin closed (the shell's <&-) or holding bytes
# that are not text.
STDIN_COMMANDS = [
    ["check", "--no-semantic", "-"],
    ["check", "--no-semantic", "--source", "-", "a.txt"],
    ["facts", "-"],
    ["places", "-"],
    ["gazetteer", "lookup", "-"],
]


@pytest.mark.parametrize("args", STDIN_COMMANDS, ids=" ".join)
def test_every_command_reading_a_closed_stdin_is_one_line(tmp_path: Path, args: list[str]) -> None:
    article(tmp_path)
    process = subprocess.run(
        [sys.executable, "-m", "tqcheck", *args],
        cwd=tmp_path,
        capture_output=True,
        timeout=TIMEOUT,
        preexec_fn=lambda: os.close(0),
        check=False,
    )
    one_line_error(process.returncode, process.stderr.decode(), "standard input is closed")


@pytest.mark.parametrize("args", STDIN_COMMANDS, ids=" ".join)
def test_every_command_reading_undecodable_stdin_is_one_line(
    tmp_path: Path, args: list[str]
) -> None:
    article(tmp_path)
    code, _, err = tq(args, tmp_path, b"Baku\n\xc3\x28 Ganja\n")
    one_line_error(code, err, "not valid utf-8")


def test_gazetteer_lookup_reads_names_from_stdin(tmp_path: Path) -> None:
    code, out, err = tq(["gazetteer", "lookup", "-"], tmp_path, b"Baku\n\n  Ganja \n")
    assert code == ExitCode.OK, err
    assert [line.split(":")[0] for line in out.splitlines()] == ["Baku", "Ganja"]
    code, out, err = tq(["gazetteer", "lookup", "-"], tmp_path, b"")
    assert (code, out) == (ExitCode.OK, ""), err


# Every command's output to a pipe whose reader is gone (``tqcheck rules | head -1`` once the
# output outgrows the pipe): one line and exit 2, as for check's report, never click's silent
# exit 1 or a traceback.
JSON = ["--format", "json", "a.txt"]
STDOUT_COMMANDS = [
    ["check", "--no-semantic", "a.txt"],
    ["rules"],
    ["rule", "TQ201"],
    ["facts", "a.txt"],
    ["places", "a.txt"],
    ["gazetteer", "lookup", "Baku"],
    ["--help"],
    ["check", "--help"],
    ["--version"],
]


@pytest.mark.parametrize("args", STDOUT_COMMANDS, ids=" ".join)
def test_broken_pipe_on_every_command_is_one_line(tmp_path: Path, args: list[str]) -> None:
    article(tmp_path, text=DOUBLED)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written
    try:
        process = subprocess.run(
            [sys.executable, "-m", "tqcheck", *args],
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
            check=False,
        )
    finally:
        os.close(write_end)
    one_line_error(process.returncode, process.stderr.decode(), "broken pipe")


# The same commands with standard output closed (the shell's >&-): Python's sys.stdout is None
# then, and click would write nothing and exit 0; the output is lost, so it is one line, exit 2.
@pytest.mark.parametrize("args", STDOUT_COMMANDS, ids=" ".join)
def test_closed_stdout_on_every_command_is_one_line(tmp_path: Path, args: list[str]) -> None:
    article(tmp_path, text=DOUBLED)
    process = subprocess.run(
        [sys.executable, "-m", "tqcheck", *args],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=TIMEOUT,
        preexec_fn=lambda: os.close(1),  # the shell's >&-
        check=False,
    )
    one_line_error(process.returncode, process.stderr.decode(), "standard output is closed")


def test_closed_stdout_with_the_report_in_a_file_is_a_normal_run(tmp_path: Path) -> None:
    article(tmp_path, text=DOUBLED)
    process = subprocess.run(
        [sys.executable, "-m", "tqcheck", "check", "--no-semantic", "-o", "report.json", *JSON],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=TIMEOUT,
        preexec_fn=lambda: os.close(1),
        check=False,
    )
    assert process.returncode == ExitCode.FINDINGS, process.stderr.decode()
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [f["rule"] for f in report["files"][0]["findings"]] == ["TQ201"]


def test_folder_1200_levels_deep_is_walked(tmp_path: Path) -> None:
    deep = tmp_path / "top"
    deep.mkdir()
    try:
        fd = os.open(deep, os.O_RDONLY)
        try:  # made relative to an open folder, one level at a time
            for _ in range(1200):
                os.mkdir("d", dir_fd=fd)
                inner = os.open("d", os.O_RDONLY, dir_fd=fd)
                os.close(fd)
                fd = inner
            handle = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
            os.write(handle, DOUBLED.encode())
            os.close(handle)
        finally:
            os.close(fd)
        code, out, err = tq(["check", "--no-semantic", "--format", "json", "top"], tmp_path)
    finally:  # rm is iterative; pytest's own clean-up (shutil.rmtree) would recurse 1,200 deep
        subprocess.run(["rm", "-rf", str(deep)], check=True, timeout=60)
    assert code == ExitCode.FINDINGS, err
    findings = json.loads(out)["files"][0]["findings"]
    assert [f["rule"] for f in findings] == ["TQ201"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_unreadable_subfolder_is_reported_and_the_rest_checked(tmp_path: Path) -> None:
    article(tmp_path / "news", "good.txt", DOUBLED)
    locked = tmp_path / "news" / "locked"
    article(locked, "hidden.txt")
    locked.chmod(0)
    try:
        code, out, err = tq(["check", "--no-semantic", "--format", "json", "news"], tmp_path)
    finally:
        locked.chmod(0o755)
    one_line_error(code, err, "locked", "permission denied")
    assert json.loads(out)["summary"]["files"] >= 1


def test_unreadable_subfolder_is_reported_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same as above, in-process, with the folder listing failing as it would for a
    user without the permission (root ignores the mode bits)."""
    article(tmp_path / "news", "good.txt", DOUBLED)
    article(tmp_path / "news" / "locked", "hidden.txt")
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = run_main(
        ["check", "--no-semantic", "--format", "json", str(tmp_path / "news")], capsys
    )
    one_line_error(code, err, "locked", "cannot read directory", "permission denied")
    report = json.loads(out)
    good = [f for f in report["files"] if f["path"].endswith("good.txt")]
    assert [f["rule"] for f in good[0]["findings"]] == ["TQ201"]


def test_many_jobs_are_capped(tmp_path: Path) -> None:
    for index in range(12):
        article(tmp_path / "news", f"a{index}.txt", DOUBLED)
    code, out, err = tq(
        ["check", "--no-semantic", "-j", "100000", "--format", "json", "news"], tmp_path
    )
    assert code == ExitCode.FINDINGS and "Traceback" not in err, err
    assert json.loads(out)["summary"]["files"] == 12


# ------------------------------------------------------------------------------ option values


@pytest.mark.parametrize(
    ("option", "value", "needle"),
    [
        ("--max-file-size", "inf", "largest size"),
        ("--max-file-size", "1e400", "largest size"),
        ("--max-file-size", str(2**63 - 1), "largest size"),
        ("--max-file-size", "-5", "positive"),
        ("--max-file-size", "nan", "positive"),
        ("--max-file-size", "0", "positive"),
        ("--max-file-size", "lots", "not a size"),
        ("-j", "0", "--jobs"),
        ("-j", "-3", "--jobs"),
        ("-j", "1e9", "--jobs"),
        ("--encoding", "rot13", "not a text encoding"),
        ("--encoding", "hex", "not a text encoding"),
        ("--encoding", "base64", "not a text encoding"),
        ("--encoding", "bogus", "unknown encoding"),
        ("--encoding", "utf-9", "unknown encoding"),
        ("--published", "0001-01-01", "outside the supported range"),
        ("--published", "9999-12-31", "outside the supported range"),
        ("--published", "2020-02-30", "not a date"),
        ("--published", "yesterday", "not a date"),
    ],
)
def test_bad_option_values_are_one_line(
    tmp_path: Path, option: str, value: str, needle: str
) -> None:
    article(tmp_path)
    code, _, err = tq(["check", "--no-semantic", option, value, "a.txt"], tmp_path)
    one_line_error(code, err, needle)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--max-file-size", "1.5k"),
        ("--max-file-size", "1024G"),
        ("--encoding", "cp1256"),
        ("--encoding", "UTF-8"),
        ("--published", "1900-01-01"),
        ("--published", "2199-12-31"),
    ],
)
def test_edge_option_values_run_cleanly(tmp_path: Path, option: str, value: str) -> None:
    article(tmp_path)
    code, _, err = tq(["check", "--no-semantic", option, value, "a.txt"], tmp_path)
    clean_run(code, err)


# ------------------------------------------------------------------------------ front matter


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("2020-02-30", "day is out of range"),
        ("0000-00-00", "cannot read"),
        ("2020-13-01", "month must be in"),
        ("0001-01-01", "outside the supported range"),
        ("9999-12-31", "outside the supported range"),
        ("'0001-01-01'", "outside the supported range"),
        ("2020-10-15T10:00:00+99:00", "cannot read"),
        ("1" * 5000, "cannot read"),
        ("[" * 5000, "front matter"),
        ("{a: " * 3000 + "1" + "}" * 3000, "nested too deeply"),
    ],
)
def test_bad_front_matter_names_file_and_line(tmp_path: Path, value: str, needle: str) -> None:
    article(tmp_path, "a.md", f"---\ntitle: x\npublished: {value}\n---\n\n{CLEAN}")
    code, _, err = tq(["check", "--no-semantic", "a.md"], tmp_path)
    one_line_error(code, err, needle)
    assert "a.md:" in err


def test_yaml_bomb_in_front_matter_is_harmless(tmp_path: Path) -> None:
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for index in range(1, 9):
        previous = chr(ord("a") + index - 1)
        name = chr(ord("a") + index)
        levels.append(f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]")
    article(tmp_path, "a.md", "---\n" + "\n".join(levels) + "\n---\n\n" + CLEAN)
    code, _, err = tq(["check", "--no-semantic", "a.md"], tmp_path)
    clean_run(code, err)


def test_published_front_matter_in_range_is_used(tmp_path: Path) -> None:
    article(tmp_path, "a.md", f"---\npublished: 2020-10-15T10:00:00+03:00\n---\n\n{CLEAN}")
    code, out, err = tq(["facts", "a.md", "--format", "json"], tmp_path)
    clean_run(code, err)
    assert "2020-10-15" in out


# ------------------------------------------------------------------------------ config


def test_toml_datetime_published_is_its_date(tmp_path: Path) -> None:
    (tmp_path / "tqcheck.toml").write_text("published = 2020-10-15T10:00:00\n")
    article(tmp_path)
    code, _, err = tq(["check", "--no-semantic", "a.txt"], tmp_path)
    clean_run(code, err)


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("published = 0001-01-01\n", "outside the supported range"),
        ("published = 10:00:00\n", "must be a date"),
        ("max-file-size = 9223372036854775807\n", "at most"),
        ("max-file-size = inf\n", "max-file-size"),
        ("max-file-size = -1\n", "max-file-size"),
        ("semantic = 1\n", "true or false"),
        ("select = 5\n", "list of strings"),
        ("x = " + "[" * 5000 + "]" * 5000 + "\n", "invalid TOML"),
        ("a = 1" + "1" * 5000 + "\n", "invalid TOML"),
        ('select = ["TQ999"]\n', "unknown rule"),
        ('fail-on = "fatal"\n', "fail-on"),
    ],
)
def test_bad_config_values_are_one_line(tmp_path: Path, content: str, needle: str) -> None:
    (tmp_path / "tqcheck.toml").write_text(content)
    article(tmp_path)
    code, _, err = tq(["check", "--no-semantic", "a.txt"], tmp_path)
    one_line_error(code, err, "tqcheck.toml", needle)


def test_config_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "c.toml").write_bytes(b'select = ["ALL"]\nfail-on = "\xff"\n')
    article(tmp_path)
    code, _, err = tq(["check", "--no-semantic", "--config", "c.toml", "a.txt"], tmp_path)
    one_line_error(code, err, "c.toml:2", "UTF-8")


def test_huge_config_is_refused(tmp_path: Path) -> None:
    (tmp_path / "c.toml").write_text("# padding\n" * 200_000)
    article(tmp_path)
    code, _, err = tq(["check", "--no-semantic", "--config", "c.toml", "a.txt"], tmp_path)
    one_line_error(code, err, "c.toml", "over the limit")


# ------------------------------------------------------------------------------ baselines


@pytest.mark.parametrize(
    "content",
    [
        '{"version": 1, "findings": 5}',
        '{"version": 1, "findings": [5]}',
        '{"version": 1, "findings": [{"rule": "TQ202", "path": "a.txt", "text": "and and",'
        ' "count": Infinity}]}',
        '{"version": 1, "findings": [{"rule": "TQ202", "path": "a.txt", "text": "and and",'
        ' "count": ' + "9" * 5000 + "}]}",
        '{"version": 1, "findings": [{"rule": "TQ202", "path": "a.txt", "text": "and and",'
        ' "count": 1e400}]}',
        '{"version": 1, "findings": [{"rule": ["TQ202"], "path": "a.txt", "text": "x"}]}',
        '{"version": 1, "findings": [{"rule": "TQ202", "path": "a.txt", "text": "x",'
        ' "count": -2}]}',
        "[" * 100_000 + "]" * 100_000,
        '{"version": true, "findings": []}',
    ],
    ids=[
        "findings-int",
        "entry-int",
        "infinity",
        "5000-digits",
        "1e400",
        "wrong-type",
        "negative",
        "deep",
        "bool-version",
    ],
)
def test_bad_baselines_are_one_line(tmp_path: Path, content: str) -> None:
    (tmp_path / "b.json").write_text(content)
    article(tmp_path, text=DOUBLED)
    code, out, err = tq(["check", "--no-semantic", "--baseline", "b.json", "a.txt"], tmp_path)
    one_line_error(code, err, "b.json", "baseline")
    assert out == ""


# ------------------------------------------------------------------------------ gazetteer CSV


def _curated_rows() -> list[str]:
    return (ROOT / "gazetteers" / "south-caucasus.csv").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(
    ("mangle", "line", "needle"),
    [
        (lambda rows: [*rows[:2], rows[2].replace(",", ',"', 1), *rows[3:6]], 3, "CSV"),
        (lambda rows: [rows[0], rows[1] + ",extra", *rows[2:4]], 2, "columns"),
        (lambda rows: [rows[0], rows[1], rows[2][:20]], 3, "columns"),
        (lambda rows: [rows[0], rows[1], 'x,"open\nquote",y', rows[2]], 3, "quote left open"),
    ],
    ids=["unterminated-quote", "extra-column", "short-row", "multiline-field"],
)
def test_curated_csv_defects_are_file_line_errors(
    tmp_path: Path, mangle: object, line: int, needle: str
) -> None:
    from tqcheck.gazetteer.index import Gazetteer

    path = tmp_path / "layer.csv"
    path.write_text("\n".join(mangle(_curated_rows())) + "\n", encoding="utf-8")  # type: ignore[operator]
    with pytest.raises(ConfigError) as caught:
        Gazetteer().add_places(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}:") and needle in message
    assert "\n" not in message


def test_curated_csv_with_a_non_utf8_byte_names_its_line(tmp_path: Path) -> None:
    from tqcheck.gazetteer.index import Gazetteer

    rows = _curated_rows()[:3]
    path = tmp_path / "layer.csv"
    path.write_bytes(("\n".join(rows) + "\n").encode() + b"sc-9999,Bad\xffName,town,AZ\n")
    with pytest.raises(ConfigError, match=rf"^{path}:4: gazetteer is not valid UTF-8"):
        Gazetteer().add_places(path)


def test_dump_with_a_huge_population_is_one_line(tmp_path: Path) -> None:
    fields = ["1", "Baku", "Baku", "", "40.4", "49.9", "P", "PPLC", "AZ", "", "09", "", "", ""]
    fields += ["9" * 5000, "", "0", "Asia/Baku", "2020-01-01"]
    (tmp_path / "dump.txt").write_text("\t".join(fields) + "\n", encoding="utf-8")
    code, _, err = tq(["gazetteer", "import", "dump.txt", "-o", "index.sqlite"], tmp_path)
    one_line_error(code, err, "dump.txt:1", "population")


# ------------------------------------------------------------------------------ XLIFF


XLIFF2 = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar" '
    'trgLang="en">\n<file id="f1">\n<unit id="u1"><segment>\n'
    "<source>5 villages</source>\n"
    '<target>The army <cp hex="D800"/> took the village on Monday.</target>\n'
    "</segment></unit>\n</file>\n</xliff>\n"
)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "csv", "html"])
def test_xliff_lone_surrogate_code_point_in_every_format(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "a.xlf").write_text(XLIFF2, encoding="utf-8")
    # Rules that need no GeoNames index: a fresh test cache would build it (~20 s) first.
    rules = "layout,artifact,number,date"
    code, out, err = tq(
        ["check", "--no-semantic", "--select", rules, "--format", fmt, "a.xlf"], tmp_path
    )
    clean_run(code, err)
    assert "\ud800" not in out


# ------------------------------------------------------------------------------ deep Markdown


def test_markdown_nested_20_quote_levels_is_checked(tmp_path: Path) -> None:
    text = "".join(">" * level + f" Level {level} holds no error.\n\n" for level in range(1, 20))
    text += ">" * 20 + " The army took the the village.\n"
    article(tmp_path, "deep.md", text)
    code, out, err = tq(["check", "--no-semantic", "--format", "json", "deep.md"], tmp_path)
    assert code == ExitCode.FINDINGS, err
    findings = json.loads(out)["files"][0]["findings"]
    assert [(f["rule"], f["line"]) for f in findings] == [("TQ201", 39)]


def test_markdown_nested_19_list_levels_is_checked(tmp_path: Path) -> None:
    text = "".join("  " * level + f"- Item {level} holds no error.\n" for level in range(18))
    text += "  " * 18 + "- The army took the the village.\n"
    article(tmp_path, "deep.md", text)
    code, out, err = tq(["check", "--no-semantic", "--format", "json", "deep.md"], tmp_path)
    assert code == ExitCode.FINDINGS, err
    findings = json.loads(out)["files"][0]["findings"]
    assert [(f["rule"], f["line"]) for f in findings] == [("TQ201", 19)]


def test_markdown_nested_past_the_parser_limit_is_read_as_text(tmp_path: Path) -> None:
    article(tmp_path, "deep.md", ">" * 3000 + " The army took the the village.\n")
    code, out, err = tq(["check", "--no-semantic", "--format", "json", "deep.md"], tmp_path)
    assert code == ExitCode.FINDINGS, err
    assert [f["rule"] for f in json.loads(out)["files"][0]["findings"]] == ["TQ201"]


# ------------------------------------------------------------------------------ error boundary


def _explode(*_: object, **__: object) -> None:
    raise ValueError("boom\nsecond line")


def test_unforeseen_error_is_one_line_and_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("tqcheck.runner.Checker.run", _explode)
    monkeypatch.delenv("TQCHECK_DEBUG", raising=False)
    path = article(tmp_path)
    code, out, err = run_main(["check", "--no-semantic", str(path)], capsys)
    assert code == ExitCode.INTERNAL == 3
    assert err.strip().splitlines() == [
        "tqcheck: internal error: ValueError: boom second line; "
        "rerun with TQCHECK_DEBUG=1 for the traceback"
    ]
    assert out == ""


def test_tqcheck_debug_shows_the_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("tqcheck.runner.Checker.run", _explode)
    monkeypatch.setenv("TQCHECK_DEBUG", "1")
    path = article(tmp_path)
    code, _, err = run_main(["check", "--no-semantic", str(path)], capsys)
    assert code == ExitCode.INTERNAL
    assert "Traceback" in err and "_explode" in err
    assert err.strip().splitlines()[-1].startswith("tqcheck: internal error: ValueError")


def test_recursion_error_is_caught_at_the_boundary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def recurse(*_: object, **__: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("tqcheck.runner.Checker.run", recurse)
    path = article(tmp_path)
    code, _, err = run_main(["check", "--no-semantic", str(path)], capsys)
    assert code == ExitCode.INTERNAL
    assert len(err.strip().splitlines()) == 1 and "RecursionError" in err


# ------------------------------------------------------------------------------ signals


def _corpus(tmp_path: Path, count: int = 400) -> Path:
    corpus = tmp_path / "copy"
    corpus.mkdir()
    text = (ROOT / "examples" / "mt-draft.txt").read_bytes()
    for index in range(count):
        (corpus / f"a{index:03d}.txt").write_bytes(text)
    return corpus


@pytest.mark.parametrize(
    ("signum", "expected", "word"),
    [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")],
    ids=["ctrl-c", "sigterm"],
)
def test_signal_to_the_process_group_stops_workers_quietly(
    tmp_path: Path, signum: int, expected: int, word: str
) -> None:
    """Ctrl-C at a terminal (and ``kill -TERM -PGID``) signals every process of the group:
    the workers must not print tracebacks, the run exits 130 / 143 without a report."""
    corpus = _corpus(tmp_path)
    report = tmp_path / "report.json"
    process = subprocess.Popen(
        [sys.executable, "-m", "tqcheck", "check", "--no-semantic", "-j", "2",
         "--format", "json", "-o", str(report), str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=ctrl_c_at_default,
    )  # fmt: skip
    wait_until_running(process, workers=True)
    os.killpg(process.pid, signum)
    _, err = process.communicate(timeout=60)
    assert process.returncode == expected, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert err.strip().splitlines() == [f"tqcheck: {word}"]
    assert not report.exists()


def test_sigterm_to_the_main_process_exits_143(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "tqcheck", "check", "--no-semantic", "-j", "2", str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_until_running(process, workers=True)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=60)
    assert process.returncode == ExitCode.TERMINATED, err
    assert "Traceback" not in err and out == ""


# ------------------------------------------------------------------------------ property tests


_OPTION_VALUES = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["inf", "-1", "0", "1e400", "nan", "2k", "20M", "utf-8", "hex", "rot13"]),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.dates().map(lambda day: day.isoformat()),
)
_OPTIONS = ["--max-file-size", "--encoding", "--published", "-j", "--fail-on", "--select"]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.binary(max_size=400), option=st.sampled_from(_OPTIONS), value=_OPTION_VALUES)
def test_random_bytes_and_option_values_never_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, option: str, value: str
) -> None:
    path = tmp_path / "random.txt"
    path.write_bytes(data)
    code, _, err = run_main(["check", "--no-semantic", option, value, str(path)], capsys)
    assert code in (0, 1, 2), err
    assert "Traceback" not in err and "internal error" not in err, err
    if code == 2:
        assert len(err.strip().splitlines()) == 1, err


_YAML_VALUE = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
    st.dates().map(lambda day: day.isoformat()),
    st.integers().map(str),
    st.sampled_from(
        ["2020-02-30", "0000-00-00", "[", "{", "&a x", "*a", "!!python/object:os.system", "~"]
    ),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(key=st.sampled_from(["published", "date", "title", "x"]), value=_YAML_VALUE)
def test_random_front_matter_never_crashes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str, value: str
) -> None:
    path = tmp_path / "random.md"
    path.write_text(f"---\n{key}: {value}\n---\n\n{CLEAN}", encoding="utf-8", errors="replace")
    code, _, err = run_main(["check", "--no-semantic", str(path)], capsys)
    assert code in (0, 1, 2), err
    assert "Traceback" not in err and "internal error" not in err, err
    if code == 2:
        assert len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize("data", [b"\xff\xfe\x00", b"\x00" * 10, b"\xef\xbb\xbf", b"-\n" * 50])
def test_random_bytes_in_a_subprocess(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "r.txt").write_bytes(data)
    code, _, err = tq(["check", "--no-semantic", "r.txt"], tmp_path)
    assert code in (0, 1, 2) and "Traceback" not in err, err


def test_mode_bits_of_a_checked_file_are_untouched(tmp_path: Path) -> None:
    path = article(tmp_path, text=DOUBLED)
    path.chmod(0o444)
    before = path.stat()
    code, _, err = tq(["check", "--no-semantic", "a.txt"], tmp_path)
    assert code == ExitCode.FINDINGS, err
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert path.stat().st_mtime_ns == before.st_mtime_ns


def test_fix_reports_a_link_loop_in_a_folder_and_fixes_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    article(folder, "good.txt", "The committee met on Monday\u00a0 and agreed the budget.\n")
    (folder / "loop.txt").symlink_to("loop.txt")
    code, _, err = tq(["fix", "--no-semantic", "news"], tmp_path)
    assert code == ExitCode.ERROR and "Traceback" not in err
    assert err.strip().splitlines() == [
        f"tqcheck: error: {Path('news', 'loop.txt')}: symbolic link loop"
    ]
