"""The document model every check reads: blocks, sentences and tokens with exact spans.

All offsets are character offsets into :attr:`Document.text`, the decoded file exactly as read
(BOM removed, line endings untouched). :attr:`Document.plain` is a same-length copy in which
markup (Markdown markers, link targets, HTML comments, front matter, code) is blanked out with
spaces, so checks can read prose while every offset stays valid in the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import lru_cache
from itertools import chain
from typing import Any, Protocol

import regex

from tqcheck.document.lines import LineIndex

# A word or number: letters/marks/digits joined by inner apostrophes or hyphens; digits joined
# by inner thousands or decimal separators ("30,000", "1.5").
_TOKEN = regex.compile(
    r"[\p{L}\p{M}\p{N}]+(?:(?:['’\-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*"
)


class SourceAttachment(Protocol):
    """The source a document translates, as a higher layer attaches it (the bilingual layer's
    ``Bilingual``): the document model knows only that there is one, where it came from and in
    what container, so that it depends on no layer above it."""

    source_path: str
    format: str  # "pair" for ``check --source``, else the bilingual file's format


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which made
# creating a token four times slower, and tokens are created again for a large file (see
# Sentence.tokens). Treat tokens as immutable all the same; they hash by value as before.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_number(self) -> bool:
        return self.text[:1].isdigit()


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str  # the plain (markup-free) view of the span

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The sentence's word and number tokens, with document offsets.

        Computed when first asked and kept in a cache of the last ``_TOKEN_CACHE_SENTENCES``
        sentences rather than stored with the sentence: a Token object per word was most of a
        parsed document's memory (about 35 MiB per MB of text). An article fits in the cache
        whole, so it is tokenized once as before; a very large file (tens of thousands of
        sentences) is tokenized again by each rule that reads its tokens, in bounded memory."""
        return _sentence_tokens(self.text, self.start)


@dataclass(slots=True)
class Block:
    """A paragraph, heading, list item or block quote paragraph.

    ``start``/``end`` cover the block's prose without its markup (no ``#``, bullet or ``>``) and
    without surrounding whitespace. ``explicit`` is true when Markdown markup says what the block
    is; plain-text headings are inferred from their shape and have ``explicit`` false.
    """

    index: int
    kind: BlockKind
    start: int
    end: int
    first_line: int
    last_line: int
    text: str
    sentences: tuple[Sentence, ...] = ()
    explicit: bool = False
    level: int = 0
    blank_lines_before: int = 0

    @property
    def tokens(self) -> tuple[Token, ...]:
        return tuple(chain.from_iterable(sentence.tokens for sentence in self.sentences))

    @property
    def words(self) -> list[str]:
        return [token.text for token in self.tokens]

    @property
    def line_count(self) -> int:
        return self.last_line - self.first_line + 1


@dataclass(slots=True)
class Document:
    path: str
    text: str
    plain: str
    format: str  # "text" or "markdown"
    lines: LineIndex
    blocks: list[Block] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    # The publication date the run uses (--published, front matter, config), if any.
    published: date | None = None
    # The source this document translates, for source-aware checks (``check --source`` or a
    # bilingual file); ``None`` for a target checked alone.
    bilingual: SourceAttachment | None = None
    # Analyses that several rules share (place mentions, ...), computed once per document.
    analyses: dict[str, Any] = field(default_factory=dict, repr=False)

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]

    def locate(self, start: int, end: int) -> tuple[int, int, int, int]:
        """1-based (line, column, end_line, end_column) of the span ``start:end``."""
        return (*self.lines.position(start), *self.lines.position(end))

    def sentences(self) -> list[Sentence]:
        return [sentence for block in self.blocks for sentence in block.sentences]


# About 2 KB a sentence while cached (some 35 MiB at most): many times the longest article.
_TOKEN_CACHE_SENTENCES = 16_384


@lru_cache(maxsize=_TOKEN_CACHE_SENTENCES)
def _sentence_tokens(text: str, offset: int) -> tuple[Token, ...]:
    return tuple(
        Token(match.group(), offset + match.start(), offset + match.end())
        for match in _TOKEN.finditer(text)
    )


def tokenize(plain: str, start: int, end: int) -> tuple[Token, ...]:
    """Word and number tokens of ``plain[start:end]`` with document offsets."""
    return tuple(
        Token(match.group(), match.start(), match.end())
        for match in _TOKEN.finditer(plain, start, end)
    )
