"""Recognising a photo or outlet credit: at the end of a line ("(Reuters)", "Photo: AFP"), or a
line that is nothing but a credit ("SANA", "AFP photo", "Khalil Ashawi/Reuters")."""

from __future__ import annotations

import re

from tqcheck import patterns
from tqcheck.lexicon import normalise_outlet, outlet_pattern

_PAREN_TAIL = patterns.compile(r"[(\[]([^()\[\]]{1,60})[)\]]\s*\.?\s*$")
_CREDIT_LABEL = patterns.compile(
    r"^(?:photos?|pictures?|images?|video|footage|source|credit|photo credit|©)\s*[:/-]?\s*",
    re.IGNORECASE,
)
_LABELLED_TAIL = patterns.compile(
    r"(?:^|[\s.])((?:photo(?:graph)?|picture|image|credit)s?\s*(?:credit)?\s*:\s*[^.:]{2,60}|©\s*[^.]{2,60})\s*$",
    re.IGNORECASE,
)


_PHOTO_WORDS = r"(?:photos?|pictures?|images?|video|footage|file photo)"
_PERSON_SLASH = patterns.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*/\s*(.+)$")
_PHOTO_BY = patterns.compile(rf"^{_PHOTO_WORDS}\s+by\s+(.+)$", re.IGNORECASE)
_CREDIT_PARTS = patterns.compile(r"\s*(?:[/,;]|\bvia\b)\s*")
_OUTLET_PHOTO = patterns.compile(rf"^(.+?)\s+{_PHOTO_WORDS}$", re.IGNORECASE)


def _all_outlets(text: str) -> bool:
    """Whether ``text`` is one or more outlet names ("AFP", "AFP/Getty Images", "AFP via Getty")."""
    parts = _CREDIT_PARTS.split(text.strip())
    return all(part and outlet_pattern().fullmatch(normalise_outlet(part)) for part in parts)


def credit_only(text: str, *, names_only: bool = True) -> str | None:
    """The credit, when ``text`` is nothing but an outlet credit, else ``None``.

    Recognised: an outlet name alone ("SANA", "Anadolu Agency", "AFP/Getty Images"), with a
    photo word ("AFP photo", "Photo by Reuters"), or after a photographer's name ("Khalil
    Ashawi/Reuters"). With ``names_only`` false, outlet names alone are not enough: only the
    labelled and photographer forms count.
    """
    stripped = text.strip().rstrip(".").strip()
    if not stripped or len(stripped) > 80:
        return None
    for pattern in (_PHOTO_BY, _OUTLET_PHOTO, _PERSON_SLASH):
        match = pattern.match(stripped)
        if match and _all_outlets(match.group(1)):
            return stripped
    if not names_only:
        return None
    if not all(word[:1].isupper() for word in stripped.replace("/", " ").split() if word != "via"):
        return None  # "Social media": a generic credit word, which alone may be a subheading
    return stripped if _all_outlets(stripped) else None


def credit_at_end(text: str) -> tuple[int, str] | None:
    """The (offset, text) of an outlet credit closing ``text``, or ``None``.

    Recognised: a parenthesised or bracketed outlet name, optionally labelled ("(Photo: AFP)",
    "(AFP/Getty Images)"), and a labelled credit ("Photo: Anadolu Agency", "© Reuters").
    """
    stripped = text.rstrip()
    paren = _PAREN_TAIL.search(stripped)
    if paren:
        inner = _CREDIT_LABEL.sub("", paren.group(1).strip())
        labelled = inner != paren.group(1).strip()
        first_part = re.split(r"[/,;]| via ", inner)[0]
        if labelled or outlet_pattern().fullmatch(normalise_outlet(first_part)):
            return paren.start(), stripped[paren.start() :]
    labelled_tail = _LABELLED_TAIL.search(stripped)
    if labelled_tail:
        return labelled_tail.start(1), labelled_tail.group(1)
    return None
