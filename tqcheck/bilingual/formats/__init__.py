"""Bilingual file readers: XLIFF 1.2/2.0, TMX, PO/POT and TSV into a :class:`BilingualFile`.

The format is chosen by the file name's suffix; for other names (standard input) it is told from
the content: an XML root element ``<xliff>`` or ``<tmx>``, a PO keyword line, or a tab.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import PurePath

from tqcheck.bilingual.formats.po import read_po
from tqcheck.bilingual.formats.tmx import read_tmx
from tqcheck.bilingual.formats.tsv import read_tsv
from tqcheck.bilingual.formats.xliff import read_xliff
from tqcheck.bilingual.formats.xml_positions import parse_xml
from tqcheck.bilingual.model import BILINGUAL_SUFFIXES, BilingualFile, is_bilingual_path
from tqcheck.document.source import SourceText
from tqcheck.errors import InputError

Reader = Callable[[SourceText, str | None, str | None], BilingualFile]

_READERS: dict[str, Reader] = {
    ".xlf": read_xliff,
    ".xliff": read_xliff,
    ".sdlxliff": read_xliff,  # Trados Studio: XLIFF 1.2 with its own namespace added
    ".mqxliff": read_xliff,  # memoQ: the same
    ".tmx": read_tmx,
    ".po": read_po,
    ".pot": read_po,
    ".tsv": read_tsv,
}

_PO_KEYWORD = re.compile(r"^[ \t]*(?:msgid|msgctxt)[ \t]*\"", re.MULTILINE)

__all__ = [
    "BILINGUAL_SUFFIXES",
    "is_bilingual_path",
    "read_bilingual",
    "read_po",
    "read_tmx",
    "read_tsv",
    "read_xliff",
]


def read_bilingual(
    source: SourceText, source_language: str | None = None, target_language: str | None = None
) -> BilingualFile:
    """Read ``source`` as the bilingual format its suffix (or, failing that, its content) names.

    The language arguments choose the TMX variants; for the other formats they fill in the
    languages the file does not declare. Every problem is a one-line :class:`InputError`.
    """
    reader = _READERS.get(PurePath(source.path).suffix.lower()) or _sniff(source)
    return reader(source, source_language, target_language)


def _sniff(source: SourceText) -> Reader:
    text = source.text
    if text.lstrip().startswith("<"):
        root = parse_xml(source).root.name
        if root == "xliff":
            return read_xliff
        if root == "tmx":
            return read_tmx
        raise InputError(f"{source.path}: XML root element <{root}> is neither XLIFF nor TMX")
    if _PO_KEYWORD.search(text):
        return read_po
    if "\t" in text:
        return read_tsv
    raise InputError(
        f"{source.path}: cannot tell the bilingual format (expected XLIFF, TMX, PO or TSV)"
    )
