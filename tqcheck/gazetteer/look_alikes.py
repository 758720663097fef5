"""Look-alikes: an English word or Western given name standing for a town of the article's
countries ("Nobles" for Nablus, "Abbey" for Abyei, "in Sadie" for Saida).

A word is a look-alike only where several kinds of evidence meet, each one a sub-editor would
cite:

* **sound**: the word's consonant skeleton (the MT confusion classes of ``keys``), its letters
  read as a romanisation or read aloud by English spelling-to-sound rules
  (``english_spelling_sounds.tsv``: "Chemist" has the k of Khemisset, "Nursery" a silent r), is
  that of a town's Latin or Arabic name, exactly or one class off (dropped on either side, or
  confused: "Gabe" for Gabès);
* **size**: the town has 20,000 people or more (a look-alike of a hamlet is a coincidence; a
  city copy names every day is not), and outside a strong place slot 100,000 or more;
* **geography**: the town is in a country the article is about (``context``), never abroad;
* **syntax**: the word stands where a place is expected. A strong slot ("the city of X", "X
  province", "residents of X", "X, 40 km south of Y") is enough; after a locative preposition
  ("in", "near", "outside"), a capitalised common word mid-sentence is evidence too ("in Holly"
  is no English idiom), when its sound is exact and the town large.

Real places of the article's countries, people (titles, a given name followed by a surname),
brands and capitalised words at a sentence start never get here (``garbles.candidates``,
``garbles.resolve_in_context``). Towns are read from a cached table of the region's towns of
20,000 people or more (their Latin and Arabic-script names by skeleton), built from the GeoNames
index in about a second on first use.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz.distance import JaroWinkler

from tqcheck import patterns
from tqcheck.gazetteer import cache_files
from tqcheck.gazetteer.context import WELL_KNOWN_POPULATION
from tqcheck.gazetteer.garble.base import (
    ARTICLE,
    NAME_PARTS,
    Candidate,
    Garble,
    after_in_sentence,
    arabic_cache_dir,
    bare_name,
    before_in_sentence,
    country_name,
    english_name,
    estimated_population,
    fold_keep_spaces,
    geonames_index,
    is_person,
    is_real_place,
    one_short_vowel_apart,
    recorded_places,
)
from tqcheck.gazetteer.garble.sound import CONFUSABLE
from tqcheck.gazetteer.garble.vetoes import far_from_its_city
from tqcheck.gazetteer.keys import arabic_skeletons, fold, is_arabic, skeletons
from tqcheck.gazetteer.region import ARABIC_SCRIPT_REGION
from tqcheck.gazetteer.words import is_english_word, known_to_english_text, zipf
from tqcheck.lexicon import word_list

STRONG_SLOT_ZIPF = 3.0  # the words of wordfreq's small English list
TOWN_POPULATION = 20_000  # the towns a look-alike may stand for
_TABLE_VERSION = 2  # 2: one-class skeletons kept (the frame of a short name: "Fez", "Qom")
SCORE_EXACT = 0.88  # the word's skeleton is the town's
SCORE_NEAR = 0.80  # one consonant class dropped or confused
SCORE_FRAME = 0.92  # the town's frame: its consonants and the places of its vowels
# Jaro-Winkler of the folded spellings a look-alike needs besides its skeleton: in a strong slot,
# and (closer) after a locative preposition.
MIN_STRONG_LATIN = 0.60
MIN_WEAK_LATIN = 0.75
# A skeleton one class apart, or of two classes only ("Troy", TR, is no Tire), needs a close
# spelling; a two-class word also passes for a city of 100,000 or more ("Sophie" for Safi).
MIN_NEAR_LATIN = 0.80
MIN_SMALL_TOWN_LATIN = 0.90  # after "in", "near": a town of 20,000 to 100,000
MIN_RARE_WEAK_LATIN = 0.85  # outside a strong slot, a word under Zipf 3.3 (not ordinary English)
# A word opening a sentence this common (Zipf) is read as no place: every day's openers
OPENING_ZIPF = 4.0
EXACT_BONUS = 0.08  # ranking: an exact skeleton; per tenfold population over 20,000
SIZE_BONUS = 0.10
FRAME_BONUS = 0.08  # ranking: the word has the town's frame (consonants and vowels in place)
# ranking: the word's frame aligned with the town's (:func:`heard_similarity`), times this
HEARD_WEIGHT = 0.5
# A town the copy places beside a city its sentence names ("X, west of Hebron", "near X,
# south of Mardin"): any town of the index that far from the city, however small.
PLACED_KM = 100.0
# A town abroad by the word's own name at least this share of the size of the town of the
# copy's one country it would be read as (``located_look_alike``): the copy's setting no longer
# outweighs a namesake that large ("in Herndon": Herndon, Virginia, 24,000, not Hendijan, Iran,
# 29,000; "in Bartow": Bartow, Florida, 19,000, not Batifa, Iraq, 28,000).
NAMESAKE_SHARE = 0.5
# A word that says a city's whole name and one consonant more or less at its end
# (:func:`_ending_apart`): the spelling similarity it needs in a strong slot, and after "in",
# "near" or another weak slot.
MIN_STRONG_ENDING_LATIN = 0.75
MIN_WEAK_ENDING_LATIN = 0.85
# ... and a word this common (Zipf) is read by its own sounds only: English every day
ENDING_ZIPF = 4.0
# A town of any size of the country a country slot names, with the word's frame: spelled this
# close to the word (Jaro-Winkler), the closest first.
MIN_NAMED_LATIN = 0.65

# Readings of words and names are cached by word: bounded, so that a long batch run over an
# archive, meeting ever new names, does not grow without end (each holds a few small sets).
WORD_CACHE = 1 << 16


def given_name(text: str) -> bool:
    """A given name of English copy (``given_names.txt``, the bridge's names, curated people)."""
    from tqcheck.arabic.names import given_names
    from tqcheck.gazetteer.index import default_gazetteer

    if text in given_names() or default_gazetteer().is_given_name(text):
        return True
    return is_person(text)


@lru_cache(maxsize=WORD_CACHE)
def _english_text(word: str) -> bool:
    """English text uses ``word`` (``words.known_to_english_text``: a word or a given name or
    surname of wordfreq's large list, "Keefer", "Zebedee"): read aloud by English rules, it is
    no romanisation of a local name that GeoNames lacks, which may respell any town's. So is
    the plural of such a word or name (:func:`_plural_of_english`: "Trabants", a car's name
    made plural, read aloud by English rules as "Trabant" is)."""
    folded = fold(word)
    return known_to_english_text(folded) or _plural_of_english(folded)


# A plural English writes by adding "s" to a word or name it knows ("trabants"): not "ss"
# ("Kress" is no plural), nor a word of under five letters ("Oms").
_PLURAL_S = patterns.compile(r"[a-z]{3,}[^aeiousy]s")


def _plural_of_english(folded: str) -> bool:
    """``folded`` is a plural in "s" of a word or name English text uses (its singular
    ``words.known_to_english_text``), a word of five letters or more whose singular ends in a
    consonant other than s or y ("trabants": "trabant")."""
    return bool(_PLURAL_S.fullmatch(folded)) and known_to_english_text(folded[:-1])


# How close a word must be spelled to a town of the region it has the consonants or the frame
# of, for :func:`heard_in_the_region` ("Gaffes" 0.91 for Gafsa, "Mugler" 0.88 for Mugla;
# "Ryanair" 0.84 for Ranyah, "Camden" 0.79 for Hamadan, "Exile" 0.78 for Kassala stay below).
REGION_HEARD_SIMILARITY = 0.85


@lru_cache(maxsize=4096)
def heard_in_the_region(word: str) -> bool:
    """``word`` (one word of letters) has the consonants, or the consonants and vowels in
    place, of a town of the region of ``TOWN_POPULATION`` or more, spelled within
    :data:`REGION_HEARD_SIMILARITY` of its name: read without a country, the sound a
    look-alike keeps of the town ("in Gaffes": Gafsa; "in Mugler": Mugla). Evidence only that
    some town of the region may be meant, not which one (several often are)."""
    if not word.isalpha() or len(word) < 3:
        return False
    return any(
        (match.exact or match.frame)
        and match.similarity >= REGION_HEARD_SIMILARITY
        and match.town.population >= TOWN_POPULATION
        for match in town_matches(word, set(ARABIC_SCRIPT_REGION))
    )


def may_sound_like_town(text: str) -> bool:
    """Cheap first check for a word outside a strong slot: a skeleton of three classes or more
    that some town of the region has, or the frame of a city of 100,000+ whose name has one or
    two classes ("in Fees": Fez) (no country, no spelling checked yet)."""
    keys = _town_keys()
    if any(len(key) >= 3 and key in keys for key in english_skeletons(text, silent=False)):
        return True
    return not _word_frames(text, silent=False).isdisjoint(_short_frames())


@cache
def _short_frames() -> frozenset[str]:
    """The frames (:func:`_town_frames`) of the region's cities of 100,000 or more whose name
    has one or two consonant classes, all countries together."""
    if not geonames_index().path.is_file():
        return frozenset()
    # keyed on the code that reads names into frames, as :func:`_known_town_frames` is
    inputs = _frame_inputs()
    facts = [geonames_index().path.name, _TABLE_VERSION, TOWN_POPULATION]
    return cache_files.table(
        "short-frames", inputs, lambda: _frames_of_short_names(_build_towns()), frozenset, facts
    )


def _frames_of_short_names(tables: dict[str, dict[str, list[_TownRow]]]) -> frozenset[str]:
    return frozenset(
        frame
        for table in tables.values()
        for key, rows in table.items()
        if len(key) <= 2
        for _, name, _, population in rows
        if population >= WELL_KNOWN_POPULATION and min(map(len, _sound_keys(name))) <= 2
        for frame in _frames_of_name(name)  # not the table of every town's, built from these
    )


@cache
def _all_spelling_rules() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """English spelling-to-sound rules (``english_spelling_sounds.tsv``): pattern, respelling,
    and when the rule applies (the fourth column: "always", "frame", "frame reading" or none)."""
    data = resources.files("tqcheck.data").joinpath("english_spelling_sounds.tsv")
    rules = []
    for line in data.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        when = fields[3].strip() if len(fields) > 3 else ""
        rules.append((patterns.compile(fields[0]), "" if fields[1] == "-" else fields[1], when))
    return tuple(rules)


@cache
def _spelling_rules() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    """The rules that read consonants: pattern, respelling, whether it always holds (applied
    to the word before every reading) or gives one more reading."""
    return tuple(
        (pattern, sound, when == "always")
        for pattern, sound, when in _all_spelling_rules()
        if not when.startswith("frame")
    )


@cache
def _frame_rules() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    """The rules only vowels feel, for :func:`_word_frames`: pattern, respelling, whether it
    always holds ("frame": a silent final e) or gives one more reading ("frame reading")."""
    return tuple(
        (pattern, sound, when == "frame")
        for pattern, sound, when in _all_spelling_rules()
        if when.startswith("frame")
    )


_DOUBLED_CONSONANT = patterns.compile(r"([bdfgklmnprstvz])\1")  # not "cc": "accent" is k-s


@lru_cache(maxsize=WORD_CACHE)
def english_readings(word: str) -> tuple[str, ...]:
    """An English word read aloud, as letters a romanisation would use: the word itself, then
    by each English spelling-to-sound rule alone and by all of them ("Chef": chef, kef)."""
    lower = _DOUBLED_CONSONANT.sub(r"\1", fold(word))  # "Beggar": one g, J or K, not both
    for pattern, sound, always in _spelling_rules():
        if always:  # "Attic": English never reads this c as the j of "Cizre"
            lower = pattern.sub(sound, lower)
    readings = [lower]
    every = lower
    for pattern, sound, always in _spelling_rules():
        if always:
            continue
        readings.append(pattern.sub(sound, lower))
        every = pattern.sub(sound, every)
    readings.append(every)
    return tuple(dict.fromkeys(reading for reading in readings if reading))


@lru_cache(maxsize=WORD_CACHE)
def english_skeletons(word: str, silent: bool = True) -> frozenset[str]:
    """The consonant skeletons of an English word read aloud (:func:`english_readings`):
    "Chemist" has CMST and KMST; "Nursery" NRSR and, non-rhotic, NSR. A reading that silences a
    letter counts only with ``silent`` and where it keeps three classes ("Louder", non-rhotic
    LD, is no Hodeidah)."""
    readings = english_readings(word)
    keys = {key for reading in readings for key in skeletons(reading)}
    shortest = min((len(key) for key in skeletons(readings[0])), default=0)
    return frozenset(
        key
        for key in keys
        if len(key) >= 2 and (len(key) >= shortest or (silent and len(key) >= 3))
    )


# The frame of a name: its consonant classes (``keys``) with a mark where a vowel is heard, as a
# phonetician hears a look-alike ("Fees" and Fez, "Sorry" and Sari, "Dinner" and Dinar): a run
# of vowel letters (y too) is one vowel; an h is a sound of its own before a vowel, at the start
# or after a vowel (not in "kh", "sh", nor a final "ah"); a class and its voiced or voiceless
# partner (``CONFUSABLE``) are written one way; English w is no v.
_FRAME_VOWELS = frozenset("aeiouy")
_VOWEL_MARK = "a"  # the classes are capitals
_H_MARK = "H"  # no skeleton class (skeletons drop h)
_W_MARK = "W"  # not the class V of skeletons
_UNVOICED = str.maketrans("PVDZC", "BFTSJ")


def _frame_sound(folded: str, i: int) -> tuple[str, ...] | None:
    """The frame's sound of the single letter ``folded[i]`` (``keys.scan_sounds``)."""
    from tqcheck.gazetteer import keys

    char = folded[i]
    if char in _FRAME_VOWELS:
        return (_VOWEL_MARK,)
    if char == "h":  # said before a vowel, at the start or after one ("Tahir")
        heard = folded[i + 1 : i + 2] in _FRAME_VOWELS and (not i or folded[i - 1] in _FRAME_VOWELS)
        return (_H_MARK,) if heard else None
    if char == "w":  # English w is a glide, no v ("When" is no Van)
        return (_W_MARK,)
    return None if char.isdigit() else keys.letter_classes(folded, i)


@lru_cache(maxsize=WORD_CACHE)
def sound_frames(folded: str) -> frozenset[str]:
    """The frames of a folded Latin spelling (several where g or c may be either class)."""
    from tqcheck.gazetteer import keys

    sounds = keys.scan_sounds(folded, _frame_sound)
    variants = [""]
    for options in sounds:
        if len(variants) * len(options) > 8:
            options = options[:1]
        variants = [v if v.endswith(o) else v + o for v in variants for o in options]
    return frozenset(v.translate(_UNVOICED) for v in variants if v)


def _frame_key(frame: str) -> str:
    """The skeleton classes of a frame (no vowel, no h)."""
    return frame.replace(_VOWEL_MARK, "").replace(_H_MARK, "").replace(_W_MARK, "V")


_SONORANTS = {"M": "N", "N": "MLR", "L": "NR", "R": "NL"}


def _sonorant_swaps(frames: frozenset[str]) -> frozenset[str]:
    """``frames`` with their last consonant, a nasal or liquid, put for a neighbour (m/n, n/l,
    n/r, l/r): the sounds an ear confuses at the end of a word ("Tijuana" for Tajura)."""
    found = set()
    for frame in frames:
        last = len(frame.rstrip(_VOWEL_MARK)) - 1
        for other in _SONORANTS.get(frame[last], "") if last >= 0 else "":
            found.add(frame[:last] + other + frame[last + 1 :])
    return frozenset(found)


_HUSHING = {"S": "J", "J": "S"}


def _hushing_swaps(word: str, frames: frozenset[str]) -> frozenset[str]:
    """``frames`` of a word spelled with "sh" or "ch" first, with ch said for sh or sh for ch
    ("Shaman" for Chaman): one hushing sound, which English spells two ways and an ear hears
    at a word's start as one."""
    if not fold(word).startswith(("sh", "ch")):
        return frozenset()
    return frozenset(_HUSHING[frame[0]] + frame[1:] for frame in frames if frame[:1] in _HUSHING)


_PARTNERS = {"B": "BP", "F": "FV", "T": "TD", "S": "SZ", "J": "JC"}


def _without_a_vowel(frames: frozenset[str]) -> frozenset[str]:
    """``frames`` each with one of its vowels left out ("BaJa" -> "BJa", "BaJ")."""
    return frozenset(
        frame[:i] + frame[i + 1 :]
        for frame in frames
        for i, char in enumerate(frame)
        if char == _VOWEL_MARK
    )


@cache
def _town_without_a_vowel(name: str) -> frozenset[str]:
    """:func:`_without_a_vowel` of a town's frames, once per name."""
    return _without_a_vowel(_town_frames(name))


def _one_vowel_apart(word: frozenset[str], unvowelled: frozenset[str], name: str) -> bool:
    """The word's frames (``word``; ``unvowelled``: each less a vowel) and the town's are the
    same but for one vowel, said by one and not the other: the final vowel English drops
    ("Beige" for Bayji, "Ross" for Rosso) or a vowel between two consonants ("Snoop" for
    Sinop, "Sachs" for Saqqez)."""
    return bool(_town_without_a_vowel(name) & word or unvowelled & _town_frames(name))


def _voicings(key: str) -> list[str]:
    """The skeletons a frame's consonants (one of each voicing pair, ``_UNVOICED``) stand for."""
    found = [""]
    for char in key:
        found = [done + other for done in found for other in _PARTNERS.get(char, char)]
    return found


@lru_cache(maxsize=WORD_CACHE)
def _word_frames(word: str, silent: bool = True) -> frozenset[str]:
    """The frames of an English word read aloud (a hard c is k), also with the rules of
    ``english_spelling_sounds.tsv`` that only vowels feel (a final e is silent: "Course" has
    the frame of Kars, "Case" not that of Gaza; a British reader does not say a final r:
    "Tabber" reads tabbe). A reading that silences one of the word's consonants otherwise
    counts only with ``silent`` (a strong slot), as for :func:`english_skeletons`."""
    found: set[str] = set()
    folded = fold(word)
    for pattern, sound, always in _frame_rules():
        folded = pattern.sub(sound, folded) if always else folded
    variants = (p.sub(s, folded) for p, s, always in _frame_rules() if not always)
    for spelled in dict.fromkeys([folded, *variants]):
        readings = english_readings(spelled)
        full = min(map(len, skeletons(readings[0])), default=0)
        for reading in readings:
            if silent or min(map(len, skeletons(reading)), default=0) >= full:
                found |= sound_frames(reading)
    return frozenset(found)


def _frame_inputs() -> list[Path | str]:
    """What the cached frame tables are built from: the code that reads names into frames and
    the English town words left off a name (``_without_town_word``)."""
    from tqcheck.gazetteer import garble, keys

    return [
        __file__,
        *garble.sources(),
        keys.__file__,
        *cache_files.fold_inputs(),
        cache_files.data_file("english_town_words.txt"),
    ]


@lru_cache(maxsize=WORD_CACHE)
def _bare_name(name: str) -> str:
    """:func:`bare_name` of a town's own name, once per name (every match of a check asks it),
    without an English word for a town after a one-word name (:func:`_without_town_word`)."""
    return bare_name(_without_town_word(name))


def _without_town_word(name: str) -> str:
    """A town's name of two words whose second is an English word for a town
    (``english_town_words.txt``: GeoNames' "Attock City", "Karak City") as English copy says
    it, the first alone ("Attock"); any other name as it is, and so is one whose first word is
    English ("Garden City", a district of Khartoum, is no "Garden")."""
    first, _, last = name.partition(" ")
    if (
        last
        and " " not in last
        and last.lower() in word_list("english_town_words")
        and not is_english_word(first)
    ):
        return first
    return name


@cache
def _town_frames(name: str) -> frozenset[str]:
    """The frames of a town's own name, also without the Arabic article: those of the towns of
    :func:`_towns` read from :func:`_known_town_frames`, others' made here."""
    packed = _known_town_frames().get(name)
    if packed is None:
        return _frames_of_name(name)
    return frozenset(packed.split(_FIELD)[1:])


def _frames_of_name(name: str) -> frozenset[str]:
    """The frames of a town's name, also without the Arabic article, and, for a Turkish name
    with ğ, also without it: the soft g lengthens the vowel before it and is not said, so
    English hears "Elazığ" as "Elazı" ("Eliza") and "Çiğli" as "Çili" ("Chilly"); not where
    a single consonant would be left ("Ağrı" as "Arı" is any word of one r: "Era", "Airy")."""
    found = sound_frames(fold(name)) | sound_frames(fold(_bare_name(name)))
    if _SOFT_G in name:
        unsaid = name.replace(_SOFT_G, "")
        heard = sound_frames(fold(unsaid)) | sound_frames(fold(bare_name(unsaid)))
        found |= {frame for frame in heard if len(_frame_key(frame)) >= 2}
    return found


_SOFT_G = "ğ"  # Turkish yumuşak g (GeoNames writes it lower-case inside a name)


# A romanised "awa": the Arabic waw between two a's ("Hawalli", "Samawah", "Peshawar"), which an
# English ear hears as the vowel English spells "aw" in "hawk" and "o" in "holly" and "body":
# the glide is no consonant of its own there. Written that way, the name is spelled as English
# spells what it hears ("holli").
_AWA = patterns.compile(r"aw+a")
_ENGLISH_O = patterns.compile(r"o|au|aw")  # how English spells the vowel heard for "awa"


@cache
def _heard_as_english(name: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A town's name with its "awa" heard as English "o" (:data:`_AWA`): its frames and its
    spellings (own name, also without the Arabic article); nothing where it has no "awa"."""
    spelled = tuple(
        dict.fromkeys(_AWA.sub("o", text) for text in (fold(name), fold(bare_name(name))))
    )
    if spelled[0] == fold(name):
        return frozenset(), ()
    return frozenset(f for text in spelled for f in sound_frames(text)), spelled


def _heard_frame(frames: frozenset[str], spellings: Iterable[str], name: str) -> bool:
    """The word has the frame of the town's name as English hears its "awa"
    (:func:`_heard_as_english`: "Holly" for Hawalli), and is spelled as close to that hearing
    as a near skeleton must be to a name (:data:`MIN_NEAR_LATIN`): the word's vowel there is
    the "o" the listener heard, not any vowel ("Hill", "Hell" are no Hawalli)."""
    heard, spelled = _heard_as_english(name)
    return bool(frames & heard) and any(
        _ENGLISH_O.search(word) is not None and JaroWinkler.similarity(word, text) >= MIN_NEAR_LATIN
        for word in spellings
        for text in spelled
    )


@cache
def _known_town_frames() -> dict[str, str]:
    """The own name of each town of :func:`_towns` (every country of the region) -> its frames
    (:func:`_frames_of_name`), each after :data:`_FIELD`; kept as a pickle named after the
    index and the code that reads names into frames. A check reads the frames of a few
    hundred towns, which cost it 0.1 ms each (0.05 s of a garble-dense article) to make."""
    if not geonames_index().path.is_file():
        return {}

    def build() -> dict[str, str]:
        names = {
            row[1]: None
            for country in sorted(ARABIC_SCRIPT_REGION)
            for rows in _towns(country).values()
            for row in rows
        }
        return {name: "".join(_FIELD + f for f in sorted(_frames_of_name(name))) for name in names}

    inputs = _frame_inputs()
    facts = [geonames_index().path.name, _TABLE_VERSION, TOWN_POPULATION]
    return cache_files.table("town-frames", inputs, build, dict, facts=facts)


@dataclass(frozen=True, slots=True)
class _Town:
    rowid: int
    name: str
    spelling: str
    country: str
    population: int


_TownRow = tuple[int, str, str, int]  # rowid, name, spelling, population (plain: quick to load)


@cache
def _town_keys() -> frozenset[str]:
    """Every skeleton of :func:`_towns`, all countries together."""
    if not geonames_index().path.is_file():
        return frozenset()
    cached = cache_files.load(_towns_path("keys-joined"))
    if isinstance(cached, str):  # the keys after one separator each: a third of the time
        return frozenset(cached.split(_FIELD)[1:])  # a pickled frozenset took to read
    older = cache_files.load(_towns_path("keys"))  # a read-only cache an older tqcheck made
    if isinstance(older, frozenset):
        return older
    return frozenset(key for table in _build_towns().values() for key in table)


@cache
def _towns(country: str) -> cache_files.ListTable[_TownRow]:
    """Skeleton -> the towns of ``country`` (of :data:`TOWN_POPULATION` or more) with a name of
    that skeleton (Latin spellings also without the Arabic article; Arabic-script names in the
    same classes), from the per-machine cache next to the index, one file per country (all are
    built on first use, in about a second), packed (its rows once, each skeleton's list as their
    numbers: ``cache_files.pack_lists``), which reads back in about half the time."""
    if country not in ARABIC_SCRIPT_REGION or not geonames_index().path.is_file():
        return {}
    cached = cache_files.load(_towns_path(f"{country}-packed"))
    if isinstance(cached, tuple):
        rows, packed = cached
        return cache_files.PackedLists(packed, rows.__getitem__)
    return _build_towns().get(country, {})


def _towns_path(name: str) -> Path:
    return arabic_cache_dir() / f"towns-{_TABLE_VERSION}-{TOWN_POPULATION}-{name}.pickle"


@cache
def _build_towns() -> dict[str, dict[str, list[_TownRow]]]:
    codes = sorted(ARABIC_SCRIPT_REGION)
    places = {
        rowid: (name, country, population)
        for rowid, name, country, population in geonames_index().towns_in(codes, TOWN_POPULATION)
    }
    tables: dict[str, dict[str, dict[tuple[int, str], _TownRow]]] = {code: {} for code in codes}
    for rowid, spelling, kind in geonames_index().names_of(sorted(places)):
        name, country, population = places[rowid]
        if kind == "arabic":
            keys = arabic_skeletons(spelling)
        else:
            keys = skeletons(spelling) | skeletons(bare_name(spelling))
        for key in keys:
            if key:  # one class too: a short name is matched by its frame (below)
                row = (rowid, name, spelling, population)
                tables[country].setdefault(key, {}).setdefault((rowid, spelling), row)
    result = {
        code: {key: list(rows.values()) for key, rows in table.items()}
        for code, table in tables.items()
    }
    for code, table in result.items():  # a read-only cache: rebuilt in each process
        numbers: dict[_TownRow, int] = {}
        for rows in table.values():
            for row in rows:
                numbers.setdefault(row, len(numbers))
        packed = cache_files.pack_lists(table, numbers.__getitem__)
        cache_files.store(_towns_path(f"{code}-packed"), (tuple(numbers), packed))
    every_key = sorted({key for table in result.values() for key in table})
    cache_files.store(_towns_path("keys-joined"), "".join(_FIELD + key for key in every_key))
    return result


@lru_cache(maxsize=WORD_CACHE)
def _shortened_keys(own: str, more: frozenset[str], town_keys: frozenset[str]) -> tuple[str, ...]:
    """The keys of ``more`` that some town of the region has (``town_keys``), of three classes
    or more, that give ``own`` with one class dropped, in order: the keys :func:`town_matches`
    looks up in each country's table (a set operation on every town's keys, once per key)."""
    return tuple(key for key in sorted(more & town_keys) if len(key) >= 3 and own in _dropped(key))


@lru_cache(maxsize=WORD_CACHE)
def _one_class_more(own: str) -> frozenset[str]:
    """Every key that may give ``own`` with one class dropped: a class put in anywhere, or put
    in after a class together with that class again (dropping it then merges the two)."""
    classes = _all_classes()
    keys: set[str] = set()
    for i in range(len(own) + 1):  # lists, each head and tail cut once (:func:`_one_class_edits`)
        head, tail = own[:i], own[i:]
        keys.update([head + char + tail for char in classes])
        if i:
            tail = own[i - 1 :]
            keys.update([head + char + tail for char in classes])
    return frozenset(keys)


def _dropped(key: str) -> set[str]:
    return {_MERGED.sub(r"\1", key[:i] + key[i + 1 :]) for i in range(len(key))}


@cache
def _all_classes() -> frozenset[str]:
    """The consonant classes skeletons are written in (Latin and Arabic-script names alike)."""
    from tqcheck.gazetteer import keys

    latin = {cls for _, cls in keys.CLUSTERS} | set(keys.LETTERS.values())
    arabic = {cls for options in keys.ARABIC_CLASSES.values() for cls in options}
    digits = set("0123456789")  # skeletons keep a name's digits ("Km 5")
    return frozenset(char for cls in latin | arabic | digits for char in cls)


_MERGED = patterns.compile(r"(.)\1+")  # a class dropped between two of one class leaves one


def _near_keys(key: str) -> set[str]:
    """``key`` with one class dropped (three classes or more) or one confusable class swapped."""
    found: set[str] = set()
    for i, char in enumerate(key):
        if len(key) >= 3:
            found.add(key[:i] + key[i + 1 :])
        if char in CONFUSABLE:
            found.add(key[:i] + CONFUSABLE[char] + key[i + 1 :])
    return found - {key}


@dataclass(frozen=True, slots=True)
class TownMatch:
    town: _Town
    exact: bool  # the skeletons are equal (else one class apart)
    similarity: float  # Jaro-Winkler of the folded spellings
    key: str
    own: float  # Jaro-Winkler against the town's own name (a tie-break)
    frame: bool = False  # the word has the town's frame: consonants and vowels in place
    sonorant: bool = False  # the frame but for one nasal or liquid for another, or sh for ch
    vowel: bool = False  # the frame but for one vowel more or less (:func:`_one_vowel_apart`)
    apart: bool = False  # the frame but for one consonant (:func:`one_sound_apart`)
    heard: float = 0.0  # the frames aligned, sound by sound (:func:`heard_similarity`)
    onset: bool = False  # the word opens with the town's opening sounds (:func:`onset_match`)


def town_matches(
    word: str,
    countries: set[str],
    silent: bool = True,
    last: bool = False,
    vowels: bool | None = None,
) -> list[TownMatch]:
    """The towns of ``countries`` whose name sounds like ``word``, best first: an exact skeleton
    before a near one, then spelling similarity with a bonus for a city of 100,000 or more.
    With ``last``, a word of three classes may also have one more at its end than a city of
    100,000 or more ("Rifle" for Ar Rifa'). With ``vowels`` (by default ``silent``: a strong
    slot), a town whose frame is one vowel from the word's is marked (``TownMatch.vowel``)."""
    bare = bare_name(word)
    spellings = (fold(word), *english_readings(word)) if silent else (fold(word),)
    # read aloud in any slot, for the "awa" a city's name is heard with (:func:`_heard_frame`)
    heard = spellings if silent else (fold(word), *english_readings(word))
    best: dict[int, TownMatch] = {}
    # sorted: of two rows of one town equally close, the first read names the evidence's
    # skeleton, so the order must not follow the process's hash seed
    queries = [
        (key, exact)
        for own in sorted(english_skeletons(word, silent))
        # a class dropped from the word leaves three ("Tariff" is no Taif, TF)
        for key, exact in [
            (own, True),
            *(
                (k, False)
                for k in sorted(_near_keys(own))
                if len(k) >= 3 or len(k) == len(own) >= 2
            ),
        ]
    ]
    # a city of 100,000+ only, and no town with the word's own skeleton: a class more at the
    # word's end is weak evidence
    longer = {own[:-1] for own in english_skeletons(word, silent) if last and len(own) == 3}
    more = {own: _one_class_more(own) for own, exact in queries if exact}
    # A word of one or two classes, by any reading aloud ("Fees", "Tabber" read tabbe): a town
    # with its skeleton counts only where it also has the word's frame (below).
    frames = _word_frames(word, silent)
    asked = {key for key, _ in queries}
    short = {
        key
        for frame in frames
        if len(_frame_key(frame)) <= 2
        for key in _voicings(_frame_key(frame))
        if key not in asked
    }
    # One nasal or liquid for another ("Merlon" for a name ending in -ron), or sh for ch at the
    # word's start ("Shaman": Chaman): a town with that frame counts where the word is close
    # in every other sound (below, and in look_alike).
    swapped = (_sonorant_swaps(frames) | _hushing_swaps(word, frames)) - frames
    # One vowel said or dropped ("Beige" for Bayji): counts in a strong slot, or after "in",
    # "near" (look_alike)
    unvowelled = _without_a_vowel(frames) if (silent if vowels is None else vowels) else None
    near = {
        key for frame in swapped for key in _voicings(_frame_key(frame)) if key not in asked
    } - short
    # The towns' keys that give one of the word's with one class dropped, found once for all
    # the countries (then looked up in each country's table): the keys ``more`` of each of the
    # word's skeletons (:func:`_one_class_more`) that some town of the region has, not a table
    # of every town key with every class dropped (built per country, that cost a quarter of a
    # second on an article naming twenty countries).
    lost = [
        key
        for own, exact in (queries if countries else ())
        if exact
        for key in _shortened_keys(own, more[own], _town_keys())
    ]
    least_cost = min(_ALTERNATE_COST.values())  # of a spelling other than the town's name
    # Read as in a place slot (``silent``: a strong or country slot, or a word after "in",
    # "near" that :func:`located_look_alike` reads as in one, in copy set in one country of
    # the region: "Police in Crisis ..., Turkey's interior ministry said", Kilis, not Kars),
    # the word said aloud whole, for the ranking (:func:`heard_similarity`): no reading that
    # silences one of its consonants ("Chairs" said "chais" is no Kish, said whole it is
    # Shiraz). Otherwise the evidence is the spelling (an exact skeleton of a large city
    # spelled close, ``look_alike``), ranked as before: the sound put a town spelled less
    # close first ("settled in Cars": Qarshi, not Karachi).
    said = _word_frames(word, silent=False) if silent else frozenset()
    # Only the keys some town of the region has are looked up in each country's table (most
    # of a word's keys name no town: 10,000 lookups of a garble-dense article's check found
    # nothing), in the same order
    town_keys = _town_keys() if countries else frozenset()
    looked = [(key, exact) for key, exact in queries if key in town_keys]
    longest = [key for key in sorted(longer) if key in town_keys]
    shorts = [key for key in sorted(short) if key in town_keys]
    nears = [key for key in sorted(near) if key in town_keys]
    for country in sorted(countries):
        table = _towns(country)
        rows = [(row, key, exact) for key, exact in looked for row in table.get(key, ())]
        if not any(exact for _, _, exact in rows):  # never over a town of its very sound
            rows += [
                (row, key, False)
                for key in longest
                for row in table.get(key, ())
                if row[3] >= WELL_KNOWN_POPULATION
            ]
        # The word lost one of the town's consonants ("Gabe" for Gabès): one class off too.
        rows += [(row, key, False) for key in lost if key in table for row in table[key]]
        framed = [(row, key, True) for key in shorts for row in table.get(key, ())]
        framed += [(row, key, False) for key in nears for row in table.get(key, ())]
        read = len(rows)
        # each row's fields as names: its _Town made only for a match kept (a tenth of the loop)
        for n, (row, key, exact) in enumerate(rows + framed):
            rowid, town_name, town_spelling, population = row
            frame = bool(frames & _town_frames(town_name)) or (
                population >= WELL_KNOWN_POPULATION and _heard_frame(frames, heard, town_name)
            )
            sonorant = not frame and bool(swapped & _town_frames(town_name))
            if n >= read and not (frame or sonorant):
                continue
            vowel = (
                unvowelled is not None
                and not (frame or sonorant)
                and _one_vowel_apart(frames, unvowelled, town_name)
            )
            # Against the town's own name; another spelling of it counts a little less (a
            # GeoNames alternate may be a neighbour's name: Kosti lists Rabak's). In a strong
            # slot the word is also read aloud ("Chef" reads kef: El Kef).
            name, spelling = fold(town_name), fold(town_spelling)
            own = max(
                JaroWinkler.similarity(bare, _bare_name(town_name)),
                *(JaroWinkler.similarity(reading, name) for reading in spellings),
            )
            other = (
                0.0
                if is_arabic(town_spelling)
                else max(JaroWinkler.similarity(r, spelling) for r in spellings)
            )
            similarity = own
            old = best.get(rowid)
            # Another spelling's cost (:func:`_another_name`) asked only where even the lesser
            # cost lets it count and betters the town's match read from another row, if any
            at_best = other - least_cost
            if at_best > own and (
                old is None or (exact, round(at_best, 3)) > (old.exact, old.similarity)
            ):
                other -= _ALTERNATE_COST[_another_name(town_name, town_spelling)]
                similarity = max(own, other)
            similarity = round(similarity, 3)
            if old is not None:  # the frame of another spelling of the town counts as well
                frame, sonorant = frame or old.frame, sonorant or old.sonorant
                vowel = vowel or old.vowel
            sonorant = sonorant and not frame
            vowel = vowel and not (frame or sonorant)
            if old is None or (exact, similarity) > (old.exact, old.similarity):
                town = _Town(rowid, town_name, town_spelling, country, population)
                best[rowid] = TownMatch(
                    town, exact, similarity, key, round(own, 3), frame, sonorant, vowel
                )
            else:  # built whole: dataclasses.replace cost a tenth of the loop
                best[rowid] = TownMatch(
                    old.town, old.exact, old.similarity, old.key, old.own, frame, sonorant, vowel
                )
    found = list(best.values())
    if said:
        # A word that is a town's own name, its words written as one ("Shahrekord": Shahr-e
        # Kord), names that town: no other sounds more like it, however it ranks by sound
        own = [m for m in found if fold(m.town.name) == fold(word)]
        found = [replace(m, heard=heard_similarity(said, m.town.name)) for m in own or found]
    return sorted(found, key=_rank, reverse=True)


# A word said aloud one consonant from a town's name said aloud (:func:`one_sound_apart`): the
# least spelling similarity besides (Jaro-Winkler of the word or its readings and the town's
# name; at 0.60, a strong slot's floor, "Garrick" read Gereshk, 0.64, and many ordinary words
# read some town of the copy's countries).
MIN_APART_LATIN = 0.70


@lru_cache(maxsize=WORD_CACHE)
def one_sound_apart(word: str, countries: frozenset[str]) -> TownMatch | None:
    """The town of 20,000+ of ``countries`` whose name said aloud is the word said aloud (its
    frames, :func:`_word_frames`) but for one consonant, every vowel in place and the first
    sound kept (:func:`_frames_apart`): a consonant of a cluster lost or heard ("Kirsty" for
    Qarshi, "Custom" for Kutum, "Pathos" for Patnos), one heard for another of its manner, or
    two neighbours swapped ("Cobra" for Korba). What an ear keeps of a name it mishears: its
    onset, its rhythm of vowels, the manner of each consonant. Three consonant classes or
    more on both sides (fewer match too many towns), spelled within :data:`MIN_APART_LATIN`;
    the best first by :func:`_rank` (spelling, size and how the name sounds): asked only for a
    word read as in a place slot (``look_alike``'s strong slot, which
    :func:`located_look_alike` sets for a word after "in", "near" in copy set in one country),
    where :func:`town_matches` ranks by sound too."""
    frames = {f for f in _word_frames(word) if len(_frame_key(f)) >= 3}
    if not frames:
        return None
    said = _word_frames(word, silent=False)  # said whole, for the ranking (town_matches)
    classes = _all_classes()
    town_keys = _town_keys()
    keys: set[str] = set()
    for frame in frames:
        for own in _voicings(_frame_key(frame)):
            keys |= _one_class_edits(own, classes) & town_keys
    keys = {key for key in keys if len(key) >= 3}
    folded, bare = fold(word), bare_name(word)
    spellings = (folded, *english_readings(word))
    least_cost = min(_ALTERNATE_COST.values())
    best: tuple[tuple[float, float, int], TownMatch] | None = None
    for country in sorted(countries):
        table = _towns(country)
        for key in sorted(keys):
            for row in table.get(key, ()):
                town = _Town(row[0], row[1], row[2], country, row[3])
                if fold(town.name) == folded:
                    continue
                if not any(_frames_apart(f, t) for f in frames for t in _town_frames(town.name)):
                    continue
                own = max(
                    JaroWinkler.similarity(bare, _bare_name(town.name)),
                    *(JaroWinkler.similarity(s, fold(town.name)) for s in spellings),
                )
                similarity = own  # another spelling of the town counts less (town_matches)
                if not is_arabic(town.spelling):
                    other = max(JaroWinkler.similarity(s, fold(town.spelling)) for s in spellings)
                    if max(own, other - least_cost) < MIN_APART_LATIN:
                        continue  # too far at either cost: :func:`_another_name` not asked
                    other -= _ALTERNATE_COST[_another_name(town.name, town.spelling)]
                    similarity = max(own, other)
                if similarity < MIN_APART_LATIN:
                    continue
                heard = heard_similarity(said, town.name)
                match = TownMatch(
                    town, False, round(similarity, 3), key, round(own, 3), apart=True, heard=heard
                )
                if best is None or _rank(match) > best[0]:
                    best = (_rank(match), match)
    return best[1] if best is not None else None


# A word whose opening sounds are a town's opening sounds (:func:`onset_match`): at least this
# many consonant classes, every vowel between them in place.
ONSET_CLASSES = 3


def _common_onset(first: str, second: str) -> str:
    """The frames' common opening, sound by sound."""
    n = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        n += 1
    return first[:n]


@lru_cache(maxsize=WORD_CACHE)
def onset_match(word: str, countries: frozenset[str]) -> TownMatch | None:
    """The town of 20,000+ of ``countries`` whose name said aloud opens with the sounds the
    word said aloud opens with (its frames, :func:`_word_frames`, read whole): at least
    :data:`ONSET_CLASSES` consonant classes, every vowel between them in place, and the word's
    ending its own, a consonant at least ("Kirkwood" for Kirkuk, "Tantrum" for Tanta, "Trabant"
    for Trabzon, "Lancaster" for Lankaran). An ear that meets a town's name it does not know
    keeps its opening and finishes it as a word or name it does know; the MT engine's English
    model does the same. The longest common opening first, then the spelling closest
    (:func:`town_matches`' similarity), then the larger town. Asked only in a strong slot,
    where no other reading of the word found a town (``look_alike``)."""
    frames = _word_frames(word, silent=False)
    if not frames:
        return None
    folded, bare = fold(word), bare_name(word)
    spellings = (folded, *english_readings(word))
    best: tuple[tuple[int, float, int], TownMatch] | None = None
    for country in sorted(countries):
        seen: set[int] = set()
        for rows in _towns(country).values():
            for rowid, name, _, population in rows:
                if rowid in seen:
                    continue
                seen.add(rowid)
                if not _one_word(name):
                    continue  # a name of several words ("Mechraa Bel Ksiri"): no "Migrants"
                # the word's own ending: a consonant of the word after the common opening (a
                # word that is all opening, "Tigray" for Tajrish, is a name cut short, read by
                # :func:`_ending_apart` on its own terms)
                opening = max(
                    (
                        common
                        for f in frames
                        for t in _town_frames(name)
                        if _frame_key(f[len(common := _common_onset(f, t)) :])
                    ),
                    key=len,
                    default="",
                )
                if len(_frame_key(opening)) < ONSET_CLASSES or fold(name) == folded:
                    continue
                own = max(
                    JaroWinkler.similarity(bare, _bare_name(name)),
                    *(JaroWinkler.similarity(s, fold(name)) for s in spellings),
                )
                rank = (len(opening), round(own, 3), population)
                if best is None or rank > best[0]:
                    town = _Town(rowid, name, name, country, population)
                    match = TownMatch(town, False, round(own, 3), "", round(own, 3), onset=True)
                    best = (rank, match)
    return best[1] if best is not None else None


@cache
def _one_word(name: str) -> bool:
    """A town's name is one word but for the Arabic article ("Aţ Ţafīlah", "Kirkuk")."""
    parts = [p for p in NAME_PARTS.split(fold_keep_spaces(name)) if p]
    return len([p for p in parts if not ARTICLE.match(p)]) == 1


def _known_site(text: str) -> bool:
    """A site, landmark, group or region ``place_clues.tsv`` names by the word itself
    ("Persepolis", "Petra"): the copy names that, not a town it respells."""
    from tqcheck.gazetteer.context import place_clues

    return text in place_clues()[1]


def _one_class_edits(key: str, classes: frozenset[str]) -> set[str]:
    """``key`` with one class put in, left out, put for another, or swapped with the next."""
    found = {key[:i] + key[i + 1 :] for i in range(len(key))}
    for i in range(len(key) + 1):  # lists, each head and tail cut once: a third of the time
        head, tail = key[:i], key[i:]
        found.update([head + char + tail for char in classes])
    for i in range(len(key)):
        head, tail = key[:i], key[i + 1 :]
        found.update([head + char + tail for char in classes])
    found.update(key[:i] + key[i + 1] + key[i] + key[i + 2 :] for i in range(len(key) - 1))
    return found - {key}


# The manners of the frame's consonant sounds: a listener keeps a sound's manner and voicing
# and mishears its place (the perceptual confusions of Miller and Nicely, 1955): a stop for a
# stop, a fricative for a fricative, a nasal for a nasal, a liquid for a liquid.
_MANNERS = {"B": "stop", "T": "stop", "K": "stop", "F": "fricative", "S": "fricative"}
_MANNERS |= {"J": "fricative", "H": "fricative", "M": "nasal", "N": "nasal"}
_MANNERS |= {"L": "liquid", "R": "liquid"}


def _frames_apart(word: str, town: str) -> bool:
    """Two frames one consonant apart (:func:`one_sound_apart`), their first sounds the same:
    a consonant of a cluster left out or put in, a consonant heard for another of its manner
    (:data:`_MANNERS`), or two neighbouring consonants swapped."""
    if not word or not town or word[0] != town[0] or word == town:
        return False
    if len(word) == len(town):
        diff = [i for i in range(len(word)) if word[i] != town[i]]
        i, j = diff[0], diff[-1]
        if len(diff) == 1:
            manner = _MANNERS.get(word[i])
            return manner is not None and manner == _MANNERS.get(town[i])
        return (
            len(diff) == 2
            and j == i + 1
            and word[i] == town[j]
            and word[j] == town[i]
            and _VOWEL_MARK not in (word[i], word[j])
        )
    longer, shorter = (word, town) if len(word) > len(town) else (town, word)
    if len(longer) != len(shorter) + 1:
        return False
    return any(
        longer[i] != _VOWEL_MARK
        and (longer[i - 1] != _VOWEL_MARK or longer[i + 1 : i + 2] not in ("", _VOWEL_MARK))
        and longer[:i] + longer[i + 1 :] == shorter
        for i in range(1, len(longer))
    )


# What a spelling of the town other than its own name costs: a respelling of it, or another
# name (sounds apart from it: an ancient or foreign name, "Amida" for Diyarbakir).
_ALTERNATE_COST = {False: 0.05, True: 0.15}


@lru_cache(maxsize=WORD_CACHE)
def _sound_keys(name: str) -> frozenset[str]:
    """The skeletons of ``name``, also without its Arabic article."""
    return frozenset(skeletons(name) | skeletons(bare_name(name)))


@lru_cache(maxsize=WORD_CACHE)
def _another_name(name: str, spelling: str) -> bool:
    """``spelling`` is no respelling of ``name``: no skeleton within one class of it."""
    own, other = _sound_keys(name), _sound_keys(spelling)
    if own & other:
        return False
    return not any(_near_keys(key) & other for key in own) and not any(
        _near_keys(key) & own for key in other
    )


# What an ear makes of one sound of a town's frame in a word it hears (:func:`_aligned`): a
# vowel or an h said or dropped is cheap (English copy's vowels are any vowels, its h's mute); a
# consonant heard for another of its manner (:data:`_MANNERS`: Miller and Nicely's perceptual
# confusions) costs less than one of another manner, or one said or lost; a vowel is never a
# consonant; a sound said or dropped at the end, after the other's last, costs half (the word's
# ending may differ: "Casserly" for Ksar Hellal).
_VOWEL_EDIT = 0.4
_GLIDE_EDIT = 0.6  # English w, said or dropped
_SAME_MANNER = 0.6
_NO_VOWEL_FOR_CONSONANT = 9.0
_ENDING = 0.5  # a sound said or dropped after the other's last: English ends words its own way


def _edit_cost(sound: str) -> float:
    """The cost of a frame's sound said or dropped (:data:`_VOWEL_EDIT`)."""
    if sound in (_VOWEL_MARK, _H_MARK):
        return _VOWEL_EDIT
    return _GLIDE_EDIT if sound == _W_MARK else 1.0


def _swap_cost(heard: str, said: str) -> float:
    """The cost of a frame's sound ``said`` heard as ``heard`` (:data:`_SAME_MANNER`)."""
    if heard == said:
        return 0.0
    if _VOWEL_MARK in (heard, said):
        return _NO_VOWEL_FOR_CONSONANT
    manner = _MANNERS.get(heard)
    return _SAME_MANNER if manner is not None and manner == _MANNERS.get(said) else 1.0


class _Costs(dict[str, float]):
    """:func:`_edit_cost` of each sound, made on first use (a lookup: the alignment asks it for
    every cell)."""

    def __missing__(self, sound: str) -> float:
        self[sound] = cost = _edit_cost(sound)
        return cost


class _Swaps(dict[str, dict[str, float]]):
    """Per sound heard, :func:`_swap_cost` of each sound said, made on first use."""

    def __missing__(self, heard: str) -> dict[str, float]:
        self[heard] = costs = _HeardAs(heard)
        return costs


class _HeardAs(dict[str, float]):
    def __init__(self, heard: str) -> None:
        super().__init__()
        self.heard = heard

    def __missing__(self, said: str) -> float:
        self[said] = cost = _swap_cost(self.heard, said)
        return cost


_EDITS = _Costs()
_SWAPS = _Swaps()


@lru_cache(maxsize=WORD_CACHE)
def _aligned(word: str, town: str) -> float:
    """1 less the cheapest alignment of a word's frame with a town's (a weighted edit
    distance: :func:`_edit_cost`, :func:`_swap_cost`, :data:`_ENDING`), per sound of the
    town's frame."""
    said_costs = [_EDITS[said] for said in town]
    costs = [0.0]
    for cost in said_costs:
        costs.append(costs[-1] + cost)
    n = len(town)
    for i, heard in enumerate(word):
        edit, swaps = _EDITS[heard], _SWAPS[heard]
        end_edit = edit * _ENDING  # a sound of the word's after the town's last
        ending = _ENDING if i == len(word) - 1 else 1.0  # a town's sound after the word's last
        left = costs[0] + edit
        row = [left]
        for j in range(n):  # comparisons, not min(): the check asks a thousand alignments
            best = costs[j] + swaps[town[j]]
            other = costs[j + 1] + (edit if j < n - 1 else end_edit)
            if other < best:
                best = other
            other = left + said_costs[j] * ending
            if other < best:
                best = other
            left = best
            row.append(best)
        costs = row
    return 1.0 - costs[-1] / max(n, 1)


def heard_similarity(frames: frozenset[str], name: str) -> float:
    """How like the town's name said aloud the word said aloud is (``frames``, the word's
    :func:`_word_frames`): the best :func:`_aligned` of the frames of both, rounded. A ranking
    of the towns a skeleton found (:func:`_rank`) by how they sound, not how they are spelled:
    of the 38 tune sets' look-alikes whose town :func:`town_matches` finds in a place slot
    among the towns of the row's country, the town came first 557 times in 592 by spelling and
    size, 566 with this besides (even-numbered sets 299 -> 304, odd 258 -> 262; "Barker":
    Baharka, not Basra; "Tarzan": Tarsus, not Trabzon)."""
    towns = _town_frames(name)
    return round(max((_aligned(w, t) for w in sorted(frames) for t in sorted(towns)), default=0), 3)


def _rank(match: TownMatch) -> tuple[float, float, int]:
    """Spelling similarity, more for an exact skeleton, for the town's frame, for a larger
    town (by tens of thousands: a town ten times larger than another is named in copy far more
    often) and for a name that sounds like the word (:func:`heard_similarity`)."""
    size = math.log10(max(match.town.population, TOWN_POPULATION) / TOWN_POPULATION)
    bonus = (EXACT_BONUS if match.exact else 0.0) + SIZE_BONUS * size
    bonus += FRAME_BONUS if match.frame else 0.0
    bonus += HEARD_WEIGHT * match.heard
    return (round(match.similarity + bonus, 3), match.own, match.town.population)


def _word_character(char: str) -> bool:
    """``char`` is one a regular expression's ``\\w`` matches (a letter, digit or underscore)."""
    return char.isalnum() or char == "_"


def owns_next(text: str, around: str) -> bool:
    """``text`` stands in ``around`` as a whole word with a possessive 's ("Kiefer's car"):
    what ``(?<![\\w'’-])TEXT['’]s\\b`` finds, without compiling a pattern for each word (49
    patterns, about 10 ms of a garble-dense article's check)."""
    at = around.find(text)
    while at >= 0:
        before = around[at - 1] if at else ""
        end = at + len(text)
        if (
            not (before and (_word_character(before) or before in "'’-"))
            and around[end : end + 1] in ("'", "’")
            and around[end + 1 : end + 2] == "s"
            and not (end + 2 < len(around) and _word_character(around[end + 2]))
        ):
            return True
        at = around.find(text, at + 1)
    return False


def said_abroad(candidate: Candidate) -> bool:
    """A word of ``abroad_words.txt`` stands within four words before the "in" or "near" the
    candidate follows, in the same clause ("an Iranian dissident living in exile in X", "Syrian
    refugees resettled in X", "who studied medicine in X"): the copy places the name where
    people of its country went abroad, so it is no garble of a town at home, however like one
    it sounds (a probe of real towns abroad: "who studied in Mauldin" read as Mardin, "in
    exile in Euclid" as Eqlid)."""
    before = before_in_sentence(candidate)
    if not before:
        return False
    clause = re.split(r"[,;:.!?()\u2013\u2014]", before)[-1].lower().split()
    if len(clause) < 2 or clause[-1] not in ("in", "near"):
        return False
    words = word_list("abroad_words")
    return any(word.strip("'\"’”") in words for word in clause[-5:-1])


def _city_abroad(text: str, region: set[str]) -> bool:
    """``text`` is a name GeoNames records for a city of :data:`WELL_KNOWN_POPULATION` or more
    outside ``region`` ("Hull": Kingston upon Hull; "Paris"): outside a strong place slot
    (after "in", "near", every other weak slot, "the X" standing alone: "Police in Hull", "a
    letter from Hull") copy names such a city as it is, which a look-alike reading there
    would override on a sound alone. A strong slot says more ("the town of X") and is read as
    before. (Read after "in", "near" only, the dev sets and the probe of real towns abroad
    gave the same figures: the broader test is kept.)"""
    return any(
        place.population >= WELL_KNOWN_POPULATION and place.country not in region
        for place in recorded_places(text)
    )


# After a word, a country named right after a comma, its speakers and a verb of saying
# ("X, Turkey's foreign ministry said", "X, Iranian media reported"): who said so.
_ATTRIBUTION_NEXT = patterns.compile(
    r",\s+[A-Z][\w-]*(?:['’]s)?\s+(?:[\w-]+\s+){0,4}?(?:said|says|reported|reports|told|"
    r"announced|confirmed|stated|claimed|added|quoted)\b"
)


def attributed(candidate: Candidate) -> bool:
    """A country slot that is an attribution (:data:`_ATTRIBUTION_NEXT`: "killed near X,
    Turkey's foreign ministry said"): the country says who spoke, not where X is, so the word
    is read by the slot before it, not as "X, Turkey" places it."""
    rest = after_in_sentence(candidate)
    return rest is not None and _ATTRIBUTION_NEXT.match(rest) is not None


# Right after a word, an apposition that places it: "Duke, in the Kurdistan region, still hosts"
# (a title there introduces no name: the place slot is the title word's own).
_PLACED_NEXT = patterns.compile(r",\s+(?:in|near|on|north|south|east|west)\b")
# "the" right before a title: "The Emir, in Doha, received ...": the person, not a name.
_THE_BEFORE = patterns.compile(r"\bthe[ \t]+$", re.IGNORECASE)


def _placed_next(candidate: Candidate) -> bool:
    """An apposition that places the candidate follows it (:data:`_PLACED_NEXT`), read at the
    candidate's own place in its sentence (``garbles.after_in_sentence``: "the Duke had come,
    and Duke, in the Kurdistan region, ..."), and no "the" stands before it ("The Emir, in
    Doha, received ...": the title is the person's)."""
    rest = after_in_sentence(candidate)
    before = before_in_sentence(candidate)
    return (
        rest is not None
        and _PLACED_NEXT.match(rest) is not None
        and not (before and _THE_BEFORE.search(before))
    )


# The consonant classes of a plural's singular, its letters read as written, that the reading
# of the singular asks for (:func:`look_alike`): "ghost" KST, not "horn" RN.
PLURAL_CLASSES = 3


def look_alike(candidate: Candidate, countries: set[str], onset: bool = False) -> Garble | None:
    """``candidate`` (one English word) as a look-alike of a town of ``countries``, where the
    evidence meets (see the module docstring); None otherwise. With ``onset`` (a reader that
    found no literal reading), a word of a strong slot may also open with a town's sounds
    (:func:`onset_match`), the weakest evidence, which no literal reading gives way to.

    A plural of a word English text knows (:func:`_plural_of_english`) that no reading finds a
    town for is read once more as its singular, kept only where the singular has the town's
    frame (:data:`SCORE_FRAME`: its consonants and vowels in place): the MT engine heard the
    name and wrote the English word it knows, made plural ("villages in Ghosts, Afghan
    officials said": Khost), a singular of :data:`PLURAL_CLASSES` consonant classes or more.
    A weaker reading of the singular ("Barracks", "barrack": Baharak a consonant away) is no
    evidence: the plural is the word the copy means."""
    garble = _look_alike(candidate, countries, onset)
    folded = fold(candidate.text)
    if garble is not None or not candidate.text.isalpha() or not _plural_of_english(folded):
        return garble
    if min(map(len, skeletons(folded[:-1])), default=0) < PLURAL_CLASSES:
        return None  # "the Horns": "horn" said non-rhotic is a vowel and n, any town's ending
    singular = _look_alike(replace(candidate, text=candidate.text[:-1]), countries, onset)
    if singular is None or singular.score < SCORE_FRAME:
        return None
    return replace(singular, text=candidate.text)


def _look_alike(candidate: Candidate, countries: set[str], onset: bool) -> Garble | None:
    """:func:`look_alike`'s reading of the word as written."""
    text = candidate.text
    if candidate.slot == "country" and attributed(candidate):
        candidate = replace(candidate, slot="weak")  # "near X, Iranian media said"
    strong = candidate.slot in ("strong", "country")
    # In a strong slot any word of wordfreq's list (names of Zipf 3.0 and more: "Sadie"), or a
    # rarer word spelled close to the town (below); after "in", "from" a rarer word too, read
    # as closely (below); elsewhere ordinary English.
    rare = zipf(text) < STRONG_SLOT_ZIPF
    ordinary = is_english_word(text)
    word = text.isalpha() if strong or candidate.slot == "weak" else ordinary
    # "Sheikh", "Emir": they introduce a name, unless an apposition that places the word
    # follows it in a place slot ("Duke, in the Kurdistan region": Dihok)
    titles = word_list("english_name_titles")
    if " " in text and not any(part.lower() in titles for part in text.split()):
        return split_look_alike(candidate, countries & ARABIC_SCRIPT_REGION)
    if " " in text or "-" in text or not word:
        return None
    if text.lower() in titles and not (strong and _placed_next(candidate)):
        return None  # "the Village of the Sheikh": a title is no town's name
    region = countries & ARABIC_SCRIPT_REGION
    if not region or said_abroad(candidate):
        return None
    what = "a word" if rare else "an English word"
    if candidate.sentence_start and candidate.slot == "weak" and not candidate.locative:
        opening = _opening_match(text, region)  # a name opening a sentence (``_opening_name``)
        return look_alike_garble(candidate, opening, what=what) if opening is not None else None
    mid = not candidate.sentence_start
    # After "in", "near" any word; after "from", "to", "captured" only a common word
    # capitalised mid-sentence, not a given name ("a letter from Sophie"); outside a slot only
    # "the X" standing alone ("clashes in and around the Muscle"; not "the Samsung phone").
    weak = mid and (
        (candidate.slot == "weak" and candidate.locative)
        or (candidate.slot == "weak" and not given_name(text))
        or (candidate.slot == "none" and candidate.definite and not given_name(text))
    )
    if not (strong or weak):
        return None
    if not strong and _city_abroad(text, region):
        return None  # "Police in Hull arrested two men ... Iraqi migrants": no Ha'il
    placed = placed_match(candidate, region, silent=strong)
    if placed is not None:
        return look_alike_garble(candidate, *placed, what=what)
    named = named_country_match(candidate, region)  # "X, in Yemen's Bayda province"
    letters = skeletons(_DOUBLED_CONSONANT.sub(r"\1", fold(text)))  # read as a romanisation
    # In a strong slot an ordinary English word may end in a class the town lacks ("in Rifle,
    # south of Manama": Ar Rifa'), where spelled close to the town's own name (below).
    owner = owns_next(text, candidate.around)
    tried = False
    vowels = strong or candidate.locative  # one vowel apart: weighed there only (below)
    matches = town_matches(text, region, strong, strong and not rare, vowels)
    for match in matches:
        town = match.town
        if fold(town.name) == fold(text) or (tried and not (match.frame or match.sonorant)):
            continue  # after the best-ranked town failed, only a town of the word's frame
        large = town.population >= WELL_KNOWN_POPULATION
        # The town's frame, its consonants and vowels in place; a word outside wordfreq's list
        # (it may respell any name) only of a city of 100,000+, or after "in", "near", where a
        # rare given name or surname is no person ("arrested in Dooze": Douz), unless it owns
        # the noun after it ("in Kiefer's car"); in a strong slot, a word or name English text
        # knows (``_english_text``: "Keefer, in southern X", not a respelling of a local name)
        framed = match.frame and (
            large
            or not rare
            or (candidate.locative and not owner)
            or (strong and _english_text(text))
        )
        if strong and framed:
            wanted = True
        elif (
            match.sonorant
            and not rare
            and len(match.key) >= 3
            and (strong or (candidate.locative and large))
        ):  # the frame but for one nasal or liquid: a place slot, or "in" a city of 100,000+
            wanted = True
        elif (
            match.vowel
            and strong
            and not rare
            and len(match.key) >= 3
            and match.similarity >= MIN_WEAK_LATIN
        ):  # the frame but for one vowel said or dropped, in a place slot: a name of three
            # classes or more, spelled close ("in Sachs, the hometown of ... in Iran's Kurdistan
            # province": Saqqez)
            wanted = True
        elif strong and not match.exact:  # spelled close to the town's own name, too
            wanted = match.similarity >= MIN_NEAR_LATIN and match.own >= MIN_NEAR_LATIN
            # A word rarer than wordfreq's list differs by its ending only ("Tiara" for Tiaret;
            # "Shabahar" is no Salalah, sarara), the town's name read also without its
            # article ("Amaretto" for Al 'Amarah: its MR, not LMR)
            if rare:
                wanted = wanted and any(
                    key.startswith(town_key) or town_key.startswith(key)
                    for key in english_skeletons(text)
                    for town_key in (match.key, *_keys_without_article(town.name))
                )
        elif strong and rare:  # a word rarer than wordfreq's list: spelled close, or a
            # skeleton of three classes or more exactly the town's, read as an ordinary word
            # is (a surname: "McKinnon, a pottery town near Monastir", Moknine)
            wanted = match.similarity >= MIN_NEAR_LATIN or (
                match.similarity >= MIN_STRONG_LATIN and len(match.key) >= 3
            )
        elif strong:
            wanted = match.similarity >= MIN_STRONG_LATIN and (
                len(match.key) >= 3 or large or match.similarity >= MIN_NEAR_LATIN
            )
        elif (
            match.vowel
            and match.exact
            and candidate.locative
            and not owner
            and (large or len(match.key) >= 3)
            and match.similarity >= MIN_WEAK_LATIN
            and _english_text(text)
        ):  # after "in", "near", a word or name of English text with the frame of a city of
            # 100,000+ or of a town's name of three classes, but for one vowel said or dropped
            # ("near Zebedee": Zabid; "a market in Hawley", Hawalli)
            wanted = True
        elif framed and (candidate.locative or len(match.key) >= 3):
            # weakly placed, the town's frame: a city of 100,000+, or a town of 20,000+ with
            # three classes or more after "in", "near" ("near Dinner": Dinar); a name of one
            # or two classes only after "in", "near" ("in Fees": Fez; not "from Fees"), of a
            # smaller town spelled close ("in Dooze": Douz, 30,000)
            wanted = large or (
                candidate.locative and (len(match.key) >= 3 or match.similarity >= MIN_WEAK_LATIN)
            )
        else:  # weakly placed: exact sound, a large town, a close spelling
            close = MIN_WEAK_LATIN if candidate.slot == "weak" else MIN_NEAR_LATIN
            if not ordinary:  # a rarer word may respell any name: closer
                close = MIN_RARE_WEAK_LATIN
            # read by an English sound rule, close to the town's own name ("Chemist",
            # Khemisset; "Machines" is no Manisa by its exonym Magnesia)
            spelled = match.similarity if match.key in letters else match.own
            # after "in", "near" a town under 100,000 needs a closer spelling ("near Sadie")
            if not large and candidate.locative:
                large, close = True, max(close, MIN_SMALL_TOWN_LATIN)
            wanted = match.exact and large and spelled >= close and len(match.key) >= 3
            # or the whole name of a city of 100,000+ and one consonant more or less at the
            # end, spelled closer ("quake hit Bingo": Bingöl; "pilgrims walked to Carbolic":
            # Karbala; "a pit in Rudy": Rudnyy)
            wanted = wanted or _ending_apart(match, text, MIN_WEAK_ENDING_LATIN)
        if wanted and named is not None and not match.frame and named.own > match.own:
            break  # a town of the named country with the word's frame, spelled closer
        if wanted:
            return look_alike_garble(candidate, match, what=what)
        tried = True  # a weaker town is no evidence when a better fails, unless of the frame
    if named is None and strong:
        # A word English text knows; or any name, a romanisation too ("Tawrirt" for Taourirt),
        # where the copy places it in its one country of the region, spelled closer
        # (``_placed_in_its_country``)
        english = not rare or _english_text(text)
        placed = not english and _placed_in_its_country(candidate, region)
        if english or placed:
            apart = one_sound_apart(text, frozenset(region))
            if apart is not None and (not placed or apart.similarity >= MIN_RARE_WEAK_LATIN):
                return look_alike_garble(candidate, apart, what=what)
        # the whole name of the best-ranked town, a city of 100,000+, and one consonant more
        # or less at the end, where no reading above found a town ("McCallum's port": Mukalla)
        best = next((m for m in matches if fold(m.town.name) != fold(text)), None)
        if best is not None and _ending_apart(best, text, MIN_STRONG_ENDING_LATIN):
            return look_alike_garble(candidate, best, what=what)
        if candidate.slot == "country":
            # placed in its country by the copy's own words ("X, Jordan's second city"): the
            # frame of a city of 100,000+ less its last consonant ("Herbie": Irbid)
            ended = next((m for m in matches if _frame_ending_apart(m, text)), None)
            if ended is not None:
                return look_alike_garble(candidate, ended, what=what)
        if (
            english
            and not ordinary  # an everyday word or company ("its plant at Siemens"): its own
            and onset
            and (mid or candidate.slot == "country")
            and not _known_site(text)
        ):
            # a word English text knows whose opening sounds are a town's ("the city of
            # Kirkwood": Kirkuk), where no reading above found a town (:func:`onset_match`);
            # a sentence's first word only where the copy places it in a country ("Tantrum,
            # Egypt -"; not "Migrants crossing from Algeria ..."), and not a site or group the
            # clues table knows ("the ruins of Persepolis")
            opening = onset_match(text, frozenset(region))
            if opening is not None:
                return look_alike_garble(candidate, opening, what=what)
    return look_alike_garble(candidate, named, what=what) if named is not None else None


def framed_beyond_a_namesake(candidate: Candidate, countries: set[str]) -> Garble | None:
    """``candidate``, a name that GeoNames records for a town abroad only (``Saaxo``, Somalia,
    26,000; Caracal, Romania, 34,000), read as a look-alike of a town of the article's
    countries all the same, where the evidence is the surest there is: one word after "in",
    "near" or in a place slot, not said to be abroad, with the town's frame (its consonants and
    vowels in place: :data:`SCORE_FRAME`), and no namesake abroad half the town's size or more
    (:data:`NAMESAKE_SHARE`), nor a city of :data:`WELL_KNOWN_POPULATION` by its name ("the
    crossing near Saxo ... the Kurdistan Region": Zaxo, 95,000; "the slopes above Caracal ...
    Lake Issyk-Kul": Karakol, 84,000). A place of the article's countries by the name is no
    garble (the caller asks ``is_real_place`` of them first)."""
    text = candidate.text
    region = countries & ARABIC_SCRIPT_REGION
    if not region or not candidate.placing or candidate.sentence_start:
        return None
    if " " in text or "-" in text or not text.isalpha() or said_abroad(candidate):
        return None
    abroad = recorded_places(text)
    if not abroad or is_real_place(text, countries, named=True):
        return None  # a place of the article's countries, a sea, a province by the name
    if any(place.population >= WELL_KNOWN_POPULATION for place in abroad):
        return None
    strong = candidate.slot in ("strong", "country")
    garble = look_alike(candidate, countries, onset=strong)
    if garble is None or (garble.score < SCORE_FRAME and not strong):
        return None
    place = geonames_index().get(garble.geonameid)
    if place is None or any(
        other.population >= NAMESAKE_SHARE * place.population for other in abroad
    ):
        return None
    return garble


def _placed_in_its_country(candidate: Candidate, region: set[str]) -> bool:
    """The copy names one country of the region and places the candidate in it by the slot
    itself: a country after it ("X, in eastern Morocco", "X, Pakistan"), an apposition that
    locates it ("X, near Casablanca", "X, the capital of Diyala province") or a country the
    slot names. A name there that GeoNames records for no place of that country
    (``garbles.resolve_in_context`` asked first) and that has, but for one consonant, the sounds
    of a town of 20,000 or more of it (:func:`one_sound_apart`) is that town respelled, a
    romanisation as much as an English word ("Police in Tawrirt, in eastern Morocco":
    Taourirt; "a factory fire in Barrashid, near Casablanca": Berrechid): the copy has said
    where to look, and a village GeoNames lacks is seldom a consonant from a town of the
    country it names. Not a name placed by the slot alone ("the town of X"), nor copy naming
    several countries of the region, where a local name may be any of theirs."""
    if len(region) != 1:
        return False
    return candidate.slot == "country" or candidate.located or candidate.hint in region


def located_look_alike(candidate: Candidate, countries: set[str]) -> Garble | None:
    """``candidate`` as a look-alike of a town of the one country of the region that the copy
    places it in, where the reading by its slot (``garbles.resolve_in_context``) found none:
    "near the castle in Carrick, the Jordanian government said" (Karak), "stranded in Gillette
    ... the Karakoram Highway" (Gilgit), "marched in Cognac square in Izmir" (Konak). Copy
    that sets a word after "in", "near" in one country of the region says the word is a place
    of that country as firmly as "the town of X" does; a name that is no place there, though
    it is a town abroad (Gillette, Wyoming; Cognac, France) or a given name, is read as in a
    strong slot, for a town of :data:`TOWN_POPULATION` or more. The bar on sound is the
    locative slot's, not the strong slot's, where the two differ:

    - one word mid-sentence, not after "the" ("near the Bridge" is a common noun), in a place
      slot or after "in", "near"; or after "to", "from", "at", where it has the town's frame
      (:data:`SCORE_FRAME`: "buses returned to Dinner ..., Turkish officials said", Dinar), the
      evidence the slot there lacks; not a person the curated layers know, nor a word owning
      the noun after it ("in Carmen's car");
    - the article's countries hold one country of the region only; the word is no place of
      it, and no city of :data:`WELL_KNOWN_POPULATION` or more abroad by its own name ("in
      a clinic near Paris" in copy about Iran is Paris, not Pardis: real news);
    - the word, as written or read aloud, is spelled within :data:`MIN_WEAK_LATIN` of the
      town's own name (not only of another recorded name: "in Sham" is no Nablus by its old
      name Sichem; "in Sharon" is no Sakhnin by its spelling Sahrin, Hebrew MT), or, where the
      copy names one country of the region, has the town's frame, spelled as close as a strong
      slot asks (:func:`_heard_in_its_country`: "Saudi Aramco's headquarters in Duran",
      Dhahran);
    - the word has the town's consonant classes exactly, or its frame: not a consonant away
      ("in Morgan ... Iranian media said" is no Gorgan);
    - a word of one or two consonant classes only with the town's frame, its vowels in place
      too ("Mighty": Mithi; "across Judea" is no Judeida by its consonants JD);
    - the article's other countries are land neighbours of that one only
      (:func:`_abroad_named`: "Talks in X between Turkish and German officials");
    - no town abroad by the word's own name is half the town's size or more
      (:data:`NAMESAKE_SHARE`: "in Herndon" is Herndon, Virginia, not Hendijan, Iran), and no
      word of emigration, exile or study abroad comes before its "in" (``look_alike``,
      :func:`said_abroad`: "who studied in Blaine" is no Belen).

    Where the article's countries hold several countries of the region, no one of them places
    the word; it is read only as ``well_known.well_known_look_alike`` reads a word where no
    country is named, within those countries ("Jordan's king received the Iraqi prime minister
    in X", a word with Amman's frame: one city's frame, spelled as a reader recognises a
    respelling), for a city of 100,000 or more of them (not the 200,000 asked where the whole
    region's cities compete), on the same terms besides, and never where the word is a place
    of the region ("pilgrims prayed in Mina") or a town of 1,000 or more anywhere by its own
    name ("met in Hale": Hale, England).
    """
    region = countries & ARABIC_SCRIPT_REGION
    text = candidate.text
    if not region or candidate.sentence_start or candidate.definite or not text.isalpha():
        return None
    # after "at", "to", "from" (no "in", "near"): only the town's frame (below)
    framed_only = candidate.slot == "weak" and not candidate.locative
    if candidate.slot not in ("strong", "country", "weak"):
        return None
    if is_person(text) or owns_next(text, candidate.around):
        return None
    if _abroad_named(countries, region):
        return None  # "Talks in X between Turkish and German officials": set abroad too
    if is_real_place(text, region, named=True) or any(
        place.population >= WELL_KNOWN_POPULATION and fold(place.name) == fold(text)
        for place in recorded_places(text)
    ):
        return None
    if len(region) == 1:
        garble = look_alike(replace(candidate, slot="strong"), region)
    else:
        # several countries of the region: none places the word alone, but a city every
        # reader knows without the copy naming its country is known as well where the copy
        # names it among others ("the Iraqi prime minister in Amen", Amman)
        from tqcheck.gazetteer.well_known import NAMED_TOWN_ANYWHERE, well_known_look_alike

        if said_abroad(candidate) or is_real_place(text, set(ARABIC_SCRIPT_REGION), named=True):
            return None  # "pilgrims prayed in Mina": Mina of Saudi Arabia, named or not
        if any(
            estimated_population(place) >= NAMED_TOWN_ANYWHERE and fold(place.name) == fold(text)
            for place in recorded_places(text)
        ):
            return None  # "met in Hale": Hale, England, a town by that very name
        garble = well_known_look_alike(candidate, region)
    if garble is None or far_from_its_city(candidate, garble):
        return None
    place = geonames_index().get(garble.geonameid)
    if place is None:
        return None
    if any(
        abroad.population >= NAMESAKE_SHARE * place.population
        and fold(abroad.name) == fold(text)
        and abroad.country not in region
        for abroad in recorded_places(text)
    ):
        return None  # a namesake abroad half the town's size or more (NAMESAKE_SHARE)
    own = max(
        JaroWinkler.similarity(spelling, name)
        for spelling in (fold(text), *english_readings(text))
        for name in (fold(place.name), _bare_name(place.name))
    )
    if own < MIN_WEAK_LATIN and not _heard_in_its_country(candidate, garble, region, own):
        return None  # spelled far from the town, and not heard as it in the copy's one country
    if garble.score < SCORE_EXACT and not (
        candidate.slot == "weak"
        and own >= MIN_NEAR_LATIN
        and zipf(text) < STRONG_SLOT_ZIPF
        and _only_its_ending_apart(text, place.name)
        and not _town_anywhere(text)
    ):
        # a consonant away: only a place slot of its own says that much (its reading asked
        # first), or, after "in", "near", as there ("Tiara" for Tiaret), a word rarer than
        # everyday English whose ending alone differs, spelled close, that is no town
        # anywhere by its own name ("in Bardot ... Azerbaijan's prosecutor said": Barda;
        # "a doctor who practises in Kirkel", a town of Germany, is no Kirkuk)
        return None
    if garble.score < SCORE_FRAME and max(map(len, english_skeletons(text)), default=0) < 3:
        return None
    if framed_only and garble.score < SCORE_FRAME:
        return None
    return garble


def _heard_in_its_country(
    candidate: Candidate, garble: Garble, region: set[str], own: float
) -> bool:
    """The located reading (:func:`located_look_alike`) of a word spelled further than
    :data:`MIN_WEAK_LATIN` from the town's own name is still the town where the copy names one
    country of the region, the word has the town's frame (:data:`SCORE_FRAME`: its consonants
    and vowels in place) and is spelled within :data:`MIN_STRONG_LATIN` of the name, the bar a
    strong slot sets, as the located reading reads the word as in one: the frame says how the
    name is heard, whatever letters it is written with ("Saudi Aramco's headquarters in Duran",
    Dhahran: the town's "dh" and "h" set the spellings 0.74 apart; "in Suhum ... Oman's
    police said", Saham). A name, that is: a given name, or a word English text does not use
    as a word; an everyday word after "in" is read by its sense ("the talks ended in Tears" is
    no Taiz). The copy's setting outweighs a city abroad by the word's name (Duran
    is also Duran, Ecuador, 315,000), as it does for a town (``NAMESAKE_SHARE``), except where
    the copy says so: a country abroad named (:func:`_abroad_named`), people of the country
    abroad in the word's sentence (:func:`people_abroad`: "Pakistani tourists in X", "Saudi
    migrants"), or the one country named only as who spoke right after the word
    (``attributed``: "A bomb exploded near Vienne, Turkey's defence ministry said": Vienne,
    France, not Van)."""
    return (
        len(region) == 1
        and garble.score >= SCORE_FRAME
        and own >= MIN_STRONG_LATIN
        and (not is_english_word(candidate.text) or given_name(candidate.text))
        and not attributed(candidate)
        and not people_abroad(candidate)
    )


@cache
def _people_abroad_pattern() -> re.Pattern[str]:
    """The nouns of ``travellers.txt`` (people of a country away from it: "tourists",
    "migrants", "asylum seekers") and the words of ``abroad_words.txt`` (emigration, exile,
    study abroad), as whole words."""
    nouns = {line.partition("\t")[0].strip() for line in word_list("travellers")}
    words = sorted(nouns | word_list("abroad_words"), key=len, reverse=True)
    return patterns.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.IGNORECASE
    )


def people_abroad(candidate: Candidate) -> bool:
    """The candidate's sentence speaks of people away from their country ("Pakistani tourists
    in X", "smugglers of Iraqi migrants", "an Iranian dissident living in exile in X"): the copy
    may name where they are, a place abroad however like a town at home it sounds."""
    return _people_abroad_pattern().search(candidate.around) is not None


@lru_cache(maxsize=WORD_CACHE)
def _keys_without_article(name: str) -> frozenset[str]:
    """The skeletons of a town's name without its Arabic article, where it has one ("Al
    'Amarah": MR), else none."""
    bare = _bare_name(name)
    return frozenset(skeletons(bare)) if bare != fold(name) else frozenset()


def _town_anywhere(text: str) -> bool:
    """GeoNames records a town of ``well_known.NAMED_TOWN_ANYWHERE`` or more anywhere by the
    word's own name ("Kirkel", Germany)."""
    from tqcheck.gazetteer.well_known import NAMED_TOWN_ANYWHERE

    return any(
        estimated_population(place) >= NAMED_TOWN_ANYWHERE and fold(place.name) == fold(text)
        for place in recorded_places(text)
    )


def _name_words(name: str) -> list[str]:
    """The folded words of a town's name, its Arabic article words left out."""
    return [
        part
        for part in NAME_PARTS.split(fold_keep_spaces(name))
        if part and not ARTICLE.match(part)
    ]


def _only_its_ending_apart(word: str, name: str) -> bool:
    """The word's skeleton and the town's differ by one class at the end only, one a head of
    the other: the word says the town's whole name and adds a consonant ("Bardot" for Barda)
    or leaves off its last ("Tokyo" for Tokat). Not a name of two words, whose first the word
    may be alone ("in Kafr nabel", cut at its lower-case second word, is no Kafr Laha)."""
    if len(_name_words(name)) > 1:
        return False
    own = _sound_keys(name)
    return any(
        abs(len(key) - len(town)) == 1
        and len(min(key, town, key=len)) >= 2
        and (key.startswith(town) or town.startswith(key))
        for key in english_skeletons(word)
        for town in own
    )


def _ending_apart(match: TownMatch, word: str, close: float) -> bool:
    """The word says the whole name of a city of 100,000 or more and adds one consonant class
    at its end or leaves off the name's last (:func:`_only_its_ending_apart`: "Carbolic" for
    Karbala, "Bingo" for Bingöl, "McCallum" for Mukalla), spelled at least ``close``
    (Jaro-Winkler, reading aloud included): what an ear keeps of a name is its onset and its
    body; its last consonant is the one it loses or adds (an English ending: -ic, -um, -o).
    The shorter skeleton has three classes or more, and the word is no everyday word
    (:data:`ENDING_ZIPF`: "Control" is no Kenitra, "Trip" no Tripoli)."""
    if match.exact or match.town.population < WELL_KNOWN_POPULATION or zipf(word) >= ENDING_ZIPF:
        return False
    if not _only_its_ending_apart(word, match.town.name):
        return False
    name = fold(match.town.name)
    similarity = max(
        match.similarity,
        *(JaroWinkler.similarity(reading, name) for reading in english_readings(word)),
    )
    return similarity >= close and any(
        min(len(key), len(town)) >= 3
        for key in english_skeletons(word)
        for town in _sound_keys(match.town.name)
        if abs(len(key) - len(town)) == 1 and (key.startswith(town) or town.startswith(key))
    )


def _frame_ending_apart(match: TownMatch, word: str) -> bool:
    """The word's frame, read aloud (an initial h silent: "Herbie" is heard "erbie"), is the
    frame of a city of 100,000 or more (its consonants and vowels in place) but for the name's
    last consonant, which English left off ("Herbie" for Irbid): two consonant classes or more
    kept, spelled within :data:`MIN_STRONG_LATIN`, no everyday word (:data:`ENDING_ZIPF`).
    Asked only where the copy places the word in its country by an apposition of its own."""
    town = match.town
    if fold(town.name) == fold(word) or town.population < WELL_KNOWN_POPULATION:
        return False
    if zipf(word) >= ENDING_ZIPF or match.similarity < MIN_STRONG_LATIN:
        return False
    frames = _word_frames(word)
    return any(
        len(_frame_key(frame)) >= 2
        and len(name) == len(frame) + 1
        and name.startswith(frame)
        and name[-1] not in (_VOWEL_MARK, _H_MARK, _W_MARK)
        for frame in frames
        for name in _town_frames(town.name)
    )


def _abroad_named(countries: set[str], region: set[str]) -> bool:
    """The article's ``countries`` hold, besides its one country of the region, a country that
    is no land neighbour of it ("Talks in X between Turkish and German officials", "French and
    Iraqi archaeologists met near X"): the copy is not set in that one country alone, and a
    word after "in" may be a town of the other. A neighbour is the border's ("stranded in X
    ... the Karakoram Highway": China and India beside Pakistan). With several countries of
    the region, a neighbour of any of them is the border's."""
    from tqcheck.gazetteer.context import neighbours_of

    return bool(countries - region - neighbours_of(region))


def split_look_alike(candidate: Candidate, region: set[str]) -> Garble | None:
    """Two English words that say a town's name together, each read aloud and the two said as
    one ("Bell Beck" for Baalbek, "Andy Jan" for Andijon): machine translation split the name
    into words of English text. Only in a place slot ("the town of X", "X, in Lebanon's
    east"), or mid-sentence after "in", "near" where the town's name has three consonant
    classes or it is a city of 100,000 or more, as for one word (``look_alike``), each word
    one English text knows, and with the town's frame exactly (:func:`split_frames`)."""
    strong = candidate.slot in ("strong", "country")
    weak = candidate.slot == "weak" and not candidate.sentence_start
    locative = weak and candidate.locative
    parts = candidate.text.split()
    if not region or not (strong or weak) or len(parts) != 2:
        return None
    if not all(part.isalpha() and part[0].isupper() for part in parts):
        return None
    if not all(_english_text(part) for part in parts) or owns_next(
        candidate.text, candidate.around
    ):
        return None
    if not strong and recorded_places(candidate.text):
        return None  # "near Bel Air": after "in", "near" a place's own name is that place
    frames = split_frames(parts[0], parts[1], strong)
    best: TownMatch | None = None
    for country in sorted(region):
        table = _towns(country)
        for key in sorted({k for frame in frames for k in _voicings(_frame_key(frame))}):
            for row in table.get(key, ()):
                town = _Town(row[0], row[1], row[2], country, row[3])
                if not frames & _town_frames(town.name):
                    continue
                if not strong and town.population < WELL_KNOWN_POPULATION and len(key) < 3:
                    continue
                if not (strong or locative) and town.population < WELL_KNOWN_POPULATION:
                    continue  # after "from", "at", "hit": a city of 100,000+ ("from Ad Lib")
                if fold(town.name) == fold("".join(parts)) or _written_word_by_word(parts, town):
                    continue
                similarity = round(JaroWinkler.similarity(fold("".join(parts)), fold(town.name)), 3)
                match = TownMatch(town, True, similarity, key, similarity, frame=True)
                if best is None or _rank(match) > _rank(best):
                    best = match
    what = "a name written as two words"
    if best is None and strong:
        # in a place slot, the two words said as one but for one consonant, every vowel in
        # place (:func:`one_sound_apart`: "Earl Bill airport", Erbil; "the plant in Sun Gate",
        # Sumgayit)
        joined = "".join(parts)
        best = one_sound_apart(joined, frozenset(region))
        if best is not None and _written_word_by_word(parts, best.town):
            best = None
    return look_alike_garble(candidate, best, what=what) if best is not None else None


def _written_word_by_word(parts: list[str], town: _Town) -> bool:
    """The two words are the town's two words as written, or each but for a short vowel a
    for e (``one_short_vowel_apart``: "Beni Walid" for Bani Walid, as the Maghreb's
    sources write "Beni"): the town's name in another romanisation, not English words said
    as one."""
    words = town.name.split()
    return len(words) == len(parts) and all(
        fold(part) == fold(word) or one_short_vowel_apart(part, word)
        for part, word in zip(parts, words, strict=True)
    )


def _with_its_h(word: str, frames: frozenset[str]) -> frozenset[str]:
    """``frames`` of a word whose initial h is said before a vowel, those that say it."""
    if not _INITIAL_H.match(fold(word)):
        return frames
    return frozenset(frame for frame in frames if frame.startswith(_H_MARK))


_INITIAL_H = patterns.compile(r"h[aeiouy]")


def split_frames(first: str, second: str, silent: bool = True) -> frozenset[str]:
    """The frames of two words said as one: each word's (:func:`_word_frames`), the first's
    last sound and the second's first heard as one where they are the same ("Sally Ann":
    SaLaN; "Kirk Cook": KaRKaK), two consonant classes or more. Each word's h before a vowel
    said (a silent h is a single name's reading: "the Hot One" is no Aydin)."""
    found = set()
    for one in _with_its_h(first, _word_frames(first, silent)):
        for two in _with_its_h(second, _word_frames(second, silent)):
            joined = one[:-1] + two if one[-1:] == two[:1] else one + two
            if len(_frame_key(joined)) >= 2:
                found.add(joined)
    return frozenset(found)


# A name opening a sentence is the clause's subject when a form of "be" or "have" follows it
# ("Sonia was hit by air strikes"); a noun modifying another is no name ("Sharia law",
# "Tanker traffic").
_SUBJECT_VERB = patterns.compile(r"\s+(?:is|was|are|were|has|had|have|remains|remained)\b")


def opening_city(candidate: Candidate, countries: set[str], plain: str) -> bool:
    """``candidate``, an English word or given name opening a sentence of ``plain``, is the
    subject of its clause, never written before another capitalised word in the document (a
    person's given name: "Sonia Gandhi ... Sonia was"), and says a city of the article's
    countries aloud (:func:`_opening_match`) that the document does not name itself."""
    text = candidate.text
    if not _SUBJECT_VERB.match(plain, candidate.end):
        return False
    if re.search(rf"(?<![\w'’-]){re.escape(text)}\s+[A-Z]", plain):
        return False
    match = _opening_match(text, countries & ARABIC_SCRIPT_REGION)
    if match is None:
        return False
    # a copy that names the city itself ("Police detained Sonia in Sanaa. Sonia was later
    # released") means a person by the word
    words = [fold(word) for word in _WORD.findall(plain)]
    for name in {match.town.name, _bare_name(match.town.name)}:
        size, folded = len(name.split()), fold(name)
        if any("".join(words[i : i + size]) == folded for i in range(len(words))):
            return False
    return True


_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _opening_match(word: str, region: set[str]) -> TownMatch | None:
    """A word opening a sentence, outside any slot ("Sonia was hit by air strikes overnight"
    in copy about Yemen): a capital letter there says nothing, and an English word or a given
    name there is read as a place only where the town that sounds most like it is a city of
    100,000 or more of the article's countries whose frame the word has, its skeleton exact
    (Sanaa): a city the copy names every day, said aloud; a person there is far likelier
    otherwise."""
    if zipf(word) >= OPENING_ZIPF:
        return None  # "These", "Money", "Order": words that open sentences every day
    matches = town_matches(word, region, silent=False)
    if not matches:
        return None
    best = matches[0]
    if (
        best.frame
        and best.exact
        and best.town.population >= WELL_KNOWN_POPULATION
        and best.similarity >= MIN_WEAK_LATIN
        and fold(best.town.name) != fold(word)
    ):
        return best
    return None


_FrameRow = tuple[int, str, int]  # rowid, name, population


@cache
def _region_frames() -> dict[str, tuple[tuple[str, str], str]]:
    """Country -> its frames (:func:`_town_frames`) and the places of the region's countries,
    any size, with each frame (rowid, name, population), packed as :func:`_country_frames`
    reads them; kept as a pickle named after the index and the modules that read names into
    frames. Packed, one country's places are read only where a copy names it (the whole
    table, as tuples, took 12 to 25 ms of each check to load)."""
    from tqcheck.gazetteer import garble, keys

    def build() -> dict[str, tuple[tuple[str, str], str]]:
        table: dict[str, dict[str, list[_FrameRow]]] = {}
        for y, x in _region_grid():
            for rowid, name, country, population, _, _ in _grid_cell(y, x):
                for frame in _town_frames(name):
                    if len(_frame_key(frame)) >= 2:
                        rows = table.setdefault(country, {}).setdefault(frame, [])
                        rows.append((rowid, name, population))
        packed: dict[str, tuple[tuple[str, str], str]] = {}
        for country, frames in table.items():
            numbers: dict[_FrameRow, int] = {}
            for rows in frames.values():
                for row in rows:
                    numbers.setdefault(row, len(numbers))
            packed[country] = (
                cache_files.pack_lists(frames, numbers.__getitem__),
                _pack_fields(numbers),
            )
        return packed

    inputs = [__file__, *garble.sources(), keys.__file__]
    return cache_files.table(
        "region-frames", inputs, build, dict, facts=[geonames_index().path.name]
    )


@cache
def _country_frames(country: str) -> cache_files.ListTable[_FrameRow]:
    """Frame -> the places of ``country`` with that frame (rowid, name, population), read from
    :func:`_region_frames`' packed table when first asked."""
    packed = _region_frames().get(country)
    if packed is None:
        return {}
    lists, rows = packed
    fields = rows.split(_FIELD)

    def entry(number: int) -> _FrameRow:
        at = 1 + 3 * number  # the string opens with a separator
        return (int(fields[at]), fields[at + 1], int(fields[at + 2]))

    return cache_files.PackedLists(lists, entry)


# Packed rows: each row's fields as text, every field after one separator (a character no
# GeoNames name holds), split when a row is first read.
_FIELD = "\x00"


def _pack_fields(rows: Iterable[tuple[object, ...]]) -> str:
    """``rows`` (ints, floats, names) as one string, each field after :data:`_FIELD`: an int
    and a float are written as ``repr`` writes them (``float(repr(x)) == x``)."""
    fields = [repr(f) if not isinstance(f, str) else f for row in rows for f in row]
    if any(_FIELD in field for field in fields):
        raise ValueError("a packed row's field must not hold NUL")
    return "".join(_FIELD + field for field in fields)


def named_country_match(candidate: Candidate, countries: set[str]) -> TownMatch | None:
    """In a country slot ("X, in Yemen's Bayda province", "X, Libya"), a town of that country,
    of any size, whose frame the word has (consonants, two classes or more, and vowels in
    place) and spelled within :data:`MIN_NAMED_LATIN` of it: the copy says the word is a place
    there. The closest spelled such town. Not a word opening a sentence ("Meanwhile, in
    Iran's Fars province")."""
    if candidate.slot != "country" or candidate.hint not in countries:
        return None
    if candidate.sentence_start:
        return None
    table = _country_frames(candidate.hint)
    folded = fold(candidate.text)
    best: TownMatch | None = None
    for frame in sorted(_word_frames(candidate.text)):
        for rowid, name, population in table.get(frame, ()):
            similarity = round(JaroWinkler.similarity(folded, fold(name)), 3)
            if fold(name) == folded or similarity < MIN_NAMED_LATIN:
                continue
            if best is None or (similarity, population) > (best.own, best.town.population):
                town = _Town(rowid, name, name, candidate.hint, population)
                best = TownMatch(town, False, similarity, "", similarity, True)
    return best


# A name in the sentence, one or two capitalised words ("Idlib", "Yemen's Bayda": Bayda).
_SENTENCE_NAME = patterns.compile(r"(?<![\w’'-])[A-Z][a-z-]+(?: [A-Z][a-z-]+)?")
# The copy places the word by a city right after it: "X, west of Hebron", "X, 20 km from
# Mosul", "X, near Ajloun", "X, a suburb south-west of Damascus".
_COMPASS = r"(?:north|south|east|west|central)(?:-?(?:east|west))?"
_PLACED_BY = patterns.compile(
    r",\s+(?:(?:about|some)\s+)?(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+)?"
    rf"(?:{_COMPASS}\s+of|from|near|outside|(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:suburb|district|neighbourhood|neighborhood|town|village|city)"
    rf"(?:\s+{_COMPASS})?\s+(?:of|near|outside))\s+(?:the\s+)?(?P<place>[A-Z][a-z-]+)"
)


def _anchors(candidate: Candidate, countries: set[str]) -> list[tuple[str, float, float, bool]]:
    """The towns of ``countries`` that the candidate's sentence names (not the candidate): a
    town of :data:`TOWN_POPULATION` or more by its own name, a city of 100,000 or more by any
    of its names ("Ajloun"): name, latitude, longitude of each (the cities the copy may place
    the candidate beside), and whether the copy places the candidate by it (``_PLACED_BY``)."""
    from tqcheck.gazetteer.garble.base import after_in_sentence

    found: dict[str, tuple[str, float, float, bool]] = {}
    rest = after_in_sentence(candidate)
    placed = _PLACED_BY.match(rest) if rest is not None else None
    by = placed.group("place") if placed else None
    for hit in _SENTENCE_NAME.finditer(candidate.around):
        text = hit.group()
        for name in dict.fromkeys([text, *text.split(" ")]):
            if name == candidate.text or len(name) < 3:
                continue
            for place in geonames_index().exact(name):
                if (
                    place.kind == "place"
                    and place.country in countries
                    and estimated_population(place) >= TOWN_POPULATION
                    and (
                        place.population >= WELL_KNOWN_POPULATION
                        or fold(name) in (fold(place.name), fold(_bare_name(place.name)))
                    )
                    and place.lat is not None
                    and place.lon is not None
                ):
                    explicit = by is not None and name.startswith(by)
                    old = found.get(place.geonameid)
                    if old is None or (explicit and not old[3]):
                        found[place.geonameid] = (name, place.lat, place.lon, explicit)
    return list(found.values())


def km(lat: float, lon: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    a = (
        math.sin(math.radians(lat2 - lat) / 2) ** 2
        + math.cos(math.radians(lat))
        * math.cos(math.radians(lat2))
        * math.sin(math.radians(lon2 - lon) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


_PlacedRow = tuple[int, str, str, int, float, float]  # rowid, name, country, population, lat, lon


@cache
def _region_grid() -> dict[tuple[int, int], str]:
    """The places of the region's countries, any size, by the whole degrees of their latitude
    and longitude, each cell's rows packed (:func:`_pack_fields`; read by :func:`_grid_cell`
    when first asked: the whole grid as tuples took 9 to 17 ms of each check to load); kept
    as a pickle named after the index and this module (one scan of the index's places took
    30 to 40 ms, for each city a sentence names)."""
    codes = sorted(ARABIC_SCRIPT_REGION)

    def build() -> dict[tuple[int, int], str]:
        grid: dict[tuple[int, int], list[_PlacedRow]] = {}
        for row in geonames_index().located_towns_in(codes):
            grid.setdefault((math.floor(row[4]), math.floor(row[5])), []).append(tuple(row))
        return {cell: _pack_fields(rows) for cell, rows in grid.items()}

    from tqcheck.gazetteer import garble  # ARABIC_SCRIPT_REGION

    inputs = [__file__, *garble.sources()]
    return cache_files.table("region-grid", inputs, build, dict, facts=[geonames_index().path.name])


@cache
def _grid_cell(y: int, x: int) -> tuple[_PlacedRow, ...]:
    """The rows of one cell of :func:`_region_grid` (rowid, name, country, population,
    latitude, longitude), in the index's order."""
    packed = _region_grid().get((y, x))
    if packed is None:
        return ()
    fields = packed.split(_FIELD)
    return tuple(
        (
            int(fields[at]),
            fields[at + 1],
            fields[at + 2],
            int(fields[at + 3]),
            float(fields[at + 4]),
            float(fields[at + 5]),
        )
        for at in range(1, len(fields), 6)
    )


def grid_cells() -> dict[tuple[int, int], tuple[_PlacedRow, ...]]:
    """Every cell of :func:`_region_grid` with its rows (:func:`_grid_cell`)."""
    return {cell: _grid_cell(*cell) for cell in _region_grid()}


@cache
def towns_near(lat: float, lon: float) -> tuple[tuple[int, str, str, int, float], ...]:
    """The places of the region's countries within :data:`PLACED_KM` of a point, any size:
    rowid, name, country, population, distance, nearest first."""
    span = PLACED_KM / 111.0
    wide = span / max(0.2, math.cos(math.radians(lat)))
    found = [
        (rowid, name, country, population, km(lat, lon, lat2, lon2))
        for y in range(math.floor(lat - span), math.floor(lat + span) + 1)
        for x in range(math.floor(lon - wide), math.floor(lon + wide) + 1)
        for rowid, name, country, population, lat2, lon2 in _grid_cell(y, x)
    ]
    return tuple(sorted((row for row in found if row[4] <= PLACED_KM), key=lambda r: r[4]))


def placed_match(
    candidate: Candidate, countries: set[str], silent: bool = True
) -> tuple[TownMatch, str] | None:
    """The town a word stands for where its sentence names a city of ``countries`` and the
    town lies within :data:`PLACED_KM` of that city, a town of :data:`TOWN_POPULATION` or more,
    or of any size where the copy places the word by the city ("Toffee, west of Hebron":
    Taffuh; "Derek, south of Mardin": Derik): the word has the town's frame (consonants and
    vowels in place), or its skeleton of two classes or more spelled close (Jaro-Winkler
    :data:`MIN_WEAK_LATIN`). Nearest first; with the name of the city it is placed by."""
    if candidate.sentence_start:
        return None
    anchors = _anchors(candidate, countries)
    if not anchors:
        return None
    frames = {f for f in _word_frames(candidate.text, silent) if len(_frame_key(f)) >= 2}
    keys = {key for key in english_skeletons(candidate.text, silent) if len(key) >= 2}
    spellings = (fold(candidate.text), *english_readings(candidate.text))
    size = len(fold(candidate.text))
    best: tuple[float, TownMatch, str] | None = None
    for anchor, lat, lon, explicit in anchors:
        for rowid, name, country, population, km in towns_near(lat, lon):
            if country not in countries or fold(name) == fold(anchor) or km < 1.0:
                continue  # the city itself is no town beside it
            if (
                geonames_index().estimated_population_of(rowid, population) < TOWN_POPULATION
                and not explicit
            ):
                continue  # a smaller town only where the copy places the word by the city
            if best is not None and km >= best[0]:
                break
            if abs(len(fold(_bare_name(name))) - size) > 2:
                continue  # three letters more or less: no frame nor close spelling of the word
            frame = bool(frames & _town_frames(name))
            similarity = max(JaroWinkler.similarity(s, fold(name)) for s in spellings)
            similarity = max(
                similarity, JaroWinkler.similarity(bare_name(candidate.text), _bare_name(name))
            )
            if not frame and similarity < MIN_WEAK_LATIN:
                continue  # no skeleton can make it count: the town's keys not read
            exact = bool(keys & _sound_keys(name))
            if not (frame or exact):
                continue
            town = _Town(rowid, name, name, country, population)
            key = min(keys & _sound_keys(name), default="")
            match = TownMatch(town, exact, round(similarity, 3), key, round(similarity, 3), frame)
            best = (km, match, anchor)
    return (best[1], best[2]) if best is not None else None


def placed_nearer(candidate: Candidate, town: Garble, other: Garble) -> bool:
    """The look-alike ``town`` lies within :data:`PLACED_KM` of a city the candidate's sentence
    names, and at most half as far from it as the place ``other`` reads the word as: the copy
    places the word beside that city."""
    a, b = geonames_index().get(town.geonameid), geonames_index().get(other.geonameid)
    if a is None or a.lat is None or a.lon is None:
        return False
    for _, lat, lon, _explicit in _anchors(candidate, {town.country}):
        near = km(lat, lon, a.lat, a.lon)
        if near > PLACED_KM:
            continue
        if b is None or b.lat is None or b.lon is None or 2 * near < km(lat, lon, b.lat, b.lon):
            return True
    return False


def _one_consonant_swapped(word: str, town: str) -> bool:
    """Two frames of three consonant classes or more, of one length, that differ in one
    consonant only, its vowels in place ("Bonham" for Bonab): weaker than
    :func:`_frames_apart`, which asks the two of one manner."""
    if len(word) != len(town) or len(_frame_key(word)) < 3:
        return False
    diff = [i for i in range(len(word)) if word[i] != town[i]]
    return len(diff) == 1 and _VOWEL_MARK not in (word[diff[0]], town[diff[0]])


def _one_consonant_ending(word: str, town: str) -> bool:
    """Two frames, the shorter of two consonant classes or more, one of them the other and one
    consonant more at the end ("Minnow" for Minab, "Sorrel" for Sari)."""
    longer, shorter = (word, town) if len(word) > len(town) else (town, word)
    return (
        len(longer) == len(shorter) + 1
        and longer[-1] != _VOWEL_MARK
        and longer.startswith(shorter)
        and len(_frame_key(shorter)) >= 2
    )


def province_look_alike(
    candidate: Candidate, countries: set[str], units: frozenset[str], reread: bool = False
) -> Garble | None:
    """``candidate`` as a look-alike of a town of a province the copy names (``units``: ISO 3166-2
    codes, ``provinces.units_at``), where no other reading found a town: "The Tigris barrage at
    Cootie ... irrigation officials in Wasit" (Al-Kut), "Floods in Saree and across Mazandaran
    province" (Sari), "the lake at Bayshore ... Konya's water authority" (Beyşehir). The copy
    has said where to look, and a province holds a handful of towns of :data:`TOWN_POPULATION`
    or more, so a word one sound from one of them is that town as surely as a word with a whole
    city's sounds is elsewhere: the town's frame; its skeleton, spelled within
    :data:`MIN_WEAK_LATIN`; its frame but for one vowel said or dropped
    (:func:`_one_vowel_apart`; within :data:`MIN_STRONG_LATIN` where the skeletons are equal:
    "Cootie" for Al-Kut) or one consonant (:func:`_frames_apart`, three classes or more),
    spelled within :data:`MIN_APART_LATIN`; or one consonant heard for another of any manner
    (:func:`_one_consonant_swapped`) or said or dropped at the end
    (:func:`_one_consonant_ending`), spelled within :data:`MIN_NEAR_LATIN`. One word
    mid-sentence, in a place slot or after a preposition (not "the X", not a sentence's opening),
    not a person the curated layers know, not owning the noun after it, not said to be abroad,
    no place of the article's countries and no city of :data:`WELL_KNOWN_POPULATION` anywhere by
    its own name. The closest town by kind of evidence, then spelling, then size.
    ``reread``: another reading has already placed the word in a town outside every province
    the copy names (``reading._in_a_named_province``), so the copy contradicts that town: the
    word is a place even where it opens its sentence, and one consonant heard for another or
    said at the end needs only :data:`MIN_STRONG_LATIN` ("Sorrel, the capital of
    Mazandaran": Sari, not Sarvelat in Gilan)."""
    from tqcheck.gazetteer.provinces import towns_of

    rows = [row for code in sorted(units) for row in towns_of(code, TOWN_POPULATION)]
    return _look_alike_among(candidate, countries, rows, reread) if units else None


def border_look_alike(
    candidate: Candidate,
    countries: set[str],
    borders: frozenset[str],
    km: float,
    reread: bool = False,
) -> Garble | None:
    """``candidate`` as a look-alike of a town by the border of ``borders`` on its other side
    (``provinces.towns_by_the_border``: in a province holding a place within ``km`` of one of
    theirs), where the candidate's own phrase puts it by that
    border ("Fishermen in George, near the Libyan border": Zarzis, not Girga on the Nile), read
    as :func:`province_look_alike` reads a named province's towns: the copy has said where to
    look, and a border holds a handful of towns."""
    from tqcheck.gazetteer.provinces import towns_by_the_border

    rows = [
        row
        for row in towns_by_the_border(borders, km)
        if row[2] in countries and row[2] not in borders
    ]
    found = _look_alike_among(candidate, countries, rows, reread) if rows else None
    if found is not None or not reread or not rows or not candidate.text.isalpha():
        return found
    # another reading put the word in a town the border rules out: the best town by the
    # border that sounds like it (``town_matches``' order), spelled within MIN_RARE_WEAK_LATIN
    # ("Carson, near the Armenian border": Kars, not Giresun)
    pool = {row[0] for row in rows}
    for match in town_matches(candidate.text, {row[2] for row in rows}):
        if match.town.rowid in pool:
            if match.similarity < MIN_RARE_WEAK_LATIN:
                return None
            what = "a word" if zipf(candidate.text) < STRONG_SLOT_ZIPF else "an English word"
            return look_alike_garble(candidate, match, what=what)
    return None


def _look_alike_among(
    candidate: Candidate,
    countries: set[str],
    rows: list[tuple[int, str, str, int]],
    reread: bool,
) -> Garble | None:
    """:func:`province_look_alike`'s reading among the towns ``rows`` (rowid, name, country,
    population)."""
    region = countries & ARABIC_SCRIPT_REGION
    text = candidate.text
    near_latin = MIN_STRONG_LATIN if reread else MIN_NEAR_LATIN
    opening = candidate.sentence_start and not reread
    if not rows or not region or opening or candidate.definite:
        return None
    if candidate.slot not in ("strong", "country", "weak") or not text.isalpha():
        return None
    if is_person(text) or owns_next(text, candidate.around) or said_abroad(candidate):
        return None
    if is_real_place(text, region, named=True) or any(
        place.population >= WELL_KNOWN_POPULATION and fold(place.name) == fold(text)
        for place in recorded_places(text)
    ):
        return None
    frames = _word_frames(text)
    unvowelled = _without_a_vowel(frames)
    keys = {key for key in english_skeletons(text) if len(key) >= 2}
    folded = fold(text)
    spellings = (folded, *english_readings(text))
    best: tuple[tuple[int, float, int], TownMatch] | None = None
    for rowid, name, country, population in rows:
        if country not in region or fold(name) == folded:
            continue
        similarity = max(
            JaroWinkler.similarity(spelling, own)
            for spelling in (*spellings, bare_name(text))
            for own in (fold(name), _bare_name(name))
        )
        town_frames = _town_frames(name)
        exact = bool(keys & _sound_keys(name))
        if frames & town_frames:
            kind = 4
        elif exact and similarity >= MIN_WEAK_LATIN:
            kind = 3
        elif similarity >= (MIN_STRONG_LATIN if exact else MIN_APART_LATIN) and _one_vowel_apart(
            frames, unvowelled, name
        ):
            kind = 2
        elif similarity >= MIN_APART_LATIN and any(
            len(_frame_key(frame)) >= 3 and _frames_apart(frame, town)
            for frame in frames
            for town in town_frames
        ):
            kind = 1
        elif similarity >= near_latin and any(
            _one_consonant_swapped(frame, town) or _one_consonant_ending(frame, town)
            for frame in frames
            for town in town_frames
        ):
            kind = 0
        else:
            continue
        rank = (kind, round(similarity, 3), population)
        if best is None or rank > best[0]:
            town = _Town(rowid, name, name, country, population)
            key = min(keys & _sound_keys(name), default="")
            match = TownMatch(
                town,
                exact,
                round(similarity, 3),
                key,
                round(similarity, 3),
                frame=kind == 4,
                vowel=kind == 2,
                apart=kind == 1,
            )
            best = (rank, match)
    if best is None:
        return None
    what = "a word" if zipf(text) < STRONG_SLOT_ZIPF else "an English word"
    return look_alike_garble(candidate, best[1], what=what)


def look_alike_garble(
    candidate: Candidate, match: TownMatch, near: str = "", what: str = ""
) -> Garble:
    town = match.town
    place = geonames_index().places([town.rowid])[town.rowid]
    name = english_name(place, town.spelling)
    how = "has the consonants" if match.exact else "is a consonant away from"
    key, spelling = match.key, town.spelling
    if match.frame or match.sonorant or match.apart or match.onset:  # the town's own name
        how = (
            "opens with the sounds"
            if match.onset
            else "has the sounds"
            if match.frame
            else "has, but for one sound an ear confuses, the sounds"
            if match.sonorant
            else "has, but for one consonant, the sounds"
        )
        key, spelling = "", town.name
    size = f"a town of {town.population:,} people" if town.population else "a town"
    if near:
        size += f" near {near}"
    return Garble(
        candidate.start,
        candidate.end,
        candidate.text,
        "look-alike",
        name,
        place.country,
        place.geonameid,
        SCORE_FRAME if match.frame else SCORE_EXACT if match.exact else SCORE_NEAR,
        f"{what} that sounds like {name}, {country_name(place.country)}: it {how} "
        f"{key + ' of ' if key else 'of '}{spelling}, {size}",
    )


def well_known_frame(word: str, countries: set[str], population: int) -> list[TownMatch]:
    """The cities of ``population`` or more of ``countries`` whose frame ``word`` has (its
    consonants and the places of its vowels, by any reading aloud: "Holms" said "homes" is
    Homs), closest spelled first (:func:`town_matches`' similarity, reading aloud included)."""
    if " " in word or "-" in word or not word.isalpha():
        return []
    found = [
        match
        for match in town_matches(word, countries, silent=True)
        if match.frame and match.town.population >= population
    ]
    return sorted(found, key=lambda match: (-match.similarity, -match.town.population))


# A word one consonant class from a town's skeleton (:func:`one_class_in_its_country`): the
# town's size (a city an editor knows), the least spelling similarity, and the classes a final
# sibilant may be heard as ("Organza" for Urganch).
ONE_CLASS_POPULATION = 100_000
MIN_ONE_CLASS_LATIN = 0.65
_SIBILANTS = frozenset("SZJC")


@cache
def _unit_next() -> re.Pattern[str]:
    """A unit noun right after a name ("Bakhtiari province"): a unit, not a town."""
    from tqcheck.gazetteer.garble.countries import UNIT_NOUNS

    return patterns.compile(r"\s+(?:" + "|".join(UNIT_NOUNS) + r")\b", re.IGNORECASE)


_LOWER_WORD_NEXT = patterns.compile(r"[ \t]+([a-z]+)\b")


def _modifies_next(after: str) -> bool:
    """A lower-case word right after the name that is no function word or verb
    (``function_words.txt``, ``verbs.txt``): the name is its modifier ("to Christian homes"),
    not a place the slot names ("to Organza were diverted", "shook Kevin and")."""
    hit = _LOWER_WORD_NEXT.match(after)
    if hit is None:
        return False
    word = hit.group(1)
    return word not in word_list("function_words") and word not in word_list("verbs")


@lru_cache(maxsize=WORD_CACHE)
def _name_keys(name: str) -> frozenset[str]:
    """The skeletons of a town's own name, with and without its Arabic article."""
    return frozenset(skeletons(name) | skeletons(bare_name(name)))


@lru_cache(maxsize=WORD_CACHE)
def _one_class_keys(own: str) -> frozenset[str]:
    """``own`` and ``own`` with one class left out or put in anywhere, or its last class, a
    sibilant, heard as another sibilant: no class swapped for another elsewhere (a third of the
    region's towns of 100,000 are a swap from some short English word)."""
    classes = _all_classes()
    found = {own, *(own[:i] + own[i + 1 :] for i in range(len(own)))}
    for i in range(len(own) + 1):
        head, tail = own[:i], own[i:]
        found.update([head + char + tail for char in classes])
    if own[-1:] in _SIBILANTS:
        found.update(own[:-1] + char for char in _SIBILANTS)
    return frozenset(key for key in found if len(key) >= 3)


def one_class_in_its_country(candidate: Candidate, countries: set[str]) -> Garble | None:
    """``candidate``, an English word or name in a place slot (a strong one, or after "in",
    "near", "to", "from", "at") of copy whose one country of the region is named, read as the
    city of that country a consonant class from it, where no other reading found a town:
    "An earthquake shook Kevin ..., Iran's crisis management agency said" (Qazvin: KVN, KZVN);
    "flights from Moscow to Organza ... in Bukhara" (Urganch: its final sibilant another). The
    located reading (:func:`located_look_alike`) refuses a word a consonant away, as on an
    ordinary word it would match many towns; here the copy names where to look and the town
    must stand out there:

    - a city of :data:`ONE_CLASS_POPULATION` or more (one an editor knows), and no other town
      of 20,000 or more of the country within the same edits half its size or more
      (:data:`NAMESAKE_SHARE`: "Kevin" is Qazvin, 334,000, not Quchan, 112,000);
    - three classes or more on both sides; the word's skeleton with one class put in or left
      out, or a final sibilant heard as another (:func:`_one_class_keys`);
    - the edit of the town's own name, not only of another recorded spelling ("Chairs" is no
      Agadir by its Lithuanian "Agadiras"), spelled within :data:`MIN_ONE_CLASS_LATIN` of the
      name ("Oracle" is no Algiers);
    - a word or name English text knows (``_english_text``: not a local name GeoNames lacks,
      "Tharparkar"), written with one capital (no acronym: "loans to SMEs" is no Semey), no
      site or region the clues table knows ("Cappadocia"), no unit abroad ("Cornwall"), not
      followed by a unit noun ("X province": a unit, no town), after "to", "from", "at" not
      the modifier of a noun (:func:`_modifies_next`: "set fire to Christian homes"), not a
      person, nor owning the noun after it, nor said to be abroad, nor a place of the country
      or a city abroad by its own name.
    """
    region = countries & ARABIC_SCRIPT_REGION
    text = candidate.text
    if len(region) != 1 or candidate.sentence_start or candidate.definite or not text.isalpha():
        return None
    if candidate.slot not in ("strong", "country", "weak") or not _english_text(text):
        return None
    if not (text[:1].isupper() and text[1:].islower()):
        return None  # "loans to SMEs" (Semey), "McCall": a name written as one capital word
    if _known_site(text) or is_person(text) or owns_next(text, candidate.around):
        return None
    from tqcheck.gazetteer.garble.countries import unit_abroad

    if unit_abroad(text):
        return None  # "the seaside resort of Cornwall, Turkish officials said": no Konya
    after = after_in_sentence(candidate) or ""
    if candidate.slot == "weak" and not candidate.locative and _modifies_next(after):
        return None  # "set fire to Christian homes": an adjective, no town
    if _unit_next().match(after) or said_abroad(candidate) or _abroad_named(countries, region):
        return None
    if is_real_place(text, region, named=True) or any(
        place.population >= WELL_KNOWN_POPULATION and fold(place.name) == fold(text)
        for place in recorded_places(text)
    ):
        return None
    (country,) = region
    table = _towns(country)
    town_keys = _town_keys()
    words = [_one_class_keys(own) for own in sorted(english_skeletons(text)) if len(own) >= 3]
    towns: dict[int, tuple[str, int, str]] = {}  # rowid -> name, population, key
    for keys in words:
        for key in sorted(keys & town_keys):
            for rowid, name, _, population in table.get(key, ()):
                towns.setdefault(rowid, (name, population, key))
    ranked = sorted(towns.items(), key=lambda item: -item[1][1])
    if not ranked:
        return None
    rowid, (name, population, key) = ranked[0]
    if population < ONE_CLASS_POPULATION or fold(name) == fold(text):
        return None
    named = sorted(key for key in _name_keys(name) if any(key in keys for keys in words))
    if not named:
        return None  # only another spelling's ("Chairs": Agadir by Lithuanian "Agadiras")
    key = named[0]
    if any(other >= NAMESAKE_SHARE * population for _, (_, other, _) in ranked[1:]):
        return None  # another town as likely: no suggestion
    own = max(
        JaroWinkler.similarity(spelling, town)
        for spelling in (fold(text), *english_readings(text))
        for town in (fold(name), _bare_name(name))
    )
    if own < MIN_ONE_CLASS_LATIN:
        return None
    town = _Town(rowid, name, name, country, population)
    match = TownMatch(town, False, round(own, 3), key, round(own, 3))
    garble = look_alike_garble(candidate, match, what="a word")
    return None if far_from_its_city(candidate, garble) else garble
