"""Literal readings: English words read back to Arabic (and Persian, Turkish, Kurdish) and on to
the places whose names they spell, through the word tables, the lexicons, co-glosses, units,
diminutives and names kept untranslated beside a translated word.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from rapidfuzz.distance import JaroWinkler

from tqcheck import patterns
from tqcheck.gazetteer import cache_files
from tqcheck.gazetteer.context import (
    WELL_KNOWN_POPULATION,
    country_of_word,
)
from tqcheck.gazetteer.garble.base import estimated_population
from tqcheck.gazetteer.keys import (
    ARABIC_LETTER_VARIANTS,
    SkeletonStart,
    arabic_key,
    arabic_skeletons,
    fold,
    is_arabic,
    skeleton_start,
    skeleton_starts,
    skeletons,
)
from tqcheck.gazetteer.words import is_english_word, zipf

if TYPE_CHECKING:
    from tqcheck.gazetteer.geonames import GeoPlace
from tqcheck.gazetteer.garble.base import (
    Candidate,
    Garble,
    arabic_keys,
    bare_name,
    base_forms,
    country_arabic,
    country_name,
    english_name,
    fold_keep_spaces,
    folded_words,
    gazetteer_dir,
    geonames_index,
    rows_in,
    skeleton_keys,
)
from tqcheck.gazetteer.garble.compounds import compound_literal
from tqcheck.gazetteer.garble.countries import (
    FUNCTION_WORDS,
    POSSESSIVE,
)
from tqcheck.gazetteer.garble.sound import (
    best_place,
    form_of_own_name,
    size_bonus,
)
from tqcheck.gazetteer.garble.word_tables import (
    DERIVED,
    ELEMENTS_TABLE,
    EXACT_ONLY,
    LEXICON,
    LEXICON_TABLE,
    NAMES_TABLE,
    NEAR,
    NEAR_TABLE,
    TEAM_TABLE,
    VARIANT_LETTERS,
    adjective_noun_entries,
    american_spelling,
    colour_of_ish,
    head_romanisations,
    is_calendar,
    nisba_adjective,
    nisba_entries,
    plural_forms,
    read_toponym_words,
    romanisations,
    taa_variants,
    table_entries,
    toponym_head_word,
    toponym_words,
    toponym_words_first,
    toponym_words_lexicon,
    union,
)
from tqcheck.gazetteer.region import (
    ARABIC_SCRIPT_REGION,
)

# Scores are probability-like: how often a match of this kind and strength names the place.
SCORE_ARABIC_EXACT = 0.92  # the English words, back in Arabic, are a place's Arabic name
SCORE_ARABIC_TAA = 0.90  # ... with a final taa marbuta added or removed
SCORE_ARABIC_NISBA = 0.88  # ... the last word's feminine nisba (محمود -> المحمودية)
SCORE_LITERAL_SKELETON = 0.84  # the same, read back by consonant classes to a Latin name
LITERAL_SKELETON_POPULATION = 20_000  # a town of this size, when only three classes match
# A single English word this common (wordfreq Zipf) is a literal translation only in a strong
# place slot ("the town of the Gate"), never after "in"/"to" alone ("to the East").
COMMON_LITERAL_ZIPF = 5.0
# The heads MT adds after an Arabic feminine nisba that stands alone for a town: "the Indian
# Town" (الهندية, Al Hindiyah).
NISBA_HEADS = frozenset(["town", "city"])
RARE_TEAM_ZIPF = 3.5  # one rare English word ("Brunette") may use a team pair after "in", "to"
MIN_LITERAL_LATIN = 0.86
ARABIC_ARTICLES = frozenset(["al", "el", "ad", "ar", "ash", "az", "ath", "adh", "ed", "ez"])


def literal_options(
    candidate: Candidate,
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
    (``team_pairs``: Persian ده "village" is no Palestinian place's word), and only in a
    strong slot. The lexicon table's pairs only with ``lexicon``, the near-synonym table's only
    with ``near``, the lexicon's co-glosses (``toponym_words_cogloss``) only with ``cogloss``.
    Two words kept must stand together, beside a translated one (``may_keep``: "My Lord Bel
    Abbes")."""
    text = candidate.text
    # A possessive is the Arabic construct state: "Solomon's Mosque" is مسجد سليمان (the words
    # are tried in every order).
    raw = hyphen_words(text.lower())
    owner = [i for i, w in enumerate(raw[:-1]) if POSSESSIVE.search(w)]
    if len(owner) == 1 and not owner_is_a_place(" ".join(raw[: owner[0] + 1])):
        # ... in the construct's order, the thing owned first: "Madani's Son" is "Son of
        # Madani" (ود مدني), which a reading keeping the name reads in the place's order
        raw = raw[owner[0] + 1 :] + raw[: owner[0] + 1]
    raw = [POSSESSIVE.sub("", w) for w in raw]
    if partial and len(raw) > 2:
        # "Al-Shughur Bridge": an article before a word the tables do not know is the kept
        # name's own (Jisr ash Shughur spells it "ash"), dropped as the Latin name's particles
        # are; not before a word they translate ("Ras al-Ain" is romanised, not translated)
        first = toponym_words_lexicon() if lexicon else toponym_words_first()
        raw = [
            w
            for i, w in enumerate(raw)
            if w not in ARABIC_ARTICLES or i + 1 == len(raw) or table_entries(first, raw[i + 1])
        ]
    if any(w in ARABIC_ARTICLES for w in raw):
        return None  # "Al Ala": the Arabic article written out is a transliteration, not English
    # "my master" is one Arabic word (سيدي): "My Master Bel Abbes" is a name of three
    words = without_my([w for w in raw if w not in FUNCTION_WORDS])
    feminine = False
    if adjective_one(candidate, words):
        # "the New One": an English adjective made a noun with "the ... one", as MT renders an
        # Arabic adjective standing alone (الجديد); the name is the adjective's. "the White
        # Lady", "the Blue Woman": the feminine adjective standing alone (البيضاء, الزرقاء),
        # which English can only make a noun with a word for a woman; then only its feminine
        # forms (fa'la', -a)
        feminine = words[-1] != ONE
        words = words[:-1]
    found = _word_options(candidate, words, raw, partial, countries, lexicon, near, cogloss)
    if found is not None and feminine:
        found = _feminine_only(found)
    if found is None and len(words) == 2 and words[1] in NISBA_HEADS and nisba_adjective(words[0]):
        # "the Indian Town": the feminine nisba stands alone for the town (الهندية), where the
        # two words read nothing ("Islamic Town" is اسلامشهر, Eslamshahr, first)
        found = _word_options(candidate, words[:1], raw, partial, countries, lexicon, near, cogloss)
    return found


def _word_options(
    candidate: Candidate,
    words: list[str],
    raw: list[str],
    partial: bool,
    countries: set[str] | None,
    lexicon: bool,
    near: bool,
    cogloss: bool,
) -> list[list[tuple[str, str | None, tuple[str, ...]]]] | None:
    """:func:`literal_options` for the candidate's ``words`` (its function words dropped)."""
    if not words or len(words) > 3:
        return None
    if len(words) == 1 and candidate.slot == "none":
        return None
    # "Blackish": English "-ish" on a colour is the Arabic colour's diminutive (سويداء, "the
    # little black one", As-Suwayda), which "Little Black" reads
    words = [part for w in words for part in _ish_as_little(w)]
    if cogloss:
        table = toponym_words_cogloss(raw)
    elif near:
        table = toponym_words()
    else:
        table = toponym_words_lexicon() if lexicon else toponym_words_first()
    options: list[list[tuple[str, str | None, tuple[str, ...]]]] = []
    kept = 0
    i = 0
    while i < len(words):  # longest English phrase first ("little mountain")
        for size in (2, 1):
            phrase = " ".join(words[i : i + size])
            if phrase.startswith(MY):  # "My Master": the Arabic first-person suffix (سيدي)
                entries = with_my(table_entries(table, phrase[len(MY) :]))
            else:
                entries = table_entries(table, phrase)
            if size == 2 and words[i] in DIMINUTIVE_WORDS and i + 1 < len(words):
                # "the Little Market": the diminutive of سوق "market" (سويق) beside any
                # entry the table has for the phrase, then the Persian diminutive (بازارك)
                nouns = table_entries(table, words[i + 1])
                if words[i] != LITTLE:  # "small X": the diminutive table's "little X"
                    entries = union(entries, table_entries(table, f"{LITTLE} {words[i + 1]}"))
                entries = union(entries, diminutives(nouns))
                entries = union(entries, persian_diminutives(nouns))
                entries = union(entries, _diminutive_plurals(table, words[i + 1]))
            if not entries and size == 2 and words[i] in _TWO and i + 1 < len(words):
                # "the Two Flags", "Twin Rivers": the dual, العلمين, نهرين
                entries = duals(table_entries(table, words[i + 1]))
                # ... and the number word before the noun in the singular, as Persian counts
                # (دو رود "Two Rivers", Dorud)
                singular = [b for b in base_forms(words[i + 1]) if b in table][:1]
                nouns = table[singular[0]] if singular else table.get(words[i + 1], [])
                entries = union(entries, counted(table.get("two", []), nouns))
                if singular:
                    # ... or in the plural the English has, as place names keep it (دو
                    # گنبدان "Two Domes", Dogonbadan: گنبد "dome", plural -an)
                    plural = table_entries(table, words[i + 1])
                    entries = union(entries, counted(table.get("two", []), plural))
            if size == 1 and len(words) > 1:
                # "Dusty Hill": an adjective in -y beside another word also as the noun it is
                # made of, as the Arabic construct's second word (تل عفر "hill of dust", Tall
                # Afar), after its own senses; not one word alone ("Dirty", "Sporty")
                entries = union(entries, adjective_noun_entries(table, phrase))
            if size == 1 and i + 1 == len(words):
                # "the Muhammadan": an English adjective of religion or nationality last is the
                # Arabic nisba standing for the town (المحمدية, Mohammadia)
                entries = union(entries, nisba_entries(table, phrase))
            if entries and countries is not None:
                strong = (
                    candidate.slot in ("strong", "country")
                    or team_may_stand(words, phrase, table)
                    or (len(words) == 1 and zipf(phrase) < RARE_TEAM_ZIPF)
                )
                entries = used_in(entries, phrase, countries, strong)
            if entries and not calendar_may_stand(candidate, words):
                entries = [entry for entry in entries if not is_calendar(entry[1])]
            named = country_of_word(phrase)
            if named and (countries is None or named in countries or len(words) > 1):
                # "Upper Egypt": the country is named, not translated; but "the Indian" alone
                # in copy about Iraq is a nisba (الهندية, Al Hindiyah), not India
                entries = None
            if entries and len(words[i : i + size]) == size:
                options.append([(phrase, a, latin) for a, latin in entries])
                i += size
                break
        else:
            if not partial or len(words) == 1 or not may_keep(options, kept, len(words)):
                return None  # a word the table does not know: not a literal translation
            kept += 1
            options.append([(words[i], None, (words[i],))])
            i += 1
    return options


def hyphen_words(text: str) -> list[str]:
    """The words of a name, split at spaces and hyphens, but a hyphenated English compound the
    word tables gloss whole kept as one word ("Ash-Coloured": ash-colored, رمادي, Ramadi;
    "Mother-in-Law": حماة, Hama): its parts are no words of the name ("ash" would be read
    as the Arabic article, "in" as a function word), and the compound is the gloss."""
    words: list[str] = []
    for token in text.split():
        if "-" in token.strip("-") and hyphen_compound(POSSESSIVE.sub("", token)):
            words.append(token)
        else:
            words.extend(w for w in token.split("-") if w)
    return words


def hyphen_compound(token: str) -> bool:
    """Whether a word tables' gloss (of any table, in any form ``table_entries`` reads) is the
    hyphenated word ``token``."""
    return bool(table_entries(toponym_words(), token))


def _ish_as_little(word: str) -> list[str]:
    """``word``, or "little" and its colour where it is a colour with "-ish" (``colour_of_ish``:
    "blackish" -> "little black")."""
    colour = colour_of_ish(word)
    return [word] if colour is None else [LITTLE, colour]


def owner_is_a_place(owner: str) -> bool:
    """Whether the possessor of "X's Y" is a country or a city of ``WELL_KNOWN_POPULATION`` or
    more: "Cairo's Shubra" places a district in its city, as English copy does, and is no
    construct to read in the Arabic order (which reads Shubrakhit)."""
    name = POSSESSIVE.sub("", owner)
    return bool(country_of_word(name)) or any(
        p.population >= WELL_KNOWN_POPULATION for p in geonames_index().exact(name)
    )


def may_keep(
    options: list[list[tuple[str, str | None, tuple[str, ...]]]], kept: int, words: int
) -> bool:
    """Whether a partial reading may keep one more word untranslated: the first, or a second
    right after the first in a name of three words or more ("Camp of Murad Jamali": the
    specific part of a name is often a two-word name, kept as MT keeps a person's name)."""
    if kept == 0:
        return True
    return kept == 1 and words >= 3 and bool(options) and options[-1][0][1] is None


LITTLE = "little"
DIMINUTIVE_WORDS = frozenset([LITTLE, "small", "tiny"])
ONE = "one"
_TWO = frozenset(["two", "twin"])  # "Twin Rivers": the Arabic dual as "Two Rivers" (نهرين)


def adjective_one(candidate: Candidate, words: list[str]) -> bool:
    """ "the X One" where a slot puts a place: a strong one ("in the New One, a suburb of
    Sabha") or "in", "near" ("talks in the White One": البيضاء, Al Bayda). Elsewhere it is a
    nickname or a thing more often ("the Special One said"); after "in" too the adjective must
    then be exactly a place's Arabic name in the article's countries (one word after "in").
    Also "the Little X One": a diminutive adjective (بريدة "the little cold one", Buraydah).
    Also "the X Woman", "the X Lady" (``feminine_adjective_heads.txt``): the Arabic feminine
    adjective standing alone, a noun in Arabic that English renders with a noun for a woman."""
    return (
        candidate.definite
        and (candidate.slot in ("strong", "country") or candidate.located or candidate.locative)
        and (len(words) == 2 or (len(words) == 3 and words[0] in DIMINUTIVE_WORDS))
        and (words[-1] == ONE or words[-1] in feminine_adjective_heads())
    )


@cache
def feminine_adjective_heads() -> frozenset[str]:
    """The nouns for a woman of ``feminine_adjective_heads.txt`` (``adjective_one``)."""
    from tqcheck.lexicon import word_list

    return word_list("feminine_adjective_heads")


def is_feminine(arabic: str | None) -> bool:
    """Whether a table's Arabic word has a feminine ending: fa'la' (بيضاء, زرقاء, the
    feminine of a colour or a defect adjective) or taa marbuta (شرقية; the tables' keys write
    it ه)."""
    return arabic is not None and arabic.endswith(("اء", "ة", "ه"))


def _feminine_only(
    options: list[list[tuple[str, str | None, tuple[str, ...]]]],
) -> list[list[tuple[str, str | None, tuple[str, ...]]]] | None:
    """``options`` with the adjective's (last word's) feminine forms only; None if it has none."""
    last = [entry for entry in options[-1] if is_feminine(entry[1])]
    return [*options[:-1], last] if last else None


def is_generic(text: str) -> bool:
    """One English word that the hand table glosses as a generic term of place names
    (mountain, palace, mosque, square, bridge...): after "in", "near" it is the feature it
    names ("prayed in the Mosque"); a town only where a strong slot says so."""
    word = POSSESSIVE.sub("", text.lower())
    return any(form in generic_words() for form in (word, *base_forms(word)))


@cache
def generic_words() -> frozenset[str]:
    """The English words of the hand table's rows noted "generic" (and their plurals' rows)."""
    import csv

    path = gazetteer_dir() / "toponym_words.csv"
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


def calendar_may_stand(candidate: Candidate, words: list[str]) -> bool:
    """A weekday or a number names a place in a strong slot ("the town of Monday"), after a
    locating preposition ("met in Monday": a day takes "on"), or beside another word of the
    name ("Tuesday Market"); after "on", "from", "to" or alone it is a day or a number."""
    return candidate.slot in ("strong", "country") or candidate.locative or len(words) > 1


def counted(
    numbers: list[tuple[str, tuple[str, ...]]], nouns: list[tuple[str, tuple[str, ...]]]
) -> list[tuple[str, tuple[str, ...]]]:
    """A number word before each one-word entry of a noun, in the order Persian and Arabic
    count ("two rivers": دو رود, Dorud), read only as a place's exact Arabic name."""
    return [
        (f"{arabic_key(number)} {arabic_key(noun)}", DERIVED)
        for number, _ in numbers
        for noun, _ in nouns
        if " " not in noun.strip()
    ]


# A reading through a near synonym scores a little under the same reading through the tables.
NEAR_PENALTY = 0.01


MY = "my "


def without_my(words: list[str]) -> list[str]:
    """The words with "my" joined to the word after it ("my master")."""
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] == "my":
            joined[-1] = MY + word
        else:
            joined.append(word)
    return joined


def with_my(entries: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, tuple[str, ...]]]:
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
        spelled = latin if form == key and latin and latin not in EXACT_ONLY else DERIVED
        if all(form != a for a, _ in found):
            found.append((form, spelled))
    return found


def only_team(choice: tuple[tuple[str, str | None, tuple[str, ...]], ...]) -> bool:
    """Every translated word of a reading is a pair of the team table."""
    for english, arabic, _latin in choice:
        if arabic is None:
            return False  # a name kept untranslated is evidence of its own
        if team_countries(english, arabic_key(arabic)) is None:
            return False
    return True


def team_bridges(
    choice: tuple[tuple[str, str | None, tuple[str, ...]], ...],
) -> frozenset[str] | None:
    """The countries where every team pair of a reading names places (``team_countries``),
    None where it has none: read across several countries (copy naming none, a neighbour's
    city), a team pair bridges to a place of a country whose names use it, not to any place of
    the countries read (Pashto شېر "town", of Afghanistan's names, is Arabic شير "lion" once
    its ې is folded: "Reed Town" is no Nesher, Israel, نيشير)."""
    where: frozenset[str] | None = None
    for english, arabic, _latin in choice:
        used = team_countries(english, arabic_key(arabic)) if arabic is not None else None
        if used is not None:
            where = used if where is None else where & used
    return where


def team_countries(phrase: str, key: str) -> frozenset[str] | None:
    """Where the team table's pair of ``phrase`` (or a form of it) and the Arabic ``key`` may
    bridge; None when it is no team pair or another table lists it for one of the phrase's
    forms too ("whites": بيض, FreeDict), which then bridges as every other table's pair."""
    # asked again per sense, per slot and per order of a name's words: memoised per table
    # (tests and benchmarks may swap it)
    return team_countries_in(id(toponym_words()), phrase, key)


@lru_cache(maxsize=4096)
def team_countries_in(_table: int, phrase: str, key: str) -> frozenset[str] | None:
    team = team_pairs()
    table = toponym_words()
    words = phrase.split()
    if (
        len(words) == 2
        and words[0] == "two"
        and key in {arabic_key(a) for a, _latin in duals(table_entries(table, words[1]))}
    ):
        return None  # the Arabic dual, which the rule makes too ("the Two Palaces", قصرين)
    used: frozenset[str] | None = None
    for form in (phrase, *base_forms(phrase), *plural_forms(phrase)):
        codes = team.get((form, key))
        if codes is None and any(
            arabic_key(a) == key and latin not in (LEXICON, NEAR) and not is_calendar(latin)
            for a, latin in table.get(form, ())
        ):
            return None  # (the lexicon's pairs, every sense of every noun, vouch for none;
            # the calendar's stand by their own rule)
        if used is None:
            used = codes
    if used is not None and used & ARAB_STATES and key in lexicon_keys():
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
def lexicon_keys() -> frozenset[str]:
    """The Arabic keys of the Arabic lexicon's table (``LEXICON_TABLE``) and of the Arabic
    forms of prophets' names (``NAMES_TABLE``): Arabic words. Kept in tqcheck's cache folder
    (keying the lexicon's 7,000 lines took 40 ms of a garble-dense article's cold check)."""
    from tqcheck.gazetteer import keys as keys_module

    paths = [gazetteer_dir() / name for name in (LEXICON_TABLE, NAMES_TABLE)]

    def build() -> frozenset[str]:
        keys: set[str] = set()
        for path in paths:
            lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
            for line in lines:
                if not line.startswith("#") and "," in line:
                    keys.update(arabic_key(f) for f in taa_variants(line.split(",")[1].strip()))
        return frozenset(keys)

    inputs = [path for path in paths if path.is_file()] + [__file__, keys_module.__file__]
    return cache_files.table("lexicon-keys", inputs, build, frozenset)


def team_may_stand(
    words: list[str], phrase: str, table: dict[str, list[tuple[str, tuple[str, ...]]]]
) -> bool:
    """Outside a strong slot a team pair counts only for one rare English word (Zipf under
    ``RARE_TEAM_ZIPF``: "said in Brunette") or in a name of two or more words another of
    which a hand or dictionary pair may translate, or that is a name kept untranslated ("House
    of the Jurist", "Masoud's Well"): the team table's own words are the commonest of place
    names, and a reading of team pairs alone stays out (``only_team``: "the Old City" is no
    Eskisehir)."""
    others = [w for w in words if w != phrase and w not in phrase.split()]
    if not others or len(words) < 2:
        return False
    team = team_pairs()
    for word in others:
        entries = table_entries(table, word)
        if not entries and not is_english_word(word):
            return True  # a name kept untranslated beside it ("Masoud's Well")
        for arabic, _latin in entries:
            if (word, arabic_key(arabic)) not in team:
                return True
    return False


def duals(
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


def used_in(
    entries: list[tuple[str, tuple[str, ...]]], phrase: str, countries: set[str], strong: bool
) -> list[tuple[str, tuple[str, ...]]]:
    """The entries for the English ``phrase`` that may name a place of ``countries``: every
    pair of the hand and dictionary tables; a pair of the team table only where the region's
    place names use its Arabic word, and in a strong slot only: its words are the commonest of
    place names ("old", "city", "white"), and "the Old City of Ankara" is no Eskisehir."""
    found = []
    for arabic, latin in entries:
        used = team_countries(phrase, arabic_key(arabic))
        # (no countries: the gate of ``_worth_resolving``, which asks whether any may bridge)
        if used is None or (strong and (used & countries or not countries)):
            found.append((arabic, latin))
    return found


@cache
def team_pairs() -> dict[tuple[str, str], frozenset[str]]:
    """(English gloss, arabic_key) of each pair of ``toponym_words_team.csv`` -> the countries
    whose GeoNames Arabic place names use the Arabic word (its ``countries`` column, written by
    ``benchmarks/mine_toponym_words.py --team-countries``). The team table holds Persian,
    Turkic, Pashto and Urdu words beside Arabic ones; each bridges only where it names places.
    ``--team-countries`` also lists the pairs another table has, which the team table leaves
    out, so that the other tables' pairs bridge as before. Kept as a pickle named after the
    table's bytes and the code reading it (building it took 10 to 15 ms of a check; issue 13)."""
    import csv

    path = gazetteer_dir() / TEAM_TABLE
    if not path.is_file():
        return {}

    others = [gazetteer_dir() / name for name in TEAM_PAIRS_OVER]

    def build() -> dict[tuple[str, str], frozenset[str]]:
        table: dict[tuple[str, str], frozenset[str]] = {}
        other_pairs = {
            (english, arabic_key(arabic))
            for english, entries in read_toponym_words(TEAM_PAIRS_OVER).items()
            for arabic, _latin in entries
        }
        with path.open(encoding="utf-8", newline="") as handle:
            lines = (line for line in handle if not line.startswith("#"))
            for row in csv.DictReader(lines):
                codes = frozenset((row.get("countries") or "").split())
                variant = VARIANT_LETTERS.search(row["arabic"]) is not None
                for form in taa_variants(row["arabic"].strip()):
                    key = arabic_key(form)
                    for english in row["english"].split("|"):
                        pair = (english.strip().lower(), key)
                        if variant and pair in other_pairs:
                            continue  # the other table's word in Urdu or Kurdish letters
                        table[pair] = table.get(pair, frozenset()) | codes
        shared: dict[frozenset[str], frozenset[str]] = {}  # one object per set: a smaller pickle
        return {pair: shared.setdefault(codes, codes) for pair, codes in table.items()}

    inputs = [path, *others, __file__, *cache_files.fold_inputs()]
    return cache_files.table("team-pairs", inputs, build, dict)


# The tables whose pairs bridge in every country (not the lexicon's, the near synonyms', the
# calendar's, read on their own terms). A team row spelled in the letters Urdu, Kurdish or
# Pashto add to the script (شہر, قلعہ, زاويہ "corner": ``keys.ARABIC_LETTER_VARIANTS``) is, once
# ``arabic_key`` folds them, the Arabic or Persian word such a table may gloss already: the
# team row records where its own spelling names places, not where the other table's word
# may bridge, so it restricts no pair of these tables (the miner's ``--team-countries`` leaves
# out of the team table the pairs another table has).
TEAM_PAIRS_OVER = ("toponym_words.csv", "toponym_words_freedict.csv", ELEMENTS_TABLE, NAMES_TABLE)


_HAMZA_ON_YA = "ئ"


def diminutives(
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
        taa = key.endswith("ه")
        key = key[:-1] if taa else key
        form, latin = "", ()
        if len(key) in (3, 4) and "ي" not in key[1:3] and "ا" not in key and "و" not in key:
            form = key[:2] + "ي" + key[2:]
        elif len(key) == 3 and key[1] in "او":  # a hollow root: سوق -> سويق, دار -> دوير
            form = key[0] + "وي" + key[2]
        elif len(key) == 3 and key[1] == "ي" and _HAMZA_ON_YA in arabic:
            # a hamza in the middle, which the key writes as a ya: fu'ayl seats it on a waw
            # (بئر "well" -> بؤير, Bouira; ذئب -> ذؤيب), read only as a place's exact Arabic
            # name (``DERIVED``): by consonant classes such short forms read a town for
            # almost any "Little X" (13Lit37's probe). A ya that is a letter of the root
            # keeps no such form (بيت "house": بييت)
            form, latin = key[0] + "وي" + key[2], DERIVED
        elif len(key) == 3 and key[2] == "ي" and taa:
            # a defective noun in -ya: fu'ayya, its doubled ya written once (قرية -> قرية,
            # whose plural names Qurayyat), on the same terms; not a word in -i or -a (ابي "my
            # father", قرى "to host"), which reads too many "Little X" as a town
            form, latin = key, DERIVED
        elif len(key) == 4 and key[2] in "اوي" and "ا" not in (key[0], key[1], key[3]):
            # a long vowel before the last consonant (fa'il, fa'al, fa'ul): fu'ayyil, its
            # doubled ya written once (حديد "iron" -> حديد, Hudaydah; غزال -> غزيل)
            form = key[:2] + "ي" + key[3]
        elif len(key) == 4 and key[1] == "ا" and not set(key[2:]) & set("اوي"):
            # fa'il, the active participle's pattern: fuway'il, its alif a waw (صالح
            # "righteous" -> صويلح, Suwaylih; جامع -> جويمع), read only as a place's exact
            # Arabic name, as the other forms made from a long vowel are
            form, latin = key[0] + "وي" + key[2:], DERIVED
        elif len(key) == 4 and key[0] == "ا" and "ا" not in key[1:]:
            # af'al, the colours' pattern: uf'ayyil (احمر -> احيمر; ابيض -> ابيض, El Obeid)
            form = key if key[2] == "ي" else key[:2] + "ي" + key[2:]
        if form and all(form != a for a, _ in found):
            found.append((form, latin))
    return found


def _diminutive_plurals(
    table: dict[str, list[tuple[str, tuple[str, ...]]]], plural: str
) -> list[tuple[str, tuple[str, ...]]]:
    """ "Little Xs": the sound feminine plural (-ات) of the diminutive of each Arabic word for
    the English plural's singular, the plural place names give diminutives (fu'aylat: صخرة
    "rock" -> الصخيرات "the Little Rocks", Skhirate; قرية -> القريات; عين -> العوينات), its
    taa marbuta dropped; read only as a place's exact Arabic name (``DERIVED``). Nothing for
    a word that is no English plural of a word of the table."""
    singular = [base for base in base_forms(plural) if base in table][:1]
    if not singular or not plural.endswith("s"):
        return []
    found: list[tuple[str, tuple[str, ...]]] = []
    for diminutive, _latin in diminutives(table[singular[0]]):
        stem = diminutive[:-1] if diminutive.endswith("ه") else diminutive
        if all(stem + "ات" != a for a, _ in found):
            found.append((stem + "ات", DERIVED))  # made by rule: a place's exact Arabic name
    return found


def persian_diminutives(
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
            found.append((form, DERIVED))
    return found


def merged(parts: Iterable[str]) -> str:
    """Skeletons of the words of a phrase joined, a class repeated across the join merged."""
    key = ""
    for part in parts:
        key += part[1:] if key and part and key[-1] == part[0] else part
    return key


def literal_reading(candidate: Candidate, countries: set[str]) -> Garble | None:
    """A literal translation read through the hand, team and dictionary tables, and only where
    they find no place through the lexicon table too (every sense of every noun: "black" is
    also حمأة "black mud", Hama, where the tables read As-Suwayda). In Turkey, also the words
    back in Turkish (``turkish_literal``), which name a place of Turkey better than the
    Arabic bridge does (its places' names are Turkish words in Latin script, few of them
    with an Arabic name: "Gazelle Fountain" is Ceylanpınar, not Aintab); not a place the
    Arabic bridge finds beyond the border ("White Hill" is Tall Abyad, Syria). Where neither
    reading finds a place of Turkey, the name is read in its neighbours as elsewhere
    (``literal_in_a_neighbour``: "Turkish dock workers in Cheerful City", Khorramabad)."""
    found = literal_arabic(candidate, countries)
    if TURKEY in countries and (found is None or found.country == TURKEY):
        found = turkish_literal(candidate) or found
        if found is not None:
            return found
    if found is None:
        found = literal_in_a_neighbour(candidate, countries)
    return found or compound_literal(candidate, countries)


def literal_in_a_neighbour(candidate: Candidate, countries: set[str]) -> Garble | None:
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
    words = [POSSESSIVE.sub("", w) for w in re.split(r"[ -]", candidate.text.lower()) if w]
    if len([w for w in words if w not in FUNCTION_WORDS]) < 2:
        return None
    neighbours = (neighbours_of(countries) & ARABIC_SCRIPT_REGION) - countries
    if not neighbours:
        return None
    found = literal_arabic(candidate, neighbours)
    if found is None:
        return None
    place = geonames_index().get(found.geonameid)
    if place is None or place in geonames_index().exact(candidate.text):
        return None  # the place's own recorded spelling ("Khukumati-Nadi-Ali"): no translation
    if keeps_a_name(candidate, neighbours, place):
        # "Iraqi troops shelled Father of Kamal" (Albu Kamal, Syria): a word kept is the
        # place's own word (as ``keeps_names`` asks), evidence no chance translation gives
        return found if estimated_population(place) >= NEIGHBOUR_KEPT_POPULATION else None
    if found.score < SCORE_ARABIC_EXACT or place.population < WELL_KNOWN_POPULATION:
        return None
    return found


# A reading across the border that keeps a word of the place's own name untranslated ("Sons of
# X") names a town of this size or more: the kept word is the evidence a city's size gives a
# reading translated whole.
NEIGHBOUR_KEPT_POPULATION = 10_000


def keeps_a_name(candidate: Candidate, countries: set[str], place: GeoPlace) -> bool:
    """Whether the literal reading of ``candidate`` keeps a name untranslated, no English word,
    which is spelled like a word of ``place``'s own name: the tables translate some of its
    words but not all (``literal_options`` only with ``partial``)."""
    if literal_options(candidate, countries=countries) is not None:
        return False
    options = literal_options(candidate, partial=True, countries=countries)
    if options is None:
        return False
    kept = kept_names(options)
    if not kept or any(is_english_word(name) for name in kept):
        return False
    return keeps_names(tuple(option[0] for option in options), place.name)


def literal_arabic(candidate: Candidate, countries: set[str]) -> Garble | None:
    """:func:`literal_reading` through the Arabic-script word tables."""
    found = literal_through(candidate, countries)
    if found is None and lexicon_may_stand(candidate) and lexicon_adds(candidate, countries):
        found = literal_through(candidate, countries, lexicon=True)
    if found is None and candidate.slot in ("strong", "country") and near_adds(candidate):
        # last of all, a word no table knows read as its near synonym ("Basement": "cellar"),
        # only where a strong slot says a place is meant, only to a place's Arabic name
        found = literal_through(candidate, countries, near=True)
        if found is not None:
            found = replace(found, indirect=True)
    if found is None and candidate.slot in ("strong", "country") and cogloss_adds(candidate):
        # ... and, after that, a word read through another sense the lexicon lists on one line
        # with a gloss of the tables ("Edifice": "structure;edifice", عمارة), on the same terms,
        # and only to a town: two dictionary steps reach some hamlet by chance
        found = literal_through(
            candidate, countries, cogloss=True, min_population=COGLOSS_POPULATION
        )
        place = None if found is None else geonames_index().get(found.geonameid)
        if found is None or place is None or place.population < COGLOSS_POPULATION:
            found = None
        else:
            found = replace(found, indirect=True)
    if found is None:
        found = _solid_head(candidate, countries)
    return found


TURKEY = "TR"
TURKISH_SENSES = 8  # the Turkish words read for one English word, most places' first
# English glosses of the Turkish words Turkey's place names are made of (built by
# benchmarks/mine_turkish_words.py from the FreeDict English-Turkish dictionary): read by
# ``turkish_literal`` only, not through Arabic.
TURKISH_TABLE = "toponym_words_turkish.csv"
# The team's English renderings of the common elements of Turkey's place names the dictionary
# table lacks ("spring" pınar, "fish" balık, "upper" yukarı; built by
# benchmarks/count_toponym_elements.py --turkish), read with it, in the same form.
TURKISH_TEAM_TABLE = "toponym_words_turkish_team.csv"


@cache
def turkish_words() -> dict[str, tuple[str, ...]]:
    """English headword -> the folded Turkish words of ``TURKISH_TABLE`` and
    ``TURKISH_TEAM_TABLE`` it glosses, those more places' names use first; kept as a pickle
    named after the tables' bytes and this module (reading the CSV took 80 ms)."""
    import csv

    path = gazetteer_dir() / TURKISH_TABLE
    if not path.is_file():
        return {}
    paths = [path] + [p for p in (gazetteer_dir() / TURKISH_TEAM_TABLE,) if p.is_file()]

    def build() -> dict[str, tuple[str, ...]]:
        found: dict[str, list[tuple[int, str]]] = {}
        for table in paths:
            with table.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(line for line in handle if not line.startswith("#")):
                    entry = (-int(row["places"] or 0), fold(row["turkish"]))
                    found.setdefault(row["english"].strip().lower(), []).append(entry)
        return {e: tuple(dict.fromkeys(w for _, w in sorted(v))) for e, v in found.items()}

    inputs = [*paths, __file__, *cache_files.fold_inputs()]  # the words kept folded
    return cache_files.table("turkish-words", inputs, build, dict)


@cache
def turkish_names() -> frozenset[str]:
    """The folded primary names of the places of Turkey: a joined reading is looked up in the
    index only where it is one (a reading of three words tries a few hundred joins). Not their
    alternate names, most of them names a village had before it was renamed (Büyükkonak, now
    Nikfer): machine translation renders the name in use, and "Grand Hall" is no translation
    of Nikfer. Kept as a pickle named after the index (reading them from it took a quarter of
    a second)."""
    index = geonames_index()
    if not index.path.is_file():
        return frozenset()

    def build() -> frozenset[str]:
        return frozenset(index.town_name_keys(TURKEY))

    stat = index.path.stat()
    facts = (str(index.path), stat.st_size, stat.st_mtime_ns)
    return cache_files.table("turkish-names", [__file__], build, frozenset, facts)


def turkish_literal(candidate: Candidate) -> Garble | None:
    """A name of two or three English words read back word for word into Turkish and joined
    as Turkish writes a compound ("Olive Cape": zeytin + burnu, Zeytinburnu; "Broken Castle":
    kırık + kale, Kırıkkale), in any order of its words ("Castle of the Opium": Afyonkale),
    exactly the name of a place of Turkey. One word may stand for itself, untranslated and no
    English word, beside translated ones ("Heroic Maras"). Turkish has no article: "the Old
    City" outside a strong slot is English, not Eskişehir; so are common words alone after
    "in" where nothing places them ("Shops in Old City reopened", as ``only_team`` keeps the
    team table's eski, şehir out); and one English word is a word more often than a name."""
    after_the = candidate.definite or re.search(
        rf"\b[Tt]he {re.escape(candidate.text)}\b", candidate.around
    )
    if after_the and candidate.slot not in ("strong", "country"):
        return None  # ("definite" leaves out "the X" before a word: "in the White City jailed")
    raw = [POSSESSIVE.sub("", w) for w in re.split(r"[ -]", candidate.text.lower()) if w]
    words = [w for w in raw if w not in FUNCTION_WORDS]
    table = turkish_words()
    if len(words) == 1:
        words = solid_compound(words[0], table)  # "Lakehead": göl + başı, Gölbaşı
    if not 2 <= len(words) <= 3:
        return None
    if not (candidate.slot in ("strong", "country") or candidate.located) and all(
        zipf(word) >= COMMON_LITERAL_ZIPF for word in words
    ):
        return None  # "Shops in Old City reopened": common words, a place only where placed
    options: list[list[tuple[str, str | None]]] = []
    for i, word in enumerate(words):
        forms = _turkish_forms(word, table, modifier=i < len(words) - 1)
        if forms:
            options.append([(word, form) for form in forms])
        elif is_english_word(word) or any(o[0][1] is None for o in options):
            return None  # an English word no entry reads, or a second word kept
        else:
            options.append([(word, None)])
    found: list[tuple[GeoPlace, str]] = []
    names = turkish_names()
    for order in itertools.permutations(options):
        for choice in itertools.product(*order):
            key = "".join(turkish or fold(word) for word, turkish in choice)
            if key not in names:
                continue
            for place in geonames_index().exact_key(key, False):
                if place.country != TURKEY or place.kind != "place" or fold(place.name) != key:
                    continue  # a place whose old name this is (above)
                gloss = ", ".join(f'"{w}" = {t}' if t else f'"{w}" kept' for w, t in choice)
                found.append((place, gloss))
    if not found:
        return None
    # a place of the province the copy names first ("White Water, a district of Isparta"),
    # then the largest
    units = named_units(candidate) if len(found) > 1 else frozenset()
    place, gloss = max(
        found, key=lambda hit: ((hit[0].country, hit[0].admin1) in units, hit[0].population)
    )
    name = english_name(place, place.name)
    return literal_garble(
        candidate,
        place,
        name,
        SCORE_ARABIC_EXACT,
        f"a literal translation of the Turkish name of {name}, Turkey ({gloss})",
    )


# The Turkish plural suffix in its two vowel-harmony forms (folded: ı and i alike), after back
# and after front vowels: both are tried, the place's name says which.
_TURKISH_PLURALS = ("lar", "ler")
_TURKISH_PLURAL_SENSES = 4  # the singular's senses read in the plural too


def _turkish_forms(
    word: str, table: Mapping[str, tuple[str, ...]], modifier: bool = False
) -> tuple[str, ...]:
    """The folded Turkish words of ``TURKISH_TABLE`` that render one English word, as
    ``literal_options`` reads the Arabic tables: the word's own entries, else its singular's;
    "little" as "small" (``DIMINUTIVE_WORDS``: one Turkish adjective, küçük, renders both, as
    one Arabic diminutive does); and an English plural also as its singular's words with the
    Turkish plural suffix, as Turkey's names write a plural ("Black Vineyards" for Karabağlar,
    kara + bağ-lar; "Houses" for -evler), which the dictionary lists only in the singular."""
    forms = table.get(word) or next((table[base] for base in base_forms(word) if base in table), ())
    if not forms and word in DIMINUTIVE_WORDS:
        forms = next((table[other] for other in sorted(DIMINUTIVE_WORDS) if other in table), ())
    forms = forms[:TURKISH_SENSES]
    if word.endswith("s") and word not in table:
        singular = next((table[base] for base in base_forms(word) if base in table), ())
        plurals = [
            form + suffix
            for form in singular[:_TURKISH_PLURAL_SENSES]
            for suffix in _TURKISH_PLURALS
        ]
        forms = tuple(dict.fromkeys([*forms, *plurals]))
    if modifier:
        # a noun before another as the adjective Turkish makes of it with -li ("with"), folded
        # -li after a, ı, e, i and -lu after o, u, ö, ü: "Garden Houses", bahçeli evler
        forms = tuple(
            dict.fromkeys([*forms, *(f + _with_suffix(f) for f in forms[:_TURKISH_PLURAL_SENSES])])
        )
    return forms


def _with_suffix(folded: str) -> str:
    """The Turkish suffix -li ("having") after ``folded``'s last vowel, folded."""
    vowels = [c for c in folded if c in "aeiou"]
    return "lu" if vowels and vowels[-1] in "ou" else "li"


def solid_compound(word: str, table: Mapping[str, tuple[str, ...]]) -> list[str]:
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


def literal_garble(
    candidate: Candidate,
    place: GeoPlace,
    name: str,
    score: float,
    evidence: str,
    latin_read: bool = False,
) -> Garble:
    """``candidate`` as a literal translation of ``place``, suggested as ``name``
    (``latin_read``: read back by consonant classes to a Latin name,
    :func:`read_as_arabic_words`)."""
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
        latin_read=latin_read,
    )


# A name the copy gives beside a literal garble orients its reading only where it is a city of
# this size or a first-level unit ("a suburb of Ankara", "in Mugla province"): a village's name
# is as often a word or a person's name.
NAMED_UNIT_POPULATION = 50_000
# A run of words with nothing but single spaces between them ("a village near Beni Suef"): each
# phrase of one to three of its words that opens with a capital is looked up, wherever in the
# run it starts (cutting runs into fixed groups of three lost "Beni Suef" after "hills near").
WORD_RUN = patterns.compile(r"(?<![\w'’])[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)*")


def named_units(candidate: Candidate) -> frozenset[tuple[str, str]]:
    """(country, GeoNames admin1) of the first-level units the candidate's sentence names
    beside it, by a unit's name or by a city's (the largest place of that name in a country,
    of ``NAMED_UNIT_POPULATION`` or more, or one a unit of that country is named after): where
    several places share a literal reading, the copy's "a district of Sanliurfa", "in Mugla
    province", "near Ankara" says which is meant."""
    sentence = candidate.around.replace(candidate.text, " ")
    return units_in(sentence)


@lru_cache(maxsize=4096)
def units_in(sentence: str) -> frozenset[tuple[str, str]]:
    """:func:`named_units` of one sentence (read once, not per candidate and reading)."""
    found: set[tuple[str, str]] = set()
    for run in WORD_RUN.finditer(sentence):
        words = run.group().split(" ")
        for first, word in enumerate(words):
            if not word[:1].isupper():
                continue
            for size in range(1, min(3, len(words) - first) + 1):
                key = fold(" ".join(words[first : first + size]))
                if len(key) >= 4:
                    found |= unit_of_name(key)
    return frozenset(found)


@lru_cache(maxsize=4096)
def unit_of_name(key: str) -> frozenset[tuple[str, str]]:
    """:func:`units_in` for one folded name."""
    largest: dict[str, GeoPlace] = {}
    units: set[str] = set()
    for place in geonames_index().exact_key(key, False):
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


def in_named_units(
    scored: dict[int, tuple[float, str, str]], candidate: Candidate
) -> dict[int, tuple[float, str, str]]:
    """Of the places the best score reads, those of a unit the sentence names
    (:func:`named_units`: "the Good, a village near Ma'an"), where there are any; the
    size prior of ``best_place`` would otherwise take the largest place of that name anywhere."""
    if len(scored) < 2:
        return scored
    units = named_units(candidate)
    if not units:
        return scored
    top = max(value[0] for value in scored.values())
    places = geonames_index().places(sorted(scored))
    inside = {
        rowid: value
        for rowid, value in scored.items()
        if value[0] >= top and (places[rowid].country, places[rowid].admin1) in units
    }
    return inside or scored


def near_adds(candidate: Candidate) -> bool:
    """Whether some word of the candidate has a near-synonym pair (and so no other entry)."""
    table = toponym_words()
    words = [POSSESSIVE.sub("", w) for w in re.split(r"[ -]", candidate.text.lower()) if w]
    return any(entries[0][1] == NEAR for w in words if (entries := table.get(w)))


# English words the Buckwalter lexicon lists on one stem's line beside a gloss of the tables
# (built by benchmarks/mine_cogloss_words.py): "edifice" beside "structure" (بنيان), whose
# Arabic the tables give (عمارة). Read by ``literal_arabic`` last of all, in a strong slot only,
# to a place's exact Arabic name, as the near-synonym table is.
COGLOSS_TABLE = "toponym_words_cogloss.csv"
# The smallest place a co-gloss reading names: "Tubes" (tubes;pipes) is no hamlet Barqan (1,833)
# where the town of Tubas sounds like it; "Purpose" no Hababah (population 0).
COGLOSS_POPULATION = 10_000


def cogloss_glosses() -> Mapping[str, list[str]]:
    """English word -> its co-glosses (``COGLOSS_TABLE``) and, for a word the tables know, its
    WordNet synonyms (``NEAR_TABLE``'s rows, which the near reading passes over for it: a word
    no table knows is the near reading's already, ``_read_near``). Read when a co-gloss reading
    is first asked for, for the table it was read against (which tests may swap); whether the
    tables know a word is asked per word, when it is looked up (:class:`CoGlosses`)."""
    table = toponym_words_lexicon()
    if COGLOSS_MEMO and COGLOSS_MEMO[0] is table:
        return COGLOSS_MEMO[1]
    cogloss, near = _cogloss_rows(COGLOSS_TABLE, NEAR_TABLE)
    glosses = CoGlosses(table, cogloss, near)
    COGLOSS_MEMO[:] = [table, glosses, {}]
    return glosses


def _cogloss_rows(*names: str) -> tuple[dict[str, list[str]], ...]:
    """English word -> its glosses in each table of ``names`` (in the gazetteer folder; a
    missing table has none), in the tables' order. Kept in tqcheck's cache folder, named after
    the tables' bytes (reading and splitting their 11,000 lines took 8-10 ms of every check
    that reads a co-gloss; issue 13: speed)."""
    paths = [gazetteer_dir() / name for name in names]

    def build() -> tuple[dict[str, list[str]], ...]:
        rows: list[dict[str, list[str]]] = []
        for path in paths:
            found: dict[str, list[str]] = {}
            lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
            # plain rows (english,gloss[,...]: words, no quoting) after the comments and header
            for line in itertools.islice((x for x in lines if not x.startswith("#")), 1, None):
                english, gloss = line.split(",")[:2]
                found.setdefault(english, []).append(gloss)
            rows.append(found)
        return tuple(rows)

    return cache_files.table("cogloss-rows", [*paths, __file__], build, tuple)


class CoGlosses(Mapping[str, list[str]]):
    """English word -> its co-glosses, then its WordNet synonyms where the tables know the word
    or a form of it (``table_entries``): asking that of the near table's 3,000 words when the table
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
        if near and (english in self._table or table_entries(self._table, english)):
            found += near
        if not found:
            raise KeyError(english)
        return found

    def __iter__(self) -> Iterator[str]:
        return (english for english in {**self._cogloss, **self._near} if english in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


# [the lexicon table read against, english -> co-glosses, english -> co-gloss entries made]
COGLOSS_MEMO: list[Any] = []


def cogloss_entries(english: str) -> list[tuple[str, tuple[str, ...]]]:
    """The Arabic the tables give the co-glosses of ``english`` and not ``english`` itself,
    marked ``NEAR`` (read only as a place's exact Arabic name); calendar pairs aside. Made
    per word when first asked (11,000 rows: building all of them was a tenth of a second)."""
    glosses = cogloss_glosses()
    table, made = COGLOSS_MEMO[0], COGLOSS_MEMO[2]
    if english in made:
        return made[english]
    own = {arabic_key(a) for a, _ in table.get(english, ())}
    entries: list[tuple[str, tuple[str, ...]]] = []
    for gloss in glosses.get(english, ()):
        for arabic, latin in table.get(gloss, ()):
            key = arabic_key(arabic)
            if is_calendar(latin) or key in own or any(key == e for e, _ in entries):
                continue
            entries.append((key, NEAR))
    made[english] = entries
    return entries


def word_forms(word: str) -> list[str]:
    """The keys ``table_entries`` may look ``word`` up by: itself, its base and plural forms, its
    feminine in -ess and its American spelling's."""
    forms = [word, *base_forms(word), *plural_forms(word), word + "ess"]
    if (american := american_spelling(word)) != word:
        forms += word_forms(american)
    return forms


def toponym_words_cogloss(words: Iterable[str]) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The lexicon reading's table with the co-gloss pairs of ``words`` (each form of them)
    after their own entries."""
    table = toponym_words_lexicon()
    merged = dict(table)
    for word in words:
        for form in word_forms(word):
            if entries := cogloss_entries(form):
                merged[form] = union(table.get(form, []), entries)
    return merged


def cogloss_adds(candidate: Candidate) -> bool:
    """Whether some word of the candidate (or a form of it) has a co-gloss pair."""
    words = [POSSESSIVE.sub("", w) for w in re.split(r"[ -]", candidate.text.lower()) if w]
    return any(
        cogloss_entries(form) for w in words if w not in FUNCTION_WORDS for form in word_forms(w)
    )


def lexicon_adds(candidate: Candidate, countries: set[str]) -> bool:
    """Whether the lexicon table gives the candidate's words other entries than the tables read
    first (whole or with one word kept): where it gives none, reading the name again with it
    would find what the first reading found (cold start: that second reading was a third of
    the literal bridge's time on a garble-dense article)."""
    for partial in (False, True):
        if partial and candidate.slot == "none":
            break
        first = literal_options(candidate, partial=partial, countries=countries)
        full = literal_options(candidate, partial=partial, countries=countries, lexicon=True)
        if first != full:
            return True
    return False


def lexicon_may_stand(candidate: Candidate) -> bool:
    """The lexicon's senses count in a strong slot ("the town of X", "X, in the Sharqiyah
    region") or in a name of two or more words another table translates a word of ("Dust
    Hill"): after "in", "near" one English word read through some sense of some noun is an
    English word more often ("the talks ended in Tears" is no Al Abr, عبر)."""
    if candidate.slot in ("strong", "country") or candidate.located:
        return True
    words = [POSSESSIVE.sub("", w) for w in re.split(r"[ -]", candidate.text.lower()) if w]
    words = [w for w in words if w not in FUNCTION_WORDS]
    table = toponym_words_first()
    return len(words) > 1 and any(table_entries(table, w) for w in words)


def literal_through(
    candidate: Candidate,
    countries: set[str],
    lexicon: bool = False,
    near: bool = False,
    cogloss: bool = False,
    placed: bool = False,
    min_population: int = 0,
) -> Garble | None:
    partial = False
    options = literal_options(
        candidate, countries=countries, lexicon=lexicon, near=near, cogloss=cogloss
    )
    if options is None and candidate.slot != "none" and not (near or cogloss):
        options = literal_options(candidate, partial=True, countries=countries, lexicon=lexicon)
        partial = options is not None
        if partial and any(is_english_word(name) for name in kept_names(options)):
            return None  # "Port of Spain"-like: an English word kept, not a name
    if options is None or as_written(options):
        return None
    single = len(re.findall(r"[^\W\d_]+", candidate.text)) == 1
    weak_single = single and candidate.slot not in ("strong", "country")
    if weak_single and zipf(candidate.text) >= COMMON_LITERAL_ZIPF:
        return None  # a common English word after "in", "to": a place only where a slot says so
    if weak_single and is_generic(candidate.text):
        return None  # "prayed in the Mosque", "clashes in the Square": the feature itself
    weak_team = candidate.slot not in ("strong", "country") and not (
        single and zipf(candidate.text) < RARE_TEAM_ZIPF
    )
    scored: dict[int, tuple[float, str, str]] = {}
    ranks: dict[int, int] = {}  # rowid -> how far down the tables' senses its reading lies
    orders = list(itertools.permutations(options)) if len(options) <= 3 else [options]
    # each country's table read once, not in the loop (100,000 lookups on a garble-dense article)
    tables = [(c, country_arabic(c).by_key) for c in sorted(countries & ARABIC_SCRIPT_REGION)]
    # ... and the keys any of them has: a form none has is passed over at once
    region = frozenset(countries & ARABIC_SCRIPT_REGION)
    known = arabic_keys(region)
    # ... and a name's first words that begin no such key: every form of the name begins with
    # them, so the name's other words are never tried after them (a three-word name has
    # every order, sense and article of its words: a million forms, most without a start)
    may_start = starts_known(region)
    for order in () if partial else orders:  # a partial reading has no Arabic name to look up
        for choice in _started_choices(order, may_start):
            if weak_team and only_team(choice):
                continue  # "the Old City": team words alone name a place only in a strong slot
            # the choice's gloss and rank, made when it finds its first row (most find none)
            gloss, rank = "", -1
            where: frozenset[str] | None = None  # the countries its team pairs bridge in
            for articles in itertools.product((False, True), repeat=len(choice)):
                parts = tuple(
                    ("ال" if art else "") + (a or "")
                    for (_, a, _), art in zip(choice, articles, strict=True)
                )
                if not all(
                    may_start(parts[:cut], any(articles[:cut])) for cut in range(1, len(parts))
                ):
                    continue
                arabic = " ".join(parts)
                forms = [  # once, not per country
                    form
                    for spelled in shared_letter_once(arabic, any(articles))
                    for form in taa_marbuta_forms(arabic_key(spelled))
                    if form[0] in known
                ]
                for country, by_key in tables if forms else ():
                    for key, score in forms:
                        for rowid, spelling in by_key.get(key, ()):
                            if rank < 0:
                                gloss = ", ".join(
                                    f'"{w}" = {a}' if a else f'"{w}" kept' for w, a, _ in choice
                                )
                                rank = sum(
                                    option.index(entry)
                                    for option, entry in zip(order, choice, strict=True)
                                )
                                where = team_bridges(choice)
                            if where is not None and country not in where:
                                break  # a team pair names places elsewhere ("town" شېر, Pashto)
                            if rowid not in scored or scored[rowid][0] < score:
                                scored[rowid] = (score, spelling, gloss)
                            ranks[rowid] = min(ranks.get(rowid, rank), rank)
    if not scored:
        located = candidate.slot in ("strong", "country") or candidate.locative
        hits: dict[str, list[tuple[int, str, float]]] = {}  # a spelling's rows, read once
        # the skeleton keys of the countries' places: a name none of which begins as its first
        # words do has no row, and the words after them are not tried
        latin_starts = latin_starts_of(frozenset(countries))
        for order in orders:
            for choice in _romanised_choices(order, located, latin_starts):
                gloss = ""  # made when the choice finds its first row (most find none)
                romanised = tuple(romanisations(latin)[:3] for _, _, latin in choice)
                for spelled in latin_starts.names(romanised):
                    found = hits.get(spelled)
                    if found is None:
                        found = hits[spelled] = _latin_rows(spelled, countries)
                    for rowid, spelling, score in found:
                        if not keeps_names(choice, spelling):
                            continue  # "Tomb of Heydar" is no Dar Mazar: "heydar" is lost
                        if not gloss:
                            gloss = ", ".join(
                                f'"{w}" = {a}' if a else f'"{w}" kept' for w, a, _ in choice
                            )
                        if rowid not in scored or scored[rowid][0] < score:
                            scored[rowid] = (round(score, 3), spelling, gloss)
    if partial and not scored:
        scored = literal_kept(options, countries)
    if partial and not scored:
        scored = kept_beside(options, countries)
    if partial and not scored:
        scored = _kept_with_head(options, countries)
    if weak_single:
        # After "in", "to" a single word needs its exact Arabic name: no romanisation guesses.
        scored = {k: v for k, v in scored.items() if v[0] >= SCORE_ARABIC_EXACT}
        if not scored:
            return None
    translated = sum(1 for option in options if option[0][1] is not None)
    if not scored and candidate.slot != "none" and translated >= 1:
        # Consonant classes are weak evidence: only in a place slot, and for several translated
        # words only word for word (``word_by_word``). "the Eyebrow": MT's article stands for
        # the name's, and counts as a class (El Hajeb)
        article = candidate.definite and candidate.slot in ("strong", "country")
        if " of " in f" {candidate.text.lower()} ":
            # "Head of the Stranger" is رأس غريب: an idafa keeps the English order, and read by
            # consonant classes another order finds another place (بيت سحر, not سحر بيت); so
            # does one with a name kept ("Sons of X" is بني X, no X بني)
            orders = [tuple(options)]
        scored = literal_by_skeleton(orders, countries, article, weak_team, placed)
        if not scored:
            scored = _head_last(options, countries, weak_team)
    if min_population and scored:
        # the floor before the ranking: a hamlet read through the first sense does not hide
        # the town of another ("Purpose": عمد, 'Amd, before مأرب, Ma'rib)
        places = geonames_index().places(sorted(scored))
        scored = {r: v for r, v in scored.items() if places[r].population >= min_population}
    best = best_place(first_sense(in_named_units(scored, candidate), ranks), None)
    if best is None:
        return None
    place, score, spelling, gloss = best
    if near or cogloss:
        score = round(score - NEAR_PENALTY, 3)
    name = english_name(place, spelling)
    return literal_garble(
        candidate,
        place,
        name,
        score,
        (
            f"a literal translation of the Arabic name {spelling} of {name}, "
            f"{country_name(place.country)} ({gloss})"
            if is_arabic(spelling)
            # read back by consonant classes to a Latin name (no Arabic name in GeoNames)
            else read_as_arabic_words(name, place, spelling, gloss)
        ),
        latin_read=not is_arabic(spelling),
    )


def _romanised(latin: tuple[str, ...], located: bool) -> bool:
    """Whether ``literal_through``'s romanised reading tries an entry of these romanisations:
    one that has some, not a pair the tables give for the exact Arabic name only, and not a
    weekday's unless the copy puts a place there ("at the Saturday Market" is a market)."""
    if latin in EXACT_ONLY or (not located and is_calendar(latin)):
        return False
    return bool(romanisations(latin)[:3])


_K = TypeVar("_K")
_V = TypeVar("_V")


class _Memo(dict[_K, _V]):
    """A memo of answers that depend on their question only, emptied when it would hold more
    than ``MEMO_BOUND`` of them: ``_LatinStarts`` and ``_KnownStarts`` live as long as the
    process (``lru_cache`` entries), and a process that checks many articles asks ever new
    questions. Emptying it changes no answer, only when one is worked out again; an article
    asks far fewer (under 200 of any of them on the garble-dense benchmark article)."""

    __slots__ = ()

    def __setitem__(self, key: _K, value: _V) -> None:
        if len(self) >= MEMO_BOUND:
            self.clear()
        super().__setitem__(key, value)


# How many answers each of those memos keeps at most.
MEMO_BOUND = 4096


class _LatinStarts:
    """Whether a romanised name that begins with a text (``literal_through`` joins a name's
    romanised words with a space, the Arabic article "al " before all but the first) may have a
    skeleton among a set of keys, as a row of :func:`rows_in` has: each of the name's
    skeletons begins with one of ``skeleton_starts(text)``, so where no key begins with any of
    them, the name has no row. A text of no lower-case letter is always let through
    (``rows_in`` reads a name in upper case as a key itself). Each text asked once (a
    bisection over the sorted keys).

    ``keys`` may be a function that reads them: they are read the first time a text is asked
    that needs them (a name none of whose romanisations is tried needs none; each country's
    keys are a cache file to read). The answers kept are bounded (:class:`_Memo`): a process
    that checks many articles (``tqcheck serve``, batch workers) keeps this object (an
    ``lru_cache`` entry) for its life."""

    def __init__(
        self, keys: tuple[tuple[str, ...], ...] | Callable[[], tuple[tuple[str, ...], ...]]
    ) -> None:
        self._read_keys = keys
        self._asked: _Memo[str, bool] = _Memo()
        self._any: _Memo[tuple[tuple[str, ...], ...], bool] = _Memo()
        self._names: _Memo[tuple[tuple[str, ...], ...], list[str]] = _Memo()
        self._read_as: _Memo[str, SkeletonStart | None] = _Memo()

    @cached_property
    def _keys(self) -> tuple[tuple[str, ...], ...]:
        """The keys, sorted, each country's apart (read on first use)."""
        keys = self._read_keys
        return keys if isinstance(keys, tuple) else keys()

    def _begins_a_key(self, start: str) -> bool:
        for keys in self._keys:
            at = bisect.bisect_left(keys, start)
            if at < len(keys) and keys[at].startswith(start):
                return True
        return False

    def __call__(self, text: str) -> bool:
        asked = self._asked.get(text)
        if asked is None:
            asked = not any(char.islower() for char in text) or any(
                self._begins_a_key(start) for start in skeleton_starts(text)
            )
            self._asked[text] = asked
        return asked

    def names(self, romanised: tuple[tuple[str, ...], ...]) -> list[str]:
        """The names ``literal_through`` spells of one romanisation of each word (the first
        without the article, each other with "al " before it and without), in its order
        (``itertools.product`` of the romanisations, then of the articles), less those that
        begin no name with a row: a name whose first words begin none is not made, and each
        is read on from the reading of its first words (``skeleton_start``)."""
        found = self._names.get(romanised)
        if found is None:
            found = self._names[romanised] = list(self._spelled(romanised, (), {}))
        return found

    def _spelled(
        self,
        romanised: tuple[tuple[str, ...], ...],
        latin: tuple[str, ...],
        alive: dict[tuple[str, ...], SkeletonStart],
    ) -> Iterator[str]:
        # ``alive``: the articles with which ``latin``, the first words, begin a name with a
        # row, and the reading of the words so joined
        if latin and len(latin) == len(romanised):
            for articles in itertools.product(("", "al "), repeat=len(latin) - 1):
                before = alive.get(articles[:-1]) if articles else None
                if articles and before is None:
                    continue
                spelled = _joined(latin, articles)
                if self._read(spelled, f" {articles[-1]}{latin[-1]}" if articles else "", before):
                    yield spelled
            return
        for word in romanised[len(latin)]:
            longer = (*latin, word)
            if len(longer) == len(romanised):
                yield from self._spelled(romanised, longer, alive)
                continue
            grown: dict[tuple[str, ...], SkeletonStart] = {}
            for articles, before in alive.items() if latin else [((), None)]:
                for article in ("", "al ") if latin else ("",):
                    joined = (*articles, article) if latin else ()
                    text = _joined(longer, joined)
                    read = self._read(text, f" {article}{word}" if latin else "", before)
                    if read is not None:
                        grown[joined] = read
            if grown:
                yield from self._spelled(romanised, longer, grown)

    def _read(self, text: str, more: str, before: SkeletonStart | None) -> SkeletonStart | None:
        """The reading of ``text`` (``before``'s text and ``more``, or ``text`` alone), or None
        where no name that begins so has a row (as :meth:`__call__` answers)."""
        if text in self._read_as:
            return self._read_as[text]
        read = skeleton_start(text) if before is None else skeleton_start(more, before)
        may = not any(char.islower() for char in text) or any(
            self._begins_a_key(start) for start in set(read.variants)
        )
        self._read_as[text] = read if may else None
        return self._read_as[text]

    def any_of(self, romanised: tuple[tuple[str, ...], ...]) -> bool:
        """Whether some joining of these words' romanisations (one of each, the article on
        all but the first or not) begins a name with a row."""
        asked = self._any.get(romanised)
        if asked is None:
            asked = any(
                self(_joined(latin, articles))
                for latin in itertools.product(*romanised)
                for articles in itertools.product(("", "al "), repeat=len(latin) - 1)
            )
            self._any[romanised] = asked
        return asked


def _joined(latin: tuple[str, ...], articles: tuple[str, ...]) -> str:
    """Romanised words as ``literal_through`` spells a name: the first without the article,
    each other with the article before it where ``articles`` has it ("al ")."""
    return " ".join(a + w for a, w in zip(("", *articles), latin, strict=True))


@lru_cache(maxsize=64)
def latin_starts_of(countries: frozenset[str]) -> _LatinStarts:
    """:class:`_LatinStarts` over the skeleton keys of the places of ``countries``."""
    return _LatinStarts(lambda: skeleton_keys(countries))


def _romanised_choices(
    order: tuple[list[tuple[str, str | None, tuple[str, ...]]], ...] | list[Any],
    located: bool,
    latin_starts: _LatinStarts,
) -> Iterator[tuple[tuple[str, str | None, tuple[str, ...]], ...]]:
    """The choices of ``itertools.product(*order)``, in its order, that ``literal_through``'s
    romanised reading may find a row for: each entry one it tries (:func:`_romanised`; an entry
    it does not try ends every choice it is in), and the first words ones some joining of
    whose romanisations begins a name with a row (``latin_starts``)."""
    live = [[entry for entry in option if _romanised(entry[2], located)] for option in order]
    yield from _pruned_product(
        live,
        lambda first: latin_starts.any_of(tuple(romanisations(latin)[:3] for _, _, latin in first)),
    )


def _latin_rows(spelled: str, countries: set[str]) -> list[tuple[int, str, float]]:
    """(rowid, spelling, similarity) of the places in ``countries`` whose skeleton ``spelled``
    shares and whose name, bare, is spelled like it (``MIN_LITERAL_LATIN``), in
    ``rows_in``'s order."""
    bare = bare_name(spelled)
    found = []
    for rowid, spelling, _place in rows_in(spelled, countries, 200, False):
        score = JaroWinkler.similarity(bare, bare_name(spelling))
        if score >= MIN_LITERAL_LATIN:
            found.append((rowid, spelling, score))
    return found


def read_as_arabic_words(name: str, place: GeoPlace, spelling: str, gloss: str) -> str:
    """The evidence of a literal reading that reached a Latin name by consonant classes (the
    place has no Arabic name in GeoNames)."""
    return (
        f"a literal translation of {name}, {country_name(place.country)}: "
        f"{spelling} read as Arabic words ({gloss})"
    )


# An apostrophe between two letters of a Latin name marks an ayn or a hamza inside its word
# ("Ra’s Lanuf", "Sama’il"): the word is read without it, not split there ("ra", "s").
_INNER_MARK = patterns.compile(r"(?<=\w)['’‘`ʻʼ](?=\w)")
_LATIN_WORD_BREAK = patterns.compile(r"[\s'’‘-]+")


def latin_parts(spelling: str) -> list[str]:
    """The folded words of a place's Latin name, an ayn's or a hamza's mark inside a word
    dropped: "Ra’s Lanuf" is "ras", "lanuf"."""
    return [
        p for p in _LATIN_WORD_BREAK.split(_INNER_MARK.sub("", fold_keep_spaces(spelling))) if p
    ]


def kept_names(options: list[list[tuple[str, str | None, tuple[str, ...]]]]) -> list[str]:
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


def kept_beside(
    options: list[list[tuple[str, str | None, tuple[str, ...]]]], countries: set[str]
) -> dict[int, tuple[float, str, str]]:
    """A mixed name whose translated word the tables read otherwise than the place's name has
    it (a word of another language: Turkmen, Pashto, Sudanese Arabic): the largest town of
    ``countries`` of 10,000 or more whose Latin name has as many words, the kept name spelled
    like its words in the same places, and its other words no spelling of the English ones
    ("Salt Lake"). Not where the kept name is itself a town's name ("West Islamabad" keeps a
    city), nor where the English word is a romanisation of its Arabic ("Saddar Bazaar": بازار,
    a market's own name)."""
    names = kept_names(options)
    if len(names) != 1:
        return {}
    # the towns the kept name names alone: another town than the one read ends the reading
    owners = {
        place.geonameid
        for place in geonames_index().exact(names[0])
        if estimated_population(place) >= NEIGHBOUR_KEPT_POPULATION
    }
    if any(as_written([option]) for option in options if option[0][1] is not None):
        return {}
    words = [fold(option[0][0]) for option in options]
    kept = [option[0][1] is None for option in options]
    rows = _kept_rows(" ".join(words), names[0])
    places = geonames_index().places(sorted({rowid for rowid, _ in rows})) if rows else {}
    kept_words = [word for word, keep in zip(words, kept, strict=True) if keep]
    bearers: set[str] = set()  # the region's places with the kept name in theirs
    for rowid, spelling in rows:
        parts = latin_parts(spelling)
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
        if estimated_population(place) < NEIGHBOUR_KEPT_POPULATION:
            continue
        parts = latin_parts(spelling)
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
    if best is None or owners - {places[best[0]].geonameid}:
        # "West Islamabad" keeps a city's own name; "Son of Medani" keeps a name GeoNames
        # records for Wad Medani itself, the town read
        return {}
    gloss = ", ".join(
        f'"{word}" kept' if keep else f'"{word}" translated'
        for word, keep in zip(words, kept, strict=True)
    )
    return {best[0]: (SCORE_LITERAL_SKELETON, best[2], gloss)}


def _kept_rows(phrase: str, kept: str) -> list[tuple[int, str]]:
    """(rowid, spelling) of the names sharing a word with ``phrase``, and those sharing one with
    its ``kept`` name alone: an English word of the phrase ("Head") is a word of so many names
    the world over that the index's cap leaves the kept word's own out."""
    index = geonames_index()
    rows = index.word_rows(phrase, 50)
    return rows + [row for row in index.word_rows(f"{kept} {kept}", 50) if row not in rows]


# Words of a Latin place name that link or mark its other words ("Qasr Bin Ghashir", "El Kelaa
# des Srarhna"): no word of a translated name stands for them.
_NAME_PARTICLES = frozenset({"bin", "ben", "ibn", "des", "de", "du", "la", "le"}) | ARABIC_ARTICLES


def _kept_with_head(
    options: list[list[tuple[str, str | None, tuple[str, ...]]]], countries: set[str]
) -> dict[int, tuple[float, str, str]]:
    """A name of two parts, one English word the tables read as a place-name head and one kept
    as written ("Fortress of the Srarhna", "Ghashir Palace"), in either order: the largest
    town of ``countries`` of 10,000 or more whose Latin name has a word spelled like the kept
    name and a word that is a romanisation the tables give for the English word's Arabic
    (قلعة kalaa, قصر qasr), any other word a particle or article ("des", "Bin", "El"). English
    puts the head where its own grammar wants it ("Ghashir Palace" is Qasr Ghashir), so the
    order is not read; the kept name is no English word and is borne by few of the region's
    places (``KEPT_BESIDE_BEARERS``), as ``kept_beside`` asks."""
    names = kept_names(options)
    translated = [option for option in options if option[0][1] is not None]
    if len(names) != 1 or len(translated) != 1 or is_english_word(names[0]):
        return {}
    heads = {
        fold(latin)
        for _english, _arabic, forms in translated[0][:6]
        if forms not in EXACT_ONLY
        for latin in romanisations(forms)
        if latin and latin.isascii() and latin.isalpha()
    }
    if toponym_head_word(translated[0][0][0]):
        # ... and where the English word is itself a head MT writes ("castle"), for any sense
        # of it that is a head of the hand table, the romanisations that table gives that head
        # ("Castle of Bin Ghashir": the lexicon's قصر for "castle", spelled qasr, ksar, as
        # "palace"'s row gives it: Qasr Bin Ghashir). Not for any English word: the lexicon's
        # senses make "appoint" an عين, "build" a بني
        heads |= {
            fold(latin)
            for _english, arabic, _forms in translated[0]
            if arabic
            for latin in head_romanisations().get(arabic_key(arabic), ())
            if latin.isascii() and latin.isalpha()
        }
    if not heads:
        return {}
    kept_words = [fold(word) for word in names[0].split()]
    rows = geonames_index().word_rows(f"{names[0]} {names[0]}", 50)
    places = geonames_index().places(sorted({rowid for rowid, _ in rows})) if rows else {}
    bearers: set[str] = set()
    best: tuple[int, int, str] | None = None
    for rowid, spelling in rows:
        place = places[rowid]
        parts = latin_parts(spelling)
        kept_parts = {
            i
            for word in kept_words
            for i, part in enumerate(parts)
            if JaroWinkler.similarity(word, part) >= MIN_LITERAL_LATIN
        }
        if len(kept_parts) < len(kept_words) or place.country not in ARABIC_SCRIPT_REGION:
            continue
        bearers.add(place.geonameid)
        head_parts = {
            i
            for i, part in enumerate(parts)
            if i not in kept_parts
            and max(JaroWinkler.similarity(part, head) for head in heads) >= MIN_LITERAL_LATIN
        }
        rest = set(range(len(parts))) - kept_parts - head_parts
        if len(head_parts) != 1 or any(parts[i] not in _NAME_PARTICLES for i in rest):
            continue
        if place.country not in countries or place.kind != "place":
            continue
        if estimated_population(place) < NEIGHBOUR_KEPT_POPULATION:
            continue
        if best is None or place.population > best[1]:
            best = (rowid, place.population, spelling)
    if best is None or len(bearers) > KEPT_BESIDE_BEARERS:
        return {}
    gloss = f'"{translated[0][0][0]}" = {translated[0][0][1]}, "{names[0]}" kept'
    return {best[0]: (SCORE_LITERAL_SKELETON, best[2], gloss)}


def keeps_names(choice: tuple[tuple[str, str | None, tuple[str, ...]], ...], spelling: str) -> bool:
    """Each word a reading keeps untranslated (a person's or a place's own name: "Tomb of
    Heydar", "Saleh's Castle") is spelled like some word of the place's Latin name, as
    ``literal_kept`` asks: read by similarity of the whole, the kept name may fall across the
    place's words ("heydar mazar" is close to Dar Mazar) and the reading then names a place
    that lacks it."""
    kept = [fold(word) for word, arabic, _latin in choice if arabic is None]
    if not kept:
        return True
    parts = latin_parts(spelling)
    return all(
        max((JaroWinkler.similarity(word, part) for part in parts), default=0.0)
        >= MIN_LITERAL_LATIN
        for word in kept
    )


def as_written(options: list[list[tuple[str, str | None, tuple[str, ...]]]]) -> bool:
    """Every word the tables translate is English for an Arabic word of it only as that word's
    romanisation ("sheikh" for شيخ, "wadi" for وادي): the name is romanised, not translated
    ("Sheikh Zuweid" is Ash Shaykh Zuwayd as wire copy spells it)."""
    return all(
        option[0][1] is None
        or any(fold(word) in {fold(form) for form in latin} for word, _a, latin in option)
        for option in options
    )


def first_sense(
    scored: dict[int, tuple[float, str, str]], ranks: dict[int, int]
) -> dict[int, tuple[float, str, str]]:
    """Of the places that tie for the best score (with the size prior of ``best_place``), those read
    through the senses the word tables list first: the hand and team tables before the
    dictionary's long lists ("Fresh" is Persian تازه, Taza, before جديدة "new", El Jadida)."""
    if len(scored) < 2 or not ranks:
        return scored
    places = geonames_index().places(sorted(scored))

    def value(rowid: int) -> float:
        return round(scored[rowid][0] + size_bonus(places[rowid].population), 2)

    top = max(value(rowid) for rowid in scored)
    tied = [rowid for rowid in scored if value(rowid) == top]
    first = min(ranks.get(rowid, 10**6) for rowid in tied)
    return {r: scored[r] for r in tied if ranks.get(r, 10**6) == first}


class _KnownStarts:
    """Whether the first words of an Arabic name, as ``literal_through`` joins them, begin a
    key of a set of keys: every form it makes of the whole name (``shared_letter_once``, then
    ``arabic_key``, then ``taa_marbuta_forms``, which changes the key's last letter only)
    begins with the key of its first words (either spelling ``shared_letter_once`` gives them)
    less that key's last letter, so where no key of the set begins so, no form of the name is
    one. The keys sorted once; each start asked once (a bisection)."""

    def __init__(self, keys: frozenset[str]) -> None:
        self._keys = sorted(keys)
        # bounded (:class:`_Memo`): kept for a process's life by ``starts_known``'s cache
        self._asked: _Memo[tuple[tuple[str, ...], bool], bool] = _Memo()
        self._any: _Memo[tuple[str | None, ...], bool] = _Memo()

    def _begins_a_key(self, start: str) -> bool:
        at = bisect.bisect_left(self._keys, start)
        return at < len(self._keys) and self._keys[at].startswith(start)

    def __call__(self, parts: tuple[str, ...], article: bool) -> bool:
        asked = self._asked.get((parts, article))
        if asked is None:
            asked = self._asked[(parts, article)] = self._begins(parts, article)
        return asked

    def _begins(self, parts: tuple[str, ...], article: bool) -> bool:
        # the key of the words joined with spaces is their keys joined (``arabic_key`` drops
        # the spaces, and normalises no letter across one): each word's key is made once
        if self._begins_a_key("".join(map(arabic_key, parts))[:-1]):
            return True
        # ... and the words with a letter written once (``shared_letter_once``'s second
        # spelling, where there is one)
        return not article and any(
            self._begins_a_key(arabic_key(spelled)[:-1])
            for spelled in shared_letter_once(" ".join(parts), article)[1:]
        )

    def any_article(self, words: tuple[str | None, ...]) -> bool:
        """Whether these Arabic words (None: a word kept, which adds no letter) begin a key
        with the Arabic article before any of them or without it (what :meth:`__call__`
        answers of each). Each list of words asked once: a word's senses meet the same first
        words in every order of a name."""
        asked = self._any.get(words)
        if asked is None:
            # each word's key with the article and without, joined in every combination; then
            # the words without the article with a shared letter written once
            keys = [(arabic_key(a or ""), arabic_key("ال" + (a or ""))) for a in words]
            asked = self._any[words] = any(
                self._begins_a_key("".join(combination)[:-1])
                for combination in itertools.product(*keys)
            ) or any(
                self._begins_a_key(arabic_key(spelled)[:-1])
                for spelled in shared_letter_once(" ".join(a or "" for a in words), False)[1:]
            )
        return asked


def _started_choices(
    order: tuple[list[tuple[str, str | None, tuple[str, ...]]], ...] | list[Any],
    may_start: _KnownStarts,
) -> Iterator[tuple[tuple[str, str | None, tuple[str, ...]], ...]]:
    """``itertools.product(*order)`` in its order, less the choices whose first words begin
    no known key with the Arabic article or without it (``may_start``): a first word that
    begins none is not followed by every sense of the words after it."""
    yield from _pruned_product(
        order, lambda first: may_start.any_article(tuple(a for _, a, _ in first))
    )


_Entry = tuple[str, str | None, tuple[str, ...]]


def _pruned_product(
    options: Sequence[Sequence[_Entry]], begins: Callable[[tuple[_Entry, ...]], bool]
) -> Iterator[tuple[_Entry, ...]]:
    """``itertools.product(*options)`` in its order, less every choice whose first entries
    (fewer than all of them) ``begins`` refuses: those are not followed by every entry after."""
    last = len(options)

    def grow(chosen: tuple[_Entry, ...]) -> Iterator[tuple[_Entry, ...]]:
        if len(chosen) == last:
            yield chosen
            return
        for entry in options[len(chosen)]:
            longer = (*chosen, entry)
            if len(longer) < last and not begins(longer):
                continue
            yield from grow(longer)

    yield from grow(())


@lru_cache(maxsize=64)
def starts_known(countries: frozenset[str]) -> _KnownStarts:
    """:class:`_KnownStarts` over the Arabic-name keys of ``countries`` (``arabic_keys``)."""
    return _KnownStarts(arabic_keys(countries))


def shared_letter_once(arabic: str, article: bool) -> list[str]:
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


def taa_marbuta_forms(key: str) -> list[tuple[str, float]]:
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


def literal_kept(
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
        for rowid, spelling, tokens in arabic_words(country, len(options)):
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
    places = geonames_index().places(sorted(found))
    scored: dict[int, tuple[float, str, str]] = {}
    gloss = ", ".join(
        f'"{english}" = {option[0][1]}' for option in translated for english in [option[0][0]]
    )
    for rowid, spelling in found.items():
        parts = latin_parts(places[rowid].name)
        similarity = max((JaroWinkler.similarity(word, p) for p in parts), default=0.0)
        if similarity >= MIN_LITERAL_LATIN:
            scored[rowid] = (SCORE_LITERAL_SKELETON, spelling, f'{gloss}, "{kept[0]}" kept')
    return scored


@cache
def arabic_words(country: str, count: int) -> list[tuple[int, str, tuple[str, ...]]]:
    """(rowid, spelling, the key of each word) of the Arabic names of ``count`` words of
    :func:`country_arabic`'s table, in its order: the words of every name were split and keyed
    again for each name with a word kept (:func:`literal_kept`)."""
    found: list[tuple[int, str, tuple[str, ...]]] = []
    for entries in country_arabic(country).by_key.values():
        for rowid, spelling in entries:
            words = spelling.split()
            if len(words) == count:
                found.append((rowid, spelling, tuple(arabic_key(t) for t in words)))
    return found


# The Urdu and Pashto letters the team table's words are written with (منڈی "market",
# کوٹ "fort", ګودر "ferry"), as the Arabic letters of their sound: read by consonant classes,
# which know the Arabic and Persian letters only, they would lose a consonant (منڈی was MN,
# not MND: no match for Mandi Bahauddin). ``keys.arabic_key`` (and so ``arabic_skeletons``)
# now folds these letters itself, with the Kurdish, Sindhi and Turkic ones
# (``keys.ARABIC_LETTER_VARIANTS``); the table is kept for the readers that spell a word out.
URDU_PASHTO = str.maketrans(
    {variant: letter for letter, variants in ARABIC_LETTER_VARIANTS.items() for variant in variants}
)


def literal_by_skeleton(
    orders: list[tuple[list[tuple[str, str | None, tuple[str, ...]]], ...]],
    countries: set[str],
    article: bool = False,
    weak_team: bool = False,
    placed: bool = False,
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
    alone does not. A word before another, the construct state, may have its taa marbuta
    read as the t Latin names write there (``_taa_as_t``: "Market Ruins", خربة السوق, is
    Khirbat es Suq)."""
    # (classes, whether the first is the article's L) -> the reading's gloss and word classes,
    # and whether a taa marbuta is read as its t: a name whose own first class is L (اولاد,
    # LD) is no reading with the article
    keys: dict[tuple[str, bool], tuple[str, tuple[frozenset[str], ...], bool, bool]] = {}
    inners: dict[tuple[str, bool], tuple[str, tuple[frozenset[str], ...], bool, bool]] = {}
    for order in orders:
        # a form made by rule counts only as an exact Arabic name: a choice with one is passed
        # over (left out of the product, the choices that remain come in its order)
        read = [
            [
                entry
                for entry in option
                if not (entry[2] in EXACT_ONLY or is_calendar(entry[2]))
                or (placed and entry[2] == LEXICON)
            ]
            for option in order
        ]
        # the keys read first take a choice while they number 60 or fewer (and always the
        # order's first choice); the inner articles' their own 60 of each order
        open_keys, inner_budget = True, len(inners) + 60 if len(order) > 1 else -1
        for choice in itertools.product(*read):
            if not open_keys and len(inners) > inner_budget:
                break
            gloss = ", ".join(f'"{w}" = {a}' if a else f'"{w}" kept' for w, a, _ in choice)
            if weak_team and only_team(choice):
                continue  # "shops in Old City": team words alone, only in a strong slot
            parts = [
                sorted(arabic_skeletons(a.translate(URDU_PASHTO)) if a else skeletons(latin[0]))
                for _, a, latin in choice
            ]
            taa = [  # a word before another: the construct state, where ة is spoken t
                sorted(_taa_as_t(part) if a and _has_taa_marbuta(a) else ())
                if i < len(choice) - 1
                else []
                for i, (part, (_, a, _)) in enumerate(zip(parts, choice, strict=True))
            ]
            words = tuple(frozenset(p) | frozenset(t) for p, t in zip(parts, taa, strict=True))
            sense = any(latin == LEXICON for _, _, latin in choice)
            for combo in itertools.product(*(p + t for p, t in zip(parts, taa, strict=True))):
                key = merged(combo)
                read_t = any(c in t for c, t in zip(combo, taa, strict=True))
                if len(key) >= 3 and open_keys:
                    keys.setdefault((key, False), (gloss, words, read_t, sense))
                    keys.setdefault(("L" + key, True), (gloss, words, read_t, sense))
                if len(key) >= 3:
                    for inner in _inner_articles(combo) if len(inners) <= inner_budget else ():
                        # the article before a later word, as the construct and the adjective
                        # write it ("the Great Castle", القصر الكبير, is Ksar El Kebir: KSR L KBR),
                        # read only where the phrase without it names no place
                        inners.setdefault((inner, True), (gloss, words, read_t, sense))
                        inners.setdefault(("L" + inner, True), (gloss, words, read_t, sense))
                elif (
                    open_keys
                    and article
                    and len(choice) == 1
                    and len(key) == 2
                    and not only_team(choice)
                ):
                    keys.setdefault(("L" + key, True), (gloss, words, read_t, sense))
            if len(keys) > 60:
                open_keys = False
    scored = _skeleton_rows(keys, countries)
    return scored or _skeleton_rows({k: v for k, v in inners.items() if k not in keys}, countries)


def _skeleton_rows(
    keys: Mapping[tuple[str, bool], tuple[str, tuple[frozenset[str], ...], bool, bool]],
    countries: set[str],
) -> dict[int, tuple[float, str, str]]:
    """:func:`literal_by_skeleton`'s rows of its keys (classes, whether they read the Arabic
    article into the name) -> (gloss, the words' classes, whether a taa marbuta is read as its
    t, whether a lexicon sense is read)."""
    scored: dict[int, tuple[float, str, str]] = {}
    for (key, with_article), (gloss, words, read_t, sense) in keys.items():
        for rowid, spelling, place in rows_in(key, countries, 50, False):
            if with_article and bare_name(spelling) == fold(spelling):
                continue  # the article read into a name that has none
            if sense and all(bare_name(name) == fold(name) for name in (spelling, place.name)):
                # a lexicon sense (``placed``) names a place written with the Arabic article,
                # as names made of a dictionary's noun are ("Al Harithah", "Wadi as Sir"): one
                # without it is a chance match of some sense of the word ("Idle": Kayseri)
                continue
            if read_t and not any(part.endswith("t") for part in folded_words(spelling)):
                continue  # the t of a taa marbuta ends its word ("Khirbat"), no "Khurmati"
            if len(key) - with_article < 4 and place.population < LITERAL_SKELETON_POPULATION:
                continue  # three consonant classes name some village in every country
            if len(words) > 1 and not word_by_word(spelling, words, place):
                continue
            if rowid not in scored:
                scored[rowid] = (SCORE_LITERAL_SKELETON, spelling, gloss)
    return scored


def _inner_articles(combo: Sequence[str]) -> list[str]:
    """The consonant classes of a phrase's words (``combo``) joined with the Arabic article's L
    before every word after the first, and before the last alone: "X al-Y", "X Y al-Z"."""
    if len(combo) < 2 or not all(combo):
        return []
    every = merged([combo[0], *("L" + part for part in combo[1:])])
    last = merged([*combo[:-1], "L" + combo[-1]])
    return [every] if every == last else [every, last]


# The heads of compound place names that come last ("Wazirabad", "Shekhupura"): their English
# glosses, Arabic-script nouns, romanisations and countries (``_head_last``).
HEADS_TABLE = "toponym_words_heads.csv"
# The senses of the other word read (each with its taa marbuta variant: eight words).
HEAD_LAST_SENSES = 16
# Classes of a head-last reading that name a town without the other word's romanisation
# written: on 600 generated sentences of random table words and heads ("Police in Thorns
# City, in Pakistan"), the five readings of four classes were all chance (شوكه + pur, SKPR).
HEAD_LAST_CLASSES = 5
# What reading the part before the head as the other word's Arabic, letter for letter, may
# cost (``through_arabic.reading_cost``): "wazir" is وزير at 0, "bahar" بهار at 0; "sar" is
# سور "fence" at 0.5 (Sardasht is "cold plain"), "bahar" بحري "naval" at 0.5.
HEAD_LAST_COST = 0.4


@cache
def compound_heads() -> dict[str, tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]]:
    """English head ("town") -> (Arabic noun, its romanisations longest first, the countries
    whose places end in one) for each head of ``HEADS_TABLE`` it glosses."""
    import csv

    path = gazetteer_dir() / HEADS_TABLE
    if not path.is_file():
        return {}
    found: dict[str, list[tuple[str, tuple[str, ...], frozenset[str]]]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            latin = tuple(sorted({fold(w) for w in row["latin"].split("|")}, key=len))[::-1]
            head = (row["arabic"].strip(), latin, frozenset(row["countries"].split()))
            for english in row["english"].split("|"):
                found.setdefault(english.strip().lower(), []).append(head)
    return {english: tuple(heads) for english, heads in found.items()}


def _head_last(
    options: list[list[tuple[str, str | None, tuple[str, ...]]]],
    countries: set[str],
    weak_team: bool = False,
) -> dict[int, tuple[float, str, str]]:
    """A name of two English words, one of them a head of ``HEADS_TABLE`` ("Minister Town",
    "City of the Truthful", "Sheikh Town", "Army Camp"), read as the compound the region's
    Persian, Urdu, Pashto and Turkic names make of them: the other word first, the head LAST,
    written solid, hyphenated or as a second word (وزیر آباد, Wazirabad; صادق آباد,
    Saddiqabad; شیخوپورہ, Shekhupura; لشکرگاه, Lashkar Gah). MT renders such a name in the
    English order, the head first after "of", and ``literal_by_skeleton`` reads word for
    word, so the solid Latin name of a place the index holds without an Arabic name was never
    read. Against the Latin names (the place's own name or a form of it) of the copy's
    countries where the head is used, by consonant classes: the name ends in one of the head's
    romanisations, and what precedes it has the other word's classes (two or more: one is
    some syllable of any name) and is that word, letter for letter (``reads_as``, at most
    ``HEAD_LAST_COST``) or as its table's romanisation (``_head_word_spelled``; needed where the
    reading has fewer than ``HEAD_LAST_CLASSES`` classes). Only a town of
    ``LITERAL_SKELETON_POPULATION`` or more (villages named X-abad are legion), and with
    ``weak_team`` (no strong slot) not through a team pair."""
    if len(options) != 2:
        return {}
    heads = compound_heads()
    scored: dict[int, tuple[float, str, str]] = {}
    for h in (0, 1):
        head_word = options[h][0][0]
        modifier = options[1 - h]
        for arabic_head, latins, used in heads.get(head_word, ()):
            where = countries & used
            if not where:
                continue
            head_keys = {k for latin in latins for k in skeletons(latin)}
            for word, arabic, latin in modifier[:HEAD_LAST_SENSES]:
                if latin in EXACT_ONLY or is_calendar(latin):
                    continue
                if weak_team and arabic is not None and only_team(((word, arabic, latin),)):
                    continue
                if arabic is None and is_english_word(word):
                    continue
                classes = {
                    c
                    for c in (
                        arabic_skeletons(arabic.translate(URDU_PASHTO))
                        if arabic
                        else skeletons(word)
                    )
                    if len(c) >= 2  # one class ("king" شاه, S) is some syllable of any name
                }
                gloss = (
                    f'"{word}" = {arabic}' if arabic else f'"{word}" kept'
                ) + f', "{head_word}" = {arabic_head} (last)'
                for key, rowid, spelling, rest in head_compound_rows(
                    classes, head_keys, latins, where, LITERAL_SKELETON_POPULATION, 3
                ):
                    if rowid in scored:
                        continue
                    spelled = _head_word_spelled(rest, word, arabic, latin)
                    if len(key) < HEAD_LAST_CLASSES and not spelled:
                        continue  # "thorns" شوكه + pur, SKPR: four classes are some
                        # town's name by chance; the word's own romanisation must be written
                    if not spelled and (
                        arabic is None or not reads_as(rest, arabic, HEAD_LAST_COST)
                    ):
                        continue  # the classes alone: "fence" سور is no Sardasht's sard
                    scored[rowid] = (SCORE_LITERAL_SKELETON, spelling, gloss)
    return scored


def head_compound_rows(
    classes: set[str],
    head_keys: set[str],
    latins: tuple[str, ...],
    where: set[str],
    min_population: int,
    min_key: int,
) -> Iterator[tuple[str, int, str, str]]:
    """(key, rowid, spelling, rest) of the towns of ``where`` a head-last compound may name
    (``_head_last``, ``town_words``): the skeleton of a word's ``classes`` joined to one of the
    head's ``head_keys`` (``min_key`` classes or more) finds the row, a place of
    ``min_population`` or more under its own name or a form of it (not an old or variant
    spelling, "Hasipur", by chance), whose name ends in one of the head's romanisations
    ``latins`` and whose ``rest`` before it shares a class with the word."""
    for key in {merged((c, k)) for c in classes for k in head_keys}:
        if len(key) < min_key:
            continue
        for rowid, spelling, place in rows_in(key, where, 50, False):
            if place.kind != "place" or estimated_population(place) < min_population:
                continue
            if spelling != place.name and not form_of_own_name(spelling, place):
                continue
            rest = _before_head(spelling, latins)
            if rest is None or not skeletons(rest) & classes:
                continue
            yield key, rowid, spelling, rest


def _solid_head(candidate: Candidate, countries: set[str]) -> Garble | None:
    """One English word MT wrote solid, a word of the tables and a head of ``HEADS_TABLE``
    ("Springland": "spring" + "land", بهارستان, Bahārestān), read as ``_head_last`` reads two
    words; only a word English text never writes (``solid_compound``: "Highland",
    "Homeland", "Greenland" are words of their own) and only in a place slot."""
    text = candidate.text.lower()
    if candidate.slot == "none" or not text.isalpha() or zipf(text) > 0:
        return None
    table = toponym_words_first()
    heads = compound_heads()
    for cut in range(3, len(text) - 2):
        word, head = text[:cut], text[cut:]
        if head not in heads or not table_entries(table, word):
            continue
        modifier = [(word, a, latin) for a, latin in table_entries(table, word)]
        # a word English never writes may use a team pair after "in", as a rare one may
        # (``RARE_TEAM_ZIPF``): it is MT's coinage, no English name ("shops in Old City")
        found = _head_last([modifier, [(head, None, (head,))]], countries)
        best = best_place(found, None)
        if best is None:
            continue
        place, score, spelling, gloss = best
        name = english_name(place, spelling)
        return literal_garble(
            candidate,
            place,
            name,
            score,
            read_as_arabic_words(name, place, spelling, gloss),
            latin_read=True,
        )
    return None


def reads_as(rest: str, arabic: str, bound: float) -> bool:
    """Whether the Latin ``rest`` reads as the Arabic-script word at a cost of ``bound`` or
    less (``through_arabic.reading_cost``, the Urdu and Pashto letters as their sounds), or
    does without a final vowel: the ezafe or a linking vowel before the head ("Shekhu-pura",
    "Pul-e", "Mazar-i")."""
    from tqcheck.gazetteer.through_arabic import reading_cost

    key = arabic_key(arabic.translate(URDU_PASHTO))
    forms = [rest] + ([rest[:-1]] if rest[-1:] in "aeiou" and len(rest) > 3 else [])
    return any(reading_cost(form, key, bound) <= bound for form in forms)


def _head_word_spelled(rest: str, word: str, arabic: str | None, latin: tuple[str, ...]) -> bool:
    """Whether the part of a name before its head is spelled like one of the word's own
    romanisations (شيخ: "shaykh", "sheikh"; "Shekhu"), or like the word a reading kept."""
    forms = [word] if arabic is None else list(romanisations(latin))
    return any(JaroWinkler.similarity(rest, fold(form)) >= MIN_LITERAL_LATIN for form in forms)


def _before_head(spelling: str, latins: tuple[str, ...]) -> str | None:
    """What precedes the head in a Latin name that ends in one of its romanisations, written
    solid ("Wazirabad": "wazir"), hyphenated or as a second word ("Lashkar Gah"); None when
    the name does not end so, or is the head alone."""
    parts = latin_parts(spelling)
    if not parts or len(parts) > 2:
        return None
    if len(parts) == 2:
        return parts[0] if parts[1] in latins else None
    word = parts[0]
    for latin in latins:  # longest first: "pura" before "pur"
        if word.endswith(latin) and len(word) - len(latin) >= 2:
            return word[: -len(latin)]
    return None


def _taa_as_t(classes: Iterable[str]) -> set[str]:
    """The consonant classes of a word ending in taa marbuta (ة, written ه by ``arabic_key``)
    with that letter read as its t, which ``arabic_skeletons`` gives no class (as a final
    he): in the construct state, a noun before the noun it is "of", Arabic speaks the letter
    as t and GeoNames' romanised names write it so ("Khirbat es Suq", خربة السوق; "Sakiet
    ed Daier", "Zawiyet", "Medinet", "Qaryat"), names that often hold no Arabic spelling to
    read the words against."""
    return {key + "T" for key in classes if not key.endswith("T")}


def _has_taa_marbuta(arabic: str) -> bool:
    """Whether an Arabic word ends in taa marbuta as the tables write it (ة): a final ه may
    be one the source folded, but as often a Persian or Turkic vowel (قره "black", kara; دره
    "valley", darreh; سيه "black", siyah) or a real h (ماه "moon"), and the forms a reading
    makes by rule (``taa_variants``) add ه: read as t those put "Black Eye" at Kiryat Ono."""
    return arabic.rstrip().endswith("ة")


def word_by_word(spelling: str, words: tuple[frozenset[str], ...], place: GeoPlace) -> bool:
    """A name of several words read back by consonant classes is the place's own name or a
    respelling of it, word for word: each of its words (the Arabic article aside) has the
    classes of the phrase's word in its place ("Ain Karma": عين, كرمة). A run of syllables that
    merely shares the classes ("su ge ai he la si"), or one word that does ("on the Red List" is
    no Margham), is no reading of the phrase."""
    if spelling != place.name and not form_of_own_name(spelling, place):
        return False
    parts = folded_words(spelling)
    if len(parts) != len(words):
        return False
    return all(skeletons(part) & keys for part, keys in zip(parts, words, strict=True))


def placed_literal(candidate: Candidate, countries: Iterable[str]) -> Garble | None:
    """The literal reading of a name that TQ306 reports as English words its sentence places as a
    town of ``countries`` (an apposition, the unit after it, a dateline, a verb of moving to or
    a facility named after its site: :func:`~tqcheck.gazetteer.garble.unplaced.unplaced_names`),
    read as in a strong slot: the sentence has already made the name a place, which is what a
    strong slot asks before a common word or the lexicon's senses are read ("Druze elders met
    in the Grey after gunmen set up a checkpoint on the road to Suwayda": شهبا, Shahba). The
    name is reported either way; the reading only gives it a place, so it is read only in the
    region's countries the copy sets it in, never in a neighbour's."""
    region = set(countries) & ARABIC_SCRIPT_REGION
    if not region:
        return None
    strong = replace(candidate, slot="strong")
    found = literal_arabic(strong, region)
    if found is None and lexicon_adds(strong, region):
        # ... and the lexicon's senses read by consonant classes too, to the places GeoNames
        # holds in Latin letters only ("Russian cargo planes landed at the Pit air base": جفرة,
        # Al Jufrah), which a strong slot alone reads only to an Arabic name
        found = literal_through(strong, region, lexicon=True, placed=True)
    if found is None:
        found = _diminutive_unsaid(strong, region)
    if TURKEY in region and (found is None or found.country == TURKEY):
        found = turkish_literal(strong) or found
    return found or compound_literal(strong, region)


def _diminutive_unsaid(candidate: Candidate, countries: set[str]) -> Garble | None:
    """A name of two or more English words whose last noun is the Arabic name's diminutive,
    which MT renders as the plain noun ("Father of the Crow" for أبو غريب, Abu Ghurayb: غريب
    "little crow", of غراب): the last word read as "Little X" is, to a place's exact Arabic
    name only (the diminutives are made by rule and read only so)."""
    words = candidate.text.split()
    content = [i for i, w in enumerate(words) if w.lower() not in FUNCTION_WORDS]
    if len(content) < 2 or words[content[-1] - 1].lower() in DIMINUTIVE_WORDS:
        return None
    last = content[-1]
    text = " ".join([*words[:last], LITTLE.capitalize(), *words[last:]])
    found = literal_arabic(replace(candidate, text=text), countries)
    if found is None or found.score < SCORE_ARABIC_NISBA:
        return None
    return replace(found, text=candidate.text)
