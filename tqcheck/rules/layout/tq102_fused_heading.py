from __future__ import annotations

import itertools
from collections.abc import Iterator

from tqcheck.document.model import Block, BlockKind, Document
from tqcheck.document.parse import looks_like_heading
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.index import default_gazetteer
from tqcheck.lexicon import (
    SUBJECT_PRONOUNS,
    is_function_word,
    is_time_word,
    is_verb_like,
    word_list,
)
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

_MAX_PREFIX = 5
# Sentence openers that are neither headings nor nouns ("Even while ...", "Other high-profile").
_OPENERS = frozenset(
    [
        "even",
        "while",
        "when",
        "because",
        "although",
        "though",
        "whether",
        "other",
        "another",
        "some",
        "many",
        "several",
        "most",
        "such",
        "my",
        "our",
        "your",
        "all",
        "both",
        "each",
        "every",
        "no",
        "only",
        "just",
        "also",
    ]
)


class FusedHeading(Rule):
    """A subheading run into the first sentence of the paragraph below it.

    When the blank line (or markup) after a subheading is lost, the heading becomes the first
    words of the next sentence: "Turkish support Ankara has said ...". The rule fires when a
    paragraph opens with a short capitalised noun phrase (no verb, no function word) directly
    followed by a place the gazetteer knows speaking as the subject ("Ankara has said", "Moscow
    called"), which a title before a person's name is not ("Sunderland boss Jack Ross said"),
    or when a short line without punctuation
    sits on the line directly above a paragraph with no blank line between them. Put the heading
    on its own line, separated by a blank line.

    Bad:
        Turkish support Ankara has said that it backs any step towards a settlement.

    Good:
        Turkish support

        Ankara has said that it backs any step towards a settlement.
    """

    code = "TQ102"
    name = "fused-heading"
    category = Category.LAYOUT
    severity = Severity.WARNING
    summary = "Subheading run into the first sentence of the next paragraph"

    def check(self, document: Document) -> Iterator[Finding]:
        for block in document.blocks:
            if block.kind is not BlockKind.PARAGRAPH:
                continue
            finding = self._heading_line_above(document, block) or self._fused_prefix(
                document, block
            )
            if finding is not None:
                yield finding

    def _heading_line_above(self, document: Document, block: Block) -> Finding | None:
        if block.line_count < 2:
            return None
        lines = document.lines
        first_end = lines.line_end(block.first_line)
        first = document.plain[block.start : first_end].strip()
        second = document.plain[
            lines.line_start(block.first_line + 1) : lines.line_end(block.first_line + 1)
        ].strip()
        if (
            not looks_like_heading(first)
            or len(first.split()) > 8
            or not second[:1].isupper()
            or len(first) * 2 > len(second)
        ):
            return None
        end = block.start + len(document.plain[block.start : first_end].rstrip())
        return self.finding(
            document,
            block.start,
            end,
            f"Line {quoted(first)} looks like a subheading run into the paragraph below it "
            "without a blank line.",
        )

    def _fused_prefix(self, document: Document, block: Block) -> Finding | None:
        if not block.sentences:
            return None
        tokens = block.sentences[0].tokens
        if len(tokens) < 4 or not tokens[0].is_capitalized:
            return None
        roles = word_list("role_nouns")
        for size in range(2, min(_MAX_PREFIX, len(tokens) - 2) + 1):
            prefix, name = tokens[:size], tokens[size]
            last = prefix[-1]
            if not last.text.isalpha() or last.is_capitalized:
                return None  # the noun phrase has ended without a capitalised name after it
            if (
                is_function_word(last.text)
                or is_verb_like(last.text)
                or is_time_word(last.text)
                or last.lower in roles
            ):
                return None
            if not name.is_capitalized or not name.text.isalpha() or is_time_word(name.text):
                continue
            head = prefix[0]
            if (
                is_function_word(head.text)
                or is_time_word(head.text)
                or not head.text.isalpha()
                or head.lower in SUBJECT_PRONOUNS
                or head.lower in _OPENERS
            ):
                return None
            if any(
                document.plain[a.end : b.start] != " "
                for a, b in itertools.pairwise(tokens[: size + 1])
            ):
                return None
            # A single capitalised subject and its verb right after it ("... Ankara has said");
            # "Sunderland boss Jack Ross said" is a title before a person's name.
            following = tokens[size + 1 : size + 2]
            if not following or not is_verb_like(following[0].text):
                return None
            if not any(m.entry.kind != "person" for m in default_gazetteer().known(name.text)):
                return None  # news metonymy: a capital or country speaks ("Moscow has said")
            phrase = document.plain[head.start : last.end]
            return self.finding(
                document,
                head.start,
                last.end,
                f"The paragraph opens with {quoted(phrase)}, which looks like a subheading fused "
                "into the first sentence.",
            )
        return None
