"""Lists that spell out a count: "8 additional villages, namely A, B, and C of X, in addition to D".

A list is read only after a count and an explicit opener: "namely", "i.e.", a colon, a dash, a
parenthesis, "including"/"such as" (a partial list), or an apposition of capitalised names
("one city, Gabriel"). Items are split on commas, "and", "in addition to", "as well as" and
semicolons; a place tail ("of Fuzuli district", "in the district of Y") groups the items before
it and is not an item. The list stops at the first piece that is not an item (a clause, a
lower-case phrase after an apposition), so "43 villages, in addition to one city" is no list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tqcheck import patterns
from tqcheck.facts.quantities import NUMBER_WORDS
from tqcheck.lexicon import is_verb_like

_OPENER = patterns.compile(
    r"""\s*(?:
        (?P<complete>,?\s*(?:namely|i\.e\.|that\s+is|to\s+wit|which\s+are|they\s+are|are|were)
                    \s*:?\s*
                    |\s*:\s*|\s+[—–-]{1,2}\s+|\s*\(\s*)
      | (?P<partial>,?\s*(?:including|among\s+them|such\s+as|among\s+which|among\s+others)\s*:?\s*)
      | (?P<of>\s+of\s+(?=[A-Z]))
      | (?P<apposition>,\s*)
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_SEPARATOR = patterns.compile(
    r"\s*(?:,\s*(?:and|or|as\s+well\s+as|in\s+addition\s+to|plus)\s+|,\s*|\s+(?:and|or)\s+"
    r"|\s+as\s+well\s+as\s+|\s+in\s+addition\s+to\s+|\s*;\s*(?:and\s+)?)",
    re.IGNORECASE,
)
_HARD_SEPARATOR = patterns.compile(
    r"\s*(?:,\s*(?:and|or|as\s+well\s+as|in\s+addition\s+to|plus)\s+|,\s*|\s+as\s+well\s+as\s+"
    r"|\s+in\s+addition\s+to\s+|\s*;\s*(?:and\s+)?)",
    re.IGNORECASE,
)
_SERIAL = patterns.compile(r"\s*,\s*(?:and|or)\s+", re.IGNORECASE)
_AND = patterns.compile(r"\s+(?:and|or|&)\s+", re.IGNORECASE)
# An item whose name holds "and": "Ministry of Labour and Social Affairs", "Johnson and Sons".
_NAME_WITH_AND = patterns.compile(
    r"\b(?:Ministry|Minister|Department|Office|Bureau|Council|Committee|Commission|Agency|"
    r"Institute|University|School|Faculty|Board|Authority|Secretary|Federation|Union|Bank)\s+"
    r"(?:of|for)\s+[A-Z][\w'’-]*\s+(?:and|&)\s+[A-Z]"
    r"|\b[A-Z][\w'’-]*\s+(?:and|&)\s+(?:Sons|Co|Company|Partners|Brothers)\b",
)
# A place tail on a name: "... of Fuzuli district", "... in the district of Khojavend".
_TAIL = patterns.compile(r"\s+(?:of|in|from|near|at)\s+\S.*$")
_KEYWORD_OPENER = patterns.compile(
    r",?\s*(?:namely|i\.e\.|including|such\s+as|among\s+them|to\s+wit)\b|\s*:\s"
    r"|\s+(?:are|were)\s+(?=[A-Z])|\s+\((?=[A-Z])",
    re.IGNORECASE,
)
# "The seven countries that sent teams were A, B ...": a relative clause before the list.
_RELATIVE_GAP = patterns.compile(r"\s*(?:that|who|which)\s", re.IGNORECASE)
# "... Yerevan and Grozny met in Istanbul": the last name, then the rest of the sentence.
_NAME_THEN_CLAUSE = patterns.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+([a-z][\w'’-]*)")
_MAX_GAP = 60
# "two cities, Alpha." : one capitalised name that ends the sentence.
_SINGLE_NAME_TO_END = patterns.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*[\s.!?…\"”')]*$")
_INCLUDE = patterns.compile(r"\b(?:include[sd]?|including|among)\b", re.IGNORECASE)
_MAX_GAP_WORDS = 8
_MAX_VERB_GAP_WORDS = 4  # "Two ministers resigned, including ...": a short clause may intervene
_LEADING_ARTICLE = patterns.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_MAX_ITEM_WORDS = 7  # "Ministry of Labour and Social Affairs"
_MAX_BODY = 600  # characters of a list read after its opener
_OPEN_ENDED = patterns.compile(
    r"\b(?:for\s+example|for\s+instance|e\.g\.|etc\b|and\s+others|among\s+others|"
    r"and\s+so\s+on|and\s+more|and\s+other)\b",
    re.IGNORECASE,
)
_NUMBER_START = patterns.compile(
    rf"(?:\d|(?:{'|'.join(NUMBER_WORDS[2:])}|twenty|thirty|forty|fifty|hundred)\b)",
    re.IGNORECASE,
)
# Words that end a list and start the rest of the sentence: "..., which", "..., the army said".
_CLAUSE_START = patterns.compile(
    r"(?:which|who|where|while|when|whereas|but|as|after|before|according|the|a|an|it|they|he|"
    r"she|this|these|both|all|each|with|without|although|though|since|so|to|in|on|at|near|"
    r"from|by|along|across|around|inside|outside|north|south|east|west|within|during)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Item:
    text: str
    start: int
    end: int
    group: str = ""  # the place tail that follows the item's group ("of Fuzuli district")


@dataclass(frozen=True, slots=True)
class Enumeration:
    """The items listed after a count; ``partial`` lists ("including") may name fewer."""

    items: tuple[Item, ...]
    start: int
    end: int
    partial: bool  # "including", "such as", "for example": the list may name fewer

    @property
    def repeated(self) -> list[str]:
        """Items listed twice ("Zimbabwe, Zimbabwe"), a machine-translation slip."""
        seen: set[str] = set()
        return [i.text for i in self.items if i.text in seen or seen.add(i.text)]  # type: ignore[func-returns-value]

    @property
    def names(self) -> list[str]:
        return [item.text for item in self.items]


def find_enumeration(
    text: str, position: int, offset: int = 0, count: float | None = None
) -> Enumeration | None:
    """The list that opens at ``text[position:]`` (sentence-relative), or ``None``."""
    kind_override = ""
    opener = _OPENER.match(text, position)
    if not opener:
        # A short phrase may stand between the count and an explicit opener: "8 villages from
        # the occupation, namely ...".
        later = _KEYWORD_OPENER.search(text, position, position + _MAX_GAP)
        if later is None or not _is_gap(text[position : later.start()]):
            return None
        opener = _OPENER.match(text, later.start())
        if not opener or opener.group("apposition"):
            return None
        if _INCLUDE.search(text[position : later.start()]):
            kind_override = "partial"  # "10 apps also include: ..." names some of them
    kind = next(name for name in ("complete", "partial", "apposition", "of") if opener.group(name))
    if kind == "of":
        # "the six districts of A, B, C, D and E": a list of names, not "8 villages of Fuzuli"
        if not _looks_like_list(text[opener.end() : opener.end() + _MAX_BODY]):
            return None
        kind = "complete"
    kind = kind_override or kind
    if (
        kind == "apposition"
        and count != 1
        and not _looks_like_list(text[opener.end() :])
        and not _SINGLE_NAME_TO_END.match(text, opener.end())
    ):
        return None
    body_start = opener.end()
    closing = ")" if opener.group().rstrip().endswith("(") else None
    body_end = text.find(")", body_start) if closing else len(text)
    if body_end < 0:
        return None
    dash = re.fullmatch(r"\s+([—–]|--?)\s+", opener.group())
    if dash:  # "five cities — A, B and C — this summer": the second dash closes the list
        closing_dash = text.find(f" {dash.group(1)} ", body_start)
        if closing_dash >= 0:
            body_end = closing_dash
    truncated = body_end - body_start > _MAX_BODY
    body = text[body_start : min(body_end, body_start + _MAX_BODY)]
    body = re.sub(r"[.!?…\s]+$", "", body)
    partial = kind == "partial" or bool(_OPEN_ENDED.search(body))
    pieces = _split(body, body_start)
    capitalised_only = kind == "apposition"
    items: list[Item] = []
    pending: list[Item] = []
    for index, (piece_text, piece_start) in enumerate(pieces):
        item_text, tail = _strip_tail(piece_text)
        item_text = _LEADING_ARTICLE.sub("", item_text) if not capitalised_only else item_text
        stripped = item_text.strip()
        if _NUMBER_START.match(stripped):
            return None  # "11", "two sports halls": items that count again; too unsure
        if not _is_item(stripped, capitalised_only or _all_capitalised(items + pending)):
            named = _NAME_THEN_CLAUSE.match(stripped)
            if (
                len(items + pending) >= 2
                and named
                and all(_is_item(i.text, True) for i in items + pending)
                and is_verb_like(named.group(2))
            ):
                start = piece_start + piece_text.find(named.group(1))
                pending.append(Item(named.group(1), offset + start, offset + start + named.end(1)))
                break
            if index and not _ends_list(stripped):
                return None  # stopped inside the list: it cannot be counted
            break
        start = piece_start + piece_text.find(stripped)
        pending.append(Item(stripped, offset + start, offset + start + len(stripped)))
        if tail:
            items.extend(Item(i.text, i.start, i.end, tail.strip()) for i in pending)
            pending = []
            if capitalised_only:
                break
    else:
        if truncated:
            return None  # a list longer than anyone counts by hand, or no end in sight
    items.extend(pending)
    if not items:
        return None
    if kind == "apposition" and len(items) == 1 and " " not in items[0].text:
        # "one city, Gabriel" names one item; a single word after a comma could also be the
        # next clause's subject ("8 villages, Baku said"): require the sentence to end there.
        rest = text[items[0].end - offset :]
        if not re.fullmatch(r"[\s.!?…\"”')]*", rest):
            return None
    if closing and len(items) < 2:
        return None  # "8 villages (Al-Jazeera)": a credit or a gloss, not a list
    if kind == "complete" and len(items) < 2 and count != 1:
        return None  # "five months: doesn't matter" explains; it does not list
    return Enumeration(items=tuple(items), start=items[0].start, end=items[-1].end, partial=partial)


def _looks_like_list(text: str) -> bool:
    """An apposition of two or more names: "Putin and Erdogan", "Alpha, Bravo and Charlie"."""
    return bool(re.match(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s*|\s+and\s+)[A-Z]", text))


def _is_gap(text: str) -> bool:
    """A phrase between a count and its list: "from the occupation", "resigned"."""
    words = re.findall(r"[\w'’-]+", text)
    if re.search(r"[,;.!?]", text) or len(words) > _MAX_GAP_WORDS:
        return False
    if _RELATIVE_GAP.match(text):
        return True
    return len(words) <= _MAX_VERB_GAP_WORDS or not any(is_verb_like(word) for word in words)


def _ends_list(piece: str) -> bool:
    """The piece after the last item starts the rest of the sentence, not another item."""
    words = piece.split()
    return (
        bool(_CLAUSE_START.match(piece) or any(is_verb_like(word) for word in words[:4]))
        and not piece[:1].isupper()
    )


def _split(body: str, base: int) -> list[tuple[str, int]]:
    """The items of a list body with their offsets. Commas, semicolons, "as well as" and "in
    addition to" always separate; "and"/"or" separates where what follows starts a new item
    ("the Ministry of Health and the Ministry of Finance"), and, in a list without a serial
    comma, at the first "and" of a piece that is not a name holding "and" ("Ministry of Labour
    and Social Affairs"). A list whose last item follows ", and" uses commas between its items,
    so any other "and" is inside an item: "Labour and Social Affairs, Health, Education, and
    Culture and Sport" is four portfolios."""
    # Segments: runs of items between "in addition to", "as well as" or a semicolon; a
    # segment with a serial comma (", and") separates its items by commas only.
    segments: list[tuple[list[tuple[str, int]], bool]] = [([], False)]
    position = 0
    for separator in _HARD_SEPARATOR.finditer(body):
        if separator.start() > position:
            segments[-1][0].append((body[position : separator.start()], base + position))
        position = separator.end()
        if _SERIAL.fullmatch(separator.group()):
            segments[-1] = (segments[-1][0], True)
        elif re.search(r"addition|well|;", separator.group()):
            segments.append(([], False))
    if position < len(body):
        segments[-1][0].append((body[position:], base + position))
    items: list[tuple[str, int]] = []
    for pieces, serial in segments:
        for piece, start in pieces:
            items.extend(_split_and(piece, start, split_last=not serial))
    return items


def _split_and(piece: str, start: int, split_last: bool) -> list[tuple[str, int]]:
    """One comma piece split at the "and" that joins two items (see :func:`_split`)."""
    joins = list(_AND.finditer(piece))
    if not joins:
        return [(piece, start)]
    first_word = piece.split()[0].lower() if piece.split() else ""
    cuts = [
        join
        for join in joins
        if re.match(r"(?:the|a|an)\s", piece[join.end() :], re.IGNORECASE)
        or (first_word and piece[join.end() :].lower().startswith(first_word + " "))
    ]
    if not cuts and split_last and not _NAME_WITH_AND.search(piece):
        cuts = joins[:1]
    result: list[tuple[str, int]] = []
    position = 0
    for join in cuts:
        if join.start() > position:
            result.append((piece[position : join.start()], start + position))
        position = join.end()
    if position < len(piece):
        result.append((piece[position:], start + position))
    return result


def _strip_tail(piece: str) -> tuple[str, str]:
    """A capitalised name and its place tail ("Corra of the upper valley")."""
    match = _TAIL.search(piece)
    if match and match.start() > 0 and piece.lstrip()[:1].isupper():
        return piece[: match.start()], match.group()
    return piece, ""


def _all_capitalised(items: list[Item]) -> bool:
    return bool(items) and all(item.text[:1].isupper() for item in items)


def _is_item(text: str, capitalised: bool) -> bool:
    words = text.split()
    if not words or len(words) > _MAX_ITEM_WORDS:
        return False
    if capitalised and not all(
        word[:1].isupper() or word.lower() in _NAME_PARTICLES for word in words
    ):
        return False
    if not words[0][:1].isupper() and not words[0][:1].isalnum():
        return False
    return not any(is_verb_like(word) and not word[:1].isupper() for word in words)


_NAME_PARTICLES = frozenset(
    ["al", "el", "de", "bin", "ibn", "abu", "of", "the", "van", "von", "and", "for", "&"]
)
