"""Well-known places of the region, read where the copy names no country (issue 13).

A sub-editor knows Marrakesh, Rawalpindi or Derna without any country in the copy: a name in a
place slot that is no English word, no person's name and no place of its own, spelled close to
the name a reader knows a large city of the region by (its English or its own name), is that
city respelled. Only the region's cities of :data:`WELL_KNOWN_POPULATION` or more are read so:
a respelling of a village's name is no evidence without the article's country, and the
closest-spelled city is the one a reader recognises ("Mousil" is Mosul before M'Sila).

The reading itself is the one :func:`garbles.resolve_in_context` makes within the city's
country, so the same evidence (consonant classes, Arabic-script spellings) is required; this
module only picks which countries to read against.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

# WELL_KNOWN_POPULATION: the cities a reader knows without the copy naming their country
from tqcheck.gazetteer.context import WELL_KNOWN_POPULATION
from tqcheck.gazetteer.garble.base import estimated_population
from tqcheck.gazetteer.keys import fold, skeletons

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from tqcheck.gazetteer.context import Geography
    from tqcheck.gazetteer.garble.base import (
        Candidate,
        Garble,
    )
    from tqcheck.gazetteer.geonames import GeoPlace

# Jaro-Winkler of the written name (folded, or without an Arabic article) to the name a reader
# knows the city by: a reader recognises "Tabreez" (0.91) as Tabriz, not "Halap" (0.70) as
# Aleppo.
MIN_RECOGNISED = 0.80
CITIES_TRIED = 3  # the closest-spelled cities read in turn
_TABLE_VERSION = 1  # of the pickled table of :func:`_cities`
# A spelling English text uses at all (wordfreq's full list, Zipf; 1.5 is about once in 30
# million words) is a word, a people or a name a reader knows ("Bedouin", "Bashar", "HMOs",
# "Sámi"), not a respelling of a city; the dev sets' transliteration garbles are at 0.
KNOWN_SPELLING_ZIPF = 1.5


@cache
def _cities(
    population: int = WELL_KNOWN_POPULATION, alternates: bool = False
) -> tuple[list[str], list[tuple[str, str, frozenset[str]]]]:
    """The folded names a reader knows the region's well-known cities by (their English name
    and their own name, also without an Arabic article), and for each (geonameid, country,
    consonant skeletons of the name); pickled next to the index (``cache_files``). With
    ``population``, the region's towns of that size or more instead; with ``alternates``,
    also the Latin-letter names GeoNames records for each (:func:`_latin_alternates`:
    "Balkhash" for Balqash, "Dimashq" for Damascus)."""
    from anyascii import anyascii

    from tqcheck.gazetteer import cache_files
    from tqcheck.gazetteer.garble.base import (
        arabic_cache_dir,
        bare_name,
        english_name,
        geonames_index,
    )
    from tqcheck.gazetteer.region import ARABIC_SCRIPT_REGION

    index = geonames_index()
    if not index.path.is_file():
        return [], []
    kept = "-alternates" if alternates else ""
    path = arabic_cache_dir() / f"well-known-{population}{kept}-{_TABLE_VERSION}.pickle"
    cached = cache_files.load(path)
    if cached is not None:
        return cached
    rows = index.towns_in(ARABIC_SCRIPT_REGION, population)
    places = index.places([rowid for rowid, _name, _country, _population in rows])
    names: list[str] = []
    owners: list[tuple[str, str, frozenset[str]]] = []
    for place in places.values():
        known = {anyascii(place.name), english_name(place)}
        if alternates:
            known |= set(_latin_alternates(place))
        for name in sorted(known):
            keys = skeletons(name) | skeletons(bare_name(name))
            for form in sorted({fold(name), bare_name(name)}):
                if form:
                    names.append(form)
                    owners.append((place.geonameid, place.country, keys))
    cache_files.store(path, (names, owners))
    return names, owners


def _latin_alternates(place: GeoPlace) -> list[str]:
    """The other names GeoNames records for ``place`` written in Latin letters, capitalised
    (not a romanisation without vowels such as "bjnwrd"), in ASCII."""
    from anyascii import anyascii

    from tqcheck.gazetteer.garble.base import geonames_index

    return [
        anyascii(spelling)
        for spelling, kind in geonames_index().spellings(place)
        if kind == "alternate" and _LATIN_NAME.fullmatch(spelling)
    ]


_LATIN_NAME = re.compile(r"[A-Z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’ʿʾ`\- ]+")


def _same_consonants(written: frozenset[str], known: frozenset[str]) -> bool:
    """A skeleton of the written name is one of the known name's, or as long with one class
    confused ("Bishawar", BSVR, for PSVR; "Mothul", MTL, for MSL)."""
    return any(
        len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 1
        for a in written
        for b in known
    )


def recognised(
    text: str, population: int = WELL_KNOWN_POPULATION, alternates: bool = False
) -> list[tuple[str, str, float]]:
    """(geonameid, country, similarity) of the well-known cities (with ``population``, the
    region's towns of that size or more) whose known name ``text`` is spelled close to, with
    the same consonants, closest first, at most :data:`CITIES_TRIED` places."""
    from tqcheck.gazetteer.garble.base import bare_name

    names, owners = _cities(population, alternates)
    if not names:
        return []
    written = skeletons(text) | skeletons(bare_name(text))
    found: dict[str, tuple[str, float]] = {}
    # The name as written, and with its vowels as one: a reader knows "Yarifan" as Yerevan by
    # its consonants, in order, whatever vowels MT guessed (the reading in the city's country,
    # below, still has to find it).
    queries = [(query, names) for query in {fold(text), bare_name(text)}]
    queries += [
        (_vowels_as_one(query), _vowel_blind_names(population, alternates)) for query, _ in queries
    ]
    for query, choices in queries:
        for _name, score, position in process.extract(
            query,
            choices,
            scorer=JaroWinkler.similarity,
            score_cutoff=MIN_RECOGNISED,
            limit=CITIES_TRIED * 4,
        ):
            geonameid, country, keys = owners[position]
            if not _same_consonants(written, keys):
                continue  # "Sápmi" (SPM) is spelled like Safi (SF), not with its consonants
            if geonameid not in found or found[geonameid][1] < score:
                found[geonameid] = (country, score)
    ranked = sorted(found.items(), key=lambda item: -item[1][1])[:CITIES_TRIED]
    return [(geonameid, country, score) for geonameid, (country, score) in ranked]


_VOWELS = re.compile(r"[aeiouy]+")


def _vowels_as_one(folded: str) -> str:
    """A folded name with each run of vowels written as one "a"."""
    return _VOWELS.sub("a", folded)


@cache
def _vowel_blind_names(
    population: int = WELL_KNOWN_POPULATION, alternates: bool = False
) -> list[str]:
    """:func:`_cities`' names, each with its vowels as one (same positions)."""
    return [_vowels_as_one(name) for name in _cities(population, alternates)[0]]


def spelled_like(text: str, place: GeoPlace) -> float:
    """How close ``text`` is spelled to a name a reader knows ``place`` by (its own name in
    Latin letters or its English name; folded, or without an Arabic article; Jaro-Winkler to
    three places, as scores are kept)."""
    from anyascii import anyascii

    from tqcheck.gazetteer.garble.base import bare_name, english_name

    queries = {fold(text), bare_name(text)}
    return max(
        round(JaroWinkler.similarity(query, form), 3)
        for name in (anyascii(place.name), english_name(place))
        for form in {fold(name), bare_name(name)}
        for query in queries
    )


def spelled_like_any(text: str, place: GeoPlace) -> float:
    """:func:`spelled_like`, or as close to a Latin-letter name GeoNames records for ``place``
    (:func:`_latin_alternates`: "Balkhach" 0.95 to Balkhash, 0.80 to Balqash), of about the
    written name's length (:data:`ALTERNATE_LENGTH_GAP`)."""
    from tqcheck.gazetteer.garble.base import bare_name

    queries = {fold(text), bare_name(text)}
    forms = {form for name in _latin_alternates(place) for form in (fold(name), bare_name(name))}
    scores = [spelled_like(text, place)]
    scores += [
        round(JaroWinkler.similarity(query, form), 3)
        for form in forms
        if form
        for query in queries
        if abs(len(query) - len(form)) <= ALTERNATE_LENGTH_GAP
    ]
    return max(scores)


# A respelling keeps about the length of the name it respells: an alternate name counts for
# :func:`spelled_like_any` only within this many letters of the written name's length (the
# Jaro-Winkler prefix bonus puts "Darnitsya", a Kyiv district respelled, at 0.95 to "Darnis",
# an old name of Derna).
ALTERNATE_LENGTH_GAP = 2


def well_known_reading(candidate: Candidate, geography: Geography | None) -> Garble | None:
    """``candidate`` as a respelling of a well-known city of the region, for copy that names
    no country: a transliteration (no English word, no person's name) in a place slot ("the
    city of X", "in X"), read within the country of each city it is spelled close to; not a
    part of a longer name (:func:`_name_runs_on`), nor a name GeoNames records for a real town
    other than the city read (:func:`_town_of_its_own`: "Tenez" is Ténès, not Tunis)."""
    from tqcheck.gazetteer.garble.base import is_person
    from tqcheck.gazetteer.garble.countries import in_region_part
    from tqcheck.gazetteer.garble.reading import resolve_in_context
    from tqcheck.gazetteer.look_alikes import given_name

    text = candidate.text
    if not candidate.placing or _name_runs_on(candidate):
        return None
    if _has_english_word(text) or given_name(text):
        return None  # "in Swiss": a word is a look-alike only where the copy names the country
    if is_person(text):
        return None
    best: Garble | None = None
    for geonameid, country, _score in recognised(text):
        garble = resolve_in_context(candidate, {country}, geography)
        if (
            garble is not None
            and garble.kind == "transliteration"
            and (
                garble.geonameid == geonameid
                or (garble.country == country and _recognised_as(text, garble))
            )
            and in_region_part(garble)
            and (best is None or garble.score > best.score)
        ):
            # every city recognised in the name is read in its country and the closest
            # reading kept, not the first city by letters alone: "Date exporters in Beskara"
            # is spelled as close to Bouskoura (its vowels as one) as to Biskra, but reads as
            # Biskra (0.92) before Bouskoura (0.90), as a reader who knows both hears it
            best = garble
    if best is None or _known_spelling(text) or _town_of_its_own(text, best):
        return None
    return best


def _town_of_its_own(text: str, garble: Garble, region_only: bool = False) -> bool:
    """GeoNames records ``text`` as written (``recorded_places``: its own name or another it goes
    by, word breaks and all) for a town of :data:`NAMED_TOWN_ANYWHERE` or more other than the
    city ``garble`` reads (of the region, where ``region_only``): where the copy names no
    country, nothing places the name elsewhere, and a sub-editor leaves the exact name of a
    real town alone ("Residents of Tenez": Ténès, Algeria, not Tunis; "Jorm": Jurm,
    Afghanistan, not Jahrom). MT's respellings of a well-known city are names no town goes by;
    one GeoNames records for the very city read stays read. The look-alike reading of a name
    that is a town abroad asks ``region_only``: a town of the region by that very name is the
    place meant, however much larger the city the name sounds like ("Residents of Diba":
    Dibba, United Arab Emirates, not Dubai; "Qara": Qārah, Syria, not Cairo), where a village
    abroad by the name ("Cabal's airport": Dzhebel, Bulgaria) is no reader's first thought
    beside a capital of the region (:data:`NAMESAKE_OUTWEIGHED`)."""
    from tqcheck.gazetteer.garble.base import recorded_places
    from tqcheck.gazetteer.region import ARABIC_SCRIPT_REGION

    return any(
        place.geonameid != garble.geonameid
        and place.population >= NAMED_TOWN_ANYWHERE
        and (not region_only or place.country in ARABIC_SCRIPT_REGION)
        for place in recorded_places(text)
    )


# What joins the next letters to a name's last word: an ayn or hamza mark, an apostrophe or
# hyphen before a letter (not a possessive "'s"), a combining accent ("Ashkez̄ar"), or a
# letter the candidate's words do not take.
_JOINED_AFTER = re.compile(r"^(?:[-`´‘’'ʿʾʻʼ](?!s\b)[^\W\d_]|[\u0300-\u036f]|[^\W\d_])")
# The Arabic article or a Persian or Turkic particle of a name, in small letters, before a
# capitalised word: the next words of the same name ("Mahd adh Dhahab", "Qarah Zia' od
# Din"); none is an English word.
_PARTICLE_AFTER = re.compile(r"^\s+(?:al|el|adh|ash|ad|ed|od|ud|ol|ul|wa)[-\s]+[`´‘’'ʿʾ]?[A-Z]")


def _name_runs_on(candidate: Candidate) -> bool:
    """The copy's name runs on past the words read: a letter or mark joined to its last word
    ("Bani Na`im", "As Sibā‘īyah", "Pardés H̱anna": the ayn's mark or an accent cut the span),
    a name's particle and its next word ("Mahd adh Dhahab"), or a last word that is the
    Persian ezafe ("Zahedan-e (Yek)", "Torbat-e"), which ties a name to the word after it. A
    part of a longer name is no respelling of a well-known city where the copy names no
    country ("Bani Na" is no Bannu, "Kut-e" no Al-Kut)."""
    from tqcheck.gazetteer.garble.base import after_in_sentence

    if re.search(r"-y?e$", candidate.text):
        return True
    after = after_in_sentence(candidate)
    return after is not None and bool(_JOINED_AFTER.match(after) or _PARTICLE_AFTER.match(after))


def _recognised_as(text: str, garble: Garble) -> bool:
    """The city the reading within a country found is itself one a reader recognises in
    ``text``: a well-known city (:data:`WELL_KNOWN_POPULATION`) spelled as close as
    :data:`MIN_RECOGNISED` to a name a reader knows it by (:func:`spelled_like`). "in Kasla" is
    recognised first as Kosti, Sudan (its vowels as one, KSL a class from KST), but read in
    Sudan it is Kassala (0.89), as a reader who knows both hears it."""
    from tqcheck.gazetteer.garble.base import geonames_index

    place = geonames_index().get(garble.geonameid)
    return (
        place is not None
        and place.population >= WELL_KNOWN_POPULATION
        and spelled_like(text, place) >= MIN_RECOGNISED
    )


def _has_english_word(text: str) -> bool:
    """A word of ``text`` is English, not counting a short word beside one that is no English
    word: that is a particle of an Arabic name (the article, "Om"/Umm, "Abu", "Ras"), not
    English ("Om Dorman", "Al-Ahwaaz", "Al-Ladhqiya")."""
    from tqcheck.gazetteer.words import is_english_word

    words = text.replace("-", " ").split()
    foreign = any(not is_english_word(word) for word in words)
    return any(is_english_word(word) and not (foreign and len(word) <= 3) for word in words)


def _known_spelling(text: str) -> bool:
    """English text uses ``text`` (:func:`_known_spellings`; asked only once a reading is
    found)."""
    import sqlite3

    path = _known_spellings()
    if path is None:
        return False
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            forms = sorted({text.lower(), fold(text)})
            marks = ",".join("?" * len(forms))
            query = f"SELECT 1 FROM words WHERE word IN ({marks}) LIMIT 1"
            return connection.execute(query, forms).fetchone() is not None
        finally:
            connection.close()
    except sqlite3.Error:
        return False


@cache
def _known_spellings() -> Path | None:
    """A small SQLite file next to the index holding the words of wordfreq's large English
    list at :data:`KNOWN_SPELLING_ZIPF` or more, written the first time (reading the list
    takes about a second; looking a word up in the file, milliseconds); None where it cannot
    be written."""
    import gzip
    import os
    import sqlite3
    from importlib import resources

    import msgpack

    from tqcheck.gazetteer.garble.base import arabic_cache_dir, geonames_index
    from tqcheck.gazetteer.words import wordfreq_version

    if not geonames_index().path.is_file():
        return None  # no index beside which to keep it (the GeoNames layer off)
    version = wordfreq_version()  # without importing importlib.metadata (start-up)
    path = arabic_cache_dir() / f"known-words-{version}-{KNOWN_SPELLING_ZIPF}.sqlite"
    if path.is_file():
        return path
    source = resources.files("wordfreq").joinpath("data/large_en.msgpack.gz")
    try:
        with source.open("rb") as raw, gzip.GzipFile(fileobj=raw) as handle:
            data = msgpack.load(handle, raw=False)
    except (OSError, ValueError):  # wordfreq laid out otherwise: nothing known
        return None
    # cBpack: a header, then one list of words per centibel of frequency, most frequent first.
    lowest = round((9 - KNOWN_SPELLING_ZIPF) * 100)
    words = {(word,) for group in data[1 : lowest + 2] for word in group}
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("CREATE TABLE words (word TEXT PRIMARY KEY) WITHOUT ROWID")
            connection.executemany("INSERT OR IGNORE INTO words VALUES (?)", words)
            connection.commit()
        finally:
            connection.close()
        temporary.replace(path)
    except (OSError, sqlite3.Error):  # a read-only cache: not known this time
        temporary.unlink(missing_ok=True)
        return None
    return path


# A town of this size anywhere with exactly the written name is that town where the copy names
# no country ("Cowes", "Gander", "Kells"), not a garble of a city of the region: GeoNames'
# cities1000 threshold.
NAMED_TOWN_ANYWHERE = 1_000
# Outside a place slot only the region's largest cities are recognised by a respelling alone
# ("Carbella" pilgrims), or after a preposition a well-known city spelled very close
# (:func:`_recognised_after_preposition`: fighters "from Mosrata").
RECOGNISED_ANYWHERE_POPULATION = 500_000
# In a place slot a close respelling (:func:`_close_respelling`) of a town this size is read
# too: Taroudant (87,000), Taloqan (64,000) are towns an editor places without the country.
CLOSE_RESPELLING_POPULATION = 50_000
# ... and one of this size where the copy's name is whole and no place's own
# (:func:`_close_respelling`): the region's towns of 20,000-50,000 that news names without the
# country ("the outskirts of Sarakib", "Brigades from Al-Zantan") are as recognisable in a
# respelling no place has as larger ones; a cut name ("El Abiodh Sidi" Cheikh) is not.
WHOLE_NAME_RESPELLING_POPULATION = 20_000
# ... and, in a strong place slot, a town of CLOSE_RESPELLING_POPULATION or more that the
# reading scores (``Garble.score``) at least this close a transliteration, however its letters
# differ from the spelling GeoNames gives ("Kuvasai" for Quvasoy, K for Q: 0.97)
CLOSE_TRANSLITERATION_SCORE = 0.96
# A look-alike the whole region's reading hears in a name English text never uses is read as
# a respelling (:func:`_respelled_by_sound`) where the city is the first one recognised in the
# name this close (:func:`recognised`) and the name is spelled this close to a name it goes by
# (:func:`spelled_like_any`): "Bujnourd" 1.00 and 0.98 for Bojnurd, "Deyra" 0.96 and 0.89 for
# Dayrah; "Reineh", an Israeli town, 1.00 by its consonants for Ranyah but 0.80 by its letters.
MIN_SOUND_RESPELLED = 0.93
MIN_SOUND_SPELLED_LIKE = 0.85
# How close a respelling must stay to a name readers know the city by (:func:`spelled_like`):
# a reading through a name only historians use is no reader's ("Mezkah" as Mazaca, Kayseri).
MIN_SPELLED_LIKE = 0.5
# A literal reading of one word needs a word rarer than this (Zipf): a common noun after "in
# the" is English ("the Channel", "the Sun", "the Peninsula" on professional news), a rare one
# or a phrase ("Ascetics", "Victorious City") is a name read as words.
LITERAL_WORD_ZIPF = 3.0
# A literal reading of a phrase of two or more words, in a place slot, is kept for a town of
# this size too: few English phrases read back word for word into a town's whole Arabic name,
# and such a phrase in a place slot ("farmers in Monastery of Hafer") is a town's name.
LITERAL_PHRASE_POPULATION = 20_000
_LITERAL_FUNCTION_WORDS = frozenset({"the", "of", "al", "el"})
# A look-alike read where the copy names no country (:func:`well_known_look_alike`) stands for
# a city of this size or more: on professional news, "the Bedouin sector" has the sounds of
# Badin (117,000) and "around the Sun" of San (103,000); the region's cities of 200,000 or more
# (Tunis, Homs, Sousse, Şişli) are the ones a wire-desk reader hears in a word.
REGION_LOOK_ALIKE_POPULATION = 200_000
# ... and where the copy names several countries of the region (``look_alikes.
# located_look_alike``), a city of this size or more of those countries: the reading is asked
# among their cities only, not the whole region's, as one-country copy reads a look-alike after
# "in", "near" of a city of this size ("Iraqi and Iranian engineers ... in X").
NAMED_LOOK_ALIKE_POPULATION = WELL_KNOWN_POPULATION
# A town abroad with the written name yields to a well-known city whose sounds the word has
# (:func:`well_known_look_alike`) only where the city is this many times larger: a hamlet
# abroad is no reader's first thought beside a capital, a town of its own size is.
NAMESAKE_OUTWEIGHED = 100


def region_reading(candidate: Candidate, geography: Geography | None) -> Garble | None:
    """``candidate`` read against the whole region, for copy that names no country, kept only
    where it reads as one of the region's well-known cities (:data:`WELL_KNOWN_POPULATION`): a
    wire-desk reader places "Kwaita", "Sfakes", "Victorious City" or "marched in Tennis"
    without being told the country, because the city it garbles is one every reader knows.

    Guarded by what real news showed (``benchmarks/precision_real.py``, Hebrew and Russian MT
    and their references, which mostly name no country of the region):

    - a part of a longer name is read as no city (:func:`_name_runs_on`: "Bani Na`im");
    - a written name that is a town of its own anywhere is that town ("Cowes"), unless a
      name (no everyday word) in a strong place slot the copy does not locate itself has the
      frame of a well-known city a hundred times that town's size ("Cabal's airport": Kabul)
      and no town of the region goes by it (:func:`_town_of_its_own`: "Diba" is Dibba);
    - a village or small town so read is no evidence ("Rashida" read anywhere was Rosetta);
    - a transliteration or a literal translation as :func:`_respelled_or_translated` reads it;
    - a look-alike (an English word or a name) only as :func:`well_known_look_alike` reads it:
      the region-wide reading itself finds some town of 20,000+ for too many English words
      ("Labour" Al-'Ubur, "Sabbath" Sabha, "Reality" Arlit on professional news);
    - a name English text uses that no place has, right after "in", "near", as the
      respelling of a city of :data:`REGION_LOOK_ALIKE_POPULATION` or more only as
      :func:`_name_placed_as_city` reads it ("Teachers in Batten": Batna).
    """
    from tqcheck.gazetteer.garble.base import geonames_index, recorded_places
    from tqcheck.gazetteer.words import is_english_word

    if _name_runs_on(candidate):
        return None  # "Residents of Bani Na`im": part of a name, no Bannu
    namesake = max((place.population for place in recorded_places(candidate.text)), default=0)
    if namesake >= NAMED_TOWN_ANYWHERE:
        # a town abroad of that name; only a city a hundred times its size whose sounds the
        # word has outweighs it ("Cabal's airport": Kabul, 4.4 million, not a Bulgarian
        # village of 3,000), and only in a strong place slot ("X's airport", "the port of
        # X"; "appeared in Court" is no Al-Kut) where the copy does not itself place the word
        # ("the gorge at Cheddar, in Somerset": the copy says which place it means), for a
        # name, not an everyday word ("Residents of Hill" is no Ha'il)
        if candidate.slot != "strong" or candidate.located or is_english_word(candidate.text):
            return None
        garble = well_known_look_alike(candidate)
        place = geonames_index().get(garble.geonameid) if garble is not None else None
        if garble is None or place is None or place.population < NAMESAKE_OUTWEIGHED * namesake:
            return None
        if _town_of_its_own(candidate.text, garble, region_only=True):
            return None  # "Residents of Diba": Dibba, a town of the UAE, no look-alike of Dubai
        return garble
    reading = _respelled_or_translated(candidate, geography)
    if reading is None:
        reading = well_known_look_alike(candidate)
    return reading if reading is not None else _name_placed_as_city(candidate, geography)


def _respelled_or_translated(candidate: Candidate, geography: Geography | None) -> Garble | None:
    """The reading :func:`resolve_in_context` makes against the whole region, kept
    where it is a transliteration or a literal translation of a well-known city:

    - a transliteration must be no English word, no given name or person, no spelling English
      text uses (``_known_spelling``: "Affleck", "Zamir"), spelled close to a name a reader
      knows the city by, and outside a place slot a city of
      :data:`RECOGNISED_ANYWHERE_POPULATION` or more, not at a sentence's opening ("Arkka has
      gone from ..."), or after a preposition a well-known city spelled very close
      (:func:`_recognised_after_preposition`); in a place slot a town of 50,000 or more too,
      where the name is a close respelling no place has (:func:`_close_respelling`);
    - the Arabic article before a name ("Al-Ladhqiya") is no English word
      (:func:`_has_english_word`);
    - a literal translation only in a place slot, and of a phrase or a rare word; of a phrase
      read back to a town's own name (not by consonant classes) also a town of
      :data:`LITERAL_PHRASE_POPULATION` or more;
    - never the look-alike that reading finds (any town of 20,000+ of the region).
    """
    from tqcheck.gazetteer.garble.base import geonames_index, is_person
    from tqcheck.gazetteer.garble.countries import POSSESSIVE
    from tqcheck.gazetteer.garble.literal import SCORE_ARABIC_NISBA
    from tqcheck.gazetteer.garble.reading import resolve_in_context
    from tqcheck.gazetteer.look_alikes import given_name
    from tqcheck.gazetteer.region import ARABIC_SCRIPT_REGION
    from tqcheck.gazetteer.words import is_english_word, zipf

    text = candidate.text
    in_slot = candidate.placing
    garble = resolve_in_context(candidate, set(ARABIC_SCRIPT_REGION), geography)
    if garble is None:
        return None
    place = geonames_index().get(garble.geonameid)
    if place is None:
        return None
    if garble.kind == "literal":
        # only in a place slot, of a well-known city, and of a phrase or a rare word; a
        # phrase of two or more words read back to a place's own name (not by consonant
        # classes: "North Gate" is no Bou Ismail) names a town of LITERAL_PHRASE_POPULATION
        # where a strong slot places it or it keeps a name's own word ("Monastery of Hafer";
        # "Police in Stone Town" is Zanzibar's, no Safashahr)
        words = [word for word in text.split() if word.lower() not in _LITERAL_FUNCTION_WORDS]
        large = place.population >= WELL_KNOWN_POPULATION
        named = garble.score >= SCORE_ARABIC_NISBA
        kept = any(not is_english_word(POSSESSIVE.sub("", word.lower())) for word in words)
        placed = candidate.slot == "strong" or candidate.located or kept
        if not placed and _construct_phrase(text) and not geonames_index().exact(text):
            # "bells rang in House of Flesh": a name's words in the Arabic construct's order,
            # which no place is called, are a name read word for word ("Stone Town" is not)
            placed = True
        town = named and placed and estimated_population(place) >= LITERAL_PHRASE_POPULATION
        phrase = len(words) >= 2 and (large or town)
        word = bool(words) and large and zipf(words[0].lower()) < LITERAL_WORD_ZIPF
        return garble if in_slot and (phrase or word) else None
    by_sound = _respelled_by_sound(candidate, garble)
    # "Deyra": Dayrah, the well-known city it is recognised as first, needs no other town
    closer = None if by_sound else _closer_spelled_town(candidate, garble, place, geography)
    if closer is not None:
        garble, place = closer  # "The copper smelter in Balkhach": Balkhash, not Balkh
        by_sound = _respelled_by_sound(candidate, garble)
    respelled = garble.kind == "transliteration" or by_sound
    if place.population < WELL_KNOWN_POPULATION and not (
        respelled and in_slot and _close_respelling(candidate, place, garble)
    ):
        return None
    if respelled:
        if _has_english_word(text) or given_name(text) or is_person(text):
            return None
        if spelled_like(text, place) < MIN_SPELLED_LIKE or _known_spelling(text):
            return None
        outside = candidate.sentence_start or place.population < RECOGNISED_ANYWHERE_POPULATION
        if not in_slot and outside and not _recognised_after_preposition(candidate, place):
            return None
        return garble
    return None


# Two words joined by "of" (with "the" or not): the Arabic construct state (idafa) read word for
# word, "House of Flesh" (Bayt Lahm), where an English name puts the noun last ("Stone Town").
_CONSTRUCT = re.compile(r"^[A-Z][^\W\d_]*(?:'s)? of (?:the )?[A-Z][^\W\d_]*$")


def _construct_phrase(text: str) -> bool:
    """``text`` is two capitalised words joined by "of" (:data:`_CONSTRUCT`)."""
    return _CONSTRUCT.match(text) is not None


def _respelled_by_sound(candidate: Candidate, garble: Garble) -> bool:
    """A look-alike the whole region's reading found by sound ("The court in Bujnourd": the
    sounds of Bojnurd) in a name that is no English word, no given name or person and no
    spelling English text uses (:func:`_unknown_name`): such a name is MT's respelling, a
    transliteration, not a word heard as a city; kept only where the city is the one the name
    is recognised as first, among the well-known cities or the region's towns of
    :data:`CLOSE_RESPELLING_POPULATION` or more (:func:`recognised`: "Bujnourd" 1.00 for
    Bojnurd, "Deyra" 0.96 for Dayrah), as close as :data:`MIN_SOUND_RESPELLED`, and spelled
    as close as :data:`MIN_SOUND_SPELLED_LIKE` to a name the city goes by
    (:func:`spelled_like_any`), so a name that only sounds like a city stays unread: Israeli
    towns in Hebrew MT ("Police in Reineh", 1.00 by its consonants for Ranyah but 0.80 by its
    letters; "Tarshiha", 0.89 for Tarsus) are no respellings.
    """
    from tqcheck.gazetteer.garble.base import geonames_index

    if garble.kind != "look-alike" or not _unknown_name(candidate.text):
        return False
    first = any(
        found[0][:2] == (garble.geonameid, garble.country) and found[0][2] >= MIN_SOUND_RESPELLED
        for found in (
            recognised(candidate.text),
            recognised(candidate.text, CLOSE_RESPELLING_POPULATION, alternates=True),
        )
        if found
    )
    if not first:
        return False
    place = geonames_index().get(garble.geonameid)
    return place is not None and spelled_like_any(candidate.text, place) >= MIN_SOUND_SPELLED_LIKE


def _unknown_name(text: str) -> bool:
    """``text`` is one word that is no English word, no given name or person and no spelling
    English text uses (``_known_spelling``): a name only a respelling accounts for."""
    from tqcheck.gazetteer.garble.base import is_person
    from tqcheck.gazetteer.look_alikes import given_name

    if " " in text.strip() or _has_english_word(text) or given_name(text):
        return False
    return not (is_person(text) or _known_spelling(text))


def _closer_spelled_town(
    candidate: Candidate, garble: Garble, place: GeoPlace, geography: Geography | None
) -> tuple[Garble, GeoPlace] | None:
    """The town the whole region's reading should have found, where ``candidate`` (a name only a
    respelling accounts for, :func:`_unknown_name`) is spelled closer, with its consonants, to
    another of the region's towns of :data:`CLOSE_RESPELLING_POPULATION` or more than to the
    one read (:func:`recognised`, :func:`spelled_like`): "Balkhach" has the consonants of Balkh,
    Afghanistan, the reading's look-alike, but is spelled closer to Balkhash, Kazakhstan (a
    French-style "ch" for "sh"). The name is read again within that town's country, and that
    reading is taken where it is of that town, by letters or by sound. Asked only where
    :func:`_respelled_by_sound` has not kept the reading as it is."""
    from tqcheck.gazetteer.garble.base import geonames_index
    from tqcheck.gazetteer.garble.reading import resolve_in_context

    if garble.kind != "look-alike" or not _unknown_name(candidate.text):
        return None  # a transliteration is read by its letters ("Tetwane": Tetouan)
    found = recognised(candidate.text, CLOSE_RESPELLING_POPULATION, alternates=True)
    if not found or found[0][0] == garble.geonameid:
        return None
    geonameid, country, score = found[0]
    town = geonames_index().get(geonameid)
    if town is None or score <= spelled_like_any(candidate.text, place):
        return None
    reading = resolve_in_context(candidate, {country}, geography)
    if reading is None or reading.geonameid != geonameid or reading.kind == "literal":
        return None
    return reading, town


def _close_respelling(candidate: Candidate, place: GeoPlace, garble: Garble) -> bool:
    """In a place slot, a town of :data:`CLOSE_RESPELLING_POPULATION` or more read from a
    name spelled as close to the name a reader knows it by as a reader recognises a
    respelling (:func:`spelled_like`, :data:`MIN_RECOGNISED`: "Taroudante" for Taroudant,
    "Talaqan" for Taloqan), that GeoNames records for no place at all, of any size: such a
    name is no village's own, the evidence that made a village's name read as a town's
    ("Rashida": Rosetta) misleading. A town of :data:`WHOLE_NAME_RESPELLING_POPULATION` or
    more is read so too where the copy's name is whole (:func:`_name_is_whole`: "Drones struck
    the outskirts of Sarakib, at the junction": Saraqib, 34,000; "near Qizilarbat": Gyzylarbat):
    the name no place has is the evidence, not the town's size. Not where the town's name opens
    with the Arabic article and the copy's does not: English copy drops the article of a name,
    and the region's names share their words, so such a name may as well be another place's
    ("Gunmen killed two men in Amiriya", a district of Baghdad, is no El Amria, Algeria). Nor a
    name of two words or more, article aside (:func:`_name_words`): each word of a small town's
    name varies on its own between romanisations ("in the settlement of Gani Tikva", "in Tirat
    Hacarmel" on professional news), where one word respelled as no place is a garble."""
    from tqcheck.gazetteer.garble.base import geonames_index

    text = candidate.text
    if place.population < CLOSE_RESPELLING_POPULATION and not (
        place.population >= WHOLE_NAME_RESPELLING_POPULATION
        and len(_name_words(text)) == 1
        and _name_is_whole(candidate)
        and (_opens_with_article(text) or not _opens_with_article(place.name))
    ):
        return False
    if geonames_index().exact(text):
        return False
    if spelled_like(text, place) >= MIN_RECOGNISED:
        return True
    if garble.kind == "look-alike":
        # a name only a respelling accounts for, read by sound (:func:`_respelled_by_sound`):
        # as close to a name the town goes by ("Balkhach": Balkhash, 0.95)
        return spelled_like_any(text, place) >= MIN_RECOGNISED
    # a strong place slot ("a glass factory in X", "the port of X") and a reading the learned
    # similarity scores as a very close transliteration ("Kuvasai": Quvasoy, 0.97; its letters
    # 0.71 from the Uzbek spelling, K for Q, ai for oy) of a town of 50,000 or more
    return (
        candidate.slot == "strong"
        and place.population >= CLOSE_RESPELLING_POPULATION
        and garble.kind == "transliteration"
        and garble.score >= CLOSE_TRANSLITERATION_SCORE
    )


def _opens_with_article(name: str) -> bool:
    """``name``'s first word is the Arabic article ("El Amria", "Al-Zantan", "At Tafilah")."""
    from tqcheck.gazetteer.garble.base import ARTICLE

    words = _words_of(name)
    return len(words) > 1 and ARTICLE.match(words[0]) is not None


def _name_words(name: str) -> list[str]:
    """The words of ``name`` but the Arabic article ("Al-Zantan": one; "Gani Tikva": two)."""
    from tqcheck.gazetteer.garble.base import ARTICLE

    return [word for word in _words_of(name) if not ARTICLE.match(word)]


def _words_of(name: str) -> list[str]:
    """``name``'s words, in ASCII lowercase, split at spaces, hyphens and apostrophes."""
    from anyascii import anyascii

    from tqcheck.gazetteer.garble.base import NAME_PARTS

    return [word for word in NAME_PARTS.split(anyascii(name).lower()) if word]


# After a name, a word that may still be part of it: a capitalised word, or a lowercase one.
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]))?")
LINK_WORD_LETTERS = 3  # "Kyrinia pa Kypros": a short lowercase word between two names links them


def _name_is_whole(candidate: Candidate) -> bool:
    """The copy's name ends where the words read end: punctuation or the sentence's end after
    it, or a lowercase English word ("Qizilarbat was opened") that is not a short word linking
    it to a capitalised one ("Kyrinia pa Kypros"); not a capitalised word (a name cut at three
    words, "El Abiodh Sidi Cheikh") nor a word no English ("Eski shehr"), nor a name that runs
    on (:func:`_name_runs_on`)."""
    from tqcheck.gazetteer.garble.base import after_in_sentence
    from tqcheck.gazetteer.words import is_english_word
    from tqcheck.lexicon import is_function_word

    after = after_in_sentence(candidate)
    if after is None or _name_runs_on(candidate):
        return False
    match = _WORD_AFTER.match(after)
    if match is None:
        return True  # "Sarakib, at the junction", "Al-Zantan, in the western mountains"
    word, next_letter = match.group(1), match.group(2)
    if not word.islower() or not is_english_word(word):
        return False
    linked = next_letter is not None and next_letter.isupper() and len(word) <= LINK_WORD_LETTERS
    return not (linked and not is_function_word(word))


def _recognised_after_preposition(candidate: Candidate, place: GeoPlace) -> bool:
    """After a preposition that does not by itself locate ("fighters from X", "burst its
    banks at X", "exports from X"), not at a sentence's opening, a well-known city
    (:data:`WELL_KNOWN_POPULATION`) that the name is the closest-spelled respelling of,
    as close as :data:`MIN_OUTSIDE_SLOT` ("Mosrata" 0.98 for Misrata, "Jehlam" 0.95
    for Jhelum; :func:`recognised`, vowels read as one): a name spelled this close to such a
    city is recognised without a place slot; one spelled less close, and as close to another
    city ("from Shabah": Sabya 0.90, Sabha 0.89; a person's name on Hebrew news), is not."""
    from tqcheck.gazetteer.garble.sound import MIN_OUTSIDE_SLOT

    if candidate.slot != "weak" or candidate.sentence_start:
        return False
    if place.population < WELL_KNOWN_POPULATION:
        return False
    found = recognised(candidate.text)
    return (
        bool(found)
        and found[0][:2] == (place.geonameid, place.country)
        and (found[0][2] >= MIN_OUTSIDE_SLOT)
    )


def well_known_look_alike(
    candidate: Candidate, countries: AbstractSet[str] | None = None
) -> Garble | None:
    """``candidate``, a word English text uses (an English word, a given name or a surname:
    ``_known_spelling``), as a look-alike of a well-known city where the copy names no
    country: "Hundreds of lawyers marched in Tennis" (Tunis), "the old quarter of Holms" (Homs,
    Holms said "homes"). Where the copy names no country, the sounds must point at one city
    every reader knows:

    - a place slot ("the old quarter of X", "residents of X") or "in", "near" X, not a
      sentence's opening unless an apposition locates the word ("X, capital of Y"), nor
      after "in" a word that owns the noun after it ("in Holmes's novels"), nor a word the
      copy calls a village (``village_nouns.txt``: "the village of Rashida" is a village's own
      name, no respelling of Rosetta);
    - the word has the city's frame (its consonants and the places of its vowels, by any
      reading aloud: ``look_alikes.well_known_frame``), spelled as close as a reader
      recognises a respelling (:data:`MIN_RECOGNISED`), and is not the city's own name;
    - one city only: no other city of :data:`WELL_KNOWN_POPULATION` or more of the region (in
      its part of Russia) has that frame so close ("Shabba", MT's Kfar Saba on Hebrew news,
      has the frame of both Sabya and Sabha: no reader hears either);
    - that city has :data:`REGION_LOOK_ALIKE_POPULATION` people or more.

    With ``countries`` (copy naming several countries of the region, where the located reading
    asks for one: ``look_alikes.located_look_alike``) only the cities of those countries are
    read, on the same terms but for the size: a city a reader knows without the copy naming
    its country is known as well where it does ("the Iraqi prime minister in Amen", Amman),
    and so is one of :data:`NAMED_LOOK_ALIKE_POPULATION` or more, where only those countries'
    cities compete for the word ("Turkish jets bombed positions around X in the mountains of
    Duhok province": Sinah, 129,000). The 200,000 of copy naming no country guards against
    the whole region's cities, of twenty-odd countries, one of which some English word sounds
    like; among two or three countries' cities that is rarer (a probe of 2,800 sentences of
    random English words after "in", "near" in two-country copy: no new reading).
    """
    from tqcheck.gazetteer.garble.base import geonames_index, is_person
    from tqcheck.gazetteer.garble.countries import in_region_part
    from tqcheck.gazetteer.look_alikes import look_alike_garble, owns_next, well_known_frame
    from tqcheck.gazetteer.region import ARABIC_SCRIPT_REGION

    text = candidate.text
    if not candidate.placing or (
        candidate.sentence_start and not (candidate.located or _owns_a_place_head(candidate))
    ):
        return None
    if " " in text:
        return _split_well_known(candidate, countries)  # "in Sam Soon": two words
    if is_person(text) or not _known_spelling(text):
        return None  # a name English text never writes is a respelling, read as one above
    if _regional_given_name(text):
        return None  # "Police in Ayman": a given name of the region's people, no Amman
    if candidate.slot == "weak" and owns_next(text, candidate.around):
        return None  # "in Holmes's novels": a person's, not a place
    if _called_a_village(text, candidate.around):
        return None  # "the village of Rashida": a village's own name, not Rosetta
    if re.search(rf"\b{re.escape(text)}\s+region\b", candidate.around):
        return None  # "the Racha region": a region's own name, not a city's look-alike
    region = set(ARABIC_SCRIPT_REGION if countries is None else countries)
    cities: dict[str, Garble] = {}
    for match in well_known_frame(text, region, WELL_KNOWN_POPULATION):
        if match.similarity < MIN_RECOGNISED or fold(match.town.name) == fold(text):
            continue
        garble = look_alike_garble(candidate, match, what="a word")
        if in_region_part(garble):
            cities.setdefault(garble.geonameid, garble)
    if len(cities) != 1:
        return None
    (garble,) = cities.values()
    place = geonames_index().get(garble.geonameid)
    floor = REGION_LOOK_ALIKE_POPULATION if countries is None else NAMED_LOOK_ALIKE_POPULATION
    if place is None or place.population < floor:
        return None
    return garble


def _owns_a_place_head(candidate: Candidate) -> bool:
    """``candidate`` opens its sentence as the owner of what only a place has ("X's airport
    reopened", "X's old city", "X's Incirlik air base": ``place_head``, a strong
    head): the possessive locates the word as an apposition does, where a bare opening word
    is a person or a common noun more often than a city."""
    from tqcheck.gazetteer.garble.slots import place_head

    sentence = candidate.around
    if not sentence.startswith(candidate.text):
        return False
    return place_head(candidate.text, "", sentence[len(candidate.text) :]) == "strong"


def _called_a_village(text: str, sentence: str) -> bool:
    """``sentence`` calls ``text`` a village, hamlet or kibbutz (``village_nouns.txt``): "the
    village of X", "villages of X", "X village"."""
    from tqcheck.lexicon import word_list

    nouns = "|".join(sorted(word_list("village_nouns")))
    name = re.escape(text)
    pattern = rf"\b(?:{nouns})s?\s+of\s+(?:the\s+)?{name}\b|\b{name}\s+(?:{nouns})s?\b"
    return re.search(pattern, sentence, re.IGNORECASE) is not None


# A name English text uses (a surname, a given name, a rare word) read where the copy names no
# country as the respelling of a city whose consonants it has (:func:`_name_placed_as_city`):
# spelled this close to the name a reader knows the city by (:func:`recognised`).
MIN_NAME_RESPELLED = 0.87
# ... and that city must stand out: the next city recognised in the name is spelled at least
# this much further from it ("Shabba": Sabya 0.90, Sabha 0.89, MT's Kfar Saba on Hebrew news;
# a reader hears neither).
NAME_RESPELLED_MARGIN = 0.03


def _name_placed_as_city(candidate: Candidate, geography: Geography | None) -> Garble | None:
    """``candidate``, a name English text uses but no everyday English word, after "in" or
    "near" mid-sentence, read as the respelling of one of the region's cities of
    :data:`REGION_LOOK_ALIKE_POPULATION` or more: "Teachers in Batten and other towns" (Batna),
    "Textile exporters in Denzil" (Denizli). Copy that sets a word after "in", "near" says it
    is a place; a name that no place anywhere has (GeoNames records none by it, of any size) is
    then no place as written, and one with the consonant skeleton of a city every wire reader
    knows, spelled as close to it as a reader recognises a respelling, is that city. The
    transliteration reading (:func:`_respelled_or_translated`) refuses a spelling English text
    uses ("Affleck", "Zamir": a person more often than a city); the slot, the name's being no
    place, and the city's size together outweigh that here:

    - one word, capitalised mid-sentence, right after "in", "near" (a locative weak slot), not
      owning the noun after it ("in Batten's shop"), no person the curated layers know, no
      everyday English word (``words.is_english_word``: "in Tennis" is read by its sounds,
      :func:`well_known_look_alike`, never by its letters alone);
    - no place anywhere recorded by the name (``recorded_places``: "in Bristow" is Bristow,
      Oklahoma);
    - the reading against the whole region (``resolve_in_context``) is a
      transliteration of a city of :data:`REGION_LOOK_ALIKE_POPULATION` or more, and that city
      is the closest-spelled of the well-known cities with the name's consonants
      (:func:`recognised`), at :data:`MIN_NAME_RESPELLED` or closer.
    """
    from tqcheck.gazetteer.garble.base import (
        before_in_sentence,
        geonames_index,
        is_person,
        recorded_places,
    )
    from tqcheck.gazetteer.garble.reading import resolve_in_context
    from tqcheck.gazetteer.look_alikes import owns_next
    from tqcheck.gazetteer.region import ARABIC_SCRIPT_REGION
    from tqcheck.gazetteer.words import is_english_word

    text = candidate.text
    if candidate.slot != "weak" or not candidate.locative or candidate.sentence_start:
        return None
    if candidate.definite or not (text.isalpha() and text[0].isupper() and text[1:].islower()):
        return None  # "through the HMOs": a common noun or an acronym, no name
    before = before_in_sentence(candidate)
    if before is None or not re.search(r"\b(?:in|near)\s+$", before):
        return None  # "through X", "across X": a route, not where something is
    if is_english_word(text) or is_person(text):
        return None
    if owns_next(text, candidate.around) or recorded_places(text):
        return None
    if _regional_given_name(text):
        return None  # "Police in Amin": a given name of the region's people
    found = recognised(text)
    if not found or found[0][2] < MIN_NAME_RESPELLED:
        return None
    if len(found) > 1 and found[0][2] - found[1][2] < NAME_RESPELLED_MARGIN:
        return None  # two cities heard alike: the name says neither
    garble = resolve_in_context(candidate, set(ARABIC_SCRIPT_REGION), geography)
    if garble is None or garble.kind != "transliteration":
        return None
    if (garble.geonameid, garble.country) != found[0][:2]:
        return None
    place = geonames_index().get(garble.geonameid)
    if place is None or place.population < REGION_LOOK_ALIKE_POPULATION:
        return None
    return garble


def _regional_given_name(text: str) -> bool:
    """``text`` is a spelling English copy uses for an Arabic, Persian or Turkish given name
    (``given_name_romanisations.txt``: "Ayman", "Amin", "Karim"): in copy about the region such
    a word after "in" is a person of the region more often than a city it sounds like (a probe
    of people's names: "Police in Ayman", "interest in Amin" were read as Amman). An English
    given name stays a look-alike ("Hotels in Susie": Sousse); a garble MT makes of a city is
    an English word, not a name of the city's own people."""
    from tqcheck.gazetteer.person_garbles import romanisations

    return fold(text) in romanisations()


def _split_well_known(candidate: Candidate, countries: AbstractSet[str] | None) -> Garble | None:
    """Two English words said as one with a city's frame exactly
    (``look_alikes.split_look_alike``: "Police in Sam Soon", Samsun), where the copy names no
    country (or, with ``countries``, several): as for one word, a city of
    :data:`REGION_LOOK_ALIKE_POPULATION` or more in the region's part of its country, no
    person the curated layers know; after "in", "near" no place anywhere by that name ("near
    Bel Air"). Two words heard as one frame are rarer than one word heard so, and the frame
    must be the city's whole frame, so no second city is asked for."""
    from tqcheck.gazetteer.garble.base import geonames_index, is_person
    from tqcheck.gazetteer.garble.countries import in_region_part
    from tqcheck.gazetteer.look_alikes import split_look_alike
    from tqcheck.gazetteer.region import ARABIC_SCRIPT_REGION

    region = set(ARABIC_SCRIPT_REGION if countries is None else countries)
    if is_person(candidate.text):
        return None
    garble = split_look_alike(candidate, region)
    if garble is None or not in_region_part(garble):
        return None
    place = geonames_index().get(garble.geonameid)
    if place is None or place.population < REGION_LOOK_ALIKE_POPULATION:
        return None
    return garble
