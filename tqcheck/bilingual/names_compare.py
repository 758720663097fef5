"""Names of an Arabic source sentence against the English sentences aligned with it.

A place the source names (the curated gazetteer's Arabic spellings, the common-places table
``tqcheck/data/arabic_places.tsv``, GeoNames' Arabic alternate names of places of 50,000
people or more, countries and subdivisions) must be *written* in the target: one of its
recorded spellings or accepted variants ("Kiev" and "Kyiv", "Sana'a" and "Sanaa"), a word
derived from it ("Canadian"), or a rendering of the Arabic letters. When it is not, and the
target has a name that renders nothing in the source, that name stands where the place should
be: another real place ("Mosul" where the source says البصرة) or a garble.

A rendering of the Arabic letters that is an English word spelling none of the place's
recorded names (every Latin name GeoNames has for it) is no writing of the place but a
look-alike garble ("Press" for باريس, "Geez" for الجيزة). An English word where English
writes a place ("in X", "X, Country") that opens like the place's name also stands in for it;
so does a look-alike when the source names the place twice and the target writes it once.

People's names are compared in :mod:`tqcheck.bilingual.person_names`.

Whether a target word renders a source word is read by consonant skeletons
(:mod:`tqcheck.arabic.names`); the test is tolerant, so that a name is reported only when
nothing in the source can account for it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from rapidfuzz.distance import Indel

from tqcheck.arabic.names import (
    KnownPlace,
    arabic_word_skeletons,
    bare_forms,
    known_place_by_english,
    known_places,
    latin_skeletons,
    renders,
)
from tqcheck.bilingual.name_words import (
    ARABIC_WORD,
    LATIN_CAPITAL,
    MAX_RUN,
    NameMismatch,
    Word,
    cached_renders,
    capitalised_runs,
    target_words,
    unmarked,
    zipf,
)
from tqcheck.bilingual.person_names import edits, name_like, recorded_name, renamed
from tqcheck.gazetteer.keys import arabic_key, fold, translit_key

if TYPE_CHECKING:
    from tqcheck.bilingual.source_names import SourceName
    from tqcheck.gazetteer.geonames import GeoNamesIndex
    from tqcheck.gazetteer.index import Gazetteer

# English frequency (Zipf) from which a capitalised word is taken as an ordinary word.
_COMMON_ENGLISH = 4.3
_VERY_COMMON_ENGLISH = 5.5
# A target word that renders a place's Arabic only loosely (one consonant class off) and is an
# English word of this frequency is a garble ("Bassoon" for البصرة), not a transliteration.
_GARBLE_ENGLISH = 2.0
# A target word rendering the place's Arabic is an English word standing for it (a garble) from
# this frequency, unless it is this close to one of the place's spellings (Indel similarity of
# the transliteration keys: "Elisabeth" and Elizabeth 0.89, "Press" and Paris 0.67).
_LOOK_ALIKE_ENGLISH = 3.0
_RESPELLING = 0.85
# A word no gazetteer records this close to one of the place's spellings is a transliteration
# garble of it (Indel similarity of the transliteration keys: "Tukyo" and Tokyo 0.8).
_NEAR_SPELLING = 0.65
_VOWELS = frozenset("aeiouy")
# A place name this frequent in English (Zipf) is established: written one way.
_ESTABLISHED_NAME = 3.0
# The share of the source sentence within which a place counts as named at its opening.
_OPENING_SHARE = 0.34
# Where English copy writes a place name: after these words, or before ", Country".
_SLOT_BEFORE = re.compile(r"\b(?:in|at|near|from|to|of|into|outside)\s+(?:the\s+)?$")
_SLOT_AFTER = re.compile(r",\s+" + LATIN_CAPITAL)
# A capitalised word (run) right after a word, or one right before it.
_CAPITALISED_WORD = LATIN_CAPITAL + r"[^\W\d_]*(?:['’-][^\W\d_]+)*"
_FOLLOWING = re.compile(r"\s(" + _CAPITALISED_WORD + r"(?: " + _CAPITALISED_WORD + r"){0,2})")
_PRECEDING = re.compile(r"(" + _CAPITALISED_WORD + r")\s$")
_OPENING_BEFORE = re.compile(r"(?:^|[.!?:;\"“‘(\[]|\s[-–—])\s*$")
# An Arabic adjective ending (nisba) and the English adjective endings that render it.
_NISBA = ("ي", "ية", "يه")
_ADJECTIVE_ENDINGS = ("ian", "ish", "ese", "ean", "an", "ic", "i")
# A place of GeoNames this big (or a country or subdivision) is "another real place".
_REAL_PLACE_POPULATION = 15_000
# A GeoNames place named by an Arabic word of this frequency or more is taken for an ordinary
# word.
_RARE_ARABIC = 3.0
# A GeoNames place this large, named by a word under this frequency, is a place when another
# place of its country stands in for it in the target ("أمستردام" and "Rotterdam").
_LARGE_POPULATION = 100_000
_COMMON_ARABIC_PLACE = 4.8
# A GeoNames name that is a dual or plural ending on an Arabic word this common is an
# ordinary word first ("جيلين": جيل, generation).
_DUAL_STEM = 4.0


_RAW_PROCLITICS = ("وال", "بال", "فال", "ال", "لل", "و", "ب", "ك", "ل", "ف")


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
    kind: str = "place"  # the gazetteer entry's kind: place, country, subdivision, person
    # Where target words that sound like the place but are English words begin.
    look_alikes: set[int] = field(default_factory=set)
    # Runs of target words (start, end) that garble every word of a name of several words.
    garbled_runs: set[tuple[int, int]] = field(default_factory=set)
    # Where target words that respell the place's settled English name begin ("Peris"): a
    # garble, though GeoNames knows some place so named.
    slips: set[int] = field(default_factory=set)


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
    every = target_words(target)
    openers = [word for word in every if word.plain]
    words = [word for word in every if not word.plain]
    if not words and not openers:
        return []
    source_words = [(m.group(), m.start(), m.end()) for m in ARABIC_WORD.finditer(source)]
    places = _places(source, names, geonames)
    rendered_source: set[int] = set()
    rendering: list[list[tuple[int, bool]]] = []
    for word in words:
        found: list[tuple[int, bool]] = []
        if latin_skeletons(word.text):
            for index, (arabic, _, _) in enumerate(source_words):
                if cached_renders(arabic, word.text):
                    found.append((index, renders(arabic, word.text, strict=True)))
        rendering.append(found)
    # A source word another target word renders exactly is that word's: a loose rendering of
    # it accounts for nothing ("Rosario" and كيرشنر, written "Kirchner" beside it).
    exact = Counter(index for found in rendering for index, strict in found if strict)
    _unshare(words, rendering, exact, source_words, places, geonames)
    for word, found in zip(words, rendering, strict=True):
        for index, strict in found:
            if not strict and exact[index]:
                continue
            word.accounted = True
            rendered_source.add(index)
            if not word.named:
                word.named = strict or name_like(source_words[index][0])
    for word, found in zip(words, rendering, strict=True):
        if word.named and _place_for_a_word(word.text, found, source_words, places, geonames):
            word.named = False
    findings: list[NameMismatch] = []
    mentions = Counter(place.name for place in places)
    adjectives = _adjective_mentions(places, source_words)
    recounted: set[str] = set()
    for place in places:
        if not _written(place, words + openers, source_words, gazetteer, geonames):
            finding = _stand_in(place, source, target, every, source_words, geonames)
            if finding is None:
                finding = _beside_anchor(place, source, target, every, source_words, geonames)
            if finding is None:
                finding = _written_again(
                    place, len(source), places, mentions, adjectives, every, target
                )
        elif mentions[place.name] + adjectives[place.name] > 1 and place.name not in recounted:
            # Named twice in the source, written once: the other mention may have been
            # garbled ("Broken, Germany ... Berlin is" for برلين twice); only a look-alike
            # word stands in then (the other mention is often "it" or "the city", and another
            # place of the sentence is then no evidence). An adjective of the place
            # ("السنغافوري", Singapore's) is no "it": another place may stand in for it.
            recounted.add(place.name)
            written = _times_written(place, every, target)
            if written >= mentions[place.name] + adjectives[place.name]:
                continue
            strong = written < mentions[place.name]
            _mark_look_alikes(place, every, source_words, geonames)
            finding = _stand_in(place, source, target, every, source_words, geonames, strong)
        else:
            continue
        if finding is not None:
            findings.append(finding)
    findings.extend(renamed(source_words, rendered_source, words, target))
    return findings


def _place_for_a_word(
    text: str,
    found: list[tuple[int, bool]],
    source_words: list[tuple[str, int, int]],
    places: list[_Place],
    geonames: GeoNamesIndex | None,
) -> bool:
    """Whether the target word ``text`` is a sizeable real place other than the source's that
    renders only ordinary source words, words with the article that are no place's and may be
    no name ("Cairo" and الحجرية, stone, in "the pyramids of Cairo" for الجيزة): it names no
    source word, so it may stand for an unwritten place."""
    if not found or not places:
        return False
    for index, _ in found:
        arabic, start, end = source_words[index]
        # An ordinary word carries the article; a word without it may be a name's ("Vann" and
        # فان, "Palu" and بالو).
        if not arabic.startswith("ال") or name_like(arabic) or _table_places(arabic):
            return False
        if any(place.start < end and start < place.end for place in places):
            return False
    folded = fold(text)
    if any(folded in place.spellings for place in places):
        return False
    return _sizeable_place(text, geonames)


def _unshare(
    words: list[Word],
    rendering: list[list[tuple[int, bool]]],
    exact: Counter[int],
    source_words: list[tuple[str, int, int]],
    places: list[_Place],
    geonames: GeoNamesIndex | None,
) -> None:
    """A source word, no place, that more target words render exactly than the source writes
    it is rendered by those that are no real place: a real place among them renders nothing
    ("Addenbrooke's Hospital in Edinburgh" for مستشفى أدنبروك في كامبريدج: Edinburgh also
    spells أدنبروك)."""
    written = Counter(text for text, _, _ in source_words)
    crowded = {
        index
        for index, count in exact.items()
        if count > written[source_words[index][0]]
        and not any(
            p.start < source_words[index][2] and source_words[index][1] < p.end for p in places
        )
    }
    if not crowded:
        return
    for index in crowded:
        sharing = [
            k for k, found in enumerate(rendering) if any(i == index and f for i, f in found)
        ]
        real = [k for k in sharing if _sizeable_place(words[k].text, geonames)]
        if not real or len(real) == len(sharing):
            continue
        for k in real:
            rendering[k] = [(i, f) for i, f in rendering[k] if i != index]
            exact[index] -= 1


def _places(source: str, names: list[SourceName], geonames: GeoNamesIndex | None) -> list[_Place]:
    """The places the source names: the common-places table first (longest run), then the
    gazetteer names not inside one of those."""
    found: list[_Place] = []
    words = list(ARABIC_WORD.finditer(source))
    i = 0
    firsts = _table_prefixes()
    while i < len(words):
        if not any(form in firsts for form in bare_forms(words[i].group(), False)):
            i += 1
            continue
        for size in range(min(MAX_RUN, len(words) - i), 0, -1):
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
                entries[0].kind,
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
    first, rest = unmarked(first), unmarked(rest)  # "تامًا" is "تاما" (completely)
    forms = [first] + [first[len(p) :] for p in _RAW_PROCLITICS if first.startswith(p)]
    if not rest and any(
        first.endswith(ending) and len(first) >= 5 and zipf(first[:-2], "ar") >= _DUAL_STEM
        for ending in ("ين", "ان")
    ):
        return False  # a dual or plural of a common word ("جيلين", two generations: Jilin)
    return all(zipf(f"{form} {rest}".strip(), "ar") < _RARE_ARABIC for form in forms)


def _large_place(name: SourceName, geonames: GeoNamesIndex | None) -> bool:
    """A GeoNames place of :data:`_LARGE_POPULATION` people or more, named by a word not among
    the commonest of Arabic."""
    entry = name.entries[0]
    if geonames is None or entry.kind != "place" or not entry.geonameid:
        return False
    if zipf(unmarked(name.text), "ar") >= _COMMON_ARABIC_PLACE:
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
    first = places[0]
    return _Place(
        start, end, text, first.name, first.country, spellings, set(), set(), kind=first.kind
    )


def _written(
    place: _Place,
    words: list[Word],
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
        if any(_derived(word, spelling) for word in folded_words) or spelling in fold(target):
            return True
    if _garbled_runs(place, words, source_words, geonames):
        return False
    arabic = [
        text for text, start, end in source_words if start >= place.start and end <= place.end
    ]
    for word in words:
        if _country_or_known(word.text, place, geonames):
            continue  # a country or a known city ("China") renders no other place ("شيان")
        strict = any(renders(text, word.text, strict=True) for text in arabic)
        if not strict and not any(cached_renders(text, word.text) for text in arabic):
            continue
        if _settled_slip(word.text, place, geonames) and not _beside_name(
            place, source_words, words, geonames
        ):
            place.slips.add(word.start)
        if word.start in place.slips or (
            not _common_opener(word, place, source_words)
            and _look_alike(word.text, place, arabic, source_words, geonames)
        ):
            # An English word that sounds like the place but spells none of its names
            # ("Press" for باريس, "Geez" for الجيزة): a garble, not a rendering.
            place.look_alikes.add(word.start)
            word.accounted = word.named = False
            continue
        if _unrecorded(word.text, place, arabic, source_words, geonames) and not _beside_name(
            place, source_words, words, geonames
        ):
            # A spelling of the place no gazetteer records, near a recorded one ("Amzterdam",
            # "Tukyo"): a transliteration garble; the recorded name is the suggestion.
            place.look_alikes.add(word.start)
            word.accounted = word.named = False
            continue
        if strict:
            return True
        if any(
            renders(other, word.text, strict=True)
            for other, start, end in source_words
            if end <= place.start or start >= place.end
        ):
            continue  # a name of another source word ("Dyteon" is دايتون, not باتون)
        if zipf(word.text.lower()) < _GARBLE_ENGLISH or _known_place(word.text, geonames):
            return True
        word.accounted = word.named = False  # a loose look-alike English word: a garble
    if place.entry_ids:
        for _, _, run in capitalised_runs(words, target):
            if any(m.entry.id in place.entry_ids for m in gazetteer.known(run)):
                return True
    if place.geonameids and geonames is not None:
        for _, _, run in capitalised_runs(words, target):
            if any(p.geonameid in place.geonameids for p in geonames.exact(run)):
                return True
    return False


def _garbled_runs(
    place: _Place,
    words: list[Word],
    source_words: list[tuple[str, int, int]],
    geonames: GeoNamesIndex | None,
) -> bool:
    """Record the runs of target words that garble every word of a place's name of several
    words (:func:`_garbled_run`: "Bones Ayers", "Puenos Airez" for بوينس آيرس); their words
    then render nothing."""
    parts = place.name.split()
    if place.kind == "person" or not 2 <= len(parts) <= MAX_RUN:
        return False
    for i in range(len(words) - len(parts) + 1):
        chosen = words[i : i + len(parts)]
        if any(b.start - a.end != 1 for a, b in itertools.pairwise(chosen)):
            continue  # one space between the words
        # A large place whose Arabic name is also a frequent word (كوالالمبور) is surely named
        # when the target keeps a word of its English name ("Koala Lumpur").
        run = [word.text for word in chosen]
        if _garbled_run(place, run, source_words, geonames, kept_only=not place.sure):
            place.garbled_runs.add((chosen[0].start, chosen[-1].end))
            for word in chosen:
                word.accounted = word.named = False
    return bool(place.garbled_runs)


def _garbled_run(
    place: _Place,
    run: list[str],
    source_words: list[tuple[str, int, int]],
    geonames: GeoNamesIndex | None,
    kept_only: bool = False,
) -> bool:
    """Whether the words ``run`` stand for the place's name of as many words, each word
    changed: each opens as the name's word does (a consonant of one class: "Puenos" and
    Buenos), none is part of a recorded spelling of the place, the run is no place of its
    own, renders no name outside the place, and is an English word ("Lose Angels", "Hung
    Kang") or near one of the place's spellings (Indel similarity :data:`_NEAR_SPELLING`:
    "Puenos Airez" and Buenos Aires). A run keeping some words of the name is a garble when
    each changed word is an English word near the name's (:func:`_english_slip`: "Sun
    Francisco", "Buenos Aries"); with ``kept_only``, only such a run counts."""
    parts = place.name.split()
    if not all(_opens_alike(word, part) for word, part in zip(run, parts, strict=True)):
        return False
    spellings = _place_spellings(place, geonames)
    folded = [fold(word) for word in run]
    kept = [any(word in spelling for spelling in spellings) for word in folded]
    text = " ".join(run)
    if all(kept) or (_known_place(text, geonames) and not _alternate_of(text, place, geonames)):
        return False
    if any(kept):
        # A word kept ("Deir Ezzor", "Sharm al-Sheikh"): another romanisation, unless every
        # other word is an English word near the name's word ("Sun Francisco", "Buenos
        # Aries").
        changed = [
            (word, part) for word, part, same in zip(run, parts, kept, strict=True) if not same
        ]
        return all(
            _english_slip(word, part, geonames) or _established_slip(word, part, place)
            for word, part in changed
        ) and not any(
            renders(other, word, strict=True)
            for other in _other_names(place, source_words)
            for word, _ in changed
        )
    if kept_only:
        return False
    # A word spelling another source name is that name's ("Airez" may spell للرئاسة, the
    # presidency, which is no name).
    if any(
        renders(other, word, strict=True)
        for other in _other_names(place, source_words)
        for word in run
    ):
        return False
    if any(zipf(word.lower()) >= _LOOK_ALIKE_ENGLISH for word in run):
        return True
    joined = "".join(folded)
    return any(Indel.normalized_similarity(joined, s) >= _NEAR_SPELLING for s in spellings)


def _other_names(place: _Place, source_words: list[tuple[str, int, int]]) -> list[str]:
    """The source's words outside the place that may be names (:func:`name_like`)."""
    return [
        t
        for t, start, end in source_words
        if (end <= place.start or start >= place.end) and name_like(t)
    ]


def _english_slip(word: str, part: str, geonames: GeoNamesIndex | None) -> bool:
    """Whether ``word``, standing for the word ``part`` of a place's name, is an English word
    (Zipf :data:`_LOOK_ALIKE_ENGLISH`) near it (Indel similarity :data:`_NEAR_SPELLING`: "Sun"
    and San, "Aries" and Aires) and no sizeable place of its own."""
    return (
        zipf(word.lower()) >= _LOOK_ALIKE_ENGLISH
        and Indel.normalized_similarity(fold(word), fold(part)) >= _NEAR_SPELLING
        and not _sizeable_place(word, geonames)
    )


def _alternate_of(text: str, place: _Place, geonames: GeoNamesIndex | None) -> bool:
    """Whether GeoNames records ``text`` only as another name of places named as the source's
    place is ("San Fransisko", an alternate name of San Francisco): no other place."""
    if geonames is None or known_place_by_english(text):
        return False
    found = geonames.exact(text)
    return bool(found) and all(p.name == place.name for p in found)


def _established_slip(word: str, part: str, place: _Place) -> bool:
    """Whether ``word``, no English word, is a respelling of the word ``part`` of a place name
    English has settled (Zipf :data:`_ESTABLISHED_NAME` or more for the whole name: "San
    Fransisko" for San Francisco; "Deir Ezzor" stays a romanisation of Deir ez-Zor) near it
    (Indel similarity :data:`_NEAR_SPELLING`)."""
    return (
        zipf(word.lower()) < _LOOK_ALIKE_ENGLISH
        and zipf(place.name.lower()) >= _ESTABLISHED_NAME
        and Indel.normalized_similarity(fold(word), fold(part)) >= _NEAR_SPELLING
    )


def _opens_alike(word: str, name: str) -> bool:
    """Whether two Latin words open with the same letter or with consonants of one class
    ("Puenos" and Buenos); a vowel opens alike any vowel ("Above" and Abu)."""
    first, other = fold(word)[:1], fold(name)[:1]
    if not first or not other:
        return False
    if first == other or (first in _VOWELS and other in _VOWELS):
        return True
    if first in _VOWELS or other in _VOWELS:
        return False
    return bool(
        {skeleton[:1] for skeleton in latin_skeletons(first)}
        & {skeleton[:1] for skeleton in latin_skeletons(other)}
    )


def _derived(word: str, spelling: str) -> bool:
    """Whether the folded ``word`` is the folded ``spelling`` or a word derived from it: its
    letters but the last, and more ("Iraqi", "Canadian", "Ottawa's"); a word of the same
    length with another last letter is a respelling ("Ottawe"), read as one."""
    stem = spelling[: max(4, len(spelling) - 1)]
    if not word.startswith(stem):
        return False
    return word == spelling or len(word) != len(spelling) or len(stem) == len(spelling)


def _adjective_mentions(
    places: list[_Place], source_words: list[tuple[str, int, int]]
) -> Counter[str]:
    """How many source words outside the places are adjectives (nisba) of a place named by one
    word: "السنغافوري" (Singaporean, Singapore's) of سنغافورة, "الكندية" of كندا."""
    found: Counter[str] = Counter()
    stems: dict[str, str] = {}
    for place in places:
        if place.kind == "person" or " " in place.text.strip():
            continue
        for form in bare_forms(place.text, endings=False):
            for stem in (form, form.removesuffix("ا"), form.removesuffix("ه"), form[:-2]):
                if len(stem) >= 3 and (stem == form or form[len(stem) :] in ("ا", "ه", "يا")):
                    stems.setdefault(stem, place.name)
    if not stems:
        return found
    for text, start, end in source_words:
        if any(p.start < end and start < p.end for p in places):
            continue
        plain = set(bare_forms(text, endings=False))
        for form in bare_forms(text):
            if form not in plain and form in stems:
                found[stems[form]] += 1
                break
    return found


def _written_again(
    place: _Place,
    source_length: int,
    places: list[_Place],
    mentions: Counter[str],
    adjectives: Counter[str],
    words: list[Word],
    target: str,
) -> NameMismatch | None:
    """Another place the source names, written in the target more often than the source names
    it, where the target does not write ``place``: the extra one stands in for it ("in Buenos
    Aires, 50 km from Buenos Aires" for لا بلاتا ... بوينس آيرس)."""
    if not place.sure or place.kind == "person":
        return None
    where = place.start / max(1, source_length)
    best: tuple[float, int, int, str, str] | None = None
    for other in places:
        if other.name == place.name or other.kind == "person":
            continue
        spots = _written_spots(other, words)
        if len(spots) <= mentions[other.name] + adjectives[other.name]:
            continue
        for start, end in spots:
            distance = abs(start / max(1, len(target)) - where)
            label = f"{other.name}, {other.country}" if other.country else other.name
            if best is None or distance < best[0]:
                best = (distance, start, end, target[start:end], label)
    if best is None:
        return None
    _, start, end, run, label = best
    return _mismatch(place, start, end, run, label)


def _written_spots(place: _Place, words: list[Word]) -> list[tuple[int, int]]:
    """Where the target writes one of the place's spellings (a word or a run of words)."""
    found: dict[int, int] = {}
    folded = [fold(word.text) for word in words]
    for i, word in enumerate(words):
        for size in range(1, min(MAX_RUN, len(words) - i) + 1):
            joined = "".join(folded[i : i + size])
            if any(
                joined == spelling or (size == 1 and _derived(joined, spelling))
                for spelling in place.spellings
                if spelling
            ):
                found[word.start] = words[i + size - 1].end
                break
    return sorted(found.items())


def _times_written(place: _Place, words: list[Word], target: str) -> int:
    """How many times the target writes one of the place's spellings or an English adjective
    of it ("Turkish" for تركية and تركيا)."""
    folded = [fold(word.text) for word in words]
    joined = fold(target)
    found = 0
    for spelling in place.spellings:
        if spelling:
            stem = spelling[: max(4, len(spelling) - 1)]
            written = sum(w.startswith(stem) or _adjective_of(w, spelling) for w in folded)
            found = max(found, written, joined.count(spelling))
    return found


def _adjective_of(word: str, spelling: str) -> bool:
    """Whether the folded ``word`` is an English adjective of the folded place name
    ``spelling``: an adjective ending after an opening of the name, half of it or more
    ("turkish" and turkey, "lebanese" and lebanon; "singapuri" is a respelling)."""
    if word == spelling:
        return False
    for ending in _ADJECTIVE_ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= max(3, len(spelling) // 2) and spelling.startswith(stem):
            return True
    return False


def _mark_look_alikes(
    place: _Place,
    words: list[Word],
    source_words: list[tuple[str, int, int]],
    geonames: GeoNamesIndex | None,
) -> None:
    """Record the target words that are look-alikes of the place (:func:`_look_alike`) or
    spellings of it no gazetteer records (:func:`_unrecorded`: "Singapuri's" for السنغافوري
    beside "Singapore")."""
    arabic = [
        text for text, start, end in source_words if start >= place.start and end <= place.end
    ]
    for word in words:
        if _country_or_known(word.text, place, geonames):
            continue
        if any(_adjective_of(fold(word.text), spelling) for spelling in place.spellings):
            continue  # "Turkish" for تركية beside تركيا
        if not any(cached_renders(text, word.text) for text in arabic):
            continue
        if _look_alike(word.text, place, arabic, source_words, geonames) or (
            _unrecorded(word.text, place, arabic, source_words, geonames)
            and not _beside_name(place, source_words, words, geonames)
        ):
            place.look_alikes.add(word.start)
            word.accounted = word.named = False


def _look_alike(
    word: str,
    place: _Place,
    arabic: list[str],
    source_words: list[tuple[str, int, int]],
    geonames: GeoNamesIndex | None,
) -> bool:
    """Whether ``word``, which renders the place's Arabic letters (``arabic``), is an English
    word standing for it rather than a spelling of it: an English word (Zipf
    :data:`_LOOK_ALIKE_ENGLISH` or more), no sizeable place of its own ("Kowloon" for كولون is
    another place), no part or near spelling of any name the place is recorded under
    ("Elisabeth", "Brighten" are respellings; "Press" is not Paris). The reading must hold
    together: the place's own name renders the Arabic (GeoNames' Arabic names include stray
    ones, كوستر for Worcester), the word renders all of a name of several words ("Lee" is
    one of فو لي), no other source word, and is no adjective of a nisba ("Canadian" and
    كندي, Kandy)."""
    if place.kind == "person" or not arabic:
        return False
    if zipf(word.lower()) < _LOOK_ALIKE_ENGLISH or _sizeable_place(word, geonames):
        return False
    # The place's name renders the Arabic, and the word keeps the consonants of that name (one
    # class apart at most): "Paolo" renders باولو, but Oulu reads it as "in Oulu".
    # A word of a name of several words that renders no word of its English name is
    # translated, not spelled ("North" for الشمالية of كارولينا الشمالية): the word renders the
    # rest, and the parts of the English name count.
    parts = place.name.split()
    spelled = [text for text in arabic if any(renders(text, part) for part in parts)] or arabic
    whole = "".join(spelled)
    options = {place.name, *place.spellings}
    if len(spelled) < len(arabic):
        options.update(parts)
    names = [name for name in options if renders(whole, name)]
    if not renders(whole, word) or not any(_same_consonants(word, name) for name in names):
        return False
    if _renders_another_word(word, place, arabic, source_words):
        return False
    if arabic[-1].endswith(_NISBA) and word.lower().endswith(_ADJECTIVE_ENDINGS):
        return False
    folded = fold(word)
    key = translit_key(word)
    # A near respelling of a recorded name is one only when it keeps the long vowels the
    # Arabic writes ("Elisabeth"; "Carolyn" drops the final ا of كارولينا, "Taller" the ي of
    # تايلر, though Tajler is on record).
    keeps = any(_keeps_vowels(text, word) for text in arabic)
    spellings = _place_spellings(place, geonames)
    if keeps and _vowel_slip(folded, spellings):
        keeps = False  # "Tunes" for Tunis: an established name is not respelled
    return not any(
        folded in spelling
        or (keeps and Indel.normalized_similarity(key, translit_key(spelling)) >= _RESPELLING)
        for spelling in spellings
    )


@cache
def _vowel_spellings() -> dict[str, tuple[str, ...]]:
    """Arabic vowel letter, hamza or h (or two letters written for one sound) -> how English
    copy spells it (``arabic_vowel_spellings.tsv``)."""
    table: dict[str, tuple[str, ...]] = {}
    text = resources.files("tqcheck.data").joinpath("arabic_vowel_spellings.tsv")
    for line in text.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            letters, spellings = line.split("\t")
            parts = (part.strip() for part in spellings.split(","))
            table[letters] = tuple("" if part == "-" else re.escape(part) for part in parts)
    return table


_SHORT_VOWELS = "[aeiouy'-]*"
# A consonant letter: any Latin consonants (the consonant skeletons are compared elsewhere;
# "x" writes two Arabic letters, "ng" one).
_CONSONANTS = "[b-df-hj-np-tv-z]*"


@lru_cache(maxsize=8192)
def _spelling_pattern(arabic: str) -> re.Pattern[str]:
    """A pattern of the Latin spellings that keep the long vowels, hamzas and ة of ``arabic``
    where it writes them (short vowels may stand anywhere, consonants are any)."""
    table = _vowel_spellings()
    parts: list[str] = []
    i = 0
    while i < len(arabic):
        pair = table.get(arabic[i : i + 2]) if i + 1 < len(arabic) else None
        one = table.get(arabic[i])
        if one is None:
            parts.append(_CONSONANTS)
            i += 1
        elif pair is not None:
            # Two letters written for one sound ("اي" as "i" in "Biden"), or each as itself.
            second = "|".join(table[arabic[i + 1]])
            single = "(?:" + "|".join(one) + ")" + _SHORT_VOWELS + f"(?:{second})"
            parts.append("(?:" + "|".join([*pair, single]) + ")")
            i += 2
        else:
            parts.append("(?:" + "|".join(one) + ")")
            i += 1
    return re.compile(_SHORT_VOWELS + _SHORT_VOWELS.join(parts) + _SHORT_VOWELS + "h?")


@lru_cache(maxsize=65536)
def _keeps_vowels(arabic: str, latin: str) -> bool:
    """Whether ``latin`` spells every letter the Arabic word writes, its long vowels (ا، و،
    ي) and final ة included: "Tyler" and "Taylor" keep تايلر, "Biden" keeps بايدن; "Taller"
    drops its ي, "Carolyn" the final ا of كارولينا. The article and attached particles may be
    dropped on either side ("al-")."""
    word = unmarked(arabic)
    forms = [word] + [word[len(p) :] for p in _RAW_PROCLITICS if word.startswith(p)]
    folded = fold(latin)
    latins = [folded] + [folded[2:] for p in ("al", "el") if folded.startswith(p)]
    for form in forms:
        if len(form) < 2:
            continue
        pattern = _spelling_pattern(form)
        if any(pattern.fullmatch(text) for text in latins):
            return True
    return False


def _renders_another_word(
    word: str, place: _Place, arabic: list[str], source_words: list[tuple[str, int, int]]
) -> bool:
    """Whether ``word`` renders exactly a source word outside the place's own Arabic (then it
    is that word's rendering, not a garble of the place)."""
    return any(
        renders(other, word, strict=True)
        for other, start, end in source_words
        if (end <= place.start or start >= place.end) and other not in arabic
    )


def _unrecorded(
    word: str,
    place: _Place,
    arabic: list[str],
    source_words: list[tuple[str, int, int]],
    geonames: GeoNamesIndex | None,
) -> bool:
    """Whether ``word``, which renders the place's Arabic, is a transliteration no gazetteer
    accepts: the place surely named, the word no English word, no name GeoNames records
    (for any place), no part of one of the place's spellings, no rendering of another source
    word, and near one of the place's spellings without being one of its romanisations
    (Indel similarity of the folded spellings or of their transliteration keys
    :data:`_NEAR_SPELLING` or more: "Amzterdam" and Amsterdam; "Dzhebrail" and Jebrail have
    one key)."""
    if not place.sure or place.kind == "person" or len(word) < 4:
        return False
    if zipf(word.lower()) >= _LOOK_ALIKE_ENGLISH:
        return False
    known = _known_place(word, geonames)
    if known and _sizeable_place(word, geonames):
        return False  # the common case, a right spelling ("Berlin"), ends here
    folded = fold(word)
    spellings = _place_spellings(place, geonames) | {fold(part) for part in place.name.split()}
    if any(folded in spelling for spelling in spellings):
        return False
    # A vowel changed in an established English name ("Berlen", "Dubei") is a slip, though
    # a hamlet somewhere bears that name; another romanisation is for names English has not
    # settled.
    if known and not _vowel_slip(folded, spellings):
        return False
    if _renders_another_word(word, place, arabic, source_words):
        return False
    key = translit_key(word)
    if any(
        key == translit_key(spelling) and not _one_letter_off(folded, spelling)
        for spelling in spellings
    ):
        return False  # a romanisation of a recorded name ("Dzhebrail" for Jebrail)
    nearest = max(
        (
            max(
                Indel.normalized_similarity(key, translit_key(spelling)),
                Indel.normalized_similarity(folded, spelling),
            )
            for spelling in spellings
        ),
        default=0.0,
    )
    return nearest >= _NEAR_SPELLING


def _settled_slip(word: str, place: _Place, geonames: GeoNamesIndex | None) -> bool:
    """Whether ``word`` is the settled English name of the place the source surely names (a
    name of one word, Zipf :data:`_ESTABLISHED_NAME` or more: Paris, Tunis, Oslo) with its
    vowels, or a consonant for one of the same sound, changed ("Peris", "Tunes", "Oslu",
    "Gise"), no spelling the curated tables accept ("Kiev" is one of Kyiv's) and no place that
    could be meant instead: whatever GeoNames names so is a place of the same name (Paris,
    Texas), a rare alternate name of it, or a town of under a tenth of its people ("Perris",
    California, for Paris)."""
    if not place.sure or place.kind != "place" or " " in place.name:
        return False
    folded = fold(word)
    settled = fold(place.name)
    if folded in place.spellings or known_place_by_english(word) or folded == settled:
        return False
    if zipf(settled) < _ESTABLISHED_NAME or not _sound_slip(folded, settled):
        return False
    if geonames is None:
        return True
    own = max(
        (p.population for p in geonames.exact(place.name) if p.country == place.country),
        default=0,
    )
    return all(
        p.kind == "place" and (p.name == place.name or p.population * 10 < own)
        for p in geonames.exact(word)
    )


def _letters_changed(word: str, spelling: str) -> list[frozenset[str]] | None:
    """The pairs of letters in which two spellings of one length differ, position by position
    (none when they are the same), or None when their lengths differ."""
    if len(word) != len(spelling):
        return None
    return [frozenset((a, b)) for a, b in zip(word, spelling, strict=True) if a != b]


# Consonants English spellings of one sound confuse ("Gise" for Giza, "Katar" for Qatar).
_SAME_SOUND = frozenset({frozenset("sz"), frozenset("ck"), frozenset("kq")})


def _sound_slip(word: str, spelling: str) -> bool:
    """Whether two folded spellings of one length differ only in vowels and in consonants of
    one sound (:data:`_SAME_SOUND`); "i" for "y" is another romanisation ("Tokio", "Kiev")."""
    changed = _letters_changed(word, spelling)
    if changed is None or frozenset("iy") in changed:
        return False
    return bool(changed) and all(pair <= _VOWELS or pair in _SAME_SOUND for pair in changed)


def _vowel_slip(word: str, spellings: set[str] | frozenset[str]) -> bool:
    """Whether the folded ``word`` is an established English place name (Zipf
    :data:`_ESTABLISHED_NAME` or more: Berlin, Tunis, Dubai) with vowels changed and nothing
    else ("berlen", "tunes", "dubei"): English copy writes such a name one way, so the change
    is a slip, not another romanisation (Basra and Basrah, Homs and Hims are left alone)."""
    for spelling in spellings:
        changed = _letters_changed(word, spelling)
        if (
            changed
            and all(pair <= _VOWELS for pair in changed)
            and zipf(spelling) >= _ESTABLISHED_NAME
        ):
            return True
    return False


def _one_letter_off(word: str, spelling: str) -> bool:
    """Whether two folded spellings of one length differ in one consonant only: a slip, not
    another romanisation ("toqyo" and tokyo; "tokio" and tokyo is one)."""
    changed = _letters_changed(word, spelling)
    return changed is not None and len(changed) == 1 and not changed[0] & _VOWELS


def _beside_name(
    place: _Place,
    source_words: list[tuple[str, int, int]],
    words: list[Word],
    geonames: GeoNamesIndex | None,
) -> bool:
    """Whether the source writes the place beside a name, no place, that the target renders
    exactly: part of a person's name ("سانجو شارما", Sanju Sharma), whose spelling GeoNames
    does not judge."""
    inside = [i for i, (_, start, _) in enumerate(source_words) if place.start <= start < place.end]
    if not inside:
        return False
    for k in (inside[0] - 1, inside[-1] + 1):
        if not 0 <= k < len(source_words) or not name_like(source_words[k][0]):
            continue
        if any(
            renders(source_words[k][0], word.text, strict=True)
            and not _known_place(word.text, geonames)
            for word in words
        ):
            return True
    return False


def _same_consonants(word: str, name: str) -> bool:
    """Whether two Latin words open alike (the same letter, or consonants of one class:
    "Gabriel", Jabrayil) and share a consonant skeleton, or skeletons of three classes or more
    one class apart ("Alpine" and Ulsan open differently)."""
    first, other = fold(word)[:1], fold(name)[:1]
    if first != other:
        if not first or first in _VOWELS or other in _VOWELS:
            return False
        if not {skeleton[:1] for skeleton in latin_skeletons(first)} & {
            skeleton[:1] for skeleton in latin_skeletons(other)
        }:
            return False
    for a in latin_skeletons(word):
        for b in latin_skeletons(name):
            if a == b or (min(len(a), len(b)) >= 3 and edits(a, b) <= 1):
                return True
    return False


def _place_spellings(place: _Place, geonames: GeoNamesIndex | None) -> set[str]:
    """Every Latin spelling recorded for the place: the table's or gazetteer's, and all of
    GeoNames' alternate names of the places it may be."""
    found = set(place.spellings)
    if geonames is not None:
        for geonameid in place.geonameids:
            found |= _geonames_spellings(geonameid, geonames)
    return found


@lru_cache(maxsize=8192)
def _geonames_spellings(geonameid: str, geonames: GeoNamesIndex) -> frozenset[str]:
    found = geonames.get(geonameid)
    if found is None:
        return frozenset()
    return frozenset(
        fold(spelling) for spelling, kind in geonames.spellings(found) if kind != "arabic"
    )


def _sizeable_place(name: str, geonames: GeoNamesIndex | None) -> bool:
    """A place of the table, a country or subdivision, or a town of
    :data:`_REAL_PLACE_POPULATION` people."""
    if known_place_by_english(name):
        return True
    return geonames is not None and any(
        p.kind != "place" or p.population >= _REAL_PLACE_POPULATION for p in geonames.exact(name)
    )


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
    words: list[Word],
    source_words: list[tuple[str, int, int]],
    geonames: GeoNamesIndex | None,
    strong: bool = False,
) -> NameMismatch | None:
    """The target name that stands where the unwritten place should be, if any: a name that
    renders nothing in the source, a word that looks like the place's name (a garble) first,
    then another real place, nearest in relative position. ``strong``: only a look-alike
    word."""
    where = place.start / max(1, len(source))
    if place.garbled_runs:
        # A run garbling every word of the name is the stand-in, nearest first.
        start, end = min(place.garbled_runs, key=lambda r: abs(r[0] / max(1, len(target)) - where))
        return _mismatch(place, start, end, target[start:end], None)
    arabic = [
        text for text, start, end in source_words if start >= place.start and end <= place.end
    ]
    # Another mention of the same place is no other word ("in Berlen ... in Berlin" for
    # برلين twice).
    others = [
        text
        for text, start, end in source_words
        if (end <= place.start or start >= place.end) and text not in arabic
    ]
    candidates: list[tuple[int, float, int, int, str, str]] = []
    for i, j, run in capitalised_runs(words, target):
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
            and not any(renders(other, run, strict=True) for other in others)
            and (
                chosen[0].start in place.look_alikes
                or (
                    zipf(run.lower()) < _VERY_COMMON_ENGLISH
                    and not _common_opener(chosen[0], place, source_words)
                    and _alike(place, arabic, run)
                    and not _known_place(run, geonames)
                )
                # Any English word where a place is written ("landing in Unique", "Broken,
                # Germany"), opening and consonants like the name's, for a place surely named.
                or (
                    place.sure
                    and not chosen[0].opening
                    and _in_place_slot(target, chosen[0].start, chosen[0].end)
                    and (_shaped_like(place, run) or _name_shaped(place, run))
                    and not _sizeable_place(run, geonames)
                )
            )
        )
        found = _other_place(run, place, geonames)
        # An opening word: a garble of the place, the first of a place's name, or a town of the
        # place's own country where the source surely names a place ("Kobe will be" for طوكيو).
        same_country = found is not None and found[1] in (place.countries or {place.country})
        if (
            chosen[0].plain
            and not alike
            and (found is None or (len(chosen) == 1 and not (place.sure and same_country)))
        ):
            continue
        if not alike and not place.sure and (found is None or found[1] not in place.countries):
            continue  # an Arabic word that may be no place: only a same-country place counts
        other = found[0] if found is not None and chosen[0].start not in place.slips else None
        if other is None and len(chosen) > 1:
            continue  # a garble is one word
        if (
            other is None
            and not alike
            and (
                chosen[0].opening
                or zipf(run.lower()) >= _COMMON_ENGLISH
                or _known_place(run, geonames)  # a country or region, not a garble
            )
        ):
            continue
        distance = abs(chosen[0].start / max(1, len(target)) - where)
        # A word shaped like the place's name is the stronger evidence of which target word
        # stands for it: chosen before another real place elsewhere in the sentence ("in
        # Bassoon ... taken to Baghdad" for البصرة and "the capital").
        rank = 0 if alike else 1 if other is not None else 2
        if strong and (not alike or other is not None):
            continue
        candidates.append((rank, distance, chosen[0].start, chosen[-1].end, run, other or ""))
    if not candidates:
        return None
    _, _, start, end, run, other = min(candidates, key=lambda c: (c[0], c[1], -len(c[4])))
    return _mismatch(place, start, end, run, other or None)


def _beside_anchor(
    place: _Place,
    source: str,
    target: str,
    words: list[Word],
    source_words: list[tuple[str, int, int]],
    geonames: GeoNamesIndex | None,
) -> NameMismatch | None:
    """The target word written where the unwritten place stands beside a name the target
    renders: the source writes the place right after (or before) a name-like word, the target
    renders that word exactly with a capitalised word, and the capitalised word right after
    (before) it renders nothing of the source ("Satoru Into" for ساتورو إواتا, "Rolando Monday"
    for رولاندو ميندوزا, "Steven San Antonio" for ستيفن تايلر). Any word, however common, is
    taken: its neighbour says which source word it translates."""
    inside = [i for i, (_, start, _) in enumerate(source_words) if place.start <= start < place.end]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    for side in (-1, 1):
        k = first - 1 if side < 0 else last + 1
        if not 0 <= k < len(source_words):
            continue
        anchor, a_start, a_end = source_words[k]
        gap = source[a_end : place.start] if side < 0 else source[place.end : a_start]
        if gap.strip():
            continue
        for word in words:
            if word.plain or not renders(anchor, word.text, strict=True):
                continue
            if not name_like(anchor) and zipf(word.text.lower()) >= _COMMON_ENGLISH:
                continue  # an ordinary word and its translation say little
            run = _next_capitalised(target, word, -side)
            if run is None:
                continue
            start, end, text = run
            arabic = [t for t, a, b in source_words if place.start <= a < place.end]
            if any(_spells(a, text) for a in arabic):
                continue  # an English word the Arabic spells ("Ponto Beach" for بونتو بيتش)
            if fold(text) in place.spellings or any(
                renders(other, part, strict=True) and name_like(other)
                for other, _, _ in source_words
                for part in text.split()
            ):
                continue  # a rendering of a source name, not a stand-in
            other = _other_place(text, place, geonames)
            return _mismatch(place, start, end, text, other[0] if other else None)
    return None


def _spells(arabic: str, latin: str) -> bool:
    """Whether ``latin`` may be the Arabic word spelled out, though an English word: the same
    long vowels and an opening consonant of the same class ("Beach" for بيتش)."""
    if not _keeps_vowels(arabic, latin):
        return False
    if cached_renders(arabic, latin):
        return True
    openings = {skeleton[:1] for skeleton in arabic_word_skeletons(arabic)}
    return bool(openings & {skeleton[:1] for skeleton in latin_skeletons(latin)})


def _next_capitalised(target: str, word: Word, side: int) -> tuple[int, int, str] | None:
    """The run of capitalised words (up to :data:`MAX_RUN`) right after ``word`` (``side``
    1: the source's place follows the anchor, as "Satoru Iwata" follows ساتورو إواتا) or the
    one capitalised word right before it (-1), any word (weekdays included)."""
    if side > 0:
        found = _FOLLOWING.match(target, word.end)
        if found is None:
            return None
        text = re.sub(r"['’]s$", "", found.group(1))
        return found.start(1), found.start(1) + len(text), text
    found = _PRECEDING.search(target[: word.start])
    if found is None or found.start(1) == 0 or _OPENING_BEFORE.search(target[: found.start(1)]):
        return None  # a sentence's first word is capitalised for that alone
    return found.start(1), found.end(1), found.group(1)


def _mismatch(place: _Place, start: int, end: int, run: str, other: str | None) -> NameMismatch:
    """A finding: ``run`` is another place (``other``, "Mosul, IQ") or a garble."""
    shown = f"{place.text} ({place.name}{', ' + place.country if place.country else ''})"
    if other:
        message = f"the source names {shown}; the target says {run!r}, another place ({other})"
        return NameMismatch("place", (start, end), message, place.name)
    message = f"the source names {shown}; the target writes {run!r}, which is not that name"
    return NameMismatch("garble", (start, end), message, place.name)


def _common_opener(word: Word, place: _Place, source_words: list[tuple[str, int, int]]) -> bool:
    """A common English word capitalised only because it opens the sentence, where the source
    names the place away from its opening: no look-alike of it ("Arrest made ..." where the
    source's headline ends with Arizona; "Latin had asked" for لايتون opening it still is)."""
    if not word.plain or zipf(word.text.lower()) < _COMMON_ENGLISH or not source_words:
        return False
    return place.start / max(1, source_words[-1][2]) > _OPENING_SHARE


def _in_place_slot(target: str, start: int, end: int) -> bool:
    """Whether a target word stands where English writes a place: after "in", "at", "near",
    "from", "to", "of", or before ", " and a capitalised word ("Broken, Germany")."""
    return bool(_SLOT_BEFORE.search(target[max(0, start - 12) : start])) or bool(
        _SLOT_AFTER.match(target[end:])
    )


def _shaped_like(place: _Place, word: str) -> bool:
    """One of the place's spellings opens with the word's letter and has a skeleton of three
    classes or more at most half its classes from the word's ("Someone" and Smyrna), two for
    a skeleton of three ("Bonus" and Basra: the opening and one more class kept)."""
    return any(
        len(theirs) >= 3 and any(edits(a, theirs) <= max(2, len(theirs) // 2) for a in mine)
        for mine, theirs in _skeleton_pairs(place, word)
    )


def _name_shaped(place: _Place, word: str) -> bool:
    """A person's name (a listed given name, a census name) whose consonant skeleton opens
    with the whole skeleton, two classes or more, of one of the place's spellings of the same
    first letter ("Kevin" and Kyiv): a place read as a name."""
    return recorded_name(word) and any(
        len(theirs) >= 2 and any(a.startswith(theirs) for a in mine)
        for mine, theirs in _skeleton_pairs(place, word)
    )


def _skeleton_pairs(place: _Place, word: str) -> Iterator[tuple[frozenset[str], str]]:
    """The word's consonant skeletons with each skeleton of the place's spellings that open
    with the word's letter."""
    folded = fold(word)
    mine = latin_skeletons(word)
    for spelling in place.spellings:
        if spelling and spelling[0] == folded[:1]:
            for theirs in latin_skeletons(spelling):
                yield mine, theirs


def _alike(place: _Place, arabic: list[str], word: str) -> bool:
    """Whether ``word`` looks like the place's name: a loose rendering of its Arabic (for a
    word that is surely a place), or one of its English spellings with the same first letter
    and a consonant skeleton one class to a third of its classes off ("Boundaries" for Buenos
    Aires, "Astronomy" for Amsterdam; the same consonants are a respelling, "Elisabeth")."""
    if (
        place.sure
        and zipf(word.lower()) < _COMMON_ENGLISH
        and any(cached_renders(text, word) for text in arabic)
    ):
        return True
    return any(
        len(theirs) >= (3 if place.sure else 4)  # a short name is like too many words
        and any(1 <= edits(a, theirs) <= max(1, len(theirs) // 3) for a in mine)
        for mine, theirs in _skeleton_pairs(place, word)
    )


def _other_place(run: str, place: _Place, geonames: GeoNamesIndex | None) -> tuple[str, str] | None:
    """("Mosul, IQ", "IQ") when ``run`` names a real place that is not ``place``."""
    if fold(run) in place.spellings or len(run) < 4:
        return None
    table = known_place_by_english(run)  # the common places: "London", "Nice" are places
    if table:
        return f"{table[0].name}, {table[0].country}", table[0].country
    if " " not in run and zipf(run.lower()) >= _COMMON_ENGLISH:
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
