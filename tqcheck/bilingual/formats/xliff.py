"""XLIFF readers: 1.2 (one unit per ``<trans-unit>``) and 2.0 (one unit per ``<segment>``).

The version comes from the root element's ``version`` attribute (or, without one, its
namespace). Inline codes are removed from the text: in 1.2 the content of the native-code
elements ``<ph>``, ``<bpt>``, ``<ept>`` and ``<it>`` is dropped while ``<g>`` and ``<mrk>`` keep
their text; in 2.0 ``<pc>`` and ``<mrk>`` keep their text, the empty codes carry none and
``<cp hex="..."/>`` stands for its character. Units marked ``translate="no"`` (directly or on an
enclosing group) and units with an empty source are skipped. The languages declared in the file
win; the ``source_language``/``target_language`` arguments fill in where the file names none.
"""

from __future__ import annotations

from collections.abc import Iterator

from tqcheck.bilingual.formats.xml_positions import (
    Element,
    XmlDocument,
    inline_codes,
    inline_text,
    parse_xml,
    require_root,
    target_content,
)
from tqcheck.bilingual.model import BilingualFile, Unit
from tqcheck.document.source import SourceText
from tqcheck.errors import InputError

_NAMESPACE_PREFIX = "urn:oasis:names:tc:xliff:document:"
_NATIVE_CODES_12 = frozenset({"ph", "bpt", "ept", "it"})
_CODES_20 = frozenset({"ph", "sc", "ec", "sm", "em"})  # empty elements in 2.0
_UNIT_ATTRIBUTES_12 = ("approved", "resname")
_TARGET_ATTRIBUTES_12 = ("state", "state-qualifier")
_SEGMENT_ATTRIBUTES_20 = ("state", "subState")


def read_xliff(
    source: SourceText, source_language: str | None = None, target_language: str | None = None
) -> BilingualFile:
    """Read an XLIFF 1.x or 2.x file."""
    document = parse_xml(source)
    root = require_root(document, "xliff", source.path, "an XLIFF file")
    major = _major_version(root, source.path)
    if major == 2:
        units = tuple(_units_20(document))
        source_lang = root.attributes.get("srcLang", "")
        target_lang = root.attributes.get("trgLang", "")
        fmt = "xliff-2.0"
    else:
        units = tuple(_units_12(document))
        first = root.first("file")
        attributes = first.attributes if first is not None else {}
        source_lang = attributes.get("source-language", "")
        target_lang = attributes.get("target-language", "")
        fmt = "xliff-1.2"
    return BilingualFile(
        path=source.path,
        text=source.text,
        format=fmt,
        units=units,
        source_language=source_lang or source_language or "",
        target_language=target_lang or target_language or "",
    )


def _major_version(root: Element, path: str) -> int:
    version = root.attributes.get("version", "")
    if not version and root.namespace.startswith(_NAMESPACE_PREFIX):
        version = root.namespace.removeprefix(_NAMESPACE_PREFIX)
    major = version.split(".", 1)[0].strip()
    if major in {"1", "2"}:
        return int(major)
    if not version:
        raise InputError(f"{path}: XLIFF version missing (no version attribute on <xliff>)")
    raise InputError(f"{path}: unsupported XLIFF version {version!r} (tqcheck reads 1.2 and 2.0)")


def _walk_units(parent: Element, name: str) -> Iterator[tuple[Element, bool]]:
    """Every ``name`` element under ``parent`` (through nested groups), in file order, with
    whether it is to be translated: its ``translate`` attribute or its nearest group's.
    """
    stack = [(parent.elements("group", name), parent.attributes.get("translate", "yes"))]
    while stack:
        children, inherited = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            continue
        translate = child.attributes.get("translate", inherited)
        if child.name == "group":
            stack.append((child.elements("group", name), translate))
        else:
            yield child, translate != "no"


def _units_12(document: XmlDocument) -> Iterator[Unit]:
    number = 0
    for file in document.root.elements("file"):
        body = file.first("body")
        if body is None:
            continue
        for trans_unit, translate in _walk_units(body, "trans-unit"):
            number += 1
            if not translate:
                continue
            attributes = _pick(trans_unit, _UNIT_ATTRIBUTES_12)
            attributes.update(_pick(trans_unit.first("target"), _TARGET_ATTRIBUTES_12))
            locked = _locked(trans_unit)
            if locked:
                attributes["locked"] = locked
            unit_id = trans_unit.attributes.get("id") or f"unit {number}"
            unit = _unit(document, trans_unit, unit_id, attributes, _NATIVE_CODES_12, False)
            if unit is not None:
                yield unit


def _units_20(document: XmlDocument) -> Iterator[Unit]:
    number = 0
    for file in document.root.elements("file"):
        for unit, translate in _walk_units(file, "unit"):
            number += 1
            if not translate:
                continue
            unit_id = unit.attributes.get("id") or f"unit {number}"
            segments = list(unit.elements("segment"))
            for index, segment in enumerate(segments, start=1):
                if len(segments) == 1:
                    segment_id = unit_id
                else:
                    segment_id = f"{unit_id}/{segment.attributes.get('id') or index}"
                attributes = _pick(segment, _SEGMENT_ATTRIBUTES_20)
                result = _unit(document, segment, segment_id, attributes, _CODES_20, True)
                if result is not None:
                    yield result


def _unit(
    document: XmlDocument,
    holder: Element,
    unit_id: str,
    attributes: dict[str, str],
    codes: frozenset[str],
    code_points: bool,
) -> Unit | None:
    """The unit of the ``<source>``/``<target>`` pair in ``holder`` (a 1.2 ``<trans-unit>`` or
    a 2.0 ``<segment>``), or None when it has no source text."""
    source = holder.first("source")
    if source is None:
        return None
    source_text, _ = inline_text(source, codes, code_points)
    if not source_text.strip():
        return None
    text, offsets, start, end = target_content(holder.first("target"), source, codes, code_points)
    return Unit(
        id=unit_id,
        source=source_text,
        target=text,
        target_start=start,
        target_end=end,
        target_offsets=offsets,
        line=document.line(holder.start),
        attributes=attributes,
        source_codes=inline_codes(source, codes, code_points),
        target_codes=inline_codes(holder.first("target"), codes, code_points),
    )


def _locked(trans_unit: Element) -> str:
    """``locked`` of the unit or of its SDL segment definitions (``<sdl:seg-defs><sdl:seg
    locked="true"/>``, names read without their namespace), or ""."""
    if "locked" in trans_unit.attributes:
        return trans_unit.attributes["locked"]
    for definitions in trans_unit.elements("seg-defs"):
        for seg in definitions.elements("seg"):
            if "locked" in seg.attributes:
                return seg.attributes["locked"]
    return ""


def _pick(element: Element | None, names: tuple[str, ...]) -> dict[str, str]:
    if element is None:
        return {}
    return {name: element.attributes[name] for name in names if name in element.attributes}
