"""A target document paired with its source: the sections that are aligned, and their beads.

Two ways in, one model out:

- ``check TARGET --source SOURCE``: two text or Markdown files; the whole article is one
  :class:`Section` whose source sentences are aligned with all the target's sentences.
- a bilingual file (XLIFF, TMX, PO, TSV): the target :class:`~tqcheck.document.model.Document`
  is the file itself with everything but the targets blanked in its plain view (so every
  finding of every rule lands at its line and column in the original file), and each
  translation unit is a section aligned on its own.

Alignment (:func:`aligned_groups`) is computed once per document, on first use, with the
cross-lingual encoder; a section with one sentence on each side needs no model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tqcheck.bilingual.alignment import Bead, align
from tqcheck.bilingual.model import BilingualFile, Unit
from tqcheck.document.model import Document, Sentence
from tqcheck.document.parse import parse_document, parse_spans
from tqcheck.document.source import SourceText
from tqcheck.gazetteer.keys import is_arabic


@dataclass(frozen=True, slots=True)
class SourceSentence:
    """A source sentence; ``start``/``end`` are offsets in its section's ``source_text``."""

    text: str
    start: int
    end: int
    block: int = 0  # the source paragraph it belongs to


@dataclass(slots=True)
class Section:
    """A stretch of source aligned as a whole with a stretch of the target."""

    source_text: str
    source_sentences: list[SourceSentence]
    target_sentences: list[Sentence]
    # Where a finding about the section's target goes when it has no sentence to point at.
    anchor: int
    unit: Unit | None = None


@dataclass(slots=True)
class Bilingual:
    """What a document translates: its source, in sections."""

    source_path: str
    format: str  # "pair" for two files, else the bilingual file's format
    sections: list[Section] = field(default_factory=list)
    source_language: str = ""
    target_language: str = ""
    # Target sentence start -> index of its block (merges stay within a block).
    target_blocks: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AlignedGroup:
    """One bead, resolved to text: source sentences and the target sentences that translate
    them (either side may be empty)."""

    section: Section
    bead: Bead
    source: tuple[SourceSentence, ...]
    target: tuple[Sentence, ...]

    @property
    def source_text(self) -> str:
        return " ".join(sentence.text for sentence in self.source)

    def target_text(self, document: Document) -> str:
        """The target sentences as one string of ``document.plain`` (offsets: :attr:`start`)."""
        if not self.target:
            return ""
        return document.plain[self.target[0].start : self.target[-1].end]

    @property
    def start(self) -> int:
        """Document offset where the target side starts (the section anchor when empty)."""
        return self.target[0].start if self.target else self.section.anchor


def split_source(text: str) -> list[SourceSentence]:
    """Sentences of source text: the Arabic splitter for Arabic script, syntok otherwise.

    Every line break ends a sentence; a blank line also ends a paragraph (``block``), across
    which the aligner never merges sentences.
    """
    from tqcheck.arabic.text import split_sentences as split_arabic
    from tqcheck.document.sentences import split_sentences as split_latin

    sentences: list[SourceSentence] = []
    offset = 0
    paragraph = 0
    for line in text.splitlines(keepends=True):
        if not line.strip():
            paragraph += 1 if sentences and sentences[-1].block == paragraph else 0
        splitter = split_arabic if is_arabic(line) else split_latin
        for start, end in splitter(line):
            sentences.append(
                SourceSentence(line[start:end], offset + start, offset + end, paragraph)
            )
        offset += len(line)
    return sentences


def pair_documents(target: Document, source: SourceText) -> None:
    """Attach ``source`` (a whole article) to ``target``: one section, the whole text."""
    parsed = parse_document(source)
    sentences: list[SourceSentence] = []
    for block in parsed.blocks:
        for sentence in split_source(parsed.plain[block.start : block.end]):
            start, end = block.start + sentence.start, block.start + sentence.end
            sentences.append(SourceSentence(sentence.text, start, end, block.index))
    target.bilingual = Bilingual(
        source_path=source.path,
        format="pair",
        sections=[Section(parsed.plain, sentences, target.sentences(), anchor=0)],
        target_blocks=_sentence_blocks(target),
    )


def document_from_bilingual(bilingual: BilingualFile) -> Document:
    """The target side of a bilingual file as a document over the file's own text."""
    chars = ["\n" if char == "\n" else " " for char in bilingual.text]
    spans: list[tuple[int, int]] = []
    for unit in bilingual.units:
        for char, offset in zip(unit.target, unit.target_offsets, strict=True):
            chars[offset] = char if not char.isspace() else " "
        if unit.target.strip():
            spans.append((unit.target_start, unit.target_end))
    plain = "".join(chars)
    document = parse_spans(bilingual.path, bilingual.text, plain, spans, bilingual.format)
    sections: list[Section] = []
    blocks = iter(document.blocks)
    block = next(blocks, None)
    for unit in bilingual.units:
        target_sentences: list[Sentence] = []
        while (
            block is not None and block.end <= unit.target_end and block.start >= unit.target_start
        ):
            target_sentences.extend(block.sentences)
            block = next(blocks, None)
        sections.append(
            Section(
                source_text=unit.source,
                source_sentences=split_source(unit.source),
                target_sentences=target_sentences,
                anchor=unit.target_start,
                unit=unit,
            )
        )
    document.bilingual = Bilingual(
        source_path=bilingual.path,
        format=bilingual.format,
        sections=sections,
        source_language=bilingual.source_language,
        target_language=bilingual.target_language,
        target_blocks=_sentence_blocks(document),
    )
    return document


def _sentence_blocks(document: Document) -> dict[int, int]:
    return {
        sentence.start: block.index for block in document.blocks for sentence in block.sentences
    }


def bilingual_of(document: Document) -> Bilingual | None:
    """The source attached to ``document`` (the document model types it only by protocol)."""
    attached = document.bilingual
    return attached if isinstance(attached, Bilingual) else None


def aligned_groups(document: Document) -> list[AlignedGroup]:
    """Every section's beads as aligned groups, in document order (computed once)."""
    cached = document.analyses.get("aligned_groups")
    if cached is not None:
        return cached
    groups: list[AlignedGroup] = []
    bilingual = bilingual_of(document)
    if bilingual is not None:
        for section in bilingual.sections:
            for bead in _section_beads(section, bilingual.target_blocks):
                groups.append(
                    AlignedGroup(
                        section,
                        bead,
                        tuple(section.source_sentences[i] for i in bead.source),
                        tuple(section.target_sentences[j] for j in bead.target),
                    )
                )
    document.analyses["aligned_groups"] = groups
    return groups


def translated_groups(document: Document) -> list[AlignedGroup]:
    """The aligned groups with sentences on both sides (what the fact and name checks compare)."""
    return [group for group in aligned_groups(document) if group.source and group.target]


def _section_beads(section: Section, blocks: dict[int, int]) -> list[Bead]:
    source = [sentence.text for sentence in section.source_sentences]
    target = [sentence.text for sentence in section.target_sentences]
    if not source or not target:  # nothing to compare: all omitted or all added
        return [Bead((i,), (), 0.0) for i in range(len(source))] + [
            Bead((), (j,), 0.0) for j in range(len(target))
        ]
    if len(source) == 1 and len(target) == 1:
        return [Bead((0,), (0,), 1.0)]  # paired by the file, not measured
    from tqcheck.semantic.crosslingual import crosslingual_encoder

    return align(
        source,
        target,
        crosslingual_encoder(),
        [sentence.block for sentence in section.source_sentences],
        [blocks.get(sentence.start, 0) for sentence in section.target_sentences],
    )
