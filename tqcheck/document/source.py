"""Reading a file's bytes into text without guessing: UTF-8, or a BOM-marked Unicode encoding.

Anything else is refused with a one-line :class:`~tqcheck.errors.InputError` that names the byte
offset, unless the caller names an encoding explicitly.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from dataclasses import dataclass
from typing import BinaryIO

from tqcheck.errors import InputError, TqcheckError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# The largest --max-file-size / max-file-size accepted (1 TiB): larger values are refused, not
# silently clamped, so that "inf", "1e400" and 2**63-1 are one-line errors.
MAX_BYTES_CEILING = 1 << 40

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

STDIN_NAME = "-"


@dataclass(frozen=True, slots=True)
class SourceText:
    """A decoded file: its text (BOM removed) and how to write it back byte-identically."""

    path: str  # as given by the user ("-" for standard input)
    text: str
    encoding: str
    bom: bytes
    raw: bytes


def text_encoding(encoding: str, origin: str = "--encoding") -> str:
    """The codec name of ``encoding`` when it decodes bytes to text (not rot13, hex, base64)."""
    try:
        info = codecs.lookup(encoding)
    except (LookupError, ValueError):
        raise InputError(f"{origin}: unknown encoding {encoding!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(
            f"{origin}: {encoding!r} is not a text encoding (it is a bytes-to-bytes or "
            "text-to-text codec); name one such as utf-8, cp1256 or latin-1"
        )
    return info.name


def decode_bytes(data: bytes, path: str, encoding: str | None = None) -> SourceText:
    """Decode ``data``; raise :class:`InputError` for binary, undecodable or empty input."""
    if not data:
        raise InputError(f"{path}: file is empty")
    bom = b""
    if encoding is None:
        for mark, name in _BOMS:
            if data.startswith(mark):
                bom, encoding = mark, name
                break
        else:
            nul = data.find(b"\x00")
            if nul != -1:
                raise InputError(
                    f"{path}: looks like a binary file (NUL byte at offset {nul}); "
                    "tqcheck reads UTF-8 or BOM-marked UTF-16 text"
                )
            encoding = "utf-8"
    else:
        codec = text_encoding(encoding, path)
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            bom = codecs.BOM_UTF8  # --encoding utf-8 on a file with a BOM: the BOM is not text
    body = data[len(bom) :]
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        offset = exc.start + len(bom)
        hint = "" if bom else "; pass --encoding to read another encoding"
        raise InputError(f"{path}: not valid {encoding} at byte offset {offset}{hint}") from None
    except (UnicodeError, ValueError, LookupError) as exc:  # codecs such as idna raise these
        raise InputError(f"{path}: cannot decode as {encoding} ({exc})") from None
    if not text.strip():
        raise InputError(f"{path}: file is empty (no text to check)")
    return SourceText(path=path, text=text, encoding=encoding, bom=bom, raw=data)


def describe_mode(mode: int) -> str | None:
    """What a non-regular file is ("a FIFO", "a device"...), or ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _os_error(name: str, what: str, exc: OSError, error: type[TqcheckError]) -> TqcheckError:
    """One line for an OSError on ``name``: "no such file or directory", "permission denied",
    "symbolic link loop", else "cannot read <what> (<reason>)"."""
    if isinstance(exc, FileNotFoundError | PermissionError) or exc.errno == errno.ELOOP:
        return error(f"{name}: {_os_reason(exc)}")
    return error(f"{name}: cannot read {what} ({_os_reason(exc)})")


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def read_limited(
    path: str | os.PathLike[str],
    max_bytes: int,
    what: str = "file",
    error: type[TqcheckError] = InputError,
    hint: str = " (raise it with --max-file-size)",
) -> bytes:
    """The bytes of the regular file ``path``, reading at most ``max_bytes + 1`` of them.

    The path is ``stat``-ed before it is opened, and opened without blocking, so a FIFO, a
    device or a socket is a one-line ``error`` and never a hang or a read of gigabytes; a file
    that grows past the limit while it is read is refused as well.
    """
    name = os.fspath(path)
    try:
        kind = describe_mode(os.stat(name).st_mode)  # noqa: PTH116 - before os.open
        if kind == "a directory":
            raise error(f"{name}: is a directory")
        if kind is not None:
            raise error(f"{name}: {kind}, not a regular file; tqcheck reads regular files only")
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _os_error(name, what, exc, error) from None
    try:
        try:
            info = os.fstat(fd)  # the file opened may not be the one stat-ed (a race)
            kind = describe_mode(info.st_mode)
            if kind is not None:
                raise error(f"{name}: {kind}, not a regular file; tqcheck reads regular files only")
            if info.st_size > max_bytes:
                raise error(
                    f"{name}: {what} is {info.st_size:,} bytes, over the limit of "
                    f"{max_bytes:,}{hint}"
                )
            chunks: list[bytes] = []
            size = 0
            while size <= max_bytes:
                chunk = os.read(fd, min(max_bytes + 1 - size, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except OSError as exc:
            raise _os_error(name, what, exc, error) from None
    finally:
        os.close(fd)
    if size > max_bytes:
        raise error(f"{name}: {what} is over the limit of {max_bytes:,} bytes{hint}")
    return b"".join(chunks)


def open_regular(
    path: str | os.PathLike[str], what: str = "file", error: type[TqcheckError] = InputError
) -> BinaryIO:
    """``path`` opened for reading in binary, after checking (before and after opening, without
    blocking) that it is a regular file: for files read as a stream, such as a GeoNames dump."""
    name = os.fspath(path)
    try:
        kind = describe_mode(os.stat(name).st_mode)  # noqa: PTH116 - before os.open
        if kind is None:
            fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            kind = describe_mode(os.fstat(fd).st_mode)
            if kind is not None:
                os.close(fd)
    except OSError as exc:
        raise error(f"{name}: cannot read {what} ({_os_reason(exc)})") from None
    if kind == "a directory":
        raise error(f"{name}: is a directory")
    if kind is not None:
        raise error(f"{name}: {kind}, not a regular file; tqcheck reads regular files only")
    return os.fdopen(fd, "rb")


def read_stdin(max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes of standard input; a closed stdin is an InputError."""
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None) if stream is not None else None
    if buffer is None:
        raise InputError(f"{STDIN_NAME}: standard input is closed")
    try:
        return bytes(buffer.read(max_bytes + 1))
    except (OSError, ValueError) as exc:
        reason = _os_reason(exc) if isinstance(exc, OSError) else "closed"
        raise InputError(f"{STDIN_NAME}: cannot read standard input ({reason})") from None


def read_source(
    path: str, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> SourceText:
    """Read ``path`` (or standard input for ``-``) and decode it."""
    if path == STDIN_NAME:
        data = read_stdin(max_bytes)
        if len(data) > max_bytes:
            raise InputError(
                f"{path}: input is over the limit of {max_bytes:,} bytes "
                "(raise it with --max-file-size)"
            )
    else:
        data = read_limited(path, max_bytes)
    return decode_bytes(data, path, encoding)
