"""Applying suggestions to files: ``tqcheck fix``.

A finding's suggestion replaces its span. Only rules whose fixes are marked safe are applied,
unless unsafe fixes are asked for. Edits that overlap are never applied together: the first in
the text wins, the other waits for the next pass, which re-checks the edited text (up to
``MAX_PASSES`` times, until nothing more is fixable), so a second ``fix`` run changes nothing.

Writing is atomic (a temporary file in the same folder, then a rename), keeps the encoding, the
BOM and the line endings of the file and its permissions, and is refused when the file changed
on disk after it was read.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tqcheck.config import Config
from tqcheck.document.source import SourceText, read_source
from tqcheck.errors import InputError
from tqcheck.findings import Finding
from tqcheck.rules.registry import all_rules
from tqcheck.runner import Checker, check_document

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
    """Replace the file with the fixed text, unless it changed since it was read."""
    path = Path(result.path)
    try:
        current = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read it again before writing: {exc.strerror}") from None
    if current != result.source.raw:
        raise InputError(f"{path}: changed on disk while it was being fixed; nothing written")
    mode = stat.S_IMODE(path.stat().st_mode)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".tqcheck", dir=path.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(result.encoded())
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).chmod(mode)
        Path(temporary).replace(path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(f"{path}: could not write the fixed file: {exc.strerror}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
