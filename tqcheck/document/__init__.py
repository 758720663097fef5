"""Reading files into the document model (blocks, sentences, tokens with exact spans)."""

from tqcheck.document.model import Block, BlockKind, Document, Sentence, Token
from tqcheck.document.parse import detect_format, parse_document
from tqcheck.document.source import SourceText, decode_bytes, read_source

__all__ = [
    "Block",
    "BlockKind",
    "Document",
    "Sentence",
    "SourceText",
    "Token",
    "decode_bytes",
    "detect_format",
    "parse_document",
    "read_source",
]
