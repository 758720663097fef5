"""Reading a file's bytes into text without guessing: UTF-8, or a BOM-marked Unicode encoding.

Anything else is refused with a one-line :class:`~tqcheck.errors.InputError` that names the byte
offset, unless the caller names an encoding explicitly.
"""

from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass
from pathlib import Path

from tqcheck.errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

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
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(f"{path}: unknown encoding {encoding!r}") from None
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            bom = codecs.BOM_UTF8  # --encoding utf-8 on a file with a BOM: the BOM is not text
    body = data[len(bom) :]
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        offset = exc.start + len(bom)
        hint = "" if bom else "; pass --encoding to read another encoding"
        raise InputError(f"{path}: not valid {encoding} at byte offset {offset}{hint}") from None
    if not text.strip():
        raise InputError(f"{path}: file is empty (no text to check)")
    return SourceText(path=path, text=text, encoding=encoding, bom=bom, raw=data)


def read_source(
    path: str, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> SourceText:
    """Read ``path`` (or standard input for ``-``) and decode it."""
    if path == STDIN_NAME:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        file = Path(path)
        try:
            size = file.stat().st_size
            if size > max_bytes:
                raise InputError(
                    f"{path}: file is {size:,} bytes, over the limit of {max_bytes:,} "
                    "(raise it with --max-file-size)"
                )
            data = file.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file or directory") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a directory") from None
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(
            f"{path}: input is over the limit of {max_bytes:,} bytes "
            "(raise it with --max-file-size)"
        )
    return decode_bytes(data, path, encoding)
