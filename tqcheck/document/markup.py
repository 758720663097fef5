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


FRONT_MATTER_MAX_CHARS = 64 * 1024  # front matter is a few keys; more is not front matter


def read_front_matter(text: str, path: str) -> tuple[dict[str, Any], int]:
    """Parse a leading ``---`` YAML block; return (metadata, length of the block in chars).

    Every problem is a one-line :class:`InputError` naming the file and line: invalid YAML,
    values YAML cannot build (``2020-02-30``, an offset of ``+99:00``, a 5,000-digit number),
    nesting too deep, and a ``published``/``date`` outside the supported range.
    """
    match = FRONT_MATTER.match(text)
    if match is None:
        return {}, 0
    if len(match.group(1)) > FRONT_MATTER_MAX_CHARS:
        raise InputError(
            f"{path}:1: front matter is over {FRONT_MATTER_MAX_CHARS:,} characters long"
        )
    import yaml  # only files with front matter pay for the import

    try:
        loaded = yaml.load(match.group(1), Loader=_front_matter_loader())  # a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or ""
        if problem.startswith("cannot read"):  # a value YAML cannot build (see the loader)
            raise InputError(f"{path}{where}: front matter: {problem}") from None
        detail = f" ({problem})" if problem else ""
        raise InputError(f"{path}{where}: front matter is not valid YAML{detail}") from None
    except RecursionError:
        raise InputError(f"{path}:1: front matter is nested too deeply") from None
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise InputError(f"{path}:1: front matter must be a mapping of keys to values")
    metadata = {str(key): _plain_value(value) for key, value in loaded.items()}
    for key in ("published", "date"):
        value = _as_date(metadata.get(key))
        if value is not None:
            problem = published_range_error(value)
            if problem:
                line = _key_line(match.group(1), key)
                raise InputError(f"{path}:{line}: front matter '{key}' {problem}")
    return metadata, match.end()


def _key_line(block: str, key: str) -> int:
    """The file line of ``key:`` in a front-matter block (the block starts on line 2)."""
    found = re.search(rf"^[\"']?{re.escape(key)}[\"']?[ \t]*:", block, re.MULTILINE)
    return block.count("\n", 0, found.start()) + 2 if found else 1


_LOADER: Any = None


def _front_matter_loader() -> Any:
    """A SafeLoader whose scalar constructors turn ValueError/OverflowError into YAML errors
    that carry the node's position ("2020-02-30" is a timestamp YAML cannot build)."""
    global _LOADER
    if _LOADER is not None:
        return _LOADER
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        pass

    def guarded(tag: str) -> None:
        construct = yaml.SafeLoader.yaml_constructors[tag]

        def build(loader: Any, node: Any) -> Any:
            try:
                return construct(loader, node)
            except (ValueError, OverflowError, TypeError) as exc:
                problem = f"cannot read {str(node.value)[:40]!r} ({str(exc)[:80]})"
                raise yaml.constructor.ConstructorError(
                    None, None, problem, node.start_mark
                ) from None

        FrontMatterLoader.add_constructor(tag, build)

    for tag in (
        "tag:yaml.org,2002:timestamp",
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
    ):
        guarded(tag)
    _LOADER = FrontMatterLoader
    return _LOADER


def _plain_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date()
    return value


# Publication dates outside this range are refused where they enter (option, config, front
# matter): date arithmetic near year 1 or 9999 overflows, and no news copy is dated there.
EARLIEST_PUBLISHED = date(1900, 1, 1)
LATEST_PUBLISHED = date(2199, 12, 31)


def published_range_error(value: date) -> str | None:
    """Why ``value`` cannot be a publication date, or ``None`` when it can."""
    if EARLIEST_PUBLISHED <= value <= LATEST_PUBLISHED:
        return None
    return (
        f"{value.isoformat()} is outside the supported range of publication dates "
        f"({EARLIEST_PUBLISHED.year}-{LATEST_PUBLISHED.year})"
    )


def _as_date(value: Any) -> date | None:
    """A front-matter value as a date: a YAML date, or a string starting "YYYY-MM-DD"."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def publication_date(metadata: dict[str, Any]) -> date | None:
    """``published:`` or ``date:`` from front matter, when it is a date in the supported range
    (:func:`read_front_matter` has already refused one outside it)."""
    for key in ("published", "date"):
        value = _as_date(metadata.get(key))
        if value is not None and published_range_error(value) is None:
            return value
    return None
