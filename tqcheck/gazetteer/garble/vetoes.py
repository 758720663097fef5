"""What the copy says that rules a reading out: the name written as it is abroad, a person or a
unit named, a measure or title around it, a facility, a hamlet English writes otherwise, a
place far from the city the copy puts it in.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from tqcheck import patterns
from tqcheck.gazetteer.context import (
    WELL_KNOWN_POPULATION,
    country_of_word,
    possessive_owner,
    region_features,
)
from tqcheck.gazetteer.keys import (
    fold,
)
from tqcheck.gazetteer.words import zipf

if TYPE_CHECKING:
    from tqcheck.gazetteer.geonames import GeoPlace
from tqcheck.gazetteer.garble.base import (
    REAL_ANYWHERE_POPULATION,
    Candidate,
    Garble,
    after_in_sentence,
    before_in_sentence,
    conventional_form,
    country_word,
    folded_words,
    geonames_index,
    is_language_name,
    only_letters_spelled_out,
    plural_bases,
    rare_english_words,
    recorded_places,
    recorded_with_article,
    same_name,
    written_in_english,
)
from tqcheck.gazetteer.garble.slots import (
    NEAR_PLACE_AFTER,
)
from tqcheck.gazetteer.garble.sound import (
    WORLD_CITY_POPULATION,
)
from tqcheck.gazetteer.region import (
    ARABIC_SCRIPT_REGION,
)


def written_name_abroad(candidate: Candidate, garble: Garble, countries: set[str]) -> bool:
    """``garble`` reads the candidate by spelling as a town of a land neighbour of the one
    country the copy is set in ("the fourth unit at Barakah" in Emirati copy: Barka', Oman),
    and the candidate is a name English text writes (:func:`written_in_english`), no English
    word or given name: a name of the copy's own country that GeoNames lacks or spells
    otherwise, not MT's respelling of a town across the border, which nobody writes. Copy
    naming a dozen countries has no one own country ("Sirte and Kufr", MT's Kufra, in copy
    about Africa's wars)."""
    from tqcheck.gazetteer.context import land_borders
    from tqcheck.gazetteer.look_alikes import given_name

    if garble.kind != "transliteration" or len(countries) != 1 or garble.country in countries:
        return False  # copy set in several countries has no one own country to name
    (own,) = countries
    if garble.country not in land_borders().get(own, ()):
        return False
    place = geonames_index().get(garble.geonameid)
    if place is None or place.population >= WORLD_CITY_POPULATION:
        return False  # copy names a world city across the border by itself ("Istambul")
    text = candidate.text
    if zipf(text) > 0 or given_name(text):
        return False
    return written_in_english(text)


def vetoed_reading(candidate: Candidate, garble: Garble) -> bool:
    """What the copy says of the candidate rules out ``garble``'s reading of it, whichever
    reader found it: the candidate is the subject of its sentence (``opening_plural_subject``:
    "Clerics at the seminaries of Qom"); a part of a city or a facility the copy places in a
    city, read by sound or spelling as a town far from it (``far_from_its_city``: "Evin prison
    in Tehran"; a translated name's meaning stands, whichever namesake was picked); a
    facility's own name (``hamlet_of_a_facility``: "the Nasib crossing", "Evin prison");
    wire copy's accepted spelling of the very place read (``accepted_spelling``:
    "Sulaimaniyah"); a language's name read by sound or spelling (``is_language_name``: "issued
    in Farsi", not Fasa); a people in the plural (``people_in_plural``: "Kurds"); a
    hamlet's name English text writes (``hamlet_english_writes``: "Fordow"); a scale after
    a reading in degrees (``after_a_measure``: "47 degrees Celsius"); a title after "the"
    (``title_after_the``: "The King, in Amman, met ..."); a people's or state's adjective
    before a noun of an age (``_names_an_age``: "in Soviet times"); a place that lies where
    its apposition puts it (``real_where_placed``: "Barnes, near London"), whichever reader
    heard it; a name GeoNames records with its article for a larger town
    (``_larger_place_with_its_article``: "Hodeidah"), or another town's own name but for the
    article (``_own_name_of_another_town``: "Bayadh"); a name a city of 100,000+ owns by its
    possessive, read as a place far from that city (``_far_from_its_owner``: "Istanbul's Grand
    Bazaar" is no Çarşıbaşı, Trabzon)."""
    if candidate.sentence_start and opening_plural_subject(candidate.around, candidate.text):
        return True
    if not candidate.located and people_in_plural(candidate.text):
        return True  # "Amed to Kurds": a people, not a literal name of Gerede
    if after_a_measure(candidate):
        return True  # "recorded 47 degrees Celsius": a scale, not Chalus
    if title_after_the(candidate):
        return True  # "The King, in Amman, met ...": the person, not a literal Malka
    if _names_an_age(candidate):
        return True  # "Gyumri, called Leninakan in Soviet times": an age, not Shovot
    if real_where_placed(candidate):
        return True  # "Barnes, near London": the town there, whichever reader heard Bani Suwayf
    if (
        garble.kind != "literal"
        and not candidate.located
        and world_city_by_its_name(candidate.text, garble)
    ):
        # "now lives in Paris, Iranian media said": Paris, not Beris; but "in Patna, in the
        # Aures mountains" is placed by its apposition (Batna)
        return True
    if garble.kind != "literal" and not candidate.located and is_language_name(candidate.text):
        # "issued in Farsi", "subtitles in Sorani": a language, not a place; but "in German,
        # in southeastern Iran" is placed by its apposition (Kerman)
        return True
    if garble.kind != "literal" and far_from_its_city(candidate, garble):
        return True
    if _far_from_its_owner(candidate, garble):
        return True  # "Istanbul's Grand Bazaar": a landmark of the city, not Çarşıbaşı
    if hamlet_of_a_facility(candidate, garble):
        return True
    if hamlet_english_writes(candidate, garble):
        return True
    if garble.kind == "literal" and _feature_of_its_own_name(candidate.text, garble):
        return True  # "the Valley of Hadramawt": Hadramawt named, its valley described
    if garble.kind != "literal" and _holds_a_city_by_its_name(candidate.text, garble):
        return True  # "Port of Tangier": Tangier by its own name, no respelling of Kenitra
    if garble.kind != "literal" and _larger_place_with_its_article(candidate.text, garble):
        return True  # "Hodeidah, Yemen": GeoNames' El-Hodeidah, no respelling of Hadadah
    if garble.kind != "literal" and _own_name_of_another_town(candidate.text, garble):
        return True  # "Residents of Bayadh": El Bayadh's own name, no respelling of Al Bayda'
    return garble.kind != "literal" and accepted_spelling(candidate, garble)


# "the Valley of X", "Port of X": an English head and "of" before a name kept as written.
_HEAD_OF_KEPT = re.compile(r"^(?:[Tt]he\s+)?[A-Z][a-z]+\s+of\s+(?:the\s+)?(?P<kept>[A-Z].*)$")

# How much larger a place the spelling names with no context must be than the place read, and
# how sure the index must be of it: a variant of a town, not of a village ten times smaller.
LARGER_PLACE_RATIO = 3
LARGER_PLACE_CONFIDENCE = 0.8


def _feature_of_its_own_name(text: str, garble: Garble) -> bool:
    """A literal reading of an English head before "of" and a name kept whole that is the own
    name of the very place read ("the Valley of Hadramawt" read as Wadi Hadramawt, Ḩaḑramawt):
    the copy names the place by its own name and describes a feature of it in English, no
    garble of it. A name that keeps only part of the place's name ("Son of Medani", Wad
    Medani) is the translation this reader is for. Only a kept name GeoNames records as
    written or with its article ("Port of Hodeidah": El-Hodeidah), which a reader of English
    copy knows as a place, as TQ306 does (``_known_anywhere``)."""
    match = _HEAD_OF_KEPT.match(text)
    if match is None:
        return False
    kept = match.group("kept")
    if not geonames_index().exact(kept) and not recorded_with_article(kept):
        return False  # a name GeoNames records neither as written nor with its article
    place = geonames_index().get(garble.geonameid)
    names = [garble.name] + ([place.name] if place is not None else [])
    return any(same_name(kept, name) for name in names)


def _larger_place_with_its_article(text: str, garble: Garble) -> bool:
    """GeoNames records ``text`` with the Arabic article before it ("El-Hodeidah") as the
    name of a town of the region of ``TOWN_POPULATION`` or more, larger than the place a
    reading by sound or spelling finds ("Hodeidah": Al Hudaydah, 734,699, not the hamlet
    Hadadah): English copy writes the name of a well-known town without its article, which
    the index, that looks up a spelling as written, does not find. MT's respellings keep a
    sound or letter of their own that no recorded name has ("Hudaidha")."""
    from tqcheck.gazetteer.look_alikes import TOWN_POPULATION

    read = geonames_index().get(garble.geonameid)
    floor = max(TOWN_POPULATION, read.population + 1 if read is not None else 0)
    return any(
        place.kind == "place"
        and place.country in ARABIC_SCRIPT_REGION
        and place.population >= floor
        for place in recorded_with_article(text)
    )


def _own_name_of_another_town(text: str, garble: Garble) -> bool:
    """``text`` is, but for the Arabic article, the own name (GeoNames' primary name, not
    another recorded one) of a town of the region of ``TOWN_POPULATION`` or more other than
    the place a reading by sound or spelling finds ("Bayadh": El Bayadh, Algeria, not Al
    Bayda', Libya; "Kseur": El Kseur, not Kasur): the copy names that town as its people
    write it (not where ``text`` has its letters only spelled out from another alphabet,
    :func:`only_letters_spelled_out`: "Ereghli" is how no Ereğli writes itself). MT's
    respellings are names no town has as its own; an English word that is also a town's name
    ("Acre") is MT's look-alike as often, and stays read."""
    from tqcheck.gazetteer.look_alikes import TOWN_POPULATION

    if zipf(text) > 0:
        return False
    words = folded_words(text)
    return any(
        place.kind == "place"
        and place.country in ARABIC_SCRIPT_REGION
        and place.population >= TOWN_POPULATION
        and place.geonameid != garble.geonameid
        and folded_words(place.name) == words
        # not by another language's letters spelled out ("Ereghli": no Ereğli writes so)
        and not only_letters_spelled_out(text, place)
        for place in geonames_index().exact(text) or recorded_with_article(text)
    )


def _holds_a_city_by_its_name(text: str, garble: Garble) -> bool:
    """One word of a name of several (not the first: "Mansoura Street" is read as a whole) is
    the own name of a city of the region of ``WELL_KNOWN_POPULATION`` or more other than the
    place a reading by sound or spelling finds ("Port of Tangier": Tangier, not Kenitra's old
    name Port Lyautey): copy that names a well-known city by its name names that city, or a
    place of it, not a smaller place the whole sounds like. Only its own name, no English
    word."""
    from tqcheck.gazetteer.words import is_english_word

    words = [word for word in re.split(r"[\s-]+", text) if word]
    if len(words) < 2:
        return False
    for word in words[1:]:
        if not word[:1].isupper() or is_english_word(word):
            continue
        folded = fold(word)
        for place in geonames_index().exact(word):
            if (
                place.kind == "place"
                and place.population >= WELL_KNOWN_POPULATION
                and place.country in ARABIC_SCRIPT_REGION
                and place.geonameid != garble.geonameid
                and fold(place.name) == folded
            ):
                return True
    return False


def spelling_of_a_larger_place(text: str, garble: Garble, named: set[str]) -> bool:
    """The spelling names with no context (``GeoNamesIndex.resolve``, confidence
    ``LARGER_PLACE_CONFIDENCE`` or more) another place of the region (of the countries the
    copy ``named``, where it names any: "Badkin province" of Kyrgyz copy is Batken, whatever
    Pakistan's Badin), a town of 20,000 or
    more at least ``LARGER_PLACE_RATIO`` times as large as the place a reading by spelling finds
    ("Ben Guerdane": Ben Gardane, 87,000, GeoNames' "Benguerdene"; not El Guerdane, 13,000):
    a common spelling of the larger town, which a reader who drops a particle hears as a smaller
    one. MT's garbles are spellings the index finds no place for so surely."""
    from tqcheck.gazetteer.look_alikes import TOWN_POPULATION

    read = geonames_index().get(garble.geonameid)
    ranked = geonames_index().resolve(text, limit=3)
    if not ranked:
        return False
    confidence, place, _spelling = ranked[0]
    return (
        confidence >= LARGER_PLACE_CONFIDENCE
        and place.geonameid != garble.geonameid
        and place.country in (named or ARABIC_SCRIPT_REGION)
        and place.population >= TOWN_POPULATION
        and place.population >= LARGER_PLACE_RATIO * (read.population if read else 0)
    )


# "The King, in Amman, met": the "The" that opens a sentence, right before a title.
THE_OPENING_TITLE = re.compile(r"^[\s\"“‘'(]*The\s+$")


def title_after_the(candidate: Candidate) -> bool:
    """The candidate is a title (``english_name_titles``: "King", "Sheikh", "Imam") after the
    "The" that opens its sentence: "The King, in Amman, met the envoy" names the king,
    whatever the apposition says of where he was. After a preposition the title may be a
    literal name ("villages around the Ambassador": As Safirah), so only the opening."""
    from tqcheck.lexicon import word_list

    if candidate.text.lower() not in word_list("english_name_titles"):
        return False
    before = before_in_sentence(candidate)
    return before is not None and THE_OPENING_TITLE.match(before) is not None


# The lower-case word right after a name, not joined to more by a hyphen or an apostrophe.
_LOWER_WORD_AFTER = patterns.compile(r"^[ \t]+(?P<word>[a-z]+)(?![\w'’-])")


def _names_an_age(candidate: Candidate) -> bool:
    """One capitalised word after "in", "near" mid-sentence, right before a noun of an age
    (``period_nouns.txt``: "in Soviet times", "in Ottoman days", "in Safavid rule"): the
    preposition's object is the age, and the word its people's or state's adjective, no town
    ("Gyumri, called Leninakan in Soviet times": no Shovot; "in Qajar times": no Ghajar). The
    look-alike readings take "in Holly" for a town because English puts no common noun there
    bare; a noun after the word makes it a modifier, and an age's is never a town's. Other
    nouns after a name may be a town's ("in Shovet town", "near Keshm island", "at Baqiq
    processing plant") or the start of the verb ("in Sakaka expect"), so only an age's counts
    (all nouns counted cost 7 tune rows)."""
    from tqcheck.lexicon import word_list

    text = candidate.text
    if candidate.slot != "weak" or candidate.sentence_start or " " in text or "-" in text:
        return False
    rest = after_in_sentence(candidate)
    hit = _LOWER_WORD_AFTER.match(rest) if rest else None
    return hit is not None and hit.group("word") in word_list("period_nouns")


def after_a_measure(candidate: Candidate) -> bool:
    """The candidate comes right after a reading in degrees ("47 degrees Celsius", "40°
    Fahrenheit"): the name of a scale, whatever town it sounds like."""
    before = before_in_sentence(candidate)
    return before is not None and MEASURE_BEFORE.search(before[-24:]) is not None


def people_in_plural(text: str) -> bool:
    """``text`` is a people in the plural that context reads to set the copy's countries
    (``country_words.tsv``: "Turks", "Iraqis"; the third part of ``place_clues.tsv``: "Kurds"):
    a people, never a town ("Diyarbakir, Amed to Kurds": no literal name of Gerede). Only the
    plural: a country's name or adjective ("Cuba", "German", "the Levantine") is MT's
    look-alike or literal rendering of a town often enough ("around Cuba, in northern
    Azerbaijan": Quba)."""
    from tqcheck.gazetteer.context import country_of_word, place_clue_table

    if not text.endswith("s") or " " in text:
        return False
    if country_of_word(text) is not None:
        return True
    clues, sites = place_clue_table()
    return text in clues and text not in sites


def world_city_by_its_name(text: str, garble: Garble) -> bool:
    """``text`` is exactly the own name of a city of ``WORLD_CITY_POPULATION`` or more in
    another country than the place ``garble`` reads it as: copy names Paris, Sydney or Toronto
    wherever the story is set, and a town of the region that sounds or is spelled alike ("Paris":
    Beris, Pardis) is no reading of it. Its own name only, not another name GeoNames records
    for it."""
    folded = fold(text)
    return any(
        place.population >= WORLD_CITY_POPULATION
        and place.country != garble.country
        and fold(place.name) == folded
        for place in geonames_index().exact(text)
    )


def accepted_spelling(candidate: Candidate, garble: Garble) -> bool:
    """The candidate is one of the recorded names of the very place ``garble`` reads it as,
    but for the article or a final h (``same_name``: "Mahalla", El Mahalla; "Sulaimaniyah",
    Sulaimaniya), no English word or given name, and English text writes it
    (:func:`written_in_english`): wire copy's accepted spelling, not a garble. GeoNames
    records some of MT's respellings among a city's names ("Ghardaqa", "Wejdah", "Nialah"),
    which no English text writes; an English word or name that a city's other spelling
    matches ("Baja", Bajah) is MT's look-alike more often."""
    from tqcheck.gazetteer.look_alikes import given_name

    text = candidate.text
    if zipf(text) > 0 or given_name(text):
        return False  # an English word (Zipf 3.0 and over) or a name
    from tqcheck.gazetteer.through_arabic import vowels_written

    place = geonames_index().get(garble.geonameid)
    if place is None or place.country in vowels_written():
        # a place named at home in Latin letters has one spelling; its other recorded names
        # are other languages' ("Istambul" of Istanbul), which English copy does not use
        return False
    if any(folded_words(text) == folded_words(own) for own in (garble.name, place.name)):
        # the place's own name but for the article ("Bayadh", El Bayadh; "Mourouj", El
        # Mourouj): English copy drops the article of a name it rarely writes, which wordfreq's
        # list may not know; MT's respellings are other names GeoNames records, or the own
        # name with a letter dropped ("Nawabsha", Nawabshah)
        return True
    names = {
        garble.name,
        place.name,
        *(spelling for spelling, _kind in geonames_index().spellings(place)),
    }
    core = "".join(folded_words(text)).removesuffix("h")  # what every such name spells, cheaply
    if not any(
        core in fold(name).replace(" ", "") and same_name(text, name, place.country)
        for name in names
    ):
        return False
    return written_in_english(text)


def hamlet_english_writes(candidate: Candidate, garble: Garble) -> bool:
    """``garble`` reads the candidate by spelling (a transliteration) as a place of fewer than
    ``FACILITY_SITE_POPULATION`` people, and the candidate is a name English text writes
    rarely (wordfreq's large list below ``words.NAME_ZIPF``: "Fordow" 1.2), no English word or
    given name:
    the copy names that small place, or a site at it, as English text spells it ("Fordow, near
    Qom": Fordū, a village of 839), not a garble of it. GeoNames spells the region's villages
    from the local script, the wires from usage, and the two part most where the place is
    small; MT's transliteration garbles of villages ("Kalbagar", "Jirmuk", "Meeranshah") are
    spellings nobody writes, and its English look-alikes ("Kermit", "Marsha", "Naphthalene")
    are words or names English text writes more often, which this leaves alone."""
    from tqcheck.gazetteer.look_alikes import given_name

    if garble.kind != "transliteration":
        return False
    place = geonames_index().get(garble.geonameid)
    if place is None or place.population >= FACILITY_SITE_POPULATION:
        return False
    text = candidate.text
    if zipf(text) > 0 or given_name(text):
        return False
    token = fold(text).replace(" ", "")
    # only below words.NAME_ZIPF: a word English text writes more often is a word or name of
    # its own ("Naphthalene" 2.1, "Arabella" 2.8), MT's look-alike of Naftalan, Ardabil
    return token.isalpha() and f"\n{token}\n" in rare_english_words()


# Consonants of a romanised name as a key: h, w and y are left out (digraphs, long vowels,
# diphthongs), doubled letters written once.
NOT_CONSONANT = patterns.compile(r"[^bcdfgjklmnpqrstvxz]")


def consonant_key(name: str) -> str:
    return re.sub(r"(.)\1+", r"\1", NOT_CONSONANT.sub("", "".join(folded_words(name))))


def named_otherwise(text: str, place: GeoPlace) -> bool:
    """``text`` has other consonants than every Latin name of ``place`` (the article aside):
    "Incirlik" (ncrlk) for Incirli, "Kashagan" (ksgn) for Kashan. MT's garble of a town's name
    keeps its consonants ("Jeezan" for Jizan, "Toulkarim" for Tulkarm, "Airball" for Arbil)."""
    key = consonant_key(text)
    names = {place.name, *(spelling for spelling, _kind in geonames_index().spellings(place))}
    return all(consonant_key(name) != key for name in names if fold(name).isascii())


# A facility's name is the name of the site it stands at; a reading of it as a place smaller
# than this is no evidence of a garble (``hamlet_of_a_facility``).
FACILITY_SITE_POPULATION = 10_000


@cache
def facility_after() -> re.Pattern[str]:
    """The head of a facility's name right after the name (``facility_heads.txt``), longest
    first: "the Nasib border crossing", "the Fordow enrichment site"."""
    from tqcheck.lexicon import word_list

    heads = sorted(word_list("facility_heads"), key=patterns.longest_first)
    return patterns.compile(r"\s+(?:" + "|".join(re.escape(h) for h in heads) + r")\b")


def hamlet_of_a_facility(candidate: Candidate, garble: Garble) -> bool:
    """The candidate is a facility's name ("the Nasib crossing", "the al-Hol camp", "the Fordow
    enrichment site": a head of ``facility_heads.txt`` right after it), and
    ``garble`` reads it by spelling (a transliteration, not a translated name's meaning nor an
    English word that sounds like a town) as a place of fewer than
    ``FACILITY_SITE_POPULATION`` people. Crossings, camps, prisons, fields and bases stand at
    villages or in the open, named as the agencies spell them and GeoNames often does not
    (Nasib, Masnaa, Karni, Torkham, Kapikule, al-Hol, Fordow on professional copy were read as
    hamlets of other names); a garbled facility of MT copy is a town's name garbled ("the Nusaibin
    crossing", Nusaybin), read as that town (10,000 or more).

    A reading by sound (a look-alike) of a facility's name that is no English word, name or
    compound of English words ("Evin prison": Eyvan; "the Guerguerat crossing": Zouerat) is no
    evidence either: MT's look-alikes are English ("the Barker camp", "Airball airport",
    "Janine refugee camp"), and a local name that merely sounds like a town is the site's."""
    if garble.kind not in ("transliteration", "look-alike"):
        return False
    rest = after_in_sentence(candidate)
    if rest is None or not facility_after().match(rest):
        return False
    place = geonames_index().get(garble.geonameid)
    if garble.kind == "look-alike":
        # but the town's own name under other conventions ("the Nusairat camp", An Nusayrat)
        return (
            place is not None
            and not english_looking(candidate.text)
            and not conventional_form(candidate.text, place)
        )
    # a site copy names as English text writes it ("Incirlik air base", "the Kashagan field")
    # is the facility's own name, whatever town GeoNames spells alike (Incirli, Kashan)
    return place is not None and (
        place.population < FACILITY_SITE_POPULATION
        or (written_in_english(candidate.text) and named_otherwise(candidate.text, place))
    )


# The shortest English word a compound is read as made of (``english_looking``).
COMPOUND_PART = 3


def english_looking(text: str) -> bool:
    """``text`` is an English word (Zipf 3.0 and over), a given name, or one word made of two
    such words ("Airball": air + ball): the stuff MT's look-alikes are made of."""
    from tqcheck.gazetteer.look_alikes import given_name

    if zipf(text) > 0 or given_name(text):
        return True
    word = fold(text)
    return " " not in word and any(
        zipf(word[:cut]) > 0 and zipf(word[cut:]) > 0
        for cut in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1)
    )


# "X, a busy district of Baghdad", "X, an island district of Cairo", "X, a suburb of Tunis": a
# part of the city the apposition names.
PART_OF_CITY = patterns.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:district|suburb|neighbourhood|neighborhood|"
    r"quarter)\s+of\s+(?:the\s+)?(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


def part_of_city_after(plain: str, end: int) -> str | None:
    """The city that an apposition right after ``end`` makes the name before it a part of
    ("Zamalek, an island district of Cairo": Cairo; ``PART_OF_CITY``), or None."""
    hit = PART_OF_CITY.match(plain, end)
    return hit.group("city") if hit is not None else None


# "Garden Town in Lahore", "Faisal Town, in central Lahore": a name placed inside a city, not a
# province, district or region of that name.
INSIDE_A_CITY = patterns.compile(
    r",?\s+in\s+(?:the\s+)?(?:(?:central|downtown|old|(?:north|south|east|west)(?:ern)?|"
    r"(?:north|south)-?(?:east|west)(?:ern)?)\s+)?"
    r"(?P<city>[A-Z][\w’'-]+(?:\s+City)?)(?!\s+[A-Z]|[\w’'-]|\s+(?:province|governorate|region|"
    r"state|wilaya|oblast|district|county|valley|basin|plain|desert|mountains?|river|sea|"
    r"gulf|strait|coast|border|area)\b|['’]s)"
)


def city_around(plain: str, end: int) -> str | None:
    """The city of ``WELL_KNOWN_POPULATION`` or more that the words right after ``end`` place
    the name before it in ("Residents of Garden Town in Lahore": Lahore), or None. A name
    placed inside a city is a part of it, a neighbourhood or a colony, which GeoNames records
    rarely: a town is placed in a province or a country, not in another town. A country's
    name places nothing ("in Kuwait" is the country first), unless it is the city's own name."""
    hit = INSIDE_A_CITY.match(plain, end)
    if hit is None:
        return None
    name = hit.group("city")
    if country_word(name) and not name.endswith(" City"):
        return None
    cities = [
        city
        for city in geonames_index().exact(name)
        if city.population >= WELL_KNOWN_POPULATION and fold(city.name) == fold(name)
    ]
    return name if cities else None


# "Evin prison in Tehran", "the X camp outside Mosul": a facility the copy places in or by a
# city (after its head, ``facility_after``).
FACILITY_IN_CITY = patterns.compile(
    r"\s+(?:in|near|outside|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?"
    r"(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


def far_from_its_city(candidate: Candidate, garble: Garble) -> bool:
    """The apposition after the candidate makes it a part of a city of 100,000 or more, or the
    candidate names a facility the copy places in or by such a city ("Evin prison in Tehran":
    ``FACILITY_IN_CITY``), and the place ``garble`` reads it as lies farther than
    ``look_alikes.PLACED_KM`` from every place of that name: a facility stands where the copy
    says, and a town 400 km away that sounds alike (Eyvan) is no reading of its name."""
    from tqcheck.gazetteer.look_alikes import PLACED_KM, km

    rest = after_in_sentence(candidate)
    hit = PART_OF_CITY.match(rest) if rest is not None else None
    if hit is None and rest is not None and (head := facility_after().match(rest)):
        hit = FACILITY_IN_CITY.match(rest, head.end())
    place = geonames_index().get(garble.geonameid) if hit is not None else None
    if hit is None or place is None or place.lat is None or place.lon is None:
        return False
    name = hit.group("city")
    cities = [
        city
        for city in _well_known_cities_named(name)
        # a country's name ("the X prison in Iraq") places no city, whatever city GeoNames
        # also records by it (Arak, Iran, is also "Iraq"); "in Gaza" is Gaza City's own name
        if not country_word(name) or fold(city.name) == fold(name)
    ]
    return bool(cities) and all(
        km(city.lat, city.lon, place.lat, place.lon) > PLACED_KM for city in cities
    )


def _well_known_cities_named(name: str) -> list[GeoPlace]:
    """The places of 100,000 or more (``WELL_KNOWN_POPULATION``) GeoNames records by ``name``,
    with coordinates: the cities a copy's "in X" or "X's" may mean."""
    return [
        city
        for city in geonames_index().exact(name)
        if city.population >= WELL_KNOWN_POPULATION
        and city.lat is not None
        and city.lon is not None
    ]


# "Istanbul's X", "Tashkent's X": a city's possessive right before a name (one opening the
# name is read by ``context.possessive_owner``).
_OWNER_BEFORE = patterns.compile(r"(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)['’]s\s+$")


def _far_from_its_owner(candidate: Candidate, garble: Garble) -> bool:
    """A city of 100,000 or more owns the candidate by its possessive ("Istanbul's Garden
    Houses district", "Jeddah's Sadr City") and the place ``garble`` reads lies farther than
    ``look_alikes.PLACED_KM`` from every place of the city's name, or is that city: copy names
    a city's district, landmark or market so, and a town 900 km away whose name translates
    alike ("Istanbul's Grand Bazaar": Çarşıbaşı, Trabzon) or sounds alike is no reading of it,
    whichever reader found it, nor is the city itself ("Bursa's Upper Houses")."""
    from tqcheck.gazetteer.look_alikes import PLACED_KM, km

    before = before_in_sentence(candidate)
    # the possessive stands right before the name: the sentence's last 80 characters hold it
    # (searching a whole long sentence for the pattern at each candidate was quadratic)
    hit = _OWNER_BEFORE.search(before[-80:]) if before is not None else None
    owned = possessive_owner(candidate.text) if hit is None else None
    name = hit.group("city") if hit is not None else owned[0] if owned and owned[1] else None
    place = geonames_index().get(garble.geonameid) if name is not None else None
    if name is None or place is None or place.lat is None or place.lon is None:
        return False
    if country_word(name):
        return False  # "Turkey's Black Sea coast": a country owns its whole land
    cities = _well_known_cities_named(name)
    if any(city.geonameid == place.geonameid for city in cities):
        return True  # "Bursa's Upper Houses": a part of the city, not the city itself
    return bool(cities) and all(
        km(city.lat, city.lon, place.lat, place.lon) > PLACED_KM for city in cities
    )


# "X, on the Red Sea,", "X, east of Jerusalem,": the apposition after a name, up to its comma.
PLACING_APPOSITION = re.compile(r"^,\s+(?P<phrase>[^,.;:()]{3,80})")
# "47 degrees Celsius", "104 °F": a temperature scale after a reading, no place.
MEASURE_BEFORE = re.compile(r"\d[\d.,]*(?:\s+|-)(?:degrees?|°)\s*$", re.IGNORECASE)


# "X, near Philadelphia,", "X, outside Paris": located by a city near it, named bare.
_NEAR_CITY_AFTER = patterns.compile(
    r"^,\s+(?:just\s+)?(?:near|outside|close\s+to|not\s+far\s+from)\s+"
    r"(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
)


def real_where_placed(candidate: Candidate) -> bool:
    """The apposition after the candidate places it, and a place of that name lies there: a
    town of ``REAL_ANYWHERE_POPULATION`` or more by its own name in a country of the river,
    sea or range the apposition names ("Duba, on the Red Sea," in copy about a ferry to Egypt:
    Saudi Arabia's Duba), or a place recorded by the name within ``look_alikes.PLACED_KM`` of
    the city of 100,000 or more it is located by ("Bethany, east of Jerusalem": al-Eizariya,
    whatever country GeoNames files Jerusalem in; "Barnes, near London", "Media, outside
    Philadelphia": ``_NEAR_CITY_AFTER``). A sub-editor checks a name against the
    place the copy puts it, not only against the countries it names; a garble is a name that
    no place there bears."""
    from tqcheck.gazetteer.context import feature_countries_in
    from tqcheck.gazetteer.look_alikes import PLACED_KM, km

    rest = after_in_sentence(candidate)
    hit = PLACING_APPOSITION.match(rest) if rest else None
    if hit is None:
        return False
    places = recorded_places(candidate.text)
    if not places:
        return False
    folded = fold(candidate.text)
    features = feature_countries_in(hit.group("phrase"))
    if any(
        place.country in features
        and place.population >= REAL_ANYWHERE_POPULATION
        and fold(place.name) == folded
        for place in places
    ):
        return True
    if placed_abroad_with(places, hit.group("phrase")):
        return True
    near = NEAR_PLACE_AFTER.match(rest) or _NEAR_CITY_AFTER.match(rest)
    if near is None:
        return False
    cities = [
        city
        for city in geonames_index().exact(near.group("place"))
        if city.population >= WELL_KNOWN_POPULATION and city.lat is not None
    ]
    return any(
        km(city.lat, city.lon, place.lat, place.lon) <= PLACED_KM
        for city in cities
        for place in places
        if place.lat is not None and place.lon is not None and city.lon is not None
    )


# "in Somerset", "in Kent": the name an apposition places a place in.
# "in Somerset", "a fishing town on Kenai Peninsula": the names an apposition places a place by
# (its capitalised words after a preposition), and a generic noun after such a name.
PLACING_NAME = re.compile(
    r"\b(?:in|on|near|of)\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
GENERIC_AFTER_NAME = re.compile(r"\s+(?:Peninsula|County|Island|Islands|Valley|Bay|Coast)$")


def placed_abroad_with(places: list[GeoPlace], phrase: str) -> bool:
    """The apposition ``phrase`` places the name by a name that GeoNames records only outside
    the region (a town or a province, its generic noun aside: "in Somerset", "in
    Cambridgeshire", "on Kenai Peninsula"), and one of ``places`` lies in a country that name
    is recorded in: the copy places the town abroad itself ("Syrian doctors in Wells, in
    Somerset,"; "Homer, a fishing town on Kenai Peninsula,"), as "Hope, Arkansas" does by a
    country word. Not by the English name of a first-level unit of the region ("in Babylon
    province": Iraq's Babil, whatever towns abroad GeoNames records as Babylon)."""
    from tqcheck.gazetteer.context import unit_english_names

    for hit in PLACING_NAME.finditer(phrase):
        name = GENERIC_AFTER_NAME.sub("", hit.group("name"))
        if fold(name) in region_features() or country_of_word(name) is not None:
            continue
        if fold(name) in unit_english_names()[0]:
            continue
        where = geonames_index().exact(name)
        if not where or any(place.country in ARABIC_SCRIPT_REGION for place in where):
            continue
        countries = {place.country for place in where}
        if any(place.country in countries for place in places):
            return True
    return False


def in_a_unit_name(candidate: Candidate) -> bool:
    """The candidate is a part of a longer English name of a first-level unit of the region
    that the copy writes letter for letter ("in Kohgiluyeh and Boyer-Ahmad province", "Chaharmahal
    and Bakhtiari province": ``admin_unit_names.tsv``, ``region_unit_names.tsv``), which the
    name finder splits at "and": a part of a unit's name spelled right is no garble of a town.
    A garbled part ("Sistaan and Baluchestan") is no such name and is still read."""
    from tqcheck.gazetteer.context import unit_english_names

    at = candidate.around_at
    around = candidate.around
    if at < 0 or around[at : at + len(candidate.text)] != candidate.text:
        return False
    end = at + len(candidate.text)
    folded_text = fold(candidate.text)
    names = [n for n in unit_english_names()[0] if len(n) > len(folded_text) and folded_text in n]
    if not names:
        return False
    # the sentence folded letter by letter, with where each folded letter stands in it
    letters, where = [], []
    for index in range(max(0, at - 60), min(len(around), end + 60)):
        for letter in fold(around[index]):
            letters.append(letter)
            where.append(index)
    folded = "".join(letters)
    return any(
        where[hit.start()] <= at and end <= where[hit.end() - 1] + 1
        for name in names
        for hit in re.finditer(re.escape(name), folded)
    )


# A preposition right after a word, no comma between them: the word heads a noun phrase.
PREPOSITION_AFTER = patterns.compile(
    r"[ \t]+(?:at|on|in|of|from|across|along|near|around|inside|outside|throughout|with|for)\b"
)
# The singular of an opening plural must be this common an English word (``words.zipf``).
PLURAL_BASE_ZIPF = 3.0


def opening_plural_subject(sentence: str, text: str) -> bool:
    """``text`` is one capitalised word opening ``sentence``, the plural of an English word
    (``plural_bases``: "Clerics", cleric 3.4; "Resorts", resort 4.4), with a preposition
    right after it and no comma ("Clerics at the seminaries of Qom criticised", "Resorts on
    the northern shore of Issyk-Kul were booked"): the sentence's subject, a common noun in the
    plural capitalised because it opens the sentence, not a name. wordfreq counts a plural
    apart from its singular, so "clerics" (3.1) falls below the words English opens
    sentences with. A town opening a sentence takes its locating phrase after a comma
    ("Tiaras, in southern Kazakhstan")."""
    if " " in text or not text.endswith("s") or not sentence.lstrip("\"“‘'( ").startswith(text):
        return False
    at = sentence.find(text)
    if not PREPOSITION_AFTER.match(sentence, at + len(text)):
        return False
    return any(zipf(base) >= PLURAL_BASE_ZIPF for base in plural_bases(text.lower()))
