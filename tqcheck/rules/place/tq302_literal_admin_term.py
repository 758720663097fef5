from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tqcheck import patterns
from tqcheck.document.model import BlockKind, Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.admin_units import (
    ALWAYS_ACCEPTED,
    LiteralWord,
    Slot,
    Unit,
    UnitKind,
    country_terms,
    is_country,
    kind_for_arabic,
    level_one_terms,
    literal_words,
    places_named,
    unit_kinds,
    unit_slots,
    units_named,
    word_level,
)
from tqcheck.gazetteer.context import geography_at
from tqcheck.gazetteer.index import default_gazetteer
from tqcheck.gazetteer.mentions import UNIT_TERMS, place_mentions
from tqcheck.gazetteer.words import zipf
from tqcheck.lexicon import is_function_word, is_time_word, is_verb_like
from tqcheck.rules.base import Rule

_COUNTRY_NAMES = {
    "AZ": "Azerbaijan",
    "AM": "Armenia",
    "GE": "Georgia",
    "IR": "Iran",
    "RU": "Russia",
    "TR": "Turkey",
    "PS": "Palestine",
    "AE": "the UAE",
}
_NEXT_WORD = patterns.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_PREVIOUS_WORD = patterns.compile(r"([^\W\d_]+)[ \t]+$")
# A word of an unknown name this frequent in English is not evidence of a place.
_COMMON_WORD_ZIPF = 3.5


def _country_name(code: str) -> str:
    if code in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[code]
    from tqcheck.gazetteer import iso

    return iso.short_name(code)


def _cased(term: str, written: str) -> str:
    """``term`` with the capital of the word it replaces ("Conservative" -> "Governorate")."""
    return term[0].upper() + term[1:] if written[:1].isupper() else term


def _example(slot: Slot, term: str) -> str:
    if slot.shape == "of":
        return f"the {term} of {slot.name}"
    return f"{slot.name} {term}"


@dataclass(frozen=True, slots=True)
class _Named:
    """A real unit term next to a first-level unit, for the consistency check."""

    slot: Slot
    unit: Unit
    term: str


class LiteralAdminTerm(Rule):
    """An administrative unit called by a literal translation of the source term.

    Arabic news names a unit with a word that has an everyday sense too: محافظة is a governorate
    and also "keeping", whose adjective machine translation writes "conservative"; قضاء is a
    district and also "judiciary"; ناحية a subdistrict and also "aspect"; ولاية a state or
    province and also "mandate". Such a word next to a place ("the Conservative of Nineveh",
    "the Sinjar judiciary") is a mistranslation: the finding names the country's term for that
    unit (Iraq: governorate, district, subdistrict; Turkey: province, district; Sudan: state...).
    A real unit term of the wrong country ("Nineveh state", "Khartoum governorate", "the state
    of Gaziantep") is flagged next to a first-level unit of a country that uses that term at no
    level; looser terms wire copy uses ("Idlib province": AP and Reuters call Syria's and Iraq's
    governorates provinces) are flagged only when one article calls one unit two things. The
    curated gazetteer's own terms still apply: an Azerbaijani rayon is a district, an Armenian
    marz a province ("Fuzuli state"). The suggestion is given where the place is known to be
    that unit (a first-level unit, or a curated entry); a district known only as its town gets
    the term in the message instead.

    Bad:
        Gunmen attacked a checkpoint in the Conservative of Nineveh on Monday.
        Shelling hit villages in Fuzuli state overnight.

    Good:
        Gunmen attacked a checkpoint in the governorate of Nineveh on Monday.
        Shelling hit villages in Fuzuli district overnight.
    """

    code = "TQ302"
    name = "literal-admin-term"
    category = Category.PLACE
    severity = Severity.WARNING
    summary = 'Administrative unit mistranslated ("Conservative of Nineveh", "Fuzuli state")'
    fix = "safe"

    def check(self, document: Document) -> Iterator[Finding]:
        flagged: set[int] = set()
        for finding in self._curated(document):
            flagged.add(finding.start)
            yield finding
        named: list[_Named] = []
        for slot in unit_slots(document):
            if slot.word_start in flagged:
                continue
            literal = literal_words().get(slot.word.lower())
            if literal is not None:
                finding = self._literal(document, slot, literal)
            else:
                finding = self._real_term(document, slot, named)
            if finding is not None:
                flagged.add(finding.start)
                yield finding
        yield from self._inconsistent(document, named, flagged)

    # -- the curated gazetteer's terms ("Fuzuli state" -> district) -----------------------------

    def _curated(self, document: Document) -> Iterator[Finding]:
        for mention in place_mentions(document):
            match = mention.match
            if (
                match is None
                or mention.term not in UNIT_TERMS
                or mention.term_start is None
                or mention.term_end is None
            ):
                continue
            expected = match.entry.admin_term
            if not expected or expected == mention.term:
                continue
            country = _country_name(match.entry.country)
            yield self.finding(
                document,
                mention.term_start,
                mention.term_end,
                f"{match.entry.name} is a {expected} of {country}, not a {mention.term}: "
                f"{mention.term!r} is a literal translation.",
                suggestion=expected,
            )

    # -- a mistranslated unit word ("the Conservative of Nineveh") -----------------------------

    def _literal(self, document: Document, slot: Slot, literal: LiteralWord) -> Finding | None:
        plain = document.plain
        written = plain[slot.word_start : slot.word_end]
        capital = written[:1].isupper()
        if not literal.strong and (
            not capital
            or _sentence_initial(plain, slot.word_start)
            or _title_case(document, slot.word_start)
        ):
            return None
        if slot.shape == "of":
            if not capital and not _after_the(plain, slot.word_start):
                return None  # "an aspect of Baghdad life"
            if plain[slot.name_end : slot.name_end + 2] in ("'s", "’s"):
                return None  # "the mandate of Kirkuk's council"
        elif _modifier(plain, slot):
            return None  # "a Qom conservative", "the Basra Conservative Party"
        if is_country(slot.name):
            return None  # "the judiciary of Iraq", "the Mandate of Palestine"
        country, unit = self._literal_place(document, slot, literal)
        if country is None:
            return None
        level = word_level(literal.arabic)
        if unit is not None and level > unit.kind.level:
            return None  # "the Kurdistan judiciary", "the Tehran judiciary": the courts there
        if not literal.strong and unit is None and level == 1:
            return None  # "the Conservation of Palmyra project": a town, not a governorate
        kind = kind_for_arabic(country, literal.arabic)
        if kind is None and unit is not None and level == unit.kind.level:
            kind = unit.kind  # Arabic news calls Turkey's provinces ولاية, MT may write محافظة
        if kind is not None and unit is not None and kind.level > unit.kind.level:
            return None
        where = _country_name(country)
        if kind is None:
            return self.finding(
                document,
                slot.word_start,
                slot.word_end,
                f'"{written}" is a mistranslation: it reads the Arabic unit word '
                f"{literal.arabic} in its everyday sense. Name the unit by {where}'s own term.",
            )
        exact = unit is not None and unit.kind == kind
        if exact:
            message = (
                f'"{written}" is a mistranslation of the Arabic {literal.arabic} ({kind.term}): '
                f"{slot.name} is {_a(kind.term)} of {where}. "
                f'Write "{_example(slot, kind.term)}".'
            )
        else:
            message = (
                f'"{written}" is a mistranslation of the Arabic {literal.arabic}, which in '
                f"{where} names {_a(kind.term)}: "
                f'write "{_example(slot, kind.term)}" if {slot.name} is one.'
            )
        return self.finding(
            document,
            slot.word_start,
            slot.word_end,
            message,
            suggestion=_cased(kind.term, written) if exact else None,
        )

    def _literal_place(
        self, document: Document, slot: Slot, literal: LiteralWord
    ) -> tuple[str | None, Unit | None]:
        """The country of the place in the slot, and the first-level unit it is, if any."""
        geography = geography_at(document, slot.name_start)
        checked = unit_kinds()
        match = default_gazetteer().best(slot.name)
        if (
            match is not None
            and match.method in ("exact", "variant", "garble")
            and match.entry.kind != "person"
            and match.entry.country in checked
        ):
            country = match.entry.country
            units = [u for u in units_named(slot.name) if u.country == country]
            return country, units[0] if units else None
        units = list(units_named(slot.name))
        if len({u.country for u in units}) > 1:
            units = [u for u in units if u.country in geography] or units[:1]
        if units:
            return units[0].country, units[0]
        places = [c for c, k in places_named(slot.name) if k == "place" and c in checked]
        if places:
            local = [c for c in places if c in geography]
            return (local or places)[0], None
        # A name no gazetteer knows in the "of" slot of a strong word ("the aspect of Rabia"), in
        # an article about a country whose units Arabic news calls by that word.
        if not (literal.strong and slot.shape == "of"):
            return None, None
        if any(zipf(word) >= _COMMON_WORD_ZIPF for word in re.split(r"[\s'’-]+", slot.name)):
            return None, None
        for code, _ in sorted(geography.countries.items(), key=lambda item: -item[1]):
            if kind_for_arabic(code, literal.arabic) is not None:
                return code, None
        return None, None

    # -- a real term of the wrong country ("Nineveh state") -----------------------------------

    def _real_term(self, document: Document, slot: Slot, named: list[_Named]) -> Finding | None:
        term = slot.word.lower()
        plain = document.plain
        if slot.shape == "after" and _modifier(plain, slot, adjective=term == "state"):
            return None  # "Moscow State University", "Baghdad state television", "a Gaza state"
        if slot.shape == "of" and (
            not _after_the(plain, slot.word_start)
            or plain[slot.name_end : slot.name_end + 2] in ("'s", "’s")
        ):
            return None  # "the future state of Jerusalem", "the state of Gaza's hospitals"
        unit = self._unit(document, slot)
        if unit is None:
            return None
        match = default_gazetteer().best(slot.name)
        if match is not None and match.entry.admin_term:
            return None  # the curated layer's term decides
        expected = unit.kind.term
        if term in ALWAYS_ACCEPTED:
            return None
        if term == expected or term in unit.kind.accepted:
            named.append(_Named(slot, unit, term))
            return None
        if term not in level_one_terms() or term in country_terms(unit.country):
            return None
        written = plain[slot.word_start : slot.word_end]
        where = _country_name(unit.country)
        return self.finding(
            document,
            slot.word_start,
            slot.word_end,
            f"{slot.name} is {_a(expected)} of {where}, not {_a(term)}: {where} has no "
            f'{_plural(term)}, so "{written}" is a literal translation.',
            suggestion=_cased(expected, written),
        )

    def _unit(self, document: Document, slot: Slot) -> Unit | None:
        """The one first-level unit the slot's name can be."""
        if is_country(slot.name):
            return None
        units = units_named(slot.name)
        if not units:
            return None
        geography = geography_at(document, slot.name_start)
        if len(units) > 1:
            units = tuple(u for u in units if u.country in geography)
            if len(units) != 1:
                return None
        unit = units[0]
        # A town of the same name in another covered country ("Tripoli", Libya's district and a
        # Lebanese city) leaves the unit open unless the article points at the unit's country.
        others = {
            country
            for country, kind in places_named(slot.name)
            if kind != "country" and country != unit.country and country in unit_kinds()
        }
        if others and (unit.country not in geography or others & geography.codes()):
            return None
        return unit

    # -- one unit, two terms in one article ----------------------------------------------------

    def _inconsistent(
        self, document: Document, named: list[_Named], flagged: set[int]
    ) -> Iterator[Finding]:
        by_unit: dict[str, list[_Named]] = {}
        for item in named:
            by_unit.setdefault(item.unit.code, []).append(item)
        for items in by_unit.values():
            terms = list(dict.fromkeys(item.term for item in items))
            if len(terms) < 2:
                continue
            kind: UnitKind = items[0].unit.kind
            wanted = kind.term if kind.term in terms else terms[0]
            others = " and ".join(_a(t) for t in terms if t != wanted)
            where = _country_name(items[0].unit.country)
            for item in items:
                if item.term == wanted or item.slot.word_start in flagged:
                    continue
                written = document.plain[item.slot.word_start : item.slot.word_end]
                yield self.finding(
                    document,
                    item.slot.word_start,
                    item.slot.word_end,
                    f"{item.slot.name} is called {_a(wanted)} and {others} in this article: "
                    f"one unit, one term ({where}'s units of this kind are "
                    f"{_plural(kind.term)}).",
                    suggestion=_cased(wanted, written),
                )


def _a(term: str) -> str:
    return f"an {term}" if term[:1] in "aeiou" else f"a {term}"


def _plural(term: str) -> str:
    if term.endswith("y") and not term.endswith("ey"):
        return term[:-1] + "ies"
    return term + "s"


def _modifier(plain: str, slot: Slot, adjective: bool = True) -> bool:
    """The name and word of an "after" slot are not a unit's name but part of a longer phrase:
    after "a" ("a Qom conservative", "a Gaza state"), before a capitalised word ("the Basra
    Conservative Party", "Moscow State University") or, for a word that is also an adjective,
    before a noun it modifies ("a Tehran conservative cleric", "Baghdad state television"): a
    next word that is no function word, verb or time word."""
    previous = _PREVIOUS_WORD.search(plain, max(0, slot.name_start - 20), slot.name_start)
    if previous and previous.group(1).lower() in ("a", "an", "one"):
        return True
    following = _NEXT_WORD.match(plain, slot.word_end)
    if following is None:
        return False
    word = following.group(1)
    if word[0].isupper():
        return True
    return adjective and not (is_function_word(word) or is_verb_like(word) or is_time_word(word))


def _sentence_initial(plain: str, start: int) -> bool:
    before = plain[:start].rstrip(" \t")
    return not before or before[-1] in ".!?:;\"“”'‘’(\n"


def _after_the(plain: str, start: int) -> bool:
    previous = _PREVIOUS_WORD.search(plain, max(0, start - 20), start)
    return bool(previous) and previous.group(1).lower() == "the"


def _title_case(document: Document, offset: int) -> bool:
    """The block at ``offset`` is a heading or written in title case."""
    for block in document.blocks:
        if block.start <= offset < block.end:
            if block.kind == BlockKind.HEADING:
                return True
            words = re.findall(r"[^\W\d_]+", document.plain[block.start : block.end])
            content = [w for w in words if not is_function_word(w)]
            return len(content) >= 3 and sum(w[0].isupper() for w in content) >= 0.8 * len(content)
    return False
