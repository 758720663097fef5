"""Recognising a photo or outlet credit at the end of a line ("(Reuters)", "Photo: AFP")."""

from __future__ import annotations

import re

from tqcheck.lexicon import normalise_outlet, outlet_pattern

_PAREN_TAIL = re.compile(r"[(\[]([^()\[\]]{1,60})[)\]]\s*\.?\s*$")
_CREDIT_LABEL = re.compile(
    r"^(?:photos?|pictures?|images?|video|footage|source|credit|photo credit|©)\s*[:/-]?\s*",
    re.IGNORECASE,
)
_LABELLED_TAIL = re.compile(
    r"(?:^|[\s.])((?:photo(?:graph)?|picture|image|credit)s?\s*(?:credit)?\s*:\s*[^.:]{2,60}|©\s*[^.]{2,60})\s*$",
    re.IGNORECASE,
)


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
