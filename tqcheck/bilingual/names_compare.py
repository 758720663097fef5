"""Names of an Arabic source sentence against the English sentences aligned with it.

A place the source names (the curated gazetteer's Arabic spellings, the common-places table
``tqcheck/data/arabic_places.tsv``, GeoNames' Arabic alternate names of places of 50,000
people or more, countries and subdivisions) must be *written* in the target: one of its
recorded spellings or accepted variants ("Kiev" and "Kyiv", "Sana'a" and "Sanaa"), a word
derived from it ("Canadian"), or a rendering of the Arabic letters. When it is not, and the
target has a name that renders nothing in the source, that name stands where the place should
be: another real place ("Mosul" where the source says البصرة) or a garble.

People: the target writes a name of several words ("Ehud Ur"), one word of which renders a
source word (أور) while another renders nothing in the source, and the source word next to
the rendered one (إيهود) is rendered by nothing in the target: the name was changed.

Whether a target word renders a source word is read by consonant skeletons
(:mod:`tqcheck.arabic.names`); the test is tolerant, so that a name is reported only when
nothing in the source can account for it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from tqcheck.arabic.names import (
    KnownPlace,
    arabic_word_skeletons,
    bare_forms,
    given_names,
    known_place_by_english,
    known_places,
    latin_skeletons,
    renders,
)
from tqcheck.gazetteer.keys import arabic_key, fold
from tqcheck.lexicon import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from tqcheck.bilingual.source_names import SourceName
    from tqcheck.gazetteer.geonames import GeoNamesIndex
    from tqcheck.gazetteer.index import Gazetteer

_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06FA-\u06FF\u064B-\u065F]+")
# A capitalised word of the target (a name or part of one).
_CAPITAL = re.compile(r"\b[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*")
# Where a word starts a sentence (capitalised for that reason alone).
_OPENING = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(\[]\s*|\s[-–—]\s+)$")
# Abbreviated titles: the name after "Dr. " does not open a sentence.
_TITLE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Col|Lt|Sgt|Capt|Rev|Sen|Rep|Gov|Pres|Mt)\.\s+$")
_MONTHS_DAYS = MONTHS | WEEKDAYS
# English frequency (Zipf) from which a capitalised word is taken as an ordinary word.
_COMMON_ENGLISH = 4.3
_VERY_COMMON_ENGLISH = 5.5
# A target word that renders a place's Arabic only loosely (one consonant class off) and is an
# English word of this frequency is a garble ("Bassoon" for البصرة), not a transliteration.
_GARBLE_ENGLISH = 2.0
# Arabic frequency (Zipf) from which a source word is an ordinary word, not a name.
_COMMON_ARABIC = 4.0
# A place of GeoNames this big (or a country or subdivision) is "another real place".
_REAL_PLACE_POPULATION = 15_000
_MAX_RUN = 3
# Endings of ordinary Arabic words, not of names: pronouns, the feminine and plural endings.
_NOT_NAME_ENDINGS = ("ها", "هم", "هما", "كم", "نا", "ه", "ات", "ون", "ين")
# A GeoNames place named by an Arabic word of this frequency or more is taken for an ordinary
# word.
_RARE_ARABIC = 3.0
# A GeoNames place this large, named by a word under this frequency, is a place when another
# place of its country stands in for it in the target ("أمستردام" and "Rotterdam").
_LARGE_POPULATION = 100_000
_COMMON_ARABIC_PLACE = 4.8


def _unmarked(text: str) -> str:
    return re.sub(r"[\u064B-\u065F\u0670\u0640]", "", text)


_ARTICLES = ("ال", "وال", "بال", "فال", "كال", "لل")
_RAW_PROCLITICS = ("وال", "بال", "فال", "ال", "لل", "و", "ب", "ك", "ل", "ف")
# A stranger in a person's name must be this rare in English, or a listed given name.
_NAME_ENGLISH = 3.5
# A source word standing alone for a renamed person must be this rare in Arabic.
_RARE_NAME = 3.0


@dataclass(frozen=True, slots=True)
class NameMismatch:
    """A name the target writes where the source names something else."""

    kind: str  # "place" (another place), "garble", "person"
    target_span: tuple[int, int]
    message: str
    suggestion: str | None = None


@dataclass(slots=True)
class _Place:
    start: int
    end: int
    text: str  # as the source writes it
    name: str  # the English name shown
    country: str
    spellings: set[str]  # folded accepted spellings
    geonameids: set[str]
    entry_ids: set[str]
    countries: set[str] = field(default_factory=set)  # of every place the name may be
    # False for a GeoNames place whose Arabic name is also an ordinary word: only another
    # place of the same country stands in for it.
    sure: bool = True


@dataclass(slots=True)
class _Word:
    text: str
    start: int
    end: int
    opening: bool = False
    accounted: bool = False
    # An ordinary English word capitalised only because it opens the sentence ("The"): looked
    # at only as a garble of a place it resembles ("Latin" for Layton).
    plain: bool = False
    # Renders a source word that may be a name, or renders one exactly ("Kowalski" renders
    # الجولة only loosely, and that word is no name).
    named: bool = False


def compare_names(
    source: str,
    target: str,
    names: list[SourceName],
    gazetteer: Gazetteer,
    geonames: GeoNamesIndex | None,
) -> list[NameMismatch]:
    """Places and people the Arabic ``source`` names that the English ``target`` renders as
    another name. ``names`` are the source's gazetteer names (:func:`source_names`)."""
    return list(_compare_names(source, target, tuple(names), gazetteer, geonames))


@lru_cache(maxsize=4096)  # translation memories repeat segments
def _compare_names(
    source: str,
    target: str,
    names: tuple[SourceName, ...],
    gazetteer: Gazetteer,
    geonames: GeoNamesIndex | None,
) -> tuple[NameMismatch, ...]:
    return tuple(_compared(source, target, list(names), gazetteer, geonames))


def _compared(
    source: str,
    target: str,
    names: list[SourceName],
    gazetteer: Gazetteer,
    geonames: GeoNamesIndex | None,
) -> list[NameMismatch]:
    every = _target_words(target)
    openers = [word for word in every if word.plain]
    words = [word for word in every if not word.plain]
    if not words and not openers:
        return []
    source_words = [(m.group(), m.start(), m.end()) for m in _ARABIC_WORD.finditer(source)]
    places = _places(source, names, geonames)
    rendered_source: set[int] = set()
    for word in words:
        if not latin_skeletons(word.text):
            continue
        for index, (arabic, _, _) in enumerate(source_words):
            if _renders(arabic, word.text):
                word.accounted = True
                rendered_source.add(index)
                if not word.named:
                    word.named = _name_like(arabic) or renders(arabic, word.text, strict=True)
    findings: list[NameMismatch] = []
    for place in places:
        if _written(place, words + openers, source_words, gazetteer, geonames):
            continue
        finding = _stand_in(place, source, target, every, source_words, geonames)
        if finding is not None:
            findings.append(finding)
    findings.extend(_renamed(source_words, rendered_source, words, target))
    return findings


def _target_words(target: str) -> list[_Word]:
    """The capitalised words of ``target``, fresh objects each call (their flags are set by
    the caller)."""
    return [
        _Word(text, start, end, opening, plain=plain)
        for text, start, end, opening, plain in _capitalised(target)
    ]


@lru_cache(maxsize=8192)  # each sentence is read by the comparison and the lone-name check
def _capitalised(target: str) -> tuple[tuple[str, int, int, bool, bool], ...]:
    words: list[tuple[str, int, int, bool, bool]] = []
    for match in _CAPITAL.finditer(target):
        text = re.sub(r"['’]s?$", "", match.group())  # "President's"
        if text.lower() in _MONTHS_DAYS or (text.isupper() and len(text) <= 4):
            continue
        before = target[max(0, match.start() - 8) : match.start()]
        opening = _OPENING.search(before[-3:]) is not None and not _TITLE.search(before)
        if match.start() == 0:
            opening = True
        # "The", "After": capitalised because they open the sentence
        plain = opening and _zipf(text.lower()) >= 3.0
        words.append((text, match.start(), match.start() + len(text), opening, plain))
    return tuple(words)


@lru_cache(maxsize=65536)
def _zipf(word: str, language: str = "en") -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, language)


@lru_cache(maxsize=262144)
def _renders(arabic: str, latin: str) -> bool:
    return renders(arabic, latin)


def _places(source: str, names: list[SourceName], geonames: GeoNamesIndex | None) -> list[_Place]:
    """The places the source names: the common-places table first (longest run), then the
    gazetteer names not inside one of those."""
    found: list[_Place] = []
    words = list(_ARABIC_WORD.finditer(source))
    i = 0
    firsts = _table_prefixes()
    while i < len(words):
        if not any(form in firsts for form in bare_forms(words[i].group(), False)):
            i += 1
            continue
        for size in range(min(_MAX_RUN, len(words) - i), 0, -1):
            run = words[i : i + size]
            if any(source[a.end() : b.start()].strip() for a, b in itertools.pairwise(run)):
                continue
            places = _table_places(" ".join(w.group() for w in run))
            if places:
                start, end = run[0].start(), run[-1].end()
                found.append(_from_table(start, end, source[start:end], places))
                i += size
                break
        else:
            i += 1
    for name in names:
        if any(p.start < name.end and name.start < p.end for p in found):
            continue
        sure = _confident(name, geonames)
        if not sure and not _large_place(name, geonames):
            continue
        entries = name.entries
        spellings = {fold(entry.name) for entry in entries}
        geonameids = {entry.geonameid for entry in entries if entry.geonameid}
        found.append(
            _Place(
                name.start,
                name.end,
                name.text,
                entries[0].name,
                entries[0].country,
                spellings,
                geonameids,
                {entry.id for entry in entries},
                {entry.country for entry in entries},
                sure,
            )
        )
    return found


def _confident(name: SourceName, geonames: GeoNamesIndex | None) -> bool:
    """Whether a gazetteer name is surely a place: a curated entry, a country, or a word too
    rare in Arabic to be an ordinary word ("ولاية" is "state" before it is Lae, "سلالة"
    "dynasty" before Salalah; the large cities Arabic news names are in the common-places
    table)."""
    entry = name.entries[0]
    if not entry.id.startswith("geonames:") or entry.kind == "country":
        return True
    first, _, rest = name.text.partition(" ")
    # "كميناء" is "as a port" before it is Minna: the word without its particles counts.
    first, rest = _unmarked(first), _unmarked(rest)  # "تامًا" is "تاما" (completely)
    forms = [first] + [first[len(p) :] for p in _RAW_PROCLITICS if first.startswith(p)]
    return all(_zipf(f"{form} {rest}".strip(), "ar") < _RARE_ARABIC for form in forms)


def _large_place(name: SourceName, geonames: GeoNamesIndex | None) -> bool:
    """A GeoNames place of :data:`_LARGE_POPULATION` people or more, named by a word not among
    the commonest of Arabic."""
    entry = name.entries[0]
    if geonames is None or entry.kind != "place" or not entry.geonameid:
        return False
    if _zipf(_unmarked(name.text), "ar") >= _COMMON_ARABIC_PLACE:
        return False
    return _population(name.text, entry.geonameid, geonames) >= _LARGE_POPULATION


@lru_cache(maxsize=8192)
def _population(text: str, geonameid: str, geonames: GeoNamesIndex) -> int:
    first, _, rest = text.partition(" ")
    for form in bare_forms(first, endings=False):
        for place in geonames.exact(f"{form} {rest}".strip()):
            if place.geonameid == geonameid:
                return place.population
    return 0


@lru_cache(maxsize=1)
def _table_prefixes() -> frozenset[str]:
    """Every beginning of an Arabic spelling in the common-places table (folded spellings have
    no spaces, so the first word of "دير الزور" is one of them)."""
    return frozenset(key[:end] for key in known_places() for end in range(2, len(key) + 1))


@lru_cache(maxsize=65536)  # the same words recur across sentences and units
def _table_places(run: str) -> tuple[KnownPlace, ...]:
    table = known_places()
    first, _, rest = run.partition(" ")
    for form in bare_forms(first, endings=False):
        key = arabic_key(f"{form} {rest}".strip()) if rest else form
        if key in table:
            return table[key]
    return ()


def _from_table(start: int, end: int, text: str, places: tuple[KnownPlace, ...]) -> _Place:
    spellings = {fold(spelling) for place in places for spelling in place.spellings()}
    return _Place(start, end, text, places[0].name, places[0].country, spellings, set(), set())


def _runs(words: list[_Word], target: str) -> list[tuple[int, int, str]]:
    """Runs of up to three neighbouring capitalised words (joined by one space or hyphen),
    as (first word index, last word index + 1, text)."""
    runs: list[tuple[int, int, str]] = []
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + _MAX_RUN) + 1):
            if j - 1 > i and not re.fullmatch(
                r"[ -](?:(?:al|el|ad|an|as|ar|ez|es)-)?",
                target[words[j - 2].end : words[j - 1].start],
            ):
                break
            runs.append((i, j, target[words[i].start : words[j - 1].end]))
    return runs


def _written(
    place: _Place,
    words: list[_Word],
    source_words: list[tuple[str, int, int]],
    gazetteer: Gazetteer,
    geonames: GeoNamesIndex | None,
) -> bool:
    """Whether the target writes the place: a recorded spelling or variant, a word derived from
    its name ("Canadian", "Iraqi"), or a rendering of its Arabic letters."""
    target = " ".join(word.text for word in words)
    folded_words = [fold(word.text) for word in words]
    for spelling in place.spellings:
        if not spelling:
            continue
        stem = spelling[: max(4, len(spelling) - 1)]
        if any(word.startswith(stem) for word in folded_words) or spelling in fold(target):
            return True
    arabic = [
        text for text, start, end in source_words if start >= place.start and end <= place.end
    ]
    for word in words:
        if _country_or_known(word.text, place, geonames):
            continue  # a country or a known city ("China") renders no other place ("شيان")
        if any(renders(text, word.text, strict=True) for text in arabic):
            return True
        if any(_renders(text, word.text) for text in arabic):
            if _zipf(word.text.lower()) < _GARBLE_ENGLISH or _known_place(word.text, geonames):
                return True
            word.accounted = word.named = False  # a loose look-alike English word: a garble
    if place.entry_ids:
        for _, _, run in _runs(words, target):
            if any(m.entry.id in place.entry_ids for m in gazetteer.known(run)):
                return True
    if place.geonameids and geonames is not None:
        for _, _, run in _runs(words, target):
            if any(p.geonameid in place.geonameids for p in geonames.exact(run)):
                return True
    return False


def _country_or_known(name: str, place: _Place, geonames: GeoNamesIndex | None) -> bool:
    if fold(name) in place.spellings:
        return False
    if known_place_by_english(name):
        return True
    return geonames is not None and any(p.kind == "country" for p in geonames.exact(name))


def _known_place(name: str, geonames: GeoNamesIndex | None) -> bool:
    return bool(known_place_by_english(name)) or bool(geonames and geonames.exact(name))


def _stand_in(
    place: _Place,
    source: str,
    target: str,
    words: list[_Word],
    source_words: list[tuple[str, int, int]],
    geonames: GeoNamesIndex | None,
) -> NameMismatch | None:
    """The target name that stands where the unwritten place should be, if any: a name that
    renders nothing in the source, another real place first, then a word that looks like the
    place's name (a garble), nearest in relative position."""
    where = place.start / max(1, len(source))
    arabic = [
        text for text, start, end in source_words if start >= place.start and end <= place.end
    ]
    others = [text for text, start, end in source_words if end <= place.start or start >= place.end]
    candidates: list[tuple[int, float, int, int, str, str]] = []
    for i, j, run in _runs(words, target):
        chosen = words[i:j]
        if any(word.named for word in chosen):
            continue
        # A word that only loosely renders an ordinary source word ("Queens" and الخامس) may
        # still be another real place, never a garble.
        loose = any(word.accounted for word in chosen)
        if loose and _other_place(run, place, geonames) is None:
            continue
        # A word shaped like the place's name and rendering no other source word is a garble
        # of it whatever the word: the likeness says the source word is that place.
        alike = (
            len(chosen) == 1
            and not loose
            and _zipf(run.lower()) < _VERY_COMMON_ENGLISH
            and _alike(place, arabic, run)
            and not any(renders(other, run, strict=True) for other in others)
            and not _known_place(run, geonames)
        )
        found = _other_place(run, place, geonames)
        if chosen[0].plain and not alike and (len(chosen) == 1 or found is None):
            continue  # an opening word: a garble of the place, or the first of a place's name
        if not alike and not place.sure and (found is None or found[1] not in place.countries):
            continue  # an Arabic word that may be no place: only a same-country place counts
        other = found[0] if found is not None else None
        if other is None and len(chosen) > 1:
            continue  # a garble is one word
        if (
            other is None
            and not alike
            and (
                chosen[0].opening
                or _zipf(run.lower()) >= _COMMON_ENGLISH
                or _known_place(run, geonames)  # a country or region, not a garble
            )
        ):
            continue
        distance = abs(chosen[0].start / max(1, len(target)) - where)
        rank = 0 if other is not None else 1 if alike else 2
        candidates.append((rank, distance, chosen[0].start, chosen[-1].end, run, other or ""))
    if not candidates:
        return None
    rank, _, start, end, run, other = min(candidates, key=lambda c: (c[0], c[1], -len(c[4])))
    shown = f"{place.text} ({place.name}{', ' + place.country if place.country else ''})"
    if rank == 0:
        message = f"the source names {shown}; the target says {run!r}, another place ({other})"
        return NameMismatch("place", (start, end), message, place.name)
    message = f"the source names {shown}; the target writes {run!r}, which is not that name"
    return NameMismatch("garble", (start, end), message, place.name)


def _alike(place: _Place, arabic: list[str], word: str) -> bool:
    """Whether ``word`` looks like the place's name: a loose rendering of its Arabic (for a
    word that is surely a place), or one of its English spellings with the same first letter
    and a consonant skeleton one class to a third of its classes off ("Boundaries" for Buenos
    Aires, "Astronomy" for Amsterdam; the same consonants are a respelling, "Elisabeth")."""
    if (
        place.sure
        and _zipf(word.lower()) < _COMMON_ENGLISH
        and any(_renders(text, word) for text in arabic)
    ):
        return True
    folded = fold(word)
    mine = latin_skeletons(word)
    for spelling in place.spellings:
        if not spelling or spelling[0] != folded[:1]:
            continue
        for theirs in latin_skeletons(spelling):
            if len(theirs) < (3 if place.sure else 4):
                continue  # a short name is like too many words
            if any(1 <= _edits(a, theirs) <= max(1, len(theirs) // 3) for a in mine):
                return True
    return False


def _other_place(run: str, place: _Place, geonames: GeoNamesIndex | None) -> tuple[str, str] | None:
    """("Mosul, IQ", "IQ") when ``run`` names a real place that is not ``place``."""
    if fold(run) in place.spellings or len(run) < 4:
        return None
    table = known_place_by_english(run)  # the common places: "London", "Nice" are places
    if table:
        return f"{table[0].name}, {table[0].country}", table[0].country
    if " " not in run and _zipf(run.lower()) >= _COMMON_ENGLISH:
        return None  # an ordinary word ("Reading"); a name of several words is a name
    if geonames is None:
        return None
    for found in geonames.exact(run):
        if found.geonameid in place.geonameids:
            return None
        if found.kind == "country" and found.country == place.country:
            return None  # "Morocco" for a Moroccan city: the country, not another place
        if found.kind == "country" or (
            found.kind == "place" and found.population >= _REAL_PLACE_POPULATION
        ):
            return f"{found.name}, {found.country}", found.country
    return None


def _renamed(
    source_words: list[tuple[str, int, int]],
    rendered_source: set[int],
    words: list[_Word],
    target: str,
) -> list[NameMismatch]:
    """A name of several words in the target, one rendering a source word and one rendering
    nothing, where the source word beside the rendered one is rendered by nothing."""
    findings: list[NameMismatch] = []
    for i, j, _ in _runs(words, target):
        if j - i < 2:
            continue
        chosen = words[i:j]
        anchors = [w for w in chosen if w.accounted and w.named]
        strangers = [w for w in chosen if not w.named]
        if len(anchors) != 1 or len(strangers) != 1:
            continue
        stranger = strangers[0]
        if not _person_like(stranger.text) or "-" in stranger.text:
            continue
        anchor = anchors[0]
        before = chosen.index(stranger) < chosen.index(anchor)
        # Every source word the anchor may render must have beside it a name the target
        # does not render (a loosely rendered anchor may point at the wrong source word).
        sides = []
        for index, (arabic, _, _) in enumerate(source_words):
            if index in rendered_source and _renders(arabic, anchor.text):
                sides.append((index, index - 1 if before else index + 1))
        if not sides:
            continue
        # A reading without the article wins over those with it ("Satoru" renders ساتورو, and
        # also الستار, "the curtain"; "Hamid" حامد and الحمد, "praise").
        named = [
            (index, beside)
            for index, beside in sides
            if not arabic_key(source_words[index][0]).startswith(_ARTICLES)
        ]
        sides = named or sides
        others = []
        for index, beside in sides:
            if not 0 <= beside < len(source_words) or beside in rendered_source:
                break
            other = source_words[beside][0]
            if not _name_like(other) or _resembles(other, stranger.text):
                break
            others.append((index, other))
        else:
            index, other = others[0]
            message = (
                f"the source writes {other} {source_words[index][0]}"
                if before
                else f"the source writes {source_words[index][0]} {other}"
            )
            message += f"; the target's {stranger.text!r} does not render {other}"
            findings.append(NameMismatch("person", (stranger.start, stranger.end), message))
    seen: set[tuple[int, int]] = set()
    unique = []
    for finding in findings:
        if finding.target_span not in seen:
            seen.add(finding.target_span)
            unique.append(finding)
    return unique


@lru_cache(maxsize=8192)
def rendered_names(source: str, target: str) -> frozenset[str]:
    """The source's name-like words (folded, without an attached particle) that a name of
    ``target`` (a capitalised word rare in English, or a given name) renders exactly: the names
    a document is known to write ("English" renders إنجليش, but is no name)."""
    words = [w for w in _target_words(target) if not w.plain and _person_like(w.text)]
    found: set[str] = set()
    for match in _ARABIC_WORD.finditer(source):
        keys = _lone_keys(match.group())
        if keys and any(
            _renders(match.group(), word.text) and renders(match.group(), word.text, strict=True)
            for word in words
        ):
            found |= keys
    return frozenset(found)


def renamed_alone(
    source: str,
    target: str,
    document_names: frozenset[str] | Callable[[], frozenset[str]],
    geonames: GeoNamesIndex | None,
) -> list[NameMismatch]:
    """A name of one word renamed ("Novak" where the source writes هوهني): the source has
    exactly one name-like word that nothing in the target renders, a name that the document
    renders in another sentence (``document_names``, from :func:`rendered_names`), and the
    target exactly one name that renders nothing in the source and is no real place, alone
    (not beside another name) and shaped unlike that word. ``document_names`` may be given as
    a function, called only when a sentence needs it."""
    words = [word for word in _target_words(target) if not word.plain]
    if not any(_person_like(word.text) for word in words):
        return []  # no name that could stand for another
    source_words = [(m.group(), m.start(), m.end()) for m in _ARABIC_WORD.finditer(source)]
    rendered_source: set[int] = set()
    for word in words:
        for index, (arabic, _, _) in enumerate(source_words):
            if _renders(arabic, word.text):
                word.accounted = True
                rendered_source.add(index)
    return _renamed_alone(source_words, rendered_source, words, target, geonames, document_names)


def _renamed_alone(
    source_words: list[tuple[str, int, int]],
    rendered_source: set[int],
    words: list[_Word],
    target: str,
    geonames: GeoNamesIndex | None,
    document_names: frozenset[str] | Callable[[], frozenset[str]],
) -> list[NameMismatch]:
    strangers = []
    for k, word in enumerate(words):
        if word.accounted or "-" in word.text or not _person_like(word.text):
            continue
        if any(c.isupper() for c in word.text[1:]):
            continue  # "LiverpoolFC", "MeToo": a handle or brand
        near = [
            other
            for other in words[max(0, k - 1) : k + 2]
            if other is not word
            and re.fullmatch(
                r"[ -]", target[min(word.end, other.end) : max(word.start, other.start)]
            )
        ]
        if near or _real_place(word.text, geonames):
            continue
        strangers.append(word)
    if len(strangers) != 1:
        return []
    names = [
        arabic
        for index, (arabic, _, _) in enumerate(source_words)
        if index not in rendered_source and _lone_name(arabic)
    ]
    if len(names) != 1:
        return []
    if callable(document_names):
        document_names = document_names()
    if not _lone_keys(names[0]) & document_names:
        return []
    stranger = strangers[0]
    if len(names) != 1 or _resembles(names[0], stranger.text):
        return []
    message = f"the source writes {names[0]}; the target's {stranger.text!r} does not render it"
    return [NameMismatch("person", (stranger.start, stranger.end), message)]


def _real_place(name: str, geonames: GeoNamesIndex | None) -> bool:
    """A country, region or town of :data:`_REAL_PLACE_POPULATION` people ("Castillo" names
    villages only)."""
    if known_place_by_english(name):
        return True
    return geonames is not None and any(
        p.kind != "place" or p.population >= _REAL_PLACE_POPULATION for p in geonames.exact(name)
    )


def _lone_name(arabic: str) -> bool:
    """A source word that may be a name standing alone: rare in Arabic with and without one
    attached particle ("لمارتيلي", of Martelly), four letters or more."""
    return bool(_lone_keys(arabic))


@lru_cache(maxsize=65536)
def _lone_keys(arabic: str) -> frozenset[str]:
    """The folded forms of a name-like word, with and without one attached particle (empty
    for a word that is no such name)."""
    key = arabic_key(arabic)
    forms = [arabic] + [arabic[1:] for p in "وبلفك" if key.startswith(p) and len(key) > 5]
    if any(_zipf(form, "ar") >= _RARE_NAME for form in forms):
        return frozenset()
    return frozenset(
        arabic_key(form) for form in forms if len(arabic_key(form)) >= 4 and _name_like(form)
    )


def _person_like(word: str) -> bool:
    """A target word that may be a person's name: rare in English or a listed given name."""
    if not latin_skeletons(word):
        return False
    return _zipf(word.lower()) < _NAME_ENGLISH or word in given_names()


def _resembles(arabic: str, latin: str) -> bool:
    """Looser than :func:`renders`: skeletons a third of their classes apart (a spelling the
    letter table misses, "Versace" for فرساتشي), or the same first class and skeletons half
    their classes apart ("Kovacic" for كوفاتشيتش)."""
    for a in arabic_word_skeletons(arabic):
        for t in latin_skeletons(latin):
            longest = max(len(a), len(t))
            if longest >= 3 and _edits(a, t) <= max(1, longest // 3):
                return True
            if a[:1] == t[:1] and _edits(a, t) <= max(2, longest // 2):
                return True
    return False


def _edits(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def _name_like(arabic: str) -> bool:
    """An Arabic word that may be (part of) a name: not an ordinary word, at least three
    letters, no article or attached particle, no pronoun or feminine ending."""
    if _unmarked(arabic) != arabic:
        return False  # tanween and other marks: an ordinary word ("نقلًا")
    key = arabic_key(arabic)
    if not 3 <= len(key) <= 9 or not arabic_word_skeletons(arabic):
        return False  # a word of ten letters or more is mostly words run together
    if key.startswith(("ال", "وال", "بال", "لل", "و")) or key.endswith(_NOT_NAME_ENDINGS):
        return False
    # The word as written: the folded key ("رييس") is no word of the frequency list.
    return max(_zipf(arabic, "ar"), _zipf(key, "ar")) < _COMMON_ARABIC
