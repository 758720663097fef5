"""Writing the user's outputs so that no write can destroy anything.

Every file tqcheck writes for the user (``check -o``, ``--write-baseline``, ``--summary``, the
GeoNames index of ``gazetteer build``/``import``) and every file ``fix`` rewrites goes through
this module:

- an output that is one of the run's inputs (the same file, through any symlink or hard link,
  named directly or found inside an input folder) is refused before anything is written;
- a regular file (or a path that does not exist yet) is written atomically: a temporary file in
  the same folder, flushed and ``fsync``-ed, then renamed over the target; a symlink is followed,
  so the link stays and its target gets the new content;
- anything else that can be opened for writing (a character or block device such as
  ``/dev/null``, a FIFO, ``/dev/stdout``) is written directly, never renamed over;
- every ``OSError`` (ENOSPC, EPIPE, EROFS, EACCES, EXDEV...) becomes an :class:`OutputError`:
  one line, exit 2, and the target is left as it was.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from pathlib import Path
from typing import IO, Any

from tqcheck.errors import TqcheckError

# Paths whose name says "a stream of this process", whatever they resolve to.
_STREAM_PREFIXES = ("/dev/", "/proc/")


class OutputError(TqcheckError):
    """An output that cannot be written, or may not be: one line, exit 2."""


class _KeptTemporaryError(OutputError):
    """The temporary name now holds another writer's file: it must not be removed."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """``(st_dev, st_ino)`` of the file ``path`` names (symlinks followed); None if none."""
    try:
        info = Path(path).stat()
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def refuse_inputs(
    outputs: Mapping[str, Path | None], inputs: Iterable[str | os.PathLike[str]]
) -> None:
    """Raise :class:`OutputError` when an output names the same file as an input.

    ``outputs`` maps an option name (``-o``, ``--write-baseline``...) to its path. Only existing
    regular files can be inputs; outputs that do not exist yet cannot clash. Two outputs that
    name the same file are refused too: the second would replace the first.
    """
    existing: dict[tuple[int, int], str] = {}
    named: dict[str, str] = {}
    for option, path in outputs.items():
        if path is None:
            continue
        key = os.path.realpath(path)
        if key in named:
            raise OutputError(f"{path}: named by both {named[key]} and {option}")
        named[key] = option
        try:
            info = Path(path).stat()
        except (OSError, ValueError):
            continue
        if stat.S_ISREG(info.st_mode):
            existing[(info.st_dev, info.st_ino)] = option
    if not existing:
        return
    for raw in inputs:
        if str(raw) == "-":
            continue
        found = identity(raw)
        if found is not None and found in existing:
            option = existing[found]
            raise OutputError(
                f"{outputs[option]}: {option} names an input file ({raw}); refusing to overwrite it"
            )


def is_special(path: Path) -> bool:
    """True when ``path`` must be written directly: a device, FIFO or ``/dev``/``/proc`` name."""
    text = str(Path(path).absolute())
    if text.startswith(_STREAM_PREFIXES) or os.path.realpath(path).startswith(_STREAM_PREFIXES):
        return True
    try:
        info = Path(path).stat()
    except (OSError, ValueError):
        return False
    return not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode)


def default_mode() -> int:
    """The mode ``open()`` would give a new file under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_output(
    path: Path,
    write: Callable[[IO[Any]], None],
    what: str = "report",
    *,
    binary: bool = False,
) -> None:
    """Write an output through ``write(stream)``: atomically for a regular file, directly for a
    device, FIFO or ``/dev/stdout``. Any OS error is one :class:`OutputError` line."""
    path = Path(path)
    if is_special(path):
        if _is_our_stdout(path):  # /dev/stdout: in order with whatever else goes to stdout
            write_stdout(write, what, binary=binary)
        else:
            _write_directly(path, write, what, binary)
        return
    target = Path(os.path.realpath(path))  # a symlink keeps pointing at the new content
    if target.is_dir():
        raise OutputError(f"{path}: cannot write {what} (is a directory)")
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = default_mode()
    else:
        if not mode & 0o222:  # by mode, as a shell's ">" would (root included)
            raise OutputError(f"{path}: read-only (mode {mode:04o}); {what} not written")
    problem = writable_folder(target.parent)
    if problem is not None:
        raise OutputError(f"{path}: cannot write {what} ({problem})")

    def fill(handle: int, _: Path) -> None:
        opened = os.fdopen(handle, "wb" if binary else "w", closefd=False, **_text_options(binary))
        with opened as stream:
            write(stream)
        os.fchmod(handle, mode)

    replace_atomically(target, fill, what, display=path)


def _text_options(binary: bool) -> dict[str, Any]:
    return {} if binary else {"encoding": "utf-8", "newline": "\n"}


def _write_directly(path: Path, write: Callable[[IO[Any]], None], what: str, binary: bool) -> None:
    _reserve_standard_fds()
    try:
        # Append: a device or FIFO ignores it, and /dev/stdout redirected to a file keeps what
        # the shell's redirection already holds instead of being truncated under it.
        with Path(path).open("ab" if binary else "a", **_text_options(binary)) as stream:
            write(stream)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write {what} ({_reason(exc)})") from None


def replace_atomically(
    target: Path,
    fill: Callable[[int, Path], None],
    what: str,
    *,
    display: Path | None = None,
    before_rename: Callable[[], None] | None = None,
    expected: tuple[int, int] | None = None,
) -> None:
    """Create a temporary file beside ``target``, let ``fill(fd, path)`` write it (and set its mode,
    owner, attributes), ``fsync`` it, run ``before_rename()`` (a last check that may raise) and
    rename it over ``target``. On any error the temporary file is removed and ``target`` is left
    as it was; OS errors become one :class:`OutputError` line.

    ``expected`` is the ``(st_dev, st_ino)`` of the file that must be at ``target`` when it is
    replaced. Where the platform can exchange two names atomically (Linux ``renameat2`` with
    ``RENAME_EXCHANGE``), the swap is checked after the fact: if another file had been saved to
    ``target`` in the meantime (an editor that saves by rename), it is swapped back, so it is
    never lost, and an :class:`OutputError` says so.
    """
    shown = display if display is not None else target
    _reserve_standard_fds()
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tqcheck-tmp", dir=target.parent
        )
    except OSError as exc:
        raise OutputError(f"{shown}: cannot write {what} ({_reason(exc)})") from None
    try:
        try:
            fill(handle, Path(temporary))
            os.fsync(handle)
        finally:
            os.close(handle)
        if before_rename is not None:
            before_rename()
        if expected is None or not _exchange(temporary, target):
            Path(temporary).replace(target)
        else:
            _check_exchanged(temporary, target, expected, shown, what)
    except OSError as exc:
        with suppress(OSError):
            Path(temporary).unlink()
        if exc.errno == errno.EXDEV:
            raise OutputError(
                f"{shown}: cannot write {what} (its folder spans devices; rename impossible)"
            ) from None
        raise OutputError(f"{shown}: cannot write {what} ({_reason(exc)})") from None
    except _KeptTemporaryError:
        raise
    except BaseException:
        with suppress(OSError):
            Path(temporary).unlink()
        raise
    _sync_folder(target.parent)


def _exchange(first: str | Path, second: str | Path) -> bool:
    """Swap two names atomically (Linux ``renameat2(RENAME_EXCHANGE)``); False where the
    platform or the file system cannot (then nothing happened)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code))


def _check_exchanged(
    temporary: str, target: Path, expected: tuple[int, int], shown: Path, what: str
) -> None:
    """After an exchange, ``temporary`` names what was at ``target``: the expected file is
    removed; anything else is swapped back into place and the write refused."""
    try:
        previous = Path(temporary).lstat()
        found: tuple[int, int] | None = (previous.st_dev, previous.st_ino)
    except OSError:
        found = None
    if found == expected:
        Path(temporary).unlink()
        return
    if found is not None and not _exchange(temporary, target):
        raise _KeptTemporaryError(
            f"{shown}: replaced on disk while {what} was being written; the other version "
            f"is kept as {temporary}"
        )
    raise OutputError(f"{shown}: replaced on disk while {what} was being written; nothing written")


def _reserve_standard_fds() -> None:
    """Put /dev/null on a closed fd 0, 1 or 2 (``tqcheck ... >&-``), so that an output file is
    never opened as fd 1 where any library's print to stdout would land in it. ``sys.stdout``
    stays None: a report for stdout is still refused as "standard output is closed"."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                null = os.open(os.devnull, os.O_RDWR)
            except OSError:
                return
            if null != fd:
                os.dup2(null, fd)
                os.close(null)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it (best effort)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _is_our_stdout(path: Path) -> bool:
    """``path`` names this process's standard output (``/dev/stdout``, ``/proc/self/fd/1``)."""
    if sys.stdout is None:
        return False
    try:
        named, ours = Path(path).stat(), os.fstat(1)
    except (OSError, ValueError):
        return False
    return (named.st_dev, named.st_ino) == (ours.st_dev, ours.st_ino)


def write_stdout(
    write: Callable[[IO[Any]], None], what: str = "report", *, binary: bool = False
) -> None:
    """Write to standard output; a closed stdout, EPIPE or ENOSPC is one OutputError line."""
    stream: Any = sys.stdout
    if stream is None:
        raise OutputError(f"cannot write {what}: standard output is closed")
    try:
        if binary:
            stream.flush()
            stream = stream.buffer
        write(stream)
        stream.flush()
    except OSError as exc:
        silence_stdout()
        raise OutputError(f"cannot write {what} to standard output ({_reason(exc)})") from None
    except ValueError:  # "I/O operation on closed file"
        raise OutputError(f"cannot write {what}: standard output is closed") from None


def silence_stdout() -> None:
    """After a failed write, point fd 1 at /dev/null so the exit flush cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    with suppress(OSError):
        os.dup2(null, 1)
    os.close(null)
    with suppress(Exception):
        sys.stdout = Path(os.devnull).open("w")  # noqa: SIM115 - replaces the broken stream


def writable_folder(folder: Path) -> str | None:
    """Why files cannot be created in ``folder`` (by its mode, which root would ignore, by
    access, by its mount), or None when they can."""
    try:
        info = folder.stat()
    except OSError as exc:
        return _reason(exc)
    if not stat.S_ISDIR(info.st_mode):
        return "not a directory"
    if not info.st_mode & 0o222:
        return f"read-only folder (mode {stat.S_IMODE(info.st_mode):04o})"
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "Read-only file system"
    except (OSError, AttributeError):
        pass
    if not os.access(folder, os.W_OK | os.X_OK):
        return "permission denied"
    return None
