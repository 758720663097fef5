"""Applying suggestions to files: ``tqcheck fix``.

A finding's suggestion replaces its span. Only rules whose fixes are marked safe are applied,
unless unsafe fixes are asked for. Edits that overlap are never applied together: the first in
the text wins, the other waits for the next pass, which re-checks the edited text (up to
``MAX_PASSES`` times, until nothing more is fixable), so a second ``fix`` run changes nothing.

Writing is atomic (a temporary file in the same folder, then a rename), keeps the encoding, the
BOM and the line endings of the file, its owner, mode and extended attributes, follows symlinks,
refuses hard-linked and read-only files, and is refused when the file changed on disk after it
was read (:func:`write_atomically` says exactly what is guaranteed).
"""

from __future__ import annotations

import os
import re
import stat
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from tqcheck.config import Config
from tqcheck.document.source import SourceText, read_source
from tqcheck.errors import InputError
from tqcheck.findings import Finding
from tqcheck.output_files import OutputError, replace_atomically, writable_folder, write_output
from tqcheck.rules.registry import all_rules
from tqcheck.runner import Checker, check_document

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; the content checks still run
    fcntl = None  # type: ignore[assignment]

MAX_PASSES = 5
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    replacement: str
    rule: str


@dataclass(slots=True)
class FixResult:
    path: str
    source: SourceText
    text: str  # the fixed text (equal to source.text when nothing applied)
    applied: list[Finding] = field(default_factory=list)
    remaining: list[Finding] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.text != self.source.text

    def encoded(self) -> bytes:
        """The fixed text as the file stores it: same encoding, same BOM."""
        return self.source.bom + self.text.encode(self.source.encoding)


def fixable(finding: Finding, unsafe: bool) -> bool:
    """A finding whose suggestion may be applied under the chosen safety."""
    if finding.suggestion is None:
        return False
    safety = _fix_safety().get(finding.rule)
    return safety == "safe" or (unsafe and safety == "unsafe")


def _fix_safety() -> dict[str, str | None]:
    return {rule.code: rule.fix for rule in all_rules()}


def plan_edits(findings: list[Finding], text: str, unsafe: bool) -> list[Edit]:
    """Non-overlapping edits for the fixable findings, in text order."""
    newline = _newline(text)
    edits: list[Edit] = []
    for finding in sorted(findings, key=lambda f: (f.start, f.end, f.rule)):
        if not fixable(finding, unsafe):
            continue
        if edits and finding.start < edits[-1].end:
            continue  # overlaps an earlier edit: left for the next pass
        if text[finding.start : finding.end] != finding.text:
            continue  # a stale finding; never edit text it does not describe
        replacement = (finding.suggestion or "").replace("\n", newline)
        edits.append(Edit(finding.start, finding.end, replacement, finding.rule))
    return edits


def apply_edits(text: str, edits: list[Edit]) -> str:
    pieces: list[str] = []
    position = 0
    for edit in edits:
        pieces.append(text[position : edit.start])
        pieces.append(edit.replacement)
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)


def _newline(text: str) -> str:
    """The file's line ending: the first one it uses, LF when it has none."""
    match = _LINE_BREAK.search(text)
    return match.group() if match else "\n"


def fix_file(checker: Checker, path: str, unsafe: bool) -> FixResult:
    """Check ``path`` and apply its fixable suggestions, re-checking after each pass."""
    config = checker.config_for(path)
    source = read_source(path, checker.options.encoding, config.max_file_size)
    return fix_source(checker, path, source, config, unsafe)


def fix_source(
    checker: Checker, path: str, source: SourceText, config: Config, unsafe: bool
) -> FixResult:
    """:func:`fix_file` for text already read (``tqcheck serve`` fixes text it was sent)."""
    result = FixResult(path=path, source=source, text=source.text)
    text = source.text
    for _ in range(MAX_PASSES):
        findings = _check_text(checker, source, text, config)
        edits = plan_edits(findings, text, unsafe)
        if not edits:
            result.remaining = findings
            break
        applied_spans = {(edit.start, edit.end, edit.rule) for edit in edits}
        result.applied.extend(f for f in findings if (f.start, f.end, f.rule) in applied_spans)
        text = apply_edits(text, edits)
    else:
        result.remaining = _check_text(checker, source, text, config)
    result.text = text
    return result


def _check_text(checker: Checker, source: SourceText, text: str, config: Config) -> list[Finding]:
    document = checker.parse(
        SourceText(source.path, text, source.encoding, source.bom, source.raw), source.path, config
    )
    document.published = checker.published_for(document, config)
    return check_document(document, config)


def write_atomically(result: FixResult) -> None:
    """Replace the file with the fixed text, unless it changed since it was read.

    See :func:`tqcheck.output_files` for the write itself. What this adds for ``fix``:

    - a symlink is followed: its target is fixed and the link is kept;
    - a file with more than one hard link, a read-only file (no write bit in its mode, even for
      root), a file in a read-only folder, and a file that is not a regular file are refused with
      one line, and left untouched;
    - owner, group, mode and extended attributes (ACLs included) are copied to the new file; if
      one cannot be kept the file is not rewritten;
    - an exclusive advisory lock (``flock``) on the file is held from the last read to the
      rename, so two ``tqcheck fix`` runs never write the same file at once (the second is
      refused);
    - right before the rename, the file's inode, size, mtime and content are checked again
      against what was fixed; after the rename, the replaced file is checked once more, and if a
      writer got in between, its version is kept beside the file as ``NAME.tqcheck-conflict``
      and the run fails.
    """
    path = Path(result.path)
    target = Path(os.path.realpath(path))
    try:
        handle = os.open(target, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(f"{path}: cannot read it again before writing: {exc.strerror}") from None
    try:
        _write_locked(path, target, handle, result)
    finally:
        os.close(handle)


def _write_locked(path: Path, target: Path, handle: int, result: FixResult) -> None:
    info = os.fstat(handle)
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: not a regular file; not rewritten")
    if info.st_nlink > 1:
        raise InputError(
            f"{path}: has {info.st_nlink} hard links and a rewrite would split them; "
            "not rewritten (use --diff and apply the changes by hand)"
        )
    if not info.st_mode & 0o222:
        raise InputError(
            f"{path}: read-only (mode {stat.S_IMODE(info.st_mode):04o}); not rewritten"
        )
    folder_problem = writable_folder(target.parent)
    if folder_problem is not None:
        raise InputError(f"{path}: cannot rewrite it in {target.parent} ({folder_problem})")
    try:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise InputError(f"{path}: being fixed by another process; not rewritten") from None
    except OSError:
        pass  # no advisory locks on this file system: the content checks below still run
    if _read_all(handle) != result.source.raw:
        raise InputError(f"{path}: changed on disk while it was being fixed; nothing written")
    seen = _signature(os.fstat(handle))

    def write_fixed(temporary: int, _: Path) -> None:
        data = memoryview(result.encoded())
        while data:
            written = os.write(temporary, data)
            data = data[written:]
        _copy_metadata(path, handle, temporary, info)

    def last_check() -> None:
        now = os.fstat(handle)
        try:
            named = target.stat()
        except OSError:
            named = None
        if (
            _signature(now) != seen
            or named is None
            or (named.st_dev, named.st_ino) != (now.st_dev, now.st_ino)
            or _read_all(handle) != result.source.raw
        ):
            raise InputError(f"{path}: changed on disk while it was being fixed; nothing written")

    try:
        replace_atomically(
            target,
            write_fixed,
            "the fixed file",
            display=path,
            before_rename=last_check,
            expected=(info.st_dev, info.st_ino),
        )
    except OutputError as exc:
        raise InputError(str(exc)) from None
    if _signature(os.fstat(handle)) != seen:
        # A writer got in between the last check and the rename: keep its version.
        conflict = target.with_name(f"{target.name}.tqcheck-conflict")
        number = 1
        while conflict.exists() or conflict.is_symlink():  # never over an earlier conflict
            number += 1
            conflict = target.with_name(f"{target.name}.tqcheck-conflict-{number}")
        data = _read_all(handle)
        write_output(
            conflict, lambda stream: stream.write(data), "the conflicting version", binary=True
        )
        raise InputError(
            f"{path}: changed on disk while the fixed file was being renamed into place; "
            f"the other version is kept as {conflict}"
        )


def _signature(info: os.stat_result) -> tuple[int, int, int, int]:
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def _read_all(handle: int) -> bytes:
    chunks = []
    offset = 0
    while True:
        chunk = os.pread(handle, 1 << 20, offset)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        offset += len(chunk)


def _copy_metadata(path: Path, source: int, temporary: int, info: os.stat_result) -> None:
    """Owner, group, mode and extended attributes of ``source`` onto ``temporary``, or refuse."""
    try:
        os.fchown(temporary, info.st_uid, info.st_gid)
    except OSError:
        mine = os.fstat(temporary)
        if (mine.st_uid, mine.st_gid) != (info.st_uid, info.st_gid):
            raise InputError(
                f"{path}: cannot keep its owner and group ({info.st_uid}:{info.st_gid}); "
                "not rewritten"
            ) from None
    os.fchmod(temporary, stat.S_IMODE(info.st_mode))  # after chown, which clears set-id bits
    if not hasattr(os, "listxattr"):
        return
    try:
        names = os.listxattr(source)
    except OSError:
        return  # no extended attributes on this file system
    for name in names:
        try:
            value = os.getxattr(source, name)
            with suppress(OSError):
                if os.getxattr(temporary, name) == value:
                    continue
            os.setxattr(temporary, name, value)
        except OSError as exc:
            raise InputError(
                f"{path}: cannot keep its extended attribute {name} ({exc.strerror}); not rewritten"
            ) from None
