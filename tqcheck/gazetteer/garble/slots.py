"""Candidates and their place slots: the capitalised names of a section, the slot each stands in
("the city of X", "X airport", "residents of X"), and the readings that make a name a person,
an organisation or an everyday word rather than a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.gazetteer.context import (
    LATIN_UPPER,
    WELL_KNOWN_POPULATION,
    country_of_word,
    possessive_owner,
)
from tqcheck.gazetteer.words import is_english_word, zipf

if TYPE_CHECKING:
    pass
from tqcheck.gazetteer.garble.base import (
    Candidate,
    geonames_index,
    is_person,
    known_name,
    plural_bases,
    recorded_places,
)
from tqcheck.gazetteer.garble.countries import (
    JOINED_ARTICLE,
    UNIT_NOUNS,
    beside_a_city,
    locator_country,
    phrase_country,
    placed_after,
    unit_countries,
    well_known_country,
)
from tqcheck.gazetteer.garble.literal import (
    literal_options,
)
from tqcheck.gazetteer.region import (
    ARABIC_SCRIPT_REGION,
    is_world_region,
)

# The marks that write ayn and hamza in a transliterated name: the apostrophes ' and ’, the
# turned comma ‘, the backtick and the modifier letters ʿ ʾ ("Ma'arat al-Numan", "Qal‘at
# Sukkar", "Bir al `Abd", "’Aïn Merane", "Xo‘jaobod"). A mark between letters, or opening a
# word of a name, is part of that word: a name is read whole ("Qal`at Sikar", not "Sikar").
_MARKS = "'’‘`ʿʾ"
_MARK_SET = frozenset(_MARKS)
# Letters, with the combining marks GeoNames writes under some ("Z̧" in "Az̧ Z̧ulayl"); a name
# opens with any Latin capital ("Ţūz Khūrmātū", "Şanlıurfa", "Āb Pakhsh", "İzmir")
_LETTERS = r"[^\W\d_]+(?:[\u0300-\u036f]+[^\W\d_]*)*"
NAME_WORD = (
    rf"[{_MARKS}]?[{LATIN_UPPER}][\u0300-\u036f]*(?:{_LETTERS})?"
    rf"(?:(?:[{_MARKS}]-?|-){_LETTERS})*"  # "Akmal'-Abad"
)
# ... and the Persian, Dari and Urdu ezafe standing alone ("Mazar i Sharif", "Sar e Pol")
_LINK_WORDS = (
    r"(?:of the|of|al|el|al-|el-|ad|ar|as|ash|at|az|an|ed|er|es|et|ez|en|ul|ud|i|e|ibn|bin|"
    r"bani|beni|umm|abu|"
    # the article before th, dh, sh as GeoNames and French spell it ("Mahd adh Dhahab", "Sidi
    # ech Chahmi"), Persian's and Dari's ("Jabal os Saraj", "Sheykh ol Eslami"), and the
    # genitive and "and" of Urdu, Sindhi and Persian names ("Hajian ki Dhok", "Pir jo Goth",
    # "Kelishad va Sudarjan")
    r"adh|ath|edh|eth|ech|esh|ol|od|os|osh|ki|ka|jo|va)"
)
LINK = rf"(?: {_LINK_WORDS})?"
# A mark that ends a word before a link word ends its last syllable ("Yanbu' al Bahr"), and
# so does a mark no possessive takes before the next word ("Nag` Hammadi"); an apostrophe
# before a name is a possessive: "the Kurds' Qamishli office" stays two names.
CANDIDATE = patterns.compile(
    rf"(?<![\w{_MARKS}-]){NAME_WORD}"
    rf"(?:{LINK} {NAME_WORD}|[{_MARKS}] {_LINK_WORDS} {NAME_WORD}|[`ʿʾ] {NAME_WORD}|"
    rf"{JOINED_ARTICLE}{NAME_WORD}){{0,3}}"
)
SLOT_BEFORE = patterns.compile(
    r"\b(?:(?:city|cities|town|towns|village|villages|port|district|province|governorate|region|"
    r"area|capital|suburb|suburbs|outskirts|residents|people|camp|neighbourhood|neighborhood|"
    r"hamlet|settlement|municipality|county|oasis|island|valley|airport|crossing|governor|mayor|"
    r"streets|centre|center|countryside|entrance|east|west|north|south|northeast|northwest|"
    r"southeast|southwest|outpost|base|prison|hospital|market|mosque|university|fields|"
    r"neighbourhoods|neighborhoods|districts|ruins|beaches|shores|harbour|harbor|stadium)"
    # "Azerbaijan's second city, X": an apposition naming the city after it
    r"\s+of|capital,?|(?:second|third|largest|biggest|oldest|holy|port)\s+city,|"
    r"town|city|village|port|camp)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Where a thing happens as "in X" says it: ground occupied, encircled or flooded, people taken
# "out of X", a drone or a plane "over X" ("intercepted over X", "a drone over X"); not a bare
# "over" ("the row over Brexit", "over Easter").
_GROUND_TAKEN = (
    r"occupied|encircled|encircles|encircling|flooded|out\s+of|"
    r"(?:intercepted|(?:shot|brought)\s+down|downed|drones?|aircraft|planes?|jets?|missiles?|"
    r"flew|flying|flown)\s+over"
)
WEAK_BEFORE = patterns.compile(
    r"\b(?:in|near|into|entered|outside|around|toward|towards|from|at|reached|captured|shelled|"
    r"struck|hit|stormed|besieged|between|via|to|recaptured|bombed|seized|on|patrolled|"
    r"visited|evacuated|surrounded|liberated|raided|attacked|targeted|fled|across|inside|"
    r"through|within|off|above|below|beyond|along|retook|retaken|overran|overrun|regained|"
    rf"shook|rocked|{_GROUND_TAKEN})\s+(?:the\s+)?"
    r"(?:central\s+|(?:north|south|east|west)ern\s+)?$"
)
# The weak slots that put a word where a place is expected: not "to", "from", "at", "with"
# ("spoke to Holly", "a letter from Sophie").
LOCATIVE_BEFORE = patterns.compile(
    r"\b(?:in|near|outside|inside|around|across|through|within|into|off|above|below|beyond|"
    rf"{_GROUND_TAKEN})\s+(?:the\s+)?"
    r"(?:central\s+|(?:north|south|east|west)ern\s+)?$"  # "in central X", "in northern X"
)
SLOT_AFTER = patterns.compile(
    r"^(?:\s+(?:airport|crossing|border crossing|governorate|province|district|region|camp|"
    r"refugee camp|municipality|countryside|area|neighbourhood|neighborhood|checkpoint|"
    r"front|prison|port|(?:provincial|regional|municipal|city|town)\s+council)\b|"
    r"['’]s\s+(?:mayor|governor|residents|municipality|outskirts)\b)"
)
# "a Sunni district", "an Alawite village": the indefinite article before a word and a head of
# SLOT_AFTER makes the word an adjective; a place's name is definite ("the Yarmouk camp").
INDEFINITE_BEFORE = patterns.compile(r"(?<![\w’'-])(?:a|an|A|An)\s+$")
# "X, the capital of Anbar province", "X, a town in ...": an apposition that says X is a place.
APPOSITION_AFTER = patterns.compile(
    # "X, his southern stronghold": a possessive determines the noun as "the" does
    r"^,\s+(?:(?=(?:a|an)\s)(?P<indefinite>))?(?:(?:the|a|an|his|her|its|their|our)\s+(?:[\w’'-]+\s+){0,4}?)?"
    r"(?:city|town|village|capital|port|camp|"
    r"province|district|governorate|region|suburb|oasis|settlement|hamlet|neighbourhood|"
    r"neighborhood|stronghold|enclave|area|emirate|emirates|sultanate|seaport|resort|"
    r"hometown|birthplace|municipality|township|community|locality|commune|"
    r"(?:seat|gateway)\s+(?:of|to)|home\s+to)\b"
    # "on Monday, the city said", "..., the town's mayor told reporters": the noun is the
    # subject of a verb of saying, the source of the story, not a description of the word
    # before the comma (an apposition goes on with a clause or a phrase: "X, a town the army
    # said it took" stays one)
    r"(?(indefinite)|(?!(?:[’']s)?(?:\s+(?!(?:the|a|an|which|that|where|whose|who|it|its|they|their|he|his|"
    r"she|her|we|our)\b)[a-z][a-z-]*){0,2}\s+(?:said|says|told|announced|reported|added|"
    r"stated|confirmed|denied|claimed|warned|noted|declared|insisted|wrote|tweeted|posted)\b))"
)
# "Omani officials in X", "Algerian police near X": people of a country, at work in X.
PEOPLE_IN_BEFORE = patterns.compile(
    r"\b(?P<nation>[A-Z][\w-]*)\s+(?:security\s+|border\s+|civil\s+defence\s+)?"
    r"(?:officials|police|policemen|authorities|troops|forces|soldiers|guards|officers|"
    r"farmers|residents|villagers|doctors|workers|prosecutors|rescuers|firefighters)"
    r"\s+(?:in|near|at)\s+(?:the\s+)?$"
)
# "the port at X", "refugee camps in X", "villages around X": an installation or a settlement
# (``site_nouns.txt``, read in the singular) placed at a name says the name is a place. Not
# "near", "outside": "the crossing near X" is read as after "near" (a town across the border
# read by a close spelling, ``_in_a_neighbour``).
SITE_BEFORE = patterns.compile(r"\b(?P<noun>[A-Za-z][a-z]+)\s+(?:at|in|around)\s+(?:the\s+)?$")
# "crossed into Chad at X", "crossed the Senegal River at X": where a border or a river is
# crossed is a place.
CROSSED_AT_BEFORE = patterns.compile(
    r"\bcross(?:ed|es|ing)?\s+(?:into\s+)?(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+|"
    r"the\s+(?:border|frontier|river)\s+)?at\s+(?:the\s+)?$"
)
# "the road from X to", "ferries from X", "the highway between X and", "a railway linking X":
# a road or its traffic (``route_nouns.txt``) runs between places.
ROUTE_BEFORE = patterns.compile(
    r"\b(?P<noun>[A-Za-z][a-z]+)\s+(?:from|to|into|between|linking|connecting|towards?)\s+"
    r"(?:the\s+)?$"
)
# "the road between Benghazi and X": a route's other end (not "flights from Tehran to the
# Emirates": a route runs to a country as often).
ROUTE_END_BEFORE = patterns.compile(
    r"\b(?P<noun>[A-Za-z][a-z]+)\s+between\s+(?:the\s+)?"
    r"(?P<end>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+and\s+(?:the\s+)?$"
)
ADDRESS_AFTER = patterns.compile(r"[.@/][A-Za-z0-9]")
# "in the Yehuda desert", "the Qandil mountains": a name before a natural feature's noun names
# the feature (a region), not a town; "the X district", "X province" stay place slots.
FEATURE_AFTER = patterns.compile(
    r"[ \t]+(?:desert|deserts|mountains?|hills|range|plain|plains|plateau|valley|river|sea|gulf|"
    r"lake|coast|peninsula|strait|basin|delta|steppe|marshes|wilderness)\b"
)
# "the Samsung phone": a name that modifies a noun names no place.
ATTRIBUTIVE_AFTER = patterns.compile(
    r"^[ \t]+(?!(?:and|or|in|on|at|near|of|to|by|from|with|which|that|where|was|is|were|are|"
    r"has|had|said|says|after|before|for|as|since|until|when|while)\b)[a-z]"
)


def _attributive(after: str) -> bool:
    """The name modifies the lower-case word after it (``ATTRIBUTIVE_AFTER``), which is no
    verb: "the X smelter", not "the X began", "the X would get", "the X have" (a verb's
    subject, a name as definite as any)."""
    from tqcheck.lexicon import is_verb_like

    if ATTRIBUTIVE_AFTER.match(after) is None:
        return False
    hit = _LOWER_WORD_AFTER.match(after)
    word = hit.group("word") if hit is not None else ""
    # "the X strikes", "the X talks": a plural noun as often as a verb
    return not (is_verb_like(word) and not word.endswith("s"))


LEADING_SLOT = patterns.compile(
    r"^(?:Residents|People|Villagers|Inhabitants|Outskirts|Streets|Town|City|Village|Port|"
    r"Province|Governorate|District|Capital) of (?:the )?(?=[A-Z])"
)
# "Fans of X", "Supporters of the X": an opening noun and "of" before a capitalised name
# (``follower_nouns.txt`` says which nouns are no word of the name).
_FOLLOWERS_OF = patterns.compile(r"^(?P<noun>[A-Z][a-z]+) of (?:the )?(?=[A-Z])")


def _follower(hit: re.Match[str]) -> bool:
    """The opening noun of ``_FOLLOWERS_OF`` is a noun for followers (``follower_nouns.txt``)."""
    from tqcheck.lexicon import word_list

    return hit.group("noun").lower() in word_list("follower_nouns")


COUNTRY_AFTER = patterns.compile(
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
COMPASS = r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
LOCATIVE_AFTER = patterns.compile(
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
    rf"(?:(?P<place>[A-Z][\w-]*)|{COMPASS}(?:ern)?\b|"
    r"(?:coast|border|mountains|desert|delta|valley|foothills|shores?|banks?|edge)\b)"
    r"|(?:(?:about|some|around|roughly|nearly)\s+)?"
    r"(?:(?:\d[\d,.]*\s*|a\s+few\s+)(?:km|kilometres|kilometers|miles)\s+)?"
    rf"{COMPASS}\s+of\s+(?:the\s+)?[A-Z]))"
)
BARE_COMMA = patterns.compile(r",\s+(?:the\s+)?[A-Z]")
# "the bazaar of X", "residents of eastern X", "a governor for X": a head noun of what a town
# has (``place_heads.tsv``, one word or two) before "of" or "for" (``place_head``).
HEAD_BEFORE = patterns.compile(
    r"(?:\b(?P<first>[a-z]+)\s+)?\b(?P<noun>[a-z]+)\s+(?P<link>of|for)\s+(?:the\s+)?"
    rf"(?:{COMPASS}(?:ern)?\s+)?$"
)
# "X's airport", "Copper Lands' mayor", "X's old city": a possessive and the lower-case words
# after it, one of the first three ending a head of ``place_heads.tsv``, and the word after the
# head (a verb, a function word: "X's airport reopened", "X's port and").
HEAD_AFTER = patterns.compile(r"^(?P<mark>['’]s?)\s+(?P<words>[a-z]+(?:\s+[a-z]+){0,3})\b")
# "Adana's Incirlik air base", "Aswan's High Dam", "Cairo's Tahrir Square": a possessive and a
# facility's own name (one to three capitalised words), its head a head of ``place_heads.tsv``
# (the name's last word, or the lower-case words after it: "air base").
NAMED_HEAD_AFTER = patterns.compile(
    r"^['’]s\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"(?:\s+(?P<words>[a-z]+(?:\s+[a-z]+)?))?(?![\w’'-])"
)
# The nouns of a first-level unit after its name ("Helmand province", "Diyala governorate").
_UNIT_NOUN = rf"(?:{'|'.join(UNIT_NOUNS)})"
# How far a place lies from another before the bearing ("just", "about 20 km", "a few miles").
_DISTANCE = (
    r"(?:just\s+|directly\s+|due\s+)?(?:(?:about|some|around|roughly|nearly)\s+)?"
    r"(?:(?:\d[\d,.]*\s*|a\s+few\s+)(?:km|kilometres|kilometers|miles)\s+)?"
)
# "X, in Helmand province", "X, the capital of Muthanna province", "X in Iraq's Salahuddin
# province", "X, Paktika province" (the unit listed after a bare comma, as a country is): a
# first-level unit named as where X is. Not "Khan, Helmand province governor": an office.
UNIT_AFTER = patterns.compile(
    r"(?:(?:,\s+|,?\s+(?:in|(?:the\s+)?(?:provincial\s+)?capital\s+of)\s+(?:the\s+)?)"
    r"(?:[A-Z][\w-]*['’]s\s+)?"
    rf"(?P<compass>{COMPASS}(?:ern)?\s+)?"
    r"(?P<unit>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\s+"
    rf"{_UNIT_NOUN}\b"
    r"(?!['’]s\b|\s+(?:governor|police|chief|council|official|officials|spokesman|spokeswoman|"
    r"head|deputy|authorities|administration)\b)|"
    # "the capital of Balochistan": a capital's unit needs no noun
    r",?\s+(?:the\s+)?capital\s+of\s+(?P<named>[A-Z][\w’'-]+)(?![\w’'-]| [A-Z]))"
)
# "a letter from X", "flights to X", "at X": a weak slot that says where something comes from
# or goes, as often a person's or a body's.
_SOURCE_BEFORE = patterns.compile(r"\b(?:from|to|at|via|between|with)\s+(?:the\s+)?$")
# "homes in X in Kunar", "fields around X in Khorezm": "in" and a first-level unit's name
# with no noun after it (``UNIT_AFTER`` reads those with one). The compass group is empty: the
# candidate finder asks every unit match for one.
_BARE_UNIT_AFTER = patterns.compile(
    r"[ \t]+in[ \t]+(?P<compass>)(?P<unit>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?![\w’'-])"
    rf"(?![ \t]+{_UNIT_NOUN}\b)"
)
# "X, 80 km south of Algiers", "X, north of Doha", "X, a seaside suburb of Tunis": located by
# another place.
NEAR_PLACE_AFTER = patterns.compile(
    rf"^,\s+{_DISTANCE}"
    rf"(?:{COMPASS}\s+of|(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:suburb|district|"
    r"neighbourhood|neighborhood|outskirts|village|town)\s+(?:of|near|outside))\s+"
    r"(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
)
# "X, the first Armenian town on the road", "X, a Syrian border town": an apposition that
# makes X a town of the country its people's word names.
_PEOPLES_TOWN_AFTER = patterns.compile(
    r"^,\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<people>[A-Z][a-z]+)\s+"
    r"(?:(?:border|frontier|coastal|port|market|mountain|desert)\s+)?"
    r"(?:town|city|village|port|capital)\b"
)
# "in X north-east of Amman", "near X 20 km south of Mosul": a bearing from another place
# with no comma, read after a locating preposition only ("the Nile north of Atbara" is a river's
# stretch; "in X north of Y" puts X there as "X, north of Y" does).
_BEARING_AFTER = patterns.compile(
    rf"^\s+{_DISTANCE}"
    rf"{COMPASS}\s+of\s+(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
)
PERSON_BEFORE = patterns.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Prof|President|Minister|General|Gen|Col|Colonel|Sheikh|Imam|King|"
    r"Prince|Captain|Capt|Sgt|Judge|Senator|Sen|Rep|Pope|Saint|St|Lt|Major|Maj|Father|Sister|"
    r"Brother|Rabbi|Cardinal|Bishop|Archbishop|Emir|Sultan|Queen|Lord|Lady|Sir)\.?\s+$"
)
PERSON_AFTER = patterns.compile(
    r"^(?:,?\s+(?:said|says|told|added|wrote|asked|explained|stressed|noted|warned|who|whose)\b"
    r"|['’]s\s+(?:wife|husband|son|daughter|father|mother|brother|sister|family|office|"
    r"spokesman|lawyer|death|statement|remarks|government|administration|party)\b)"
)


# "the Achaemenid empire", "the Safavid dynasty", "the Umayyad period": a name before a
# polity's or an age's noun names a dynasty, a people or a time, not a town.
POLITY_AFTER = patterns.compile(
    r"[ \t]+(?:empire|empires|dynasty|dynasties|caliphate|sultanate|khanate|kingdom|era|period)\b"
)


# A piece of writing or its publishing before "in the": "a column in the Guardian", "the story
# first ran in the Times", "an interview published in the Economist": the name is a newspaper's
# or a magazine's, no place.
_PUBLISHED_IN = patterns.compile(
    r"\b(?:column|columns|article|articles|editorial|op-ed|interview|story|stories|piece|"
    r"letter|essay|obituary|headline|commentary|cartoon|advert|advertisement|wrote|written|"
    r"writing|writes|published|printed|ran|appeared|quoted)\s+(?:[\w’'-]+\s+){0,2}?in\s+the\s+$",
    re.IGNORECASE,
)


# A noun or verb of trust or interest before "in": "renewed interest in X", "confidence in
# X", "they believe in X": "in" is the noun's complement, the word after it what is trusted
# or wanted (a person, a policy), not where something is; the weak slot stays, but it does
# not locate (``Candidate.locative``).
ATTITUDE_IN = patterns.compile(
    r"\b(?:interest|interested|confidence|faith|trust|belief|believe|believes|believed|"
    r"pride)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def candidates(document: Document) -> Iterable[Candidate]:
    plain = document.plain
    for block in document.blocks:
        for start, end, text in name_hits(plain, block.start, block.end):
            # "’Aïn Merane", "'Ain Issa": the ayn that opens a name is no letter of it, and a
            # name in single quotes ('Homs') is read as without them; the words before it are
            # read before the mark ("in 'Ain Issa" is a place slot)
            if text[0] in _MARK_SET:
                start, text = start + 1, text[1:]
            words = text.split(" ")
            while words and words[0].lower() in ("the", "a", "an"):
                start += len(words.pop(0)) + 1
            if not words:
                continue
            text = " ".join(words)
            edge = start - 1 if plain[start - 1 : start] in _MARK_SET else start
            opening = plain[max(block.start, edge - 60) : edge]
            # "Residents of X" opening a sentence, "the Village of X": X in a place slot.
            # Mid-sentence, without an article, a capitalised "Village of", "Port of" is part of
            # the name ("in the province of Village of the Sheikh", "in Port of Abbas"): MT
            # capitalises the words it translates.
            slot_word = opens_sentence(opening.rstrip()) or opening.endswith(("the ", "The "))
            lead = LEADING_SLOT.match(text) if slot_word else None
            if lead and translated_whole(text, lead.end()):
                # "in the City of Jesus": a name's own word after "City of" would be kept in
                # Latin letters; an English word there says MT translated the whole name
                # (مدينة عيسى, Madinat Isa), which is read as it stands (a place slot all the
                # same). "the City of London" finds no literal reading and stays quiet.
                pass
            elif lead:
                start += lead.end()
                text = text[lead.end() :]
            elif slot_word and (follows := _FOLLOWERS_OF.match(text)) and _follower(follows):
                # "Fans of X's football club": the sentence's capital is no word of the name
                start += follows.end()
                text = text[follows.end() :]
            head, of, tail = text.partition(" of ")
            if of and (country_of_word(tail) or known_name(tail, people=False)):
                text = head  # "Kurdmahmudlu of Fuzuli": a place of a known unit (not a person)
                end = start + len(head)
            for suffix in ("'s", "’s"):
                if text.endswith(suffix):
                    text = text[: -len(suffix)]
                    end -= len(suffix)
            if (
                not text
                or ADDRESS_AFTER.match(plain, end)
                or plain[start - 1 : start] in ("@", "/")
            ):
                continue  # "Dialog.ua", "@Nursery": a web address or handle, no place
            edge = start - 1 if plain[start - 1 : start] in _MARK_SET else start
            before = plain[max(block.start, edge - 60) : edge]
            before = _whole_for_part(_article_in_name(before))
            after = plain[end : min(block.end, end + 60)]
            if PERSON_BEFORE.search(before) or _PUBLISHED_IN.search(before):
                continue  # "Mr X"; "a column in the Guardian": a person, a newspaper
            if before.endswith(("the ", "The ")) and (
                FEATURE_AFTER.match(plain, end) or POLITY_AFTER.match(plain, end)
            ):
                continue  # "in the Yehuda desert": the desert's name, a region
            if " " in text and text.rsplit(" ", 1)[1].lower() in organisation_heads():
                continue  # "the area of the Etzion Brigade": a unit, no place
            if opening_person(before, plain[end : min(block.end, end + 160)]):
                continue  # "Harris, near the Syrian border, was arrested": a person
            hint = None
            in_unit = False
            country_hit = COUNTRY_AFTER.match(after)
            if country_hit:
                hint = country_of_word(country_hit.group("country"))
            if hint is None and (unit_hit := UNIT_AFTER.match(plain, end, block.end)):
                # "X, in Nimroz province", "X, the capital of Muthanna province": the country
                # of the one first-level unit so named
                units = unit_countries(unit_hit.group("unit") or unit_hit.group("named"))
                hint = next(iter(units)) if len(units) == 1 else None
                country_hit = unit_hit if hint else None
                in_unit = hint is not None
            if (
                hint is None
                and (WEAK_BEFORE.search(before) or _captured(before, text))
                and not _SOURCE_BEFORE.search(before)
                and (not before.endswith(("the ", "The ")) or _captured(before, text))
                and (bare := _BARE_UNIT_AFTER.match(plain, end, block.end))
            ):
                # "homes in X in Kunar", "reached X in North Darfur": a weak slot and a
                # first-level unit named without its noun (not "a letter from X in Kunar"; not
                # "the X in Mecca", a landmark or a facility there; not a unit named after its
                # city: "Zamalek in Cairo" is a quarter of the city)
                hint = _bare_unit_country(bare.group("unit"))
                country_hit = bare if hint else None
                in_unit = hint is not None
            if hint is None and (near := NEAR_PLACE_AFTER.match(after)):
                # "X, north of Doha", "X, a seaside suburb of Tunis": the country of the
                # well-known place it is located by
                hint = well_known_country(near.group("place")) or locator_country(
                    near.group("place")
                )
            if hint is None and (people := _PEOPLES_TOWN_AFTER.match(after)):
                hint = country_of_word(people.group("people"))
            bearing = (
                hint is None
                and before.endswith("the ")  # "in the X north-east of Amman"
                and LOCATIVE_BEFORE.search(before) is not None
            )
            if bearing and (bear := _BEARING_AFTER.match(after)):
                # "in X north-east of Amman": the country of the place it is located by
                hint = well_known_country(bear.group("place")) or locator_country(
                    bear.group("place")
                )
            bearing = bearing and hint is not None
            placed_in: frozenset[str] = frozenset()
            found = placed_after(after) if hint is None else None
            placed = found is not None
            if found is not None:
                # "X, Punjab,", "X, in Sharjah", "X, on the Dez river": a unit, a part of the
                # region or a feature of it sets the country (one of the region's alone: a
                # hint) and makes the name a place
                codes, placed_hit = found
                if len(codes) == 1 and codes <= ARABIC_SCRIPT_REGION:
                    hint, country_hit = next(iter(codes)), placed_hit
                else:
                    placed_in = codes
            head_slot = place_head(text, before, after)
            stripped = before.rstrip()
            sentence_start = not stripped or stripped[-1] in ".!?:;\"“”'‘’(—–-"
            if before.endswith("the ") and stripped[:-3].rstrip()[-1:] in (".", "!", "?", ""):
                sentence_start = True
            # "X, in the hills west of Hama, was hit", "spread to X, on the Caspian coast, on
            # Saturday": a locating phrase set off by commas
            phrase = locating_phrase(
                plain[end : min(block.end, end + 160)], sentence_start and not lead
            )
            if PERSON_BEFORE.search(text.split(" ", 1)[0] + " "):
                phrase = None  # "Mr Erdogan, on the road to Ankara, stopped": a person
            phrased = phrase is not None
            if hint is None and phrase:
                # "X, in the hills above Tabarka,": the country of the place it is located by
                hint = phrase_country(phrase)
            if hint and country_hit is not None and country_hit.group().startswith(","):
                slot = "country"  # "Ghazi Antab, Turkey": the copy says it is a place there
            elif (
                (hint and country_hit is not None and country_hit.group("compass"))
                # "the Friend in the southern West Bank": a part of a country, a place there
                or lead
                or SLOT_BEFORE.search(before)
                # "the Yarmouk camp", not "a Sunni district": a name takes no "a"
                or (SLOT_AFTER.match(after) and not INDEFINITE_BEFORE.search(before))
                or APPOSITION_AFTER.match(after)
                or locates(after)
                or phrased
                or placed
                or people_of_a_country_in(before)
                # "a drone over X in Jazan region": a place of the province named after it
                or (in_unit and (placed_in_unit(text, before) or _captured(before, text)))
                # "the grand port at X", "the road from X to"
                or site_before(before, text)
                # "X's airport", "the bazaar of X", "a governor for X"
                or head_slot == "strong"
                # "Aramco said its X refinery", "their X gas field"
                or _owned_facility(text, before, after)
                # "X (Reuters) - A bomb ...", "X — Farmers west of ...": a wire dateline
                or _agency_dateline(plain, block.start, start, end, text)
            ):
                slot = "strong"
            elif WEAK_BEFORE.search(before) or head_slot == "weak" or _captured(before, text):
                slot = "weak"
            elif PERSON_AFTER.match(after):
                continue  # "Costa said", "Kirk's wife": a person
            elif beside_a_city(before, after):
                slot = "weak"  # "link X and Khobar": a name joined to a city is a place
            else:
                slot = "none"
            # "near X, on the road from A to B,": a strong slot that a preposition locates too
            locative = (slot == "weak" or phrased) and (
                LOCATIVE_BEFORE.search(before) is not None
                or beside_a_city(before, after)
                or destination_before(before)
            )
            if ATTITUDE_IN.search(before):
                locative = False  # "renewed interest in X": what is trusted, not where
            definite = before.endswith("the ") and not _attributive(after)
            located = bool(
                APPOSITION_AFTER.match(after)
                or bearing
                or placed
                or ((locates(after) or phrased) and not everyday_opening(text, sentence_start))
            )
            listed = country_hit is not None and BARE_COMMA.match(country_hit.group()) is not None
            yield Candidate(
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
                day_as_place(text, before, after),
                *sentence_around(plain, start, end, block.start, block.end),
                placed_in,
            )


def _article_in_name(before: str) -> str:
    """``before`` with a capitalised "The" mid-sentence read as "the": MT capitalises the
    article of a name it translated ("textile workers in The Great Stopover"), and the slot
    is the one "in the" gives."""
    if before.endswith(" The ") and before[:-5].rstrip()[-1:].isalpha():
        return before[:-4] + "the "
    return before


# "flooded parts of X", "from low-lying parts of X", "through much of X": a part of a whole,
# one adjective or none before it.
_PART_OF = patterns.compile(
    r"(?:\b[a-z-]+\s+)??\b(?:parts|part|much|most|areas|swathes|swaths)\s+of\s+(?:the\s+)?$"
)
_ADJECTIVE_FIRST = patterns.compile(r"^[a-z-]+\s+(?=\S+\s+of\b)")


def _whole_for_part(before: str) -> str:
    """``before`` with a part of the name's whole left out where a word of a weak slot
    (``WEAK_BEFORE``) comes before it ("flooded parts of X", "evacuated families from low-lying
    parts of X", "swept through much of X"): the name is read in the slot "flooded X", "from X"
    give it. Not "officials said parts of X were" (no such word: a person's or a firm's parts
    as often)."""
    hit = _PART_OF.search(before)
    if hit is None:
        return before
    article = "the " if before.endswith("the ") else ""
    # the part with its adjective ("low-lying parts of"), then without ("flooded parts of":
    # "flooded" is the slot's word)
    first = _ADJECTIVE_FIRST.match(hit.group())
    for cut in (hit.start(), hit.start() + (first.end() if first is not None else 0)):
        if WEAK_BEFORE.search(before[:cut]):
            return before[:cut] + article
    return before


def name_hits(plain: str, low: int, high: int) -> Iterator[tuple[int, int, str]]:
    """The capitalised names between ``low`` and ``high`` (start, end, text), a name that owns
    a named facility only a place has split at its possessive ("Adana's Incirlik air base",
    "Aswan's High Dam": the owner, then the facility's name; a strong head of
    :func:`named_head`), so that the owner is read in the slot the facility gives it
    (:func:`place_head`); so is a well-known city of the region owning a name the copy calls a
    part of it (``_city_owns``, ``_CITY_PART_AFTER``: "Istanbul's Garden Houses district", read
    on its own; not "Istanbul's Grand Bazaar", a landmark's English name). Not a name
    whose possessive is its own ("Solomon's Mosque", "Servant's Well": a name MT translated
    whole). A name the pattern joined at an English "at", "as", "an" is cut there first,
    both sides kept (:func:`english_cut`)."""
    for hit in CANDIDATE.finditer(plain, low, high):
        yield from _owned_hits(plain, hit.start(), hit.group(), high)


def _owned_hits(plain: str, start: int, text: str, high: int) -> Iterator[tuple[int, int, str]]:
    """The hits of :func:`name_hits` in one match of ``CANDIDATE``: first cut at an English
    "at", "as", "an" the pattern read as an Arabic article (:func:`english_cut`), both sides
    kept ("south of X as Houthi forces", "into The X as Bahrainis crossed": the name before
    the word is read too, in its own slot), then at an owner's possessive."""
    cut = english_cut(text)
    if cut is not None:
        head, tail = cut
        yield from _owned_hits(plain, start, head, high)
        start, text = start + len(text) - len(tail), tail
    end = start + len(text)
    owned = _owner_inside(text)
    at = start + len(owned[0]) if owned is not None else 0
    if owned is not None and (
        named_head(plain[at : min(high, at + 80)]) == "strong"
        or (_CITY_PART_AFTER.match(plain, end, high) and _city_owns(owned[0]))
    ):
        cut = len(text) - len(owned[1])
        yield start, start + cut, text[:cut]
        yield start + cut + 1, end, text[cut + 1 :]
    else:
        yield start, end, text


# The second letter of a word the Arabic article may stand before: a vowel, the h of a
# digraph, a glide or a mark ("at Tin", "ath Thawrah", "as Shi"): two consonants open no
# Arabic word, so the "at" of "at Tr", the "as" of "as Sk" are English.
_AFTER_ARTICLE_SECOND = frozenset("aeiouyhwāēīōūâêîôû'’`ʿʾ")


def english_cut(text: str) -> tuple[str, str] | None:
    """The name before and the name after the last " at ", " as ", " an " inside ``text``
    where that word is English, not the Arabic article the candidate pattern reads there: the
    article reads "at", "as", "an" only before a word opening with t, s, n and a vowel or a
    digraph ("Tell as Sultan", "Ras at Tannurah"), so "the Indus at Sukkur", "Chad at Adre",
    "the Tigris at Tr..." and "X as Houthi forces" are English (so is any such word after a
    country's or a curated name). None where there is none."""
    head, link, tail = text.rpartition(english_link(text))
    if not link or not tail[:1].isupper():
        return None
    article_like = tail[0].lower() == link.strip()[-1] and tail[1:2].lower() in (
        _AFTER_ARTICLE_SECOND
    )
    if article_like and not country_of_word(head) and not known_name(head):
        return None
    return head, tail


# A possessive inside a name ("Adana's Incirlik"): an owner ending in a lower-case letter, a
# capitalised word after the mark.
INNER_POSSESSIVE = patterns.compile(r"[a-z] [A-Z]")


def _owner_inside(text: str) -> tuple[str, str] | None:
    """The owner of a possessive inside the name ``text`` and the name after its mark
    (``context.possessive_owner``: "Adana's Incirlik"), where the owner ends in a lower-case
    letter and a capitalised word follows the mark (:data:`INNER_POSSESSIVE`; not "UK's
    Foo" nor "Sanaa's")."""
    owned = possessive_owner(text)
    if owned is None or not INNER_POSSESSIVE.match(owned[0][-1:] + owned[1][:2]):
        return None
    return owned


# The noun of a part of a city after its name ("Istanbul's X district", "Izmir's X
# municipality"): the copy says the name is a place, not a landmark or a venue.
_CITY_PART_AFTER = patterns.compile(
    r"\s+(?:district|municipality|suburb|neighbou?rhood|quarter|borough)s?\b"
)


def _city_owns(owner: str) -> bool:
    """Whether the owner of a possessive inside a name is a well-known city of the region
    (``well_known_country``, 100,000 or more), not a country: English copy names a district or
    a suburb by its city ("Istanbul's Garden Houses district", "Tashkent's Younusabad"), and
    MT keeps that order, so the name after the possessive is the place, the city its locator.
    A country's possessive ("Turkey's Black Sea coast", "Iran's Fars province") names a region
    or a unit more often, and stays read whole."""
    code = well_known_country(owner)
    return code is not None and code in ARABIC_SCRIPT_REGION


SENTENCE_END = patterns.compile(r"[.!?](?=\s|$)")


def sentence_around(plain: str, start: int, end: int, low: int, high: int) -> tuple[str, int]:
    """The sentence the text from ``start`` to ``end`` stands in (240 characters each side at
    most), within the block from ``low`` to ``high``, and where in it that text starts."""
    before = plain[max(low, start - 240) : start]
    cut = max((hit.end() for hit in SENTENCE_END.finditer(before)), default=0)
    after = plain[end : min(high, end + 240)]
    stop = SENTENCE_END.search(after)
    opening = before[cut:]
    sentence = opening + plain[start:end] + (after[: stop.start()] if stop else after)
    return sentence.strip(), len(opening) - (len(sentence) - len(sentence.lstrip()))


# The slot words that open Arabic place names (مدينة, بلدة, قرية, ميناء).
NAME_OPENING_SLOTS = frozenset(["City", "Town", "Village", "Port"])


def translated_whole(text: str, cut: int) -> bool:
    """A capitalised "City of", "Town of", "Village of", "Port of" and after it one English
    word that is no place or person the curated layers know and no city of 100,000+, where the
    word tables translate the whole phrase ("City of Jesus": مدينة عيسى; not "City of London",
    "Port of Aden"): the slot's word is then part of a name MT translated whole."""
    rest = text[cut:]
    return (
        text.split(" ", 1)[0] in NAME_OPENING_SLOTS
        and " " not in rest
        and is_english_word(rest)
        and not known_name(rest)
        and all(p.population < WELL_KNOWN_POPULATION for p in geonames_index().exact(rest))
        and literal_options(Candidate(0, len(text), text, "strong", None, False)) is not None
    )


# "in Monday's vote", "in Monday morning": English, a time; "met in Monday": no English puts a
# weekday after "in" or "near" (it takes "on"), so MT wrote a place there (Dushanbe, Persian
# for Monday).
DAY_PLACE_BEFORE = patterns.compile(r"\b(?:in|near|outside|inside|around|into)\s+$")
DAY_TIME_AFTER = patterns.compile(
    r"^(?:['’]s?|\s+(?:morning|afternoon|evening|night|nights|mornings|prayers?|market)\b)",
    re.IGNORECASE,
)


def day_as_place(text: str, before: str, after: str) -> bool:
    from tqcheck.lexicon import WEEKDAYS

    return (
        text.lower() in WEEKDAYS
        and DAY_PLACE_BEFORE.search(before) is not None
        and DAY_TIME_AFTER.match(after) is None
    )


@cache
def organisation_heads() -> frozenset[str]:
    """Head nouns that end an organisation's name (``organisation_heads.txt``)."""
    text = resources.files("tqcheck.data").joinpath("organisation_heads.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def surname_in(plain: str, text: str) -> bool:
    """``text`` follows a given name or a title somewhere in ``plain`` ("Ryan X", "Mr X"): a
    person's surname. A word is looked up among the document's surnames, read once
    (:func:`surnames_in`): scanning the document again for each opening name was quadratic in
    long copy."""
    if LATIN_WORD.fullmatch(text):
        return text in surnames_in(plain)
    return any(
        person_first(hit.group(1))
        for hit in re.finditer(rf"\b([A-Z][a-z]+\.?)\s+{re.escape(text)}\b", plain)
    )


# A capitalised word, then the word after it: every pair, overlapping ("Ryan Demir Said").
NAME_THEN_WORD = patterns.compile(r"\b([A-Z][a-z]+\.?)\s+(?=(\w+))")


@lru_cache(maxsize=2)  # the document being checked (a batch checks one after another)
def surnames_in(plain: str) -> frozenset[str]:
    """Every word of ``plain`` right after a given name or a title ("Ryan X", "Mr X")."""
    return frozenset(
        hit.group(2) for hit in NAME_THEN_WORD.finditer(plain) if person_first(hit.group(1))
    )


def person_first(first: str) -> bool:
    """``first`` is a given name or a title, so the word after it is a surname."""
    from tqcheck.arabic.names import given_names
    from tqcheck.gazetteer.index import default_gazetteer

    return (
        first in given_names()
        or default_gazetteer().is_given_name(first)
        or PERSON_BEFORE.search(first + " ") is not None
    )


def named_person(candidate: Candidate, plain: str) -> bool:
    """``candidate``, one word outside a strong place slot, is a surname the copy itself gives
    a person: a given name or a title stands before it somewhere in ``plain`` ("Dr Raed Saleh
    said the clinic in Raed ...", "Mr Fadi said shops in Fadi ...": :func:`surname_in`). The
    copy uses the word of a person; "in", "near" before it say less than that, however like a
    town it sounds. A strong slot ("the town of X") says it is a place and is read as before."""
    if candidate.slot in ("strong", "country") or not LATIN_WORD.fullmatch(candidate.text):
        return False
    return surname_in(plain, candidate.text)


# A name of one to four capitalised words, after a sentence's "The" ("The Red Sea ...",
# "Bordj Bou Arreridj province"): read whole, else as names of one or two words.
NAME = patterns.compile(r"(?<![\w’'-])(?:The )?[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){0,3}")


def opens_sentence(before: str) -> bool:
    """The text before a name (right-stripped) ends a sentence, or a heading or quote opens."""
    before = re.sub(r"(?:^|\s)[Tt]he$", "", before).rstrip()
    return not before or before[-1] in ".!?:;\"“”'‘’(—–-"


def english_link(text: str) -> str:
    """The last of " at ", " as ", " an " inside ``text`` (links the candidate pattern reads as
    an Arabic article), or a string ``text`` does not hold."""
    found = max((text.rfind(link), link) for link in (" at ", " as ", " an "))
    return found[1] if found[0] >= 0 else "\0"


# "over X in Jazan region", "near X in Daraa province": a preposition before the name.
OVER_BEFORE = patterns.compile(r"\bover\s+(?:the\s+)?$")
# "captured the X", "took control of the X", "overran the X": a verb of taking ground, whose
# object in region copy is a place, a base or a position (a body or a landmark, "stormed the
# Parliament", is told by its head noun; "the Shell refinery" by the noun it modifies).
_CAPTURE_BEFORE = patterns.compile(
    r"\b(?:(?:re)?captured|seized|stormed|overran|overrun|retook|retaken|regained|"
    r"(?:took|taken|take|takes|taking|seized|seizes|seizing|gained|regained|wrested|wrest)"
    r"\s+(?:full\s+|back\s+|total\s+)?control\s+of|(?:took|taken)\s+over)\s+the\s+$"
)


def _captured(before: str, text: str) -> bool:
    """The text before a name ends with a verb of taking ground and "the" ("captured the X",
    "took control of the X"): in region copy what forces capture is a town, a base or a
    position, so the name after it stands where a place does (a weak slot; with the unit
    named after it, "the X in West Kordofan", a place of that unit, though a landmark or a
    facility after "in the" is not: "prayed in the Mosque in Mecca"). Not a name whose head
    (its last word, or a singular of it) names a building, a body, a site or a title by the
    noun alone ("stormed the Parliament", "seized the Airport", "took control of the
    Treasury", "captured the Citadel", "seized the Governor"): English copy writes those with
    "the" and a capital after such a verb, and they are no town."""
    if _CAPTURE_BEFORE.search(before) is None:
        return False
    head = text.rsplit(" ", 1)[-1].lower()
    return not ({head, *plural_bases(head)} & _taken_by_its_noun())


@cache
def _taken_by_its_noun() -> frozenset[str]:
    """The head nouns (lower case) that name a building, a body, a site, a facility or a title
    by the noun alone (:func:`_captured`)."""
    from tqcheck.lexicon import word_list

    nouns = word_list("definite_name_heads") | word_list("landmark_nouns")
    nouns |= word_list("organisation_heads") | word_list("site_nouns")
    nouns |= word_list("facility_heads") | word_list("english_name_titles")
    nouns |= word_list("role_nouns") | word_list("person_name_titles")
    return frozenset(noun.lower() for noun in nouns)


def placed_in_unit(text: str, before: str) -> bool:
    """A name after a preposition and before "in <unit> province|region" ("a drone over X in
    Jazan region") is a place of that province: not a person ("met Hassan in Jazan region",
    "Kurds in Hasakah province" have no preposition before them; "with Hassan" is a person)."""
    from tqcheck.gazetteer.index import default_gazetteer

    return (
        (WEAK_BEFORE.search(before) is not None or OVER_BEFORE.search(before) is not None)
        and not is_person(text)
        and not default_gazetteer().is_given_name(text.split(" ", 1)[0])
    )


def site_before(before: str, text: str) -> bool:
    """The text before a name ends with an installation or a settlement placed at it ("the
    grand port at X", "refugee camps in X", "villages around X") or a road running from or to
    it ("the road from X to") or between a town and it ("the road between Benghazi and X"):
    copy says the name is a place (no one is "the port at Smith").
    A compass point or a world region is a direction there, no town ("flights to the East")."""
    from tqcheck.lexicon import word_list

    if text.lower() in word_list("compass_words") or is_world_region(text):
        return False
    if CROSSED_AT_BEFORE.search(before):
        return True
    for pattern, nouns in (
        (SITE_BEFORE, "site_nouns"),
        (ROUTE_BEFORE, "route_nouns"),
        (ROUTE_END_BEFORE, "route_nouns"),
    ):
        hit = pattern.search(before)
        if hit is not None and "end" in hit.groupdict() and country_of_word(hit.group("end")):
            continue  # "the border between Iraq and X": two countries
        noun = hit.group("noun").lower() if hit is not None else ""
        if noun and {noun, *plural_bases(noun)} & word_list(nouns):
            return True
    return False


def _bare_unit_country(unit: str) -> str | None:
    """The country of the one first-level unit of the region called ``unit`` (``unit_countries``
    without its city reading), where no well-known city bears the name too (``Cairo``,
    ``Kunduz``: "in X in Kunduz" may be a quarter of the city)."""
    units = unit_countries(unit, False)
    if len(units) != 1 or well_known_country(unit):
        return None
    return next(iter(units))


@cache
def place_heads() -> dict[tuple[str, str], str]:
    """(head, use) -> slot ("town", "strong" or "weak") of ``place_heads.tsv``; a use is "'s",
    "of" or "for". A "town" head is a strong one that only a town has (:func:`place_head`)."""
    text = resources.files("tqcheck.data").joinpath("place_heads.tsv").read_text("utf-8")
    heads: dict[tuple[str, str], str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head, slot, uses = line.split("\t")
        for use in uses.split():
            heads[(head.strip().lower(), use)] = slot.strip()
    return heads


def head_slot(words: list[str], use: str) -> str | None:
    """The slot of the head ``words`` end with (one word or two, the last read in the singular
    too: "beaches"), for ``use``."""
    heads = place_heads()
    last = words[-1]
    for form in (last, *plural_bases(last)):
        for size in (2, 1):
            if len(words) < size:
                continue
            head = " ".join([*words[len(words) - size : -1], form])
            if (head, use) in heads:
                return heads[(head, use)]
    return None


def place_head(text: str, before: str, after: str) -> str | None:
    """The slot ("strong", "weak") a head noun of what a town has gives the name next to it:
    after "<head> of" ("the bazaar of X", "residents of eastern X", "the old quarter of X") or
    "<office> for" ("a governor for X"), or before "'s <head>" ("X's airport", "X's old city",
    "Copper Lands' mayor"), up to two words between. News copy gives such a thing to a town;
    where a person, a club or a company has one as often (``place_heads.tsv``: "Barcelona's
    stadium", "Aramco's refinery") the slot is weak. A possessive whose owner is a given name, a
    person or a pronoun is never a place ("Sarah's beach", "That's why the police"), nor one
    whose noun phrase goes on past the head ("Navalny's hospital room"); but a given name owning
    a head only a town has (slot "town": "Ben Gazzara's airport", "Jesus City's souq") opens a
    town's name, as no person has an airport or a souq."""
    slot = _place_head_slot(text, before, after)
    return None if slot is None else _strong(slot)


def firm_head(text: str, after: str) -> bool:
    """The possessive after ``text`` owns the head of an industry or a trade that a firm runs
    as often as a town has it (slot "firm" of ``place_heads.tsv``: "X's steelworks", "X's
    chemical plant", "X's book fair"): a strong slot of :func:`place_head` all the same, but
    one that English copy fills with a firm's name ("Dow's chemical plant", "Wedgwood's
    porcelain factory") as readily as with a town's."""
    return _place_head_slot(text, "", after) == "firm"


def _place_head_slot(text: str, before: str, after: str) -> str | None:
    """:func:`place_head`, the slot as ``place_heads.tsv`` gives it ("town", "firm", "strong",
    "weak")."""
    from tqcheck.lexicon import is_function_word, is_verb_like, word_list

    hit = HEAD_BEFORE.search(before)
    if hit is not None:
        words = [w for w in (hit.group("first"), hit.group("noun")) if w]
        slot = head_slot(words, hit.group("link"))
        if slot is not None:
            return None if _modifies_a_noun(after) else slot

    hit = HEAD_AFTER.match(after)
    if hit is None:
        slot = _named_head(after)
        if slot is None:
            return None
    elif hit.group("mark") in ("'", "’") and not text.endswith("s"):
        return None  # a bare apostrophe marks a plural's possessive only ("Copper Lands'")
    else:
        words = hit.group("words").split()
        slot = None
        for cut in range(1, min(len(words), 3) + 1):
            if is_function_word(words[cut - 1]):
                break  # "That's why the police", "It's the mayor": "is", no possessive
            found = head_slot(words[:cut], "'s")
            if found is None:
                continue
            if cut == len(words) or is_verb_like(words[cut]) or is_function_word(words[cut]):
                slot = found  # the noun phrase ends at this head
                break
            # "Dina's airport shop": the noun phrase goes on past the head; a head after it
            # is the phrase's own ("X's university hospital said")
        if slot is None:
            return None
    from tqcheck.gazetteer.look_alikes import given_name

    first = text.split(" ", 1)[0]
    if first.lower() in word_list("pronouns") or is_function_word(first):
        return None
    if is_person(text) or (slot != "town" and given_name(first)):
        # "Sarah's beach"; but "Ben Gazzara's airport", "Jesus City's souq": no person has an
        # airport or a souq, so a given name there opens a town's name
        return None
    return slot


def _strong(slot: str) -> str:
    """A slot of ``place_heads.tsv`` as :func:`place_head` gives it: a head only a town has
    ("town") or one a firm runs as often ("firm") gives a strong slot."""
    return "strong" if slot in ("town", "firm") else slot


# The lower-case word right after a name.
_LOWER_WORD_AFTER = patterns.compile(r"^[ \t]+(?P<word>[a-z][a-z-]*)\b")


def _modifies_a_noun(after: str) -> bool:
    """The name is an adjective or a group's name before the noun it modifies ("the shelling of
    Kurdish positions", "the population of Sunni areas", "the siege of Houthi-held towns"): the
    head's "of" takes that noun, not the name. A verb, a function word or a place's own noun
    after the name ("the siege of X ended", "the outskirts of X city", "X province") leave the
    name the head's place, and so do a time word or an adverb, which no adjective takes ("had hit
    the old quarter of X overnight", "the shelling of X yesterday")."""
    from tqcheck.lexicon import is_function_word, is_time_word, is_verb_like, word_list

    hit = _LOWER_WORD_AFTER.match(after)
    if hit is None or SLOT_AFTER.match(after) or FEATURE_AFTER.match(after):
        return False
    word = hit.group("word")
    # the noun an adjective or a group's name takes here is a plural ("positions", "areas",
    # "towns"): a singular or an adverb ("last year", "largely", "once again", "alone")
    # leaves the name the head's place
    return word.endswith("s") and not (
        is_verb_like(word)
        or is_function_word(word)
        or is_time_word(word)
        or word in word_list("sentence_adverbs")
        or word in _PLACE_NOUNS_AFTER
    )


# A place's own noun after its name, which no adjective takes there ("the outskirts of X city").
_PLACE_NOUNS_AFTER = frozenset(["city", "town", "village", "oasis", "island", "governorate"])


def named_head(after: str) -> str | None:
    """The slot of the head of a facility's own name after a possessive ("'s Incirlik air
    base", "'s High Dam": ``NAMED_HEAD_AFTER``): the name's last word, or the lower-case words
    after the name (one or two, the head's whole), a head of ``place_heads.tsv``; none where
    the noun phrase goes on past the head, as :func:`place_head` reads a lower-case one ("X's
    Charite hospital room", as "X's hospital room": the room is the head, a person's)."""
    slot = _named_head(after)
    return None if slot is None else _strong(slot)


def _named_head(after: str) -> str | None:
    """:func:`named_head`, a head only a town has giving its own slot ("town")."""
    from tqcheck.lexicon import is_function_word, is_verb_like

    hit = NAMED_HEAD_AFTER.match(after)
    if hit is None:
        return None
    name = hit.group("name").lower().split()
    words = (hit.group("words") or "").split()
    slot, cut = head_slot(name, "'s"), 0
    if slot is None and words:
        slot, cut = head_slot(words, "'s"), len(words)
        if slot is None:
            slot, cut = head_slot(words[:1], "'s"), 1
    if (
        slot is not None
        and cut < len(words)
        and not (is_verb_like(words[cut]) or is_function_word(words[cut]))
    ):
        return None  # "X's Charite hospital room": the noun phrase goes on past the head
    return slot


# "sent delegations to X", "a visit to X", "flew to the X": a word of travel and "to".
DESTINATION_BEFORE = patterns.compile(r"\b(?P<word>[a-z]+)\s+to\s+(?:the\s+)?$")


def destination_before(before: str) -> bool:
    """The text before a name ends with a word of travel and "to" (``destination_words.txt``:
    "sent delegations to X", "a visit to X", "flew to X"): where travellers go is a place,
    read as after "in"; "to" alone takes a person as often ("spoke to Holly")."""
    from tqcheck.lexicon import word_list

    hit = DESTINATION_BEFORE.search(before)
    return hit is not None and hit.group("word") in word_list("destination_words")


def people_of_a_country_in(before: str) -> bool:
    """ "Omani officials in X", "Moroccan police in X": wire copy's way of saying X is a place
    (the officials may be abroad, so the country is no hint)."""
    hit = PEOPLE_IN_BEFORE.search(before)
    return hit is not None and country_of_word(hit.group("nation")) is not None


def locates(after: str) -> bool:
    """The text after a name is an apposition that says where it is ("X, in the northwest of
    the country", "X, 80 km south of Algiers"); "X, in Europe" is no town's location, nor is
    "X, on Monday" (a time word)."""
    from tqcheck.lexicon import is_time_word

    hit = LOCATIVE_AFTER.match(after)
    if hit is None:
        return False
    place = hit.group("place")
    return not (place and (is_world_region(place) or is_time_word(place)))


# "X, in the hills west of Hama,", "X, on the road from Ganja to the border,", "X, inland from
# the Black Sea,", "X and Y, both on the Caspian coast,": a name (or the first of two), a comma,
# a locating preposition and the phrase it opens, up to the next comma or the sentence's end.
LOCATING_PHRASE = patterns.compile(
    r"^(?P<pair>\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?,\s+(?:all\s+|both\s+)?"
    r"(?:just\s+|directly\s+|due\s+|high\s+|deep\s+|further\s+|farther\s+|far\s+)?"
    r"(?P<prep>in|on|near|outside|along|off|beside|between|beyond|across|inland\s+from|"
    r"(?:up|down)stream\s+from|(?:up|down)\s+the\s+coast\s+from|close\s+to|not\s+far\s+from|"
    r"at\s+the\s+(?:foot|mouth|edge|head|tip)\s+of)\s+"
    r"(?P<phrase>[^,.;:!?()\"“”]{1,90}?)(?P<close>,\s+(?P<next>[A-Za-z]+)\b|[.;!?](?=\s|$)|$)"
)
# What a locating phrase is about: the lie of the land, a road, a border ("in the hills", "on
# the road from", "along the border"), or a bearing ("west of Hama", "in the north").
LOCATING_WORDS = patterns.compile(
    r"\b(?:hills?|highlands|foothills|slopes|mountains?|ridge|coast|coastline|shores?|seaboard|"
    r"banks?|river|valley|plains?|plateau|delta|desert|oasis|steppe|marsh(?:es|lands)?|basin|"
    r"gulf|sea|lake|islands?|peninsula|strait|border|frontier|borderlands?|outskirts|edge|"
    r"fringes?|countryside|interior|hinterland|heartland|province|governorate|"
    r"roads?|highway|motorway|railway|route|"
    rf"{COMPASS}(?:ern|wards?)?)\b"
)


def locating_phrase(after: str, opening: bool) -> str | None:
    """A locating phrase set off by commas after a name says the name is a place: "X, in the
    hills west of Hama, was hit", "X, on the road from Ganja to the border, lost power",
    "spread to X, on the Caspian coast, on Saturday". The phrase speaks of the lie of the land,
    a road or a border, or holds a bearing (``LOCATING_WORDS``), or its preposition takes a
    name ("near Hama"; not a time word: "on Monday"). A name opening the sentence is the
    located subject only where the sentence's verb follows the phrase: after a sentence adverb
    the words after the phrase open a new subject ("Meanwhile, in the north, rebels
    attacked")."""
    from tqcheck.lexicon import is_function_word, is_time_word, is_verb_like, word_list

    hit = LOCATING_PHRASE.match(after)
    if hit is None:
        return None
    phrase = hit.group("phrase")
    first = re.sub(r"^(?:the|a|an)\s+", "", phrase).split(" ", 1)[0]
    named = first[:1].isupper() and not is_time_word(first)
    if hit.group("prep") == "in" and named and is_world_region(phrase.removeprefix("the ")):
        return None  # "X, in Europe,": no town's location
    if not (LOCATING_WORDS.search(phrase) or named):
        return None
    word = hit.group("next")
    if word is None:
        return phrase  # the sentence ends with the phrase ("near X, on the Atlantic coast.")
    lower = word.lower()
    if lower in SPEECH_VERBS:
        return None  # "Ahmed, in the south, said": a person speaks, no town
    if person_predicate(after[hit.start("next") :]):
        return None  # "Kessler, in the hills north of Mosul, was wounded": a person
    if opening:
        # the sentence's verb, in the singular a town takes ("Farmers, in the plains, have"),
        # in the plural two take ("X and Y, both on the coast, were")
        plural = lower in PLURAL_VERBS and not hit.group("pair")
        if not is_verb_like(word) or plural or lower in word_list("sentence_adverbs"):
            return None
    elif lower in DETERMINERS or not (is_verb_like(word) or is_function_word(word)):
        return None  # "According to X, in the town of Y, rescuers found": a new clause
    return phrase


# Auxiliaries and adverbs between a subject and the verb that says what happened to it.
AUXILIARIES = frozenset(
    [
        *("was", "is", "were", "are", "has", "had", "have", "been", "being", "be", "will"),
        *("would", "reportedly", "allegedly", "later", "also", "briefly", "seriously", "badly"),
        *("fatally", "critically", "slightly", "then", "since", "first", "not", "never"),
    ]
)


# ", near the Syrian border, " after a name: an apposition set off by commas, then the rest.
APPOSITION_THEN = patterns.compile(r"^,\s+[^,.;:!?()\"“”]{1,90},\s+(?P<rest>.*)", re.DOTALL)


# ", in Ankara for talks,", ", in Tehran since March,", ", in Rabat on a state visit,": a
# stay in a named place, with what it is for, since or until when, during what, with whom. A
# town lies in a place; a person stays there for a while ("in rebel hands since 2012" names no
# place, and "with a population of" is a town's).
STAY_APPOSITION = patterns.compile(
    r"^,\s+(?:in|at)\s+(?:[A-Z][\w’'-]+\s+){1,3}"
    # whole words: not "former", "forces", "within", "without" ("in Syria's former capital")
    r"(?:(?:for|since|during|until)\b"
    r"|with\b(?!\s+(?:a\s+|an\s+|its\s+)?(?:population|about|some|\d))|"
    r"on\s+(?:a|an|his|her|their|official|business|holiday|leave)\b"
    # "in Tunis as an observer", "in Kabul as his party's envoy": a role held there
    r"|as\s+(?:a|an|his|her|their)\s+[a-z]"
    r"|on\s+(?P<time>[A-Z]\w+)\b)"
)


def opening_person(before: str, after: str) -> bool:
    """A name opening its sentence, set off by an apposition and followed by what happens to a
    person ("Harris, near the Syrian border, was arrested"; "Kessler, in the hills north of
    Mosul, was wounded"): a person, whatever the apposition says of the place. So is a name
    whose apposition is a stay in a named place ("Demir, in Izmir for the hearing, denied";
    "Baker, in Tehran since March, has been": ``STAY_APPOSITION``), opening its sentence or
    after a verb ("met Demir, in Izmir for the hearing,"), not after a preposition ("spread to
    X, in Syria for the first time"): a town lies somewhere, it does not stay there."""
    from tqcheck.lexicon import is_function_word, is_time_word

    stripped = before.rstrip()
    opening = not stripped or stripped[-1] in ".!?:;\"“”'‘’(—–-"
    stay = STAY_APPOSITION.match(after)
    last = stripped.rsplit(maxsplit=1)[-1:] if stripped else []
    if (
        stay is not None
        and (stay.group("time") is None or is_time_word(stay.group("time")))
        # mid-sentence, not after a preposition ("spread to X, in Idlib for the first time")
        # nor a verb that takes a place ("retook X, in Syria for the first time since 2012")
        and (opening or not ((last and is_function_word(last[0])) or WEAK_BEFORE.search(before)))
    ):
        return True
    if not opening:
        return False
    hit = APPOSITION_THEN.match(after)
    return hit is not None and person_predicate(hit.group("rest"))


def person_predicate(rest: str) -> bool:
    """The words after a phrase set off by commas say what happened to a person, never to a
    town: "was wounded", "has been held" (a passive: ``person_predicates.txt``; a town "held
    an election"), "died" (``person_active_verbs.txt``)."""
    from tqcheck.lexicon import word_list

    passive = False
    for word in rest.split(maxsplit=5)[:5]:
        lower = word.strip(",.;:").lower()
        if lower not in AUXILIARIES:
            if passive:
                return lower in word_list("person_predicates")
            return lower in word_list("person_active_verbs")
        passive = passive or lower in PASSIVE_AUXILIARIES
    return False


PASSIVE_AUXILIARIES = frozenset(["was", "were", "is", "are", "been", "being", "be"])


# Verbs of speech: their subject is a person or a body ("X, in the north, said").
SPEECH_VERBS = frozenset(
    ["said", "says", "told", "added", "wrote", "asked", "explained", "stressed", "noted", "warned"]
)
# A verb whose subject is plural: no town's.
PLURAL_VERBS = frozenset(["are", "were", "have", "do"])
# Words that open a noun phrase, the subject of a new clause after a phrase set off by commas.
DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"]
)


def everyday_opening(text: str, sentence_start: bool) -> bool:
    """One word that English opens sentences with every day (``look_alikes.OPENING_ZIPF``:
    "Power", "Police", "Fighting") opening the sentence: a bare subject that a phrase set off
    by commas may locate as well as a town ("Power, in the south of Lebanon, was cut"), so the
    phrase gives it a place slot (a town must still sound like it) but does not make it one of
    the article's places (``located``: the reading of an English word no town answers)."""
    from tqcheck.gazetteer.look_alikes import OPENING_ZIPF

    return sentence_start and " " not in text and zipf(text) >= OPENING_ZIPF


# A word of the copy, possessive included ("Iraq's").
LATIN_WORD = patterns.compile(r"[A-Za-z][\w'’-]*")


# "its X refinery", "their X plant": a body's facility named by where it stands.
_OWNER_BEFORE = patterns.compile(r"\b(?:its|their)\s+$")
_FACILITY_AFTER = patterns.compile(r"^\s+(?P<words>[a-z]+(?:\s+[a-z]+)?)")


def _owned_facility(text: str, before: str, after: str) -> bool:
    """A possessive determiner before the name and the head of a facility's name after it
    ("Aramco said its X refinery", "their X gas field": ``facility_heads.txt``): a company or a
    state names its plant by the town it stands at; no one owns "its Smith refinery". Not one
    everyday word (``look_alikes.OPENING_ZIPF``: "its Shell terminal"), a company's name as
    often as a garbled town's."""
    from tqcheck.gazetteer.look_alikes import OPENING_ZIPF
    from tqcheck.lexicon import word_list

    if _OWNER_BEFORE.search(before) is None:
        return False
    if " " not in text and zipf(text) >= OPENING_ZIPF:
        return False
    hit = _FACILITY_AFTER.match(after)
    if hit is None:
        return False
    words = hit.group("words").split()
    heads = word_list("facility_heads")
    return words[0] in heads or " ".join(words) in heads


# A wire dateline after a name opening its paragraph: the country, a date if any, the agency
# in brackets if any, and a dash ("X, Turkey, Jan 9 (Reuters) -", "X, Iraq (AFP) -", "X,
# Lebanon —").
_DATELINE_AFTER = patterns.compile(
    r",[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2},?[ \t]+"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+)?(?:\([A-Z][\w ]{1,20}\)[ \t]*)?[-–—]"
)


# A wire dateline that names no country after the name opening its paragraph: a date if any,
# the agency in brackets and a dash ("X (Reuters) -", "X, Jan 9 (AFP) -"), or a dash alone
# before the story's first capitalised word ("X — Farmers west of the capital said").
_AGENCY_DATELINE_AFTER = patterns.compile(
    r"(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]*"
    r"(?:\([A-Z][\w ]{1,20}\)[ \t]*[-–—][ \t]+[A-Z]|[—–][ \t]+[A-Z])"
)


def _opens_line(plain: str, low: int, start: int) -> bool:
    """The name at ``start`` is the first words of a line: the paragraph's or the document's
    (nothing but spaces before it from ``low`` or the line break)."""
    return plain[max(low, start - 8) : start].rstrip(" \t")[-1:] in ("", "\n")


def _agency_dateline(plain: str, low: int, start: int, end: int, text: str) -> bool:
    """The name opens its line (a paragraph's or the document's first words) and a wire
    dateline that names no country follows it (:data:`_AGENCY_DATELINE_AFTER`: "X (Reuters) -
    A bomb ...", "X — Farmers ..."): the town the story is filed from, a strong place slot as
    "the city of X" is (``is_dateline`` reads a dateline that names the country too). One word
    only where it is no English word, no person's or given name and no place's recorded name:
    a line opened by "Martin —", "Baker (AFP) -" or "Medina —" is a person's, a word's or a
    real place's (an own probe of surnames and words before datelines: Martin read as Medina,
    Wright as Rasht); a phrase only where it keeps a word that is no English word."""
    from tqcheck.gazetteer.look_alikes import given_name

    if not _opens_line(plain, low, start):
        return False
    if _AGENCY_DATELINE_AFTER.match(plain, end) is None:
        return False
    if " " in text:
        # a phrase only where it keeps a word that is no English word ("Deir Hafer"): "Old
        # City —", "White House (AFP) -", "Mount of Olives —" open lines as English names (an
        # own probe read them as Eskisehir, Begendik, Zeytindag); a person's name is no
        # dateline's town
        words = [word for word in re.split(r"[ -]", text) if word]
        return not is_person(text) and not all(is_english_word(word) for word in words)
    return not (
        is_english_word(text)
        or is_person(text)
        or given_name(text)
        or known_name(text)
        or recorded_places(text)
    )


def is_dateline(document: Document, candidate: Candidate) -> bool:
    """A name that opens its paragraph as a wire dateline with a country of the region after it
    ("X, Turkey, Jan 9 (Reuters) -", "X, Lebanon —"; the agency is left out by papers and by
    agencies' own sites): the dateline names the town the story is filed from, as
    plainly as "the city of X" does, so the name is located there though it opens the sentence
    (an opening name is otherwise a subject: "During Ramadan, Israel refrained") and though a
    bare comma sets the country after it (which is otherwise read as a list of places)."""
    from tqcheck.lexicon import is_function_word

    return (
        candidate.slot == "country"
        and candidate.hint is not None
        and _opens_line(document.plain, 0, candidate.start)
        and not is_function_word(candidate.text.split()[0].lower())  # "In X, Iraq (Reuters)"
        and _DATELINE_AFTER.match(document.plain, candidate.end) is not None
    )
