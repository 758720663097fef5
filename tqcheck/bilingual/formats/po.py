"""Gettext PO/POT reader: a small line-based parser written for tqcheck, so every character of a
``msgstr`` keeps its offset in the file (polib and translate-toolkit give no character offsets).

Entries hold comments, ``msgctxt``, ``msgid``, ``msgid_plural`` and ``msgstr`` or
``msgstr[n]``, each string possibly continued on the following lines. Escapes (``\\n \\t \\r
\\" \\\\ \\a \\b \\f \\v \\? \\'``, and octal or ``\\x`` ASCII codes) are decoded; a decoded
character's offset is that of its backslash. The header entry (empty ``msgid``) gives the
target language (``Language:``) and, where a tool wrote one, the source language
(``X-Source-Language:``); obsolete ``#~`` entries are skipped. ``#,`` flags go into
``attributes["flags"]`` (comma separated, e.g. ``"fuzzy, python-format"``). A plural entry
gives one unit per ``msgstr[n]`` (source: ``msgid`` for n = 0, ``msgid_plural`` otherwise), its
id ending in ``[n]``. Ids are the ``msgctxt``, else the first line of the ``msgid`` (at most 60
characters), else ``line <n>``. Anything else is refused with the line number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from tqcheck.bilingual.model import BilingualFile, Unit
from tqcheck.document.source import SourceText
from tqcheck.errors import InputError

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?[ \t]*(?=\")")
_SPECIAL = re.compile(r'["\\]')
_OCTAL = re.compile(r"[0-7]{1,3}")
_HEX = re.compile(r"[0-9a-fA-F]+")
_SIMPLE_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    '"': '"',
    "\\": "\\",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    "?": "?",
    "'": "'",
}
_ID_LENGTH = 60


@dataclass(slots=True)
class _String:
    """A keyword's string, concatenated over its lines, with each character's offset."""

    chars: list[str] = field(default_factory=list)  # runs of characters
    offsets: list[int] = field(default_factory=list)
    start: int = 0  # just after the first opening quote
    end: int = 0  # at the last closing quote

    @property
    def text(self) -> str:
        return "".join(self.chars)


@dataclass(slots=True)
class _Entry:
    line: int
    flags: list[str]
    context: _String | None = None
    msgid: _String | None = None
    plural: _String | None = None
    msgstr: dict[int, _String] = field(default_factory=dict)  # key -1: singular msgstr


class _Parser:
    def __init__(self, source: SourceText) -> None:
        self.text = source.text
        self.path = source.path
        self.entries: list[_Entry] = []
        self.entry: _Entry | None = None
        self.current: _String | None = None
        self.flags: list[str] = []

    def fail(self, line: int, message: str) -> InputError:
        return InputError(f"{self.path}: line {line}: {message}")

    def parse(self) -> list[_Entry]:
        for number, start, end in _lines(self.text):
            position = start
            while position < end and self.text[position] in " \t":
                position += 1
            if position == end:
                continue
            char = self.text[position]
            if char == "#":
                self.comment(number, position, end)
            elif char == '"':
                if self.current is None:
                    raise self.fail(number, "a string continues no keyword")
                self.read_string(self.current, number, position, end)
            else:
                self.keyword(number, position, end)
        self.finish()
        return self.entries

    def finish(self) -> None:
        entry = self.entry
        if entry is None:
            return
        if not entry.msgstr:
            what = "msgid" if entry.msgid is not None else "msgctxt"
            raise self.fail(entry.line, f"{what} without msgstr")
        if entry.plural is not None and -1 in entry.msgstr:
            raise self.fail(entry.line, "msgid_plural needs msgstr[n], not msgstr")
        if entry.plural is None and set(entry.msgstr) != {-1}:
            raise self.fail(entry.line, "msgstr[n] without msgid_plural")
        self.entries.append(entry)
        self.entry = self.current = None

    def comment(self, number: int, position: int, end: int) -> None:
        if self.entry is not None:
            if not self.entry.msgstr:
                raise self.fail(number, f"comment inside the entry of line {self.entry.line}")
            self.finish()
        marker = self.text[position + 1 : position + 2]
        if marker == "~":  # an obsolete entry, and the comments before it belong to it
            self.flags = []
        elif marker == ",":
            body = self.text[position + 2 : end]
            self.flags.extend(flag.strip() for flag in body.split(",") if flag.strip())

    def keyword(self, number: int, position: int, end: int) -> None:
        match = _KEYWORD.match(self.text, position, end)
        if match is None:
            raise self.fail(number, "expected a comment, a keyword (msgid, msgstr...) or a string")
        name, index = match.group(1), match.group(2)
        if index is not None and name != "msgstr":
            raise self.fail(number, f"{name} takes no [index]")
        entry = self.entry
        if name in {"msgctxt", "msgid"}:
            if entry is not None and (entry.msgstr or entry.msgid is not None):
                if not entry.msgstr:
                    raise self.fail(
                        number, f"{name} before the msgstr of line {entry.line}'s entry"
                    )
                self.finish()
                entry = None
            if entry is None:
                entry = self.entry = _Entry(line=number, flags=self.flags)
                self.flags = []
            string = _String(start=match.end() + 1)
            if name == "msgctxt":
                if entry.context is not None:
                    raise self.fail(number, "a second msgctxt")
                entry.context = string
            else:
                entry.msgid = string
        else:
            if entry is None or entry.msgid is None:
                raise self.fail(number, f"{name} without msgid")
            string = _String(start=match.end() + 1)
            if name == "msgid_plural":
                if entry.plural is not None or entry.msgstr:
                    raise self.fail(number, "msgid_plural out of place")
                entry.plural = string
            else:
                key = -1 if index is None else int(index)
                if key in entry.msgstr or (key == -1 and entry.msgstr):
                    raise self.fail(number, "a second msgstr for the same entry")
                if key != -1 and -1 in entry.msgstr:
                    raise self.fail(number, "msgstr[n] after msgstr")
                entry.msgstr[key] = string
        self.current = string
        self.read_string(string, number, match.end(), end)

    def read_string(self, string: _String, number: int, position: int, end: int) -> None:
        """Append the quoted string whose opening quote is at ``position`` to ``string``."""
        text = self.text
        position += 1
        while True:
            special = _SPECIAL.search(text, position, end)
            if special is None:
                raise self.fail(number, "unterminated string (no closing quote)")
            if special.start() > position:
                string.chars.append(text[position : special.start()])
                string.offsets.extend(range(position, special.start()))
            position = special.start()
            if text[position] == '"':
                break
            value, length = self.escape(number, position + 1, end)
            string.chars.append(value)
            string.offsets.append(position)
            position += 1 + length
        string.end = position
        if text[position + 1 : end].strip(" \t"):
            raise self.fail(number, "text after the closing quote")

    def escape(self, number: int, position: int, end: int) -> tuple[str, int]:
        """The character an escape stands for, and its length after the backslash."""
        if position >= end:
            raise self.fail(number, "unterminated string (backslash at the end of the line)")
        char = self.text[position]
        if char in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[char], 1
        pattern, base, skip = (_HEX, 16, 1) if char == "x" else (_OCTAL, 8, 0)
        digits = pattern.match(self.text, position + skip, end)
        if digits is None:
            raise self.fail(number, f"unknown escape \\{char}")
        value = int(digits.group(), base)
        if value >= 0x80:
            raise self.fail(number, f"escape \\{self.text[position : digits.end()]} is not ASCII")
        return chr(value), skip + len(digits.group())


def _lines(text: str) -> Iterator[tuple[int, int, int]]:
    """(1-based number, start, end) of each line, CRLF, LF and lone CR ending a line."""
    start = 0
    number = 1
    for match in _LINE_BREAK.finditer(text):
        yield number, start, match.start()
        start = match.end()
        number += 1
    yield number, start, len(text)


def _header_field(header: str, name: str) -> str:
    prefix = name.casefold() + ":"
    for line in header.split("\n"):
        if line.casefold().startswith(prefix):
            return line[len(prefix) :].strip()
    return ""


def _base_id(entry: _Entry) -> str:
    if entry.context is not None and entry.context.text:
        return entry.context.text
    first_line = entry.msgid.text.split("\n", 1)[0].strip() if entry.msgid else ""
    if not first_line:
        return f"line {entry.line}"
    if len(first_line) > _ID_LENGTH:
        return first_line[: _ID_LENGTH - 1].rstrip() + "…"
    return first_line


def read_po(
    source: SourceText, source_language: str | None = None, target_language: str | None = None
) -> BilingualFile:
    """Read a PO or POT file."""
    units: list[Unit] = []
    header_source = header_target = ""
    for entry in _Parser(source).parse():
        if entry.msgid is None:  # pragma: no cover - an entry's msgstr needs a msgid
            continue
        if entry.context is None and not entry.msgid.chars:
            header = entry.msgstr.get(-1)
            if header is not None and not header_target:
                header_target = _header_field(header.text, "Language")
                header_source = _header_field(header.text, "X-Source-Language")
            continue
        base_id = _base_id(entry)
        attributes: dict[str, str] = {}
        if entry.flags:
            attributes["flags"] = ", ".join(entry.flags)
        if entry.context is not None:
            attributes["msgctxt"] = entry.context.text
        for key, string in sorted(entry.msgstr.items()):
            source_string = entry.plural if key > 0 and entry.plural is not None else entry.msgid
            if not source_string.text.strip():
                continue
            units.append(
                Unit(
                    id=base_id if key == -1 else f"{base_id}[{key}]",
                    source=source_string.text,
                    target=string.text,
                    target_start=string.start,
                    target_end=string.end if string.chars else string.start,
                    target_offsets=tuple(string.offsets),
                    line=entry.line,
                    attributes=dict(attributes),
                )
            )
    return BilingualFile(
        path=source.path,
        text=source.text,
        format="po",
        units=tuple(units),
        source_language=header_source or source_language or "",
        target_language=header_target or target_language or "",
    )
