from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import cache

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.garble.base import Candidate, Garble, before_in_sentence, plural_bases
from tqcheck.gazetteer.garble.reading import find_garbles
from tqcheck.gazetteer.garble.sound import WORLD_CITY_POPULATION
from tqcheck.gazetteer.garble.unplaced import (
    DEFINITE_BEFORE,  # "the" right before a name
    Unplaced,
    town_phrase,
    town_phrase_before,
    unplaced_names,
)
from tqcheck.gazetteer.garble.vetoes import (
    city_around,
    part_of_city_after,
)
from tqcheck.gazetteer.garble.word_tables import english_gloss_word, toponym_head_word
from tqcheck.gazetteer.keys import fold
from tqcheck.gazetteer.mentions import place_mentions
from tqcheck.lexicon import is_time_word
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

# Zipf frequency (wordfreq) at or above which a word is common English: "Salvation" 3.95,
# "Unity" 4.2, "Gabriel" 3.9; place names such as "Sulawesi" 2.5 or "Fuzuli" 0 are far below.
COMMON_WORD_ZIPF = 3.5
# A city this large is a place readers know (Bristol), wherever the article is set: lower than
# the gazetteer's WELL_KNOWN_POPULATION, which decides what names a country; here a known town
# only keeps an English word from being reported as a place nobody knows.
KNOWN_TOWN_POPULATION = 50_000
# "the region of European Union presence": the name modifies a noun, it names no place.
_ATTRIBUTIVE = re.compile(
    r"[ \t]+(?!(?:and|or|in|on|at|near|of|to|by|from|with|which|that|"
    r"where|was|is|were|are|has|had)\b)[a-z]"
)


class EnglishWordAsPlace(Rule):
    """A common English word standing where the name of a place should be.

    Machine translation translates place names that are also words in the source ("the town of
    Salvation", "the city of Freedom") or turns a transliterated name into an English
    look-alike ("the city of Wan Horn" for Van Horn). In a place slot ("the city of X", "the
    district of X") such a word is reported when no gazetteer, country or ISO 3166-2
    subdivision has it (also after its country's possessive: "Australia's Northern Territory"),
    or when the only place of that name is a small one in a country the
    rest of the article never mentions (Freedom, United States, in an article about
    Azerbaijan; a city of 50,000 or more, such as Bristol, is taken as meant). Common is
    measured with wordfreq (Zipf frequency 3.5 or more for every word). It also reports English
    words that a sentence places as a town of copy set in the Middle East, North Africa,
    Turkey, Iran, the Caucasus or Central Asia ("raided Biscuit Hill, west of Hebron", "in
    Well of the Ravens, on the coast near Oran": a locating apposition after a place slot, or
    the province or part of a country named right after it: "in Velvet Market in North Darfur
    state"), or, in copy that names no country at all, where a strong slot places them
    ("Ferries from Lantern to the mainland"; "in X" alone only beside an Arabic name such as
    "al-Harbi"; people who live or work in a town before "in", "near", "around" or "outside",
    ``local_nouns.txt``: "Fishermen in Cider say", "Police in Kevin said", or WordNet's nouns
    for people by occupation or residence, a town's establishments and conditions before "in",
    ``town_nouns.txt``: "Tour guides in Geyser", "Hotels in Cider", "Air pollution in Erik";
    where the name may be one given name too and the message quotes the phrase; a possessive of
    what only a town has, "Pillow's old city") and no place of that name is known anywhere in
    GeoNames (for one word with nothing after it that locates it, no place of 5,000 or more:
    "Dairy farmers in Salmon said"; Salmon, Idaho has 3,000), where no reading of TQ301 resolved
    them and no place, region, group or person of that name is known anywhere. People of a town
    place a name so in copy naming the region's countries too, where the name may be one given
    name ("Police in Oprah, a district of Punjab, said": the police speak), and after them any
    name English text knows stands as a word does ("Copper miners in Capone"), as it does in a
    strong slot of copy naming no country ("filled the streets of Tonto"). In copy naming no
    country a place WordNet records in the English-speaking world and nowhere in the region
    stays quiet ("Farmers in Wessex", "Visitors to the Lake District":
    ``english_world_places.txt``), as does a word that makes with "in" a fixed phrase of
    English in any copy ("Nurses in Unison voted": ``english_in_phrases.txt``). English words here
    are those of Zipf frequency 3.0 or more, or their plurals, or rarer words the glosses of the
    bilingual word tables use, or their inflected forms ("in the Ploughman, north of Basra"; a
    name no table glosses, "the Tigris", is none), neither given names, nor a landmark's head
    noun ("Martyrs Square", "the Old City"), nor an adverb opening the sentence ("Now, in Iran,
    ..."). A name an apposition places that is
    half translated counts too: an English word glossing a head of the region's place names
    (Head for Ras, Well for Bir, Palace for Qasr, Sons for Beni) beside a name kept as
    written, no English word, given name or known place ("from the terminal of Head of Qarnash
    on Libya's coast"; "the Port of Basra", "House of Saud" are none). A definite name right
    before the head of a facility named after its site is placed by it as by "in" ("waited at
    the Ladders crossing", "landed at the Pit air base"), and so is "the X" where the sentence
    sets its event ("exports from the Lantern resumed after a strike"), in copy naming the region's
    countries as in copy naming none, when no place of that name is known anywhere; bodies the
    noun alone names stay quiet ("officials at the Treasury said"). A wire dateline opening a
    line places the name before it too ("X, Turkey, Jan 9 (Reuters) -"), as does one without
    the agency ("X, Lebanon —"), a verb of moving to or taking ground before a name shaped as a
    translated place name ("fled House of Amusement"), and a phrase that counts the name among
    towns ("X and other towns of", "the crossing between X and Chaman"). Names English has of that
    shape stay quiet: a name or fixed expression of English holding "of" (WordNet's: "House of
    Commons", "Garden of Eden"), proper nouns of English after "of" that gloss no Arabic word
    ("Tower of London"), "House of" an Arabic given name (a dynasty: "House of Saud"). A
    name right after a place noun and "of" is no person for the person test ("The governor of
    X said"), and a title held of a known place is one ("The Bishop of Jerusalem, in Ramallah,
    said"). It reports too a place abroad that its sentence puts, by the country's name, in a
    country of the region with no place of that name, where no reading of TQ301 finds that
    country's town ("Delft, in northern Algeria": Delft is in the Netherlands), naming both
    countries. TQ301 covers words the gazetteer links to a real place ("the city of Gabriel" is
    Jabrayil); this rule suggests a place only for a name its sentence places that reads as a
    literal translation there, read as in a strong slot (TQ301's literal reading: "Date
    growers in the Ploughman, north of Basra" is Al Harithah; in copy naming no country only a
    city of 100,000 or more), or, in copy naming its country, that sounds likeliest like one
    town of that country by a clear margin (``_placed_sound_reading``: "Elders in Candy Bar" in
    copy set in Afghanistan is Kandahar; the message says the reading is by sound only);
    otherwise check the source text.

    Bad:
        Azerbaijani forces shelled the town of Salvation near Fuzuli overnight.

    Good:
        Azerbaijani forces shelled the town of Horadiz near Fuzuli overnight.
    """

    code = "TQ306"
    name = "english-word-as-place"
    category = Category.PLACE
    severity = Severity.WARNING
    summary = 'Common English word in a place slot ("the town of Salvation")'

    def check(self, document: Document) -> Iterator[Finding]:
        mentions = place_mentions(document)
        countries = {  # the countries of the places the curated gazetteer recognises
            m.match.entry.country
            for m in mentions
            if m.match is not None and not m.match.entry.id.startswith("geonames:")
        }
        garbled = {(g.start, g.end) for g in find_garbles(document)}
        reported: set[tuple[int, int]] = set()
        for mention in mentions:
            if (
                (mention.start, mention.end) in garbled
                or mention.slot != "of"
                or not _common_words(mention.text)
                or _ATTRIBUTIVE.match(document.plain, mention.end)
            ):
                continue
            match = mention.match
            if match is None:
                where = "no place of that name is known"
            elif (
                match.entry.id.startswith("geonames:")
                and countries
                and match.entry.country not in countries
                and _population(match.entry.geonameid) < KNOWN_TOWN_POPULATION
            ):
                where = (
                    f"the only place of that name is in {_country(match.entry.country)}, a "
                    "country the article does not mention"
                )
            else:
                continue
            if _subdivision(mention.text):
                continue  # a country or ISO 3166-2 subdivision ("Georgia"); read last, it is slow
            reported.add((mention.start, mention.end))
            yield self.finding(
                document,
                mention.start,
                mention.end,
                f"{quoted(mention.text)} is an English word, and {where}: machine translation "
                "may have translated or garbled a place name here; check the source.",
            )
        placed: set[tuple[int, int]] = set()
        for finding in self._placed(document, reported):
            placed.add((finding.start, finding.end))
            yield finding
        yield from self._put_here(document, reported)
        yield from self._by_a_border(document, reported | placed)

    def _by_a_border(self, document: Document, reported: set[tuple[int, int]]) -> Iterator[Finding]:
        """A name its own phrase puts by a named country's border ("X, near the Libyan
        border") that a reader read as a town of that country or far from the border, and that
        no reading finds a town by the border's other side for: the border named is a
        neighbour's, so that town was no reading of it; reported with no suggestion."""
        from tqcheck.gazetteer import iso
        from tqcheck.gazetteer.garble.reading import places_by_a_border

        for put in places_by_a_border(document):
            if (put.start, put.end) in reported:
                continue
            reported.add((put.start, put.end))
            border = " and ".join(iso.short_name(code) for code in sorted(put.borders))
            yield self.finding(
                document,
                put.start,
                put.end,
                f"{quoted(put.text)} reads as a town only in {border} or far from its border, "
                f"but the sentence puts it by the border of {border}, on the other side: "
                "machine translation may have garbled a town's name there; check the source.",
            )

    def _put_here(self, document: Document, reported: set[tuple[int, int]]) -> Iterator[Finding]:
        """A place abroad that its sentence puts by the country's own name in a country of
        the region where no place of that name lies, and that no reading of TQ301 reads as a
        town there ("Delft, Algeria": Delft is in the Netherlands): MT's rendering of a town
        of that country as a famous place, with no suggestion."""
        from tqcheck.gazetteer import iso
        from tqcheck.gazetteer.garble.reading import places_put_here

        for put in places_put_here(document):
            if (put.start, put.end) in reported:
                continue
            reported.add((put.start, put.end))
            yield self.finding(
                document,
                put.start,
                put.end,
                f"{quoted(put.text)} is a place in another country ({_country(put.country)}), "
                f"but this sentence puts it in {iso.short_name(put.placed)}, which has no place "
                "of that name: machine translation may have garbled a town's name there; check "
                "the source.",
            )

    def _placed(self, document: Document, reported: set[tuple[int, int]]) -> Iterator[Finding]:
        """English words that the sentence places as a town of the region's countries ("in
        Tower of the Caves, on the coast east of Algiers"), where no place, region, group or
        person of that name is known."""
        from tqcheck.gazetteer import iso

        for name in unplaced_names(document):
            if (name.start, name.end) in reported:
                continue
            # "Dairy farmers in X said", in copy naming no country: people of a town, in it
            in_town_phrase = town_phrase_before(document, name.start)
            if name.unset and (
                _english_world_place(name.text)
                or ((in_town_phrase or name.heard) and _english_own_name(name.text))
            ):
                # "Police in Silicon Valley", "Farmers in Wessex", "orangutans in Borneo":
                # English's own name
                continue
            if _in_fixed_phrase(document, name):
                continue  # "Nurses in Unison voted": English's fixed phrase "in unison"
            if name.unset and not in_town_phrase and _firm_owner(document, name):
                continue  # "Dow's chemical plant was shut", in copy naming no country: a firm's
            if not (
                _plain_english(name.text)
                or _placed_name(document, name)
                or _half_translated(name)
                or ((name.unset or in_town_phrase) and _word_like(name.text))
                # "Miners in Capone", "the streets of Tonto": a name English text knows
                or (
                    (in_town_phrase or (name.unset and (name.strong or name.heard)))
                    and _english_name(name.text)
                )
            ) or _person(
                document,
                name.text,
                definite_placed=name.located,
                # in copy naming the region's countries only one word: "Residents in Mount
                # Sinai, near the border, said" names a feature, as before
                in_town_phrase=in_town_phrase and (name.unset or " " not in name.text),
            ):
                continue
            if in_town_phrase and _by_direction(name.text):
                continue  # "Police in Lower East Side said": a part of a city
            if _sentence_adverb(name.text, opening=name.opens_sentence):
                continue  # "Now, in Iran, ...", "Today, in the State of Israel, ...", "in There"
            if _title_of_a_place(name.text):
                continue  # "The Bishop of Jerusalem, in Ramallah, said": a person's title
            if _english_fixed_name(name.text):
                continue  # "House of Commons", "Tower of London", "House of Saud": English's own
            # "Dairy farmers in Salmon said": a hamlet abroad is no reading of it
            bare_name = _bare_town_phrase_name(document, name, in_town_phrase)
            if _landmark(name.text) or _known_anywhere(
                name.text,
                abroad=(not name.located or name.unset) and not bare_name,
                smallest=SMALL_TOWN_ABROAD if bare_name else None,
            ):
                continue
            if _part_of_a_city(name.text, name.countries):
                continue  # "Dubai International", "East Port Said": the city's airport, port
            if city_around(document.plain, name.end):
                continue  # "Garden Town in Lahore": a part of the city, which GeoNames rarely has
            where = ""
            if len(name.countries) == 1:
                where = f" in {iso.short_name(next(iter(name.countries)))}"
            what = "an English word" if " " not in name.text else "English words"
            if name.unset and not _plain_english(name.text):
                what = _word_kind(name.text)  # "Residents of Kevin": a given name
            reading = _placed_reading(document, name)
            frame = town_phrase(document, name.start) if in_town_phrase else None
            if reading is None and frame is not None:
                yield self.finding(
                    document,
                    name.start,
                    name.end,
                    f"{quoted(name.text)} stands where a place name stands "
                    f"({quoted(f'{frame} {name.text}')}) but is {_word_kind(name.text)} and no "
                    "known place: a place name machine translation translated or garbled? "
                    "Check the source.",
                )
                continue
            yield self.finding(
                document,
                name.start,
                name.end,
                f"{quoted(name.text)} is {what}, but the sentence places a town here, and no "
                f"place of that name is known{where}: machine translation may have translated "
                + (
                    "or garbled a place name; check the source."
                    if reading is None
                    else f"or garbled a place name: it reads, by sound only, as {reading.evidence}"
                    "; check the source."
                    if reading.kind == "look-alike"
                    else f"a place name; it reads as {reading.evidence}."
                ),
                suggestion=None if reading is None else reading.name,
            )


def _placed_reading(document: Document, name: Unplaced) -> Garble | None:
    """The literal reading of a name the sentence places as a town (``literal.placed_literal``),
    where the copy sets it in countries of the region; none where what the copy says of the
    name rules the reading out (``vetoed_reading``)."""
    from tqcheck.gazetteer.context import WELL_KNOWN_POPULATION
    from tqcheck.gazetteer.garble.base import geonames_index
    from tqcheck.gazetteer.garble.literal import placed_literal
    from tqcheck.gazetteer.garble.reading import candidate_at
    from tqcheck.gazetteer.garble.vetoes import vetoed_reading
    from tqcheck.gazetteer.region import ARABIC_SCRIPT_REGION

    candidate = candidate_at(document, name.start, name.end)
    if candidate is None:
        return None
    if name.unset or not name.countries:
        # copy that names no country: the whole region, kept only for a city every reader
        # knows, as the no-country reading keeps its cities ("migrants brought back to the
        # Five": الخمس, Al Khums), and only to a place's Arabic name: a common word's Arabic
        # senses read back by consonant classes match one of the whole region's Latin names by
        # chance ("Doctors in Training": قطار read as Qatar; "Dairy farmers in Salmon":
        # سلمونه read as Silemani, Sulaymaniyah)
        garble = placed_literal(candidate, ARABIC_SCRIPT_REGION)
        place = None if garble is None else geonames_index().get(garble.geonameid)
        if place is None or place.population < WELL_KNOWN_POPULATION or garble.latin_read:
            return None
    else:
        garble = placed_literal(candidate, name.countries)
        if garble is None:
            garble = _placed_sound_reading(candidate, name.countries)
    if garble is None or vetoed_reading(candidate, garble):
        return None
    return garble


# A name the sentence places as a town of the copy's countries, with no literal reading, is
# read by sound as in a strong slot (``look_alikes.town_matches``), kept only where one town of
# those countries sounds likeliest by a clear margin: said aloud (``TownMatch.heard``), it
# betters every other town by ``SOUND_MARGIN`` ("Candy Bar" in copy set in Afghanistan is
# Kandahar; "Elastic ... eastern Turkey" is Elazig), is spelled within ``SOUND_SPELLING``, and
# the word has the town's consonant skeleton or frame, or else the town has
# ``SOUND_CITY_POPULATION`` people and both the spelling and the sound reach ``SOUND_FLOOR``.
# On the 54 tune sets: 17 rows gain the right place, none a wrong one ("the Azure", Zarqa, was
# Izra before a name after "the" was left to the literal reading).
SOUND_MARGIN = 0.05
SOUND_SPELLING = 0.60
SOUND_FLOOR = 0.72
SOUND_CITY_POPULATION = 80_000
# A skeleton's or frame's town in copy naming three countries or more is kept only if a city.
SOUND_MANY_COUNTRIES_POPULATION = 100_000


def _placed_sound_reading(candidate: Candidate, countries: AbstractSet[str]) -> Garble | None:
    """The town of the copy's ``countries`` (two at most, or a city of
    ``SOUND_MANY_COUNTRIES_POPULATION`` where it names more) that a name TQ306 reports sounds
    like, by the floors above; None where none is likeliest by a clear margin, or where a
    speaker's attribution follows the name (``look_alikes.attributed``: the country said there
    says who spoke, not where the name lies), or "the" stands before it (an English word heard
    for a town takes no article: "the Azure" is a translated name, Zarqa, not Izra)."""
    from tqcheck.gazetteer.look_alikes import attributed, look_alike_garble, town_matches
    from tqcheck.gazetteer.region import ARABIC_SCRIPT_REGION

    region = set(countries) & ARABIC_SCRIPT_REGION
    if not region or attributed(candidate):
        return None  # "the resort of Bailey, Turkish officials said": who spoke, not where
    before = before_in_sentence(candidate) or ""
    if candidate.definite or before.endswith(("the ", "The ")):
        return None  # "in the Azure": MT's "the" is the Arabic article of a translated name
    matches = town_matches(candidate.text, region, silent=True)
    if not matches:
        return None
    best = matches[0]
    if best.similarity < SOUND_SPELLING or any(
        other.heard > best.heard - SOUND_MARGIN for other in matches[1:]
    ):
        return None
    town = best.town
    if best.exact or best.frame or best.sonorant or best.vowel:
        if len(region) > 2 and town.population < SOUND_MANY_COUNTRIES_POPULATION:
            return None
    elif town.population < SOUND_CITY_POPULATION or min(best.similarity, best.heard) < SOUND_FLOOR:
        return None
    return look_alike_garble(candidate, best, what="a name")


# Words that join the words of a translated name ("Tower of the Caves").
_JOINING = frozenset({"of", "the", "and"})
# A placed name is read as English at a lower frequency than a slot's word: "Toffee", "Marsh"
# are English, and no transliterated name of the region reaches it unless GeoNames knows it.
PLACED_WORD_ZIPF = 3.0


def _plain_english(text: str) -> bool:
    """Every word of ``text`` is a capitalised English word (joining words aside), none of them
    a given name ("Ahmed, in Gaza City, said"). A word below ``PLACED_WORD_ZIPF`` is English
    when the word tables' glosses use it or a base form of it (``english_gloss_word``:
    "Waterwheels", "Caravans"): wordfreq puts such words beside the region's names."""
    words = [word for word in text.split() if word.lower() not in _JOINING]
    return bool(words) and all(
        word[:1].isupper() and not word.isupper() and _english_form(word) and not _given_name(word)
        for word in words
    )


def _english_form(word: str) -> bool:
    """``word`` or a singular of it (``plural_bases``: "Giraffes", "Cashews") is English: Zipf
    frequency ``PLACED_WORD_ZIPF`` or more, or a gloss of the word tables."""
    return any(
        _zipf(form) >= PLACED_WORD_ZIPF or english_gloss_word(form)
        for form in (word.lower(), *plural_bases(word.lower()))
    )


def _given_name(word: str) -> bool:
    """A given name the Arabic name tables or the curated layers list ("Ahmed", "Kevin")."""
    from tqcheck.arabic.names import given_names
    from tqcheck.gazetteer.index import default_gazetteer

    return word in given_names() or default_gazetteer().is_given_name(word)


def _word_kind(text: str) -> str:
    """What :func:`_word_like` found ``text`` to be, for a message: "a given name" (one word),
    "an English word" or "English words"."""
    if " " in text:
        return "English words"
    if _given_name(text):
        return "a given name"
    return "an English word"


def _by_direction(text: str) -> bool:
    """A name of several words one of which is a compass word (``compass_words.txt``: "Lower
    East Side", "Upper West Side"): English names parts of a city so."""
    from tqcheck.lexicon import word_list

    words = text.split()
    return len(words) > 1 and any(word.lower() in word_list("compass_words") for word in words)


def _english_own_name(text: str) -> bool:
    """A name English has for a place, a region or a landmark of its own, which people of a
    town may stand in without a garble: a proper noun or a name of several words WordNet
    records ("Police in the Midwest", "Police in Silicon Valley": ``english_proper_nouns.txt``,
    ``english_multiword_names.txt``), or a name of several words one of whose words before the
    last is a place known anywhere (:func:`_known_anywhere`: a city of 50,000 or more, a
    country, a region), the feature of that place ("Growers in Napa Valley")."""
    from tqcheck.lexicon import word_list

    folded = text.lower()
    if folded in word_list("english_proper_nouns") or folded in word_list(
        "english_multiword_names"
    ):
        return True
    words = text.split()
    return len(words) > 1 and any(
        word.lower() not in _JOINING and _known_anywhere(word) for word in words[:-1]
    )


def _english_world_place(text: str) -> bool:
    """A place WordNet records in the English-speaking world and nowhere in the region
    (``english_world_places.txt``, benchmarks/mine_english_world_places.py: "Wessex",
    "Anglesey", "Lake District"): copy naming no country of the region that names it is set
    there, and GeoNames' towns of 500 or more lack such regions, districts and islands."""
    from tqcheck.lexicon import word_list

    return text.lower() in word_list("english_world_places")


# "in" right before a name, with nothing between ("Nurses in Unison").
_IN_BEFORE = patterns.compile(r"\bin[ \t]+$", re.IGNORECASE)


def _in_fixed_phrase(document: Document, name: Unplaced) -> bool:
    """A name right after "in" that makes with it a fixed phrase of English
    (``english_in_phrases.txt``, WordNet's lemmas "in X": "in unison", "in concert", "in
    tandem"): headline case capitalises the phrase's word, which names no town there."""
    from tqcheck.lexicon import word_list

    plain = document.plain
    return bool(
        _IN_BEFORE.search(plain, max(0, name.start - 4), name.start)
        and name.text.lower() in word_list("english_in_phrases")
    )


def _word_like(text: str) -> bool:
    """Every word of ``text`` is capitalised (not all capitals) and reads as a word or a name of
    English: a word of Zipf frequency ``PLACED_WORD_ZIPF`` or more, or a plural of one
    ("Cashews"), a gloss of the word tables, or, alone, a given name ("Kevin"; not "Camp
    David"), as MT writes a town's name it took for one; not several words one of which is a
    compass word ("Lower East Side": a part of a city). A name of none of these ("Kirkby")
    is the town's own, and that GeoNames (places of 500 people or more) lacks it says only
    that the town is small."""
    from tqcheck.gazetteer.garble.literal import ARABIC_ARTICLES

    words = [word for word in text.split() if word.lower() not in _JOINING]
    if _by_direction(text):
        return False  # "Lower East Side", "Upper West Side": a part of a city named by direction
    return bool(words) and all(
        word[:1].isupper()
        and not word.isupper()
        and word.lower() not in ARABIC_ARTICLES  # "El Al": a name written with the article
        and (_english_form(word) or (len(words) == 1 and _given_name(word)))
        for word in words
    )


# "Bourguiba's Dwelling": the possessive is the Arabic construct, not part of the kept name.
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _half_translated(name: Unplaced) -> bool:
    """A name an apposition places ("from the terminal of Head of Lanuf on Libya's coast", "in
    the Stumbler's Well, near the Tunisian border") made of a capitalised English word that
    glosses a head of the region's place names (``toponym_head_word``: Head for Ras, Well for
    Bir, Palace for Qasr, Sons for Beni) and a capitalised name kept as written, no English
    word, no given name and no place known anywhere alone: MT translated the head and kept
    the rest ("Ras Lanuf"). The name whose kept word is a place ("Port of Basra", "Valley of
    Hadramawt", "Gulf of Aden") names a feature of that place, and one whose kept word is a
    person's ("House of Saud") a family."""

    if not name.located or name.listed:
        return False
    words = [
        _POSSESSIVE_END.sub("", word) for word in name.text.split() if word.lower() not in _JOINING
    ]
    if len(words) < 2 or not all(word[:1].isupper() and not word.isupper() for word in words):
        return False
    heads = [word for word in words if toponym_head_word(word.lower())]
    kept = [
        word
        for word in words
        if not toponym_head_word(word.lower())
        and _zipf(word.lower()) < PLACED_WORD_ZIPF
        and not english_gloss_word(word.lower())
    ]
    if not heads or not kept:
        return False
    return not any(_given_name(word) or _known_anywhere(word, abroad=True) for word in kept)


def _placed_name(document: Document, name: Unplaced) -> bool:
    """A name (:func:`_english_name`) that an apposition, or the province or country after it,
    places as a town ("Jazzman, in Daraa province"), where no list of places ("in Donbass,
    Syria, Mozambique") and no noun before it ("the government hospital, Wolfson, in Holon": a
    name renaming the noun) may be what the sentence is about. A slot alone ("in Sophie's")
    does not make a name a town."""
    return (
        name.located
        and not name.listed
        and not _AFTER_A_COMMA.search(document.plain, max(0, name.start - 3), name.start)
        # "Zamalek, an island district of Cairo": a part of a city, named as the city names it
        # (GeoNames records few districts); a name, not a word, is no translation there
        and not part_of_city_after(document.plain, name.end)
        and _english_name(name.text)
    )


# A name right after a comma renames the noun before it ("the hospital, Wolfson,").
_AFTER_A_COMMA = re.compile(r",[ \t]*$")


def _firm_owner(document: Document, name: Unplaced) -> bool:
    """A name English text knows (:func:`_english_name`) owning the head of an industry or a
    trade that a firm runs as often as a town has it ("Dow's chemical plant", "Wedgwood's
    porcelain factory", "Scholastic's book fair": ``slots.firm_head``): in copy naming no
    country such a possessive is a firm's as readily as a town's, and TQ306 would name no place
    there. A phrase of English words ("Some Guy's chemical plant") is no firm's name."""
    from tqcheck.gazetteer.garble.slots import firm_head

    return _english_name(name.text) and firm_head(
        name.text, document.plain[name.end : name.end + 80]
    )


def _english_name(text: str) -> bool:
    """One capitalised word that English text knows as a name (wordfreq's large list at Zipf
    1.5 or more, :func:`~tqcheck.gazetteer.words.known_to_english_text`, or a listed given
    name) rather than as a common word: MT turns a transliterated town into an English
    look-alike name ("Jazzman, in Daraa province" for Jasim) as readily as into a word."""
    from tqcheck.gazetteer.words import known_to_english_text

    if " " in text or not text[:1].isupper() or text.isupper() or not text.isalpha():
        return False
    return _given_name(text) or known_to_english_text(text.lower())


# What follows a person's name ("Garrick said", "Kirsty, 45, a teacher", "Garrick, in Gaza
# City, told"): a verb of saying, or an age.
_SAYING = r"(?:said|says|told|tells|added|wrote|asked|replied|recalled|insisted|denied|argued)"


# "the governor of X", "residents of X", "the town of X": a place slot's noun before "of"
# (the slot finder's strong slot); what follows speaks as the noun's, not as X's.
_PLACE_HEAD_OF = re.compile(
    r"\b(?:city|town|village|port|district|province|governorate|capital|suburb|outskirts|"
    r"residents|people|inhabitants|governor|mayor|municipality|neighbourhood|neighborhood)"
    r"[ \t]+of[ \t]+$",
    re.IGNORECASE,
)
# A locating preposition right before a name of words joined by "of" that an apposition
# locates ("Rice farmers in Village of the Old Man, in the Nile Delta, said"): the name is
# where the subject is, and the subject speaks.
_LOCATING_BEFORE = re.compile(r"\b(?:in|near|around|outside)[ \t]+$")
# "a letter from Garrick": what a person sends, not where it comes from.
_FROM_A_PERSON = re.compile(r"\b(?:letter|message|call|email|note|gift)s?[ \t]+from[ \t]+$")


def _titled(name: str) -> bool:
    """``name`` opens with a title or role before "of" ("Duke of Edinburgh", "Prince of
    Wales", "Bishop of Jerusalem"): a person named by the place they hold."""
    from tqcheck.lexicon import word_list

    head = name.split(" of ")[0].split()[-1].lower()
    return head in (
        word_list("english_name_titles")
        | word_list("person_name_titles")
        | word_list("role_nouns")
        | word_list("person_roles")
    )


def _title_of_a_place(name: str) -> bool:
    """``name`` is a title held of a place known anywhere ("Bishop of Jerusalem", "Emir of
    Qatar", "Governor of Basra"): a person, wherever the sentence puts them. Not a kinship or
    head word before a name no place bears ("Father of the Crow", "Head of Lanuf"): the
    literal translations of Abu, Ras and their kind."""
    if " of " not in name or not _titled(name):
        return False
    held = name.split(" of ", 1)[1].removeprefix("the ")
    return _known_anywhere(held)


def _person(
    document: Document, name: str, definite_placed: bool = False, in_town_phrase: bool = False
) -> bool:
    """:func:`_person_in`, once per name and document (TQ306 asks it for every unplaced name,
    and a long article repeats its names: each asking read every occurrence again)."""
    known: dict[tuple[str, bool, bool], bool] = document.analyses.setdefault("tq306_person", {})
    key = (name, definite_placed, in_town_phrase)
    if key not in known:
        known[key] = _person_in(document, name, definite_placed, in_town_phrase)
    return known[key]


def _person_in(
    document: Document, name: str, definite_placed: bool = False, in_town_phrase: bool = False
) -> bool:
    """``name`` is a person somewhere in the document: it follows a capitalised word other
    than a function word ("Andre Agassi") or a title or role ("coach Garrick", "President"),
    goes on with a capitalised word ("Kirsty Coventry"), is said to speak ("Garrick said",
    "Garrick, in Gaza City, said") or is given an age ("Garrick, 45,"). A place's look-alike
    name ends the case for a town only where nothing in the copy makes it a person.

    With ``definite_placed`` (a name an apposition or the unit after it locates in a country of
    the region), an occurrence right after "the" is no person's: English puts no article before
    a person's name, so in "Farmers in the Lantern, in Anbar province, said" the farmers speak,
    in a place; nor is a name of words joined by "of" right after "in", "near", "around" or
    "outside" ("Rice farmers in Village of the Old Man, in the Nile Delta, said": the farmers
    speak, there), unless a title or role heads it ("the Duke of X", "the Bishop of X"). A
    name of other words there is read as before: a feature's plain name ("Residents in Mount
    Sinai, near the border, said") is no translation, and a person's stays one. Not for a name
    only its slot places, where "the X said" after a preposition is as often a body ("A
    spokesman in the Navy said", "Officials at the Treasury said").

    An occurrence right after a place noun and "of" ("The governor of X said", "Residents of X
    told") is no person's either: the noun is what speaks, X is where; unless X renders an
    Arabic given name ("The mayor of Khaled said" may be copy that lost a comma).

    With ``in_town_phrase`` (a name right after people who live or work in a town:
    ``town_phrase_before``), an occurrence right after such people and "in", "near", "around",
    "outside" or "from" is no person's: in "Dairy farmers in X said" the farmers speak; an
    occurrence elsewhere ("X, 45, said") is read as before."""
    from tqcheck.lexicon import word_list

    titles = word_list("english_name_titles") | word_list("person_name_titles")
    titles |= word_list("role_nouns") | word_list("person_roles")
    plain = document.plain
    for start in _occurrences(document, name):
        if definite_placed and (
            DEFINITE_BEFORE.search(plain, max(0, start - 8), start)
            or (
                " of " in name
                and not _titled(name)
                and _LOCATING_BEFORE.search(plain, max(0, start - 12), start)
            )
        ):
            continue
        if in_town_phrase and town_phrase_before(document, start):
            continue
        if not _person_here(plain, start, name, titles):
            continue
        # "The governor of X said": the governor speaks, of a place (asked last: reading
        # Arabic given names loads wordfreq, a third of a second; its module is imported
        # only here, 5 ms of a check that never asks)
        if _PLACE_HEAD_OF.search(plain, max(0, start - 60), start):
            from tqcheck.bilingual.person_names import renders_arabic_given_name

            if not renders_arabic_given_name(name):
                continue
        return True
    return False


def _person_here(plain: str, start: int, name: str, titles: AbstractSet[str]) -> bool:
    """The occurrence of ``name`` at ``start`` reads as a person's: after a capitalised word or
    a title, as the sender of a letter, before a capitalised word, a verb of saying or an age."""
    from tqcheck.lexicon import is_function_word

    before = _WORD_BEFORE.search(plain[max(0, start - 40) : start])
    if before is not None:
        previous = before.group(1)
        if previous.lower().rstrip(".") in titles:
            return True
        if previous[:1].isupper() and not is_function_word(previous.lower()):
            return True
    if _FROM_A_PERSON.search(plain, max(0, start - 40), start):
        return True
    after = plain[start + len(name) : start + len(name) + 120]
    return bool(_NAME_OR_SAYING_AFTER.match(after) or _AGE_OR_APPOSITION_AFTER.match(after))


# what :func:`_person_here` reads around a name, compiled once (kept in the cache)
_WORD_BEFORE = patterns.compile(r"([A-Za-z][\w'’.-]*)[ \t]+$")
_NAME_OR_SAYING_AFTER = patterns.compile(rf"[ \t]+(?:[A-Z]|{_SAYING}\b)")
_AGE_OR_APPOSITION_AFTER = patterns.compile(
    rf",[ \t]+(?:\d{{1,3}},|[^,.;]{{1,80}},[ \t]+(?:who[ \t]+)?{_SAYING}\b)"
)


_WORD_START = patterns.compile(r"(?<![\w'’-])\w+")


def _occurrences(document: Document, name: str) -> list[int]:
    """Where ``name`` stands in the document as a whole name (no letter, digit, apostrophe or
    hyphen before it; no letter, digit or hyphen after it), through an index of the words'
    starts built once per document: a scan of the whole copy for each name was quadratic in
    long copy."""
    plain = document.plain
    first = re.match(r"\w+", name)
    if first is None:
        return [
            hit.start() for hit in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", plain)
        ]
    starts: dict[str, list[int]] | None = document.analyses.get("tq306_word_starts")
    if starts is None:
        starts = {}
        for hit in _WORD_START.finditer(plain):
            starts.setdefault(hit.group(), []).append(hit.start())
        document.analyses["tq306_word_starts"] = starts
    end = len(name)
    return [
        start
        for start in starts.get(first.group(), ())
        if plain.startswith(name, start)
        and not (
            start + end < len(plain)
            and (plain[start + end].isalnum() or plain[start + end] in "_-")
        )
    ]


def _sentence_adverb(text: str, opening: bool = True) -> bool:
    """One word that opens a sentence as an adverb or connective does before a comma
    (``sentence_adverbs.txt``, a word in -ly, a time word, a function word). Mid-sentence
    (``opening`` false) only the listed adverbs and function words are read so ("which in
    There is"): "north of Dolly" is a name."""
    from tqcheck.lexicon import is_function_word, word_list

    word = text.lower()
    return " " not in word and (
        (opening and (word.endswith("ly") or is_time_word(text)))
        or word in word_list("sentence_adverbs")
        or is_function_word(word)
    )


def _landmark(text: str) -> bool:
    """A landmark's or a city part's name: its head noun (the last word, or the last before
    "of") is one of ``landmark_nouns.txt`` ("Martyrs Square", "Old City")."""
    from tqcheck.lexicon import word_list

    head = text.split(" of ")[0].split()[-1]
    return head.lower() in word_list("landmark_nouns")


def _english_fixed_name(text: str) -> bool:
    """A name of the shape "A of B" that English has for something other than a town of the
    region: MT's word-for-word translation of a place name (Bayt, Bir, Ain, Abu: "Well of the
    Slave", "Father of Thorns") has that shape too, so the shape alone tells them apart no
    more than a verb or a preposition before it does; what English knows does. The name is
    (1) a name or fixed expression of English holding "of" (``english_of_names.txt``, every
    such noun of WordNet: "Garden of Eden", "House of Commons", "house of cards"); or (2) its
    words after "of" are proper nouns of English (``english_proper_nouns.txt``: "Tower of
    London", "House of Windsor", "Palace of Westminster") that no word table glosses an Arabic
    word with: a feature or a family of that name, since MT translating a name of the region
    writes glosses, an English name included ("Spring of Jesus" for Ain Issa, "Valley of
    Moses" for Wadi Musa), or keeps the word as written; or (3) "House of" one word that
    renders an Arabic given name ("House of Saud", "House of Assad"): English's noun for a
    dynasty, before the family's name. A name with "the" after "of" ("Valley of the Secret")
    is read only against the list: MT writes the Arabic article so.

    Measured in copy naming the region's countries: 882 sentences of English names of that
    shape in wire frames ("Power struggles in House of Saud", "fled Valley of Death") 132 -> 85
    TQ301/TQ306 findings, 240 of translated names ("fled Father of Thorns") 151 -> 151, the
    34 tune sets unchanged. Names English writes with an abstract noun after "of" ("Valley of
    Death", "House of Hope") are still reported: MT's translations have the same ("Father of
    Perfection" for Abu Kamal), and no list here knows the phrase (issue 13)."""
    from tqcheck.lexicon import word_list

    words = text.split()
    if "of" not in words[1:]:
        return False
    if text.lower() in word_list("english_of_names"):
        return True
    of = words.index("of")
    after = words[of + 1 :]
    if not after or after[0].lower() == "the" or not all(word[:1].isupper() for word in after):
        return False
    proper = word_list("english_proper_nouns")
    if all(word.lower() in proper and not english_gloss_word(word.lower()) for word in after):
        return True
    if words[of - 1] != "House" or len(after) != 1:
        return False
    from tqcheck.bilingual.person_names import renders_arabic_given_name  # 5 ms: only here

    return renders_arabic_given_name(after[0])


# A place abroad this large keeps a name people of a town stand in quiet in copy that names no
# country even where nothing after the name locates it ("Fishermen in Homer said": Homer,
# Alaska, 5,500); a hamlet of a few thousand ("Dairy farmers in Salmon said") is no reading a
# reader makes of a name MT wrote where a town of the story stands.
SMALL_TOWN_ABROAD = 5_000
# What locates a name after it: a comma, a bracket, or a preposition of place ("Stock, Essex",
# "Ashburton in Canterbury").
_LOCATED_AFTER = re.compile(r"[ \t]*[,(]|[ \t]+(?:in|near|on|outside)[ \t]")


def _bare_town_phrase_name(document: Document, name: Unplaced, in_town_phrase: bool) -> bool:
    """One word that people of a town stand in, in copy naming no country, with nothing right
    after it that locates it (:data:`_LOCATED_AFTER`): "Dairy farmers in Salmon said". A name
    of several words keeps every place of that name ("Farmers near Red Creek said": English
    names its hamlets so)."""
    return (
        in_town_phrase
        and name.unset
        and " " not in name.text
        and not _LOCATED_AFTER.match(document.plain, name.end)
    )


def _known_anywhere(text: str, abroad: bool = False, smallest: int | None = None) -> bool:
    """A place (the curated layers; GeoNames: in the region's countries, or a city of 50,000 or
    more anywhere, or with ``abroad`` any place anywhere), a country, subdivision, world
    region, sea, river, region of the region's copy or part of a country in it ("Ingushetia",
    ``region_parts.tsv``), or a group or landmark that sets copy in a country
    (``place_clues.tsv``). A name GeoNames records only with the Arabic article
    before it ("Hodeidah": El-Hodeidah), a town of the region of 20,000 or more, is that
    town's, as English copy writes it.

    A name an apposition places in a country of the region ("Harold, near the Saudi border")
    is no hamlet of the United States that GeoNames records under that name; a name that only
    its slot places ("in Sharon") may be a region or a body GeoNames knows elsewhere, so any
    place of that name anywhere keeps it quiet (``abroad``). With ``smallest`` (and not
    ``abroad``) a place anywhere counts from that size rather than from 50,000 (one word people
    of a town stand in with nothing after it: ``SMALL_TOWN_ABROAD``)."""
    from tqcheck.gazetteer.context import (
        country_of_word,
        place_clues,
        region_features,
        region_parts,
    )
    from tqcheck.gazetteer.garble.base import recorded_with_article
    from tqcheck.gazetteer.index import default_gazetteer
    from tqcheck.gazetteer.look_alikes import TOWN_POPULATION
    from tqcheck.gazetteer.mentions import geonames_index
    from tqcheck.gazetteer.region import (
        ARABIC_SCRIPT_REGION,
        is_world_region,
    )

    return bool(
        country_of_word(text)
        or is_world_region(text)
        or fold(text) in region_features()
        or text in place_clues()[1]
        or fold(text) in _subdivisions()
        # "Ingushetia": a part of a country in the region, named as copy names it
        or any(pattern.fullmatch(text) for _, pattern in region_parts().values())
        or default_gazetteer().known(text)
        or any(
            abroad
            or place.country in ARABIC_SCRIPT_REGION
            or place.population >= (KNOWN_TOWN_POPULATION if smallest is None else smallest)
            for place in geonames_index().exact(text)
        )
        or any(
            place.country in ARABIC_SCRIPT_REGION and place.population >= TOWN_POPULATION
            for place in recorded_with_article(text)
        )
    )


# WORLD_CITY_POPULATION (garbles): a city this large is one copy names its parts after wherever
# the article is set ("Dubai International" in copy about Iran).


def _part_of_a_city(text: str, countries: frozenset[str]) -> bool:
    """Some of the words of ``text``, not all, in a row, are the own name (not another recorded
    one) of a city of ``KNOWN_TOWN_POPULATION`` or more of the copy's ``countries``, or of a
    city of ``WORLD_CITY_POPULATION`` or more anywhere: "East Port Said" (the port's east
    side), "Dubai International" (the airport). The other words name a part or a facility of
    that city; a translated name is made of words, not of a city of its country ("Salt Dates"
    in Iraq: Salt is Jordan's)."""
    from tqcheck.gazetteer.mentions import geonames_index

    words = text.split()
    index = geonames_index()
    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            part = " ".join(words[first : first + size])
            if part.lower() in _JOINING:
                continue
            if any(
                relation != "alternate"
                and (
                    place.population >= WORLD_CITY_POPULATION
                    or (place.country in countries and place.population >= KNOWN_TOWN_POPULATION)
                )
                for place, relation in index.exact_ranked(part)
            ):
                return True
    return False


# A name opening with a country's possessive ("Australia's Northern Territory").
_COUNTRY_POSSESSIVE = re.compile(r"([A-Z][\w .-]*?)['’]s[ \t]+(?=[A-Z])")


def _subdivision(text: str) -> bool:
    """``text`` is a country or an ISO 3166-2 subdivision, also after its country's possessive
    ("Australia's Northern Territory": the part of a country the copy says it is)."""
    from tqcheck.gazetteer.context import country_of_word

    owner = _COUNTRY_POSSESSIVE.match(text)
    if owner is not None and country_of_word(owner.group(1)):
        text = text[owner.end() :]
    return fold(text) in _subdivisions()


def _common_words(text: str) -> bool:
    words = text.split()
    return bool(words) and all(
        word[:1].isupper()
        and not word.isupper()
        and not is_time_word(word)
        and _zipf(word.lower()) >= COMMON_WORD_ZIPF
        for word in words
    )


@cache
def _subdivisions() -> frozenset[str]:
    """Folded names of every country and ISO 3166-2 subdivision ("Texas", "Georgia"; a county
    also with the noun English puts before it, "County Cork", "County Durham"), kept as
    a pickle named after its inputs (building it took 10 to 20 ms of a check; issue 13)."""
    from tqcheck.gazetteer import cache_files, iso

    inputs = [
        __file__,
        *cache_files.fold_inputs(),
        iso.__file__,
        cache_files.package_file("pycountry", "databases", "iso3166-1.json"),
        cache_files.package_file("pycountry", "databases", "iso3166-2.json"),
    ]
    return cache_files.table("iso-names-folded", inputs, _read_subdivisions, frozenset)


def _read_subdivisions() -> frozenset[str]:
    from tqcheck.gazetteer import iso

    names = {
        fold(value.removeprefix("the "))
        for c in iso.countries()
        for value in (c.name, c.common_name, c.official_name)
        if value
    }
    names.update(fold(c.name.split(",")[0]) for c in iso.countries())  # "Palestine, State of"
    # pycountry's countries and subdivisions from the cache: loading its objects took 65 ms
    for _, _, kind, name in iso.subdivisions():
        names.add(fold(name))
        bare, comma, noun = name.partition(", ")
        if comma and len(noun.split()) <= 2 and " and " not in name:
            # ISO 3166-2 puts the noun after a comma ("Durham, County", "Bristol, City of"):
            # English writes it first ("County Durham", "City of Bristol")
            names.add(fold(f"{noun} {bare}"))
        elif "county" in kind.lower() and "city" not in kind.lower():
            # a county ISO 3166-2 records by its bare name, with the noun English puts before
            # or after it ("County Cork", "Nairobi County")
            names.update(fold(form) for form in (f"County {name}", f"{name} County"))
    return frozenset(names)


def _population(geonameid: str) -> int:
    from tqcheck.gazetteer.geonames import open_default

    place = open_default().get(geonameid)
    return place.population if place and place.population else 0


def _country(code: str) -> str:
    from tqcheck.gazetteer import iso

    country = iso.country(code)
    if country is None:
        return code
    return country.common_name or country.name


def _zipf(word: str) -> float:
    from tqcheck.gazetteer.words import zipf  # wordfreq's small list, read on first use

    return zipf(word)
