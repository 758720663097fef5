"""The document model: decoding, blocks, sentences and tokens with exact spans."""

from __future__ import annotations

import codecs
from datetime import date

import pytest

from tests.conftest import make_document
from tqcheck.document import BlockKind, decode_bytes, parse_document
from tqcheck.document.lines import LineIndex
from tqcheck.document.markup import publication_date
from tqcheck.errors import InputError

ARTICLE = (
    "Talks resume in Moscow\n\n"
    "The two ministers met on Friday. Mr. Lavrov said the U.S. had not been invited.\n\n"
    "Russian proposal\n\n"
    "Moscow has offered 1.5 million doses and 30,000 tents.\n"
)


def test_decoding_utf8_and_boms_give_the_same_text() -> None:
    text = "Café in Cəbrayıl.\n"
    variants = [
        text.encode("utf-8"),
        codecs.BOM_UTF8 + text.encode("utf-8"),
        codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    ]
    decoded = [decode_bytes(data, "f.txt") for data in variants]
    assert {source.text for source in decoded} == {text}
    assert [source.encoding for source in decoded] == ["utf-8", "utf-8", "utf-16-le", "utf-16-be"]
    assert decoded[1].bom == codecs.BOM_UTF8


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"  \n\n \t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL byte at offset 8)"),
        (b"caf\xe9 au lait\n", "not valid utf-8 at byte offset 3"),
        (codecs.BOM_UTF8 + b"ok \xff\n", "byte offset 6"),
    ],
)
def test_bad_bytes_are_refused_with_one_line(data: bytes, fragment: str) -> None:
    with pytest.raises(InputError) as excinfo:
        decode_bytes(data, "bad.txt")
    message = str(excinfo.value)
    assert message.startswith("bad.txt: ")
    assert fragment in message
    assert "\n" not in message


def test_explicit_encoding_reads_latin1() -> None:
    assert decode_bytes(b"caf\xe9\n", "f.txt", "latin-1").text == "café\n"


def test_line_index_handles_crlf_and_lone_cr() -> None:
    index = LineIndex("one\r\ntwo\rthree\nfour")
    assert index.line_count == 4
    assert index.position(0) == (1, 1)
    assert index.position(5) == (2, 1)
    assert index.position(9) == (3, 1)
    assert index.position(15) == (4, 1)
    assert index.position(19) == (4, 5)
    assert index.line_text(2) == "two"
    with pytest.raises(ValueError):
        index.position(20)


def test_blocks_kinds_and_lines_in_plain_text() -> None:
    document = make_document(ARTICLE)
    kinds = [(block.kind, block.first_line) for block in document.blocks]
    assert kinds == [
        (BlockKind.HEADING, 1),
        (BlockKind.PARAGRAPH, 3),
        (BlockKind.HEADING, 5),
        (BlockKind.PARAGRAPH, 7),
    ]
    assert not any(block.explicit for block in document.blocks)


def test_sentences_respect_abbreviations_and_offsets() -> None:
    document = make_document(ARTICLE)
    paragraph = document.blocks[1]
    assert [s.text for s in paragraph.sentences] == [
        "The two ministers met on Friday.",
        "Mr. Lavrov said the U.S. had not been invited.",
    ]
    assert document.locate(paragraph.sentences[1].start, paragraph.sentences[1].end) == (
        3,
        34,
        3,
        80,
    )
    for sentence in document.sentences():
        assert document.text[sentence.start : sentence.end] == sentence.text
        for token in sentence.tokens:
            assert document.text[token.start : token.end] == token.text


def test_tokens_keep_numbers_whole() -> None:
    document = make_document(ARTICLE)
    words = document.blocks[3].words
    assert "1.5" in words and "30,000" in words


def test_hard_wrapped_paragraph_is_one_block_with_two_sentences() -> None:
    text = "The army said on Monday that it had\ntaken the town. Residents fled to\nthe capital.\n"
    document = make_document(text)
    assert len(document.blocks) == 1
    block = document.blocks[0]
    assert block.line_count == 3
    assert [s.text for s in block.sentences] == [
        "The army said on Monday that it had\ntaken the town.",
        "Residents fled to\nthe capital.",
    ]


def test_markdown_structure_and_masking() -> None:
    text = (
        "---\ntitle: Test\ndate: 2021-03-09\n---\n\n"
        "# Talks *resume*\n\n"
        "A [report](https://example.org/x) said `code` here.\n\n"
        "- first item\n- second item\n\n"
        "> quoted words\n\n"
        "```\nthe the\n```\n\n"
        "<!-- tqcheck: ignore -->\n"
        "Last paragraph.\n"
    )
    document = parse_document(decode_bytes(text.encode(), "a.md"))
    assert document.format == "markdown"
    assert len(document.plain) == len(document.text)
    kinds = [(block.kind, " ".join(block.text.split())) for block in document.blocks]
    assert kinds == [
        (BlockKind.HEADING, "Talks resume"),
        (BlockKind.PARAGRAPH, "A report said here."),
        (BlockKind.LIST_ITEM, "first item"),
        (BlockKind.LIST_ITEM, "second item"),
        (BlockKind.QUOTE, "quoted words"),
        (BlockKind.PARAGRAPH, "Last paragraph."),
    ]
    heading = document.blocks[0]
    assert heading.explicit and heading.level == 1
    # The span ends at the last prose character: the closing "*" is markup.
    assert document.text[heading.start : heading.end] == "Talks *resume"
    assert document.metadata["date"] == date(2021, 3, 9)
    assert publication_date(document.metadata) == date(2021, 3, 9)
    assert "the the" not in document.plain


def test_setext_heading_and_front_matter_in_plain_text() -> None:
    text = "Talks resume\n============\n\nThe ministers met.\n"
    document = parse_document(decode_bytes(text.encode(), "a.md"))
    assert document.blocks[0].kind is BlockKind.HEADING
    assert document.blocks[0].text == "Talks resume"
    plain = make_document("---\npublished: 2020-10-15\n---\nBody text here.\n")
    assert publication_date(plain.metadata) == date(2020, 10, 15)
    assert [block.text for block in plain.blocks] == ["Body text here."]


def test_malformed_front_matter_is_an_input_error() -> None:
    with pytest.raises(InputError, match="front matter is not valid YAML"):
        make_document("---\ntitle: [unclosed\n---\nBody.\n")


def test_plain_text_bullets_are_list_items() -> None:
    document = make_document("Intro line here.\n\n- first item\n- second item\n")
    assert [b.kind for b in document.blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
    ]
    assert document.blocks[1].text == "first item"


def test_blank_lines_before_are_counted() -> None:
    document = make_document("One.\n\n\n\nTwo.\n\nThree.\n")
    assert [b.blank_lines_before for b in document.blocks] == [0, 3, 1]
