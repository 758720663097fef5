from __future__ import annotations

import itertools
from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.index import Gazetteer, Match, default_gazetteer, spelling_evidence
from tqcheck.gazetteer.keys import fold, skeletons
from tqcheck.rules.base import Rule
from tqcheck.rules.place.person_garbles import find_person_garbles
from tqcheck.rules.text import quoted


class GarbledPersonName(Rule):
    """A public figure's name in a garbled machine-translation spelling.

    Person names go through the same script round trip as place names: Arayik Harutyunyan comes
    back as "Aryk Harutyunyan". The gazetteer's list of public figures of the region
    (``gazetteers/people.csv``) records garbles seen in real copy; the rule reports them wherever
    they appear, with the recorded spelling as the suggestion.

    Bad:
        The region's leader, Aryk Harutyunyan, said the front line had held.

    Good:
        The region's leader, Arayik Harutyunyan, said the front line had held.
    """

    code = "TQ305"
    name = "garbled-person-name"
    category = Category.PLACE
    severity = Severity.ERROR
    summary = "Public figure's name in a garbled machine-translation spelling"
    fix = "unsafe"

    def check(self, document: Document) -> Iterator[Finding]:
        gazetteer = default_gazetteer()
        taken: list[tuple[int, int]] = []
        for finding in self._recorded(document, gazetteer):
            taken.append((finding.start, finding.end))
            yield finding
        for garble in find_person_garbles(document, gazetteer):
            if any(garble.start < end and start < garble.end for start, end in taken):
                continue
            yield self.finding(
                document,
                garble.start,
                garble.end,
                f"{quoted(document.text[garble.start : garble.end])} is a garbled spelling of "
                f"{garble.name} ({garble.evidence}).",
                suggestion=garble.suggestion,
            )

    def _recorded(self, document: Document, gazetteer: Gazetteer) -> Iterator[Finding]:
        """Recorded garbles, and a given name garbled next to a listed surname."""
        plain = document.plain
        for block in document.blocks:
            tokens = block.tokens
            skip_until = -1
            for i, token in enumerate(tokens):
                if token.start < skip_until or not token.is_capitalized:
                    continue
                for size in (3, 2):
                    window = tokens[i : i + size]
                    if len(window) < size or not all(t.is_capitalized for t in window):
                        continue
                    if any(plain[a.end : b.start] != " " for a, b in itertools.pairwise(window)):
                        continue
                    start, end = window[0].start, window[-1].end
                    known = list(gazetteer.known(plain[start:end]))
                    match = next(
                        (m for m in known if m.entry.kind == "person" and m.method == "garble"),
                        None,
                    )
                    because = ""
                    if match is None and not known and size == 2:
                        found = _given_name_garble(gazetteer, window[0].text, window[1].text)
                        if found is not None:
                            match, because = found
                    if match is None:
                        continue
                    skip_until = end
                    yield self.finding(
                        document,
                        start,
                        end,
                        f"{quoted(document.text[start:end])} is a garbled spelling of "
                        f"{match.entry.name}{because}.",
                        suggestion=match.entry.name,
                    )
                    break


# A given name garbled next to a public figure's surname spelled right ("Aryk Harutyunyan"):
# same consonant skeleton and a close spelling (Jaro-Winkler), not a listed spelling.
MIN_GIVEN_NAME_SIMILARITY = 0.80


def _given_name_garble(gazetteer: Gazetteer, given: str, surname: str) -> tuple[Match, str] | None:
    from rapidfuzz.distance import JaroWinkler

    for entry_id, right, full in _by_surname(gazetteer).get(fold(surname), []):
        if fold(right) == fold(given) or not skeletons(right) & skeletons(given):
            continue
        if JaroWinkler.similarity(fold(given), fold(right)) < MIN_GIVEN_NAME_SIMILARITY:
            continue
        entry = gazetteer.entries[entry_id]
        match = Match(entry, f"{given} {surname}", full, "fuzzy", 0.8, "")
        return match, f" (given name {spelling_evidence(given, right)})"
    return None


_SURNAMES: dict[int, dict[str, list[tuple[str, str, str]]]] = {}


def _by_surname(gazetteer: Gazetteer) -> dict[str, list[tuple[str, str, str]]]:
    """Folded surname -> (entry id, given name, full spelling) of the two-word exact and variant
    spellings of the gazetteer's people."""
    found = _SURNAMES.get(id(gazetteer))
    if found is None:
        found = {}
        for rows in gazetteer._spellings.values():
            for entry_id, text, kind in rows:
                words = text.split()
                if (
                    kind in ("exact", "variant")
                    and len(words) == 2
                    and gazetteer.entries[entry_id].kind == "person"
                ):
                    found.setdefault(fold(words[1]), []).append((entry_id, words[0], text))
        _SURNAMES[id(gazetteer)] = found
    return found
