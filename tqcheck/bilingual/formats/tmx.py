"""TMX reader (1.4, and the ``lang`` attribute of older versions): one unit per ``<tu>``.

The source variant is the ``<tuv>`` in the source language (the ``source_language`` argument,
else the header's ``srclang``; with ``*all*`` or none, the first ``<tuv>``); the target is the
``<tuv>`` in the ``target_language`` argument, else in the language of the first other variant
found in the file. Languages match on the exact tag first, then on the primary subtag
("ar" matches "ar-SA"), case-insensitively. A ``<tu>`` without a source variant is skipped; one
without a target variant gives an untranslated unit. Inline codes are removed from ``<seg>``:
the content of ``<bpt>``, ``<ept>``, ``<ph>``, ``<it>`` and ``<ut>`` is dropped, ``<hi>`` keeps
its text. Ids are the ``tuid`` or ``tu <n>`` (1-based, counting every ``<tu>``).
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.bilingual.formats.xml_positions import (
    Element,
    inline_codes,
    inline_text,
    parse_xml,
    require_root,
    target_content,
)
from tqcheck.bilingual.model import BilingualFile, Unit
from tqcheck.document.source import SourceText

_NATIVE_CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})
_ALL_LANGUAGES = "*all*"


def read_tmx(
    source: SourceText, source_language: str | None = None, target_language: str | None = None
) -> BilingualFile:
    """Read a TMX file."""
    document = parse_xml(source)
    root = require_root(document, "tmx", source.path, "a TMX file")
    header = root.first("header")
    declared = header.attributes.get("srclang", "") if header is not None else ""
    source_lang = source_language or ("" if declared == _ALL_LANGUAGES else declared)
    target_lang = target_language or ""
    units: list[Unit] = []
    body = root.first("body")
    tus = list(body.elements("tu")) if body is not None else []
    for number, tu in enumerate(tus, start=1):
        variants = [(_language(tuv), tuv) for tuv in tu.elements("tuv")]
        if not variants:
            continue
        if source_lang:
            source_tuv = _pick(variants, source_lang, exclude=None)
        else:
            source_lang, source_tuv = variants[0]
        if source_tuv is None:
            continue
        if not target_lang:
            target_lang = next(
                (lang for lang, tuv in variants if tuv is not source_tuv and lang), ""
            )
        target_tuv = _pick(variants, target_lang, exclude=source_tuv) if target_lang else None
        unit = _unit(document.line(tu.start), tu, number, source_tuv, target_tuv)
        if unit is not None:
            units.append(unit)
    return BilingualFile(
        path=source.path,
        text=source.text,
        format="tmx",
        units=tuple(units),
        source_language=source_lang,
        target_language=target_lang,
    )


def _language(tuv: Element) -> str:
    return tuv.attributes.get("xml:lang") or tuv.attributes.get("lang", "")


def _primary(language: str) -> str:
    return language.replace("_", "-").split("-", 1)[0].casefold()


def _pick(
    variants: Iterable[tuple[str, Element]], language: str, exclude: Element | None
) -> Element | None:
    """The variant in ``language``: an exact tag match first, then a primary-subtag match."""
    candidates = [(lang, tuv) for lang, tuv in variants if tuv is not exclude]
    wanted = language.casefold()
    for lang, tuv in candidates:
        if lang.casefold() == wanted:
            return tuv
    for lang, tuv in candidates:
        if _primary(lang) == _primary(language):
            return tuv
    return None


def _unit(
    line: int, tu: Element, number: int, source_tuv: Element, target_tuv: Element | None
) -> Unit | None:
    source_seg = source_tuv.first("seg")
    if source_seg is None:
        return None
    source_text, _ = inline_text(source_seg, _NATIVE_CODES)
    if not source_text.strip():
        return None
    target_seg = target_tuv.first("seg") if target_tuv is not None else None
    text, offsets, start, end = target_content(target_seg, source_seg, _NATIVE_CODES)
    return Unit(
        id=tu.attributes.get("tuid") or f"tu {number}",
        source=source_text,
        target=text,
        target_start=start,
        target_end=end,
        target_offsets=offsets,
        line=line,
        source_codes=inline_codes(source_seg, _NATIVE_CODES),
        target_codes=inline_codes(target_seg, _NATIVE_CODES),
    )
