"""TSV reader: one unit per line, ``source<TAB>target``, or ``id<TAB>source<TAB>target`` when
the file has three columns.

The first non-blank line sets the column count (2 or 3); every other non-blank line must have
the same, or the file is refused naming the line. That first line is a header, not a unit, when
its source and target cells are language codes ("ar", "en-GB"), language names ("Arabic") or
the words "source"/"target"; codes and names set the file's languages (the ``source_language``/
``target_language`` arguments fill in otherwise). Lines end with LF, CRLF or a lone CR; blank
lines are skipped, as are units with an empty source. Fields are taken as they are: no quoting,
no trimming, so a quote character is part of the text. Ids are the id cell, else ``row <n>``
with ``n`` the line number.
"""

from __future__ import annotations

import re

from tqcheck.bilingual.model import BilingualFile, Unit
from tqcheck.document.source import SourceText
from tqcheck.errors import InputError

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_HEADER_WORD = re.compile(r"[A-Za-z][A-Za-z0-9 _()-]{0,40}")
_ROLE_WORDS = frozenset({"source", "target", "src", "tgt", "source text", "target text"})


def read_tsv(
    source: SourceText, source_language: str | None = None, target_language: str | None = None
) -> BilingualFile:
    """Read a tab-separated file of source and target columns."""
    text = source.text
    columns = 0
    header: tuple[str, str] | None = None
    units: list[Unit] = []
    line_start = 0
    for number, line_end in enumerate(_line_ends(text), start=1):
        start, line_start = line_start, _next_line_start(text, line_end)
        line = text[start:line_end]
        if not line.strip():
            continue
        cells = line.split("\t")
        if not columns:
            columns = len(cells)
            if columns not in {2, 3}:
                raise InputError(
                    f"{source.path}: line {number}: expected 2 (source, target) or 3 (id, source, "
                    f"target) tab-separated columns, found {columns}"
                )
            header = _header(cells[-2], cells[-1])
            if header is not None:
                continue
        elif len(cells) != columns:
            raise InputError(
                f"{source.path}: line {number}: expected {columns} tab-separated columns "
                f"(as on the first line), found {len(cells)}"
            )
        source_cell, target_cell = cells[-2], cells[-1]
        if not source_cell.strip():
            continue
        target_start = line_end - len(target_cell)
        unit_id = cells[0] if columns == 3 and cells[0].strip() else f"row {number}"
        units.append(
            Unit(
                id=unit_id,
                source=source_cell,
                target=target_cell,
                target_start=target_start,
                target_end=line_end,
                target_offsets=tuple(range(target_start, line_end)),
                line=number,
            )
        )
    header_source, header_target = header or ("", "")
    return BilingualFile(
        path=source.path,
        text=text,
        format="tsv",
        units=tuple(units),
        source_language=header_source or source_language or "",
        target_language=header_target or target_language or "",
    )


def _line_ends(text: str) -> list[int]:
    """The offset where each line's content ends (before its line break)."""
    ends = [match.start() for match in _LINE_BREAK.finditer(text)]
    ends.append(len(text))
    return ends


def _next_line_start(text: str, line_end: int) -> int:
    if text.startswith("\r\n", line_end):
        return line_end + 2
    return line_end + 1


def _header(source_cell: str, target_cell: str) -> tuple[str, str] | None:
    """The languages a header line names ("" for "source"/"target"), or None for a unit line."""
    source_language = _header_language(source_cell)
    if source_language is None:
        return None
    target_language = _header_language(target_cell)
    if target_language is None:
        return None
    return source_language, target_language


def _header_language(cell: str) -> str | None:
    """The language a header cell names, "" for a role word, None when it is no header cell."""
    word = cell.strip()
    if word.casefold() in _ROLE_WORDS:
        return ""
    if not _HEADER_WORD.fullmatch(word):
        return None
    import pycountry  # loaded only when a first line may be a header

    if _LANGUAGE_CODE.fullmatch(word):
        primary = word.replace("_", "-").split("-", 1)[0].lower()
        key = "alpha_2" if len(primary) == 2 else "alpha_3"
        if pycountry.languages.get(**{key: primary}) is not None:
            return word
    language = pycountry.languages.get(name=word)
    if language is not None:
        return str(getattr(language, "alpha_2", language.alpha_3))
    return None
