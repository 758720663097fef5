from __future__ import annotations

import re
from collections.abc import Iterator

from tqcheck.bilingual.pairing import aligned_groups
from tqcheck.bilingual.source_names import source_names
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.house_style import preferred_spelling
from tqcheck.gazetteer.index import Match, default_gazetteer
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

# A capitalised name of up to three words in the target.
_WORD = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*"
_NAME = re.compile(rf"\b{_WORD}(?: {_WORD}){{0,2}}")
_RIGHT = frozenset({"exact", "variant"})
# How a wrong rendering reaches the entry. A near spelling alone ("fuzzy") is not evidence
# enough: "Armenian" is one letter from "Armenia".
_WRONG = frozenset({"garble", "bridge", "transliteration"})


class SourceNameMismatch(Rule):
    """A place or person the source names in Arabic, rendered as another name in the target.

    Each Arabic-script name in a source sentence is looked up among the gazetteer's Arabic
    spellings; the aligned target sentences must then write that entry's name or a recorded
    variant. A target word that reaches the same entry only as a recorded machine-translation
    garble, an English given name bridged from the Arabic or a transliteration look-alike is
    reported with the source as evidence ("Gabriel" where the source says
    جبرائيل, gazetteer entry Jabrayil), and the house-style spelling is suggested.

    Bad:
        source: سقطت قذائف على مدينة جبرائيل.
        target: Shells fell on the city of Gabriel.

    Good:
        source: سقطت قذائف على مدينة جبرائيل.
        target: Shells fell on the city of Jabrayil.
    """

    code = "TQ705"
    name = "source-name-mismatch"
    category = Category.SOURCE
    severity = Severity.ERROR
    summary = 'The target renders a name from the source wrongly ("Gabriel" for جبرائيل)'
    fix = "unsafe"

    def check(self, document: Document) -> Iterator[Finding]:
        gazetteer = default_gazetteer()
        house_style = self.config.house_style if self.config else None
        for group in aligned_groups(document):
            if not group.source or not group.target:
                continue
            named = {
                entry.id: name
                for name in source_names(group.source_text, gazetteer)
                for entry in name.entries
            }
            if not named:
                continue
            target = group.target_text(document)
            right: set[str] = set()
            wrong: list[tuple[re.Match[str], Match]] = []
            for candidate in _NAME.finditer(target):
                relevant = [
                    m for m in _matches(candidate.group(), gazetteer) if m.entry.id in named
                ]
                if any(m.method in _RIGHT for m in relevant):
                    right.update(m.entry.id for m in relevant if m.method in _RIGHT)
                elif any(m.method in _WRONG for m in relevant):
                    wrong.append((candidate, next(m for m in relevant if m.method in _WRONG)))
            for candidate, match in wrong:
                if right & {entry.id for entry in named[match.entry.id].entries}:
                    continue  # the right name is written too; TQ304 reports the mix
                source = named[match.entry.id]
                preferred = preferred_spelling(match, house_style)
                evidence = f" ({match.evidence})" if match.evidence else ""
                yield self.finding(
                    document,
                    group.start + candidate.start(),
                    group.start + candidate.end(),
                    f"the source names {source.text} ({match.entry.name}); "
                    f"the target writes {quoted(candidate.group())}{evidence}",
                    preferred,
                )


def _matches(name: str, gazetteer) -> list[Match]:  # type: ignore[no-untyped-def]
    """Matches of the name and, when it has several words, of its words from the right."""
    words = name.split()
    for size in range(len(words), 0, -1):
        for first in range(0, len(words) - size + 1):
            found = gazetteer.lookup(" ".join(words[first : first + size]))
            if found:
                return found
    return []
