"""Blanking out markup so checks see prose at the original offsets.

Every function here returns or edits a list of characters the same length as the input, and
never touches line breaks, so line and column numbers stay valid.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from tqcheck.errors import InputError

HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
URL = re.compile(r"\b(?:https?|ftp)://[^\s<>()\[\]]+|\bwww\.[^\s<>()\[\]]+\.[a-z]{2,}[^\s<>()]*")
FRONT_MATTER = re.compile(
    r"\A---[ \t]*(?:\r\n|\r|\n)(.*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?=\r\n|\r|\n|\Z)", re.DOTALL
)

# Markdown inline markup, masked inside prose blocks.
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_CODE_SPAN = re.compile(r"(`+)[^`]*?\1")
_MD_LINK_TAIL = re.compile(r"\]\([^)\n]*\)|\]\[[^\]\n]*\]")
_MD_LINK_OPEN = re.compile(r"\[(?=[^\]\n]*\](?:\(|\[))")
_MD_AUTOLINK_OR_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*|/?[a-zA-Z][^<>\n]*)>")
_MD_EMPHASIS = re.compile(r"\*+|(?<![\w])_+|_+(?![\w])|~~")
_MD_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")


def blank(chars: list[str], start: int, end: int) -> None:
    """Replace ``chars[start:end]`` with spaces, keeping line breaks."""
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def mask_pattern(
    chars: list[str], text: str, pattern: re.Pattern[str], start: int = 0, end: int | None = None
) -> None:
    for match in pattern.finditer(text, start, len(text) if end is None else end):
        blank(chars, match.start(), match.end())


def mask_common(text: str, chars: list[str]) -> None:
    """Markup masked in every format: HTML comments (suppressions live there) and URLs."""
    mask_pattern(chars, text, HTML_COMMENT)
    mask_pattern(chars, text, URL)


def mask_markdown_inline(text: str, chars: list[str], start: int, end: int) -> None:
    for pattern in (
        _MD_IMAGE,
        _MD_CODE_SPAN,
        _MD_LINK_TAIL,
        _MD_LINK_OPEN,
        _MD_AUTOLINK_OR_TAG,
        _MD_EMPHASIS,
        _MD_ESCAPE,
    ):
        mask_pattern(chars, text, pattern, start, end)


def read_front_matter(text: str, path: str) -> tuple[dict[str, Any], int]:
    """Parse a leading ``---`` YAML block; return (metadata, length of the block in chars)."""
    match = FRONT_MATTER.match(text)
    if match is None:
        return {}, 0
    import yaml  # only files with front matter pay for the import

    try:
        loaded = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise InputError(f"{path}: front matter is not valid YAML{where}") from None
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise InputError(f"{path}: front matter must be a mapping of keys to values")
    return {str(key): _plain_value(value) for key, value in loaded.items()}, match.end()


def _plain_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date()
    return value


def publication_date(metadata: dict[str, Any]) -> date | None:
    """``published:`` or ``date:`` from front matter, when it is a date."""
    for key in ("published", "date"):
        value = metadata.get(key)
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip()[:10])
            except ValueError:
                continue
    return None
