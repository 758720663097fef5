"""English words used as places (TQ306): names in a place slot that no reader resolved, with the
slot and the event they stand in, for ``tq306_english_word_as_place``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.gazetteer.context import (
    geography_at,
)
from tqcheck.gazetteer.keys import (
    fold,
)

if TYPE_CHECKING:
    pass
from tqcheck.gazetteer.garble.base import (
    Candidate,
    country_word,
    former_countries,
    geonames_index,
    is_language_name,
    plural_bases,
    recorded_with_article,
)
from tqcheck.gazetteer.garble.countries import (
    candidate_countries,
)
from tqcheck.gazetteer.garble.literal import (
    ARABIC_ARTICLES,
)
from tqcheck.gazetteer.garble.reading import (
    document_candidates,
    find_garbles,
)
from tqcheck.gazetteer.garble.slots import (
    LATIN_WORD,
    SPEECH_VERBS,
    is_dateline,
    opens_sentence,
    organisation_heads,
    place_head,
)
from tqcheck.gazetteer.garble.vetoes import (
    after_a_measure,
    facility_after,
    in_a_unit_name,
    opening_plural_subject,
    real_where_placed,
    title_after_the,
)
from tqcheck.gazetteer.garble.word_tables import (
    english_gloss_word,
    toponym_head_word,
)
from tqcheck.gazetteer.region import (
    ARABIC_SCRIPT_REGION,
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
    # a strong slot places it ("the streets of X", "the port of X", "from X to")
    strong: bool = False
    # copy naming no country places it only by a locating preposition ("in X", "near X"), and
    # it sounds like a town of the region (:func:`heard_by_its_slot`)
    heard: bool = False


# "In January, Iran's deputy minister said": the country opens the next phrase, it does not
# say where the name before it is; nor does one that speaks ("the rites of the Hajj, Saudi
# Arabia said": the subject of a verb of saying, ``SPEECH_VERBS``).
POSSESSIVE_COUNTRY_AFTER = patterns.compile(
    r",\s+(?:[A-Z][\w-]*['’]s\b|[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?[ \t]+(?:"
    + "|".join(sorted(SPEECH_VERBS))
    + r")\b)"
)


class Spans:
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
    (:func:`unset_reading`). Computed once per document."""
    cached = document.analyses.get("place_unplaced")
    if cached is not None:
        return cached
    from tqcheck.lexicon import is_time_word

    garbled = Spans((garble.start, garble.end) for garble in find_garbles(document))
    found: list[Unplaced] = []
    for candidate in document_candidates(document):
        dateline = is_dateline(document, candidate)
        placed = (
            candidate.located
            or dateline
            or (
                candidate.hint is not None
                and (candidate.slot != "weak" or candidate.locative)
                and not candidate.sentence_start  # "During Ramadan, Israel refrained ..."
                and not POSSESSIVE_COUNTRY_AFTER.match(document.plain, candidate.end)
                # "in November in Turkey", "On Saturday, Armenia sent": a time, not a place
                and not any(is_time_word(word) for word in candidate.text.split())
            )
        )
        ground = not placed and _ground_object(document, candidate)
        by_slot = not placed and (
            placed_by_slot(document, candidate)
            # "Jabber's hospital took in", "McCall's port": what only a town has
            or town_possessive(document, candidate.start, candidate.end)
            # "Farmers from X brought": people of a town before a preposition that does not
            # place by itself, the name shaped as a place's
            or (
                town_phrase_before(document, candidate.start)
                and placed_by_slot(document, replace(candidate, slot="strong"))
            )
            or _named_facility(document, candidate)
            or ground
            or _beside_a_town(document, candidate)
        )
        # "the X" where the sentence sets its event (:func:`event_place`)
        event = not placed and event_place(document, candidate)
        if not (placed or by_slot or event) or (
            candidate.slot not in ("strong", "country", "weak") and not by_slot
        ):
            continue
        if garbled.overlaps(candidate.start, candidate.end):
            continue
        if candidate.sentence_start and opening_plural_subject(candidate.around, candidate.text):
            continue  # "Resorts on the northern shore of Issyk-Kul": the subject, a noun
        if (
            after_a_measure(candidate)
            or in_a_unit_name(candidate)
            or title_after_the(candidate)
            or real_where_placed(candidate)
        ):
            # "47 degrees Celsius": a scale; a province's name in full; "The Imam"; a town
            # that lies where its apposition puts it ("Wells, in Somerset,")
            continue
        geography = geography_at(document, candidate.start)
        countries, _ = candidate_countries(document, candidate, geography)
        if countries and recorded_but_final_h(candidate.text, countries):
            continue  # "Hodeidah": Hodeida, a recorded spelling of Al Hudaydah, with its h
        if countries and recorded_but_article(candidate.text, countries):
            continue  # "Mahalla": El Mahalla, a recorded spelling of Al Mahallah al Kubra
        # "the X" where the sentence sets its event is read in copy naming the region's
        # countries as in copy naming none ("exports from the Lantern resumed after a strike"):
        # TQ306 asks then, as for a name only its slot places, that no place of that name be
        # known anywhere
        if countries and countries <= ARABIC_SCRIPT_REGION and (placed or by_slot or event):
            found.append(
                Unplaced(
                    candidate.start,
                    candidate.end,
                    candidate.text,
                    frozenset(countries),
                    candidate.sentence_start,
                    located=placed,
                    listed=candidate.listed and not dateline,
                )
            )
        elif (
            not countries
            and not geography
            # placed by its slot: an apposition is no evidence there ("23 kilograms in Economy
            # Class, in Premium two suitcases"), nor is a date ("the tenth of February, in ..."),
            # but it takes none from people of a town ("Dockers in X, on the Atlantic coast")
            and (by_slot or event or _slot_before_apposition(document, candidate))
            and not any(is_time_word(word) for word in candidate.text.split())
            # "ferries to the Islands", "in the Capital": a kind of place named by its noun
            and not (
                DEFINITE_BEFORE.search(document.plain, max(0, candidate.start - 8), candidate.start)
                and generic_head(candidate.text.split()[-1])
            )
            and unset_reading(document, candidate, event)
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
                    strong=candidate.slot == "strong",
                    heard=heard_by_its_slot(document, candidate, event),
                )
            )
    document.analyses["place_unplaced"] = found
    return found


def _slot_before_apposition(document: Document, candidate: Candidate) -> bool:
    """A name an apposition locates ("X, on the Atlantic coast") right after people of a town
    or an installation near it (:func:`town_phrase_before`: "Dockers in X", "beaches near X"),
    with the shape :func:`placed_by_slot` asks of a place's: the phrase places it as it would
    without the apposition. Not after a strong slot alone, where an apposition is no more
    evidence than after "in" ("23 kilograms in Economy Class, in Premium two suitcases")."""
    return (
        candidate.located
        and town_phrase_before(document, candidate.start)
        and placed_by_slot(document, candidate)
    )


# A town this large, recorded without the final h a name is written with, is that town.
FINAL_H_POPULATION = 20_000


def recorded_but_final_h(text: str, countries: AbstractSet[str]) -> bool:
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
        for place in geonames_index().exact(text[:-1])
    )


def recorded_but_article(text: str, countries: AbstractSet[str]) -> bool:
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
        for place in recorded_with_article(text)
    )


# "the" right before a name ("ferries to the Islands").
DEFINITE_BEFORE = patterns.compile(r"\bthe[ \t]+$", re.IGNORECASE)


def placed_by_slot(
    document: Document, candidate: Candidate, what_follows: bool = True, coordinated: bool = False
) -> bool:
    """A name that its slot alone makes a town: a strong slot ("the town of X", "residents of
    X", "the road from X to") or a locating preposition ("in X", "near X"), with no apposition
    or country after it. Not a name opening the sentence, holding a time word or a country's
    word ("in Upper Egypt", "in the Algerian Sahara", "Turkey's Black Sea": a part of the
    country), naming a language ("said in Hebrew"), or modifying the noun after it ("in Soviet
    times", "at the Year camp"; not read where ``what_follows`` is false: :func:`event_place`
    reads what follows itself). Where ``coordinated``, the "and" after the name joins it to
    other towns (:func:`_beside_a_town`), so the name does not go on past it and a language's
    name is a town's ("in Hebrew and other towns of Oman")."""
    from tqcheck.lexicon import is_function_word, is_time_word, is_verb_like, word_list

    words = candidate.text.split()
    if (
        not candidate.placing
        or candidate.sentence_start
        or any(is_time_word(word) for word in words)
        or any(country_word(word) for word in words)
        or fold(candidate.text.split(",")[0]) in former_countries()
        or words[-1].lower() in organisation_heads()
        or (len(words) == 1 and is_language_name(candidate.text) and not coordinated)
        or (NAME_GOES_ON.match(document.plain, candidate.end) and not coordinated)
    ):
        return False
    after = NEXT_WORD.match(document.plain, candidate.end)
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


def _named_facility(document: Document, candidate: Candidate) -> bool:
    """A definite name right before the head of a facility's name (``facility_heads.txt``: "at
    the X crossing", "the X air base", "the X camp"). A crossing, camp, base or field is named
    after the town or site it stands at, so the name is a place's as surely as after "in" (the
    facility noun is the slot); MT copy writes it so where it translated the town's Arabic name
    with its article ("the Lantern crossing"). The name has the shape :func:`placed_by_slot`
    asks of a place's (no time, country, body or language word, no longer name), and TQ306
    then asks that no place of that name be known anywhere."""
    if (
        candidate.slot not in ("strong", "weak")
        or not DEFINITE_BEFORE.search(document.plain, max(0, candidate.start - 8), candidate.start)
        or not facility_after().match(document.plain, candidate.end)
    ):
        return False
    return placed_by_slot(document, replace(candidate, locative=True), what_follows=False)


# A verb whose object is ground, right before a name: one of moving to, from or through a place
# ("fled X", "reached X", "returned to X", "patrolled X") or of taking or striking it ("had
# taken X", "shelled X", "besieged X").
_GROUND_VERB_BEFORE = patterns.compile(
    r"\b(?:"
    r"(?:fled|flee|flees|fleeing|reached|reach|reaches|reaching|entered|enter|enters|entering|"
    r"evacuated|evacuate|evacuating|patrolled|patrol|patrols|patrolling|besieged|besiege|"
    r"besieging|shelled|shell|shelling|encircled|surrounded|overran|overrun|retook|retaken|"
    r"(?:re)?captured|(?:re)?capture|capturing|seized|seize|seizing|stormed|storm|storming|"
    r"took|taken|take|taking)"
    r"|(?:fled|flee|flees|fleeing|returned|return|returns|returning|moved|move|moving|"
    r"headed|heading|travelled|traveled|travelling|traveling|deported|displaced|driven|"
    r"expelled|withdrew|withdrawn|withdrawing)[ \t]+(?:to|from|into)"
    r")[ \t]+$"
)


def _ground_object(document: Document, candidate: Candidate) -> bool:
    """A name right after a verb whose object is ground ("Families fled X on foot",
    "peacekeepers patrolled X after", "had taken X"): what people flee, reach, return to,
    patrol, shell or take is mostly a town, a camp or a position, so the verb places the name
    as "in" does (slots read it as none or weak, since such verbs take other objects too). Those
    other objects are parties, bodies, operations and teams ("fled Golden Dawn", "entered
    Intensive Care", "retook Dignity"), which no verb tells from a town; a translated town's
    name has the shape :func:`_translated_name` asks, theirs has not. Then the shape
    :func:`placed_by_slot` asks of a place's, read as after "near"; TQ306 asks, as for any
    name only its slot places, that no place of that name be known."""
    if candidate.slot not in ("weak", "none") or candidate.sentence_start:
        return False
    plain = document.plain
    if not _GROUND_VERB_BEFORE.search(plain, max(0, candidate.start - 40), candidate.start):
        return False
    if not _translated_name(candidate.text):
        return False
    return placed_by_slot(document, replace(candidate, slot="weak", locative=True))


def _translated_name(text: str) -> bool:
    """A name of English words shaped as a place name of the region translated word for word:
    its head in English grammar (the word before "of": "Meadow of Eyes", "House of X"; else its
    last word: "Olive Well") glosses a generic term of those names
    (``word_tables.toponym_head_word``: the nouns MT writes for Bayt, Marj, Bir, Ain, Souq,
    Deir), every other word is one the word tables gloss an Arabic word with
    (:func:`english_gloss_word`), and its last word is no noun English names a kind of place or
    thing by (:func:`generic_head`: "Freedom Square", "Government House"). A modifier that is
    such a noun does not count ("Spring Shield", an operation: its head is Shield)."""
    words = text.split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return (
        not generic_head(words[-1])
        and toponym_head_word(head.lower())
        and all(english_gloss_word(word.lower()) for word in words if word not in _INNER_FUNCTION)
    )


# The function words a translated name holds between its words ("Meadow of Eyes").
_INNER_FUNCTION = frozenset({"of", "the"})


# "X and other towns", "X and nearby villages": the phrase after the name counts it among towns.
_SETTLEMENTS_AFTER = patterns.compile(
    r"[ \t]+(?:and|or)[ \t]+(?:(?:other|nearby|neighbouring|neighboring|surrounding|outlying|"
    r"several|many|dozens[ \t]+of|scores[ \t]+of)[ \t]+)+(?:towns|villages|cities|hamlets)\b"
)
# "the road between X and": the name is one end of a road, a crossing, a line or a front (not
# "talks between X and Cairo", where a capital stands for its government).
_BETWEEN_BEFORE = patterns.compile(
    r"\b(?:road|roads|highway|motorway|railway|railroad|line|route|crossing|crossings|"
    r"corridor|pipeline|bridge|tunnel|front|frontline|checkpoints?|halfway|midway)"
    r"[ \t]+between[ \t]+$"
)
# The name after the "and" of "between X and Y" (up to three capitalised words).
_AND_NAME_AFTER = patterns.compile(
    r"[ \t]+and[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?![\w'’-])"
)
# A town of the region this large at the other end of "between X and Y" makes X a place.
BETWEEN_TOWN_POPULATION = 10_000


def _beside_a_town(document: Document, candidate: Candidate) -> bool:
    """A name the sentence sets among towns: "X and other towns of Oman's Al Dhahirah
    governorate", "X and nearby villages", or one end of a road, a crossing, a line or a front
    "between X and Y" where Y is a town of the region of ``BETWEEN_TOWN_POPULATION`` or more
    ("the highway between X and Jacobabad", "the crossing between X and Chaman"): such a thing
    runs between two places of a kind (not "talks between X and Cairo", where the capital stands
    for a government and X for a party). Only in a slot that places the name ("in", "near",
    "the road between"), with the shape :func:`placed_by_slot` asks of a place's, the "and"
    being the phrase's, not the name's (elsewhere "the State of Israel and" goes on)."""
    if not candidate.placing or candidate.sentence_start:
        return False
    plain = document.plain
    if not _SETTLEMENTS_AFTER.match(plain, candidate.end):
        if not _BETWEEN_BEFORE.search(plain, max(0, candidate.start - 30), candidate.start):
            return False
        other = _AND_NAME_AFTER.match(plain, candidate.end)
        if other is None or not any(
            place.country in ARABIC_SCRIPT_REGION and place.population >= BETWEEN_TOWN_POPULATION
            for place in geonames_index().exact(other.group(1))
        ):
            return False
    return placed_by_slot(document, candidate, what_follows=False, coordinated=True)


# The word right after a name with nothing but spaces between ("in Soviet times").
NEXT_WORD = patterns.compile(r"[ \t]+([A-Za-z]+)")
# A name that goes on past the candidate, or owns what follows: "in the State of Israel",
# "through the Coordination and Liaison Administration", "the State Comptroller's office", "in
# Be'er Sheva" cut at the apostrophe.
NAME_GOES_ON = patterns.compile(r"(?:[ \t]+(?:of|and|&)\b|['’])")


# "in the X", "at the X", "back to the X": a preposition that places what "the X" names.
THE_AFTER_PREPOSITION = patterns.compile(
    r"\b(?:in|at|to|near|into|from|outside|inside|around|across|through|off)[ \t]+the[ \t]+$"
)
# What follows the place of a news lead's event: a conjunction that opens the next clause
# ("back to the X after their boat sank", not "as well as"), or a time ("in the X late on
# Sunday").
CLAUSE_AFTER = patterns.compile(
    r"[ \t]+(?:(?:after|when|while|before|since|until|because|amid)\b|as\b(?![ \t]+well\b)|"
    r"(?:late|early|overnight)\b|on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b)"
)
# The noun that a place phrase locates, right before its preposition ("arrivals at the X").
NOUN_BEFORE_THE = patterns.compile(
    r"(?:^|(?<=[\s\"“(]))([A-Za-z][a-z]+)[ \t]+[a-z]+[ \t]+the[ \t]+$"
)
# "Everything in the X is": an indefinite pronoun, no noun that a place locates.
INDEFINITE_PRONOUN = patterns.compile(r"(?:every|some|any|no)(?:thing|one|body)", re.IGNORECASE)


def event_place(document: Document, candidate: Candidate) -> bool:
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
    from tqcheck.lexicon import is_function_word, is_verb_like

    plain = document.plain
    words = candidate.text.split()
    if (
        candidate.slot != "weak"
        or any(word.lower() in ARABIC_ARTICLES for word in words)
        or not THE_AFTER_PREPOSITION.search(plain, max(0, candidate.start - 30), candidate.start)
        or generic_head(words[-1])
        # a translated name's words are glosses of the word tables ("Five", "Tidings"), not a
        # brand's, a rite's or a monument's ("at the Hajj", "at the Pyramids", "at Google")
        or not all(english_gloss_word(word.lower()) for word in words)
        # the shape of a name "in X" has: no time, country, body, language or longer name
        or not placed_by_slot(document, replace(candidate, locative=True), what_follows=False)
    ):
        return False
    if CLAUSE_AFTER.match(plain, candidate.end):
        return True
    after = NEXT_WORD.match(plain, candidate.end)
    if after is None or not after.group(1).islower() or not is_verb_like(after.group(1)):
        return False
    noun = NOUN_BEFORE_THE.search(plain, max(0, candidate.start - 60), candidate.start)
    if noun is None:
        return False
    word = noun.group(1)
    return (
        # a common noun, or one opening the sentence ("Police in the X"), not a name
        (word.islower() or opens_sentence(plain[max(0, noun.start(1) - 60) : noun.start(1)]))
        and not is_function_word(word.lower())
        and not is_verb_like(word)  # "invoices submitted to the X were": no noun located
        and not INDEFINITE_PRONOUN.fullmatch(word)
    )


def generic_head(word: str) -> bool:
    """``word`` (a name's last word), or a singular of it, is a noun English names a thing by
    (``definite_name_heads.txt``), or the head of a landmark's, a body's or a site's name
    (``landmark_nouns.txt``, ``organisation_heads.txt``, ``site_nouns.txt``)."""
    from tqcheck.lexicon import word_list

    generic = word_list("definite_name_heads") | word_list("landmark_nouns")
    generic |= word_list("organisation_heads") | word_list("site_nouns")
    lower = word.lower()
    return any(form in generic for form in (lower, *plural_bases(lower)))


def unset_reading(document: Document, candidate: Candidate, event: bool = False) -> bool:
    """Copy that names no country at all (wire copy about a place every reader knows: "Ferries
    from X to the European side") may still set a town of the region. Read only in a strong
    slot ("from X to", "the plant in X", "the island of X"), after people who live or work in a
    town (:func:`town_phrase_before`: "Dairy farmers in X"), or for "in X" alone where the copy
    carries a sign of the region: a name with an Arabic article or Abu, bin, Ibn, Umm
    ("al-Harbi"; the listed given names are English ones too, "Adam", "Maria"). An apposition
    after "in X" is no evidence here ("a Ph.D in Biology, named the reasons"). Never where a
    word of the copy is a country's or its people's ("Canadian officials"): that copy is set
    abroad."""
    signs = document.analyses.get("place_unset_signs")
    if signs is None:  # (a country's word anywhere, a sign of the region): once per document
        words = set(LATIN_WORD.findall(document.plain))
        signs = (
            any(country_word(word) for word in words if word[:1].isupper()),
            bool(ARABIC_NAME_PART.search(document.plain)),
        )
        document.analyses["place_unset_signs"] = signs
    abroad, region = signs
    return not abroad and (
        candidate.slot == "strong"
        or region
        or event
        or town_phrase_before(document, candidate.start)
        or heard_by_its_slot(document, candidate, event)
    )


# Zipf frequency (wordfreq's small list) from which one word is English a reader knows, which
# "in" alone does not make a town's name however it sounds ("Biology" 4.2, "Premium" 4.3,
# "Shiva" 3.3); the look-alikes MT writes for a town are rarer ("Gaffes", "Mugler", "Tibbles").
HEARD_WORD_ZIPF = 3.0


def heard_by_its_slot(document: Document, candidate: Candidate, event: bool = False) -> bool:
    """One word mid-sentence right after a locating preposition ("in", "near", "around",
    "outside") of copy naming no country, where nothing else places it (no strong slot, no
    people of a town before it, no event, no sign of the region), that sounds like a town of the
    region (``look_alikes.heard_in_the_region``: its consonants or its frame, spelled within
    0.85 of a town of 20,000 or more):
    "Bread queues in Bursar grew" (Bursa, Basra), "Water shortages in Tabbies"; two words said
    as one too ("Bread queues in Kerry Man": Kerman). The sound is the evidence that the slot
    alone does not give ("debated in Parliament", "Shares in Camden" sound like no town); TQ306
    then reads the name as it reads a name a strong slot places in such copy (any place of that
    name anywhere keeps it quiet: "Bushfire crews near Bega"). Not after a noun for people
    (``person_nouns.txt``), nor one word English text uses often (:data:`HEARD_WORD_ZIPF`); a proper
    noun of English stays quiet in TQ306 ("in Borneo"). Found on the look-alike misses of the
    tune sets (20La56): the copy names no country for two misses in three, and "in X" alone
    read nothing there."""
    from tqcheck.gazetteer.look_alikes import heard_in_the_region
    from tqcheck.gazetteer.words import zipf
    from tqcheck.lexicon import word_list

    parts = candidate.text.split(" ")
    if not (
        candidate.slot == "weak"
        and candidate.locative
        and not candidate.sentence_start
        and not event
        # one word, or two said as one ("Bread queues in Kerry Man")
        and len(parts) <= 2
        and all(part.isalpha() and part.istitle() for part in parts)
    ):
        return False
    # people right before the preposition stand in a firm, a body or a field as readily
    # ("Drivers in Uber won", "Historians in Mercia"): those of a town alone are the town
    # phrase's to read (``person_nouns.txt``: WordNet's nouns for a person)
    hit = _NOUN_PREPOSITION_BEFORE.search(
        document.plain, max(0, candidate.start - 40), candidate.start
    )
    if hit is not None and hit.group("noun").lower() in word_list("person_nouns"):
        return False
    if len(parts) == 1 and zipf(parts[0]) >= HEARD_WORD_ZIPF:
        return False  # "a Ph.D in Biology", "two suitcases in Premium", "a unit in Shiva"
    return heard_in_the_region("".join(parts))


# "Dairy farmers in X", "a gas pipeline near X": a noun, then a locating preposition.
_NOUN_PREPOSITION_BEFORE = patterns.compile(
    r"\b(?P<noun>[A-Za-z][a-z]+)[ \t]+(?P<preposition>in|near|around|outside|from)[ \t]+"
    r"(?:the[ \t]+)?$"
)


def town_phrase_before(document: Document, start: int) -> bool:
    """Right before the name, a phrase that sets people or things in a town: a noun for people who
    live or work in one and a locating preposition or "from" (``local_nouns.txt``: "Dairy
    farmers in X said", "Police in X arrested", "Rice growers near X", "Farmers from X"); a noun
    of WordNet's for people by occupation or residence, an establishment a town has or a
    condition in one before "in" (``town_nouns.txt``, benchmarks/mine_town_nouns.py: "Tour
    guides in X", "Hotels in X", "A court in X", "Air pollution in X"; not before "near", which
    sets them by a landmark as readily: "hotels near Disney World"); or an installation or
    settlement (``site_nouns.txt``) before "near", "around" or "outside" ("a car plant near X",
    "villages around X"; "in" after one is read by the slots already). A name there is a town's,
    as after a strong slot. Nouns for people of a body, a firm, a team or a cause ("officials",
    "investors", "fans", "employees") are none ("investors in Tesla"), nor are shops ("shops in
    Harrods"), nor is any other noun or verb before "near" ("go near El Al", "talks near Camp
    David")."""
    return town_phrase(document, start) is not None


def town_phrase(document: Document, start: int) -> str | None:
    """The words of :func:`town_phrase_before` ("farmers in", "plant near the"), or None."""
    from tqcheck.lexicon import word_list

    plain = document.plain
    hit = _NOUN_PREPOSITION_BEFORE.search(plain, max(0, start - 40), start)
    if hit is None:
        return None
    noun = hit.group("noun").lower()
    preposition = hit.group("preposition")
    site = bool({noun, *plural_bases(noun)} & word_list("site_nouns"))
    if not (
        noun in word_list("local_nouns")
        # a site before "in" is the slots' to read ("the plant in X" is a strong slot)
        or (preposition == "in" and noun in word_list("town_nouns") and not site)
        # "a plant from X": what it came from
        or (preposition not in ("in", "from") and site)
    ):
        return None
    return " ".join(plain[hit.start() : start].split())


def town_possessive(document: Document, start: int, end: int) -> bool:
    """A possessive of what only a town has after the name, a strong head of
    ``place_heads.tsv`` ("McCall's port", "Jabber's hospital", "Sateef's old city"): news copy
    gives a port, a mayor or an old city to a town alone, so the name there is a town's as
    after "the town of" (``place_head`` reads no given name's, person's or pronoun's possessive
    so, nor one whose noun phrase goes on past the head)."""
    plain = document.plain
    return place_head(plain[start:end], "", plain[end : end + 80]) == "strong"


# A name with an Arabic article, or a kinship word of an Arabic name ("al-Masri", "Abu Ali").
ARABIC_NAME_PART = patterns.compile(
    r"(?<![\w-])(?:[Aa]l|[Ee]l)-[A-Z]|\b(?:Abu|[Bb]in|Ibn|Umm)[ \t]+[A-Z]"
)
