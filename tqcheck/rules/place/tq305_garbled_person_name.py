from __future__ import annotations

import itertools
from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.index import Gazetteer, default_gazetteer
from tqcheck.gazetteer.person_garbles import find_person_garbles
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted


class GarbledPersonName(Rule):
    """A public figure's name in a garbled machine-translation spelling.

    Person names go through the same script round trip as place names: vowels are changed or
    lost ("Benjamin Natanyahu"), p and v come back as b and f ("Massoud Bezeshkian" for
    Pezeshkian), doubled letters are lost ("Emanuel Macron"), and a Turkish or Russian given name
    comes back in its Arabic form ("Rajab Tayeb Erdogan" for Recep Tayyip). The rule compares
    names in a person context (after a title such as "President", "Foreign Minister" or "Hamas
    leader", or with one word of the name spelled right; a surname alone after a title or an
    earlier mention of the figure) with the list of public figures in ``gazetteers/people.csv``
    (leaders and officials in news about the Middle East, North Africa, Turkey, Iran, the
    Caucasus and Central Asia, and world leaders in that news): the same consonants in the
    classes machine translation confuses, the same first and last sound, and a close spelling.
    It names the letters that differ as evidence and suggests the figure's house spelling.
    Accepted variants (Erdoğan, al-Asad, Zelensky, Mahmud for Mahmoud), French transcriptions
    (Moualem), other people on the list (Sara Netanyahu, Mohammed bin Zayed) and two different
    given names (Mohammed, Mahmoud) are left alone. Garbles seen in real copy (the list's
    ``mt_garbles`` column, such as "Aryk Harutyunyan") are reported wherever they appear.

    Bad:
        Israeli Prime Minister Benjamin Natanyahu said the operation would continue.

    Good:
        Israeli Prime Minister Benjamin Netanyahu said the operation would continue.
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
        """The garbles recorded in the list's ``mt_garbles`` column, wherever they appear."""
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
                    if match is None:
                        continue
                    skip_until = end
                    yield self.finding(
                        document,
                        start,
                        end,
                        f"{quoted(document.text[start:end])} is a garbled spelling of "
                        f"{match.entry.name} (recorded garble).",
                        suggestion=match.entry.name,
                    )
                    break
