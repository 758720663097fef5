"""Writes that cannot destroy: every data-loss case of issue 17 as a test that shows the file,
device node, link or index intact, and every output error as one line with exit 2.

Real files, symlinks, hard links, device nodes, FIFOs and extended attributes. Tests run as
root here, and root ignores permission bits, so read-only means "by mode" and is checked so.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_main
from tqcheck.errors import InputError
from tqcheck.fixer import fix_file, write_atomically
from tqcheck.runner import Checker, CheckOptions

ARTICLE = (
    "Shelling hit villages in Fuzuli state and the the city of Gabriel overnight.\n"
    "\n"
    "The ministry said the army had taken Fizuli.\n"
)
# What ``fix --select TQ201`` makes of it (the doubled word; no GeoNames index needed).
SAFE = ARTICLE.replace("the the", "the")
# A check that needs neither the model nor the GeoNames index: fast, and it finds something.
FAST = ["check", "--no-semantic", "--select", "TQ201"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("tqcheck: error: ")
    return lines[0]


def _tqcheck(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """The CLI in a fresh process (for stdout, devices and caches)."""
    return subprocess.run(
        [sys.executable, "-m", "tqcheck", *args],
        capture_output=kwargs.pop("capture_output", True),  # type: ignore[arg-type]
        text=True,
        check=False,
        timeout=60,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# -- an output that is an input -------------------------------------------------------------


@pytest.mark.parametrize("option", ["-o", "--write-baseline", "--summary"])
def test_output_naming_the_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    # --summary needs a .csv/.json/.parquet name: the article is then a.csv.
    article = tmp_path / ("a.csv" if option == "--summary" else "a.txt")
    article.write_text(ARTICLE, encoding="utf-8")
    before = _digest(article)
    code, _, err = run_main([*FAST, str(article), option, str(article)], capsys)
    assert code == 2
    assert "names an input file" in _one_line_error(err)
    assert _digest(article) == before


def test_output_reaching_the_input_through_links_is_refused(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(article)
    symlink = tmp_path / "link.txt"
    symlink.symlink_to(article)
    hardlink = tmp_path / "hard.txt"
    hardlink.hardlink_to(article)
    for checked, output in [(symlink, article), (article, symlink), (article, hardlink)]:
        code, _, err = run_main([*FAST, str(checked), "-o", str(output)], capsys)
        assert code == 2, (checked, output)
        _one_line_error(err)
    assert _digest(article) == before
    assert symlink.is_symlink() and hardlink.stat().st_ino == article.stat().st_ino


def test_output_found_inside_an_input_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "copy"
    (folder / "sub").mkdir(parents=True)
    inner = folder / "sub" / "b.txt"
    inner.write_text(ARTICLE, encoding="utf-8")
    before = _digest(inner)
    for option in ("-o", "--write-baseline"):
        code, _, err = run_main([*FAST, str(folder), option, str(inner)], capsys)
        assert code == 2
        assert "names an input file" in _one_line_error(err)
    assert _digest(inner) == before


def test_summary_rule_table_and_config_are_inputs_too(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "tqcheck.toml"
    config.write_text("[tool.tqcheck]\n", encoding="utf-8")
    before = _digest(config)
    code, _, err = run_main(
        [*FAST, str(article), "--config", str(config), "-o", str(config)], capsys
    )
    assert code == 2
    _one_line_error(err)
    assert _digest(config) == before
    # --summary s.csv also writes s.rules.csv: here a hard link to the article.
    (tmp_path / "s.rules.csv").hardlink_to(article)
    code, _, err = run_main([*FAST, str(article), "--summary", str(tmp_path / "s.csv")], capsys)
    assert code == 2
    assert "rule table" in _one_line_error(err)
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert not (tmp_path / "s.csv").exists()


def test_two_options_naming_one_file_are_refused(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    code, _, err = run_main(
        [*FAST, str(article), "-o", str(out), "--write-baseline", str(out)], capsys
    )
    assert code == 2
    assert "named by both" in _one_line_error(err)
    assert not out.exists()


def test_an_output_symlink_is_kept_and_its_target_written(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "reports" / "r.json"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    code, _, _ = run_main([*FAST, "--format", "json", str(article), "-o", str(link)], capsys)
    assert code == 1
    assert link.is_symlink() and link.resolve() == target
    assert target.read_text(encoding="utf-8").startswith("{")


# -- special files are written directly ------------------------------------------------------


def test_dev_null_stays_a_device(article: Path) -> None:
    for option in ("-o", "--write-baseline"):
        result = _tqcheck(*FAST, str(article), option, "/dev/null")
        assert result.returncode == (0 if option == "--write-baseline" else 1), result.stderr
        assert "Traceback" not in result.stderr
        assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod needs root")
def test_own_device_node_stays_a_device(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A character device of our own (the same as /dev/null), for each output option."""
    for name, option in [
        ("null.json", "-o"),
        ("b.json", "--write-baseline"),
        ("s.csv", "--summary"),
    ]:
        node = tmp_path / name
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        code, _, err = run_main([*FAST, str(article), option, str(node)], capsys)
        assert code == (0 if option == "--write-baseline" else 1), err
        assert stat.S_ISCHR(node.lstat().st_mode), name


def test_fifo_output_is_written_not_replaced(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    code, _, err = run_main([*FAST, "--format", "json", str(article), "-o", str(fifo)], capsys)
    reader.join(timeout=30)
    assert code == 1, err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert received and received[0].startswith(b"{")


def test_dev_full_is_one_line_exit_2(article: Path) -> None:
    for args in (["-o", "/dev/full"], ["--write-baseline", "/dev/full"]):
        result = _tqcheck(*FAST, str(article), *args)
        assert result.returncode == 2
        assert "No space left on device" in _one_line_error(result.stderr)
    with Path("/dev/full").open("w") as full:
        result = _tqcheck(
            *FAST, str(article), stdout=full, capture_output=False, stderr=subprocess.PIPE
        )
    assert result.returncode == 2
    assert "standard output" in _one_line_error(result.stderr)


def test_broken_pipe_is_one_line_exit_2(article: Path) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the report is written
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tqcheck", *FAST, str(article)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert result.returncode == 2
    assert "Broken pipe" in _one_line_error(result.stderr)


def test_closed_stdout_is_one_line_exit_2(article: Path) -> None:
    result = subprocess.run(
        ["bash", "-c", f'exec "$0" -m tqcheck {" ".join(FAST)} "$1" >&-', sys.executable, article],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    assert "standard output is closed" in _one_line_error(result.stderr)


def test_closed_stdout_never_lands_in_an_output(article: Path, tmp_path: Path) -> None:
    """With fd 1 closed, the report file must not be opened as fd 1, where a library's print
    to stdout would land: here a print to fd 1 while the report is being written."""
    report = tmp_path / "r.txt"
    script = (
        "import os, sys\n"
        "import tqcheck.output_files as output_files\n"
        "real_fsync = os.fsync\n"
        "def fsync(fd):\n"
        "    try:\n"
        "        os.write(1, b'STRAY OUTPUT')\n"
        "    except OSError:\n"
        "        pass\n"
        "    real_fsync(fd)\n"
        "output_files.os.fsync = fsync\n"
        "from tqcheck.cli import main\n"
        "main(sys.argv[1:])\n"
    )
    command = [sys.executable, "-c", script, *FAST, str(article), "-o", str(report)]
    result = subprocess.run(
        ["bash", "-c", 'exec "$@" >&-', "bash", *command],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert "TQ201" in report.read_text(encoding="utf-8")
    assert "STRAY" not in report.read_text(encoding="utf-8")


def test_dev_stdout_redirected_to_a_file(article: Path, tmp_path: Path) -> None:
    """``-o /dev/stdout`` (and the baseline) with stdout a file: written into it, no rename."""
    for option, expect in [("-o", "TQ201"), ("--write-baseline", '"version"')]:
        captured = tmp_path / f"captured{option}.txt"
        with captured.open("w") as stdout:
            result = _tqcheck(
                *FAST, "-q", str(article), option, "/dev/stdout",
                stdout=stdout, capture_output=False, stderr=subprocess.PIPE,
            )  # fmt: skip
        assert result.returncode == (0 if option == "--write-baseline" else 1), result.stderr
        assert "Traceback" not in result.stderr
        assert expect in captured.read_text(encoding="utf-8")


def test_unwritable_outputs_are_one_line(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for output in (tmp_path / "missing" / "r.txt", tmp_path):
        code, _, err = run_main([*FAST, str(article), "-o", str(output)], capsys)
        assert code == 2
        _one_line_error(err)
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_read_only_outputs_are_refused_by_mode(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = tmp_path / "kept.json"
    kept.write_text("an earlier report\n", encoding="utf-8")
    kept.chmod(0o444)
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        for output in (kept, folder / "r.json"):
            code, _, err = run_main([*FAST, str(article), "-o", str(output)], capsys)
            assert code == 2
            assert "read-only" in _one_line_error(err)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
    assert kept.read_text(encoding="utf-8") == "an earlier report\n"


def test_failed_write_leaves_the_previous_report(
    article: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = tmp_path / "r.txt"
    report.write_text("previous report\n", encoding="utf-8")

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    code, _, err = run_main([*FAST, str(article), "-o", str(report)], capsys)
    assert code == 2
    assert "No space left" in _one_line_error(err)
    assert report.read_text(encoding="utf-8") == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "r.txt"]


# -- fix --------------------------------------------------------------------------------------


FIX = ["fix", "--no-semantic", "--select", "TQ201"]


def _fix(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    return run_main([*FIX, str(path)], capsys)


def test_fix_follows_a_symlink_and_keeps_it(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(article.name)
    code, _, err = _fix(link, capsys)
    assert code == 0, err
    assert link.is_symlink() and link.readlink() == Path(article.name)
    assert article.read_text(encoding="utf-8") == SAFE


def test_fix_refuses_a_hard_linked_file(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.txt"
    other.hardlink_to(article)
    code, _, err = _fix(article, capsys)
    assert code == 2
    assert "hard links" in _one_line_error(err)
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert article.stat().st_ino == other.stat().st_ino and article.stat().st_nlink == 2


def test_fix_refuses_a_read_only_file(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article.chmod(0o444)
    code, _, err = _fix(article, capsys)
    assert code == 2
    assert "read-only" in _one_line_error(err)
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert stat.S_IMODE(article.stat().st_mode) == 0o444


def test_fix_refuses_a_read_only_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    folder.chmod(0o555)
    try:
        code, _, err = _fix(article, capsys)
    finally:
        folder.chmod(0o755)
    assert code == 2
    assert "read-only folder" in _one_line_error(err)
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]


def _unshare_mount_works() -> bool:
    if not shutil.which("unshare") or os.geteuid() != 0:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def test_fix_on_a_read_only_mount(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "mounted"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    if _unshare_mount_works():
        script = (
            'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && '
            'exec "$0" -m tqcheck fix --no-semantic --select TQ201 "$1/a.txt"'
        )
        result = subprocess.run(
            ["unshare", "-m", "sh", "-c", script, sys.executable, str(folder)],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        code, err = result.returncode, result.stderr
    else:  # no mount namespace here: the same OS error, raised where the mount would raise it
        import tqcheck.output_files as output_files

        def read_only(*_: object, **__: object) -> None:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

        monkeypatch.setattr(output_files.tempfile, "mkstemp", read_only)
        code, _, err = _fix(article, capsys)
    assert code == 2
    assert "Read-only file system" in _one_line_error(err)
    assert article.read_text(encoding="utf-8") == ARTICLE


def _supports_user_xattrs(folder: Path) -> bool:
    probe = folder / ".xattr-probe"
    probe.write_bytes(b"")
    try:
        os.setxattr(probe, "user.tqcheck-probe", b"1")
    except OSError:
        return False
    finally:
        probe.unlink()
    return True


@pytest.fixture
def xattr_folder(tmp_path: Path) -> Iterator[Path | None]:
    """A folder that supports user xattrs: the test's tmp folder, else one in the checkout
    (tmpfs before Linux 6.6 has none); None where neither does."""
    if _supports_user_xattrs(tmp_path):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix=".xattr-test-", dir=ROOT))
    try:
        yield folder if _supports_user_xattrs(folder) else None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_fix_keeps_owner_group_mode_and_extended_attributes(
    xattr_folder: Path | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = (xattr_folder or tmp_path) / "kept.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    owner = (1234, 5678) if os.geteuid() == 0 else (os.getuid(), os.getgid())
    os.chown(article, *owner)
    article.chmod(0o640)
    if xattr_folder is not None:
        os.setxattr(article, "user.newsroom.status", b"edited")
    code, _, err = _fix(article, capsys)
    assert code == 0, err
    info = article.stat()
    assert article.read_text(encoding="utf-8") == SAFE
    assert (info.st_uid, info.st_gid) == owner
    assert stat.S_IMODE(info.st_mode) == 0o640
    if xattr_folder is not None:  # the one assertion a file system without user xattrs skips
        assert os.getxattr(article, "user.newsroom.status") == b"edited"


def test_user_xattrs_are_supported_here(xattr_folder: Path | None) -> None:
    """So that the xattr assertion above really runs on Linux (here: the test tmp folder)."""
    if sys.platform != "linux":
        pytest.skip("user xattrs are checked on Linux")
    assert xattr_folder is not None


def test_fix_refuses_while_another_fix_holds_the_lock(article: Path) -> None:
    result = fix_file(
        Checker(CheckOptions(semantic=False, select=("TQ201",))), str(article), unsafe=False
    )
    assert result.changed
    with article.open("rb") as other:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(InputError, match="another process"):
            write_atomically(result)
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_a_write_before_the_last_check_is_never_lost(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editor appends while the fixed file is being written: refused, nothing written."""
    import tqcheck.fixer as fixer

    result = fix_file(
        Checker(CheckOptions(semantic=False, select=("TQ201",))), str(article), unsafe=False
    )
    original = fixer._copy_metadata

    def append_then_copy(*args: object) -> None:
        with article.open("a", encoding="utf-8") as editor:
            editor.write("An editor's new line.\n")
        original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(fixer, "_copy_metadata", append_then_copy)
    with pytest.raises(InputError, match="changed on disk"):
        write_atomically(result)
    assert article.read_text(encoding="utf-8") == ARTICLE + "An editor's new line.\n"
    assert sorted(p.name for p in article.parent.iterdir()) == ["a.txt"]


def test_a_write_after_the_last_check_is_kept_beside_the_file(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer gets in between the last check and the rename: its line is not lost."""
    import tqcheck.fixer as fixer

    result = fix_file(
        Checker(CheckOptions(semantic=False, select=("TQ201",))), str(article), unsafe=False
    )
    real = fixer.replace_atomically

    def with_a_late_writer(target: Path, fill: object, what: str, **kwargs: object) -> None:
        check = kwargs.pop("before_rename")

        def then_append() -> None:
            check()  # type: ignore[operator]
            with article.open("a", encoding="utf-8") as editor:
                editor.write("A late line.\n")

        real(target, fill, what, before_rename=then_append, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fixer, "replace_atomically", with_a_late_writer)
    with pytest.raises(InputError, match="kept as"):
        write_atomically(result)
    conflict = article.with_name("a.txt.tqcheck-conflict")
    assert article.read_text(encoding="utf-8") == SAFE
    assert conflict.read_text(encoding="utf-8") == ARTICLE + "A late line.\n"


def test_a_save_by_rename_after_the_last_check_is_swapped_back(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editor saves (by writing a new file and renaming it over the old one) between the
    last check and the rename: where names can be exchanged atomically (Linux), its file is put
    back and nothing is written."""
    import tqcheck.fixer as fixer
    from tqcheck.output_files import _exchange

    result = fix_file(
        Checker(CheckOptions(semantic=False, select=("TQ201",))), str(article), unsafe=False
    )
    real = fixer.replace_atomically
    saved = ARTICLE + "Saved by the editor.\n"

    def with_an_editor_saving(target: Path, fill: object, what: str, **kwargs: object) -> None:
        check = kwargs.pop("before_rename")

        def then_save() -> None:
            check()  # type: ignore[operator]
            draft = article.with_name("editor-draft.txt")
            draft.write_text(saved, encoding="utf-8")
            draft.replace(article)

        real(target, fill, what, before_rename=then_save, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fixer, "replace_atomically", with_an_editor_saving)
    probe_a, probe_b = article.with_name("probe-a"), article.with_name("probe-b")
    probe_a.write_text("a", encoding="utf-8")
    probe_b.write_text("b", encoding="utf-8")
    exchanges = _exchange(probe_a, probe_b)
    probe_a.unlink()
    probe_b.unlink()
    if not exchanges:
        pytest.skip("no atomic exchange of names here: the README's documented residual window")
    with pytest.raises(InputError, match="replaced on disk"):
        write_atomically(result)
    assert article.read_text(encoding="utf-8") == saved
    assert sorted(p.name for p in article.parent.iterdir()) == ["a.txt"]


def test_fix_on_a_special_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    code, _, err = run_main([*FIX, str(fifo)], capsys)
    assert code == 2
    assert "Traceback" not in err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


# -- gazetteer import -------------------------------------------------------------------------


def _dump_row(geonameid: int, name: str, feature: str, population: str = "1000") -> str:
    fields = [
        str(geonameid), name, name, "", "40.1", "47.2", feature[0], feature[1:], "AZ", "",
        "01", "", "", "", population, "", "100", "Asia/Baku", "2024-01-01",
    ]  # fmt: skip
    return "\t".join(fields)


PLACES = [_dump_row(100 + i, f"Testplace{i}", "PPPL") for i in range(8)]


@pytest.fixture
def index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    dump = tmp_path / "AZ.txt"
    dump.write_text("\n".join(PLACES) + "\n", encoding="utf-8")
    target = tmp_path / "index.sqlite"
    code, _, err = run_main(["gazetteer", "import", str(dump), "-o", str(target)], capsys)
    assert code == 0, err
    return target


@pytest.mark.parametrize(
    "rows",
    [[], [_dump_row(1, "Lake Goygol", "HLK"), _dump_row(2, "Murov", "TMT")]],
    ids=["empty", "no-places"],
)
def test_import_of_an_empty_or_placeless_dump_keeps_the_index(
    index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: list[str]
) -> None:
    before = _digest(index)
    dump = tmp_path / "bad.txt"
    dump.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    code, _, err = run_main(["gazetteer", "import", str(dump), "-o", str(index)], capsys)
    assert code == 2
    assert "no populated place" in _one_line_error(err)
    assert _digest(index) == before


def test_import_much_smaller_needs_force(
    index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(index)
    dump = tmp_path / "small.txt"
    dump.write_text(PLACES[0] + "\n", encoding="utf-8")
    code, _, err = run_main(["gazetteer", "import", str(dump), "-o", str(index)], capsys)
    assert code == 2
    assert "--force" in _one_line_error(err)
    assert _digest(index) == before
    code, _, err = run_main(["gazetteer", "import", str(dump), "-o", str(index), "--force"], capsys)
    assert code == 0, err
    assert _digest(index) != before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_import_onto_its_own_dump_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "AZ.txt"
    dump.write_text("\n".join(PLACES) + "\n", encoding="utf-8")
    alternates = tmp_path / "alt.txt"
    alternates.write_text("1\t100\ten\tOther\t\t\t\t\t\t\n", encoding="utf-8")
    before = (_digest(dump), _digest(alternates))
    for output in (dump, alternates):
        code, _, err = run_main(
            ["gazetteer", "import", str(dump), "--alternate-names", str(alternates),
             "-o", str(output)],
            capsys,
        )  # fmt: skip
        assert code == 2
        assert "names an input file" in _one_line_error(err)
    assert (_digest(dump), _digest(alternates)) == before


def test_index_never_replaces_a_file_that_is_not_an_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "AZ.txt"
    dump.write_text("\n".join(PLACES) + "\n", encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text(ARTICLE, encoding="utf-8")
    for command in (["gazetteer", "build", "-o", str(notes)],
                    ["gazetteer", "import", str(dump), "-o", str(notes)]):  # fmt: skip
        code, _, err = run_main(command, capsys)
        assert code == 2
        assert "not a GeoNames index" in _one_line_error(err)
    assert notes.read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize(
    "population", ["9" * 30, "1e400", "-5", "12a"], ids=["huge", "float", "negative", "text"]
)
def test_import_validates_numbers(
    index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], population: str
) -> None:
    before = _digest(index)
    dump = tmp_path / "odd.txt"
    rows = [*PLACES, _dump_row(999, "Odd", "PPPL", population)]
    dump.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, _, err = run_main(["gazetteer", "import", str(dump), "-o", str(index)], capsys)
    assert code == 2
    line = _one_line_error(err)
    assert f"{dump}:9: population" in line
    assert _digest(index) == before


# -- an unusable cache ------------------------------------------------------------------------

PLACE_TEXT = "Shelling hit the city of Khojawound and the town of Salvation on Wednesday.\n"


def _cache_cases(tmp_path: Path) -> dict[str, Path]:
    a_file = tmp_path / "cache-file"
    a_file.write_text("not a folder\n", encoding="utf-8")
    index_is_folder = tmp_path / "cache-folder"
    from tqcheck.gazetteer.geonames import default_index_path

    name = default_index_path().name
    (index_is_folder / "gazetteer" / name).mkdir(parents=True)
    read_only = tmp_path / "cache-read-only"
    read_only.mkdir(mode=0o555)
    read_only.chmod(0o555)
    return {"file": a_file, "index-is-folder": index_is_folder, "read-only": read_only}


def test_an_unusable_cache_turns_the_geonames_layer_off(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for number in range(10):  # enough files for worker processes: still one notice
        (articles / f"p{number}.txt").write_text(PLACE_TEXT, encoding="utf-8")
    for case, cache in _cache_cases(tmp_path).items():
        env = {**os.environ, "TQCHECK_CACHE_DIR": str(cache)}
        result = _tqcheck(
            "check", "--no-semantic", "--select", "TQ3", "-j", "2", str(articles), env=env
        )
        assert result.returncode == 1, (case, result.stderr)
        assert "TQ301" in result.stdout  # the curated layer still works
        notice = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(notice) == 1 and notice[0].startswith("tqcheck: notice: GeoNames layer off")
        for command in (["gazetteer", "lookup", "Khojawound"], ["gazetteer", "build"]):
            result = _tqcheck(*command, env=env)
            assert result.returncode == 2, (case, command)
            _one_line_error(result.stderr)
        assert not any(p.is_file() for p in cache.rglob("*.sqlite")), case


def test_a_full_cache_is_refused_before_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A cache folder with too little free space: a real 1 MiB tmpfs where a mount namespace
    is available, else the same free-space answer from ``shutil.disk_usage``."""
    if _unshare_mount_works():
        mount = tmp_path / "small"
        mount.mkdir()
        script = (
            'mount -t tmpfs -o size=1m tmpfs "$1" && '
            'TQCHECK_CACHE_DIR="$1" "$0" -m tqcheck gazetteer build; echo "rc=$?" >&2'
        )
        result = subprocess.run(
            ["unshare", "-m", "sh", "-c", script, sys.executable, str(mount)],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        lines = result.stderr.splitlines()
        assert lines[-1] == "rc=2"
        assert "MiB free" in _one_line_error("\n".join(lines[:-1]))
        return
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(shutil, "disk_usage", lambda _: shutil._ntuple_diskusage(2**20, 2**20, 0))
    code, _, err = run_main(["gazetteer", "build"], capsys)
    assert code == 2
    assert "MiB free" in _one_line_error(err)


def test_the_empty_index_answers_every_lookup() -> None:
    from tqcheck.gazetteer.geonames import _EmptyIndex

    empty = _EmptyIndex()
    assert empty.exact("Paris") == [] and empty.exact("باريس") == []
    assert empty.by_skeleton("Khojawound", deletions=True) == []
    assert empty.get("123") is None
    assert list(empty.iter_names()) == []
    empty.close()


def test_readme_documents_write_errors() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8").lower()
    assert "hard links" in readme and "tqcheck-conflict" in readme and "/dev/full" in readme
