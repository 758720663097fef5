"""The toponym word tables: English words and phrases glossed to the Arabic words place names are
made of (hand table, team glosses, FreeDict, Buckwalter, near-synonyms), read with their plural,
American and taa-marbuta forms, for the literal readings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from tqcheck import patterns
from tqcheck.gazetteer import cache_files
from tqcheck.gazetteer.keys import (
    ARABIC_LETTER_VARIANTS,
    arabic_key,
)

if TYPE_CHECKING:
    pass
from tqcheck.gazetteer.garble.base import (
    CACHE_VERSION,
    base_forms,
    gazetteer_dir,
)

# -- data --------------------------------------------------------------------------------


@cache
def toponym_words() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """English word or phrase (lower case) -> [(Arabic word, its romanisations)]: the hand
    table ``toponym_words.csv`` first, then the team's glosses of the most frequent place-name
    words no dictionary knows (``toponym_words_team.csv``: Arabic, Persian, Turkic words in
    Arabic script), then the dictionary glosses of the Arabic words place names are made of
    (``toponym_words_freedict.csv``, built by ``benchmarks/mine_toponym_words.py``; no
    romanisations: read back by Arabic skeleton), then the Buckwalter lexicon's
    (``LEXICON_TABLE``, marked ``LEXICON``: read only where the others find no place, and only
    to a place's Arabic name), and the diminutives' "little X" (``DIMINUTIVE_TABLE``, read as
    the lexicon's). Read on first use, not at import, and kept as
    a pickle in tqcheck's cache folder named after the tables' bytes and the code that reads
    them (issue 13: reading the CSVs took 40 ms of a check). The pickle holds the table's views
    too (:func:`toponym_words_first`, :func:`toponym_words_lexicon`,
    :func:`gloss_vocabulary`), pickled with the table so that their lists are the table's own
    where they were: making them from the table took 8 ms of a check, reading them back 2 ms."""
    path = toponym_words_cache()
    cached = cache_files.load(path) if path is not None else None
    if isinstance(cached, tuple) and len(cached) == len(_TOPONYM_WORDS_PICKLE):
        table, first, lexicon, vocabulary = cached
    else:
        table = read_toponym_words(TOPONYM_WORD_TABLES)
        first, lexicon, vocabulary = _first_of(table), _lexicon_of(table), _vocabulary_of(table)
        if path is not None:  # not stored in a read-only cache: read again
            cache_files.store(path, (table, first, lexicon, vocabulary))
    FIRST_TABLE[:] = [table, first]
    LEXICON_MEMO[:] = [table, lexicon]
    GLOSS_VOCABULARY[:] = [(table, vocabulary)]
    return table


# What :func:`toponym_words`' pickle holds: the table and its three views (a new name for the
# pickle when this changes)
_TOPONYM_WORDS_PICKLE = ("table", "first", "lexicon", "vocabulary")


def toponym_words_cache() -> Path | None:
    """Where :func:`toponym_words` is kept; None when a table or source cannot be read."""
    import sys

    from tqcheck.gazetteer import keys

    facts: list[object] = [sys.version, CACHE_VERSION, _TOPONYM_WORDS_PICKLE]
    try:
        for name in TOPONYM_WORD_TABLES:
            facts.append(cache_files.checksum(gazetteer_dir() / name))
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
# takes its synonym's Arabic ("cellar"), marked ``NEAR``, read last of all, in a strong slot
# only and only to a place's Arabic name (``_literal``). Built with ``--glosses-too``, it also
# lists the synonyms of words the tables know, which only the co-gloss reading takes
# (``_cogloss_glosses``: "heaven", "eden", عدن).
NEAR_TABLE = "toponym_words_near.csv"
# The common elements of the region's place names with the English words MT writes for them
# that the tables before lacked ("fort" قلعة, "hamlet" ده; built by
# benchmarks/count_toponym_elements.py from the team's candidate list, each form used by five
# names of the region or more): no romanisations (back through places' Arabic names only),
# after the dictionary's pairs.
ELEMENTS_TABLE = "toponym_words_elements.csv"
# The English names of prophets and biblical figures come last.
NAMES_TABLE = "toponym_words_names.csv"
TOPONYM_WORD_TABLES = (
    "toponym_words.csv",
    TEAM_TABLE,
    "toponym_words_freedict.csv",
    ELEMENTS_TABLE,
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
        path = gazetteer_dir() / name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            lines = (line for line in handle if not line.startswith("#"))
            if name == NEAR_TABLE:
                read_near(csv.DictReader(lines), table)
                continue
            for row in csv.DictReader(lines):
                latin = tuple(s.strip() for s in (row.get("latin") or "").split("|") if s.strip())
                arabic = row["arabic"].strip()
                # The team table's words were ranked with a final taa marbuta folded: each row
                # stands for both forms (محل "locality" is also the محلة of المحلة الكبرى).
                forms = taa_variants(arabic) if name == TEAM_TABLE else [arabic]
                latin = LEXICON if name in (LEXICON_TABLE, DIMINUTIVE_TABLE) else latin
                # a calendar pair is marked as such, its romanisations after the mark
                latin = (*CALENDAR, *latin) if name == CALENDAR_TABLE else latin
                for form in forms:
                    # The dictionary table's Arabic is written already normalised (no latin).
                    folded = arabic_key(form) if "latin" in row else form
                    for english in row["english"].split("|"):
                        key = english.strip().lower()
                        if key and (key, folded) not in seen:  # the hand table's row wins
                            seen[(key, folded)] = len(table.setdefault(key, []))
                            table[key].append((form, latin))
                            continue
                        at = seen.get((key, folded), -1)
                        if at >= 0 and written_in_variants(table[key][at][0], form):
                            # ... in its place, but spelled as the later table spells the
                            # word: the team table's قلعہ (Urdu letters) is the elements
                            # table's قلعة "fort", and a message shows the Arabic spelling
                            table[key][at] = (form, table[key][at][1])
                        if key and latin not in EXACT_ONLY and romanisations(latin):
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


# the letters of ``keys.ARABIC_LETTER_VARIANTS``
VARIANT_LETTERS = patterns.compile(f"[{''.join(ARABIC_LETTER_VARIANTS.values())}]")


def written_in_variants(spelled: str, other: str) -> bool:
    """``spelled`` has letters of Urdu, Kurdish or Pashto (``keys.ARABIC_LETTER_VARIANTS``)
    and ``other``, the same word once keyed, has none."""
    return VARIANT_LETTERS.search(spelled) is not None and VARIANT_LETTERS.search(other) is None


def read_near(
    rows: Iterable[dict[str, str]], table: dict[str, list[tuple[str, tuple[str, ...]]]]
) -> None:
    """Each near word of ``NEAR_TABLE`` that no table gives any entry (nor for a form of it) takes
    the Arabic words the hand, team and dictionary tables give its near glosses (not the
    lexicon's, every sense of every noun), marked ``NEAR``."""
    near: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    keys: dict[str, set[str]] = {}  # the Arabic keys each near word has: one entry per key
    for row in rows:
        english, gloss = row["english"].strip().lower(), row["gloss"].strip().lower()
        if english in table or table_entries(table, english):
            continue
        entries = near.setdefault(english, [])
        seen = keys.setdefault(english, set())
        for arabic, latin in table.get(gloss, ()):
            # two glosses may give one word in two spellings (Persian تپه, Arabic-script تبه)
            if latin != LEXICON and not is_calendar(latin) and arabic_key(arabic) not in seen:
                seen.add(arabic_key(arabic))
                entries.append((arabic, NEAR))
    table.update((english, entries) for english, entries in near.items() if entries)


# British spellings and their American forms (regular expressions over a whole word), the
# word tables' glosses being American (``american_spelling``).
SPELLINGS_TABLE = "toponym_words_spellings.csv"


@cache
def american_spellings() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The rewrites of ``SPELLINGS_TABLE``, in order."""
    import csv

    path = gazetteer_dir() / SPELLINGS_TABLE
    if not path.is_file():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return tuple((patterns.compile(row["british"]), row["american"]) for row in rows)


@lru_cache(maxsize=8192)
def american_spelling(phrase: str) -> str:
    """``phrase`` (lower case) with each British spelling in its American form ("armoured" ->
    "armored", "ploughman" -> "plowman"): the dictionaries the word tables were mined from
    (Buckwalter, FreeDict, WordNet) gloss in American English, MT copy is often British.
    Each part of a hyphenated word is one word ("ash-coloured": "ash-colored"). Remembered: a
    check asks it of the same few words again and again (800 times, of 130 words, on a
    garble-dense article: 4,000 substitutions)."""
    words = phrase.split(" ")
    for i, word in enumerate(words):
        parts = word.split("-")  # each part of a hyphenated word ("ash-coloured")
        for j, part in enumerate(parts):
            for pattern, american in american_spellings():
                part = pattern.sub(american, part)
            parts[j] = part
        words[i] = "-".join(parts)
    return " ".join(words)


def taa_variants(arabic: str) -> list[str]:
    """A one-word Arabic entry and its form with a final taa marbuta added or removed."""
    key = arabic_key(arabic)
    if " " in key or len(key) < 3:
        return [arabic]
    return [arabic, key[:-1] if key.endswith("ه") and len(key) > 3 else key + "ه"]


SIZE_WORDS = ("great", "large", "big")


def table_entries(
    table: dict[str, list[tuple[str, tuple[str, ...]]]], word: str
) -> list[tuple[str, tuple[str, ...]]]:
    """The table's entries for an English word or phrase, then for its base forms ("forts":
    fort, قلات) and its plural forms ("thorn": the table's "thorns", حسكة; "date": "dates",
    تمر), in that order; for a plural also the Arabic sound plurals of its base form's words
    (``sound_plurals``: "sheikhs" شيخون, "sheikhs" being also the broken plural مشايخ), and
    last those of its feminine in -ess ("shepherd": "shepherdess", راعي), the Arabic feminine
    being the same word with a taa marbuta, which every reading adds or drops; after all these,
    those of its American spelling (``american_spelling``: "ploughman", "plowman")."""
    found = list(table.get(word, []))
    head, _, noun = word.partition(" ")
    if head in SIZE_WORDS and noun and " " not in noun:
        # "great tree": the tables' "large tree" (دوحة): English adjectives of size render
        # one Arabic adjective (كبير) or a noun of size ("large tree") alike
        for size in SIZE_WORDS:
            found = union(found, table.get(f"{size} {noun}", []) if size != head else [])
    bases = [b for b in base_forms(word) if b in table]
    for base in bases:
        found = union(found, table[base])
    for plural in plural_forms(word):
        found = union(found, table.get(plural, []))
    if not word.endswith("s") and " " not in word:
        found = union(found, table.get(word + "ess", []))
    for base in bases if word.endswith("s") else ():  # a plural, not "reddened"
        found = union(found, sound_plurals(table[base]))
    if (american := american_spelling(word)) != word:
        found = union(found, table_entries(table, american))  # "armoured": "armored", درعية
    return found


def _adjective_nouns(word: str) -> list[str]:
    """The nouns an English adjective in -y may be made of, as the word tables list them:
    "dusty" dust, "stony" stone, "muddy" mud. Arabic says "hill of dust" (تل عفر) where
    English says "Dusty Hill"; one word of five letters or more after a consonant ("army",
    "holy", "valley" are no such adjectives), not an adverb in -ly ("fully", "generally") nor a
    noun in -cy, -ery, -ory, -ary ("policy", "victory", "mastery")."""
    if " " in word or len(word) < 5 or not word.endswith("y") or word[-2] in "aeiouylc":
        return []
    if word.endswith(("ery", "ory", "ary", "ury")):
        return []
    stem = word[:-1]
    forms = [stem, stem + "e"]
    if stem[-1] == stem[-2]:
        forms.append(stem[:-1])  # "muddy", "sunny"
    return forms


def adjective_noun_entries(
    table: dict[str, list[tuple[str, tuple[str, ...]]]], word: str
) -> list[tuple[str, tuple[str, ...]]]:
    """The table's entries for the nouns an English adjective in -y is made of
    (``_adjective_nouns``), marked ``DERIVED``: read only as a place's exact Arabic name."""
    return [
        (arabic, DERIVED) for noun in _adjective_nouns(word) for arabic, _ in table.get(noun, [])
    ]


# English adjective endings of nationality and religion, each with the noun endings its stem may
# take as the tables list the noun: "Indian" India, "Muhammadan" Muhammad, "Sudanese" Sudan,
# "Islamic" Islam. Longest first.
_NISBA_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ian", ("ia", "", "a")),
    ("ese", ("",)),
    ("an", ("", "a")),
    ("ic", ("",)),
)


def _nisba_nouns(word: str) -> list[str]:
    """The nouns an English adjective of nationality or religion may be made of: "Muhammadan"
    muhammad, "Indian" india, "Sudanese" sudan. One word of six letters or more, its stem of
    three or more; the caller keeps only nouns the tables list."""
    if " " in word or len(word) < 6:
        return []
    for ending, noun_endings in _NISBA_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if len(stem) < 3:
                return []
            return [stem + e for e in noun_endings]
    return []


def nisba_adjective(word: str) -> bool:
    """Whether ``word`` has an ending of an English adjective of nationality or religion
    (``_NISBA_ENDINGS``) on a stem long enough to be one."""
    return bool(_nisba_nouns(word))


def nisba_entries(
    table: dict[str, list[tuple[str, tuple[str, ...]]]], word: str
) -> list[tuple[str, tuple[str, ...]]]:
    """An English adjective of nationality or religion as the Arabic nisba MT renders it with:
    the nisba (-ي, feminine -ية) of each one-word Arabic entry of the noun it is made of
    (``_nisba_nouns``: "the Muhammadan" is المحمدية, Mohammadia; "the Indian" الهندية, Al
    Hindiyah), a final taa marbuta dropped first; marked ``DERIVED``: read only as a place's
    exact Arabic name."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for noun in _nisba_nouns(word):
        for arabic, _ in table.get(noun, []):
            if " " in arabic or len(arabic) < 2:
                continue
            stem = arabic[:-1] if arabic.endswith(("ة", "ه")) else arabic
            stem = stem[:-1] if stem.endswith("ا") and len(stem) > 3 else stem  # أمريكا
            found = union(found, [(stem + "ي", DERIVED), (stem + "ية", DERIVED)])
    return found


def union(
    first: list[tuple[str, tuple[str, ...]]], more: list[tuple[str, tuple[str, ...]]]
) -> list[tuple[str, tuple[str, ...]]]:
    """``first`` and then the entries of ``more`` whose Arabic it does not hold, in order."""
    seen = {arabic for arabic, _latin in first}
    return first + [(a, latin) for a, latin in more if a not in seen and not seen.add(a)]


def plural_forms(phrase: str) -> list[str]:
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


def sound_plurals(
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
            persian.append((key + "ان", DERIVED))
        persian.append((key + "ها", DERIVED))
        if not ARABIC_LETTERS.fullmatch(key):
            continue  # (a Persian or Urdu word takes no Arabic plural)
        stem = key[:-1] if key.endswith("ه") else key
        forms = [stem + "ات"] if key.endswith("ه") else [key + "ون", key + "ين", key + "ات"]
        found += [(form, DERIVED) for form in forms]
    return union(found, persian)


ARABIC_LETTERS = patterns.compile("[\u0621-\u064a]+")
# The romanisations of an Arabic form made by rule (a sound plural, "my X"): none, and no
# reading by consonant classes either: such a form counts only as a place's exact Arabic name.
DERIVED = ("\x00",)
# The mark of a pair of the lexicon table (``LEXICON_TABLE``): read as ``DERIVED`` forms are.
LEXICON = ("\x01",)
# The mark of a pair of the calendar table (``CALENDAR_TABLE``): read as ``DERIVED`` forms are.
CALENDAR = ("\x02",)
# The mark of a pair of the near-synonym table (``NEAR_TABLE``): read as ``DERIVED`` forms are.
NEAR = ("\x03",)
EXACT_ONLY = (DERIVED, LEXICON, CALENDAR, NEAR)


def is_calendar(latin: tuple[str, ...]) -> bool:
    """A pair of the calendar table: its mark, then the romanisations the table gives (the
    Arabic weekdays as market towns spell them, "Larbaa", "Sebt"); the Persian days and the
    numbers have none and count only as a place's exact Arabic name."""
    return latin[:1] == CALENDAR


def romanisations(latin: tuple[str, ...]) -> tuple[str, ...]:
    """The romanisations of a pair (a calendar pair's after its mark)."""
    return latin[1:] if is_calendar(latin) else latin


def toponym_words_first() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """:func:`toponym_words` without the lexicon table's pairs: the bridge tried first (kept
    for the table it was made from, which tests and benchmarks may swap)."""
    full = toponym_words()
    if not (FIRST_TABLE and FIRST_TABLE[0] is full):
        FIRST_TABLE[:] = [full, _first_of(full)]
    return FIRST_TABLE[1]


def _first_of(
    full: dict[str, list[tuple[str, tuple[str, ...]]]],
) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The view :func:`toponym_words_first` of the table ``full``."""
    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for english, entries in full.items():
        kept = [entry for entry in entries if entry[1] not in (LEXICON, NEAR)]
        if kept:
            table[english] = kept
    return table


FIRST_TABLE: list[dict[str, list[tuple[str, tuple[str, ...]]]]] = []


def toponym_words_lexicon() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """:func:`toponym_words` without the near-synonym table's pairs (a near word's only
    entries: ``read_near``), made when a lexicon reading is first tried."""
    full = toponym_words()
    if not (LEXICON_MEMO and LEXICON_MEMO[0] is full):
        LEXICON_MEMO[:] = [full, _lexicon_of(full)]
    return LEXICON_MEMO[1]


def _lexicon_of(
    full: dict[str, list[tuple[str, tuple[str, ...]]]],
) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The view :func:`toponym_words_lexicon` of the table ``full`` (its lists are the
    table's)."""
    return {english: e for english, e in full.items() if e[0][1] != NEAR}


LEXICON_MEMO: list[dict[str, list[tuple[str, tuple[str, ...]]]]] = []


def english_gloss_word(word: str) -> bool:
    """``word`` (lower case) is an English word the word tables' glosses use, or an inflected
    form of one: a plural, a participle or gerund (``base_forms``: "waterwheels",
    "irrigated"), an agent noun in -er or -man ("saddlers", "ploughman"), also in its American
    spelling. TQ306 reads such a word as English however rare: the bilingual dictionaries gloss
    Arabic words with English common words ("plowman", "well irrigated"), so a word they use is
    a word, not a name; wordfreq alone cannot tell "Ploughman" (2.0) from "Tigris" (2.8)."""
    vocabulary = gloss_vocabulary()
    forms = {word, american_spelling(word)}
    for form in list(forms):
        forms.update(base_forms(form))
        forms.update(agent_bases(form))
    return any(form in vocabulary for form in forms)


def agent_bases(word: str) -> list[str]:
    """The words an agent noun may be made from: "saddler" -> saddle, "ploughman" -> plough,
    "farmers" -> farm (its plural first made singular)."""
    found: list[str] = []
    for noun in {word, *(base_forms(word) if word.endswith("s") else ())}:
        if noun.endswith("man") and len(noun) > 6:
            found.append(noun[:-3])
        elif noun.endswith("er") and len(noun) > 5:
            found += [noun[:-2], noun[:-1]]  # "farmer", "divider"
            if noun[-3] == noun[-4]:
                found.append(noun[:-3])  # "digger"
    return found


def gloss_vocabulary() -> frozenset[str]:
    """Every word of the glosses of :func:`toponym_words` ("well irrigated": well,
    irrigated), made once per table (tests and benchmarks may swap it)."""
    table = toponym_words()
    if not (GLOSS_VOCABULARY and GLOSS_VOCABULARY[0][0] is table):
        GLOSS_VOCABULARY[:] = [(table, _vocabulary_of(table))]
    return GLOSS_VOCABULARY[0][1]


def _vocabulary_of(table: dict[str, list[tuple[str, tuple[str, ...]]]]) -> frozenset[str]:
    """The view :func:`gloss_vocabulary` of the table ``table``."""
    return frozenset(
        word for gloss in table for word in gloss.split() if word.isalpha() and len(word) > 2
    )


GLOSS_VOCABULARY: list[tuple[dict[str, list[tuple[str, tuple[str, ...]]]], frozenset[str]]] = []


# The notes of the hand table (``toponym_words.csv``) that mark a place name's head: a generic
# noun for a feature or a settlement ("well", "palace", "head|cape"), a kinship or tribal word
# that opens a name ("father" أبو, "sons" بني).
_HEAD_NOTES = ("generic", "kunya element", "tribal element")


def toponym_head_word(word: str) -> bool:
    """``word`` (lower case, or a plural of one) is an English gloss of a head of the region's
    place names in the hand table: the noun MT writes for Ras, Bir, Qasr, Souq, Qal'at, Abu,
    Beni ("Head of X", "X Palace", "Sons of X"). TQ306 reads a name of such a word and a name
    kept as written as a translation half made."""
    return any(form in _head_words() for form in {word, *base_forms(word)})


@cache
def _head_words() -> frozenset[str]:
    return _hand_glosses(_HEAD_NOTES)


def _hand_glosses(notes: tuple[str, ...], single: bool = False) -> frozenset[str]:
    """The English glosses (lower case) of the hand table's rows whose note starts with one of
    ``notes``; only one-word glosses where ``single``."""
    import csv

    path = gazetteer_dir() / TOPONYM_WORD_TABLES[0]
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return frozenset(
            english.strip().lower()
            for row in rows
            if (row.get("note") or "").strip().startswith(notes)
            for english in row["english"].split("|")
            if english.strip() and not (single and " " in english.strip())
        )


def colour_of_ish(word: str) -> str | None:
    """The colour adjective of the hand table that ``word`` (lower case) makes with English
    "-ish" ("blackish" black, "reddish" red, "whitish" white, "bluish" blue); None for any
    other word ("Turkish", "Irish", "Kish")."""
    if not word.endswith("ish") or len(word) < 6:
        return None
    stem = word[:-3]
    forms = [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
    return next((form for form in forms if form in _colour_words()), None)


@cache
def _colour_words() -> frozenset[str]:
    """The one-word English glosses the hand table gives a colour (its note "colour")."""
    return _hand_glosses((_COLOUR_NOTE,), single=True)


_COLOUR_NOTE = "colour"


@cache
def head_romanisations() -> dict[str, tuple[str, ...]]:
    """The romanisations the hand table gives each of its place-name heads (its rows noted
    ``_HEAD_NOTES``), by the head's Arabic key (قصر: qasr, ksar, kasr): a head another English
    word glosses ("castle", the lexicon's قصر) is spelled in Latin names as the hand table's
    row for it says."""
    import csv

    found: dict[str, tuple[str, ...]] = {}
    path = gazetteer_dir() / TOPONYM_WORD_TABLES[0]
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            if not (row.get("note") or "").strip().startswith(_HEAD_NOTES):
                continue
            key = arabic_key(row["arabic"])
            latin = tuple(form.strip() for form in (row.get("latin") or "").split("|"))
            found[key] = found.get(key, ()) + tuple(f for f in latin if f)
    return found
