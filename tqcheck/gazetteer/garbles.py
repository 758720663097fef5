"""Garbled place names anywhere: names machine translation mangled, resolved in article context.

Three kinds of garble, each with its own evidence:

``literal``
    A name whose Arabic spelling is also a word or phrase, translated: "White Hill" is تل أبيض
    (Tall Abyad), "the Green Mountain" is الجبل الأخضر (Jebel Akhdar). The English words go back
    to Arabic through the hand word table ``gazetteers/toponym_words.csv``, the team's glosses of
    the commonest place-name words no dictionary knows (``toponym_words_team.csv``, Persian and
    Turkic words in Arabic script too: "Falcon City" is شاهين شهر) and the dictionary-built
    ``gazetteers/toponym_words_freedict.csv`` (glosses of every Arabic word of the region's place
    names), and where they find no place, in a strong slot or beside another table's word, the
    Buckwalter lexicon's (``toponym_words_buckwalter.csv``: "the Tube" is خرطوم, Khartoum; read
    only to an Arabic name); the Arabic phrase (and its romanisations) is looked up among the
    places of the article's countries (GeoNames' Arabic alternate names,
    ``tqcheck/data/arabic_places.tsv``, and the Latin names by consonant skeleton). One
    untranslated name may stand beside a translated word ("Sons of Walid").
``transliteration``
    A name spelled back from Arabic, Cyrillic or Armenian script in a way no gazetteer accepts
    ("Khojawound"): not an English word, not a known place, and its consonant skeleton (with the
    MT confusion classes of ``keys``) is that of a place of the article's countries, in Latin or
    in Arabic script.
``look-alike``
    An English word or Western name that sounds like the place ("Ticket" for Tikrit, "Kirk" for
    Kirkuk): the same skeleton evidence, but only in a place slot, since the word is otherwise
    just a word. Names of two consonant classes ("Homes") are compared with the towns of the
    article's countries; in a strong slot, a name nothing else matches goes to the index's
    calibrated resolver (``GeoNamesIndex.resolve``).

Candidates are capitalised names (up to four words, "of"/"al" allowed inside). A place slot
("the city of X", "the port of X", "X airport", "X, Lebanon", "residents of X", "X's mayor")
raises suspicion; strong evidence needs none. Every candidate is resolved only within the
countries the article's section names (``context``), so a real word elsewhere stays quiet and a
real place of the article's countries is never called a garble.
"""

from __future__ import annotations

import bisect
import itertools
import re
import zlib
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import JaroWinkler

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.gazetteer import cache_files
from tqcheck.gazetteer.context import (
    LATIN_LOWER,
    LATIN_UPPER,
    WELL_KNOWN_POPULATION,
    Geography,
    clue_countries,
    country_of_word,
    geography_at,
    news_agencies,
    region_features,
    region_parts,
)
from tqcheck.gazetteer.keys import (
    arabic_key,
    arabic_skeletons,
    fold,
    is_arabic,
    skeleton,
    skeletons,
    translit_folded,
)
from tqcheck.gazetteer.through_arabic import (
    read_through_arabic,
    reads_whole_name,
    same_reading,
    vowel_swap_is_garble,
)
from tqcheck.gazetteer.words import is_english_word, zipf

if TYPE_CHECKING:
    from types import ModuleType

    from tqcheck.gazetteer.geonames import GeoNamesIndex, GeoPlace

# Scores are probability-like: how often a match of this kind and strength names the place.
SCORE_ARABIC_EXACT = 0.92  # the English words, back in Arabic, are a place's Arabic name
SCORE_ARABIC_TAA = 0.90  # ... with a final taa marbuta added or removed
SCORE_ARABIC_NISBA = 0.88  # ... the last word's feminine nisba (محمود -> المحمودية)
SCORE_LITERAL_SKELETON = 0.84  # the same, read back by consonant classes to a Latin name
LITERAL_SKELETON_POPULATION = 20_000  # a town of this size, when only three classes match
# Names of two consonant classes: a town of the article's countries this large, this close.
SHORT_NAME_POPULATION = 20_000
MIN_SHORT_NAME = 0.85  # Jaro-Winkler of the folded spellings
SCORE_SHORT_NAME = 0.86
SCORE_SKELETON = 0.88  # the name's consonant skeleton is a place's Arabic skeleton
SCORE_NEAR_SKELETON = 0.80  # one consonant dropped or confused
MIN_TRANSLITERATION = 0.86  # Latin spellings: Jaro-Winkler, less 0.05 when a consonant apart
# A single English word this common (wordfreq Zipf) is a literal translation only in a strong
# place slot ("the town of the Gate"), never after "in"/"to" alone ("to the East").
COMMON_LITERAL_ZIPF = 5.0
RARE_TEAM_ZIPF = 3.5  # one rare English word ("Brunette") may use a team pair after "in", "to"
MIN_UNSLOTTED = 0.90  # after "in", "near", "from": an unknown name needs a close match
MIN_UNSLOTTED_LATIN = 0.85  # ... or an exact Arabic skeleton and this Latin resemblance
MIN_RESOLVE_CONFIDENCE = 0.9  # GeoNamesIndex.resolve's calibrated confidence (96% right above)
MIN_NEAR_LATIN = 0.92  # Jaro-Winkler needed when the skeletons are a consonant apart
MIN_LITERAL_LATIN = 0.86
MIN_ARABIC_LATIN = 0.70  # a non-word matched by Arabic skeleton must still resemble the name
# A city this large is named in copy about anywhere: spelled this close (Jaro-Winkler of the
# folds), it is a candidate outside the article's countries too; among the largest places
# sharing a skeleton (the first WORLD_CITY_ROWS, largest first).
WORLD_CITY_POPULATION = 1_000_000
MIN_WORLD_CITY = 0.945
WORLD_CITY_ROWS = 30
# A place this large, named exactly, is that place wherever the article is set.
REAL_ANYWHERE_POPULATION = 10_000
MIN_OWN_NAME_FORM = 0.75  # Jaro-Winkler of another recorded name to the place's own name
# Countries whose place names reach English through Arabic (or Persian, Russian, Armenian)
# script in the copy tqcheck checks: their GeoNames Arabic names are read back by sound. Elsewhere
# (the US, Europe) Arabic names are transliterations of English ones and carry no evidence.
ARABIC_SCRIPT_REGION = frozenset(
    [
        "DZ",
        "BH",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MA",
        "MR",
        "OM",
        "PS",
        "QA",
        "SA",
        "SD",
        "SS",
        "SY",
        "TN",
        "AE",
        "YE",
        "EH",
        "DJ",
        "SO",
        "KM",
        "ER",
        "TD",
        "ML",  # Mali and Niger: Arabic-language news covers the Sahel, and its north speaks
        "NE",  # Hassaniya and Chadian Arabic (Timbuktu, Agadez reach English through Arabic)
        "IL",
        "TR",
        "IR",
        "AF",
        "PK",
        "AZ",
        "AM",
        "GE",
        "KZ",
        "KG",
        "TJ",
        "TM",
        "UZ",
        "CY",
        "RU",  # only its North Caucasus republics (``region_parts.tsv``, ``_in_region_part``)
    ]
)
_MIN_SKELETON = 3
# Consonant classes MT confuses across scripts (Arabic has no p or v; q/k, t/d, s/z).
_CONFUSABLE = {
    "B": "P",
    "P": "B",
    "F": "V",
    "V": "F",
    "T": "D",
    "D": "T",
    "S": "Z",
    "Z": "S",
    "C": "J",
}

_WORD = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*"
# ... and the Persian, Dari and Urdu ezafe standing alone ("Mazar i Sharif", "Sar e Pol")
_LINK = (
    r"(?: (?:of the|of|al|el|al-|el-|ad|ar|as|ash|at|az|an|ed|er|es|et|ez|en|ul|ud|i|e|ibn|bin|"
    r"bani|beni|umm|abu))?"
)
# "Deir ez-Zor", "Kafr el-Sheikh": an Arabic article joined to the next word by a hyphen
_JOINED_ARTICLE = r" (?:a[lnrstdz]|e[lnrstdz]|ash|ath|adh|ul|ud)-"
_CANDIDATE = patterns.compile(
    rf"(?<![\w'’-]){_WORD}(?:{_LINK} {_WORD}|{_JOINED_ARTICLE}{_WORD}){{0,3}}"
)
_SLOT_BEFORE = patterns.compile(
    r"\b(?:(?:city|cities|town|towns|village|villages|port|district|province|governorate|region|"
    r"area|capital|suburb|suburbs|outskirts|residents|people|camp|neighbourhood|neighborhood|"
    r"hamlet|settlement|municipality|county|oasis|island|valley|airport|crossing|governor|mayor|"
    r"streets|centre|center|countryside|entrance|east|west|north|south|northeast|northwest|"
    r"southeast|southwest|outpost|base|prison|hospital|market|mosque|university|fields|"
    r"neighbourhoods|neighborhoods|districts|ruins|beaches|shores|harbour|harbor|stadium)"
    r"\s+of|capital,?|town|city|village|port|camp)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WEAK_BEFORE = patterns.compile(
    r"\b(?:in|near|into|entered|outside|around|toward|towards|from|at|reached|captured|shelled|"
    r"struck|hit|stormed|besieged|between|via|to|recaptured|bombed|seized|on|patrolled|"
    r"visited|evacuated|surrounded|liberated|raided|attacked|targeted|fled|across|inside|"
    r"through|within|off|above|below|beyond|along|retook|retaken|overran|overrun|regained|"
    r"shook|rocked)\s+(?:the\s+)?"
    r"(?:central\s+|(?:north|south|east|west)ern\s+)?$"
)
# The weak slots that put a word where a place is expected: not "to", "from", "at", "with"
# ("spoke to Holly", "a letter from Sophie").
_LOCATIVE_BEFORE = patterns.compile(
    r"\b(?:in|near|outside|inside|around|across|through|within|into|off|above|below|beyond)"
    r"\s+(?:the\s+)?"
    r"(?:central\s+|(?:north|south|east|west)ern\s+)?$"  # "in central X", "in northern X"
)
_SLOT_AFTER = patterns.compile(
    r"^(?:\s+(?:airport|crossing|border crossing|governorate|province|district|region|camp|"
    r"refugee camp|municipality|countryside|area|neighbourhood|neighborhood|checkpoint|"
    r"front|prison|port)\b|"
    r"['’]s\s+(?:mayor|governor|residents|municipality|outskirts)\b)"
)
# "a Sunni district", "an Alawite village": the indefinite article before a word and a head of
# _SLOT_AFTER makes the word an adjective; a place's name is definite ("the Yarmouk camp").
_INDEFINITE_BEFORE = patterns.compile(r"(?<![\w’'-])(?:a|an|A|An)\s+$")
# "X, the capital of Anbar province", "X, a town in ...": an apposition that says X is a place.
_APPOSITION_AFTER = patterns.compile(
    # "X, his southern stronghold": a possessive determines the noun as "the" does
    r"^,\s+(?:(?:the|a|an|his|her|its|their|our)\s+(?:[\w’'-]+\s+){0,4}?)?"
    r"(?:city|town|village|capital|port|camp|"
    r"province|district|governorate|region|suburb|oasis|settlement|hamlet|neighbourhood|"
    r"neighborhood|stronghold|enclave|area|emirate|emirates|sultanate|seaport|resort|"
    r"hometown|birthplace|municipality|township|community|locality|commune|"
    r"(?:seat|gateway)\s+(?:of|to)|home\s+to)\b"
)
# "Omani officials in X", "Algerian police near X": people of a country, at work in X.
_PEOPLE_IN_BEFORE = patterns.compile(
    r"\b(?P<nation>[A-Z][\w-]*)\s+(?:security\s+|border\s+|civil\s+defence\s+)?"
    r"(?:officials|police|policemen|authorities|troops|forces|soldiers|guards|officers|"
    r"farmers|residents|villagers|doctors|workers|prosecutors|rescuers|firefighters)"
    r"\s+(?:in|near|at)\s+(?:the\s+)?$"
)
# "the port at X", "refugee camps in X", "villages around X": an installation or a settlement
# (``site_nouns.txt``, read in the singular) placed at a name says the name is a place. Not
# "near", "outside": "the crossing near X" is read as after "near" (a town across the border
# read by a close spelling, ``_in_a_neighbour``).
_SITE_BEFORE = patterns.compile(r"\b(?P<noun>[A-Za-z][a-z]+)\s+(?:at|in|around)\s+(?:the\s+)?$")
# "crossed into Chad at X", "crossed the Senegal River at X": where a border or a river is
# crossed is a place.
_CROSSED_AT_BEFORE = patterns.compile(
    r"\bcross(?:ed|es|ing)?\s+(?:into\s+)?(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+|"
    r"the\s+(?:border|frontier|river)\s+)?at\s+(?:the\s+)?$"
)
# "the road from X to", "ferries from X", "the highway between X and", "a railway linking X":
# a road or its traffic (``route_nouns.txt``) runs between places.
_ROUTE_BEFORE = patterns.compile(
    r"\b(?P<noun>[A-Za-z][a-z]+)\s+(?:from|to|into|between|linking|connecting|towards?)\s+"
    r"(?:the\s+)?$"
)
# "the road between Benghazi and X": a route's other end (not "flights from Tehran to the
# Emirates": a route runs to a country as often).
_ROUTE_END_BEFORE = patterns.compile(
    r"\b(?P<noun>[A-Za-z][a-z]+)\s+between\s+(?:the\s+)?"
    r"(?P<end>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+and\s+(?:the\s+)?$"
)
# "the State of Israel", "the University of Tehran": an English word before "of" and a name is
# the head of that name, not a place that sounds like it.
_HEAD_OF_NAME = patterns.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_ADDRESS_AFTER = patterns.compile(r"[.@/][A-Za-z0-9]")
# "in the Yehuda desert", "the Qandil mountains": a name before a natural feature's noun names
# the feature (a region), not a town; "the X district", "X province" stay place slots.
_FEATURE_AFTER = patterns.compile(
    r"[ \t]+(?:desert|deserts|mountains?|hills|range|plain|plains|plateau|valley|river|sea|gulf|"
    r"lake|coast|peninsula|strait|basin|delta|steppe|marshes|wilderness)\b"
)
# "the Samsung phone": a name that modifies a noun names no place.
_ATTRIBUTIVE_AFTER = patterns.compile(
    r"^[ \t]+(?!(?:and|or|in|on|at|near|of|to|by|from|with|which|that|where|was|is|were|are|"
    r"has|had|said|says|after|before|for|as|since|until|when|while)\b)[a-z]"
)
_LEADING_SLOT = patterns.compile(
    r"^(?:Residents|People|Villagers|Inhabitants|Outskirts|Streets|Town|City|Village|Port|"
    r"Province|Governorate|District|Capital) of (?:the )?(?=[A-Z])"
)
_COUNTRY_AFTER = patterns.compile(
    # "X, in Iraq", "X, Iraq", "X and Y in Iraq", "the X refugee camp in northern Iraq", "X, a
    # UNESCO site in Oman's interior" (an apposition saying where X is)
    r"^(?:,\s+(?:(?:in|on)\s+(?:the\s+)?|(?:the|a|an)\s+(?:[\w’'-]+\s+){1,3}?in\s+(?:the\s+)?)?|"
    r"(?:\s+and\s+[A-Z][\w’'-]*|\s+(?:refugee\s+camp|camp|airport|port))?"
    r"\s+in\s+(?:the\s+)?)"
    r"(?P<compass>(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?\s+)?"
    r"(?P<country>[A-Z][\w-]*(?: [A-Z][\w-]*)?(?=['’]s\b)|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)"
    r"(?![\w-])(?!\s+(?:border|frontier|boundary)\b)"  # "the Syrian border": not in Syria
)
# "X, in the northwest of the country", "X, 80 km south of Algiers", "X, on the Algerian
# border": an apposition that locates X says it is a place, as a sub-editor reads it.
_COMPASS = r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
_LOCATIVE_AFTER = patterns.compile(
    # "X on the Red Sea coast", "X on Egypt's Mediterranean coast", "X on the edge of
    # Damascus": a coast or a city's edge locates, comma or not (not a bearing: "the Nile north
    # of Atbara" is a river's stretch)
    r"^(?:\s+on\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)(?:[\w-]+\s+){0,2}"
    r"(?:coast|coastline|shore|shores)\b|"
    r"\s+(?:on|at)\s+the\s+(?:edge|edges|outskirts|fringes?)\s+of\s+(?:the\s+)?[A-Z]|"
    r",\s+(?:just\s+|directly\s+|due\s+)?"
    r"(?:(?:in|on|near|outside|along|off|between|beyond|close\s+to|not\s+far\s+from)\s+"
    # "X, in the country's south-east", "X, on the kingdom's north-west coast"
    r"(?:the\s+)?(?:(?:country|kingdom|republic|emirate|sultanate|island|state)['’]s\s+)?"
    rf"(?:(?P<place>[A-Z][\w-]*)|{_COMPASS}(?:ern)?\b|"
    r"(?:coast|border|mountains|desert|delta|valley|foothills|shores?|banks?|edge)\b)"
    r"|(?:(?:about|some|around|roughly|nearly)\s+)?"
    r"(?:(?:\d[\d,.]*\s*|a\s+few\s+)(?:km|kilometres|kilometers|miles)\s+)?"
    rf"{_COMPASS}\s+of\s+(?:the\s+)?[A-Z]))"
)
_BARE_COMMA = patterns.compile(r",\s+(?:the\s+)?[A-Z]")
# "the bazaar of X", "residents of eastern X", "a governor for X": a head noun of what a town
# has (``place_heads.tsv``, one word or two) before "of" or "for" (``_place_head``).
_HEAD_BEFORE = patterns.compile(
    r"(?:\b(?P<first>[a-z]+)\s+)?\b(?P<noun>[a-z]+)\s+(?P<link>of|for)\s+(?:the\s+)?"
    rf"(?:{_COMPASS}(?:ern)?\s+)?$"
)
# "X's airport", "Copper Lands' mayor", "X's old city": a possessive and the lower-case words
# after it, one of the first three ending a head of ``place_heads.tsv``, and the word after the
# head (a verb, a function word: "X's airport reopened", "X's port and").
_HEAD_AFTER = patterns.compile(r"^(?P<mark>['’]s?)\s+(?P<words>[a-z]+(?:\s+[a-z]+){0,3})\b")
# "Adana's Incirlik air base", "Aswan's High Dam", "Cairo's Tahrir Square": a possessive and a
# facility's own name (one to three capitalised words), its head a head of ``place_heads.tsv``
# (the name's last word, or the lower-case words after it: "air base").
_NAMED_HEAD_AFTER = patterns.compile(
    r"^['’]s\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"(?:\s+(?P<words>[a-z]+(?:\s+[a-z]+)?))?(?![\w’'-])"
)
# "X, in Helmand province", "X, the capital of Muthanna province", "X in Iraq's Salahuddin
# province", "X, Paktika province" (the unit listed after a bare comma, as a country is): a
# first-level unit named as where X is. Not "Khan, Helmand province governor": an office.
_UNIT_AFTER = patterns.compile(
    r"(?:(?:,\s+|,?\s+(?:in|(?:the\s+)?(?:provincial\s+)?capital\s+of)\s+(?:the\s+)?)"
    r"(?:[A-Z][\w-]*['’]s\s+)?"
    rf"(?P<compass>{_COMPASS}(?:ern)?\s+)?"
    r"(?P<unit>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\s+"
    r"(?:province|governorate|region|state|wilaya|oblast|district)\b"
    r"(?!['’]s\b|\s+(?:governor|police|chief|council|official|officials|spokesman|spokeswoman|"
    r"head|deputy|authorities|administration)\b)|"
    # "the capital of Balochistan": a capital's unit needs no noun
    r",?\s+(?:the\s+)?capital\s+of\s+(?P<named>[A-Z][\w’'-]+)(?![\w’'-]| [A-Z]))"
)
# "X, 80 km south of Algiers", "X, north of Doha", "X, a seaside suburb of Tunis": located by
# another place.
_NEAR_PLACE_AFTER = patterns.compile(
    r"^,\s+(?:just\s+|directly\s+|due\s+)?(?:(?:about|some|around|roughly|nearly)\s+)?"
    r"(?:(?:\d[\d,.]*\s*|a\s+few\s+)(?:km|kilometres|kilometers|miles)\s+)?"
    rf"(?:{_COMPASS}\s+of|(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:suburb|district|"
    r"neighbourhood|neighborhood|outskirts|village|town)\s+(?:of|near|outside))\s+"
    r"(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
)
_PERSON_BEFORE = patterns.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|President|Minister|General|Gen|Col|Colonel|Sheikh|Imam|King|"
    r"Prince|Captain|Capt|Sgt|Judge|Senator|Sen|Rep|Pope|Saint|St|Lt|Major|Maj|Father|Sister|"
    r"Brother|Rabbi|Cardinal|Bishop|Archbishop|Emir|Sultan|Queen|Lord|Lady|Sir)\.?\s+$"
)
_PERSON_AFTER = patterns.compile(
    r"^(?:,?\s+(?:said|says|told|added|wrote|asked|explained|stressed|noted|warned|who|whose)\b"
    r"|['’]s\s+(?:wife|husband|son|daughter|father|mother|brother|sister|family|office|"
    r"spokesman|lawyer|death|statement|remarks|government|administration|party)\b)"
)
_ARABIC_ARTICLES = frozenset(["al", "el", "ad", "ar", "ash", "az", "ath", "adh", "ed", "ez"])
_FUNCTION = frozenset(
    [
        "the",
        "of",
        "al",
        "el",
        "al-",
        "el-",
        "ad",
        "ar",
        "as",
        "ash",
        "at",
        "az",
        "an",
        "ibn",
        "bin",
        "and",
        "a",
        "an",
    ]
)  # skipped when translating words back to Arabic


@dataclass(frozen=True, slots=True)
class Garble:
    start: int
    end: int
    text: str
    kind: str  # literal | transliteration | look-alike
    name: str  # the suggested English name
    country: str
    geonameid: str
    score: float
    evidence: str
    # a literal translation read only through another sense of the word (a WordNet synonym or
    # the lexicon's co-gloss), two dictionary steps from the place: weaker than a look-alike
    indirect: bool = False


# -- data --------------------------------------------------------------------------------


@cache
def toponym_words() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """English word or phrase (lower case) -> [(Arabic word, its romanisations)]: the hand
    table ``toponym_words.csv`` first, then the team's glosses of the most frequent place-name
    words no dictionary knows (``toponym_words_team.csv``: Arabic, Persian, Turkic words in
    Arabic script), then the dictionary glosses of the Arabic words place names are made of
    (``toponym_words_freedict.csv``, built by ``benchmarks/mine_toponym_words.py``; no
    romanisations: read back by Arabic skeleton), then the Buckwalter lexicon's
    (``LEXICON_TABLE``, marked ``_LEXICON``: read only where the others find no place, and only
    to a place's Arabic name), and the diminutives' "little X" (``DIMINUTIVE_TABLE``, read as
    the lexicon's). Read on first use, not at import, and kept as
    a pickle in tqcheck's cache folder named after the tables' bytes and the code that reads
    them (issue 13: reading the CSVs took 40 ms of a check)."""
    path = _toponym_words_cache()
    if path is not None and isinstance(cached := cache_files.load(path), dict):
        return cached
    table = read_toponym_words(TOPONYM_WORD_TABLES)
    if path is not None:
        cache_files.store(path, table)  # not stored in a read-only cache: read again
    return table


def _toponym_words_cache() -> Path | None:
    """Where :func:`toponym_words` is kept; None when a table or source cannot be read."""
    import sys

    from tqcheck.gazetteer import keys

    facts: list[object] = [sys.version, _CACHE_VERSION]
    try:
        for name in TOPONYM_WORD_TABLES:
            facts.append(cache_files.checksum(_gazetteer_dir() / name))
        for source in (__file__, keys.__file__):
            facts.append(cache_files.checksum(Path(source)))
    except OSError:
        return None
    return cache_files.named_path("toponym-words", facts)


TEAM_TABLE = "toponym_words_team.csv"
# The Buckwalter lexicon's glosses (built by benchmarks/mine_buckwalter_words.py): every sense
# of every noun, a bridge of last resort (``_literal``) read only to a place's Arabic name.
LEXICON_TABLE = "toponym_words_buckwalter.csv"
# "Little X" for the place-name words that are Arabic diminutives of a word glossed X (built by
# benchmarks/mine_diminutive_words.py from both dictionaries: غرفة "room" names no place, so no
# other table glosses it, but الغريفة "the little room" does): read as the lexicon table is.
DIMINUTIVE_TABLE = "toponym_words_diminutive.csv"
# The days of the week and the numbers in Arabic and Persian: their pairs count only where a
# slot says a place is meant (``_calendar_may_stand``: "on Monday" is a day).
CALENDAR_TABLE = "toponym_words_calendar.csv"
# Common English words that share a first WordNet sense with a gloss of the tables above (built
# by benchmarks/mine_near_glosses.py, read here as data): a word no table knows ("basement")
# takes its synonym's Arabic ("cellar"), marked ``_NEAR``, read last of all, in a strong slot
# only and only to a place's Arabic name (``_literal``). Built with ``--glosses-too``, it also
# lists the synonyms of words the tables know, which only the co-gloss reading takes
# (``_cogloss_glosses``: "heaven", "eden", عدن).
NEAR_TABLE = "toponym_words_near.csv"
# The English names of prophets and biblical figures come last.
NAMES_TABLE = "toponym_words_names.csv"
TOPONYM_WORD_TABLES = (
    "toponym_words.csv",
    TEAM_TABLE,
    "toponym_words_freedict.csv",
    LEXICON_TABLE,
    DIMINUTIVE_TABLE,
    NAMES_TABLE,
    CALENDAR_TABLE,
    NEAR_TABLE,
)


def read_toponym_words(names: Iterable[str]) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The literal-translation table from the files ``names`` of ``gazetteers/``, in order."""
    import csv

    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    seen: dict[tuple[str, str], int] = {}  # (English, folded Arabic) -> its entry's position
    for name in names:
        path = _gazetteer_dir() / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            lines = (line for line in handle if not line.startswith("#"))
            if name == NEAR_TABLE:
                _read_near(csv.DictReader(lines), table)
                continue
            for row in csv.DictReader(lines):
                latin = tuple(s.strip() for s in (row.get("latin") or "").split("|") if s.strip())
                arabic = row["arabic"].strip()
                # The team table's words were ranked with a final taa marbuta folded: each row
                # stands for both forms (محل "locality" is also the محلة of المحلة الكبرى).
                forms = _taa_variants(arabic) if name == TEAM_TABLE else [arabic]
                latin = _LEXICON if name in (LEXICON_TABLE, DIMINUTIVE_TABLE) else latin
                # a calendar pair is marked as such, its romanisations after the mark
                latin = (*_CALENDAR, *latin) if name == CALENDAR_TABLE else latin
                for form in forms:
                    # The dictionary table's Arabic is written already normalised (no latin).
                    folded = arabic_key(form) if "latin" in row else form
                    for english in row["english"].split("|"):
                        key = english.strip().lower()
                        if key and (key, folded) not in seen:  # the hand table's row wins
                            seen[(key, folded)] = len(table.setdefault(key, []))
                            table[key].append((form, latin))
                        elif key and latin not in _EXACT_ONLY and _romanisations(latin):
                            # ... but a pair a table before lists without romanisations takes
                            # those of a later table: a weekday a dictionary lists is the
                            # calendar's pair, with its romanisations (FreeDict's سبت
                            # "saturday": "sebt"), a prophet's name the team table lists is the
                            # names table's (عيسى "jesus": "isa", "issa", as Sidi Aïssa and
                            # the Maghreb's places, recorded in Latin letters only, spell it)
                            at = seen[(key, folded)]
                            if table[key][at][1] == ():
                                table[key][at] = (table[key][at][0], latin)
    return table


def _read_near(
    rows: Iterable[dict[str, str]], table: dict[str, list[tuple[str, tuple[str, ...]]]]
) -> None:
    """Each near word of ``NEAR_TABLE`` that no table gives any entry (nor for a form of it) takes
    the Arabic words the hand, team and dictionary tables give its near glosses (not the
    lexicon's, every sense of every noun), marked ``_NEAR``."""
    near: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for row in rows:
        english, gloss = row["english"].strip().lower(), row["gloss"].strip().lower()
        if english in table or _entries(table, english):
            continue
        entries = near.setdefault(english, [])
        for arabic, latin in table.get(gloss, ()):
            if (
                latin != _LEXICON
                and not _is_calendar(latin)
                and all(arabic != a for a, _ in entries)
            ):
                entries.append((arabic, _NEAR))
    table.update((english, entries) for english, entries in near.items() if entries)


# British spellings and their American forms (regular expressions over a whole word), the
# word tables' glosses being American (``_american``).
SPELLINGS_TABLE = "toponym_words_spellings.csv"


@cache
def _american_spellings() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The rewrites of ``SPELLINGS_TABLE``, in order."""
    import csv

    path = _gazetteer_dir() / SPELLINGS_TABLE
    if not path.is_file():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return tuple((re.compile(row["british"]), row["american"]) for row in rows)


def _american(phrase: str) -> str:
    """``phrase`` (lower case) with each British spelling in its American form ("armoured" ->
    "armored", "ploughman" -> "plowman"): the dictionaries the word tables were mined from
    (Buckwalter, FreeDict, WordNet) gloss in American English, MT copy is often British."""
    words = phrase.split(" ")
    for i, word in enumerate(words):
        for pattern, american in _american_spellings():
            word = pattern.sub(american, word)
        words[i] = word
    return " ".join(words)


def _taa_variants(arabic: str) -> list[str]:
    """A one-word Arabic entry and its form with a final taa marbuta added or removed."""
    key = arabic_key(arabic)
    if " " in key or len(key) < 3:
        return [arabic]
    return [arabic, key[:-1] if key.endswith("ه") and len(key) > 3 else key + "ه"]


def _gazetteer_dir() -> Path:
    from tqcheck.gazetteer.index import bundled_dir

    return bundled_dir()


@cache
def _english_names() -> dict[tuple[str, str], str]:
    """(country, folded spelling) -> the English name common usage prefers, from
    ``tqcheck/data/arabic_places.tsv``, plus its Arabic forms as ``("ar:" + key, country)``."""
    table: dict[tuple[str, str], str] = {}
    text = resources.files("tqcheck.data").joinpath("arabic_places.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 4:
            continue
        arabic, english, variants, country = fields[:4]
        for spelling in [english, *variants.split("|")]:
            if spelling.strip():
                table[(country, fold(spelling))] = english
        for form in arabic.split("|"):
            if form.strip():
                table[(country, "ar:" + arabic_key(form))] = english
    return table


def _index() -> GeoNamesIndex:
    return _mentions().geonames_index()


@cache
def _mentions() -> ModuleType:
    """``tqcheck.gazetteer.mentions`` (which imports this module), imported once: an import
    statement in :func:`_index` cost a microsecond on each of its ten thousand calls a check."""
    from tqcheck.gazetteer import mentions

    return mentions


@dataclass(slots=True)
class _CountryArabic:
    by_key: cache_files.ListTable[tuple[int, str]]  # arabic_key -> (rowid, spelling)
    # skeleton -> (rowid, spelling, exact)
    by_skeleton: cache_files.ListTable[tuple[int, str, bool]]

    def packed(self) -> tuple[tuple[tuple[int, str], ...], tuple[str, str], tuple[str, str]]:
        """The table as its names (rowid, spelling) and the two maps packed as strings of
        their numbers (``cache_files.pack_lists``; a skeleton's entry also says whether it is
        exact): a country's pickle read back in a fifth of the time its tuples took."""
        numbers: dict[tuple[int, str], int] = {}
        for entries in self.by_key.values():
            for entry in entries:
                numbers.setdefault(entry, len(numbers))
        by_key = cache_files.pack_lists(self.by_key, numbers.__getitem__)
        by_skeleton = cache_files.pack_lists(
            self.by_skeleton, lambda entry: 2 * numbers[entry[0], entry[1]] + entry[2]
        )
        return tuple(numbers), by_key, by_skeleton

    @classmethod
    def unpacked(
        cls, packed: tuple[tuple[tuple[int, str], ...], tuple[str, str], tuple[str, str]]
    ) -> _CountryArabic:
        names, by_key, by_skeleton = packed
        return cls(
            cache_files.PackedLists(by_key, names.__getitem__),
            cache_files.PackedLists(
                by_skeleton, lambda number: (*names[number >> 1], bool(number & 1))
            ),
        )


@lru_cache(maxsize=256)
def _arabic_keys(countries: frozenset[str]) -> frozenset[str]:
    """The keys of :func:`_country_arabic`'s ``by_key`` of ``countries`` together (made once
    for each set of countries a document's candidates are read in)."""
    return frozenset().union(*(_country_arabic(country).by_key for country in countries))


@cache
def _country_arabic(country: str) -> _CountryArabic:
    """The Arabic-name table of one country, from the per-machine cache (built on first use)."""
    if country not in ARABIC_SCRIPT_REGION or not _index().path.is_file():
        return _CountryArabic({}, {})  # outside the region, or the GeoNames layer is off
    cached = cache_files.load(_arabic_cache_dir() / f"{country}.packed.pickle")
    if isinstance(cached, tuple):
        return _CountryArabic.unpacked(cached)
    return _build_arabic_tables().get(country) or _CountryArabic({}, {})


_CACHE_VERSION = 2


@cache
def _arabic_cache_dir() -> Path:
    """A folder next to the index, named after what the tables are built from."""
    index = _index()
    data = resources.files("tqcheck.data").joinpath("arabic_places.tsv").read_bytes()
    facts = (
        index.path.stat().st_size,
        index.path.stat().st_mtime_ns,
        zlib.crc32(data),
        sorted(ARABIC_SCRIPT_REGION),
        _CACHE_VERSION,
    )
    return index.path.with_name(f"{index.path.stem}.arabic-{zlib.crc32(repr(facts).encode()):08x}")


@cache
def _build_arabic_tables() -> dict[str, _CountryArabic]:
    """Per country of ``ARABIC_SCRIPT_REGION``: its places' Arabic-script names by key and by
    consonant skeleton (with one-class deletions). Built once from the index (a few seconds)
    and kept next to it, one pickle per country, so an article reads only its countries'."""
    index = _index()
    codes = sorted(ARABIC_SCRIPT_REGION)
    rows: dict[str, list[tuple[int, str, str]]] = {}
    for key, rowid, spelling, country in index._query(
        "SELECT n.key, n.place, n.spelling, p.country FROM names n "
        "JOIN places p ON p.rowid = n.place WHERE n.kind = 'arabic' "
        f"AND p.country IN ({','.join('?' * len(codes))}) ORDER BY n.key, n.place",
        codes,
    ):
        rows.setdefault(country, []).append((rowid, spelling, key))
    for (country, key), english in _english_names().items():
        if country in ARABIC_SCRIPT_REGION and key.startswith("ar:"):
            places = [p for p in index.exact(english) if p.country == country]
            rowid = _rowid(places[0]) if places else None
            if rowid is not None:
                rows.setdefault(country, []).append((rowid, key[3:], key[3:]))
    tables = {code: _table(rows.get(code, [])) for code in codes}
    folder = _arabic_cache_dir()
    for code, table in tables.items():  # a read-only cache: rebuilt in each process
        cache_files.store(folder / f"{code}.packed.pickle", table.packed())
    return tables


def _table(rows: list[tuple[int, str, str]]) -> _CountryArabic:
    by_key: dict[str, list[tuple[int, str]]] = {}
    by_skeleton: dict[str, list[tuple[int, str, bool]]] = {}
    for rowid, spelling, key in rows:
        by_key.setdefault(key, []).append((rowid, spelling))
        for found in arabic_skeletons(spelling):
            # two classes and a ح, which a Latin "h" writes (``through_arabic``: "Zuhla", زحلة)
            if len(found) < _MIN_SKELETON and not (len(found) == 2 and "ح" in key):
                continue
            by_skeleton.setdefault(found, []).append((rowid, spelling, True))
            if len(found) >= 4:
                for i in range(len(found)):
                    by_skeleton.setdefault(found[:i] + found[i + 1 :], []).append(
                        (rowid, spelling, False)
                    )
    return _CountryArabic(by_key, by_skeleton)


def _rows_in(
    name: str, countries: set[str], limit: int, deletions: bool
) -> list[tuple[int, str, GeoPlace]]:
    """(rowid, spelling, place) of the index's skeleton matches in ``countries``: ``name`` is
    a spelling, or a skeleton key itself (upper case); ``deletions`` adds one-class deletions."""
    keys = {name} if name.isupper() else {k for k in skeletons(name) if len(k) >= _MIN_SKELETON}
    if deletions:
        keys |= {k[:i] + k[i + 1 :] for k in list(keys) if len(k) >= 4 for i in range(len(k))}
    index = _index()
    places = {  # each row with its place, read in the same query
        (rowid, spelling): place
        for key in keys
        for rowid, spelling, place in index.skeleton_places_in(key, countries, limit)
    }
    return [
        (rowid, spelling, places[(rowid, spelling)])
        for rowid, spelling in sorted(places)
        if places[(rowid, spelling)].country in countries
    ]


def _rowid(place: GeoPlace) -> int | None:
    rows = _index()._query(
        "SELECT rowid FROM places WHERE geonameid = ? ORDER BY rowid LIMIT 1", (place.geonameid,)
    )
    return rows[0][0] if rows else None


# -- candidates ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    text: str
    slot: str  # strong | weak | country | none
    hint: str | None  # the country named right after it ("X, Lebanon")
    sentence_start: bool
    # right after "in", "near", "outside" (a weak slot that locates, or a strong one a locating
    # phrase after it gives: "near X, on the road from A to B,")
    locative: bool = False
    definite: bool = False  # "the X" standing alone, not "the X hospital" (a noun's modifier)
    located: bool = False  # an apposition that locates it ("X, the capital of Abyan province")
    listed: bool = False  # only a comma before the country named after it ("X, Sudan")
    day_as_place: bool = False  # a weekday where English puts a place ("met in Monday")
    around: str = ""  # its sentence (``look_alikes``: a town beside a city the sentence names)
    around_at: int = -1  # where in ``around`` the candidate starts (-1: not known)

    @property
    def placing(self) -> bool:
        """A strong slot, or a weak one that locates ("in X", "near X"): the slots that say
        a name is a place, where the stricter readings ask for one."""
        return self.slot == "strong" or (self.slot == "weak" and self.locative)


# "the Achaemenid empire", "the Safavid dynasty", "the Umayyad period": a name before a
# polity's or an age's noun names a dynasty, a people or a time, not a town.
_POLITY_AFTER = patterns.compile(
    r"[ \t]+(?:empire|empires|dynasty|dynasties|caliphate|sultanate|khanate|kingdom|era|period)\b"
)


# A noun or verb of trust or interest before "in": "renewed interest in X", "confidence in
# X", "they believe in X": "in" is the noun's complement, the word after it what is trusted
# or wanted (a person, a policy), not where something is; the weak slot stays, but it does
# not locate (``_Candidate.locative``).
_ATTITUDE_IN = patterns.compile(
    r"\b(?:interest|interested|confidence|faith|trust|belief|believe|believes|believed|"
    r"pride)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _candidates(document: Document) -> Iterable[_Candidate]:
    plain = document.plain
    for block in document.blocks:
        for start, end, text in _name_hits(plain, block.start, block.end):
            words = text.split(" ")
            while words and words[0].lower() in ("the", "a", "an"):
                start += len(words.pop(0)) + 1
            if not words:
                continue
            text = " ".join(words)
            opening = plain[max(block.start, start - 60) : start]
            # "Residents of X" opening a sentence, "the Village of X": X in a place slot.
            # Mid-sentence, without an article, a capitalised "Village of", "Port of" is part of
            # the name ("in the province of Village of the Sheikh", "in Port of Abbas"): MT
            # capitalises the words it translates.
            slot_word = _opens_sentence(opening.rstrip()) or opening.endswith(("the ", "The "))
            lead = _LEADING_SLOT.match(text) if slot_word else None
            if lead and _translated_whole(text, lead.end()):
                # "in the City of Jesus": a name's own word after "City of" would be kept in
                # Latin letters; an English word there says MT translated the whole name
                # (مدينة عيسى, Madinat Isa), which is read as it stands (a place slot all the
                # same). "the City of London" finds no literal reading and stays quiet.
                pass
            elif lead:
                start += lead.end()
                text = text[lead.end() :]
            head, link, tail = text.rpartition(_english_link(text))
            if (
                link
                and tail[:1].isupper()
                # the Arabic article reads "at", "as", "an" only before t, s, n ("Tell as
                # Sultan"): "the Indus at Sukkur" is English "at"
                and (
                    tail[0].lower() != link.strip()[-1]
                    or country_of_word(head)
                    or _known_name(head)
                )
            ):
                start += len(head) + len(link)  # "Chad at Adre": English "at", no Arabic article
                text = tail
            head, of, tail = text.partition(" of ")
            if of and (country_of_word(tail) or _known_name(tail, people=False)):
                text = head  # "Kurdmahmudlu of Fuzuli": a place of a known unit (not a person)
                end = start + len(head)
            for suffix in ("'s", "’s"):
                if text.endswith(suffix):
                    text = text[: -len(suffix)]
                    end -= len(suffix)
            if (
                not text
                or _ADDRESS_AFTER.match(plain, end)
                or plain[start - 1 : start] in ("@", "/")
            ):
                continue  # "Dialog.ua", "@Nursery": a web address or handle, no place
            before = plain[max(block.start, start - 60) : start]
            after = plain[end : min(block.end, end + 60)]
            if _PERSON_BEFORE.search(before):
                continue
            if before.endswith(("the ", "The ")) and (
                _FEATURE_AFTER.match(plain, end) or _POLITY_AFTER.match(plain, end)
            ):
                continue  # "in the Yehuda desert": the desert's name, a region
            if " " in text and text.rsplit(" ", 1)[1].lower() in _organisation_heads():
                continue  # "the area of the Etzion Brigade": a unit, no place
            if _opening_person(before, plain[end : min(block.end, end + 160)]):
                continue  # "Harris, near the Syrian border, was arrested": a person
            hint = None
            in_unit = False
            country_hit = _COUNTRY_AFTER.match(after)
            if country_hit:
                hint = country_of_word(country_hit.group("country"))
            if hint is None and (unit_hit := _UNIT_AFTER.match(plain, end, block.end)):
                # "X, in Nimroz province", "X, the capital of Muthanna province": the country
                # of the one first-level unit so named
                units = _unit_countries(unit_hit.group("unit") or unit_hit.group("named"))
                hint = next(iter(units)) if len(units) == 1 else None
                country_hit = unit_hit if hint else None
                in_unit = hint is not None
            if hint is None and (near := _NEAR_PLACE_AFTER.match(after)):
                # "X, north of Doha", "X, a seaside suburb of Tunis": the country of the
                # well-known place it is located by
                hint = _well_known_country(near.group("place")) or _locator_country(
                    near.group("place")
                )
            head_slot = _place_head(text, before, after)
            stripped = before.rstrip()
            sentence_start = not stripped or stripped[-1] in ".!?:;\"“”'‘’(—–-"
            if before.endswith("the ") and stripped[:-3].rstrip()[-1:] in (".", "!", "?", ""):
                sentence_start = True
            # "X, in the hills west of Hama, was hit", "spread to X, on the Caspian coast, on
            # Saturday": a locating phrase set off by commas
            phrase = _locating_phrase(
                plain[end : min(block.end, end + 160)], sentence_start and not lead
            )
            if _PERSON_BEFORE.search(text.split(" ", 1)[0] + " "):
                phrase = None  # "Mr Erdogan, on the road to Ankara, stopped": a person
            phrased = phrase is not None
            if hint is None and phrase:
                # "X, in the hills above Tabarka,": the country of the place it is located by
                hint = _phrase_country(phrase)
            if hint and country_hit is not None and country_hit.group().startswith(","):
                slot = "country"  # "Ghazi Antab, Turkey": the copy says it is a place there
            elif (
                (hint and country_hit is not None and country_hit.group("compass"))
                # "the Friend in the southern West Bank": a part of a country, a place there
                or lead
                or _SLOT_BEFORE.search(before)
                # "the Yarmouk camp", not "a Sunni district": a name takes no "a"
                or (_SLOT_AFTER.match(after) and not _INDEFINITE_BEFORE.search(before))
                or _APPOSITION_AFTER.match(after)
                or _locates(after)
                or phrased
                or _people_of_a_country_in(before)
                # "a drone over X in Jazan region": a place of the province named after it
                or (in_unit and _placed_in_unit(text, before))
                # "the grand port at X", "the road from X to"
                or _site_before(before, text)
                # "X's airport", "the bazaar of X", "a governor for X"
                or head_slot == "strong"
            ):
                slot = "strong"
            elif _WEAK_BEFORE.search(before) or head_slot == "weak":
                slot = "weak"
            elif _PERSON_AFTER.match(after):
                continue  # "Costa said", "Kirk's wife": a person
            elif _beside_a_city(before, after):
                slot = "weak"  # "link X and Khobar": a name joined to a city is a place
            else:
                slot = "none"
            # "near X, on the road from A to B,": a strong slot that a preposition locates too
            locative = (slot == "weak" or phrased) and (
                _LOCATIVE_BEFORE.search(before) is not None
                or _beside_a_city(before, after)
                or _destination_before(before)
            )
            if _ATTITUDE_IN.search(before):
                locative = False  # "renewed interest in X": what is trusted, not where
            definite = before.endswith("the ") and not _ATTRIBUTIVE_AFTER.match(after)
            located = bool(
                _APPOSITION_AFTER.match(after)
                or ((_locates(after) or phrased) and not _everyday_opening(text, sentence_start))
            )
            listed = country_hit is not None and _BARE_COMMA.match(country_hit.group()) is not None
            yield _Candidate(
                start,
                end,
                text,
                slot,
                hint,
                sentence_start,
                locative,
                definite,
                located,
                listed,
                _day_as_place(text, before, after),
                *_sentence_around(plain, start, end, block.start, block.end),
            )


def _name_hits(plain: str, low: int, high: int) -> Iterator[tuple[int, int, str]]:
    """The capitalised names between ``low`` and ``high`` (start, end, text), a name that owns
    a named facility only a place has split at its possessive ("Adana's Incirlik air base",
    "Aswan's High Dam": the owner, then the facility's name; a strong head of
    :func:`_named_head`), so that the owner is read in the slot the facility gives it
    (:func:`_place_head`). Not a name whose possessive is its own ("Solomon's Mosque",
    "Servant's Well": a name MT translated whole)."""
    for hit in _CANDIDATE.finditer(plain, low, high):
        start, text = hit.start(), hit.group()
        mark = _INNER_POSSESSIVE.search(text)
        at = start + mark.start() if mark is not None else 0
        if mark is not None and _named_head(plain[at : min(high, at + 80)]) == "strong":
            cut = mark.end()
            yield start, start + cut, text[:cut]
            yield start + cut + 1, hit.end(), text[cut + 1 :]
        else:
            yield start, hit.end(), text


# A possessive inside a name ("Adana's Incirlik"): the owner ends there.
_INNER_POSSESSIVE = patterns.compile(r"(?<=[a-z])['’]s(?= [A-Z])")


_SENTENCE_END = patterns.compile(r"[.!?](?=\s|$)")


def _sentence_around(plain: str, start: int, end: int, low: int, high: int) -> tuple[str, int]:
    """The sentence the text from ``start`` to ``end`` stands in (240 characters each side at
    most), within the block from ``low`` to ``high``, and where in it that text starts."""
    before = plain[max(low, start - 240) : start]
    cut = max((hit.end() for hit in _SENTENCE_END.finditer(before)), default=0)
    after = plain[end : min(high, end + 240)]
    stop = _SENTENCE_END.search(after)
    opening = before[cut:]
    sentence = opening + plain[start:end] + (after[: stop.start()] if stop else after)
    return sentence.strip(), len(opening) - (len(sentence) - len(sentence.lstrip()))


def _after_in_sentence(candidate: _Candidate) -> str | None:
    """The candidate's sentence after the candidate, read at the candidate's own place ("Karni,
    east of Gaza City, near the Karni crossing": the second Karni's is " crossing"), not where
    its text first occurs; None where the sentence does not hold it."""
    at = candidate.around_at
    if at < 0 or candidate.around[at : at + len(candidate.text)] != candidate.text:
        at = candidate.around.find(candidate.text)  # a candidate built by hand
    return None if at < 0 else candidate.around[at + len(candidate.text) :]


def _before_in_sentence(candidate: _Candidate) -> str | None:
    """The candidate's sentence before the candidate, read at its own place (as
    :func:`_after_in_sentence` reads the text after it); None where the sentence does not
    hold it."""
    rest = _after_in_sentence(candidate)
    if rest is None:
        return None
    return candidate.around[: len(candidate.around) - len(rest) - len(candidate.text)]


# The slot words that open Arabic place names (مدينة, بلدة, قرية, ميناء).
_NAME_OPENING_SLOTS = frozenset(["City", "Town", "Village", "Port"])


def _translated_whole(text: str, cut: int) -> bool:
    """A capitalised "City of", "Town of", "Village of", "Port of" and after it one English
    word that is no place or person the curated layers know and no city of 100,000+, where the
    word tables translate the whole phrase ("City of Jesus": مدينة عيسى; not "City of London",
    "Port of Aden"): the slot's word is then part of a name MT translated whole."""
    rest = text[cut:]
    return (
        text.split(" ", 1)[0] in _NAME_OPENING_SLOTS
        and " " not in rest
        and is_english_word(rest)
        and not _known_name(rest)
        and all(p.population < WELL_KNOWN_POPULATION for p in _index().exact(rest))
        and _literal_options(_Candidate(0, len(text), text, "strong", None, False)) is not None
    )


# "in Monday's vote", "in Monday morning": English, a time; "met in Monday": no English puts a
# weekday after "in" or "near" (it takes "on"), so MT wrote a place there (Dushanbe, Persian
# for Monday).
_DAY_PLACE_BEFORE = patterns.compile(r"\b(?:in|near|outside|inside|around|into)\s+$")
_DAY_TIME_AFTER = patterns.compile(
    r"^(?:['’]s?|\s+(?:morning|afternoon|evening|night|nights|mornings|prayers?|market)\b)",
    re.IGNORECASE,
)


def _day_as_place(text: str, before: str, after: str) -> bool:
    from tqcheck.lexicon import WEEKDAYS

    return (
        text.lower() in WEEKDAYS
        and _DAY_PLACE_BEFORE.search(before) is not None
        and _DAY_TIME_AFTER.match(after) is None
    )


@cache
def _organisation_heads() -> frozenset[str]:
    """Head nouns that end an organisation's name (``organisation_heads.txt``)."""
    text = resources.files("tqcheck.data").joinpath("organisation_heads.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


# -- resolution ----------------------------------------------------------------------------


def find_garbles(document: Document) -> list[Garble]:
    """Garbled place names of ``document``, resolved per section; computed once per document."""
    cached = document.analyses.get("place_garbles")
    if cached is not None:
        return cached
    found: list[Garble] = []
    for candidate in _document_candidates(document):
        if candidate.slot == "none" and candidate.sentence_start:
            if not _opening_name(candidate, document):
                continue
            from dataclasses import replace

            candidate = replace(candidate, slot="weak")  # read as after "in": a close reading
        if _named_person(candidate, document.plain):
            continue  # "Mr Fadi said ... shops in Fadi": the copy's own person, no town
        if not _worth_resolving(candidate):
            continue  # decided without the article's geography or GeoNames
        geography = geography_at(document, candidate.start)
        countries, named = _candidate_countries(document, candidate, geography)
        if countries & ARABIC_SCRIPT_REGION:
            if _curated_speaks(candidate, countries, document):
                continue
            garble = resolve_in_context(candidate, countries, geography)
            if garble is None:
                # a word the copy places in its one country, that is no place there
                from tqcheck.gazetteer.look_alikes import located_look_alike

                garble = located_look_alike(candidate, countries)
                if garble is not None and vetoed_reading(candidate, garble):
                    garble = None  # "Evin prison": what the copy says rules the reading out
        elif countries or named:
            # copy set outside the region, or in a country only part of which is in it ("the
            # Republic of Bashkortostan ... of the Russian Federation": no city of Turkey)
            continue
        else:
            # Copy that names no country is read only against the well-known cities a reader
            # knows without it ("in Peshawur"; ``region_reading``: the whole region, a reading
            # kept only where it is such a city): on real news, Hebrew->English MT naming only
            # "Judea and Samaria", a village's own name read as a respelling of any town of the
            # region ("Rashida": Rosetta) was wrong.
            from tqcheck.gazetteer.well_known import well_known_reading

            garble = well_known_reading(candidate, geography)
            if garble is None:
                garble = _literal_anywhere(candidate)
            if garble is None:
                from tqcheck.gazetteer.well_known import region_reading

                garble = region_reading(candidate, geography)
            if garble is not None:
                countries = {garble.country}
                if _curated_speaks(candidate, countries, document):
                    continue
        if garble is None or _surname_of_town(candidate, garble, countries):
            continue
        if _abroad(candidate, garble) or not _in_region_part(garble):
            continue
        if garble.kind == "look-alike" and _HEAD_OF_NAME.match(document.plain, candidate.end):
            continue  # "the State of Israel", "the Bank of Jordan": the head of a longer name
        found.append(garble)
    document.analyses["place_garbles"] = found
    return found


def _document_candidates(document: Document) -> list[_Candidate]:
    """The place candidates of ``document``, found once for the readings that ask."""
    found = document.analyses.get("place_candidates")
    if found is None:
        found = document.analyses["place_candidates"] = list(_candidates(document))
    return found


def _candidate_countries(
    document: Document, candidate: _Candidate, geography: Geography
) -> tuple[set[str], bool]:
    """The countries a candidate is read against, and whether the copy names any: the
    section's (else read more loosely, with the news agencies it credits), the one named right
    after it, less the countries only part of which is in the region where that part goes
    unnamed (:func:`_named_parts`)."""
    # a country named only as an actor sets no setting ("US aircraft struck X", read as a
    # border; "Sudan's warring sides sent delegations to X": context.Geography.actors)
    countries = set(geography.inside()) - geography.actors
    credited: set[str] = set()
    if not countries:  # the article's geography names no country: read it more loosely
        # but not by a country it names only as an actor ("Sudan's warring sides sent
        # delegations to X": context.Geography.actors), unless the copy names its part of the
        # region ("Russian bombers took off from X, in North Ossetia": _named_parts)
        countries = set(_loose_geography(document, candidate.start)) - (
            geography.actors - region_parts().keys()
        )
        credited = _credited_countries(document, candidate.start)
    if countries and countries <= geography.forces and not geography.borders:
        # "Israeli tanks pushed into X", "Turkish drones struck X": a country named only by its
        # forces sets no side of a border, and they fight at home and across it alike; the
        # copy names no border that would say which side ("near the Jordanian border")
        from tqcheck.gazetteer.context import neighbours_of

        countries |= neighbours_of(countries) & ARABIC_SCRIPT_REGION
    if (
        not countries
        and not candidate.hint
        and _PLACING_BEFORE.search(document.plain, max(0, candidate.start - 16), candidate.start)
    ):
        # a word of the name kept untranslated places it where the copy places something at
        # the name ("a drone fired towards Thursday Mushait": Saudi Arabia; not "Shelling hit
        # Bridge of Shughur", as ``_loose_countries`` reads only a placed name so)
        countries = set(_kept_word_countries(candidate.text))
    if candidate.hint:
        countries = {candidate.hint}
        credited = set()
    named = bool(countries)
    return _named_parts(countries, document, candidate.start, credited), named


@lru_cache(maxsize=256)  # asked for each reading of a candidate
def _kept_word_countries(text: str) -> frozenset[str]:
    """The one country of the region whose towns of ``REAL_ANYWHERE_POPULATION`` or more have
    a name sharing a word with ``text``, a name of two words or more, where that word is one
    English text does not write (no English word, given name or country word, and below
    ``words.NAME_ZIPF`` in wordfreq's large list: "Mushait", "Khurmatu"; not "Gazelle"), and
    another word is English: a literal translation keeps the words the tables do not
    translate, so a name of copy that names no country places itself ("a drone fired towards
    Thursday Mushait": Khamis Mushait, Saudi Arabia). A name with no English word is a place's
    own name, not a translation ("the Tirat Hacarmel" of a Hebrew alert: Tirat Karmel's own
    spelling, which a transliteration reading would report). Only that name is read so."""
    from tqcheck.gazetteer import keys
    from tqcheck.gazetteer.look_alikes import _given_name
    from tqcheck.gazetteer.words import known_to_english_text

    words = [word for word in re.split(r"[ -]", text) if word]
    if len(words) < 2 or not any(
        word.lower() not in _FUNCTION and is_english_word(word) for word in words
    ):
        return frozenset()  # a name translated in part only: "Tirat Hacarmel" is no garble
    kept = {
        keys.translit_folded(fold(word))
        for word in words
        if len(word) >= 4
        and word.lower() not in _FUNCTION
        and not is_english_word(word)
        and not _given_name(word)
        and not country_of_word(word)
        and not known_to_english_text(fold(word))
    }
    if not kept:
        return frozenset()
    rows = _index().word_rows(text, KEPT_WORD_ROWS)
    places = _index()._places([rowid for rowid, _spelling in rows])
    found = frozenset(
        places[rowid].country
        for rowid, spelling in rows
        if places[rowid].kind == "place"
        and places[rowid].population >= REAL_ANYWHERE_POPULATION
        and kept & {keys.translit_folded(fold(word)) for word in re.split(r"[ -]", spelling)}
    )
    return found if len(found) == 1 and found <= ARABIC_SCRIPT_REGION else frozenset()


KEPT_WORD_ROWS = 400  # names sharing a word, read at most


# The prepositions of ``_PLACED_NAME``, right before a name.
_PLACING_BEFORE = patterns.compile(
    r"\b(?:in|at|on|near|from|with|outside|around|towards?|into|to)\s+(?:the\s+)?$"
)


def _opening_name(candidate: _Candidate, document: Document) -> bool:
    """One word opening a sentence (after a full stop or at a paragraph's start, not after a
    quotation mark or a colon: a term or a name quoted), outside any slot, that is no English
    word, no name the curated layers know (a person's above all), no place anywhere and no
    surname the document gives after a given name ("Ryan X ... X said"): a capital letter there
    says nothing, so it is read as a name after "in" is, only a close reading of a town of the
    article's countries counting ("Tekreet was calm on Sunday")."""
    text = candidate.text
    plain = document.plain
    gap = plain[max(0, candidate.start - 80) : candidate.start]
    before = gap.rstrip()
    if before and before[-1] not in ".!?" and "\n" not in gap[len(before) :]:
        return False
    if " " in text or "-" in text or len(fold(text)) < 4 or text.isupper():
        return False
    if _known_name(text) or _recorded(text) or _surname_in(plain, text):
        return False
    if not is_english_word(text):
        return True
    # An English word or given name there ("Sonia was hit by air strikes", Sanaa): only the
    # clause's subject that says a city of 100,000+ of the article's countries aloud
    # (``look_alikes.opening_city``)
    from tqcheck.gazetteer.look_alikes import opening_city

    geography = geography_at(document, candidate.start)
    countries, _ = _candidate_countries(document, candidate, geography)
    return opening_city(candidate, countries, plain)


def _surname_in(plain: str, text: str) -> bool:
    """``text`` follows a given name or a title somewhere in ``plain`` ("Ryan X", "Mr X"): a
    person's surname. A word is looked up among the document's surnames, read once
    (:func:`_surnames_in`): scanning the document again for each opening name was quadratic in
    long copy."""
    if _WORD.fullmatch(text):
        return text in _surnames_in(plain)
    return any(
        _person_first(hit.group(1))
        for hit in re.finditer(rf"\b([A-Z][a-z]+\.?)\s+{re.escape(text)}\b", plain)
    )


_WORD = patterns.compile(r"\w+")
# A capitalised word, then the word after it: every pair, overlapping ("Ryan Demir Said").
_NAME_THEN_WORD = patterns.compile(r"\b([A-Z][a-z]+\.?)\s+(?=(\w+))")


@lru_cache(maxsize=2)  # the document being checked (a batch checks one after another)
def _surnames_in(plain: str) -> frozenset[str]:
    """Every word of ``plain`` right after a given name or a title ("Ryan X", "Mr X")."""
    return frozenset(
        hit.group(2) for hit in _NAME_THEN_WORD.finditer(plain) if _person_first(hit.group(1))
    )


def _person_first(first: str) -> bool:
    """``first`` is a given name or a title, so the word after it is a surname."""
    from tqcheck.arabic.names import given_names
    from tqcheck.gazetteer.index import default_gazetteer

    return (
        first in given_names()
        or default_gazetteer().is_given_name(first)
        or _PERSON_BEFORE.search(first + " ") is not None
    )


def _named_person(candidate: _Candidate, plain: str) -> bool:
    """``candidate``, one word outside a strong place slot, is a surname the copy itself gives
    a person: a given name or a title stands before it somewhere in ``plain`` ("Dr Raed Saleh
    said the clinic in Raed ...", "Mr Fadi said shops in Fadi ...": :func:`_surname_in`). The
    copy uses the word of a person; "in", "near" before it say less than that, however like a
    town it sounds. A strong slot ("the town of X") says it is a place and is read as before."""
    if candidate.slot in ("strong", "country") or not _WORD.fullmatch(candidate.text):
        return False
    return _surname_in(plain, candidate.text)


# A name of one to four capitalised words, after a sentence's "The" ("The Red Sea ...",
# "Bordj Bou Arreridj province"): read whole, else as names of one or two words.
_NAME = patterns.compile(r"(?<![\w’'-])(?:The )?[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){0,3}")
_SHORT_NAME = patterns.compile(r"(?<![\w’'-])(?:The )?[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?")


def _loose_geography(document: Document, offset: int) -> frozenset[str]:
    """The countries of the region a section names in ways ``context`` leaves out, for an
    article where it finds none: a word made from a country's name ("Eritrean", "Somaliland")
    and a city of 100,000 or more of the region named by its own name though a larger city
    abroad has it as an old name ("Islamabad", also Chattogram's), or by another GeoNames
    spelling that is no English word ("Raqqa" for Ar Raqqah), a province or other
    first-level unit ("Sindh": Pakistan; "Wadi al-Shati", its words joined by an article), and
    a town of 10,000 or more only one country has, where the copy places something in, near or
    with it ("a truce with Gharyan": Libya). Computed once per section."""
    from tqcheck.gazetteer.context import sections

    cache: dict[int, frozenset[str]] = document.analyses.setdefault("place_loose_geography", {})
    section = next(((a, b) for a, b in sections(document) if a <= offset < b), None)
    if section is None:
        return frozenset()
    if section[0] in cache:
        return cache[section[0]]
    found: set[str] = set()
    seen: set[str] = set()
    placed = {hit.group("name") for hit in _PLACED_NAME.finditer(document.plain, *section)}
    for long in _LOOSE_NAME.finditer(document.plain, *section):
        whole = (
            _loose_countries(long.group(), seen, placed) if long.group().count(" ") >= 2 else set()
        )
        if whole:
            found |= whole
            continue
        for hit in _LOOSE_SHORT_NAME.finditer(long.group()):
            found |= _loose_countries(hit.group(), seen, placed)
    for joined in _JOINED_NAME.finditer(document.plain, *section):
        found |= _loose_countries(joined.group(), seen)  # "in the Wadi al-Shati district"
    found |= _credited_countries(document, offset)
    # A group, site or landmark of a country, or a name for a group of countries ("the
    # Houthi-run health ministry", "the gateway town to Petra", "the five Central Asian
    # states"), and a named part of a country only part of which is in the region ("the
    # largest town in Ingushetia": Russia).
    found |= clue_countries(document.plain, *section)
    cache[section[0]] = frozenset(found)
    return cache[section[0]]


# Capitalised names of up to four words and of one or two, their letters accented or not
# ("the Aurès mountains", "Aïn Beïda"): a place spelled correctly with its diacritics names
# the copy's country as its ASCII spelling does.
_UPPER, _LOWER = LATIN_UPPER, LATIN_LOWER
_LOOSE_NAME = patterns.compile(
    rf"(?<![\w’'-])(?:The )?[{_UPPER}][{_LOWER}’'-]+(?: [{_UPPER}][{_LOWER}’'-]+){{0,3}}"
)
_LOOSE_SHORT_NAME = patterns.compile(
    rf"(?<![\w’'-])(?:The )?[{_UPPER}][{_LOWER}’'-]+(?: [{_UPPER}][{_LOWER}’'-]+)?"
)
# A name where copy places something ("in Nalut", "on Djerba", "a truce with Gharyan", "the
# road to Faizabad"), not a club or a person opening a sentence ("Hadera drew 1-1").
_PLACED_NAME = patterns.compile(
    r"\b(?:in|at|on|near|from|with|outside|around|towards?|into|to)\s+"
    rf"(?P<name>[{_UPPER}][{_LOWER}’'-]+(?: [{_UPPER}][{_LOWER}’'-]+)?)"
)
# A name whose words an Arabic article joins ("Wadi al-Shati", "Kafr el-Sheikh"), which
# ``_NAME`` reads only in parts.
_JOINED_NAME = patterns.compile(rf"(?<![\w’'-])[A-Z][a-z’'-]+{_JOINED_ARTICLE}[A-Za-z][a-z’'-]+")


def _loose_countries(name: str, seen: set[str], placed: AbstractSet[str] = frozenset()) -> set[str]:
    """The region countries one capitalised name points at for ``_loose_geography`` (none for
    a name already read: ``seen``); a name of ``placed`` (after "in", "near", "with") also by
    a town of 10,000 or more that only one country has (:func:`_locator_country`)."""
    name = _POSSESSIVE.sub("", name)  # "Somaliland's opposition"
    first, _, rest = name.partition(" ")
    if rest and first in ("The", "A", "An"):
        name = rest  # "The Mauritanian coast guard": the sentence's "The"
    if name in seen:
        return set()
    seen.add(name)
    words = name.split()
    derived = _derived_country(words[0])
    if derived:
        return {derived}
    # "North Waziristan", "Upper Nile": a compass word before a region's name
    from tqcheck.lexicon import word_list

    compass = word_list("compass_words")
    bare = " ".join(words[1:]) if len(words) > 1 and words[0].lower() in compass else name
    if feature := (
        region_features().get(fold(name))
        or region_features().get(fold(bare))
        or region_features().get(fold(words[0]))
    ):
        return set(feature)  # "where the Tigris and Euphrates meet": Iraq, Syria, Turkey
    if units := _unit_countries(name, False) or (
        _unit_countries(bare, False) if bare != name else set()
    ):
        return units  # "officials in Sindh", "the capital of Balochistan": Pakistan
    if len(fold(name)) >= 4:
        for place in _index().exact(name):
            if (
                place.country in ARABIC_SCRIPT_REGION
                and place.kind == "place"
                and place.population >= WELL_KNOWN_POPULATION
                and (fold(place.name) == fold(name) or not is_english_word(name))
            ):
                return {place.country}
    if name in placed and (located := _locator_country(name)):
        return {located}  # "a ceasefire with Tarhuna": a town only one country has
    if name in placed and (located := _region_town_country(name)):
        # "the road to Faizabad": the region's town, though a larger one abroad has the name
        return {located}
    return set()


def _region_town_country(name: str) -> str | None:
    """The one country of the region with a town of ``REAL_ANYWHERE_POPULATION`` or more that
    has ``name`` among its recorded names, for a name that is no English word, no country word
    and no name the curated layers know: copy that names no country and places something at
    the name ("floods cut the road to Faizabad") is about the region's town, though a larger
    namesake lies outside the region (Faizabad, India), as :func:`_locator_country` reads a
    name only one country has."""
    if is_english_word(name) or country_of_word(name) or _known_name(name):
        return None
    countries = {
        place.country
        for place in _index().exact(name)
        if place.kind == "place"
        and place.population >= REAL_ANYWHERE_POPULATION
        and place.country in ARABIC_SCRIPT_REGION
    }
    return next(iter(countries)) if len(countries) == 1 else None


def _credited_countries(document: Document, offset: int) -> set[str]:
    """The countries of the national news agencies a section credits ("the Interfax news
    agency reported", "state news agency SANA"): copy that names no country is set there."""
    from tqcheck.gazetteer.context import sections

    section = next(((a, b) for a, b in sections(document) if a <= offset < b), None)
    if section is None:
        return set()
    # read once per section: asked for each candidate of copy that names no country
    cache: dict[int, frozenset[str]] = document.analyses.setdefault("place_credited", {})
    if section[0] not in cache:
        pattern, countries = news_agencies()
        cache[section[0]] = frozenset(
            countries[hit.group("alone") or hit.group("before") or hit.group("after")]
            for hit in pattern.finditer(document.plain, *section)
        )
    return set(cache[section[0]])


def _unit_countries(name: str, city: bool = True) -> set[str]:
    """The region countries with a first-level unit called ``name`` (ISO 3166-2 or its English
    name, ``admin_units``: "Sindh", "Balochistan", "Jowzjan"); none for a common English word
    or a given name ("Unity", "Van", "Mary"). A unit's name English uses only as a name is no
    common word though wordfreq lists it ("Punjab" 3.7, "Mecca" 3.4: "in southern Punjab",
    "in Mecca province"). With ``city``, where the copy frames the name as a unit ("X, in
    Andijan region"), also the country of the one city so named."""
    from tqcheck.gazetteer.admin_units import units_named
    from tqcheck.gazetteer.context import region_unit_names
    from tqcheck.gazetteer.index import default_gazetteer
    from tqcheck.gazetteer.words import zipf

    if len(fold(name)) < 4:
        return set()
    if " " not in name and (
        zipf(name) >= UNIT_NAME_WORD_ZIPF or default_gazetteer().is_given_name(name)
    ):
        return set()
    instead = region_unit_names()[1]  # Israel's districts: their ISO names are Arabic
    found = {
        unit.country
        for unit in units_named(name)
        if unit.country in ARABIC_SCRIPT_REGION and unit.code not in instead
    }
    found |= _region_units().get(fold(name), set())
    if not found and city and (town := _well_known_country(name) or _locator_country(name)):
        # most of the region's provinces are named after their capital ("X, in Andijan
        # region", "the capital of Mersin"): the country of the one city so named
        found = {town} & ARABIC_SCRIPT_REGION
    return found


# Zipf at or above which a unit's one-word name is a common English word ("Unity" 4.2,
# "Northern" 4.9, "Van" 4.8), not the unit: place names English knows sit below ("Gaza" 3.9).
UNIT_NAME_WORD_ZIPF = 4.0


@cache
def _region_units() -> dict[str, set[str]]:
    """Folded ISO 3166-2 name -> the region countries with a subdivision of that name (also
    for the countries ``admin_units`` has no unit terms of: Pakistan's "Sindh"), and its
    English names in ``region_unit_names.tsv`` ("Fergana"; there only, for Israel's districts,
    which pycountry names in Arabic: "Al Quds"), and the last word of the names of two or more
    units of one country ("Darfur": Sudan)."""
    from tqcheck.gazetteer import iso
    from tqcheck.gazetteer.context import region_unit_names

    english, instead = region_unit_names()
    table: dict[str, set[str]] = {}
    last_words: dict[str, list[str]] = {}
    for code, country, _kind, name in iso.subdivisions():
        if country not in ARABIC_SCRIPT_REGION:
            continue
        for each in english.get(code, ()):
            table.setdefault(fold(each), set()).add(country)
        if code in instead:
            continue
        table.setdefault(fold(name), set()).add(country)
        if " " in name:
            last_words.setdefault(fold(name.split()[-1]), []).append(country)
    # The region several units of one country are named after ("Darfur": North, South, West...
    # Darfur; "Kordofan", "Khorasan", "Sinai").
    for word, countries in last_words.items():
        if len(countries) >= 2 and len(set(countries)) == 1 and word not in table:
            table[word] = set(countries)
    return table


def _derived_country(word: str) -> str | None:
    """The country of the region whose name a word is made from ("Eritrean" -> ER,
    "Somaliland" -> SO): the longest folded country name (four letters or more), or one of six or
    more less its last letter, that the word opens with."""
    folded = fold(word)
    best: tuple[int, str] | None = None
    for prefix, code in _country_prefix_codes().items():
        if (
            folded.startswith(prefix)
            and folded[len(prefix) :] in _NATIONALITY_ENDINGS
            and (best is None or len(prefix) > best[0])
        ):
            best = (len(prefix), code)
    return best[1] if best else None


# What a country's name takes to name its people or a part of it ("Chadwick" is no Chadian).
_NATIONALITY_ENDINGS = frozenset(
    ["", "n", "an", "ian", "i", "is", "ese", "land", "ns", "ans", "ians", "s"]
)


@cache
def _country_prefix_codes() -> dict[str, str]:
    from tqcheck.gazetteer import iso

    codes: dict[str, str] = {}
    for country in iso.countries():
        if country.code not in ARABIC_SCRIPT_REGION:
            continue
        for value in (country.name, country.common_name):
            if value and " " not in value and "," not in value:
                name = fold(value)
                if len(name) >= 4:
                    codes[name] = country.code
                if len(name) >= 6:
                    codes[name[:-1]] = country.code
    return codes


def _opens_sentence(before: str) -> bool:
    """The text before a name (right-stripped) ends a sentence, or a heading or quote opens."""
    before = re.sub(r"(?:^|\s)[Tt]he$", "", before).rstrip()
    return not before or before[-1] in ".!?:;\"“”'‘’(—–-"


def _english_link(text: str) -> str:
    """The last of " at ", " as ", " an " inside ``text`` (links the candidate pattern reads as
    an Arabic article), or a string ``text`` does not hold."""
    found = max((text.rfind(link), link) for link in (" at ", " as ", " an "))
    return found[1] if found[0] >= 0 else "\0"


# "over X in Jazan region", "near X in Daraa province": a preposition before the name.
_OVER_BEFORE = patterns.compile(r"\bover\s+(?:the\s+)?$")


def _placed_in_unit(text: str, before: str) -> bool:
    """A name after a preposition and before "in <unit> province|region" ("a drone over X in
    Jazan region") is a place of that province: not a person ("met Hassan in Jazan region",
    "Kurds in Hasakah province" have no preposition before them; "with Hassan" is a person)."""
    from tqcheck.gazetteer.index import default_gazetteer

    return (
        (_WEAK_BEFORE.search(before) is not None or _OVER_BEFORE.search(before) is not None)
        and not _is_person(text)
        and not default_gazetteer().is_given_name(text.split(" ", 1)[0])
    )


def _site_before(before: str, text: str) -> bool:
    """The text before a name ends with an installation or a settlement placed at it ("the
    grand port at X", "refugee camps in X", "villages around X") or a road running from or to
    it ("the road from X to") or between a town and it ("the road between Benghazi and X"):
    copy says the name is a place (no one is "the port at Smith").
    A compass point or a world region is a direction there, no town ("flights to the East")."""
    from tqcheck.lexicon import word_list

    if text.lower() in word_list("compass_words") or is_world_region(text):
        return False
    if _CROSSED_AT_BEFORE.search(before):
        return True
    for pattern, nouns in (
        (_SITE_BEFORE, "site_nouns"),
        (_ROUTE_BEFORE, "route_nouns"),
        (_ROUTE_END_BEFORE, "route_nouns"),
    ):
        hit = pattern.search(before)
        if hit is not None and "end" in hit.groupdict() and country_of_word(hit.group("end")):
            continue  # "the border between Iraq and X": two countries
        noun = hit.group("noun").lower() if hit is not None else ""
        if noun and {noun, *_plural_bases(noun)} & word_list(nouns):
            return True
    return False


@cache
def _place_heads() -> dict[tuple[str, str], str]:
    """(head, use) -> slot ("strong" or "weak") of ``place_heads.tsv``; a use is "'s", "of" or
    "for"."""
    text = resources.files("tqcheck.data").joinpath("place_heads.tsv").read_text("utf-8")
    heads: dict[tuple[str, str], str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head, slot, uses = line.split("\t")
        for use in uses.split():
            heads[(head.strip().lower(), use)] = slot.strip()
    return heads


def _head_slot(words: list[str], use: str) -> str | None:
    """The slot of the head ``words`` end with (one word or two, the last read in the singular
    too: "beaches"), for ``use``."""
    heads = _place_heads()
    last = words[-1]
    for form in (last, *_plural_bases(last)):
        for size in (2, 1):
            if len(words) < size:
                continue
            head = " ".join([*words[len(words) - size : -1], form])
            if (head, use) in heads:
                return heads[(head, use)]
    return None


def _place_head(text: str, before: str, after: str) -> str | None:
    """The slot ("strong", "weak") a head noun of what a town has gives the name next to it:
    after "<head> of" ("the bazaar of X", "residents of eastern X", "the old quarter of X") or
    "<office> for" ("a governor for X"), or before "'s <head>" ("X's airport", "X's old city",
    "Copper Lands' mayor"), up to two words between. News copy gives such a thing to a town;
    where a person, a club or a company has one as often (``place_heads.tsv``: "Barcelona's
    stadium", "Aramco's refinery") the slot is weak. A possessive whose owner is a given name, a
    person or a pronoun is never a place ("Sarah's beach", "That's why the police"), nor one
    whose noun phrase goes on past the head ("Navalny's hospital room")."""
    hit = _HEAD_BEFORE.search(before)
    if hit is not None:
        words = [w for w in (hit.group("first"), hit.group("noun")) if w]
        slot = _head_slot(words, hit.group("link"))
        if slot is not None:
            return slot
    from tqcheck.lexicon import is_function_word, is_verb_like, word_list

    hit = _HEAD_AFTER.match(after)
    if hit is None:
        slot = _named_head(after)
        if slot is None:
            return None
    elif hit.group("mark") in ("'", "’") and not text.endswith("s"):
        return None  # a bare apostrophe marks a plural's possessive only ("Copper Lands'")
    else:
        words = hit.group("words").split()
        for cut in range(1, min(len(words), 3) + 1):
            if is_function_word(words[cut - 1]):
                return None  # "That's why the police", "It's the mayor": "is", no possessive
            slot = _head_slot(words[:cut], "'s")
            if slot is not None:
                break
        else:
            return None
        if cut < len(words) and not (is_verb_like(words[cut]) or is_function_word(words[cut])):
            return None  # "Dina's airport shop": the noun phrase goes on, its head is another
    from tqcheck.gazetteer.look_alikes import _given_name

    first = text.split(" ", 1)[0]
    if first.lower() in word_list("pronouns") or is_function_word(first):
        return None
    if _given_name(first) or _is_person(text):
        return None
    return slot


def _named_head(after: str) -> str | None:
    """The slot of the head of a facility's own name after a possessive ("'s Incirlik air
    base", "'s High Dam": ``_NAMED_HEAD_AFTER``): the name's last word, or the lower-case words
    after the name (one or two, the head's whole), a head of ``place_heads.tsv``; none where
    the noun phrase goes on past the head, as :func:`_place_head` reads a lower-case one ("X's
    Charite hospital room", as "X's hospital room": the room is the head, a person's)."""
    from tqcheck.lexicon import is_function_word, is_verb_like

    hit = _NAMED_HEAD_AFTER.match(after)
    if hit is None:
        return None
    name = hit.group("name").lower().split()
    words = (hit.group("words") or "").split()
    slot, cut = _head_slot(name, "'s"), 0
    if slot is None and words:
        slot, cut = _head_slot(words, "'s"), len(words)
        if slot is None:
            slot, cut = _head_slot(words[:1], "'s"), 1
    if (
        slot is not None
        and cut < len(words)
        and not (is_verb_like(words[cut]) or is_function_word(words[cut]))
    ):
        return None  # "X's Charite hospital room": the noun phrase goes on past the head
    return slot


# "sent delegations to X", "a visit to X", "flew to the X": a word of travel and "to".
_DESTINATION_BEFORE = patterns.compile(r"\b(?P<word>[a-z]+)\s+to\s+(?:the\s+)?$")


def _destination_before(before: str) -> bool:
    """The text before a name ends with a word of travel and "to" (``destination_words.txt``:
    "sent delegations to X", "a visit to X", "flew to X"): where travellers go is a place,
    read as after "in"; "to" alone takes a person as often ("spoke to Holly")."""
    from tqcheck.lexicon import word_list

    hit = _DESTINATION_BEFORE.search(before)
    return hit is not None and hit.group("word") in word_list("destination_words")


def _people_of_a_country_in(before: str) -> bool:
    """ "Omani officials in X", "Moroccan police in X": wire copy's way of saying X is a place
    (the officials may be abroad, so the country is no hint)."""
    hit = _PEOPLE_IN_BEFORE.search(before)
    return hit is not None and country_of_word(hit.group("nation")) is not None


def _locates(after: str) -> bool:
    """The text after a name is an apposition that says where it is ("X, in the northwest of
    the country", "X, 80 km south of Algiers"); "X, in Europe" is no town's location, nor is
    "X, on Monday" (a time word)."""
    from tqcheck.lexicon import is_time_word

    hit = _LOCATIVE_AFTER.match(after)
    if hit is None:
        return False
    place = hit.group("place")
    return not (place and (is_world_region(place) or is_time_word(place)))


# "X, in the hills west of Hama,", "X, on the road from Ganja to the border,", "X, inland from
# the Black Sea,", "X and Y, both on the Caspian coast,": a name (or the first of two), a comma,
# a locating preposition and the phrase it opens, up to the next comma or the sentence's end.
_LOCATING_PHRASE = patterns.compile(
    r"^(?P<pair>\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?,\s+(?:all\s+|both\s+)?"
    r"(?:just\s+|directly\s+|due\s+|high\s+|deep\s+|further\s+|farther\s+|far\s+)?"
    r"(?P<prep>in|on|near|outside|along|off|beside|between|beyond|across|inland\s+from|"
    r"(?:up|down)stream\s+from|(?:up|down)\s+the\s+coast\s+from|close\s+to|not\s+far\s+from|"
    r"at\s+the\s+(?:foot|mouth|edge|head|tip)\s+of)\s+"
    r"(?P<phrase>[^,.;:!?()\"“”]{1,90}?)(?P<close>,\s+(?P<next>[A-Za-z]+)\b|[.;!?](?=\s|$)|$)"
)
# What a locating phrase is about: the lie of the land, a road, a border ("in the hills", "on
# the road from", "along the border"), or a bearing ("west of Hama", "in the north").
_LOCATING_WORDS = patterns.compile(
    r"\b(?:hills?|highlands|foothills|slopes|mountains?|ridge|coast|coastline|shores?|seaboard|"
    r"banks?|river|valley|plains?|plateau|delta|desert|oasis|steppe|marsh(?:es|lands)?|basin|"
    r"gulf|sea|lake|islands?|peninsula|strait|border|frontier|borderlands?|outskirts|edge|"
    r"fringes?|countryside|interior|hinterland|heartland|province|governorate|"
    r"roads?|highway|motorway|railway|route|"
    rf"{_COMPASS}(?:ern|wards?)?)\b"
)


def _locating_phrase(after: str, opening: bool) -> str | None:
    """A locating phrase set off by commas after a name says the name is a place: "X, in the
    hills west of Hama, was hit", "X, on the road from Ganja to the border, lost power",
    "spread to X, on the Caspian coast, on Saturday". The phrase speaks of the lie of the land,
    a road or a border, or holds a bearing (``_LOCATING_WORDS``), or its preposition takes a
    name ("near Hama"; not a time word: "on Monday"). A name opening the sentence is the
    located subject only where the sentence's verb follows the phrase: after a sentence adverb
    the words after the phrase open a new subject ("Meanwhile, in the north, rebels
    attacked")."""
    from tqcheck.lexicon import is_function_word, is_time_word, is_verb_like, word_list

    hit = _LOCATING_PHRASE.match(after)
    if hit is None:
        return None
    phrase = hit.group("phrase")
    first = re.sub(r"^(?:the|a|an)\s+", "", phrase).split(" ", 1)[0]
    named = first[:1].isupper() and not is_time_word(first)
    if hit.group("prep") == "in" and named and is_world_region(phrase.removeprefix("the ")):
        return None  # "X, in Europe,": no town's location
    if not (_LOCATING_WORDS.search(phrase) or named):
        return None
    word = hit.group("next")
    if word is None:
        return phrase  # the sentence ends with the phrase ("near X, on the Atlantic coast.")
    lower = word.lower()
    if lower in _SPEECH_VERBS:
        return None  # "Ahmed, in the south, said": a person speaks, no town
    if _person_predicate(after[hit.start("next") :]):
        return None  # "Kessler, in the hills north of Mosul, was wounded": a person
    if opening:
        # the sentence's verb, in the singular a town takes ("Farmers, in the plains, have"),
        # in the plural two take ("X and Y, both on the coast, were")
        plural = lower in _PLURAL_VERBS and not hit.group("pair")
        if not is_verb_like(word) or plural or lower in word_list("sentence_adverbs"):
            return None
    elif lower in _DETERMINERS or not (is_verb_like(word) or is_function_word(word)):
        return None  # "According to X, in the town of Y, rescuers found": a new clause
    return phrase


# Auxiliaries and adverbs between a subject and the verb that says what happened to it.
_AUXILIARIES = frozenset(
    [
        *("was", "is", "were", "are", "has", "had", "have", "been", "being", "be", "will"),
        *("would", "reportedly", "allegedly", "later", "also", "briefly", "seriously", "badly"),
        *("fatally", "critically", "slightly", "then", "since", "first", "not", "never"),
    ]
)


# ", near the Syrian border, " after a name: an apposition set off by commas, then the rest.
_APPOSITION_THEN = patterns.compile(r"^,\s+[^,.;:!?()\"“”]{1,90},\s+(?P<rest>.*)", re.DOTALL)


# ", in Ankara for talks,", ", in Tehran since March,", ", in Rabat on a state visit,": a
# stay in a named place, with what it is for, since or until when, during what, with whom. A
# town lies in a place; a person stays there for a while ("in rebel hands since 2012" names no
# place, and "with a population of" is a town's).
_STAY_APPOSITION = patterns.compile(
    r"^,\s+(?:in|at)\s+(?:[A-Z][\w’'-]+\s+){1,3}"
    # whole words: not "former", "forces", "within", "without" ("in Syria's former capital")
    r"(?:(?:for|since|during|until)\b"
    r"|with\b(?!\s+(?:a\s+|an\s+|its\s+)?(?:population|about|some|\d))|"
    r"on\s+(?:a|an|his|her|their|official|business|holiday|leave)\b"
    # "in Tunis as an observer", "in Kabul as his party's envoy": a role held there
    r"|as\s+(?:a|an|his|her|their)\s+[a-z]"
    r"|on\s+(?P<time>[A-Z]\w+)\b)"
)


def _opening_person(before: str, after: str) -> bool:
    """A name opening its sentence, set off by an apposition and followed by what happens to a
    person ("Harris, near the Syrian border, was arrested"; "Kessler, in the hills north of
    Mosul, was wounded"): a person, whatever the apposition says of the place. So is a name
    whose apposition is a stay in a named place ("Demir, in Izmir for the hearing, denied";
    "Baker, in Tehran since March, has been": ``_STAY_APPOSITION``), opening its sentence or
    after a verb ("met Demir, in Izmir for the hearing,"), not after a preposition ("spread to
    X, in Syria for the first time"): a town lies somewhere, it does not stay there."""
    from tqcheck.lexicon import is_function_word, is_time_word

    stripped = before.rstrip()
    opening = not stripped or stripped[-1] in ".!?:;\"“”'‘’(—–-"
    stay = _STAY_APPOSITION.match(after)
    last = stripped.rsplit(maxsplit=1)[-1:] if stripped else []
    if (
        stay is not None
        and (stay.group("time") is None or is_time_word(stay.group("time")))
        # mid-sentence, not after a preposition ("spread to X, in Idlib for the first time")
        # nor a verb that takes a place ("retook X, in Syria for the first time since 2012")
        and (opening or not ((last and is_function_word(last[0])) or _WEAK_BEFORE.search(before)))
    ):
        return True
    if not opening:
        return False
    hit = _APPOSITION_THEN.match(after)
    return hit is not None and _person_predicate(hit.group("rest"))


def _person_predicate(rest: str) -> bool:
    """The words after a phrase set off by commas say what happened to a person, never to a
    town: "was wounded", "has been held" (a passive: ``person_predicates.txt``; a town "held
    an election"), "died" (``person_active_verbs.txt``)."""
    from tqcheck.lexicon import word_list

    passive = False
    for word in rest.split(maxsplit=5)[:5]:
        lower = word.strip(",.;:").lower()
        if lower not in _AUXILIARIES:
            if passive:
                return lower in word_list("person_predicates")
            return lower in word_list("person_active_verbs")
        passive = passive or lower in _PASSIVE_AUXILIARIES
    return False


_PASSIVE_AUXILIARIES = frozenset(["was", "were", "is", "are", "been", "being", "be"])


# Verbs of speech: their subject is a person or a body ("X, in the north, said").
_SPEECH_VERBS = frozenset(
    ["said", "says", "told", "added", "wrote", "asked", "explained", "stressed", "noted", "warned"]
)
# A verb whose subject is plural: no town's.
_PLURAL_VERBS = frozenset(["are", "were", "have", "do"])
# Words that open a noun phrase, the subject of a new clause after a phrase set off by commas.
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"]
)


def _everyday_opening(text: str, sentence_start: bool) -> bool:
    """One word that English opens sentences with every day (``look_alikes.OPENING_ZIPF``:
    "Power", "Police", "Fighting") opening the sentence: a bare subject that a phrase set off
    by commas may locate as well as a town ("Power, in the south of Lebanon, was cut"), so the
    phrase gives it a place slot (a town must still sound like it) but does not make it one of
    the article's places (``located``: the reading of an English word no town answers)."""
    from tqcheck.gazetteer.look_alikes import OPENING_ZIPF

    return sentence_start and " " not in text and zipf(text) >= OPENING_ZIPF


# A name in a locating phrase ("west of Hama", "on the road from Ganja").
_PHRASE_NAME = patterns.compile(r"(?<![\w’'-])[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?")


def _phrase_country(phrase: str) -> str | None:
    """The one country of the places a locating phrase names ("in the hills west of Hama":
    Syria), known as :data:`_NEAR_PLACE_AFTER`'s place is (a well-known city, or a town only
    one country of the region has); None where they name none or several."""
    found = {
        _well_known_country(name) or _locator_country(name) for name in _PHRASE_NAME.findall(phrase)
    } - {None}
    return found.pop() if len(found) == 1 else None


@cache
def _world_regions() -> frozenset[str]:
    text = resources.files("tqcheck.data").joinpath("world_regions.txt").read_text("utf-8")
    return frozenset(
        fold(line) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def is_world_region(text: str) -> bool:
    """A continent or a world region ("Asia", "Middle East"): a place word, never a garble."""
    return fold(text) in _world_regions()


def _known_name(text: str, people: bool = True) -> bool:
    """A country word, a time word, a word made from a country name, or a name the curated
    layers know exactly (place, or person unless ``people`` is False): answered without
    opening GeoNames."""
    from tqcheck.gazetteer.index import default_gazetteer
    from tqcheck.lexicon import is_time_word

    if (
        country_of_word(text)
        or is_time_word(text)
        or _country_derived(text)
        or is_world_region(text)
    ):
        return True
    return any(
        m.method in ("exact", "variant") and (people or m.entry.kind != "person")
        for m in default_gazetteer().known(text)
    )


def _is_real_place(text: str, countries: set[str], named: bool = False) -> bool:
    """A GeoNames place of the article's countries, or a town of some size anywhere: a copy
    that names Nusaybin or Kars among Iranian cities names Turkish towns, not garbles. Where
    the copy names the country right after the name (``named``: "Hamden, in western Iran"),
    only a place of that country counts. The English name of a province of those countries is
    a real place too ("Sharqia", "West Azarbaijan": ``context.is_unit_english_name``)."""
    from tqcheck.gazetteer.context import is_unit_english_name

    if fold(text) in region_features():
        # the name of a sea, strait, river, range or desert of the region ("the Strait of
        # Hormuz", ``region_features.tsv``): a real name, not a garble of a town
        return True
    if is_unit_english_name(text, countries):
        # the English name of a province of the article's countries ("Sharqia governorate",
        # "West Azarbaijan province"), which GeoNames records only by its romanised one
        return True
    places = _recorded(text)
    if not places:
        return _english_unit_name(text, countries)
    if named:
        return any(p.country in countries for p in places)
    if any(p.country in countries for p in places):
        return True
    # An English word names a town abroad by coincidence ("Terrace", British Columbia): only a
    # well-known one makes it that place wherever the article is set. A town abroad counts only
    # by its own name or a respelling of it, not by one of its other recorded names ("Media"
    # is an old name of Médéa, "Port Saeed" a district's other name in Dubai).
    from anyascii import anyascii

    anywhere = WELL_KNOWN_POPULATION if is_english_word(text) else REAL_ANYWHERE_POPULATION
    return any(
        place.population >= anywhere
        # "Agri" is Ağrı's own name in ASCII letters, though GeoNames records it apart
        and (relation != "alternate" or fold(anyascii(place.name)) == fold(text))
        for place, relation in _index().exact_ranked(text)
        if place in places
    )


def _recorded(text: str) -> list[GeoPlace]:
    """The places with ``text`` as a name (case, accents, apostrophes and word breaks aside),
    but where ``text`` has the letters of a place's own name only, with its words split or run
    together otherwise, not that place: "Shahri Sabz" is MT's respelling of Shahrisabz, "Samson"
    no Sầm Sơn. (Another recorded spelling with other word breaks still counts: GeoNames'
    alternate names are broken every way, "Khur Ramabad".)"""
    places = _index().exact(text)
    if not places:
        return places
    # a capital inside a word starts a word of its own ("AlUla", Al-`Ula; "AlKhobar")
    folded, words = fold(text), {_words(text), _words(_CAMEL_BREAK.sub(" ", text))}
    return [
        place
        for place in places
        if fold(place.name) != folded
        or any(_words(spelling) in words for spelling, _kind in _index().spellings(place))
    ]


# A lower-case letter then a capital inside a word: a word break written without a space.
_CAMEL_BREAK = patterns.compile(r"(?<=[a-z])(?=[A-Z])")


def _words(name: str) -> tuple[str, ...]:
    """The folded words of a name, without the Arabic article, standing alone or joined to a
    word ("Al Hasakah", "Alhasakah": "hasakah"; "Deir Ezzor", "Deir ez-Zor": "deir", "zor")."""
    parts = [p for p in fold_keep_spaces(name).split() if p and not _ARTICLE.match(p)]
    return tuple(_FUSED_ARTICLE.sub("", p) if len(p) > 4 else p for p in parts)


# The Arabic article written onto its word: "al"/"el", or assimilated to the word's first
# consonant, which it doubles ("Ezzor", "Arraqqa", "Ashsham").
_FUSED_ARTICLE = patterns.compile(
    r"^(?:[ae]l(?=[^aeiou])|[ae](?=(sh|th|dh|[dnrstz])\1))(?:sh|th|dh|[dnrstz])?"
)


def _english_unit_name(text: str, countries: set[str]) -> bool:
    """An English phrase that is the name of a first-level unit of the article's countries
    (ISO 3166-2 or its English name, ``admin_units``: "North Khorasan", "Red Sea", "Upper
    Nile"): the province's own name, not a literal translation of its Arabic-script name."""
    from tqcheck.gazetteer.admin_units import units_named

    if not any(is_english_word(word) for word in text.split()):
        return False  # a respelling ("Isfahaan") matches a unit's name only loosely
    return any(unit.country in countries for unit in units_named(text))


def _country_derived(text: str) -> bool:
    """A word made from a country name and an ending that names its people, its language or a
    part of it ("Austrian", "Iraqis", "Somaliland", "Pakistan-based"): the country, not a
    garble; "Kuwaita" is no word made from Kuwait."""
    folded = fold(re.split(r"[-'’ ]", text)[0])
    prefixes, sizes = _country_prefixes()
    return any(
        folded[:size] in prefixes
        and (folded[size:] in _DERIVED_ENDINGS or not folded[size : size + 1].isalpha())
        for size in sizes
        if size <= len(folded)
    )


# What a country's name (or it less its last letter) takes to make a word about the country.
_DERIVED_ENDINGS = _NATIONALITY_ENDINGS | {"ys", "y", "ish", "ic", "ia", "ie", "ies", "istan"}


@cache
def _country_prefixes() -> tuple[frozenset[str], tuple[int, ...]]:
    """What a word made from a country name opens with: the folded name of four letters or
    more, or of six or more less its last letter ("Germanys", "Austrian"); and their sizes."""
    prefixes = {name for name in _country_folds() if len(name) >= 4}
    prefixes |= {name[:-1] for name in _country_folds() if len(name) >= 6}
    return frozenset(prefixes), tuple(sorted({len(prefix) for prefix in prefixes}))


@cache
def _country_folds() -> frozenset[str]:
    from tqcheck.gazetteer import iso

    names = set()
    for country in iso.countries():
        for value in (country.name, country.common_name):
            if value and " " not in value and "," not in value:
                names.add(fold(value))
    return frozenset(names)


def _is_person(text: str) -> bool:
    from tqcheck.gazetteer.index import default_gazetteer

    return any(m.entry.kind == "person" for m in default_gazetteer().known(text))


def _curated_speaks(candidate: _Candidate, countries: set[str], document: Document) -> bool:
    """The curated layers' own match (bridge, skeleton) of a place of the article's countries
    speaks for a name in a place slot; one of another country does not ("Naqora" in a story
    about Lebanon is no Azerbaijani village), nor one TQ301 never sees: a name that is no
    place mention of the article (a curated spelling or recorded garble) is read here."""
    from tqcheck.gazetteer.index import default_gazetteer
    from tqcheck.gazetteer.mentions import place_mentions

    if candidate.slot not in ("strong", "country"):
        return False  # TQ301 reports the curated match only in a place slot ("in Curious")
    match = default_gazetteer().best(candidate.text)
    if match is None or not set(match.entry.country.split("|")) & countries:
        return False
    return any(m.start <= candidate.start < m.end for m in place_mentions(document))


def _worth_resolving(candidate: _Candidate) -> bool:
    """The checks that need neither GeoNames nor the article's geography."""

    text = candidate.text
    if len(fold(text)) < 3 or text.replace(" ", "").isupper():
        return False  # too short to tell, or an acronym ("USA", "UNHCR")
    if (
        _known_name(text, people=False)
        and not _placed_elsewhere(candidate)
        and not candidate.day_as_place
    ):
        return False
    if candidate.slot not in ("strong", "country") and _is_person(text):
        return False  # a person's name; "the town of X" says X is a place all the same
    # Only a literal translation may stand outside a place slot (the team table's pairs count
    # only in a strong one), and after "in", "from" only a name that is no English word may be
    # a garble; or one word mid-sentence that sounds like a town of the region (a look-alike).
    if _literal_options(candidate, countries=set()) is None:
        if candidate.slot == "none" and not (
            _may_look_alike(candidate) or _may_be_respelled(candidate)
        ):
            return False
        if candidate.slot == "weak" and is_english_word(text) and not _may_look_alike(candidate):
            return _city_slot(candidate)  # read only as a well-known city's literal name
    return True


def _weak_english(candidate: _Candidate) -> bool:
    """An English word after "in", "near" that only ``_city_slot`` lets through."""
    return (
        candidate.slot == "weak"
        and is_english_word(candidate.text)
        and _literal_options(candidate, countries=set()) is None
        and not _may_look_alike(candidate)
    )


def _city_slot(candidate: _Candidate) -> bool:
    """One capitalised word mid-sentence after a locating preposition ("in the Burner"), which
    ``_well_known_literal`` reads as a strong slot for a city of 100,000+ alone. Not a phrase
    ("in the White House", "in the Stock Exchange" name institutions more often), a generic
    term of place names ("in the Mosque": the feature) or a common word."""
    text = candidate.text
    return (
        candidate.slot == "weak"
        and candidate.locative
        and not candidate.sentence_start
        and " " not in text
        and "-" not in text
        and len(fold(text)) >= 3
        and not text.isupper()
        and not _known_name(text, people=False)
        and not _is_generic(text)
        and zipf(text) < COMMON_LITERAL_ZIPF
    )


def _well_known_literal(candidate: _Candidate, countries: set[str]) -> Garble | None:
    """The candidate read as in a strong slot, kept only where its words back in Arabic are
    exactly the Arabic name of a city of 100,000+ of the article's countries: MT translating a
    well-known city's name ("in the Burner", Al Muharraq) is likelier than a capitalised
    English noun there, which names a city of that size in no country ("in the Palace")."""
    from dataclasses import replace

    found = _literal(replace(candidate, slot="strong"), countries)
    if found is None or found.score < SCORE_ARABIC_EXACT or found.country not in countries:
        return None
    place = _index().get(found.geonameid)
    if place is None or place.population < WELL_KNOWN_POPULATION:
        return None
    return found


def _literal_anywhere(candidate: _Candidate) -> Garble | None:
    """For copy that names no country: a literal reading, exactly the Arabic name of a city of
    100,000+ of the region, of a name of two or more translated words in a strong slot ("the
    port of Father of the Gazelle"), or after "in", "near" of an Arabic construct ("Father of
    the Gazelle") or of three words ("Moon City Port"). Two English words after "in" name an
    English place or thing more often ("in the Old City", "in the White House"), and a name
    GeoNames records for some place is no evidence of a translation without the country."""
    words = [w for w in re.split(r"[ -]", candidate.text.lower()) if w]
    content = [w for w in words if w not in _FUNCTION]
    if candidate.slot in ("strong", "country"):
        if len(content) < 2:
            return None
    elif candidate.slot == "weak" and candidate.locative:
        if "of" not in words and len(content) < 3:
            return None
    else:
        return None
    if _recorded(candidate.text):
        return None  # a place's name somewhere ("the city of Two Rivers", Wisconsin)
    found = _literal_through(candidate, set(ARABIC_SCRIPT_REGION))
    if found is None or found.score < SCORE_ARABIC_EXACT:
        return None
    place = _index().get(found.geonameid)
    if place is None or place.population < WELL_KNOWN_POPULATION:
        return None
    return found


_AND_AFTER = patterns.compile(r"^\s+and\s+(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?![\w’'-])")
_AND_BEFORE = patterns.compile(r"(?<![\w’'-])(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\s+and\s+$")


def _beside_a_city(before: str, after: str) -> bool:
    """A name joined by "and" to a well-known city ("link X and Khobar", "Khobar and X"):
    copy pairs places with places."""
    for pattern, text in ((_AND_AFTER, after), (_AND_BEFORE, before)):
        hit = pattern.search(text)
        if hit is not None and _well_known_country(hit.group("place")) is not None:
            return True
    return False


def _locator_country(name: str) -> str | None:
    """The one country of the region whose towns of ``REAL_ANYWHERE_POPULATION`` or more
    include one of exactly that name: a sentence that locates a name by a smaller town ("X,
    east of Tikrit") names that town's country where no other has a town so named."""
    if country_of_word(name) or _known_name(name):
        return None
    countries = {
        place.country
        for place in _index().exact(name)
        if place.kind == "place" and place.population >= REAL_ANYWHERE_POPULATION
    }
    if len(countries) == 1 and countries <= ARABIC_SCRIPT_REGION:
        return next(iter(countries))
    return None


def _well_known_country(name: str) -> str | None:
    """The country of the well-known place (100,000 or more, ``context``) a name means."""
    from tqcheck.gazetteer.context import _well_known

    return None if country_of_word(name) else _well_known(name)


def _named_parts(
    countries: set[str], document: Document, offset: int, credited: AbstractSet[str] = frozenset()
) -> set[str]:
    """``countries`` less those only part of which is in the region (Russia) where the
    section does not name that part ("Dagestan", "Chechen"), unless copy naming no country
    credits a news agency of it (``credited``: "the Interfax news agency reported"); its
    places are still only those of the part (:func:`_in_region_part`)."""
    from tqcheck.gazetteer.context import sections

    partial = (countries & region_parts().keys()) - credited
    if not partial:
        return countries
    section = next(((a, b) for a, b in sections(document) if a <= offset < b), (0, 0))
    # whether the section names a country's part: read once per section and country
    cache: dict[tuple[tuple[int, int], str], bool] = document.analyses.setdefault(
        "place_named_parts", {}
    )
    for c in partial:
        if (section, c) not in cache:
            text = document.plain[section[0] : section[1]]
            named = region_parts()[c][1].search(text) is not None
            cache[section, c] = named or _city_of_part(c, text)
    return {c for c in countries if c not in partial or cache[section, c]}


@lru_cache(maxsize=64)  # asked for each candidate of a section: read once per section
def _city_of_part(country: str, text: str) -> bool:
    """``text`` names a city of 100,000 or more of the region's part of ``country`` by its own
    name ("east of Grozny": Chechnya, so the North Caucasus)."""
    admin1 = region_parts()[country][0]
    for hit in _SHORT_NAME.finditer(text):
        for place in _index().exact(hit.group()):
            if (
                place.country == country
                and place.admin1 in admin1
                and place.kind == "place"
                and place.population >= WELL_KNOWN_POPULATION
                and fold(place.name) == fold(hit.group())
            ):
                return True
    return False


def _in_region_part(garble: Garble) -> bool:
    """The place a garble names is in the region: for Russia, in a North Caucasus republic."""
    part = region_parts().get(garble.country)
    if part is None:
        return True
    place = _index().get(garble.geonameid)
    return place is not None and place.admin1 in part[0]


def _abroad(candidate: _Candidate, garble: Garble) -> bool:
    """The copy names the country a name is in ("X, in western Iran", "X, the capital of
    Balochistan") and the reading found a place of another: a world city abroad is not meant."""
    return candidate.slot == "country" and garble.country != candidate.hint


def _placed_elsewhere(candidate: _Candidate) -> bool:
    """A country's name or adjective the copy places in another country ("Cuba, in northern
    Azerbaijan", "German, in southeastern Iran", "Samoa, the capital of Muthanna province"):
    no country there, but a name MT made of a place. A bare comma does not place it: "Libya,
    Sudan" is a list of countries."""
    if candidate.slot != "country" or candidate.hint is None or candidate.listed:
        return False
    named = country_of_word(candidate.text) or _derived_country(candidate.text)
    return named is not None and named != candidate.hint


def _may_look_alike(candidate: _Candidate) -> bool:
    """One word mid-sentence, outside a strong slot, that sounds like some town of the region
    (its consonants, or the frame of a city with a short name: "in Fees", Fez): it may be a
    look-alike (``look_alikes``: "in Holly" is no English idiom, and a common noun capitalised
    mid-sentence is no common noun). So may two capitalised English words right after "in",
    "near" mid-sentence that said as one sound like some town ("near Con Ya")."""
    from tqcheck.gazetteer.look_alikes import may_sound_like_town

    text = candidate.text
    # A name opening a sentence is read in a weak slot (``_opening_name``), never after "in"
    opening = candidate.sentence_start and candidate.slot == "weak" and not candidate.locative
    if " " in text and candidate.slot == "weak" and candidate.locative:
        # two English words after "in", "near" that together sound like a town ("near Con
        # Ya": Konya), read as ``look_alikes._split_look_alike`` reads them
        parts = text.split(" ")
        return (
            len(parts) == 2
            and all(part.isalpha() and part.istitle() for part in parts)
            and may_sound_like_town("".join(parts))
            and is_english_word(text)
        )
    if (candidate.sentence_start and not opening) or " " in text or "-" in text:
        return False
    if candidate.slot == "none" and not candidate.definite:
        return False  # outside a slot only "the X" standing alone ("clashes around the Muscle")
    return may_sound_like_town(text) and is_english_word(text)


def resolve_in_context(
    candidate: _Candidate, countries: set[str], geography: Geography | None = None
) -> Garble | None:
    """The place a candidate is a garble of, read against the article's ``countries``; none
    where the copy makes the name a part of a city (``_PART_OF_CITY``: "Zamalek, an island
    district of Cairo") and the place a reading by sound finds lies far from that city: a
    city's districts are seldom GeoNames towns, and a town 200 km away that sounds alike is no
    reading of one."""
    if candidate.sentence_start and opening_plural_subject(candidate.around, candidate.text):
        return None  # "Clerics at the seminaries of Qom": the subject, a common noun
    garble = _resolve_in_context(candidate, countries, geography)
    if garble is not None and vetoed_reading(candidate, garble):
        return None
    if garble is not None and _written_name_abroad(candidate, garble, countries):
        return None
    if (
        garble is not None
        and geography is not None
        and garble.country in _neighbours_of_forces(geography)
        and not _read_across_the_border(garble)
    ):
        return None
    return garble


def _read_across_the_border(garble: Garble) -> bool:
    """A reading in a land neighbour of a country the copy names only by its forces is kept
    as other readings across a border are (``_in_a_neighbour``, ``_literal_in_a_neighbour``):
    a town of ``NEIGHBOUR_KEPT_POPULATION`` or more, by a translated name or by spelling, not
    by a look-alike, which is read only where the copy is set ("Israeli tanks pushed into
    Khuzaa": no Giza), nor a village ("Israeli troops raided House of Kahil": Bayt Kahil)."""
    if garble.kind == "look-alike":
        return False
    place = _index().get(garble.geonameid)
    return place is not None and place.population >= NEIGHBOUR_KEPT_POPULATION


def _neighbours_of_forces(geography: Geography) -> set[str]:
    """The land neighbours :func:`_candidate_countries` adds for the countries ``geography``
    names only by their forces."""
    from tqcheck.gazetteer.context import neighbours_of

    return set(neighbours_of(geography.forces) - geography.codes())


def _written_name_abroad(candidate: _Candidate, garble: Garble, countries: set[str]) -> bool:
    """``garble`` reads the candidate by spelling as a town of a land neighbour of the one
    country the copy is set in ("the fourth unit at Barakah" in Emirati copy: Barka', Oman),
    and the candidate is a name English text writes (:func:`_written_in_english`), no English
    word or given name: a name of the copy's own country that GeoNames lacks or spells
    otherwise, not MT's respelling of a town across the border, which nobody writes. Copy
    naming a dozen countries has no one own country ("Sirte and Kufr", MT's Kufra, in copy
    about Africa's wars)."""
    from tqcheck.gazetteer.context import land_borders
    from tqcheck.gazetteer.look_alikes import _given_name

    if garble.kind != "transliteration" or len(countries) != 1 or garble.country in countries:
        return False  # copy set in several countries has no one own country to name
    (own,) = countries
    if garble.country not in land_borders().get(own, ()):
        return False
    place = _index().get(garble.geonameid)
    if place is None or place.population >= WORLD_CITY_POPULATION:
        return False  # copy names a world city across the border by itself ("Istambul")
    text = candidate.text
    if zipf(text) > 0 or _given_name(text):
        return False
    return _written_in_english(text)


def vetoed_reading(candidate: _Candidate, garble: Garble) -> bool:
    """What the copy says of the candidate rules out ``garble``'s reading of it, whichever
    reader found it: the candidate is the subject of its sentence (``opening_plural_subject``:
    "Clerics at the seminaries of Qom"); a part of a city or a facility the copy places in a
    city, read by sound or spelling as a town far from it (``_far_from_its_city``: "Evin prison
    in Tehran"; a translated name's meaning stands, whichever namesake was picked); a
    facility's own name (``_hamlet_of_a_facility``: "the Nasib crossing", "Evin prison");
    wire copy's accepted spelling of the very place read (``_accepted_spelling``:
    "Sulaimaniyah"); a language's name read by sound or spelling (``is_language_name``: "issued
    in Farsi", not Fasa); a people in the plural (``_people_in_plural``: "Kurds"); a
    hamlet's name English text writes (``_hamlet_english_writes``: "Fordow"); a scale after
    a reading in degrees (``_after_a_measure``: "47 degrees Celsius"); a title after "the"
    (``_title_after_the``: "The King, in Amman, met ...")."""
    if candidate.sentence_start and opening_plural_subject(candidate.around, candidate.text):
        return True
    if not candidate.located and _people_in_plural(candidate.text):
        return True  # "Amed to Kurds": a people, not a literal name of Gerede
    if _after_a_measure(candidate):
        return True  # "recorded 47 degrees Celsius": a scale, not Chalus
    if _title_after_the(candidate):
        return True  # "The King, in Amman, met ...": the person, not a literal Malka
    if (
        garble.kind != "literal"
        and not candidate.located
        and _world_city_by_its_name(candidate.text, garble)
    ):
        # "now lives in Paris, Iranian media said": Paris, not Beris; but "in Patna, in the
        # Aures mountains" is placed by its apposition (Batna)
        return True
    if garble.kind != "literal" and not candidate.located and is_language_name(candidate.text):
        # "issued in Farsi", "subtitles in Sorani": a language, not a place; but "in German,
        # in southeastern Iran" is placed by its apposition (Kerman)
        return True
    if garble.kind != "literal" and _far_from_its_city(candidate, garble):
        return True
    if _hamlet_of_a_facility(candidate, garble):
        return True
    if _hamlet_english_writes(candidate, garble):
        return True
    return garble.kind != "literal" and _accepted_spelling(candidate, garble)


# "The King, in Amman, met": the "The" that opens a sentence, right before a title.
_THE_OPENING_TITLE = re.compile(r"^[\s\"“‘'(]*The\s+$")


def _title_after_the(candidate: _Candidate) -> bool:
    """The candidate is a title (``english_name_titles``: "King", "Sheikh", "Imam") after the
    "The" that opens its sentence: "The King, in Amman, met the envoy" names the king,
    whatever the apposition says of where he was. After a preposition the title may be a
    literal name ("villages around the Ambassador": As Safirah), so only the opening."""
    from tqcheck.lexicon import word_list

    if candidate.text.lower() not in word_list("english_name_titles"):
        return False
    before = _before_in_sentence(candidate)
    return before is not None and _THE_OPENING_TITLE.match(before) is not None


def _after_a_measure(candidate: _Candidate) -> bool:
    """The candidate comes right after a reading in degrees ("47 degrees Celsius", "40°
    Fahrenheit"): the name of a scale, whatever town it sounds like."""
    before = _before_in_sentence(candidate)
    return before is not None and _MEASURE_BEFORE.search(before[-24:]) is not None


def _people_in_plural(text: str) -> bool:
    """``text`` is a people in the plural that context reads to set the copy's countries
    (``country_words.tsv``: "Turks", "Iraqis"; the third part of ``place_clues.tsv``: "Kurds"):
    a people, never a town ("Diyarbakir, Amed to Kurds": no literal name of Gerede). Only the
    plural: a country's name or adjective ("Cuba", "German", "the Levantine") is MT's
    look-alike or literal rendering of a town often enough ("around Cuba, in northern
    Azerbaijan": Quba)."""
    from tqcheck.gazetteer.context import _place_clue_table, country_of_word

    if not text.endswith("s") or " " in text:
        return False
    if country_of_word(text) is not None:
        return True
    clues, sites = _place_clue_table()
    return text in clues and text not in sites


def _world_city_by_its_name(text: str, garble: Garble) -> bool:
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
        for place in _index().exact(text)
    )


def _written_in_english(text: str) -> bool:
    """English text writes ``text`` (one or more words, as one token: wordfreq's large English
    list has it at any frequency): "Incirlik" 2.1, "Kashagan" 1.3, "Sulaimaniyah" 1.1. MT's
    respellings of the region's names are spellings nobody writes ("Nablous", "Tadmour",
    "Jeezan", "Toulkarim", "Ghardaqa": 0); the few that English text has are other words or
    names ("Wajda", "Wann"), which :func:`_accepted_spelling` and
    :func:`_hamlet_of_a_facility` do not meet. Asked only of a reading about to be reported."""
    from tqcheck.gazetteer.words import known_to_english_text

    token = fold(text).replace(" ", "")
    if not token.isalpha():
        return False
    return known_to_english_text(token) or f"\n{token}\n" in _rare_english_words()


@cache
def _rare_english_words() -> str:
    """The words of wordfreq's large English list below ``words.NAME_ZIPF`` (which
    ``known_to_english_text`` keeps apart), each between two newlines in one string, kept as a
    pickle beside that list's: unpacking the large list took 0.4-0.5 s of the first check that
    asked (issue 13: speed); a membership test is one substring search."""
    from tqcheck.gazetteer import words

    name = f"wordfreq-large-en-below-{words.NAME_ZIPF}-{words._wordfreq_version()}-1.pickle"
    path = words._cache_path(name)
    if path is not None and isinstance(cached := cache_files.load(path), str):
        return cached
    try:
        lists = words._read_list("large")
    except (ImportError, OSError, ValueError):  # wordfreq laid out otherwise: none known
        return ""
    found = [word for value, part in lists if 0 < value < words.NAME_ZIPF for word in part]
    text = "\n" + "\n".join(found) + "\n"
    if path is not None:
        cache_files.store(path, text)
    return text


def _accepted_spelling(candidate: _Candidate, garble: Garble) -> bool:
    """The candidate is one of the recorded names of the very place ``garble`` reads it as,
    but for the article or a final h (``_same_name``: "Mahalla", El Mahalla; "Sulaimaniyah",
    Sulaimaniya), no English word or given name, and English text writes it
    (:func:`_written_in_english`): wire copy's accepted spelling, not a garble. GeoNames
    records some of MT's respellings among a city's names ("Ghardaqa", "Wejdah", "Nialah"),
    which no English text writes; an English word or name that a city's other spelling
    matches ("Baja", Bajah) is MT's look-alike more often."""
    from tqcheck.gazetteer.look_alikes import _given_name

    text = candidate.text
    if zipf(text) > 0 or _given_name(text):
        return False  # an English word (Zipf 3.0 and over) or a name
    from tqcheck.gazetteer.through_arabic import vowels_written

    place = _index().get(garble.geonameid)
    if place is None or place.country in vowels_written():
        # a place named at home in Latin letters has one spelling; its other recorded names
        # are other languages' ("Istambul" of Istanbul), which English copy does not use
        return False
    names = {garble.name, place.name, *(spelling for spelling, _kind in _index().spellings(place))}
    core = "".join(_words(text)).removesuffix("h")  # what every such name spells, cheaply
    if not any(
        core in fold(name).replace(" ", "") and _same_name(text, name, place.country)
        for name in names
    ):
        return False
    return _written_in_english(text)


def _hamlet_english_writes(candidate: _Candidate, garble: Garble) -> bool:
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
    from tqcheck.gazetteer.look_alikes import _given_name

    if garble.kind != "transliteration":
        return False
    place = _index().get(garble.geonameid)
    if place is None or place.population >= FACILITY_SITE_POPULATION:
        return False
    text = candidate.text
    if zipf(text) > 0 or _given_name(text):
        return False
    token = fold(text).replace(" ", "")
    # only below words.NAME_ZIPF: a word English text writes more often is a word or name of
    # its own ("Naphthalene" 2.1, "Arabella" 2.8), MT's look-alike of Naftalan, Ardabil
    return token.isalpha() and f"\n{token}\n" in _rare_english_words()


# Consonants of a romanised name as a key: h, w and y are left out (digraphs, long vowels,
# diphthongs), doubled letters written once.
_NOT_CONSONANT = patterns.compile(r"[^bcdfgjklmnpqrstvxz]")


def _consonant_key(name: str) -> str:
    return re.sub(r"(.)\1+", r"\1", _NOT_CONSONANT.sub("", "".join(_words(name))))


def _named_otherwise(text: str, place: GeoPlace) -> bool:
    """``text`` has other consonants than every Latin name of ``place`` (the article aside):
    "Incirlik" (ncrlk) for Incirli, "Kashagan" (ksgn) for Kashan. MT's garble of a town's name
    keeps its consonants ("Jeezan" for Jizan, "Toulkarim" for Tulkarm, "Airball" for Arbil)."""
    key = _consonant_key(text)
    names = {place.name, *(spelling for spelling, _kind in _index().spellings(place))}
    return all(_consonant_key(name) != key for name in names if fold(name).isascii())


# A facility's name is the name of the site it stands at; a reading of it as a place smaller
# than this is no evidence of a garble (``_hamlet_of_a_facility``).
FACILITY_SITE_POPULATION = 10_000


@cache
def _facility_after() -> re.Pattern[str]:
    """The head of a facility's name right after the name (``facility_heads.txt``), longest
    first: "the Nasib border crossing", "the Fordow enrichment site"."""
    from tqcheck.lexicon import word_list

    heads = sorted(word_list("facility_heads"), key=patterns.longest_first)
    return re.compile(r"\s+(?:" + "|".join(re.escape(h) for h in heads) + r")\b")


def _hamlet_of_a_facility(candidate: _Candidate, garble: Garble) -> bool:
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
    rest = _after_in_sentence(candidate)
    if rest is None or not _facility_after().match(rest):
        return False
    place = _index().get(garble.geonameid)
    if garble.kind == "look-alike":
        # but the town's own name under other conventions ("the Nusairat camp", An Nusayrat)
        return (
            place is not None
            and not _english_looking(candidate.text)
            and not _conventional_form(candidate.text, place)
        )
    # a site copy names as English text writes it ("Incirlik air base", "the Kashagan field")
    # is the facility's own name, whatever town GeoNames spells alike (Incirli, Kashan)
    return place is not None and (
        place.population < FACILITY_SITE_POPULATION
        or (_written_in_english(candidate.text) and _named_otherwise(candidate.text, place))
    )


def _conventional_form(text: str, place: GeoPlace) -> bool:
    """``text`` is one of ``place``'s Latin names but for the article or a final h
    (``_same_name``) or under another convention of romanising Arabic (``_romanised_alike``)."""
    names = [place.name, *(spelling for spelling, _kind in _index().spellings(place))]
    latin = [name for name in names if fold(name).isascii()]
    return any(_same_name(text, name, place.country) for name in latin) or _romanised_alike(
        text, place.country, latin
    )


# The shortest English word a compound is read as made of (``_english_looking``).
_COMPOUND_PART = 3


def _english_looking(text: str) -> bool:
    """``text`` is an English word (Zipf 3.0 and over), a given name, or one word made of two
    such words ("Airball": air + ball): the stuff MT's look-alikes are made of."""
    from tqcheck.gazetteer.look_alikes import _given_name

    if zipf(text) > 0 or _given_name(text):
        return True
    word = fold(text)
    return " " not in word and any(
        zipf(word[:cut]) > 0 and zipf(word[cut:]) > 0
        for cut in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1)
    )


# "X, a busy district of Baghdad", "X, an island district of Cairo", "X, a suburb of Tunis": a
# part of the city the apposition names.
_PART_OF_CITY = patterns.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:district|suburb|neighbourhood|neighborhood|"
    r"quarter)\s+of\s+(?:the\s+)?(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


def part_of_city_after(plain: str, end: int) -> str | None:
    """The city that an apposition right after ``end`` makes the name before it a part of
    ("Zamalek, an island district of Cairo": Cairo; ``_PART_OF_CITY``), or None."""
    hit = _PART_OF_CITY.match(plain, end)
    return hit.group("city") if hit is not None else None


# "Garden Town in Lahore", "Faisal Town, in central Lahore": a name placed inside a city, not a
# province, district or region of that name.
_INSIDE_A_CITY = patterns.compile(
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
    hit = _INSIDE_A_CITY.match(plain, end)
    if hit is None:
        return None
    name = hit.group("city")
    if _country_word(name) and not name.endswith(" City"):
        return None
    cities = [
        city
        for city in _index().exact(name)
        if city.population >= WELL_KNOWN_POPULATION and fold(city.name) == fold(name)
    ]
    return name if cities else None


# "Evin prison in Tehran", "the X camp outside Mosul": a facility the copy places in or by a
# city (after its head, ``_facility_after``).
_FACILITY_IN_CITY = patterns.compile(
    r"\s+(?:in|near|outside|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?"
    r"(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)


def _far_from_its_city(candidate: _Candidate, garble: Garble) -> bool:
    """The apposition after the candidate makes it a part of a city of 100,000 or more, or the
    candidate names a facility the copy places in or by such a city ("Evin prison in Tehran":
    ``_FACILITY_IN_CITY``), and the place ``garble`` reads it as lies farther than
    ``look_alikes.PLACED_KM`` from every place of that name: a facility stands where the copy
    says, and a town 400 km away that sounds alike (Eyvan) is no reading of its name."""
    from tqcheck.gazetteer.look_alikes import PLACED_KM, _km

    rest = _after_in_sentence(candidate)
    hit = _PART_OF_CITY.match(rest) if rest is not None else None
    if hit is None and rest is not None and (head := _facility_after().match(rest)):
        hit = _FACILITY_IN_CITY.match(rest, head.end())
    place = _index().get(garble.geonameid) if hit is not None else None
    if hit is None or place is None or place.lat is None or place.lon is None:
        return False
    name = hit.group("city")
    cities = [
        city
        for city in _index().exact(name)
        if city.population >= WELL_KNOWN_POPULATION
        and city.lat is not None
        and city.lon is not None
        # a country's name ("the X prison in Iraq") places no city, whatever city GeoNames
        # also records by it (Arak, Iran, is also "Iraq"); "in Gaza" is Gaza City's own name
        and (not _country_word(name) or fold(city.name) == fold(name))
    ]
    return bool(cities) and all(
        _km(city.lat, city.lon, place.lat, place.lon) > PLACED_KM for city in cities
    )


# "X, on the Red Sea,", "X, east of Jerusalem,": the apposition after a name, up to its comma.
_PLACING_APPOSITION = re.compile(r"^,\s+(?P<phrase>[^,.;:()]{3,80})")
# "47 degrees Celsius", "104 °F": a temperature scale after a reading, no place.
_MEASURE_BEFORE = re.compile(r"\d[\d.,]*(?:\s+|-)(?:degrees?|°)\s*$", re.IGNORECASE)


def _real_where_placed(candidate: _Candidate) -> bool:
    """The apposition after the candidate places it, and a place of that name lies there: a
    town of ``REAL_ANYWHERE_POPULATION`` or more by its own name in a country of the river,
    sea or range the apposition names ("Duba, on the Red Sea," in copy about a ferry to Egypt:
    Saudi Arabia's Duba), or a place recorded by the name within ``look_alikes.PLACED_KM`` of
    the city of 100,000 or more it is located by ("Bethany, east of Jerusalem": al-Eizariya,
    whatever country GeoNames files Jerusalem in). A sub-editor checks a name against the
    place the copy puts it, not only against the countries it names; a garble is a name that
    no place there bears."""
    from tqcheck.gazetteer.context import feature_countries_in
    from tqcheck.gazetteer.look_alikes import PLACED_KM, _km

    rest = _after_in_sentence(candidate)
    hit = _PLACING_APPOSITION.match(rest) if rest else None
    if hit is None:
        return False
    places = _recorded(candidate.text)
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
    if _placed_abroad_with(places, hit.group("phrase")):
        return True
    near = _NEAR_PLACE_AFTER.match(rest)
    if near is None:
        return False
    cities = [
        city
        for city in _index().exact(near.group("place"))
        if city.population >= WELL_KNOWN_POPULATION and city.lat is not None
    ]
    return any(
        _km(city.lat, city.lon, place.lat, place.lon) <= PLACED_KM
        for city in cities
        for place in places
        if place.lat is not None and place.lon is not None and city.lon is not None
    )


# "in Somerset", "in Kent": the name an apposition places a place in.
# "in Somerset", "a fishing town on Kenai Peninsula": the names an apposition places a place by
# (its capitalised words after a preposition), and a generic noun after such a name.
_PLACING_NAME = re.compile(
    r"\b(?:in|on|near|of)\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
_GENERIC_AFTER_NAME = re.compile(r"\s+(?:Peninsula|County|Island|Islands|Valley|Bay|Coast)$")


def _placed_abroad_with(places: list[GeoPlace], phrase: str) -> bool:
    """The apposition ``phrase`` places the name by a name that GeoNames records only outside
    the region (a town or a province, its generic noun aside: "in Somerset", "in
    Cambridgeshire", "on Kenai Peninsula"), and one of ``places`` lies in a country that name
    is recorded in: the copy places the town abroad itself ("Syrian doctors in Wells, in
    Somerset,"; "Homer, a fishing town on Kenai Peninsula,"), as "Hope, Arkansas" does by a
    country word."""
    for hit in _PLACING_NAME.finditer(phrase):
        name = _GENERIC_AFTER_NAME.sub("", hit.group("name"))
        if fold(name) in region_features() or country_of_word(name) is not None:
            continue
        where = _index().exact(name)
        if not where or any(place.country in ARABIC_SCRIPT_REGION for place in where):
            continue
        countries = {place.country for place in where}
        if any(place.country in countries for place in places):
            return True
    return False


def _in_a_unit_name(candidate: _Candidate) -> bool:
    """The candidate is a part of a longer English name of a first-level unit of the region
    that the copy writes letter for letter ("in Kohgiluyeh and Boyer-Ahmad province", "Chaharmahal
    and Bakhtiari province": ``admin_unit_names.tsv``, ``region_unit_names.tsv``), which the
    name finder splits at "and": a part of a unit's name spelled right is no garble of a town.
    A garbled part ("Sistaan and Baluchestan") is no such name and is still read."""
    from tqcheck.gazetteer.context import _unit_english_names

    at = candidate.around_at
    around = candidate.around
    if at < 0 or around[at : at + len(candidate.text)] != candidate.text:
        return False
    end = at + len(candidate.text)
    folded_text = fold(candidate.text)
    names = [n for n in _unit_english_names()[0] if len(n) > len(folded_text) and folded_text in n]
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


def _resolve_in_context(
    candidate: _Candidate, countries: set[str], geography: Geography | None = None
) -> Garble | None:
    text = candidate.text
    # "X, in western Iran" names X's country; "X, the capital of Abyan province", "X, in the
    # northwest of the country" put X among the article's places: a town abroad is not meant.
    named = candidate.slot == "country" or candidate.located
    if not _worth_resolving(candidate):
        return None
    if _is_real_place(text, countries, named):
        return None
    if _in_a_unit_name(candidate) or _real_where_placed(candidate):
        return None  # a province's name in full; a place that lies where the copy puts it
    if named and candidate.slot != "country" and _region_city_by_own_name(text):
        # "Jalalabad, on the road to Pakistan": a phrase that places a name may name where a
        # road leads or a border faces, not the country the name lies in
        return None
    city = _city_slot(candidate)
    countries = countries & ARABIC_SCRIPT_REGION  # where names reach English through Arabic
    from tqcheck.gazetteer.look_alikes import look_alike, placed_nearer

    literal = _literal(candidate, countries)
    if literal is None and city:
        literal = _well_known_literal(candidate, countries)
    if literal is None and city and _weak_english(candidate):
        return None  # let through for the well-known city's reading alone
    # One English word that sounds like a town of the article's countries (``look_alikes``).
    town = look_alike(candidate, countries)
    if town is not None and _spelled_as(text, town):
        town = None  # "Jahra" for Al Jahra': the town's own name
    if literal is not None:
        if town is not None and _smaller_than_town(literal, town):
            return town  # "Nobles" is Nablus (130,000), not the hamlet Surif (شريف, noble)
        if town is not None and placed_nearer(candidate, town, literal):
            return town  # the look-alike lies beside the city the sentence names
        if town is not None and literal.indirect and _well_known(town):
            # "residents of Chairs" sounds like Shiraz; "chair" reaches سده (Khomeyni Shahr's
            # old name) only through its other sense "seat"
            return town
        return literal
    if candidate.slot == "none":
        # outside a place slot a name is a person or a word more often
        return town or _respelled_outside_slot(candidate, countries, geography)
    if len(text.split()) > 2 and not any(w in _FUNCTION for w in text.lower().split()):
        return None  # three capitalised words are an organisation or a person more often
    found = _by_sound_or_neighbour(candidate, countries, geography, town is None)
    if town is not None and (
        found is None
        or (found.kind == "look-alike" and _town_wins(found, town))
        or placed_nearer(candidate, town, found)  # beside the city the sentence names
    ):
        return town  # a town of 20,000+ sounds like the word: likelier than a hamlet
    return found


def _region_city_by_own_name(text: str) -> bool:
    """``text`` is the own name (or a respelling of it, not another recorded name, nor its
    words split otherwise: ``_recorded``) of a city of 100,000 or more of the region
    (``WELL_KNOWN_POPULATION``), and no English word: a city copy names by its name wherever a
    phrase after it points."""
    if is_english_word(text):
        return False
    places = _recorded(text)  # not its words split otherwise ("Shahri Sabz")
    return any(
        relation != "alternate"
        and place.population >= WELL_KNOWN_POPULATION
        and place.country in ARABIC_SCRIPT_REGION
        and place in places
        for place, relation in _index().exact_ranked(text)
    )


def _spelled_as(text: str, garble: Garble) -> bool:
    """``text`` is the name of the place ``garble`` reads it as, with or without the Arabic
    article (``_same_name``: "Jahra" for Al Jahra'), or with its shadda written once or an ain
    written as the vowel it precedes doubled ("Tal Rifaat" for Tall Rif’at)."""
    place = _index().get(garble.geonameid)
    names = [garble.name] + ([place.name] if place is not None else [])
    # or the name with its shadda written once or an ain as the vowel doubled ("Tal Rifaat",
    # Tall Rif’at); not the vowel conventions, which a reading by sound weighs itself
    written = " ".join(_words(text))
    return any(
        _same_name(text, name)
        or written
        in {
            _DOUBLED.sub(r"\1", " ".join(_words(form)))
            for form in (name, _AIN_BEFORE_VOWEL.sub(r"\1\1", name))
        }
        for name in names
    )


# Arabic, Persian and Turkish endings that make a town's name a surname or an adjective, with
# what the town's name may end in where the ending replaces it (Bukhara -> Bukhari, Makkah ->
# Makki, Hama -> Hamawi, Herat -> Harawi).
_NISBA_ENDINGS = (
    ("awi", ("", "a", "ah", "at")),
    ("li", ("",)),
    ("ly", ("",)),
    ("i", ("", "a", "ah")),
    ("y", ("",)),
)


def _surname_of_town(candidate: _Candidate, garble: Garble, countries: set[str]) -> bool:
    """A name used of a person ("a letter from Tabrizi", "talks between Hamawi and": no
    place slot, no "in", "near") that is a town's name with a nisba ending is a surname."""
    if candidate.slot not in ("weak", "none") or candidate.locative:
        return False
    return _nisba_of_town(candidate.text, countries, garble.geonameid)


def _nisba_of_town(text: str, countries: set[str], geonameid: str = "") -> bool:
    """One word, no English word, that is the name (GeoNames, any spelling) of a town of
    20,000 people or more of the article's countries, or of the place a reading found, plus a
    nisba ending (-i, -y, -li, -ly, -awi): "Tabrizi", "Tiflisi", "Hamawi", "Halepli" are
    surnames or adjectives made from a town's name."""
    from tqcheck.gazetteer.look_alikes import TOWN_POPULATION

    if " " in text or "-" in text or is_english_word(text):
        return False
    folded = fold(text)
    for ending, restores in _NISBA_ENDINGS:
        stem = folded[: -len(ending)]
        if not folded.endswith(ending) or len(stem) < 3:
            continue
        for restore in restores:
            for place in _index().exact(stem + restore):
                if (
                    place.kind == "place"
                    and place.population >= TOWN_POPULATION
                    and (place.country in countries or place.geonameid == geonameid)
                ):
                    return True
    return bool(geonameid) and _nisba_by_consonants(folded, geonameid)


def _nisba_by_consonants(folded: str, geonameid: str) -> bool:
    """``folded`` is -i added to a spelling of the place read ending in a consonant, with the
    same consonants ("Trabulsi": Trablous, Tripoli; "Nabulsi": Nablus), and reads closer so
    than as the place's own name ("Kutaysi" is Kutaisi, not Kutais plus -i)."""
    place = _index().get(geonameid)
    if place is None or not folded.endswith("i") or len(folded) < 5:
        return False
    stem = folded[:-1]
    own = JaroWinkler.similarity(folded, fold(place.name))
    keys = skeletons(stem)
    for spelling, kind in _index().spellings(place):
        written = fold(spelling)
        if (
            kind != "arabic"
            and written.isalpha()
            and written[-1] not in "aeiouy"
            and skeletons(written) & keys
            and JaroWinkler.similarity(stem, written) > own
        ):
            return True
    return False


def _town_wins(found: Garble, town: Garble) -> bool:
    """The look-alike of a town of 20,000+ (``look_alikes``) over another reading by sound:
    when that reading names a smaller place, or is no stronger evidence, or the town is a city
    of 100,000+ and that reading's place is not ("Jerome" is Jahrom, not Germi), or the word
    read aloud has the town's frame (:func:`_heard_as`)."""
    from tqcheck.gazetteer.look_alikes import TOWN_POPULATION

    place, city = _index().get(found.geonameid), _index().get(town.geonameid)
    if place is None or place.population < TOWN_POPULATION or town.score >= found.score:
        return True
    if city is not None and city.population >= WELL_KNOWN_POPULATION > place.population:
        return True
    return city is not None and _heard_as(town.text, city)


def _heard_as(word: str, city: GeoPlace) -> bool:
    """``word`` read aloud has the city's frame (``look_alikes``: its consonants with its
    vowels in place, "Cohort" said without its r is Kohat), which a reading by consonants
    alone does not outweigh."""
    from tqcheck.gazetteer.look_alikes import town_matches

    rowid = _rowid(city)
    return any(
        match.frame and match.town.rowid == rowid
        for match in town_matches(word, {city.country}, silent=True, last=True)
    )


def _smaller_than_town(literal: Garble, town: Garble) -> bool:
    """The look-alike names a city of 100,000 or more, and the literal reading a place under
    20,000 people, or under 100,000 where the word is also spelled like the city's own or
    English name (``well_known.spelled_like``): the word sounds like the well-known city copy
    names, not the town it translates ("Nobles": Nablus, not Surif; "Guards": Gardez, not
    Qarawul; but "the Sand" is Ramla, not Ashdod)."""
    from tqcheck.gazetteer.look_alikes import TOWN_POPULATION
    from tqcheck.gazetteer.well_known import MIN_RECOGNISED, spelled_like

    place, city = _index().get(literal.geonameid), _index().get(town.geonameid)
    if place is None or city is None or city.population < WELL_KNOWN_POPULATION:
        return False
    if place.population < TOWN_POPULATION:
        return True
    return (
        place.population < WELL_KNOWN_POPULATION and spelled_like(town.text, city) >= MIN_RECOGNISED
    )


def _well_known(garble: Garble) -> bool:
    """``garble`` names a city of ``WELL_KNOWN_POPULATION`` or more."""
    place = _index().get(garble.geonameid)
    return place is not None and place.population >= WELL_KNOWN_POPULATION


def _english_name(place: GeoPlace, *spellings: str) -> str:
    """The spelling to suggest: common English usage where recorded, else the GeoNames name
    without diacritics."""
    from anyascii import anyascii

    names = _english_names()
    for spelling in (place.name, *spellings):
        english = names.get((place.country, fold(spelling)))
        if english is None and is_arabic(spelling):
            english = names.get((place.country, "ar:" + arabic_key(spelling)))
        if english:
            return english
    return anyascii(place.name).replace("'", "’") if not place.name.isascii() else place.name


def _country_name(code: str) -> str:
    from tqcheck.gazetteer import iso

    return {"TR": "Turkey"}.get(code) or iso.short_name(code)


def _best(
    scored: dict[int, tuple[float, str, str]], geography: Geography | None
) -> tuple[GeoPlace, float, str, str] | None:
    """The best (place, score, spelling, detail): score, then the country's weight in the
    article, then population (rowid order)."""
    if not scored:
        return None
    places = _index()._places(sorted(scored))

    def key(rowid: int) -> tuple[float, float, int]:
        place = places[rowid]
        weight = geography.weight(place.country) if geography else 0.0
        return (round(scored[rowid][0] + _size_bonus(place.population), 2), weight, -rowid)

    rowid = max(scored, key=key)
    score, spelling, detail = scored[rowid]
    return places[rowid], score, spelling, detail


def _size_bonus(population: int) -> float:
    """A small prior for larger places: copy names them far more often than hamlets."""
    if population >= WELL_KNOWN_POPULATION:
        return 0.03
    if population >= 20_000:
        return 0.015
    return 0.0


def _literal_options(
    candidate: _Candidate,
    partial: bool = False,
    countries: set[str] | None = None,
    lexicon: bool = False,
    near: bool = False,
    cogloss: bool = False,
) -> list[list[tuple[str, str | None, tuple[str, ...]]]] | None:
    """For each English word or phrase of the candidate, its Arabic words from the table; None
    when a word is not in it (then the name is no literal translation). With ``partial``, one
    word the table does not know may stand for itself, untranslated, beside a translated one
    ("Sons of Walid" for Bani Walid): its Arabic is None and its romanisation the word. With
    ``countries``, a pair of the team table counts only where place names use its word
    (``_team_pairs``: Persian ده "village" is no Palestinian place's word), and only in a
    strong slot. The lexicon table's pairs only with ``lexicon``, the near-synonym table's only
    with ``near``, the lexicon's co-glosses (``_toponym_words_cogloss``) only with ``cogloss``.
    Two words kept must stand together, beside a translated one (``_may_keep``: "My Lord Bel
    Abbes")."""
    text = candidate.text
    # A possessive is the Arabic construct state: "Solomon's Mosque" is مسجد سليمان (the words
    # are tried in every order).
    raw = [w for w in re.split(r"[ -]", text.lower()) if w]
    owner = [i for i, w in enumerate(raw[:-1]) if _POSSESSIVE.search(w)]
    if len(owner) == 1 and not _owner_is_a_place(" ".join(raw[: owner[0] + 1])):
        # ... in the construct's order, the thing owned first: "Madani's Son" is "Son of
        # Madani" (ود مدني), which a reading keeping the name reads in the place's order
        raw = raw[owner[0] + 1 :] + raw[: owner[0] + 1]
    raw = [_POSSESSIVE.sub("", w) for w in raw]
    if any(w in _ARABIC_ARTICLES for w in raw):
        return None  # "Al Ala": the Arabic article written out is a transliteration, not English
    # "my master" is one Arabic word (سيدي): "My Master Bel Abbes" is a name of three
    words = _without_my([w for w in raw if w not in _FUNCTION])
    if _adjective_one(candidate, words):
        # "the New One": an English adjective made a noun with "the ... one", as MT renders an
        # Arabic adjective standing alone (الجديد); the name is the adjective's
        words = words[:-1]
    if not words or len(words) > 3:
        return None
    if len(words) == 1 and candidate.slot == "none":
        return None
    if cogloss:
        table = _toponym_words_cogloss(raw)
    elif near:
        table = toponym_words()
    else:
        table = _toponym_words_lexicon() if lexicon else _toponym_words_first()
    options: list[list[tuple[str, str | None, tuple[str, ...]]]] = []
    kept = 0
    i = 0
    while i < len(words):  # longest English phrase first ("little mountain")
        for size in (2, 1):
            phrase = " ".join(words[i : i + size])
            if phrase.startswith(_MY):  # "My Master": the Arabic first-person suffix (سيدي)
                entries = _with_my(_entries(table, phrase[len(_MY) :]))
            else:
                entries = _entries(table, phrase)
            if size == 2 and words[i] in _DIMINUTIVE_WORDS and i + 1 < len(words):
                # "the Little Market": the diminutive of سوق "market" (سويق) beside any
                # entry the table has for the phrase, then the Persian diminutive (بازارك)
                nouns = _entries(table, words[i + 1])
                if words[i] != _LITTLE:  # "small X": the diminutive table's "little X"
                    entries = _union(entries, _entries(table, f"{_LITTLE} {words[i + 1]}"))
                entries = _union(entries, _diminutives(nouns))
                entries = _union(entries, _persian_diminutives(nouns))
            if not entries and size == 2 and words[i] == "two" and i + 1 < len(words):
                entries = _duals(_entries(table, words[i + 1]))  # "the Two Flags": العلمين
                # ... and the number word before the noun in the singular, as Persian counts
                # (دو رود "Two Rivers", Dorud)
                singular = [b for b in _base_forms(words[i + 1]) if b in table][:1]
                nouns = table[singular[0]] if singular else table.get(words[i + 1], [])
                entries = _union(entries, _counted(table.get(words[i], []), nouns))
                if singular:
                    # ... or in the plural the English has, as place names keep it (دو
                    # گنبدان "Two Domes", Dogonbadan: گنبد "dome", plural -an)
                    plural = _entries(table, words[i + 1])
                    entries = _union(entries, _counted(table.get(words[i], []), plural))
            if entries and countries is not None:
                strong = (
                    candidate.slot in ("strong", "country")
                    or _team_may_stand(words, phrase, table)
                    or (len(words) == 1 and zipf(phrase) < RARE_TEAM_ZIPF)
                )
                entries = _used_in(entries, phrase, countries, strong)
            if entries and not _calendar_may_stand(candidate, words):
                entries = [entry for entry in entries if not _is_calendar(entry[1])]
            if country_of_word(phrase):
                entries = None  # "Upper Egypt": the country is named, not translated
            if entries and len(words[i : i + size]) == size:
                options.append([(phrase, a, latin) for a, latin in entries])
                i += size
                break
        else:
            if not partial or len(words) == 1 or not _may_keep(options, kept, len(words)):
                return None  # a word the table does not know: not a literal translation
            kept += 1
            options.append([(words[i], None, (words[i],))])
            i += 1
    return options


def _owner_is_a_place(owner: str) -> bool:
    """Whether the possessor of "X's Y" is a country or a city of ``WELL_KNOWN_POPULATION`` or
    more: "Cairo's Shubra" places a district in its city, as English copy does, and is no
    construct to read in the Arabic order (which reads Shubrakhit)."""
    name = _POSSESSIVE.sub("", owner)
    return bool(country_of_word(name)) or any(
        p.population >= WELL_KNOWN_POPULATION for p in _index().exact(name)
    )


def _may_keep(
    options: list[list[tuple[str, str | None, tuple[str, ...]]]], kept: int, words: int
) -> bool:
    """Whether a partial reading may keep one more word untranslated: the first, or a second
    right after the first in a name of three words or more ("Camp of Murad Jamali": the
    specific part of a name is often a two-word name, kept as MT keeps a person's name)."""
    if kept == 0:
        return True
    return kept == 1 and words >= 3 and bool(options) and options[-1][0][1] is None


_LITTLE = "little"
_DIMINUTIVE_WORDS = frozenset([_LITTLE, "small"])
_ONE = "one"


def _adjective_one(candidate: _Candidate, words: list[str]) -> bool:
    """ "the X One" where a slot puts a place: a strong one ("in the New One, a suburb of
    Sabha") or "in", "near" ("talks in the White One": البيضاء, Al Bayda). Elsewhere it is a
    nickname or a thing more often ("the Special One said"); after "in" too the adjective must
    then be exactly a place's Arabic name in the article's countries (one word after "in").
    Also "the Little X One": a diminutive adjective (بريدة "the little cold one", Buraydah)."""
    return (
        candidate.definite
        and (candidate.slot in ("strong", "country") or candidate.located or candidate.locative)
        and (len(words) == 2 or (len(words) == 3 and words[0] in _DIMINUTIVE_WORDS))
        and words[-1] == _ONE
    )


def _is_generic(text: str) -> bool:
    """One English word that the hand table glosses as a generic term of place names
    (mountain, palace, mosque, square, bridge...): after "in", "near" it is the feature it
    names ("prayed in the Mosque"); a town only where a strong slot says so."""
    word = _POSSESSIVE.sub("", text.lower())
    return any(form in _generic_words() for form in (word, *_base_forms(word)))


@cache
def _generic_words() -> frozenset[str]:
    """The English words of the hand table's rows noted "generic" (and their plurals' rows)."""
    import csv

    path = _gazetteer_dir() / "toponym_words.csv"
    if not path.is_file():
        return frozenset()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return frozenset(
            english.strip().lower()
            for row in rows
            if (row.get("note") or "").startswith(("generic", "plural"))
            for english in row["english"].split("|")
        )


def _calendar_may_stand(candidate: _Candidate, words: list[str]) -> bool:
    """A weekday or a number names a place in a strong slot ("the town of Monday"), after a
    locating preposition ("met in Monday": a day takes "on"), or beside another word of the
    name ("Tuesday Market"); after "on", "from", "to" or alone it is a day or a number."""
    return candidate.slot in ("strong", "country") or candidate.locative or len(words) > 1


_SIZE_WORDS = ("great", "large", "big")


def _entries(
    table: dict[str, list[tuple[str, tuple[str, ...]]]], word: str
) -> list[tuple[str, tuple[str, ...]]]:
    """The table's entries for an English word or phrase, then for its base forms ("forts":
    fort, قلات) and its plural forms ("thorn": the table's "thorns", حسكة; "date": "dates",
    تمر), in that order; for a plural also the Arabic sound plurals of its base form's words
    (``_sound_plurals``: "sheikhs" شيخون, "sheikhs" being also the broken plural مشايخ), and
    last those of its feminine in -ess ("shepherd": "shepherdess", راعي), the Arabic feminine
    being the same word with a taa marbuta, which every reading adds or drops; after all these,
    those of its American spelling (``_american``: "ploughman", "plowman")."""
    found = list(table.get(word, []))
    head, _, noun = word.partition(" ")
    if head in _SIZE_WORDS and noun and " " not in noun:
        # "great tree": the tables' "large tree" (دوحة): English adjectives of size render
        # one Arabic adjective (كبير) or a noun of size ("large tree") alike
        for size in _SIZE_WORDS:
            found = _union(found, table.get(f"{size} {noun}", []) if size != head else [])
    bases = [b for b in _base_forms(word) if b in table]
    for base in bases:
        found = _union(found, table[base])
    for plural in _plural_forms(word):
        found = _union(found, table.get(plural, []))
    if not word.endswith("s") and " " not in word:
        found = _union(found, table.get(word + "ess", []))
    for base in bases if word.endswith("s") else ():  # a plural, not "reddened"
        found = _union(found, _sound_plurals(table[base]))
    if (american := _american(word)) != word:
        found = _union(found, _entries(table, american))  # "armoured": "armored", درعية
    return found


def _union(
    first: list[tuple[str, tuple[str, ...]]], more: list[tuple[str, tuple[str, ...]]]
) -> list[tuple[str, tuple[str, ...]]]:
    """``first`` and then the entries of ``more`` whose Arabic it does not hold, in order."""
    seen = {arabic for arabic, _latin in first}
    return first + [(a, latin) for a, latin in more if a not in seen and not seen.add(a)]


def _plural_forms(phrase: str) -> list[str]:
    """The English plural of the last word of ``phrase`` as the tables may list it: "thorn"
    -> "thorns", "city" -> "cities", "box" -> "boxes". Nothing for a word ending in s."""
    head, _, word = phrase.rpartition(" ")
    if len(word) < 3 or word.endswith("s"):
        return []
    prefix = f"{head} " if head else ""
    if word.endswith("y") and word[-2] not in "aeiou":
        return [prefix + word[:-1] + "ies"]
    if word.endswith(("x", "ch", "sh", "z")):
        return [prefix + word + "es"]
    return [prefix + word + "s"]


def _sound_plurals(
    entries: list[tuple[str, tuple[str, ...]]],
) -> list[tuple[str, tuple[str, ...]]]:
    """The Arabic sound plurals of each one-word entry: masculine -ون, -ين and feminine -ات
    (a final taa marbuta dropped), as names are read when MT writes an English plural
    (شيخ "sheikh" -> شيخون, "the Sheikhs"); then its Persian plurals, -ان for a person and
    -ها for a thing, which Persian gives Arabic loanwords too (زاهد "ascetic" -> زاهدان, "the
    Ascetics", Zahedan)."""
    found: list[tuple[str, tuple[str, ...]]] = []
    persian: list[tuple[str, tuple[str, ...]]] = []
    for arabic, _latin in entries:
        key = arabic_key(arabic)
        if " " in arabic.strip() or len(key) < 3:
            continue
        if not key.endswith("ه"):
            persian.append((key + "ان", _DERIVED))
        persian.append((key + "ها", _DERIVED))
        if not _ARABIC_LETTERS.fullmatch(key):
            continue  # (a Persian or Urdu word takes no Arabic plural)
        stem = key[:-1] if key.endswith("ه") else key
        forms = [stem + "ات"] if key.endswith("ه") else [key + "ون", key + "ين", key + "ات"]
        found += [(form, _DERIVED) for form in forms]
    return _union(found, persian)


def _counted(
    numbers: list[tuple[str, tuple[str, ...]]], nouns: list[tuple[str, tuple[str, ...]]]
) -> list[tuple[str, tuple[str, ...]]]:
    """A number word before each one-word entry of a noun, in the order Persian and Arabic
    count ("two rivers": دو رود, Dorud), read only as a place's exact Arabic name."""
    return [
        (f"{arabic_key(number)} {arabic_key(noun)}", _DERIVED)
        for number, _ in numbers
        for noun, _ in nouns
        if " " not in noun.strip()
    ]


_ARABIC_LETTERS = patterns.compile("[\u0621-\u064a]+")
# The romanisations of an Arabic form made by rule (a sound plural, "my X"): none, and no
# reading by consonant classes either: such a form counts only as a place's exact Arabic name.
_DERIVED = ("\x00",)
# The mark of a pair of the lexicon table (``LEXICON_TABLE``): read as ``_DERIVED`` forms are.
_LEXICON = ("\x01",)
# The mark of a pair of the calendar table (``CALENDAR_TABLE``): read as ``_DERIVED`` forms are.
_CALENDAR = ("\x02",)
# The mark of a pair of the near-synonym table (``NEAR_TABLE``): read as ``_DERIVED`` forms are.
_NEAR = ("\x03",)
_EXACT_ONLY = (_DERIVED, _LEXICON, _CALENDAR, _NEAR)
# A reading through a near synonym scores a little under the same reading through the tables.
NEAR_PENALTY = 0.01


def _is_calendar(latin: tuple[str, ...]) -> bool:
    """A pair of the calendar table: its mark, then the romanisations the table gives (the
    Arabic weekdays as market towns spell them, "Larbaa", "Sebt"); the Persian days and the
    numbers have none and count only as a place's exact Arabic name."""
    return latin[:1] == _CALENDAR


def _romanisations(latin: tuple[str, ...]) -> tuple[str, ...]:
    """The romanisations of a pair (a calendar pair's after its mark)."""
    return latin[1:] if _is_calendar(latin) else latin


def _toponym_words_first() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """:func:`toponym_words` without the lexicon table's pairs: the bridge tried first (kept
    for the table it was made from, which tests and benchmarks may swap)."""
    full = toponym_words()
    if _FIRST_TABLE and _FIRST_TABLE[0] is full:
        return _FIRST_TABLE[1]
    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for english, entries in full.items():
        kept = [entry for entry in entries if entry[1] not in (_LEXICON, _NEAR)]
        if kept:
            table[english] = kept
    _FIRST_TABLE[:] = [full, table]
    return table


_FIRST_TABLE: list[dict[str, list[tuple[str, tuple[str, ...]]]]] = []


def _toponym_words_lexicon() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """:func:`toponym_words` without the near-synonym table's pairs (a near word's only
    entries: ``_read_near``), made when a lexicon reading is first tried."""
    full = toponym_words()
    if not (_LEXICON_TABLE and _LEXICON_TABLE[0] is full):
        table = {english: e for english, e in full.items() if e[0][1] != _NEAR}
        _LEXICON_TABLE[:] = [full, table]
    return _LEXICON_TABLE[1]


_LEXICON_TABLE: list[dict[str, list[tuple[str, tuple[str, ...]]]]] = []


_MY = "my "


def _without_my(words: list[str]) -> list[str]:
    """The words with "my" joined to the word after it ("my master")."""
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] == "my":
            joined[-1] = _MY + word
        else:
            joined.append(word)
    return joined


def _with_my(entries: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, tuple[str, ...]]]:
    """ "My X": each one-word Arabic entry for X with the first-person suffix -ي (سيد "master"
    -> سيدي, Sidi), or as it is where the entry already ends so. A form made by rule counts
    only as a place's exact Arabic name; an entry that already ends so keeps its romanisations
    (the hand table's سيدي "master, lord": "My Lord X" is read as Sidi X by spelling too, for
    the many places GeoNames records with no Arabic name)."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for arabic, latin in entries:
        key = arabic_key(arabic)
        if " " in arabic.strip() or len(key) < 2:
            continue
        form = key if key.endswith("ي") else (key[:-1] + "تي" if key.endswith("ه") else key + "ي")
        spelled = latin if form == key and latin and latin not in _EXACT_ONLY else _DERIVED
        if all(form != a for a, _ in found):
            found.append((form, spelled))
    return found


def _only_team(choice: tuple[tuple[str, str | None, tuple[str, ...]], ...]) -> bool:
    """Every translated word of a reading is a pair of the team table."""
    for english, arabic, _latin in choice:
        if arabic is None:
            return False  # a name kept untranslated is evidence of its own
        if _team_countries(english, arabic_key(arabic)) is None:
            return False
    return True


def _team_countries(phrase: str, key: str) -> frozenset[str] | None:
    """Where the team table's pair of ``phrase`` (or a form of it) and the Arabic ``key`` may
    bridge; None when it is no team pair or another table lists it for one of the phrase's
    forms too ("whites": بيض, FreeDict), which then bridges as every other table's pair."""
    # asked again per sense, per slot and per order of a name's words: memoised per table
    # (tests and benchmarks may swap it)
    return _team_countries_in(id(toponym_words()), phrase, key)


@lru_cache(maxsize=4096)
def _team_countries_in(_table: int, phrase: str, key: str) -> frozenset[str] | None:
    team = _team_pairs()
    table = toponym_words()
    words = phrase.split()
    if (
        len(words) == 2
        and words[0] == "two"
        and key in {arabic_key(a) for a, _latin in _duals(_entries(table, words[1]))}
    ):
        return None  # the Arabic dual, which the rule makes too ("the Two Palaces", قصرين)
    used: frozenset[str] | None = None
    for form in (phrase, *_base_forms(phrase), *_plural_forms(phrase)):
        codes = team.get((form, key))
        if codes is None and any(
            arabic_key(a) == key and latin not in (_LEXICON, _NEAR) and not _is_calendar(latin)
            for a, latin in table.get(form, ())
        ):
            return None  # (the lexicon's pairs, every sense of every noun, vouch for none;
            # the calendar's stand by their own rule)
        if used is None:
            used = codes
    if used is not None and used & ARAB_STATES and key in _lexicon_keys():
        # an Arabic word (the Arabic lexicon has it) that names places of one Arab state names
        # them in every one: GeoNames gives most places of the Maghreb no Arabic name, so the
        # mined countries miss them (اولاد "children" is mined in Algeria and Egypt only, and
        # names hundreds of Moroccan villages, "Oulad X", in Latin letters)
        used = used | ARAB_STATES
    return used


# The members of the Arab League in the region, and Western Sahara: Arabic is their language,
# and an Arabic word of place names is a word of their place names alike.
ARAB_STATES = frozenset(
    [
        *("DZ", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS"),
        *("QA", "SA", "SD", "SY", "TN", "AE", "YE", "DJ", "SO", "KM", "EH"),
    ]
)


@cache
def _lexicon_keys() -> frozenset[str]:
    """The Arabic keys of the Arabic lexicon's table (``LEXICON_TABLE``) and of the Arabic
    forms of prophets' names (``NAMES_TABLE``): Arabic words. Kept in tqcheck's cache folder
    (keying the lexicon's 7,000 lines took 40 ms of a garble-dense article's cold check)."""
    from tqcheck.gazetteer import keys as keys_module

    paths = [_gazetteer_dir() / name for name in (LEXICON_TABLE, NAMES_TABLE)]

    def build() -> frozenset[str]:
        keys: set[str] = set()
        for path in paths:
            lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
            for line in lines:
                if not line.startswith("#") and "," in line:
                    keys.update(arabic_key(f) for f in _taa_variants(line.split(",")[1].strip()))
        return frozenset(keys)

    inputs = [path for path in paths if path.is_file()] + [__file__, keys_module.__file__]
    return cache_files.table("lexicon-keys", inputs, build, frozenset)


def _team_may_stand(
    words: list[str], phrase: str, table: dict[str, list[tuple[str, tuple[str, ...]]]]
) -> bool:
    """Outside a strong slot a team pair counts only for one rare English word (Zipf under
    ``RARE_TEAM_ZIPF``: "said in Brunette") or in a name of two or more words another of
    which a hand or dictionary pair may translate, or that is a name kept untranslated ("House
    of the Jurist", "Masoud's Well"): the team table's own words are the commonest of place
    names, and a reading of team pairs alone stays out (``_only_team``: "the Old City" is no
    Eskisehir)."""
    others = [w for w in words if w != phrase and w not in phrase.split()]
    if not others or len(words) < 2:
        return False
    team = _team_pairs()
    for word in others:
        entries = _entries(table, word)
        if not entries and not is_english_word(word):
            return True  # a name kept untranslated beside it ("Masoud's Well")
        for arabic, _latin in entries:
            if (word, arabic_key(arabic)) not in team:
                return True
    return False


def _duals(
    entries: list[tuple[str, tuple[str, ...]]],
) -> list[tuple[str, tuple[str, ...]]]:
    """ "Two X": the Arabic dual of each one-word Arabic entry for X, in both cases (-ayn, -an;
    a taa marbuta written as t): علم "flag" -> العلمين (Al Alamayn), قصر "palace" -> القصرين
    (Kasserine), بحر "sea" -> البحرين."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for arabic, _latin in entries:
        key = arabic_key(arabic)
        if " " in key or len(key) < 2:
            continue
        stem = key[:-1] + "ت" if key.endswith("ه") else key
        for form in (stem + "ين", stem + "ان"):
            if all(form != a for a, _ in found):
                found.append((form, ()))
    return found


_POSSESSIVE = patterns.compile(r"['’]s$")


def _plural_bases(word: str) -> list[str]:
    """The singulars an English plural may have ("cities" -> "city", "churches" -> "church",
    "camps" -> "camp"; a non-word among them matches nothing)."""
    found: list[str] = []
    if word.endswith("ies") and len(word) > 4:
        found.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        found.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        found.append(word[:-1])
    return found


def _base_forms(phrase: str) -> list[str]:
    """The base forms an inflected English word (the last of ``phrase``) may have, as the word
    tables list them: a plural ("tents", "cities"), a participle ("illuminated", "walled"), a
    gerund ("grinding"). No agent nouns: "Burner" is no "burn"."""
    head, _, word = phrase.rpartition(" ")
    found = _plural_bases(word)
    if word.endswith("ed") and len(word) > 4:
        found += [word[:-1], word[:-2]]  # "illuminated", "walled"
        if word[-3] == word[-4]:
            found.append(word[:-3])  # "dammed"
    if word.endswith("ing") and len(word) > 5:
        found += [word[:-3], word[:-3] + "e"]  # "grinding", "shining"
        if word[-4] == word[-5]:
            found.append(word[:-4])  # "running"
    prefix = f"{head} " if head else ""
    return [prefix + form for form in found]


def _used_in(
    entries: list[tuple[str, tuple[str, ...]]], phrase: str, countries: set[str], strong: bool
) -> list[tuple[str, tuple[str, ...]]]:
    """The entries for the English ``phrase`` that may name a place of ``countries``: every
    pair of the hand and dictionary tables; a pair of the team table only where the region's
    place names use its Arabic word, and in a strong slot only: its words are the commonest of
    place names ("old", "city", "white"), and "the Old City of Ankara" is no Eskisehir."""
    found = []
    for arabic, latin in entries:
        used = _team_countries(phrase, arabic_key(arabic))
        # (no countries: the gate of ``_worth_resolving``, which asks whether any may bridge)
        if used is None or (strong and (used & countries or not countries)):
            found.append((arabic, latin))
    return found


@cache
def _team_pairs() -> dict[tuple[str, str], frozenset[str]]:
    """(English gloss, arabic_key) of each pair of ``toponym_words_team.csv`` -> the countries
    whose GeoNames Arabic place names use the Arabic word (its ``countries`` column, written by
    ``benchmarks/mine_toponym_words.py --team-countries``). The team table holds Persian,
    Turkic, Pashto and Urdu words beside Arabic ones; each bridges only where it names places.
    ``--team-countries`` also lists the pairs another table has, which the team table leaves
    out, so that the other tables' pairs bridge as before. Kept as a pickle named after the
    table's bytes and the code reading it (building it took 10 to 15 ms of a check; issue 13)."""
    import csv

    path = _gazetteer_dir() / TEAM_TABLE
    if not path.is_file():
        return {}

    def build() -> dict[tuple[str, str], frozenset[str]]:
        table: dict[tuple[str, str], frozenset[str]] = {}
        with path.open(encoding="utf-8", newline="") as handle:
            lines = (line for line in handle if not line.startswith("#"))
            for row in csv.DictReader(lines):
                codes = frozenset((row.get("countries") or "").split())
                for form in _taa_variants(row["arabic"].strip()):
                    key = arabic_key(form)
                    for english in row["english"].split("|"):
                        pair = (english.strip().lower(), key)
                        table[pair] = table.get(pair, frozenset()) | codes
        shared: dict[frozenset[str], frozenset[str]] = {}  # one object per set: a smaller pickle
        return {pair: shared.setdefault(codes, codes) for pair, codes in table.items()}

    inputs = [path, __file__, *cache_files.fold_inputs()]
    return cache_files.table("team-pairs", inputs, build, dict)


def _diminutives(
    entries: list[tuple[str, tuple[str, ...]]],
) -> list[tuple[str, tuple[str, ...]]]:
    """ "Little X": the Arabic diminutive (fu'ayl: a ya after the second consonant) of each
    Arabic word for X, as MT reads a name built that way (برج "tower" -> بريج Burayj, قنطرة
    "bridge" -> قنيطرة Kenitra), written as unvocalised names write it: a word with a long
    vowel before its last consonant keeps its letters (fu'ayyil: حديد "iron" -> حديدة,
    Hudaydah), a colour adjective takes its ya after the first radical (ابيض "white" -> ابيض,
    El Obeid). Three- and four-consonant words only."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for arabic, _latin in entries:
        key = arabic_key(arabic)
        key = key[2:] if key.startswith("ال") and len(key) > 4 else key
        key = key[:-1] if key.endswith("ه") else key
        form = ""
        if len(key) in (3, 4) and "ي" not in key[1:3] and "ا" not in key and "و" not in key:
            form = key[:2] + "ي" + key[2:]
        elif len(key) == 3 and key[1] in "او":  # a hollow root: سوق -> سويق, دار -> دوير
            form = key[0] + "وي" + key[2]
        elif len(key) == 4 and key[2] in "اوي" and "ا" not in (key[0], key[1], key[3]):
            # a long vowel before the last consonant (fa'il, fa'al, fa'ul): fu'ayyil, its
            # doubled ya written once (حديد "iron" -> حديد, Hudaydah; غزال -> غزيل)
            form = key[:2] + "ي" + key[3]
        elif len(key) == 4 and key[0] == "ا" and "ا" not in key[1:]:
            # af'al, the colours' pattern: uf'ayyil (احمر -> احيمر; ابيض -> ابيض, El Obeid)
            form = key if key[2] == "ي" else key[:2] + "ي" + key[2:]
        if form and all(form != a for a, _ in found):
            found.append((form, ()))
    return found


def _persian_diminutives(
    entries: list[tuple[str, tuple[str, ...]]],
) -> list[tuple[str, tuple[str, ...]]]:
    """ "Little X": the Persian diminutive in -ak of each one-word entry for X, as Persian and
    Dari place names diminish (بازار "bazaar" -> بازارك, Bazarak; كنار "shore" -> كنارك,
    Konarak), made by rule: read only as a place's exact Arabic name."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for arabic, _latin in entries:
        key = arabic_key(arabic)
        if " " in key or len(key) < 3 or key.endswith("ك"):
            continue
        form = key + "ك"
        if all(form != a for a, _ in found):
            found.append((form, _DERIVED))
    return found


def _merged(parts: Iterable[str]) -> str:
    """Skeletons of the words of a phrase joined, a class repeated across the join merged."""
    key = ""
    for part in parts:
        key += part[1:] if key and part and key[-1] == part[0] else part
    return key


def _literal(candidate: _Candidate, countries: set[str]) -> Garble | None:
    """A literal translation read through the hand, team and dictionary tables, and only where
    they find no place through the lexicon table too (every sense of every noun: "black" is
    also حمأة "black mud", Hama, where the tables read As-Suwayda). In Turkey, also the words
    back in Turkish (``_turkish_literal``), which name a place of Turkey better than the
    Arabic bridge does (its places' names are Turkish words in Latin script, few of them
    with an Arabic name: "Gazelle Fountain" is Ceylanpınar, not Aintab); not a place the
    Arabic bridge finds beyond the border ("White Hill" is Tall Abyad, Syria). Where neither
    reading finds a place of Turkey, the name is read in its neighbours as elsewhere
    (``_literal_in_a_neighbour``: "Turkish dock workers in Cheerful City", Khorramabad)."""
    found = _literal_arabic(candidate, countries)
    if _TURKEY in countries and (found is None or found.country == _TURKEY):
        found = _turkish_literal(candidate) or found
        if found is not None:
            return found
    if found is None:
        found = _literal_in_a_neighbour(candidate, countries)
    return found


def _literal_in_a_neighbour(candidate: _Candidate, countries: set[str]) -> Garble | None:
    """A name of two or more English words no place of the article's countries reads, read
    through Arabic against their land neighbours (``land_borders.tsv``), kept only where its
    words are exactly the Arabic name of a city of 100,000+ there: copy about one side of a
    border names the city on the other ("Israel ordered residents of Inn of Jonah", Khan
    Yunis; "Iraqi veterans visited Pleasant City", Khorramshahr). Not where the copy names the
    name's own country ("X, in western Iran"); not one word: one English word names a
    neighbour's city by chance too often ("the Grey" is Ramadi, Iraq, in copy about Syria's
    Shahba); and "the X" only in a strong slot: elsewhere it is a landmark's English name more
    often ("Syrian officials visited the Holy City", "the Holy Shrine in Mashhad")."""
    from tqcheck.gazetteer.context import neighbours_of

    if candidate.hint is not None or candidate.slot == "none":
        return None
    if candidate.definite and candidate.slot not in ("strong", "country"):
        return None  # "visited the Holy City", "the Holy Shrine in Mashhad": a landmark's name
    words = [_POSSESSIVE.sub("", w) for w in re.split(r"[ -]", candidate.text.lower()) if w]
    if len([w for w in words if w not in _FUNCTION]) < 2:
        return None
    neighbours = (neighbours_of(countries) & ARABIC_SCRIPT_REGION) - countries
    if not neighbours:
        return None
    found = _literal_arabic(candidate, neighbours)
    if found is None:
        return None
    place = _index().get(found.geonameid)
    if place is None:
        return None
    if _keeps_a_name(candidate, neighbours, place):
        # "Iraqi troops shelled Father of Kamal" (Albu Kamal, Syria): a word kept is the
        # place's own word (as ``_keeps_names`` asks), evidence no chance translation gives
        return found if place.population >= NEIGHBOUR_KEPT_POPULATION else None
    if found.score < SCORE_ARABIC_EXACT or place.population < WELL_KNOWN_POPULATION:
        return None
    return found


# A reading across the border that keeps a word of the place's own name untranslated ("Sons of
# X") names a town of this size or more: the kept word is the evidence a city's size gives a
# reading translated whole.
NEIGHBOUR_KEPT_POPULATION = 10_000


def _keeps_a_name(candidate: _Candidate, countries: set[str], place: GeoPlace) -> bool:
    """Whether the literal reading of ``candidate`` keeps a name untranslated, no English word,
    which is spelled like a word of ``place``'s own name: the tables translate some of its
    words but not all (``_literal_options`` only with ``partial``)."""
    if _literal_options(candidate, countries=countries) is not None:
        return False
    options = _literal_options(candidate, partial=True, countries=countries)
    if options is None:
        return False
    kept = _kept_names(options)
    if not kept or any(is_english_word(name) for name in kept):
        return False
    return _keeps_names(tuple(option[0] for option in options), place.name)


def _literal_arabic(candidate: _Candidate, countries: set[str]) -> Garble | None:
    """:func:`_literal` through the Arabic-script word tables."""
    found = _literal_through(candidate, countries)
    if found is None and _lexicon_may_stand(candidate) and _lexicon_adds(candidate, countries):
        found = _literal_through(candidate, countries, lexicon=True)
    if found is None and candidate.slot in ("strong", "country") and _near_adds(candidate):
        # last of all, a word no table knows read as its near synonym ("Basement": "cellar"),
        # only where a strong slot says a place is meant, only to a place's Arabic name
        found = _literal_through(candidate, countries, near=True)
        if found is not None:
            found = replace(found, indirect=True)
    if found is None and candidate.slot in ("strong", "country") and _cogloss_adds(candidate):
        # ... and, after that, a word read through another sense the lexicon lists on one line
        # with a gloss of the tables ("Edifice": "structure;edifice", عمارة), on the same terms,
        # and only to a town: two dictionary steps reach some hamlet by chance
        found = _literal_through(candidate, countries, cogloss=True)
        place = None if found is None else _index().get(found.geonameid)
        if found is None or place is None or place.population < COGLOSS_POPULATION:
            found = None
        else:
            found = replace(found, indirect=True)
    return found


_TURKEY = "TR"
_TURKISH_SENSES = 8  # the Turkish words read for one English word, most places' first
# English glosses of the Turkish words Turkey's place names are made of (built by
# benchmarks/mine_turkish_words.py from the FreeDict English-Turkish dictionary): read by
# ``_turkish_literal`` only, not through Arabic.
TURKISH_TABLE = "toponym_words_turkish.csv"


@cache
def _turkish_words() -> dict[str, tuple[str, ...]]:
    """English headword -> the folded Turkish words of ``TURKISH_TABLE`` it glosses, those
    more places' names use first; kept as a pickle named after the table's bytes and this
    module (reading the CSV took 80 ms)."""
    import csv

    path = _gazetteer_dir() / TURKISH_TABLE
    if not path.is_file():
        return {}

    def build() -> dict[str, tuple[str, ...]]:
        found: dict[str, list[tuple[int, str]]] = {}
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(line for line in handle if not line.startswith("#")):
                entry = (-int(row["places"] or 0), fold(row["turkish"]))
                found.setdefault(row["english"].strip().lower(), []).append(entry)
        return {e: tuple(dict.fromkeys(w for _, w in sorted(v))) for e, v in found.items()}

    return cache_files.table("turkish-words", [path, __file__], build, dict)


@cache
def _turkish_names() -> frozenset[str]:
    """The folded primary names of the places of Turkey: a joined reading is looked up in the
    index only where it is one (a reading of three words tries a few hundred joins). Not their
    alternate names, most of them names a village had before it was renamed (Büyükkonak, now
    Nikfer): machine translation renders the name in use, and "Grand Hall" is no translation
    of Nikfer. Kept as a pickle named after the index (reading them from it took a quarter of
    a second)."""
    index = _index()
    if not index.path.is_file():
        return frozenset()

    def build() -> frozenset[str]:
        return frozenset(
            key
            for (key,) in index._query(
                "SELECT n.key FROM names n JOIN places p ON p.rowid = n.place "
                "WHERE p.country = ? AND n.kind = 'name' AND p.kind = 'place'",
                (_TURKEY,),
            )
        )

    stat = index.path.stat()
    facts = (str(index.path), stat.st_size, stat.st_mtime_ns)
    return cache_files.table("turkish-names", [__file__], build, frozenset, facts)


def _turkish_literal(candidate: _Candidate) -> Garble | None:
    """A name of two or three English words read back word for word into Turkish and joined
    as Turkish writes a compound ("Olive Cape": zeytin + burnu, Zeytinburnu; "Broken Castle":
    kırık + kale, Kırıkkale), in any order of its words ("Castle of the Opium": Afyonkale),
    exactly the name of a place of Turkey. One word may stand for itself, untranslated and no
    English word, beside translated ones ("Heroic Maras"). Turkish has no article: "the Old
    City" outside a strong slot is English, not Eskişehir; so are common words alone after
    "in" where nothing places them ("Shops in Old City reopened", as ``_only_team`` keeps the
    team table's eski, şehir out); and one English word is a word more often than a name."""
    after_the = candidate.definite or re.search(
        rf"\b[Tt]he {re.escape(candidate.text)}\b", candidate.around
    )
    if after_the and candidate.slot not in ("strong", "country"):
        return None  # ("definite" leaves out "the X" before a word: "in the White City jailed")
    raw = [_POSSESSIVE.sub("", w) for w in re.split(r"[ -]", candidate.text.lower()) if w]
    words = [w for w in raw if w not in _FUNCTION]
    table = _turkish_words()
    if len(words) == 1:
        words = _solid_compound(words[0], table)  # "Lakehead": göl + başı, Gölbaşı
    if not 2 <= len(words) <= 3:
        return None
    if not (candidate.slot in ("strong", "country") or candidate.located) and all(
        zipf(word) >= COMMON_LITERAL_ZIPF for word in words
    ):
        return None  # "Shops in Old City reopened": common words, a place only where placed
    options: list[list[tuple[str, str | None]]] = []
    for word in words:
        forms = table.get(word) or next(
            (table[base] for base in _base_forms(word) if base in table), ()
        )
        if forms:
            options.append([(word, form) for form in forms[:_TURKISH_SENSES]])
        elif is_english_word(word) or any(o[0][1] is None for o in options):
            return None  # an English word no entry reads, or a second word kept
        else:
            options.append([(word, None)])
    found: list[tuple[GeoPlace, str]] = []
    names = _turkish_names()
    for order in itertools.permutations(options):
        for choice in itertools.product(*order):
            key = "".join(turkish or fold(word) for word, turkish in choice)
            if key not in names:
                continue
            for place in _index().exact_key(key, False):
                if place.country != _TURKEY or place.kind != "place" or fold(place.name) != key:
                    continue  # a place whose old name this is (above)
                gloss = ", ".join(f'"{w}" = {t}' if t else f'"{w}" kept' for w, t in choice)
                found.append((place, gloss))
    if not found:
        return None
    # a place of the province the copy names first ("White Water, a district of Isparta"),
    # then the largest
    units = _named_units(candidate) if len(found) > 1 else frozenset()
    place, gloss = max(
        found, key=lambda hit: ((hit[0].country, hit[0].admin1) in units, hit[0].population)
    )
    name = _english_name(place, place.name)
    return _literal_garble(
        candidate,
        place,
        name,
        SCORE_ARABIC_EXACT,
        f"a literal translation of the Turkish name of {name}, Turkey ({gloss})",
    )


def _solid_compound(word: str, table: Mapping[str, tuple[str, ...]]) -> list[str]:
    """An English word written solid as Turkish writes its compound names ("Lakehead" for
    Gölbaşı, "lake" + "head"), as the two English words the Turkish table reads, split where
    both parts (three letters or more) are in it and the whole word is not; else the word.
    Only a word English text never uses: one it does is a name of its own ("Blackwater", the
    security firm, is no Karasu; "Newtown"), where MT's coinage is in no word list."""
    if word in table or zipf(word) > 0:
        return [word]
    for cut in range(3, len(word) - 2):
        if word[:cut] in table and word[cut:] in table:
            return [word[:cut], word[cut:]]
    return [word]


def _literal_garble(
    candidate: _Candidate, place: GeoPlace, name: str, score: float, evidence: str
) -> Garble:
    """``candidate`` as a literal translation of ``place``, suggested as ``name``."""
    return Garble(
        candidate.start,
        candidate.end,
        candidate.text,
        "literal",
        name,
        place.country,
        place.geonameid,
        score,
        evidence,
    )


# A name the copy gives beside a literal garble orients its reading only where it is a city of
# this size or a first-level unit ("a suburb of Ankara", "in Mugla province"): a village's name
# is as often a word or a person's name.
NAMED_UNIT_POPULATION = 50_000
# A run of words with nothing but single spaces between them ("a village near Beni Suef"): each
# phrase of one to three of its words that opens with a capital is looked up, wherever in the
# run it starts (cutting runs into fixed groups of three lost "Beni Suef" after "hills near").
_WORD_RUN = patterns.compile(r"(?<![\w'’])[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)*")


def _named_units(candidate: _Candidate) -> frozenset[tuple[str, str]]:
    """(country, GeoNames admin1) of the first-level units the candidate's sentence names
    beside it, by a unit's name or by a city's (the largest place of that name in a country,
    of ``NAMED_UNIT_POPULATION`` or more, or one a unit of that country is named after): where
    several places share a literal reading, the copy's "a district of Sanliurfa", "in Mugla
    province", "near Ankara" says which is meant."""
    sentence = candidate.around.replace(candidate.text, " ")
    return _units_in(sentence)


@lru_cache(maxsize=4096)
def _units_in(sentence: str) -> frozenset[tuple[str, str]]:
    """:func:`_named_units` of one sentence (read once, not per candidate and reading)."""
    found: set[tuple[str, str]] = set()
    for run in _WORD_RUN.finditer(sentence):
        words = run.group().split(" ")
        for first, word in enumerate(words):
            if not word[:1].isupper():
                continue
            for size in range(1, min(3, len(words) - first) + 1):
                key = fold(" ".join(words[first : first + size]))
                if len(key) >= 4:
                    found |= _unit_of_name(key)
    return frozenset(found)


@lru_cache(maxsize=4096)
def _unit_of_name(key: str) -> frozenset[tuple[str, str]]:
    """:func:`_units_in` for one folded name."""
    largest: dict[str, GeoPlace] = {}
    units: set[str] = set()
    for place in _index().exact_key(key, False):
        if place.kind == "subdivision" and fold(place.name) == key:
            units.add(place.country)
        elif place.kind == "place" and place.population > getattr(
            largest.get(place.country), "population", -1
        ):
            largest[place.country] = place
    return frozenset(
        (country, place.admin1)
        for country, place in largest.items()
        if place.population >= NAMED_UNIT_POPULATION or country in units
    )


def _in_named_units(
    scored: dict[int, tuple[float, str, str]], candidate: _Candidate
) -> dict[int, tuple[float, str, str]]:
    """Of the places the best score reads, those of a unit the sentence names
    (:func:`_named_units`: "the Good, a village near Ma'an"), where there are any; the
    size prior of ``_best`` would otherwise take the largest place of that name anywhere."""
    if len(scored) < 2:
        return scored
    units = _named_units(candidate)
    if not units:
        return scored
    top = max(value[0] for value in scored.values())
    places = _index()._places(sorted(scored))
    inside = {
        rowid: value
        for rowid, value in scored.items()
        if value[0] >= top and (places[rowid].country, places[rowid].admin1) in units
    }
    return inside or scored


def _near_adds(candidate: _Candidate) -> bool:
    """Whether some word of the candidate has a near-synonym pair (and so no other entry)."""
    table = toponym_words()
    words = [_POSSESSIVE.sub("", w) for w in re.split(r"[ -]", candidate.text.lower()) if w]
    return any(entries[0][1] == _NEAR for w in words if (entries := table.get(w)))


# English words the Buckwalter lexicon lists on one stem's line beside a gloss of the tables
# (built by benchmarks/mine_cogloss_words.py): "edifice" beside "structure" (بنيان), whose
# Arabic the tables give (عمارة). Read by ``_literal_arabic`` last of all, in a strong slot only,
# to a place's exact Arabic name, as the near-synonym table is.
COGLOSS_TABLE = "toponym_words_cogloss.csv"
# The smallest place a co-gloss reading names: "Tubes" (tubes;pipes) is no hamlet Barqan (1,833)
# where the town of Tubas sounds like it; "Purpose" no Hababah (population 0).
COGLOSS_POPULATION = 10_000


def _cogloss_glosses() -> Mapping[str, list[str]]:
    """English word -> its co-glosses (``COGLOSS_TABLE``) and, for a word the tables know, its
    WordNet synonyms (``NEAR_TABLE``'s rows, which the near reading passes over for it: a word
    no table knows is the near reading's already, ``_read_near``). Read when a co-gloss reading
    is first asked for, for the table it was read against (which tests may swap); whether the
    tables know a word is asked per word, when it is looked up (:class:`_CoGlosses`)."""
    table = _toponym_words_lexicon()
    if _COGLOSS_TABLE and _COGLOSS_TABLE[0] is table:
        return _COGLOSS_TABLE[1]
    rows: dict[str, dict[str, list[str]]] = {COGLOSS_TABLE: {}, NEAR_TABLE: {}}
    for name, found in rows.items():
        path = _gazetteer_dir() / name
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        # plain rows (english,gloss[,...]: words, no quoting) after the comments and header
        for line in itertools.islice((x for x in lines if not x.startswith("#")), 1, None):
            english, gloss = line.split(",")[:2]
            found.setdefault(english, []).append(gloss)
    glosses = _CoGlosses(table, rows[COGLOSS_TABLE], rows[NEAR_TABLE])
    _COGLOSS_TABLE[:] = [table, glosses, {}]
    return glosses


class _CoGlosses(Mapping[str, list[str]]):
    """English word -> its co-glosses, then its WordNet synonyms where the tables know the word
    or a form of it (``_entries``): asking that of the near table's 3,000 words when the table
    was read took 40 ms of a garble-dense article's cold check, for the few words a check
    looks up."""

    def __init__(
        self,
        table: dict[str, list[tuple[str, tuple[str, ...]]]],
        cogloss: dict[str, list[str]],
        near: dict[str, list[str]],
    ) -> None:
        self._table, self._cogloss, self._near = table, cogloss, near

    def __getitem__(self, english: str) -> list[str]:
        found = list(self._cogloss.get(english, ()))
        near = self._near.get(english)
        if near and (english in self._table or _entries(self._table, english)):
            found += near
        if not found:
            raise KeyError(english)
        return found

    def __iter__(self) -> Iterator[str]:
        return (english for english in {**self._cogloss, **self._near} if english in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


# [the lexicon table read against, english -> co-glosses, english -> co-gloss entries made]
_COGLOSS_TABLE: list[Any] = []


def _cogloss_entries(english: str) -> list[tuple[str, tuple[str, ...]]]:
    """The Arabic the tables give the co-glosses of ``english`` and not ``english`` itself,
    marked ``_NEAR`` (read only as a place's exact Arabic name); calendar pairs aside. Made
    per word when first asked (11,000 rows: building all of them was a tenth of a second)."""
    glosses = _cogloss_glosses()
    table, made = _COGLOSS_TABLE[0], _COGLOSS_TABLE[2]
    if english in made:
        return made[english]
    own = {arabic_key(a) for a, _ in table.get(english, ())}
    entries: list[tuple[str, tuple[str, ...]]] = []
    for gloss in glosses.get(english, ()):
        for arabic, latin in table.get(gloss, ()):
            key = arabic_key(arabic)
            if _is_calendar(latin) or key in own or any(key == e for e, _ in entries):
                continue
            entries.append((key, _NEAR))
    made[english] = entries
    return entries


def _word_forms(word: str) -> list[str]:
    """The keys ``_entries`` may look ``word`` up by: itself, its base and plural forms, its
    feminine in -ess and its American spelling's."""
    forms = [word, *_base_forms(word), *_plural_forms(word), word + "ess"]
    if (american := _american(word)) != word:
        forms += _word_forms(american)
    return forms


def _toponym_words_cogloss(words: Iterable[str]) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The lexicon reading's table with the co-gloss pairs of ``words`` (each form of them)
    after their own entries."""
    table = _toponym_words_lexicon()
    merged = dict(table)
    for word in words:
        for form in _word_forms(word):
            if entries := _cogloss_entries(form):
                merged[form] = _union(table.get(form, []), entries)
    return merged


def _cogloss_adds(candidate: _Candidate) -> bool:
    """Whether some word of the candidate (or a form of it) has a co-gloss pair."""
    words = [_POSSESSIVE.sub("", w) for w in re.split(r"[ -]", candidate.text.lower()) if w]
    return any(
        _cogloss_entries(form) for w in words if w not in _FUNCTION for form in _word_forms(w)
    )


def _lexicon_adds(candidate: _Candidate, countries: set[str]) -> bool:
    """Whether the lexicon table gives the candidate's words other entries than the tables read
    first (whole or with one word kept): where it gives none, reading the name again with it
    would find what the first reading found (cold start: that second reading was a third of
    the literal bridge's time on a garble-dense article)."""
    for partial in (False, True):
        if partial and candidate.slot == "none":
            break
        first = _literal_options(candidate, partial=partial, countries=countries)
        full = _literal_options(candidate, partial=partial, countries=countries, lexicon=True)
        if first != full:
            return True
    return False


def _lexicon_may_stand(candidate: _Candidate) -> bool:
    """The lexicon's senses count in a strong slot ("the town of X", "X, in the Sharqiyah
    region") or in a name of two or more words another table translates a word of ("Dust
    Hill"): after "in", "near" one English word read through some sense of some noun is an
    English word more often ("the talks ended in Tears" is no Al Abr, عبر)."""
    if candidate.slot in ("strong", "country") or candidate.located:
        return True
    words = [_POSSESSIVE.sub("", w) for w in re.split(r"[ -]", candidate.text.lower()) if w]
    words = [w for w in words if w not in _FUNCTION]
    table = _toponym_words_first()
    return len(words) > 1 and any(_entries(table, w) for w in words)


def _literal_through(
    candidate: _Candidate,
    countries: set[str],
    lexicon: bool = False,
    near: bool = False,
    cogloss: bool = False,
) -> Garble | None:
    partial = False
    options = _literal_options(
        candidate, countries=countries, lexicon=lexicon, near=near, cogloss=cogloss
    )
    if options is None and candidate.slot != "none" and not (near or cogloss):
        options = _literal_options(candidate, partial=True, countries=countries, lexicon=lexicon)
        partial = options is not None
        if partial and any(is_english_word(name) for name in _kept_names(options)):
            return None  # "Port of Spain"-like: an English word kept, not a name
    if options is None or _as_written(options):
        return None
    single = len(re.findall(r"[^\W\d_]+", candidate.text)) == 1
    weak_single = single and candidate.slot not in ("strong", "country")
    if weak_single and zipf(candidate.text) >= COMMON_LITERAL_ZIPF:
        return None  # a common English word after "in", "to": a place only where a slot says so
    if weak_single and _is_generic(candidate.text):
        return None  # "prayed in the Mosque", "clashes in the Square": the feature itself
    weak_team = candidate.slot not in ("strong", "country") and not (
        single and zipf(candidate.text) < RARE_TEAM_ZIPF
    )
    scored: dict[int, tuple[float, str, str]] = {}
    ranks: dict[int, int] = {}  # rowid -> how far down the tables' senses its reading lies
    orders = list(itertools.permutations(options)) if len(options) <= 3 else [options]
    # each country's table read once, not in the loop (100,000 lookups on a garble-dense article)
    tables = [_country_arabic(c).by_key for c in sorted(countries & ARABIC_SCRIPT_REGION)]
    # ... and the keys any of them has: a form none has is passed over at once
    known = _arabic_keys(frozenset(countries & ARABIC_SCRIPT_REGION))
    for order in () if partial else orders:  # a partial reading has no Arabic name to look up
        for choice in itertools.product(*order):
            if weak_team and _only_team(choice):
                continue  # "the Old City": team words alone name a place only in a strong slot
            gloss = ", ".join(f'"{w}" = {a}' if a else f'"{w}" kept' for w, a, _ in choice)
            rank = sum(option.index(entry) for option, entry in zip(order, choice, strict=True))
            for articles in itertools.product((False, True), repeat=len(choice)):
                arabic = " ".join(
                    ("ال" if art else "") + (a or "")
                    for (_, a, _), art in zip(choice, articles, strict=True)
                )
                forms = [  # once, not per country
                    form
                    for spelled in _shared_letter_once(arabic, any(articles))
                    for form in _taa_marbuta_forms(arabic_key(spelled))
                    if form[0] in known
                ]
                for by_key in tables if forms else ():
                    for key, score in forms:
                        for rowid, spelling in by_key.get(key, ()):
                            if rowid not in scored or scored[rowid][0] < score:
                                scored[rowid] = (score, spelling, gloss)
                            ranks[rowid] = min(ranks.get(rowid, rank), rank)
    if not scored:
        located = candidate.slot in ("strong", "country") or candidate.locative
        for order in orders:
            for choice in itertools.product(*order):
                gloss = ", ".join(f'"{w}" = {a}' if a else f'"{w}" kept' for w, a, _ in choice)
                if any(latin in _EXACT_ONLY for _, _, latin in choice):
                    continue
                if not located and any(_is_calendar(latin) for _, _, latin in choice):
                    continue  # a weekday by its romanisations ("Wednesday" is Larbaa) only
                    # where the copy puts a place: "at the Saturday Market" is a market
                romanised = (_romanisations(latin)[:3] for _, _, latin in choice)
                for latin in itertools.product(*romanised):
                    for articles in itertools.product(("", "al "), repeat=len(latin)):
                        if articles[0]:
                            continue
                        spelled = " ".join(a + w for a, w in zip(articles, latin, strict=True))
                        for rowid, spelling, _place in _rows_in(spelled, countries, 200, False):
                            score = JaroWinkler.similarity(_bare(spelled), _bare(spelling))
                            if score < MIN_LITERAL_LATIN:
                                continue
                            if not _keeps_names(choice, spelling):
                                continue  # "Tomb of Heydar" is no Dar Mazar: "heydar" is lost
                            if rowid not in scored or scored[rowid][0] < score:
                                scored[rowid] = (round(score, 3), spelling, gloss)
    if partial and not scored:
        scored = _literal_kept(options, countries)
    if partial and not scored:
        scored = _kept_beside(options, countries)
    if weak_single:
        # After "in", "to" a single word needs its exact Arabic name: no romanisation guesses.
        scored = {k: v for k, v in scored.items() if v[0] >= SCORE_ARABIC_EXACT}
        if not scored:
            return None
    translated = sum(1 for option in options if option[0][1] is not None)
    if not scored and candidate.slot != "none" and translated >= 1:
        # Consonant classes are weak evidence: only in a place slot, and for several translated
        # words only word for word (``_word_by_word``). "the Eyebrow": MT's article stands for
        # the name's, and counts as a class (El Hajeb)
        article = candidate.definite and candidate.slot in ("strong", "country")
        if " of " in f" {candidate.text.lower()} ":
            # "Head of the Stranger" is رأس غريب: an idafa keeps the English order, and read by
            # consonant classes another order finds another place (بيت سحر, not سحر بيت); so
            # does one with a name kept ("Sons of X" is بني X, no X بني)
            orders = [tuple(options)]
        scored = _literal_by_skeleton(orders, countries, article, weak_team)
    best = _best(_first_sense(_in_named_units(scored, candidate), ranks), None)
    if best is None:
        return None
    place, score, spelling, gloss = best
    if near or cogloss:
        score = round(score - NEAR_PENALTY, 3)
    name = _english_name(place, spelling)
    return _literal_garble(
        candidate,
        place,
        name,
        score,
        (
            f"a literal translation of the Arabic name {spelling} of {name}, "
            f"{_country_name(place.country)} ({gloss})"
            if is_arabic(spelling)
            # read back by consonant classes to a Latin name (no Arabic name in GeoNames)
            else f"a literal translation of {name}, {_country_name(place.country)}: "
            f"{spelling} read as Arabic words ({gloss})"
        ),
    )


def _kept_names(options: list[list[tuple[str, str | None, tuple[str, ...]]]]) -> list[str]:
    """The names a partial reading keeps untranslated, a run of kept words as one name: a
    person's name of two words is English as a whole only where each of its words is ("Sir Bou
    Said" keeps a name although "said" is English; "Village of the Old Man" keeps English
    words), and "ben", "bel", "ba" alone are frequent tokens of English text (Zipf 3.4-4.7)."""
    names: list[str] = []
    run: list[str] = []
    for option in options:
        word, arabic, _latin = option[0]
        if arabic is None:
            run.append(word)
        elif run:
            names.append(" ".join(run))
            run = []
    if run:
        names.append(" ".join(run))
    return names


# A name kept beside a translated word is a place's specific name only where few of the
# region's places bear it: one a dozen places bear is a generic ("tepe" hill, "darreh" valley).
KEPT_BESIDE_BEARERS = 3


def _kept_beside(
    options: list[list[tuple[str, str | None, tuple[str, ...]]]], countries: set[str]
) -> dict[int, tuple[float, str, str]]:
    """A mixed name whose translated word the tables read otherwise than the place's name has
    it (a word of another language: Turkmen, Pashto, Sudanese Arabic): the largest town of
    ``countries`` of 10,000 or more whose Latin name has as many words, the kept name spelled
    like its words in the same places, and its other words no spelling of the English ones
    ("Salt Lake"). Not where the kept name is itself a town's name ("West Islamabad" keeps a
    city), nor where the English word is a romanisation of its Arabic ("Saddar Bazaar": بازار,
    a market's own name)."""
    names = _kept_names(options)
    if len(names) != 1 or any(
        place.population >= NEIGHBOUR_KEPT_POPULATION for place in _index().exact(names[0])
    ):
        return {}
    if any(_as_written([option]) for option in options if option[0][1] is not None):
        return {}
    words = [fold(option[0][0]) for option in options]
    kept = [option[0][1] is None for option in options]
    rows = _index().word_rows(" ".join(words), 50)
    places = _index()._places(sorted({rowid for rowid, _ in rows})) if rows else {}
    kept_words = [word for word, keep in zip(words, kept, strict=True) if keep]
    bearers: set[str] = set()  # the region's places with the kept name in theirs
    for rowid, spelling in rows:
        parts = [p for p in re.split(r"[\s'’‘-]+", fold_keep_spaces(spelling)) if p]
        if places[rowid].country in ARABIC_SCRIPT_REGION and all(
            max(JaroWinkler.similarity(w, part) for part in parts) >= MIN_LITERAL_LATIN
            for w in kept_words
        ):
            bearers.add(places[rowid].geonameid)
    if len(bearers) > KEPT_BESIDE_BEARERS:
        return {}  # a generic kept ("Black Tepe"): tepe "hill" names many places
    best: tuple[int, int, str] | None = None
    for rowid, spelling in rows:
        place = places[rowid]
        if place.country not in countries or place.kind != "place":
            continue
        if place.population < NEIGHBOUR_KEPT_POPULATION:
            continue
        parts = [p for p in re.split(r"[\s'’‘-]+", fold_keep_spaces(spelling)) if p]
        if len(parts) != len(words):
            continue
        similar = [
            JaroWinkler.similarity(word, part) >= MIN_LITERAL_LATIN
            for word, part in zip(words, parts, strict=True)
        ]
        if similar != kept:
            continue  # each kept word in its place, each translated one another word
        if best is None or place.population > best[1]:
            best = (rowid, place.population, spelling)
    if best is None:
        return {}
    gloss = ", ".join(
        f'"{word}" kept' if keep else f'"{word}" translated'
        for word, keep in zip(words, kept, strict=True)
    )
    return {best[0]: (SCORE_LITERAL_SKELETON, best[2], gloss)}


def _keeps_names(
    choice: tuple[tuple[str, str | None, tuple[str, ...]], ...], spelling: str
) -> bool:
    """Each word a reading keeps untranslated (a person's or a place's own name: "Tomb of
    Heydar", "Saleh's Castle") is spelled like some word of the place's Latin name, as
    ``_literal_kept`` asks: read by similarity of the whole, the kept name may fall across the
    place's words ("heydar mazar" is close to Dar Mazar) and the reading then names a place
    that lacks it."""
    kept = [fold(word) for word, arabic, _latin in choice if arabic is None]
    if not kept:
        return True
    parts = [p for p in re.split(r"[\s'’‘-]+", fold_keep_spaces(spelling)) if p]
    return all(
        max((JaroWinkler.similarity(word, part) for part in parts), default=0.0)
        >= MIN_LITERAL_LATIN
        for word in kept
    )


def _as_written(options: list[list[tuple[str, str | None, tuple[str, ...]]]]) -> bool:
    """Every word the tables translate is English for an Arabic word of it only as that word's
    romanisation ("sheikh" for شيخ, "wadi" for وادي): the name is romanised, not translated
    ("Sheikh Zuweid" is Ash Shaykh Zuwayd as wire copy spells it)."""
    return all(
        option[0][1] is None
        or any(fold(word) in {fold(form) for form in latin} for word, _a, latin in option)
        for option in options
    )


def _first_sense(
    scored: dict[int, tuple[float, str, str]], ranks: dict[int, int]
) -> dict[int, tuple[float, str, str]]:
    """Of the places that tie for the best score (with the size prior of ``_best``), those read
    through the senses the word tables list first: the hand and team tables before the
    dictionary's long lists ("Fresh" is Persian تازه, Taza, before جديدة "new", El Jadida)."""
    if len(scored) < 2 or not ranks:
        return scored
    places = _index()._places(sorted(scored))

    def value(rowid: int) -> float:
        return round(scored[rowid][0] + _size_bonus(places[rowid].population), 2)

    top = max(value(rowid) for rowid in scored)
    tied = [rowid for rowid in scored if value(rowid) == top]
    first = min(ranks.get(rowid, 10**6) for rowid in tied)
    return {r: scored[r] for r in tied if ranks.get(r, 10**6) == first}


def _shared_letter_once(arabic: str, article: bool) -> list[str]:
    """An Arabic phrase of several words and, without the Arabic article, the same words with a
    letter that ends one word and begins the next written once, as Persian writes a compound
    name solid (سرد دشت "Cold Plain": سردشت, Sardasht; ``arabic_key`` already drops the
    spaces, so the compound written solid is the phrase's own key)."""
    words = arabic.split()
    if article or len(words) < 2:
        return [arabic]
    merged = words[0] + "".join(
        w[1:] if p[-1:] == w[:1] else w for p, w in itertools.pairwise(words)
    )
    return [arabic] + ([merged] if merged != "".join(words) else [])


def _taa_marbuta_forms(key: str) -> list[tuple[str, float]]:
    """An Arabic phrase (``arabic_key``) and, a little less likely, its last word with a final
    taa marbuta added or removed: a place is often named by the singulative or the collective
    of the dictionary's word (عناب "jujube" -> عنابة Annaba)."""
    forms = [(key, SCORE_ARABIC_EXACT)]
    if key.endswith("ه") and len(key) > 3:
        forms.append((key[:-1], SCORE_ARABIC_TAA))
        if key.startswith("ال") and " " not in key and len(key) >= 6:
            # the nisba drops the noun's taa marbuta (مطرة "rain": المطرية)
            forms.append((key[:-1] + "يه", SCORE_ARABIC_NISBA))
    elif len(key) >= 3:
        forms.append((key + "ه", SCORE_ARABIC_TAA))
        if key.startswith("ال") and not key.endswith("ي") and " " not in key and len(key) >= 5:
            # "the Praised": محمود, the place المحمودية, the word's feminine nisba
            forms.append((key + "يه", SCORE_ARABIC_NISBA))
    return forms


def _literal_kept(
    options: list[list[tuple[str, str | None, tuple[str, ...]]]], countries: set[str]
) -> dict[int, tuple[float, str, str]]:
    """One word translated, one kept ("Market of Ahras", "Spring of Temouchent"): the places of
    the article's countries whose Arabic name is the translated word (with or without the
    article) beside one other word, and whose Latin name has a word spelled like the kept one."""
    kept = [option[0][0] for option in options if option[0][1] is None]
    translated = [option for option in options if option[0][1] is not None]
    if len(kept) != 1 or not translated:
        return {}
    word = fold(kept[0])
    wanted: list[tuple[set[str], str]] = []
    for option in translated:
        keys = set()
        for _, arabic, _ in option[:6]:
            if arabic:
                keys |= {arabic_key(arabic), arabic_key("ال" + arabic)}
        wanted.append((keys, option[0][0]))
    found: dict[int, str] = {}
    for country in countries & ARABIC_SCRIPT_REGION:
        for rowid, spelling, tokens in _arabic_words(country, len(options)):
            left = list(tokens)
            for keys, _ in wanted:
                hit = next((t for t in left if t in keys), None)
                if hit is None:
                    break
                left.remove(hit)
            else:
                found.setdefault(rowid, spelling)
    if not found:
        return {}
    places = _index()._places(sorted(found))
    scored: dict[int, tuple[float, str, str]] = {}
    gloss = ", ".join(
        f'"{english}" = {option[0][1]}' for option in translated for english in [option[0][0]]
    )
    for rowid, spelling in found.items():
        parts = [p for p in re.split(r"[\s'’‘-]+", fold_keep_spaces(places[rowid].name)) if p]
        similarity = max((JaroWinkler.similarity(word, p) for p in parts), default=0.0)
        if similarity >= MIN_LITERAL_LATIN:
            scored[rowid] = (SCORE_LITERAL_SKELETON, spelling, f'{gloss}, "{kept[0]}" kept')
    return scored


@cache
def _arabic_words(country: str, count: int) -> list[tuple[int, str, tuple[str, ...]]]:
    """(rowid, spelling, the key of each word) of the Arabic names of ``count`` words of
    :func:`_country_arabic`'s table, in its order: the words of every name were split and keyed
    again for each name with a word kept (:func:`_literal_kept`)."""
    found: list[tuple[int, str, tuple[str, ...]]] = []
    for entries in _country_arabic(country).by_key.values():
        for rowid, spelling in entries:
            words = spelling.split()
            if len(words) == count:
                found.append((rowid, spelling, tuple(arabic_key(t) for t in words)))
    return found


# The Urdu and Pashto letters the team table's words are written with (منڈی "market",
# کوٹ "fort", ګودر "ferry"), as the Arabic letters of their sound: read by consonant classes,
# which know the Arabic and Persian letters only, they would lose a consonant (منڈی was MN,
# not MND: no match for Mandi Bahauddin). Unicode's letter names (ARABIC LETTER DDAL, TTEH,
# RREH, NOON GHUNNA, ...; Pashto DAL WITH RING, TEH WITH RING, ...).
_URDU_PASHTO = str.maketrans(
    {
        "ڈ": "د",
        "ٹ": "ت",
        "ڑ": "ر",
        "ں": "ن",
        "ھ": "ه",
        "ہ": "ه",
        "ۃ": "ه",
        "ے": "ي",
        "ۓ": "ي",
        "ډ": "د",
        "ټ": "ت",
        "ړ": "ر",
        "ګ": "ك",
        "ښ": "ش",
        "ږ": "ز",
        "ځ": "ز",
        "څ": "س",
        "ڼ": "ن",
        "ې": "ي",
        "ۍ": "ي",
        "ئ": "ي",
    }
)


def _literal_by_skeleton(
    orders: list[tuple[list[tuple[str, str | None, tuple[str, ...]]], ...]],
    countries: set[str],
    article: bool = False,
    weak_team: bool = False,
) -> dict[int, tuple[float, str, str]]:
    """The words back in Arabic, read in consonant classes, against the Latin names of the
    article's countries: for places the index holds without an Arabic name (رمادي -> Ramadi).
    Only skeletons of three classes or more, and of three only for a town of
    ``LITERAL_SKELETON_POPULATION`` or more: shorter ones coincide too often (a name of several
    words with three classes, read word for word, is such a town too: أبو سعادة "Father of
    Happiness" is Bou Saâda, whose Latin name drops the ain). With ``article`` (one word, "the
    X" in a strong slot) a word of two classes counts with the Arabic article written in the
    name (حاجب -> El Hajeb), not a team pair's (its words are the commonest of place names:
    two classes of one of them name some town of the Maghreb by chance, whose Latin names drop
    h and ain); with ``weak_team`` (no strong slot) a reading through the team table's words
    alone does not."""
    scored: dict[int, tuple[float, str, str]] = {}
    # (classes, whether the first is the article's L) -> the reading's gloss and word classes:
    # a name whose own first class is L (اولاد, LD) is no reading with the article
    keys: dict[tuple[str, bool], tuple[str, tuple[frozenset[str], ...]]] = {}
    for order in orders:
        for choice in itertools.product(*order):
            gloss = ", ".join(f'"{w}" = {a}' if a else f'"{w}" kept' for w, a, _ in choice)
            if any(latin in _EXACT_ONLY or _is_calendar(latin) for _, _, latin in choice):
                continue  # a form made by rule counts only as an exact Arabic name
            if weak_team and _only_team(choice):
                continue  # "shops in Old City": team words alone, only in a strong slot
            parts = [
                sorted(arabic_skeletons(a.translate(_URDU_PASHTO)) if a else skeletons(latin[0]))
                for _, a, latin in choice
            ]
            words = tuple(frozenset(part) for part in parts)
            for combo in itertools.product(*parts):
                key = _merged(combo)
                if len(key) >= 3:
                    keys.setdefault((key, False), (gloss, words))
                    keys.setdefault(("L" + key, True), (gloss, words))
                elif article and len(choice) == 1 and len(key) == 2 and not _only_team(choice):
                    keys.setdefault(("L" + key, True), (gloss, words))
            if len(keys) > 60:
                break
    for (key, with_article), (gloss, words) in keys.items():
        for rowid, spelling, place in _rows_in(key, countries, 50, False):
            if with_article and _bare(spelling) == fold(spelling):
                continue  # the article read into a name that has none
            if len(key) - with_article < 4 and place.population < LITERAL_SKELETON_POPULATION:
                continue  # three consonant classes name some village in every country
            if len(words) > 1 and not _word_by_word(spelling, words, place):
                continue
            if rowid not in scored:
                scored[rowid] = (SCORE_LITERAL_SKELETON, spelling, gloss)
    return scored


def _word_by_word(spelling: str, words: tuple[frozenset[str], ...], place: GeoPlace) -> bool:
    """A name of several words read back by consonant classes is the place's own name or a
    respelling of it, word for word: each of its words (the Arabic article aside) has the
    classes of the phrase's word in its place ("Ain Karma": عين, كرمة). A run of syllables that
    merely shares the classes ("su ge ai he la si"), or one word that does ("on the Red List" is
    no Margham), is no reading of the phrase."""
    if spelling != place.name and not _form_of_own_name(spelling, place):
        return False
    parts = _words(spelling)
    if len(parts) != len(words):
        return False
    return all(skeletons(part) & keys for part, keys in zip(parts, words, strict=True))


_ARTICLE = patterns.compile(r"^(?:a[lnrstdz]|el|ad|ash|ath|adh|as|at|ar|an|az|ed|er|es|et|en|ez)$")


@lru_cache(maxsize=65536)  # asked for the same spellings of the index for each candidate
def _bare(name: str) -> str:
    """Folded name without the Arabic article words ("Dayr al Balah" -> "dayrbalah")."""
    parts = [p for p in re.split(r"[\s'’‘-]+", fold_keep_spaces(name)) if p]
    return "".join(p for p in parts if not _ARTICLE.match(p)) or fold(name)


def fold_keep_spaces(name: str) -> str:
    return " ".join(fold(part) for part in re.split(r"[\s-]+", name))


def _same_name(written: str, spelling: str, country: str = "") -> bool:
    """Two romanisations of one name that differ only in the article, a final h or apostrophes
    ("Jufra", "Al Jufrah"): a variant, not a garble. The final h is a taa marbuta or a final
    he of Arabic script, which romanisations write or drop: not for a place of ``country``
    whose names are written at home in Latin or Cyrillic letters (``vowels_written``: Gebze
    has one spelling, "Gebzeh" is no variant of it)."""
    from tqcheck.gazetteer.through_arabic import vowels_written

    a, b = list(_words(written)), list(_words(spelling))
    if a and b and country not in vowels_written():
        a[-1], b[-1] = a[-1].removesuffix("h"), b[-1].removesuffix("h")
    return a == b


def _one_short_vowel_apart(written: str, spelling: str) -> bool:
    """One vowel letter swapped a/e, the rest the same: two readings of an unwritten Arabic
    short vowel (fatha), which sources spell either way ("Samnan", "Semnan"). An e/i swap is
    not: sources that write e for kasra write it throughout ("Shymkint" is a garble)."""
    from rapidfuzz.distance import Levenshtein

    a, b = _bare(written), _bare(spelling)
    ops = Levenshtein.editops(a, b)
    if len(ops) != 1 or ops[0].tag != "replace":
        return False
    pair = {a[ops[0].src_pos], b[ops[0].dest_pos]}
    return pair == {"a", "e"}


# Conventions of romanising Arabic that spell one name two ways: French ou for u, the
# diphthongs ay/ai/ei/ey and aw/au/ow, French gu before e or i.
_CONVENTIONS = (
    (patterns.compile(r"ou"), "u"),
    (patterns.compile(r"a[iy]|e[iy]"), "ay"),
    (patterns.compile(r"a[uw]|ow"), "aw"),
    (patterns.compile(r"gu(?=[ei])"), "g"),
)
_DOUBLED = patterns.compile(r"([b-df-hj-np-tv-z])\1")
# An ain or hamza before a vowel after a consonant ("Rif’at", "Sa’id"), which English copy writes
# as the vowel doubled ("Rifaat", "Saaid"): the mark becomes the vowel.
_AIN_BEFORE_VOWEL = patterns.compile(r"(?<=[b-df-hj-np-tv-z])['’ʿʾ‘`]([aeiou])")


def _romanisation_key(name: str, shadda: bool = False, ain: bool = False) -> str:
    """The name's words (``_words``) with the conventions of ``_CONVENTIONS`` made one; with
    ``shadda``, a doubled consonant written once (a spelling that doubles one the place's name
    writes once, "Ghadamess", is no convention); with ``ain``, an ain before a vowel written as
    the vowel doubled (``_AIN_BEFORE_VOWEL``: "Rifaat" for Rif’at)."""
    if ain:
        name = _AIN_BEFORE_VOWEL.sub(r"\1\1", name)
    key = " ".join(_words(name))
    for pattern, replacement in _CONVENTIONS:
        key = pattern.sub(replacement, key)
    return _DOUBLED.sub(r"\1", key) if shadda else key


def _romanised_alike(
    written: str, country: str, names: Iterable[str], spellings: Iterable[str] = ()
) -> bool:
    """``written`` spells one of ``names`` under other conventions of romanising Arabic ("Marsa
    Matrouh" for Marsa Matruh, "Ain al-Arab" for 'Ayn al 'Arab, "Maarat al-Numan" for Ma'arrat
    an Nu'man, the shadda of the place's name written once), at most with an unwritten short
    vowel read a or e ("Tel Abyad", Tall Abyad) where that is no garble
    (``vowel_swap_is_garble``, given the place's recorded ``spellings``): a spelling wire copy
    uses, not MT's. Only for a place whose name is written at home in Arabic script: a Turkish
    or Central Asian name has one Latin spelling ("Istanboul" is French for Istanbul)."""
    from tqcheck.gazetteer.through_arabic import vowels_written

    if country in vowels_written():
        return False
    key = _romanisation_key(written)
    for name in names:
        other = _romanisation_key(name, shadda=True)
        if key in (other, _romanisation_key(name), _romanisation_key(name, True, ain=True)):
            # the shadda written once, or doubled as the place's name doubles it ("Salloum"
            # for As Sallum, "Umm Qais" for Umm Qays); an ain as a doubled vowel ("Tal Rifaat")
            return True
        if _one_short_vowel_apart(key, other) and not vowel_swap_is_garble(
            country, written, name, _english_names(), spellings
        ):
            return True
    return False


def _query_skeletons(text: str, drop: bool = True) -> dict[str, bool]:
    """Skeletons of ``text`` (True) and their near variants (False): one confusable class
    swapped (b/p, f/v, t/d, s/z) and, with ``drop``, one class dropped."""
    found: dict[str, bool] = {}
    for key in skeletons(text):
        if len(key) < _MIN_SKELETON:
            continue
        found[key] = True
        for i, char in enumerate(key):
            # Not the last class: a name longer at its end is a suffixed name ("Ambarli",
            # "with Ambar" in Turkish), not a respelling.
            if drop and len(key) >= 4 and i < len(key) - 1:
                found.setdefault(key[:i] + key[i + 1 :], False)
            if char in _CONFUSABLE:
                found.setdefault(key[:i] + _CONFUSABLE[char] + key[i + 1 :], False)
    return found


def _resolved(text: str, countries: set[str]) -> dict[int, tuple[float, str, str]]:
    """The index's calibrated resolver (transliteration keys, one-edit neighbours, romanised
    native-script names), restricted to the article's countries: for respellings the skeleton
    classes miss ("Zakhou" for Zakho). Its confidence assumes the name is a place, so the
    spelling must also be close in Latin script."""
    region = countries & ARABIC_SCRIPT_REGION
    if not region:
        return {}
    found = _index().resolve(text, countries=region)
    if not found:
        return {}
    confidence, place, spelling = found[0]
    if confidence < MIN_RESOLVE_CONFIDENCE or not spelling.isascii():
        return {}
    similarity = JaroWinkler.similarity(fold(text), fold(spelling))
    rowid = _rowid(place)
    if similarity < MIN_TRANSLITERATION or rowid is None:
        return {}
    return {rowid: (round(min(confidence, similarity), 3), spelling, f"it reads like {spelling}")}


def _short_name_matches(
    text: str, countries: set[str], weak: bool = False
) -> dict[int, tuple[float, str, str]]:
    """Names of two consonant classes ("Homes" for Homs, "Jeanine" for Jenin, "Zakhou"): too
    short for the skeleton index, so compared with the towns of the article's countries only
    (20,000 people or more), by skeleton and by spelling. With ``weak`` (after "in", "near"),
    only a spelling as close as :data:`MIN_UNSLOTTED` counts ("Asiout" for Assiut)."""
    keys = {k for k in skeletons(text) if len(k) == 2}
    keys |= {
        k[:i] + _CONFUSABLE[c] + k[i + 1 :]
        for k in list(keys)
        for i, c in enumerate(k)
        if c in _CONFUSABLE
    }
    folded, bare = fold(text), _bare(text)
    scored: dict[int, tuple[float, str, str]] = {}
    table = _short_names()
    for key in keys:
        for rowid, name, country in table.get(key, ()):
            if country not in countries:
                continue
            score = max(
                JaroWinkler.similarity(folded, fold(name)),
                JaroWinkler.similarity(bare, _bare(name)),
            )
            if same_reading(text, name):  # one spelling in Arabic script ("Ghuychay", Göyçay)
                score = max(score, MIN_UNSLOTTED)
            if weak and score >= MIN_UNSLOTTED:
                scored[rowid] = (MIN_UNSLOTTED, name, f"consonants {key}")
            elif not weak and score >= MIN_SHORT_NAME:
                scored[rowid] = (round(min(score, SCORE_SHORT_NAME), 3), name, f"consonants {key}")
    if not scored and not weak:
        scored = _short_name_near(folded, keys, countries)
    return scored


def _short_name_near(
    folded: str, keys: set[str], countries: set[str]
) -> dict[int, tuple[float, str, str]]:
    """A two-class name whose last consonant class is off ("Rice", RK, for Rize, RZ: an English
    c read soft): a city of 100,000 or more of the article's countries, spelled as close as
    :data:`SCORE_SHORT_NAME`."""
    table = _short_names()
    found: dict[int, tuple[str, str]] = {}
    for key in keys:
        for other in table:
            if other[0] == key[0] and other != key and other not in keys:
                for rowid, name, country in table[other]:
                    if (
                        country in countries
                        and JaroWinkler.similarity(folded, fold(name)) >= SCORE_SHORT_NAME
                    ):
                        found[rowid] = (name, other)
    if not found:
        return {}
    places = _index()._places(sorted(found))
    return {
        rowid: (SCORE_NEAR_SKELETON, name, f"consonants {key}")
        for rowid, (name, key) in found.items()
        if places[rowid].population >= WELL_KNOWN_POPULATION
    }


@cache
def _short_names() -> dict[str, list[tuple[int, str, str]]]:
    """Two-class skeleton -> (rowid, name, country) of the region's towns of 20,000 or more,
    from the per-machine cache next to the index (built on first use, in about a second)."""
    if not _index().path.is_file():
        return {}
    path = _arabic_cache_dir() / "short-names.pickle"
    cached = cache_files.load(path)
    if cached is not None:
        return cached
    codes = sorted(ARABIC_SCRIPT_REGION)
    table: dict[str, list[tuple[int, str, str]]] = {}
    for rowid, name, country in _index()._query(
        "SELECT rowid, name, country FROM places WHERE kind = 'place' AND population >= ? "
        f"AND country IN ({','.join('?' * len(codes))})",
        (SHORT_NAME_POPULATION, *codes),
    ):
        for key in skeletons(name) | skeletons(_bare(name)):
            if len(key) == 2:
                table.setdefault(key, []).append((rowid, name, country))
    cache_files.store(path, table)
    return table


def _world_cities(
    text: str, folded: str, countries: set[str], scored: dict[int, tuple[float, str, str]]
) -> None:
    """Add to ``scored`` the world cities (a million people or more) of other countries spelled
    within a letter or two of ``text`` ("Isfahaan" for Isfahan): copy names such a city wherever
    the article is set, and a small town of the article's countries that shares a skeleton
    less closely ("Isfana", Kyrgyzstan) is weaker evidence than the city's own spelling. Not for
    English words: "Tangerine" in copy about Morocco is no Tangerang."""
    if is_english_word(text):
        return  # a word is a look-alike only of a place the copy is about ("Tangerine")
    rows = _index().skeleton_rows(text, WORLD_CITY_ROWS)
    places = _index()._places(sorted({rowid for rowid, _ in rows}))
    for rowid, spelling in rows:
        place = places[rowid]
        if place.population < WORLD_CITY_POPULATION or place.country in countries:
            continue
        score = JaroWinkler.similarity(folded, fold(spelling))
        if not _form_of_own_name(spelling, place):
            continue  # another name GeoNames records ("Kodan" of Copenhagen): no world city
        if fold(spelling) == folded:
            # The written name is one the city abroad is recorded by besides its own, which
            # ``_is_real_place`` does not count: it is that city's reading no more than its name.
            continue
        if score >= MIN_WORLD_CITY and (rowid not in scored or scored[rowid][0] < score):
            scored[rowid] = (round(score, 3), spelling, f"consonants {skeleton(text)}")


def _form_of_own_name(spelling: str, place: GeoPlace) -> bool:
    """Whether a Latin name GeoNames records for ``place`` is a form of the place's own name
    (spelled close to it, or part of it: "Nad Ali" of Hukumat-e Nad Ali), not another name
    (a former or foreign one: Turnuk of Sarıbuğday)."""
    written, own = fold(spelling), fold(place.name)
    return (
        written in own
        or own in written
        or JaroWinkler.similarity(written, own) >= MIN_OWN_NAME_FORM
    )


def _own_names_first(
    scored: dict[int, tuple[float, str, str]],
) -> dict[int, tuple[float, str, str]]:
    """A Latin spelling GeoNames records for several towns of one country names the one whose
    own name is closest to it: "Khenifra", also recorded of Kenitra, names Khénifra (a town
    and a province of one name stay both: they are told apart by size and kind)."""
    places = _index()._places(sorted(scored))
    shared: dict[tuple[str, str, str], list[int]] = {}
    for rowid, (_score, spelling, _detail) in scored.items():
        place = places[rowid]
        if not is_arabic(spelling):
            shared.setdefault((place.country, place.kind, fold(spelling)), []).append(rowid)
    dropped: set[int] = set()
    for (_country, _kind, written), rowids in shared.items():
        if len(rowids) > 1:
            own = {r: JaroWinkler.similarity(written, fold(places[r].name)) for r in rowids}
            closest = max(own.values())
            dropped |= {r for r in rowids if own[r] < closest}
    return {rowid: value for rowid, value in scored.items() if rowid not in dropped}


def _cut_short(text: str, name: str) -> bool:
    """Whether ``text`` is the start of the place name ``name``, without its end ("Binyamin"
    for Binyamina), also once one sound is spelled one way and the Arabic article is dropped
    (``translit_key``, :func:`_bare`: "Mahmoud" of Al Mahmudiyah, a place named after a man)."""
    folded, whole = fold(text), fold(name)
    if whole.startswith(folded) and len(whole) > len(folded):
        return True
    short, long = translit_folded(_bare(text)), translit_folded(_bare(name))
    return long.startswith(short) and len(long) >= len(short) + 2


_OPENING_DOUBLED_VOWEL = patterns.compile(r"(?<![^\W\d_])([AEIOU])(?=[aeiou])(?i:\1)")


def _one_opening_vowel(text: str) -> str:
    """``text`` with a doubled vowel opening a word written once ("Aafrin" -> "Afrin")."""
    return _OPENING_DOUBLED_VOWEL.sub(r"\1", text)


def _long_vowels_as_one(text: str) -> str:
    """``text`` with a doubled vowel inside a word, an English way of marking an Arabic or
    Persian long vowel, written as romanisations write it ("Kaashan" -> "Kashan", "Meeranshah"
    -> "Miranshah")."""
    return _LONG_VOWEL.sub(lambda hit: _LONG_VOWELS[hit.group().lower()], text)


# A doubled vowel after a consonant, inside a word: how English spelling marks a long vowel.
_LONG_VOWEL = patterns.compile(r"(?<=[^\W\d_aeiouyAEIOUY])(?:aa|ee|ii|oo|uu)(?=[a-z])")
_LONG_VOWELS = {"aa": "a", "ee": "i", "ii": "i", "oo": "u", "uu": "u"}


# Outside any place slot, an unknown name is read as a town's respelling only when spelled
# this close to the town's own name in Latin letters (Jaro-Winkler), and of a town this size.
MIN_OUTSIDE_SLOT = 0.93
OUTSIDE_SLOT_POPULATION = 20_000


def _may_be_respelled(candidate: _Candidate) -> bool:
    """One word mid-sentence outside any place slot that no reading knows: no English word, no
    name the curated layers know (a person's above all), no acronym; long enough that a close
    spelling is evidence. :func:`_respelled_outside_slot` decides."""
    text = candidate.text
    return (
        not candidate.sentence_start
        and " " not in text
        and "-" not in text
        and len(fold(text)) >= 5
        and not text.isupper()
        and not is_english_word(text)
        and not _known_name(text)
        and not _is_person(text)
    )


def _respelled_outside_slot(
    candidate: _Candidate, countries: set[str], geography: Geography | None
) -> Garble | None:
    """A name outside any place slot ("retaken X on the edge of Damascus", "a quake shook X")
    that is a respelling of a town of 20,000 or more of the article's countries, read as after
    "in" (:func:`_by_sound`, its close readings) and spelled as close to the town's own or
    English name in Latin letters: a person's or an organisation's name is seldom one letter
    from a town's. Not the town's whole name with an ending: a name made from it, a person's
    ("Yehuda", a given name, is no Yehud; "Tikriti" a surname) or a people's."""
    from dataclasses import replace

    if not _may_be_respelled(candidate):
        return None
    found = _by_sound(replace(candidate, slot="weak"), countries, geography)
    place = _index().get(found.geonameid) if found is not None else None
    if found is None or place is None or place.population < OUTSIDE_SLOT_POPULATION:
        return None
    bare = _bare(candidate.text)
    names = (found.name, place.name)
    if any(bare.startswith(_bare(name)) for name in names):
        return None  # the town's name and an ending ("Yehuda", Yehud): a name made from it
    latin = max(JaroWinkler.similarity(bare, _bare(name)) for name in names)
    return found if latin >= MIN_OUTSIDE_SLOT else None


# A name read against the land neighbours of the article's countries: the copy does not put
# it there, so only a reading this close, of a Latin spelling this close, counts.
MIN_NEIGHBOUR = 0.90
NEIGHBOUR_POPULATION = 20_000  # a town that copy about its neighbour names


def _by_sound_or_neighbour(
    candidate: _Candidate,
    countries: set[str],
    geography: Geography | None,
    neighbours: bool = True,
) -> Garble | None:
    """:func:`_by_sound` in the article's countries, else in their land neighbours
    (:func:`_in_a_neighbour`): a border story names the country on one side and the town on
    the other ("the crossing at Safwaan reopened to Kuwaiti trucks", Safwan in Iraq). Not
    where a town of the article's countries sounds like the word (``neighbours`` False): the
    nearer reading."""
    found = _by_sound(candidate, countries, geography)
    if found is None and neighbours:
        found = _in_a_neighbour(candidate, countries, geography)
    return found


def _in_a_neighbour(
    candidate: _Candidate, countries: set[str], geography: Geography | None
) -> Garble | None:
    """A name no place of the article's countries reads, read by sound against the towns of
    their land neighbours (``land_borders.tsv``). Not where the copy names the name's own
    country ("X, in western Iran"), not an English word (a look-alike is read only where the
    copy is set), not a name GeoNames records in a neighbour (a village of its own), and only
    a close reading spelled close in Latin script too: the neighbours are several countries'
    towns, so a loose reading coincides more often."""
    from tqcheck.gazetteer.context import neighbours_of

    text = candidate.text
    if candidate.hint is not None or candidate.slot == "none" or is_english_word(text):
        return None
    neighbours = (neighbours_of(countries) & ARABIC_SCRIPT_REGION) - countries
    if not neighbours or any(place.country in neighbours for place in _recorded(text)):
        return None
    found = _by_sound(candidate, neighbours, geography)
    place = _index().get(found.geonameid) if found is not None else None
    if (
        found is None
        or place is None
        or found.score < MIN_NEIGHBOUR
        or place.population < NEIGHBOUR_POPULATION
    ):
        return None
    # Spelled close to a Latin spelling of the place with all its consonants, not only read
    # through Arabic script ("Garrick" is no Karaj) or a consonant apart ("Gardabiya", an
    # airbase in Libya, is no Ghardaia).
    bare, keys = _bare(text), skeletons(text)
    return next(
        (
            found
            for spelling, _kind in _index().spellings(place)
            if spelling.isascii()
            and JaroWinkler.similarity(bare, _bare(spelling)) >= MIN_NEIGHBOUR
            and keys & skeletons(spelling)
        ),
        None,
    )


# A Persian ezafe between two words of a name, as GeoNames writes it ("Shahr-e Kord",
# "Pul-i-Khumri", "Sar-e Pol"): the joint English also writes run together.
_EZAFE_JOINT = patterns.compile(r"\w-(?:e|i|ye)(?:[- ]|$)", re.IGNORECASE)


def _by_sound(
    candidate: _Candidate, countries: set[str], geography: Geography | None
) -> Garble | None:
    # An ain or hamza opening a word, written as a doubled vowel ("Aafrin" for عفرين), is read
    # as the one vowel romanisations write for it; the name as written is judged below.
    # ... and a doubled vowel inside a word as the long vowel it marks ("Kaashan" for Kashan)
    text = _long_vowels_as_one(_one_opening_vowel(candidate.text))
    folded = fold(text)
    scored: dict[int, tuple[float, str, str]] = {}
    # Latin names of the article's countries sharing a (near) skeleton, also with the Arabic
    # article MT dropped ("Marj" for "Al Marj").
    near_keys = _query_skeletons(text)
    queries = [(key, exact, False) for key, exact in near_keys.items()]
    queries += [("L" + key, True, True) for key in skeletons(text) if len(key) >= 2]
    for key, exact, article in queries:
        for rowid, spelling, _place in _rows_in(key, countries, 400, exact and not article):
            if article:
                if _bare(spelling) == fold(spelling):
                    continue  # no article to drop
                score = JaroWinkler.similarity(_bare(text), _bare(spelling))
            else:  # also without the Arabic article words ("El Damazeen", "Ed Damazin")
                score = max(
                    JaroWinkler.similarity(folded, fold(spelling)),
                    JaroWinkler.similarity(_bare(text), _bare(spelling)),
                )
            if article and key[1:] not in skeletons(_bare(spelling)):
                continue
            if not article and not (exact and key in skeletons(spelling)):
                if score < MIN_NEAR_LATIN:
                    continue  # a consonant apart: only a close spelling is evidence
                score -= 0.05
            if score >= MIN_TRANSLITERATION and (rowid not in scored or scored[rowid][0] < score):
                scored[rowid] = (round(score, 3), spelling, f"consonants {skeleton(text)}")
    # Arabic names of the article's countries, read back in the same sound classes.
    arabic_keys = _query_skeletons(text, drop=False)  # once, not per country
    for country in countries & ARABIC_SCRIPT_REGION:
        table = _country_arabic(country)
        for key, exact in arabic_keys.items():
            for rowid, spelling, whole in table.by_skeleton.get(key, ()):
                if not whole and not any(k[:1] == key[:1] for k in arabic_skeletons(spelling)):
                    continue  # the place's first consonant lost ("Mount", سمنود): another name
                score = SCORE_SKELETON if exact and whole else SCORE_NEAR_SKELETON
                if rowid not in scored or scored[rowid][0] < score:
                    scored[rowid] = (
                        score,
                        spelling,
                        f"it reads like the Arabic spelling {spelling} (consonants {key})",
                    )
    # ... and letter by letter, long vowels too, by a name that also looks like the place's
    # once p/b, v/f, e/i, o/u are one (``through_arabic``: "Bitrubafl" for Petropavl).
    region = countries & ARABIC_SCRIPT_REGION
    for rowid, (score, name, detail) in read_through_arabic(
        text, region, _country_arabic, _index()._places, _rows_in
    ).items():
        old = scored.get(rowid)
        if old is None or old[0] < score or is_arabic(old[1]):
            scored[rowid] = (max(score, old[0] if old else 0.0), name, detail)
    if candidate.slot != "country":  # "X, Pakistan": the copy states X's country
        _world_cities(text, folded, countries, scored)
    strong = candidate.slot in ("strong", "country")
    # After "in", "near" also a name too short for the skeleton index that is no English word,
    # spelled close to the place ("Taezz" for Taiz, "Asiout" for Assiut): the checks below want
    # MIN_UNSLOTTED there.
    unslotted = candidate.slot == "weak" and not is_english_word(candidate.text)
    if not scored and (strong or unslotted) and not near_keys:
        scored = _short_name_matches(text, countries, weak=not strong)
    if not scored and (strong or (unslotted and not near_keys)):
        scored = _resolved(text, countries)
    if not scored:
        return None
    english = is_english_word(candidate.text)  # wordfreq is loaded once a place sounds alike
    if not english:
        # A name that is no word must also look like the place in Latin script: Arabic
        # skeletons of three or four consonants coincide too often to be evidence alone.
        places = _index()._places(sorted(scored))
        scored = {
            rowid: value
            for rowid, value in scored.items()
            if not is_arabic(value[1])
            or max(
                JaroWinkler.similarity(folded, fold(places[rowid].name)),
                JaroWinkler.similarity(_bare(text), _bare(places[rowid].name)),
            )
            >= MIN_ARABIC_LATIN
        }
    scored = _own_names_first(scored)
    best = _best(scored, geography)
    if best is None:
        return None
    place, score, spelling, detail = best
    text = candidate.text
    folded = fold(text)
    if _words(place.name) == _words(text):
        return None
    if english:
        kind = "look-alike"
        if not strong or score < SCORE_NEAR_SKELETON:
            return None  # a word is only a place where the copy says it is one
        if not is_arabic(spelling) and not _form_of_own_name(spelling, place):
            return None  # "the capital, the Trunk": no hamlet Sarıbuğday, once called Turnuk
    else:
        kind = "transliteration"
        close = score >= MIN_UNSLOTTED or (
            # An Arabic spelling read back exactly ("Ramsa", الرمثا) that also looks like the
            # place in Latin script.
            score >= SCORE_SKELETON
            and JaroWinkler.similarity(_bare(text), _bare(place.name)) >= MIN_UNSLOTTED_LATIN
        )
        if not strong and not close and score >= SCORE_SKELETON:
            # ... or one that reads the place's whole Arabic-script name letter by letter, only
            # the short vowels Arabic does not write guessed otherwise ("Swailih", صويلح)
            close = reads_whole_name(
                text, place.name, (s for s, _kind in _index().spellings(place) if is_arabic(s))
            )
        if not strong and (candidate.slot != "weak" or not close or _recorded(text)):
            return None  # outside a place slot an unknown name is a person more often
    name = _english_name(place, spelling)
    if (
        _words(name) == _words(text)
        or _same_name(text, spelling, place.country)
        or _same_name(text, place.name, place.country)
    ):
        return None
    if not english and any(
        folded.startswith(fold(n)) and len(folded) >= len(fold(n)) + 2 for n in (spelling, name)
    ):
        # The place's name plus an ending ("Ambarli"): a suffixed name of its own. One letter
        # more is a respelling ("Kunduzz", "Samaraa"), not an ending.
        return None
    if not strong and any(_cut_short(text, n) for n in (place.name, name)):
        # A place's name cut short ("Binyamin" for Binyamina): only in a strong slot. Its own
        # or English name, not any spelling GeoNames records ("Sanandago" of Sanandaj).
        return None
    recorded = [s for s, _kind in _index().spellings(place)] if not english else []
    if (
        not english
        and _one_short_vowel_apart(text, name)
        and not vowel_swap_is_garble(place.country, text, name, _english_names(), recorded)
    ):
        return None  # "Samnan"/"Semnan": an unwritten Arabic short vowel, read a or e
    if not english and _romanised_alike(
        text, place.country, (name, spelling, place.name), recorded
    ):
        # "Marsa Matrouh", "Tel Abyad": the name under another convention; also of the spelling
        # the name was read by ("Tzipori", Tsippori, in a professional translation: comparing
        # only the place's own and English names made it a garble)
        return None
    if (
        fold(text) == fold(spelling)
        and not any(ch in text for ch in " -'’")
        and _EZAFE_JOINT.search(spelling)
    ):
        # Every letter of "Shahr-e Kord", its words joined at the Persian ezafe ("Shahrekord"):
        # how English writes many such names, a convention, not a garble. Words run together
        # over an Arabic article ("Sharmelsheikh") or split otherwise ("Tursun Zade") still are.
        return None
    if detail.startswith("consonants"):
        from tqcheck.gazetteer.index import spelling_evidence

        how = spelling_evidence(text, spelling)
        if fold(text) == fold(spelling):  # "Tursun Zade": the letters of Tursunzade
            how = f"the letters of {spelling}, its words split or run together otherwise"
        detail = f"{how}; {detail}"
    what = "an English word that sounds like" if english else "a garbled transliteration of"
    return Garble(
        candidate.start,
        candidate.end,
        text,
        kind,
        name,
        place.country,
        place.geonameid,
        score,
        f"{what} {name}, {_country_name(place.country)}: {detail}",
    )


# -- names placed in the region that no reading resolved ----------------------------------


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A name an apposition places in the region's copy ("X, west of Hebron", "X, in Blida
    province") that no garble reading resolved, with the countries the copy sets it in."""

    start: int
    end: int
    text: str
    countries: frozenset[str]
    opens_sentence: bool
    # False: only its slot places it ("the town of X", "in X" with no apposition or country
    # after it), which TQ306 reads more strictly
    located: bool = True
    # only a bare comma before the country named after it ("X, Syria, Mozambique"): a list of
    # places may be what sets it there, which TQ306 does not take for a name's town
    listed: bool = False
    # the copy names no country at all (``countries`` is empty): TQ306 then asks that no place
    # of that name be known anywhere
    unset: bool = False


# "In January, Iran's deputy minister said": the country opens the next phrase, it does not
# say where the name before it is.
_POSSESSIVE_COUNTRY_AFTER = patterns.compile(r",\s+[A-Z][\w-]*['’]s\b")


class _Spans:
    """Spans (start, end), asked whether any overlaps a span in O(log n): sorted by start, with
    the largest end up to each (a scan of every garble for every candidate was quadratic in
    long copy)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Some span starts before ``end`` and ends after ``start``."""
        before = bisect.bisect_left(self._starts, end)  # the spans starting before ``end``
        return before > 0 and self._reach[before - 1] > start


def unplaced_names(document: Document) -> list[Unplaced]:
    """Names that a strong slot and a locating apposition make towns of the region's
    countries, which :func:`find_garbles` left unresolved: TQ306 weighs those that are plain
    English words. Copy that names no country at all is read too, more strictly
    (:func:`_unset_reading`). Computed once per document."""
    cached = document.analyses.get("place_unplaced")
    if cached is not None:
        return cached
    from tqcheck.lexicon import is_time_word

    garbled = _Spans((garble.start, garble.end) for garble in find_garbles(document))
    found: list[Unplaced] = []
    for candidate in _document_candidates(document):
        placed = candidate.located or (
            candidate.hint is not None
            and (candidate.slot != "weak" or candidate.locative)
            and not candidate.sentence_start  # "During Ramadan, Israel refrained ..."
            and not _POSSESSIVE_COUNTRY_AFTER.match(document.plain, candidate.end)
            # "in November in Turkey", "On Saturday, Armenia sent": a time, not a place
            and not any(is_time_word(word) for word in candidate.text.split())
        )
        by_slot = not placed and _placed_by_slot(document, candidate)
        # copy naming no country: "the X" where the sentence sets its event (read there only)
        event = not placed and _event_place(document, candidate)
        if not (placed or by_slot or event) or candidate.slot not in ("strong", "country", "weak"):
            continue
        if garbled.overlaps(candidate.start, candidate.end):
            continue
        if candidate.sentence_start and opening_plural_subject(candidate.around, candidate.text):
            continue  # "Resorts on the northern shore of Issyk-Kul": the subject, a noun
        if (
            _after_a_measure(candidate)
            or _in_a_unit_name(candidate)
            or _title_after_the(candidate)
            or _real_where_placed(candidate)
        ):
            # "47 degrees Celsius": a scale; a province's name in full; "The Imam"; a town
            # that lies where its apposition puts it ("Wells, in Somerset,")
            continue
        geography = geography_at(document, candidate.start)
        countries, _ = _candidate_countries(document, candidate, geography)
        if countries and _recorded_but_final_h(candidate.text, countries):
            continue  # "Hodeidah": Hodeida, a recorded spelling of Al Hudaydah, with its h
        if countries and _recorded_but_article(candidate.text, countries):
            continue  # "Mahalla": El Mahalla, a recorded spelling of Al Mahallah al Kubra
        if countries and countries <= ARABIC_SCRIPT_REGION and (placed or by_slot):
            found.append(
                Unplaced(
                    candidate.start,
                    candidate.end,
                    candidate.text,
                    frozenset(countries),
                    candidate.sentence_start,
                    located=not by_slot,
                    listed=candidate.listed,
                )
            )
        elif (
            not countries
            and not geography
            # placed by its slot: an apposition is no evidence there ("23 kilograms in Economy
            # Class, in Premium two suitcases"), nor is a date ("the tenth of February, in ...")
            and (by_slot or event)
            and not any(is_time_word(word) for word in candidate.text.split())
            # "ferries to the Islands", "in the Capital": a kind of place named by its noun
            and not (
                _DEFINITE_BEFORE.search(
                    document.plain, max(0, candidate.start - 8), candidate.start
                )
                and _generic_head(candidate.text.split()[-1])
            )
            and _unset_reading(document, candidate, event)
        ):
            found.append(
                Unplaced(
                    candidate.start,
                    candidate.end,
                    candidate.text,
                    frozenset(),
                    candidate.sentence_start,
                    located=False,
                    listed=candidate.listed,
                    unset=True,
                )
            )
    document.analyses["place_unplaced"] = found
    return found


# A town this large, recorded without the final h a name is written with, is that town.
FINAL_H_POPULATION = 20_000


def _recorded_but_final_h(text: str, countries: AbstractSet[str]) -> bool:
    """One word ending in h that, without it, is a recorded spelling of a town of
    ``FINAL_H_POPULATION`` or more of the article's ``countries``: "Hodeidah" (Hodeida, of Al
    Hudaydah). A final h is a taa marbuta or a final he of Arabic script, which romanisations
    write or drop (``_same_name``); GeoNames records some spellings of a town with it and some
    without, and a common English spelling may be the one it lacks. Not for a country whose
    names are written at home in Latin or Cyrillic letters (``vowels_written``)."""
    from tqcheck.gazetteer.through_arabic import vowels_written

    if " " in text or len(text) < 5 or not text.endswith("h") or text[-2] not in "aeiou":
        return False  # "-ch", "-kh", "-sh", "-lh": a consonant, no taa marbuta after a vowel
    return any(
        place.country in countries
        and place.country not in vowels_written()
        and place.population >= FINAL_H_POPULATION
        for place in _index().exact(text[:-1])
    )


def _recorded_but_article(text: str, countries: AbstractSet[str]) -> bool:
    """One word that, with the Arabic article before it ("Al", "El"), is a recorded spelling of
    a town of ``FINAL_H_POPULATION`` or more of the article's ``countries``: "Mahalla" (El
    Mahalla, of Al Mahallah al Kubra). Copy drops the article of many towns' names
    (``_same_name``); GeoNames records some only with it. Not for a country whose names are
    written at home in Latin or Cyrillic letters (``vowels_written``)."""
    from tqcheck.gazetteer.through_arabic import vowels_written

    if " " in text or "-" in text or len(text) < 4:
        return False
    return any(
        place.country in countries
        and place.country not in vowels_written()
        and place.population >= FINAL_H_POPULATION
        for article in ("Al", "El")
        for place in _index().exact(f"{article} {text}")
    )


# "the" right before a name ("ferries to the Islands").
_DEFINITE_BEFORE = patterns.compile(r"\bthe[ \t]+$", re.IGNORECASE)


def _placed_by_slot(document: Document, candidate: _Candidate, what_follows: bool = True) -> bool:
    """A name that its slot alone makes a town: a strong slot ("the town of X", "residents of
    X", "the road from X to") or a locating preposition ("in X", "near X"), with no apposition
    or country after it. Not a name opening the sentence, holding a time word or a country's
    word ("in Upper Egypt", "in the Algerian Sahara", "Turkey's Black Sea": a part of the
    country), naming a language ("said in Hebrew"), or modifying the noun after it ("in Soviet
    times", "at the Year camp"; not read where ``what_follows`` is false: :func:`_event_place`
    reads what follows itself)."""
    from tqcheck.lexicon import is_function_word, is_time_word, is_verb_like, word_list

    words = candidate.text.split()
    if (
        not candidate.placing
        or candidate.sentence_start
        or any(is_time_word(word) for word in words)
        or any(_country_word(word) for word in words)
        or fold(candidate.text.split(",")[0]) in _former_countries()
        or words[-1].lower() in _organisation_heads()
        or (len(words) == 1 and is_language_name(candidate.text))
        or _NAME_GOES_ON.match(document.plain, candidate.end)
    ):
        return False
    after = _NEXT_WORD.match(document.plain, candidate.end)
    if not what_follows or after is None or not after.group(1).islower():
        return True
    word = after.group(1)  # a noun it modifies ("times"), not a verb or an adverb ("overnight")
    return (
        is_function_word(word)
        or is_verb_like(word)
        or is_time_word(word)
        or word.endswith("ly")
        or word in word_list("sentence_adverbs")
    )


# The word right after a name with nothing but spaces between ("in Soviet times").
_NEXT_WORD = patterns.compile(r"[ \t]+([A-Za-z]+)")
# A name that goes on past the candidate, or owns what follows: "in the State of Israel",
# "through the Coordination and Liaison Administration", "the State Comptroller's office", "in
# Be'er Sheva" cut at the apostrophe.
_NAME_GOES_ON = patterns.compile(r"(?:[ \t]+(?:of|and|&)\b|['’])")


def _country_word(word: str) -> bool:
    """A country's name, its people's or a possessive of it ("Egypt", "Algerian", "Iraq's")."""
    word = re.sub(r"['’]s$", "", word)
    return country_of_word(word) is not None or _country_derived(word)


@cache
def _former_countries() -> frozenset[str]:
    """Folded names of the countries ISO 3166-3 records as gone ("Yugoslavia", "Zaire"): "the
    war in Yugoslavia" names a country, not a town."""
    import json

    path = cache_files.package_file("pycountry", "databases", "iso3166-3.json")
    try:
        entries = json.loads(Path(path).read_text(encoding="utf-8"))["3166-3"]
    except OSError:
        return frozenset()
    return frozenset(fold(entry["name"].split(",")[0]) for entry in entries)


@cache
def _languages() -> frozenset[str]:
    """Folded names of the languages with an ISO 639-1 code ("Hebrew", "Arabic"), and the
    English names of the region's languages and dialects that those names lack
    (``language_names.txt``: "Farsi", "Sorani", "Kurmanji"): "in Hebrew", "issued in Farsi"
    name what was said, not where."""
    import json

    from tqcheck.lexicon import word_list

    extra = {fold(line.split("\t")[0]) for line in word_list("language_names")}
    path = cache_files.package_file("pycountry", "databases", "iso639-3.json")
    try:
        entries = json.loads(Path(path).read_text(encoding="utf-8"))["639-3"]
    except OSError:
        return frozenset(extra)
    return frozenset(
        extra | {fold(entry["name"].split(" (")[0]) for entry in entries if "alpha_2" in entry}
    )


def is_language_name(text: str) -> bool:
    """``text`` is the name of a language (:func:`_languages`): no place, whatever it sounds
    like ("The statement, issued in Farsi": not Fasa, Iran)."""
    return " " not in text.strip() and fold(text) in _languages()


def english_gloss_word(word: str) -> bool:
    """``word`` (lower case) is an English word the word tables' glosses use, or an inflected
    form of one: a plural, a participle or gerund (``_base_forms``: "waterwheels",
    "irrigated"), an agent noun in -er or -man ("saddlers", "ploughman"), also in its American
    spelling. TQ306 reads such a word as English however rare: the bilingual dictionaries gloss
    Arabic words with English common words ("plowman", "well irrigated"), so a word they use is
    a word, not a name; wordfreq alone cannot tell "Ploughman" (2.0) from "Tigris" (2.8)."""
    vocabulary = _gloss_vocabulary()
    forms = {word, _american(word)}
    for form in list(forms):
        forms.update(_base_forms(form))
        forms.update(_agent_bases(form))
    return any(form in vocabulary for form in forms)


def _agent_bases(word: str) -> list[str]:
    """The words an agent noun may be made from: "saddler" -> saddle, "ploughman" -> plough,
    "farmers" -> farm (its plural first made singular)."""
    found: list[str] = []
    for noun in {word, *(_base_forms(word) if word.endswith("s") else ())}:
        if noun.endswith("man") and len(noun) > 6:
            found.append(noun[:-3])
        elif noun.endswith("er") and len(noun) > 5:
            found += [noun[:-2], noun[:-1]]  # "farmer", "divider"
            if noun[-3] == noun[-4]:
                found.append(noun[:-3])  # "digger"
    return found


def _gloss_vocabulary() -> frozenset[str]:
    """Every word of the glosses of :func:`toponym_words` ("well irrigated": well,
    irrigated), made once per table (tests and benchmarks may swap it)."""
    table = toponym_words()
    if not (_GLOSS_VOCABULARY and _GLOSS_VOCABULARY[0][0] is table):
        words = frozenset(
            word for gloss in table for word in gloss.split() if word.isalpha() and len(word) > 2
        )
        _GLOSS_VOCABULARY[:] = [(table, words)]
    return _GLOSS_VOCABULARY[0][1]


_GLOSS_VOCABULARY: list[tuple[dict[str, list[tuple[str, tuple[str, ...]]]], frozenset[str]]] = []


# "in the X", "at the X", "back to the X": a preposition that places what "the X" names.
_THE_AFTER_PREPOSITION = patterns.compile(
    r"\b(?:in|at|to|near|into|from|outside|inside|around|across|through|off)[ \t]+the[ \t]+$"
)
# What follows the place of a news lead's event: a conjunction that opens the next clause
# ("back to the X after their boat sank", not "as well as"), or a time ("in the X late on
# Sunday").
_CLAUSE_AFTER = patterns.compile(
    r"[ \t]+(?:(?:after|when|while|before|since|until|because|amid)\b|as\b(?![ \t]+well\b)|"
    r"(?:late|early|overnight)\b|on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b)"
)
# The noun that a place phrase locates, right before its preposition ("arrivals at the X").
_NOUN_BEFORE_THE = patterns.compile(
    r"(?:^|(?<=[\s\"“(]))([A-Za-z][a-z]+)[ \t]+[a-z]+[ \t]+the[ \t]+$"
)
# "Everything in the X is": an indefinite pronoun, no noun that a place locates.
_INDEFINITE_PRONOUN = patterns.compile(r"(?:every|some|any|no)(?:thing|one|body)", re.IGNORECASE)


def _event_place(document: Document, candidate: _Candidate) -> bool:
    """A definite name ("the X") after a preposition where the sentence sets what happened:
    the place phrase closes the subject right before its verb ("Police in the X arrested",
    "a conference on energy in the X drew", "arrivals at the X rose"), or the clause goes on
    past it with a time or a conjunction ("a fire in the X late on Sunday", "migrants brought
    back to the X after their boat sank"). That is where a news lead sets its event, and where
    MT leaves a town whose Arabic name has the article translated word for word ("the Five",
    "the Sleep"). Professional copy writes "the" and a capital there for a body, an event or a
    thing there is one of, mostly ending the sentence or the phrase ("in the Premier League.",
    "around the Sun", "at the National Theatre, playing"); where such a name stands before a
    verb or a time, its head noun says what it is (``definite_name_heads.txt``, the landmark,
    body and site nouns): "Attendance at the Festival rose". Each word must be one the word
    tables gloss an Arabic word with (:func:`english_gloss_word`), as a translated name's
    words are. A name with an Arabic article ("at El Al") is a transliteration."""
    from dataclasses import replace

    from tqcheck.lexicon import is_function_word, is_verb_like

    plain = document.plain
    words = candidate.text.split()
    if (
        candidate.slot != "weak"
        or any(word.lower() in _ARABIC_ARTICLES for word in words)
        or not _THE_AFTER_PREPOSITION.search(plain, max(0, candidate.start - 30), candidate.start)
        or _generic_head(words[-1])
        # a translated name's words are glosses of the word tables ("Five", "Tidings"), not a
        # brand's, a rite's or a monument's ("at the Hajj", "at the Pyramids", "at Google")
        or not all(english_gloss_word(word.lower()) for word in words)
        # the shape of a name "in X" has: no time, country, body, language or longer name
        or not _placed_by_slot(document, replace(candidate, locative=True), what_follows=False)
    ):
        return False
    if _CLAUSE_AFTER.match(plain, candidate.end):
        return True
    after = _NEXT_WORD.match(plain, candidate.end)
    if after is None or not after.group(1).islower() or not is_verb_like(after.group(1)):
        return False
    noun = _NOUN_BEFORE_THE.search(plain, max(0, candidate.start - 60), candidate.start)
    if noun is None:
        return False
    word = noun.group(1)
    return (
        # a common noun, or one opening the sentence ("Police in the X"), not a name
        (word.islower() or _opens_sentence(plain[max(0, noun.start(1) - 60) : noun.start(1)]))
        and not is_function_word(word.lower())
        and not is_verb_like(word)  # "invoices submitted to the X were": no noun located
        and not _INDEFINITE_PRONOUN.fullmatch(word)
    )


def _generic_head(word: str) -> bool:
    """``word`` (a name's last word), or a singular of it, is a noun English names a thing by
    (``definite_name_heads.txt``), or the head of a landmark's, a body's or a site's name
    (``landmark_nouns.txt``, ``organisation_heads.txt``, ``site_nouns.txt``)."""
    from tqcheck.lexicon import word_list

    generic = word_list("definite_name_heads") | word_list("landmark_nouns")
    generic |= word_list("organisation_heads") | word_list("site_nouns")
    lower = word.lower()
    return any(form in generic for form in (lower, *_plural_bases(lower)))


def _unset_reading(document: Document, candidate: _Candidate, event: bool = False) -> bool:
    """Copy that names no country at all (wire copy about a place every reader knows: "Ferries
    from X to the European side") may still set a town of the region. Read only in a strong
    slot ("from X to", "the plant in X", "the island of X"), or for "in X" alone where the copy
    carries a sign of the region: a name with an Arabic article or Abu, bin, Ibn, Umm
    ("al-Harbi"; the listed given names are English ones too, "Adam", "Maria"). An apposition
    after "in X" is no evidence here ("a Ph.D in Biology, named the reasons"). Never where a
    word of the copy is a country's or its people's ("Canadian officials"): that copy is set
    abroad."""
    signs = document.analyses.get("place_unset_signs")
    if signs is None:  # (a country's word anywhere, a sign of the region): once per document
        words = set(_WORD.findall(document.plain))
        signs = (
            any(_country_word(word) for word in words if word[:1].isupper()),
            bool(_ARABIC_NAME_PART.search(document.plain)),
        )
        document.analyses["place_unset_signs"] = signs
    abroad, region = signs
    return not abroad and (candidate.slot == "strong" or region or event)


# A word of the copy, possessive included ("Iraq's").
_WORD = patterns.compile(r"[A-Za-z][\w'’-]*")
# A name with an Arabic article, or a kinship word of an Arabic name ("al-Masri", "Abu Ali").
_ARABIC_NAME_PART = patterns.compile(
    r"(?<![\w-])(?:[Aa]l|[Ee]l)-[A-Z]|\b(?:Abu|[Bb]in|Ibn|Umm)[ \t]+[A-Z]"
)


def forget_index_tables() -> None:
    """Forget the tables read from the GeoNames index (its Arabic and short names per country,
    the keys and words made of them, the units a sentence names), so that the next reading
    builds them again: for a caller that swaps the index, as tests do, whose tables must not
    outlive the swap."""
    for table in (
        _country_arabic,
        _arabic_keys,
        _arabic_words,
        _short_names,
        _city_of_part,
        _turkish_names,
        _units_in,
        _unit_of_name,
        _kept_word_countries,
    ):
        table.cache_clear()


# A preposition right after a word, no comma between them: the word heads a noun phrase.
_PREPOSITION_AFTER = patterns.compile(
    r"[ \t]+(?:at|on|in|of|from|across|along|near|around|inside|outside|throughout|with|for)\b"
)
# The singular of an opening plural must be this common an English word (``words.zipf``).
PLURAL_BASE_ZIPF = 3.0


def opening_plural_subject(sentence: str, text: str) -> bool:
    """``text`` is one capitalised word opening ``sentence``, the plural of an English word
    (``_plural_bases``: "Clerics", cleric 3.4; "Resorts", resort 4.4), with a preposition
    right after it and no comma ("Clerics at the seminaries of Qom criticised", "Resorts on
    the northern shore of Issyk-Kul were booked"): the sentence's subject, a common noun in the
    plural capitalised because it opens the sentence, not a name. wordfreq counts a plural
    apart from its singular, so "clerics" (3.1) falls below the words English opens
    sentences with. A town opening a sentence takes its locating phrase after a comma
    ("Tiaras, in southern Kazakhstan")."""
    if " " in text or not text.endswith("s") or not sentence.lstrip("\"“‘'( ").startswith(text):
        return False
    at = sentence.find(text)
    if not _PREPOSITION_AFTER.match(sentence, at + len(text)):
        return False
    return any(zipf(base) >= PLURAL_BASE_ZIPF for base in _plural_bases(text.lower()))
