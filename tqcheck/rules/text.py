"""Small text helpers shared by rules (message quoting, block shapes)."""

from __future__ import annotations

from tqcheck.document.model import Block, BlockKind
from tqcheck.lexicon import SUBJECT_PRONOUNS, is_verb_like

SENTENCE_END = frozenset(".!?…")


def quoted(text: str, limit: int = 60) -> str:
    """``text`` on one line, shortened with an ellipsis, in double quotes."""
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return f'"{flat}"'


def has_verb(block: Block) -> bool:
    tokens = block.tokens
    if tokens and tokens[0].lower.split("'")[0].split("’")[0] in SUBJECT_PRONOUNS:
        return True  # "He resigned.", "It's normal."
    return any(is_verb_like(token.text) for token in tokens)


def is_prose(block: Block) -> bool:
    """A paragraph-like block: not a heading or list item."""
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE)


def first_letter(text: str) -> str:
    """The first letter of ``text``; "" when a digit comes first ("22nd round")."""
    for char in text:
        if char.isdigit():
            return ""
        if char.isalpha():
            return char
    return ""
