"""Turning decoded text into a :class:`~tqcheck.document.model.Document`.

Plain text: blocks are runs of non-blank lines. Markdown: block structure comes from
markdown-it-py (CommonMark) token line maps; markup inside blocks is blanked in the plain view.
In both formats a short single-line block with no closing punctuation that is followed by
more text is read as a heading, because machine-translated copy loses heading markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from tqcheck.document.lines import LineIndex
from tqcheck.document.markup import (
    blank,
    mask_common,
    mask_markdown_inline,
    read_front_matter,
)
from tqcheck.document.model import Block, BlockKind, Document, Sentence
from tqcheck.document.sentences import split_sentences
from tqcheck.document.source import SourceText

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})

# Characters that close a sentence or a caption rather than a heading.
_CLOSING = frozenset(".!?:;,…\"”’'»)]")
_HEADING_MAX_WORDS = 12

_PLAIN_BULLET = re.compile(r"[ \t]*(?:[-*•▪‣]|\d{1,3}[.)])[ \t]+(?=\S)")
_QUOTE_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)+")
_LIST_MARKER = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|(?=\r|\n|$))")
_ATX_OPEN = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")


@dataclass(slots=True)
class _RawBlock:
    kind: BlockKind
    first_line: int
    last_line: int
    explicit: bool = False
    level: int = 0
    # Exact character bounds, for blocks that do not own whole lines (a bilingual file's
    # targets); by default the block spans its lines.
    start: int | None = None
    end: int | None = None


def detect_format(path: str) -> str:
    return "markdown" if PurePath(path).suffix.lower() in MARKDOWN_SUFFIXES else "text"


def parse_document(source: SourceText, fmt: str | None = None) -> Document:
    text = source.text
    fmt = fmt or detect_format(source.path)
    chars = list(text)
    metadata, front_matter_end = read_front_matter(text, source.path)
    blank(chars, 0, front_matter_end)
    mask_common(text, chars)
    lines = LineIndex(text)
    if fmt == "markdown":
        raw_blocks = _markdown_blocks(text, chars, lines)
    else:
        raw_blocks = _plain_blocks(chars, lines)
    plain = "".join(chars)
    document = Document(
        path=source.path, text=text, plain=plain, format=fmt, lines=lines, metadata=metadata
    )
    document.blocks = _build_blocks(raw_blocks, plain, lines)
    return document


def parse_spans(
    path: str, text: str, plain: str, spans: list[tuple[int, int]], fmt: str
) -> Document:
    """A document whose blocks are the given spans of ``plain``, one paragraph each, for text
    whose segments a file format states, such as a bilingual file's targets; ``plain`` is
    ``text`` with everything but those spans blanked. Headings are not inferred: a short unit
    is a segment (a title, a plural form, a button label), not a line of an article's layout."""
    lines = LineIndex(text)
    raw_blocks = [
        _RawBlock(
            BlockKind.PARAGRAPH,
            lines.position(start)[0],
            lines.position(end)[0],
            start=start,
            end=end,
        )
        for start, end in spans
    ]
    document = Document(path=path, text=text, plain=plain, format=fmt, lines=lines)
    document.blocks = _build_blocks(raw_blocks, plain, lines, infer_headings=False)
    return document


def _plain_blocks(chars: list[str], lines: LineIndex) -> list[_RawBlock]:
    plain = "".join(chars)
    blocks: list[_RawBlock] = []
    run: list[int] = []

    def close_run() -> None:
        if not run:
            return
        bullets = [_PLAIN_BULLET.match(plain, lines.line_start(n), lines.line_end(n)) for n in run]
        if all(bullets):
            for line, marker in zip(run, bullets, strict=True):
                assert marker is not None
                blank(chars, marker.start(), marker.end())
                blocks.append(_RawBlock(BlockKind.LIST_ITEM, line, line))
        else:
            blocks.append(_RawBlock(BlockKind.PARAGRAPH, run[0], run[-1]))
        run.clear()

    for line in range(1, lines.line_count + 1):
        if plain[lines.line_start(line) : lines.line_end(line)].strip():
            run.append(line)
        else:
            close_run()
    close_run()
    return blocks


# markdown-it-py stops reading (silently) at 20 levels of quotes and lists; allow more, and
# read a document nested deeper still as plain text, its quote and list markers blanked.
_MAX_NESTING = 100


def _markdown_blocks(text: str, chars: list[str], lines: LineIndex) -> list[_RawBlock]:
    from markdown_it import MarkdownIt

    try:
        tokens = MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING}).parse("".join(chars))
    except RecursionError:
        return _deep_markdown_blocks(text, chars, lines)
    if any(token.level >= _MAX_NESTING - 1 for token in tokens):
        return _deep_markdown_blocks(text, chars, lines)  # markdown-it skipped what is deeper
    blocks: list[_RawBlock] = []
    containers: list[str] = []
    for token in tokens:
        kind = token.type
        if kind == "blockquote_open":
            containers.append("quote")
        elif kind == "list_item_open":
            containers.append("item")
            if token.map:
                line = token.map[0] + 1
                marker = _LIST_MARKER.match(text, lines.line_start(line), lines.line_end(line))
                if marker:
                    blank(chars, marker.start(), marker.end())
        elif kind in ("blockquote_close", "list_item_close"):
            containers.pop()
        elif kind in ("fence", "code_block", "html_block", "hr") and token.map:
            _blank_lines(chars, lines, token.map[0] + 1, token.map[1])
        elif kind in ("heading_open", "paragraph_open") and token.map:
            first, last = token.map[0] + 1, token.map[1]
            if "quote" in containers:
                for line in range(first, last + 1):
                    prefix = _QUOTE_PREFIX.match(text, lines.line_start(line), lines.line_end(line))
                    if prefix:
                        blank(chars, prefix.start(), prefix.end())
            if kind == "heading_open":
                if token.markup.startswith("#"):
                    _mask_atx(text, chars, lines, first)
                else:  # setext: the underline is the last line of the map
                    _blank_lines(chars, lines, last, last)
                    last -= 1
                block = _RawBlock(
                    BlockKind.HEADING, first, last, explicit=True, level=int(token.tag[1:])
                )
            elif containers and containers[-1] == "item":
                block = _RawBlock(BlockKind.LIST_ITEM, first, last, explicit=True)
            elif "quote" in containers:
                block = _RawBlock(BlockKind.QUOTE, first, last, explicit=True)
            else:
                block = _RawBlock(BlockKind.PARAGRAPH, first, last)
            mask_markdown_inline(text, chars, lines.line_start(first), lines.line_end(last))
            blocks.append(block)
    return blocks


def _deep_markdown_blocks(text: str, chars: list[str], lines: LineIndex) -> list[_RawBlock]:
    """Markdown nested too deeply for the parser, read as plain text: every line's leading
    quote and list markers are blanked, then blocks are runs of non-blank lines. Nothing is
    skipped; only the block kinds (quote, list item) are lost."""
    for line in range(1, lines.line_count + 1):
        position, end = lines.line_start(line), lines.line_end(line)
        while position < end:
            marker = _QUOTE_PREFIX.match(text, position, end) or _DEEP_LIST_MARKER.match(
                text, position, end
            )
            if marker is None or marker.end() == position:
                break
            blank(chars, marker.start(), marker.end())
            position = marker.end()
    return _plain_blocks(chars, lines)


_DEEP_LIST_MARKER = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|(?=\r|\n|$))")


def _blank_lines(chars: list[str], lines: LineIndex, first: int, last: int) -> None:
    blank(chars, lines.line_start(first), lines.line_end(last))


def _mask_atx(text: str, chars: list[str], lines: LineIndex, line: int) -> None:
    start, end = lines.line_start(line), lines.line_end(line)
    opening = _ATX_OPEN.match(text, start, end)
    if opening:
        blank(chars, opening.start(), opening.end())
    closing = _ATX_CLOSE.search(text[start:end])
    if closing and start + closing.start() >= (opening.end() if opening else start):
        blank(chars, start + closing.start(), start + closing.end())


def _build_blocks(
    raw_blocks: list[_RawBlock], plain: str, lines: LineIndex, infer_headings: bool = True
) -> list[Block]:
    blocks: list[Block] = []
    previous_last_line = 0
    for number, raw in enumerate(raw_blocks):
        start, end = lines.line_start(raw.first_line), lines.line_end(raw.last_line)
        if raw.start is not None and raw.end is not None:
            start, end = raw.start, raw.end
        while start < end and plain[start].isspace():
            start += 1
        while end > start and plain[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        first_line, last_line = lines.position(start)[0], lines.position(end)[0]
        kind = raw.kind
        if (
            infer_headings
            and kind is BlockKind.PARAGRAPH
            and first_line == last_line
            and number + 1 < len(raw_blocks)
            and looks_like_heading(plain[start:end])
        ):
            kind = BlockKind.HEADING
        blank_before = first_line - previous_last_line - 1 if blocks else 0
        blocks.append(
            Block(
                index=len(blocks),
                kind=kind,
                start=start,
                end=end,
                first_line=first_line,
                last_line=last_line,
                text=plain[start:end],
                sentences=_sentences(plain, start, end),
                explicit=raw.explicit,
                level=raw.level,
                blank_lines_before=max(blank_before, 0),
            )
        )
        previous_last_line = last_line
    return blocks


def looks_like_heading(text: str) -> bool:
    """A short line with no closing punctuation that starts with a capital or a digit."""
    words = text.split()
    if not 1 <= len(words) <= _HEADING_MAX_WORDS or text[-1] in _CLOSING:
        return False
    first = next((char for char in text if char.isalnum()), "")
    return first.isupper() or first.isdigit()


def _sentences(plain: str, start: int, end: int) -> tuple[Sentence, ...]:
    sentences = []
    for s_start, s_end in split_sentences(plain[start:end]):
        a, b = start + s_start, start + s_end
        sentences.append(Sentence(a, b, plain[a:b]))
    return tuple(sentences)
