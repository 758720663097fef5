"""Safe XML reading with exact positions: a small element tree whose text keeps file offsets.

The decoded file text is parsed with expat under defusedxml's rules: a document type declaration
is allowed (TMX files name ``tmx14.dtd``), but any entity declaration (internal ones make
"billion laughs" bombs, external ones read files or URLs), an external entity reference or an
undefined entity is refused with a one-line :class:`~tqcheck.errors.InputError`. Nothing is ever
fetched. Text pieces carry the character offset in the decoded text of every character they hold
(for ``&amp;`` or ``&#x627;``, the offset of the ``&``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.parsers import expat

from defusedxml.common import EntitiesForbidden, ExternalReferenceForbidden

from tqcheck.bilingual.model import InlineCode
from tqcheck.document.lines import LineIndex
from tqcheck.document.source import SourceText
from tqcheck.errors import InputError

XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
MAX_DEPTH = 512  # deeper element nesting is refused (no real bilingual file comes close)

# The rest of a start or end tag after its "<": attribute values may hold ">".
_TAG_REST = re.compile(r"""(?:[^"'>]|"[^"]*"|'[^']*')*>""")


@dataclass(frozen=True, slots=True)
class Text:
    """Character data as the application sees it, with the file offset of each character."""

    value: str
    offsets: range | tuple[int, ...]


@dataclass(slots=True, eq=False)
class Element:
    """One element: local name, attributes, children and where it lies in the decoded text.

    ``content_start``/``content_end`` bound what lies between the start and end tags; for a
    self-closing tag both are the offset of its ``/>``.
    """

    name: str  # local name, namespace removed
    namespace: str
    attributes: dict[str, str]  # local names; "xml:lang" for the xml namespace
    start: int  # offset of "<"
    content_start: int
    self_closing: bool
    content_end: int = 0
    end: int = 0  # offset just past the end tag
    children: list[Element | Text] = field(default_factory=list)

    def elements(self, *names: str) -> Iterator[Element]:
        """Child elements (all of them, or those with one of ``names``), in file order."""
        for child in self.children:
            if isinstance(child, Element) and (not names or child.name in names):
                yield child

    def first(self, name: str) -> Element | None:
        """The first child element called ``name``."""
        return next(self.elements(name), None)


@dataclass(frozen=True, slots=True)
class XmlDocument:
    root: Element
    lines: LineIndex

    def line(self, offset: int) -> int:
        return self.lines.position(offset)[0]


class _ByteOffsets:
    """UTF-8 byte offsets to character offsets, fast when asked in increasing order."""

    __slots__ = ("_byte", "_char", "_data", "_identity")

    def __init__(self, text: str, data: bytes) -> None:
        self._identity = text.isascii()
        self._data = data
        self._byte = 0
        self._char = 0

    def __call__(self, byte: int) -> int:
        if self._identity:
            return byte
        if byte < self._byte:
            self._byte = self._char = 0
        chunk = self._data[self._byte : byte]
        try:
            self._char += len(chunk.decode("utf-8", "surrogatepass"))
        except UnicodeDecodeError:  # only an error position can fall inside a character
            self._char += len(chunk.decode("utf-8", "replace"))
        self._byte = byte
        return self._char


class _Builder:
    """Expat handlers that build the tree and refuse every entity declaration."""

    def __init__(self, source: SourceText, parser: expat.XMLParserType, data: bytes) -> None:
        self.text = source.text
        self.path = source.path
        self.parser = parser
        self.to_char = _ByteOffsets(source.text, data)
        self.size = len(data)
        self.stack: list[Element] = []
        self.root: Element | None = None

    def here(self) -> int:
        return self.to_char(self.parser.CurrentByteIndex)

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise InputError(f"{self.path}: XML elements nested deeper than {MAX_DEPTH} levels")
        start = self.here()
        match = _TAG_REST.match(self.text, start + 1)
        tag_end = match.end() if match else start + 1
        self_closing = self.text[tag_end - 2 : tag_end] == "/>"
        content_start = tag_end - 2 if self_closing else tag_end
        namespace, _, local = name.rpartition(" ")
        element = Element(
            name=local,
            namespace=namespace,
            attributes={_attribute_name(key): value for key, value in attributes.items()},
            start=start,
            content_start=content_start,
            self_closing=self_closing,
        )
        if self_closing:
            element.content_end, element.end = content_start, tag_end
        if self.stack:
            self.stack[-1].children.append(element)
        else:
            self.root = element
        self.stack.append(element)

    def end(self, _name: str) -> None:
        element = self.stack.pop()
        if element.self_closing:
            return
        element.content_end = self.here()
        match = _TAG_REST.match(self.text, element.content_end + 1)
        element.end = match.end() if match else element.content_end

    def characters(self, data: str) -> None:
        if not self.stack:
            return
        start = self.here()
        if self.text.startswith(data, start):
            offsets: range | tuple[int, ...] = range(start, start + len(data))
        elif len(data) == 1:  # an entity or character reference, or a normalised line break
            offsets = range(start, start + 1)
        else:
            offsets = tuple(self._walk(data, start))
        self.stack[-1].children.append(Text(data, offsets))

    def _walk(self, data: str, position: int) -> Iterator[int]:
        """Offsets of ``data`` from ``position``, allowing for CRLF read as LF."""
        text = self.text
        for char in data:
            yield position
            if char == "\n" and text.startswith("\r\n", position):
                position += 2
            else:
                position += 1

    def entity_declaration(
        self,
        name: str,
        is_parameter: bool,
        value: str | None,
        base: str | None,
        system_id: str | None,
        public_id: str | None,
        notation: str | None,
    ) -> None:
        raise EntitiesForbidden(name, value, base, system_id, public_id, notation)

    def unparsed_entity_declaration(
        self,
        name: str,
        base: str | None,
        system_id: str | None,
        public_id: str | None,
        notation: str | None,
    ) -> None:
        raise EntitiesForbidden(name, None, base, system_id, public_id, notation)

    def external_reference(
        self, context: str, base: str | None, system_id: str | None, public_id: str | None
    ) -> int:
        raise ExternalReferenceForbidden(context, base, system_id, public_id)

    def skipped_entity(self, name: str, is_parameter: bool) -> None:
        raise InputError(f"{self.path}: undefined XML entity &{name}; {self.where()}")

    def where(self, declaration: bool = False) -> str:
        """The parser's position as "at line L, column C" (a declaration: where it starts)."""
        offset = min(self.here(), len(self.text))
        if declaration:
            start = self.text.rfind("<!ENTITY", 0, offset + 1)
            offset = start if start != -1 else offset
        line, column = LineIndex(self.text).position(offset)
        return f"at line {line}, column {column}"


def _attribute_name(name: str) -> str:
    namespace, _, local = name.rpartition(" ")
    if not namespace:
        return local
    return f"xml:{local}" if namespace == XML_NAMESPACE else f"{{{namespace}}}{local}"


def parse_xml(source: SourceText) -> XmlDocument:
    """Parse ``source.text`` safely; raise :class:`InputError` for anything unsafe or malformed.

    The text is already decoded, so an ``encoding`` in the XML declaration is overridden.
    """
    data = source.text.encode("utf-8", "surrogatepass")
    parser = expat.ParserCreate(encoding="utf-8", namespace_separator=" ")
    parser.buffer_text = False
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    builder = _Builder(source, parser, data)
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.characters
    parser.EntityDeclHandler = builder.entity_declaration
    parser.UnparsedEntityDeclHandler = builder.unparsed_entity_declaration
    parser.ExternalEntityRefHandler = builder.external_reference
    parser.SkippedEntityHandler = builder.skipped_entity
    try:
        parser.Parse(data, True)
    except EntitiesForbidden as exc:
        kind = "external " if exc.sysid or exc.pubid else ""
        raise InputError(
            f"{source.path}: XML entity declarations are not allowed "
            f"({kind}entity {exc.name!r} {builder.where(declaration=True)}); tqcheck never "
            "expands or fetches "
            "entities"
        ) from None
    except ExternalReferenceForbidden as exc:
        raise InputError(
            f"{source.path}: external XML references are not allowed ({exc.sysid!r} "
            f"{builder.where()})"
        ) from None
    except expat.ExpatError as exc:
        raise InputError(
            f"{source.path}: malformed XML {_error_position(source, parser, builder, exc)}: "
            f"{expat.ErrorString(exc.code)}"
        ) from None
    if builder.root is None:  # pragma: no cover - expat reports "no element found" first
        raise InputError(f"{source.path}: no XML element found")
    return XmlDocument(builder.root, LineIndex(source.text))


def _error_position(
    source: SourceText, parser: expat.XMLParserType, builder: _Builder, exc: expat.ExpatError
) -> str:
    byte = parser.ErrorByteIndex
    if byte < 0:
        return f"at line {exc.lineno}, column {exc.offset + 1}"
    offset = min(builder.to_char(min(byte, builder.size)), len(source.text))
    line, column = LineIndex(source.text).position(offset)
    return f"at line {line}, column {column}"


def inline_text(
    element: Element, drop: frozenset[str] = frozenset(), code_points: bool = False
) -> tuple[str, tuple[int, ...]]:
    """The text of ``element`` with inline markup removed, and the offset of each character.

    Elements named in ``drop`` lose their content (native codes such as ``<ph>``); the text of
    every other element is kept (``<g>``, ``<mrk>``). With ``code_points``, an XLIFF 2.0
    ``<cp hex="..."/>`` stands for its character, at the offset of its ``<``.
    """
    chars: list[str] = []
    offsets: list[int] = []
    stack: list[Iterator[Element | Text]] = [iter(element.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif isinstance(child, Text):
            chars.append(child.value)
            offsets.extend(child.offsets)
        elif code_points and child.name == "cp":
            char = _code_point(child.attributes.get("hex", ""))
            if char:
                chars.append(char)
                offsets.append(child.start)
        elif child.name not in drop:
            stack.append(iter(child.children))
    return "".join(chars), tuple(offsets)


# Elements that are inline codes (XLIFF 1.2, XLIFF 2.0, TMX); annotations such as <mrk> are not.
INLINE_CODE_NAMES: frozenset[str] = frozenset(
    {"g", "x", "bx", "ex", "ph", "bpt", "ept", "it", "pc", "sc", "ec", "ut", "hi"}
)


def inline_codes(
    element: Element | None, drop: frozenset[str] = frozenset(), code_points: bool = False
) -> tuple[InlineCode, ...]:
    """The inline codes inside ``element``, in document order, each with the index in
    :func:`inline_text`'s text (same ``drop``/``code_points``) where it stands."""
    if element is None:
        return ()
    found: list[InlineCode] = []
    position = 0
    stack: list[Iterator[Element | Text]] = [iter(element.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif isinstance(child, Text):
            position += len(child.value)
        elif code_points and child.name == "cp":
            position += 1 if _code_point(child.attributes.get("hex", "")) else 0
        else:
            if child.name in INLINE_CODE_NAMES:
                attributes = child.attributes
                code_id = attributes.get("id") or attributes.get("i") or attributes.get("x", "")
                found.append(InlineCode(child.name, code_id, position, child.start))
            if child.name not in drop:
                stack.append(iter(child.children))
    return tuple(found)


def target_content(
    target: Element | None,
    after: Element,
    drop: frozenset[str] = frozenset(),
    code_points: bool = False,
) -> tuple[str, tuple[int, ...], int, int]:
    """A target's text, offsets and content bounds (start, end).

    An empty target (no text once markup is removed) is anchored where its content starts; a
    missing one just after the element ``after`` (its source).
    """
    if target is None:
        return "", (), after.end, after.end
    text, offsets = inline_text(target, drop, code_points)
    end = target.content_end if text else target.content_start
    return text, offsets, target.content_start, end


def _code_point(hex_value: str) -> str:
    """The character of ``<cp hex="..."/>``; a surrogate (D800-DFFF), which no UTF-8 output
    can carry, is read as U+FFFD, the replacement character."""
    try:
        code = int(hex_value, 16)
        char = chr(code)
    except (ValueError, OverflowError):
        return ""
    return "\ufffd" if 0xD800 <= code <= 0xDFFF else char


def require_root(document: XmlDocument, name: str, path: str, what: str) -> Element:
    """The root element, or an :class:`InputError` when it is not ``name``."""
    root = document.root
    if root.name != name:
        raise InputError(f"{path}: not {what} (root element is <{root.name}>, expected <{name}>)")
    return root
