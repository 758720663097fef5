from __future__ import annotations

import itertools
from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.index import default_gazetteer
from tqcheck.rules.base import Rule
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
                    match = next(
                        (
                            m
                            for m in gazetteer.known(plain[start:end])
                            if m.entry.kind == "person" and m.method == "garble"
                        ),
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
                        f"{match.entry.name}.",
                        suggestion=match.entry.name,
                    )
                    break
