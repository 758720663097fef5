from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from tqcheck import patterns
from tqcheck.bilingual.pairing import translated_groups
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.house_style import preferred_spelling
from tqcheck.gazetteer.index import Gazetteer, Match, default_gazetteer
from tqcheck.gazetteer.keys import arabic_skeletons, skeletons
from tqcheck.gazetteer.mentions import geonames_index
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

if TYPE_CHECKING:
    from tqcheck.bilingual.source_names import SourceName
    from tqcheck.gazetteer.geonames import GeoNamesIndex

# A capitalised name of up to three words in the target.
_WORD = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*"
_NAME = patterns.compile(rf"\b{_WORD}(?: {_WORD}){{0,2}}")
_RIGHT = frozenset({"exact", "variant"})
# Consonant classes a transliteration must share with the Arabic (as the curated index asks).
_MIN_SKELETON = 4
# English frequency (Zipf) from which a name is established English, not a garble.
_ESTABLISHED_ZIPF = 2.0
# How a wrong rendering reaches the entry. A near spelling alone ("fuzzy") is not evidence
# enough: "Armenian" is one letter from "Armenia".
_WRONG = frozenset({"garble", "bridge", "transliteration"})


class SourceNameMismatch(Rule):
    """A place or person the source names in Arabic, rendered as another name in the target.

    Each Arabic-script name in a source sentence is looked up among the curated gazetteer's
    Arabic spellings, then GeoNames' Arabic alternate names (places of 50,000 people or more,
    countries, subdivisions); the aligned target sentences must then write that entry's name
    or a recorded variant. A target word that reaches the same entry only as a recorded
    machine-translation garble, an English given name bridged from the Arabic or a
    transliteration look-alike is reported with the source as evidence ("Gabriel" where the
    source says جبرائيل, gazetteer entry Jabrayil; "Ghazi Antab" for غازي عنتاب, GeoNames
    Gaziantep), and the house-style spelling is suggested. A target name that is a place of
    its own or established English is not reported: unvowelled Arabic spells several names
    alike.

    Names of any region (:mod:`tqcheck.bilingual.names_compare`): a place the source names (the
    gazetteers above and the common-places table, ``tqcheck/data/arabic_places.tsv``) that the
    aligned target does not write, by any recorded spelling or accepted variant ("Kiev", "Sana'a"),
    derived word ("Canadian") or rendering of the Arabic letters, while the target has a name that
    renders nothing in the source: another real place is reported as such ("Mosul" where the source
    says البصرة), any other word as a garble, both with the source's name as suggestion. An English
    word that renders the Arabic letters but spells none of the place's recorded names is such a
    garble too ("Press" for باريس), and so is a spelling no gazetteer records within a letter or two
    of one of the place's names ("Amzterdam" for أمستردام; "Tokio" is recorded and quiet), a name of
    several words with every word, or one word, changed into a near English word ("Lose Angels" for
    لوس أنجلوس, "Sun Francisco"), a sizeable other place where the source's place is rendered only
    by an ordinary Arabic word ("the pyramids of Cairo" for الجيزة, Cairo spelling الحجرية), a vowel
    changed in an established English place name though a hamlet somewhere bears the result
    ("Berlen" for برلين), a well-established English name respelled (vowels, or one consonant of the
    same sound) though GeoNames records the spelling for the place itself or for a far smaller one
    ("Peris", "Tunes", "San Fransisko"), and a person's name in a place slot that keeps a short
    place name's consonants ("in Kevin" for كييف). A person's name whose one word renders the source
    (أور, "Ur") while another renders nothing, beside a name-like source word nothing renders (إيهود
    for "Peter"), is reported as a renamed person (:mod:`tqcheck.bilingual.person_names`); so are
    both words of a name rendering nothing against unrendered source names at the same place, and a
    name of one word that renders nothing where the source has exactly one unrendered name-like
    word: at the same place in the sentence when the target word is a recorded name (census lists),
    else one that another sentence of the document renders.

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
        groups = translated_groups(document)
        if not groups:  # a monolingual check never loads the name comparison (issue 13)
            return
        from tqcheck.bilingual.names_compare import compare_names
        from tqcheck.bilingual.person_names import renamed_alone, rendered_names
        from tqcheck.bilingual.source_names import source_names

        gazetteer = default_gazetteer()
        geonames = geonames_index()
        targets = [group.target_text(document) for group in groups]
        known: list[frozenset[str]] = []

        def written() -> frozenset[str]:
            """Names the document writes somewhere: lone names a sentence renders (read once,
            when a sentence first needs them)."""
            if not known:
                pairs = zip(groups, targets, strict=True)
                known.append(
                    frozenset().union(*(rendered_names(g.source_text, t) for g, t in pairs))
                )
            return known[0]

        for group, target in zip(groups, targets, strict=True):
            names = source_names(group.source_text, gazetteer, geonames)
            reported: list[tuple[int, int]] = []
            for finding in self._group(document, group.start, target, names, geonames, gazetteer):
                reported.append((finding.start, finding.end))
                yield finding
            mismatches = compare_names(group.source_text, target, names, gazetteer, geonames)
            if not mismatches and not reported:
                mismatches = renamed_alone(group.source_text, target, written, geonames)
            for mismatch in mismatches:
                start = group.start + mismatch.target_span[0]
                end = group.start + mismatch.target_span[1]
                if any(a < end and start < b for a, b in reported):
                    continue
                yield self.finding(document, start, end, mismatch.message, mismatch.suggestion)

    def _group(
        self,
        document: Document,
        base: int,
        target: str,
        names: list[SourceName],
        geonames: GeoNamesIndex | None,
        gazetteer: Gazetteer,
    ) -> Iterator[Finding]:
        """Garbled renderings of the gazetteer names of one aligned group."""
        house_style = self.config.house_style if self.config else None
        named = {entry.id: name for name in names for entry in name.entries}
        if named:
            assert geonames is not None
            for name in names:
                if name.entries[0].id.startswith("geonames:"):
                    yield from self._geonames_renderings(
                        document, base, target, name, geonames, gazetteer, house_style
                    )
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
                    base + candidate.start(),
                    base + candidate.end(),
                    f"the source names {source.text} ({match.entry.name}); "
                    f"the target writes {quoted(candidate.group())}{evidence}",
                    preferred,
                )

    def _geonames_renderings(
        self,
        document: Document,
        base: int,
        target: str,
        name: SourceName,
        geonames: GeoNamesIndex,
        gazetteer: Gazetteer,
        house_style: dict[str, Any] | None,
    ) -> Iterator[Finding]:
        """A GeoNames place named in Arabic: a target name that transliterates the Arabic
        (same consonant skeleton) but is none of the place's recorded spellings.

        Arabic script leaves vowels out, so one spelling stands for several names (نيلسن is
        Nelson and Nielsen, كولون is Köln and Kowloon): a target name that is itself a place in
        GeoNames or an established English word or name (wordfreq Zipf >= 2) is taken to be a
        right rendering of another entity, not a garble."""
        ids = {entry.geonameid for entry in name.entries}
        candidates = list(_NAME.finditer(target))
        if any(_written(candidate.group(), ids, geonames) for candidate in candidates):
            return
        arabic = {key for key in arabic_skeletons(name.text) if len(key) >= _MIN_SKELETON}
        entry = name.entries[0]
        for candidate in candidates:
            text = candidate.group()
            if gazetteer.is_given_name(text) or not arabic & skeletons(text):
                continue
            if geonames.exact(text) or _established(text):
                continue
            match = Match(entry, text, entry.name, "transliteration", 0.9, "")
            yield self.finding(
                document,
                base + candidate.start(),
                base + candidate.end(),
                f"the source names {name.text} ({entry.name}, {entry.country}); the target "
                f"writes {quoted(text)}, which transliterates the Arabic instead of naming it",
                preferred_spelling(match, house_style),
            )


def _established(text: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(text, "en") >= _ESTABLISHED_ZIPF


def _written(candidate: str, ids: set[str], geonames: GeoNamesIndex) -> bool:
    """Whether the candidate, or a run of its words, is a recorded spelling of the places."""
    words = candidate.split()
    return any(
        place.geonameid in ids
        for size in range(len(words), 0, -1)
        for first in range(0, len(words) - size + 1)
        for place in geonames.exact(" ".join(words[first : first + size]))
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
