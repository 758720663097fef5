"""Garbled spellings of listed public figures' names, found by spelling (no recorded garble).

Arabic-to-English machine translation sends a person's name through the same script round trip
as a place name: short vowels are lost or changed ("Natanyahu"), p and v, which Arabic lacks,
come back as b and f ("Bezeshkian", "Lafrov"), doubled letters are lost ("Emanuel"), and a
Turkish or Russian given name comes back in its Arabic form ("Rajab Tayeb" for Recep Tayyip).

A run of one to six capitalised name words (with the particles al-, bin, von der... inside) is
compared with the accepted spellings of the people of ``gazetteers/people.csv`` that have as
many words, found through an index on the consonant skeleton of the last word (the surname), so
that a word costs one dictionary lookup and never a scan of the list. A word is a near-respelling
of the listed word when both have the same consonant skeleton in the MT-confusion classes of
:func:`tqcheck.gazetteer.keys.skeletons` with p read as b and v as f, begin and end the same way
(vowel or consonant: "Abbasi" is not "Abbas"), and are close letter by letter (Jaro-Winkler).

What counts as a person context: a title before the run ("President", "Foreign Minister",
"Hamas leader"), or, for a full name, one word of it spelled right; a surname alone needs a
title or an earlier mention of the same figure. A run that is an accepted spelling of anyone on
the list (variants, and the interchangeable romanisations of given names in
``tqcheck/data/given_name_romanisations.txt``: Mahmud/Mahmoud) is never reported, nor is a run
inside a longer name ("Ali Hassan Nasser").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.gazetteer.index import Gazetteer, spelling_evidence
from tqcheck.gazetteer.keys import fold, skeletons
from tqcheck.gazetteer.words import is_english_word
from tqcheck.lexicon import word_list

# The particles that stand inside an Arabic, Dutch or German name in lower case.
_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "von", "van", "der", "de", "da", "di", "le"})
_BIN = frozenset({"bin", "ibn", "ben"})
# The Arabic article, written joined to the next word ("al-Sisi") or alone ("Al Thani").
_ARTICLE = patterns.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|ath|adh|ud)[-‐](?=\w)", re.IGNORECASE)
_ARTICLE_WORDS = frozenset({"al", "el"})
_WORD = patterns.compile(r"[A-Za-z\u00c0-\u024f\u0259][\w'’\u0259-]*")
_POSSESSIVE = patterns.compile(r"['’]s?$")
_VOWELS = frozenset("aeiouy")
_MAX_WORDS = 6
_MIN_SURNAME_CLASSES = 3  # a surname alone: "Sisi" (SS) is too short to be evidence
MIN_SIMILARITY = 0.80  # Jaro-Winkler of the two folded words, p/b and v/f read alike
MIN_NEAR_SIMILARITY = 0.90  # the same, for skeletons one consonant apart
# Consonants alone (vowels, which Arabic does not write, all changed: "Rajab" for Recep) are
# enough only inside a full name whose other words, two at least, are right or close.
MIN_CONSONANT_SIMILARITY = 0.55
_MERGE = str.maketrans({"P": "B", "V": "F"})
# Letters of the French transcription of Arabic names (ou for u or w, dj for j): a spelling
# with them and the listed consonants is another newsroom's house style, not a garble.
_FRENCH = patterns.compile("ou|dj")
_LETTER_MERGE = str.maketrans({"p": "b", "v": "f", "w": "f", "q": "k"})


@dataclass(frozen=True, slots=True)
class PersonGarble:
    start: int
    end: int
    text: str
    entry_id: str
    name: str  # the figure's house spelling
    suggestion: str
    evidence: str  # "Natanyahu for Netanyahu: a/e"


@dataclass(frozen=True, slots=True)
class _Spelling:
    entry_id: str
    words: tuple[str, ...]  # the spelling's words as written (articles kept)
    cores: tuple[str, ...]  # folded, article-free, given names canonical


@dataclass(slots=True)
class _People:
    # (number of words, merged skeleton of the last core word) -> spellings
    by_last: dict[tuple[int, str], list[_Spelling]]
    accepted: dict[tuple[str, ...], set[str]]  # core tuple -> entry ids
    names: dict[str, str]  # entry id -> house name
    surnames: set[str]  # last core word of every accepted spelling
    words: dict[str, set[str]]  # entry id -> the core words of its accepted spellings
    all_words: set[str]  # the core words of every accepted spelling
    # entry ids of people whose names are romanised from Arabic or Persian script
    romanised: set[str] = field(default_factory=set)


@cache
def romanisations() -> dict[str, str]:
    """Folded given-name spelling -> the first spelling of its line."""
    text = (
        resources.files("tqcheck.data")
        .joinpath("given_name_romanisations.txt")
        .read_text(encoding="utf-8")
    )
    found: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        spellings = [fold(part) for part in line.split("|") if part.strip()]
        for spelling in spellings:
            found.setdefault(spelling, spellings[0])
    return found


_TITLE_LISTS = ("english_name_titles", "role_nouns", "person_name_titles")


@cache
def _titles() -> frozenset[str]:
    return frozenset().union(*(word_list(name) for name in _TITLE_LISTS))


def _core(word: str) -> str:
    """A name word folded, without the Arabic article, given names in one spelling."""
    word = _ARTICLE.sub("", _POSSESSIVE.sub("", word))
    folded = fold(word)
    if folded in _BIN:
        return "bin"
    return romanisations().get(folded, folded)


def _cores(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The name's words for comparison: without leading titles ("Ayatollah", "King", "Sir"),
    without the article, given names in one romanisation."""
    titles = _titles()
    start = 0
    while start < len(words) - 1 and words[start].lower() in titles:
        start += 1
    return tuple(
        core
        for word in words[start:]
        if word.lower() not in _ARTICLE_WORDS and (core := _core(word))
    )


@cache
def _romanised_countries() -> frozenset[str]:
    """Countries whose people's names reach English through Arabic or Persian script, where a
    doubled consonant (the shadda, often unwritten) comes and goes between accepted spellings:
    "al-Haya" and "al-Hayya". Turkey and Azerbaijan write their names in Latin letters; Israeli
    public figures have fixed English spellings ("Bennett", never "Bennet")."""
    from tqcheck.gazetteer.region import ARABIC_SCRIPT_REGION

    return ARABIC_SCRIPT_REGION - {"TR", "AZ", "IL"}


_DOUBLED = patterns.compile(r"([b-df-hj-np-tv-z])\1+")  # a doubled consonant; vowels are not shadda


def _keys(core: str) -> set[str]:
    return {key.translate(_MERGE) for key in skeletons(core)}


_PEOPLE: dict[int, _People] = {}


def _people(gazetteer: Gazetteer) -> _People:
    found = _PEOPLE.get(id(gazetteer))
    if found is not None:
        return found
    people = _default_people(gazetteer) or _build_people(gazetteer)
    _PEOPLE[id(gazetteer)] = people
    return people


def _default_people(gazetteer: Gazetteer) -> _People | None:
    """The people table of the default gazetteer, kept as a pickle named after the
    gazetteer's own pickle (which names its layers and code) and this table's inputs: building
    it took 25 to 45 ms of each check (issue 13: cold start). None for another gazetteer."""
    from tqcheck import lexicon
    from tqcheck.gazetteer import cache_files, garble, index

    if gazetteer is not index.default_gazetteer():
        return None
    curated = index.default_cache_file(index.bundled_dir(), gazetteer.recorded_garbles)
    if curated is None:
        return None
    inputs = [
        __file__,
        *garble.sources(),  # ARABIC_SCRIPT_REGION
        *cache_files.fold_inputs(),
        cache_files.data_file("given_name_romanisations.txt"),
        *(cache_files.data_file(f"{name}.txt") for name in _TITLE_LISTS),
        lexicon.__file__,  # word_list
    ]
    return cache_files.table(
        "people", inputs, lambda: _build_people(gazetteer), _People, facts=[curated.name]
    )


def _build_people(gazetteer: Gazetteer) -> _People:
    people = _People({}, {}, {}, set(), {}, set())
    for entry_id, text, kind in gazetteer.spelling_rows():
        entry = gazetteer.entries[entry_id]
        if entry.kind != "person" or kind not in ("exact", "variant"):
            continue
        people.names[entry_id] = entry.name
        if entry.country in _romanised_countries():
            people.romanised.add(entry_id)
        words = tuple(text.split())
        cores = _cores(words)
        if not cores:
            continue
        people.accepted.setdefault(cores, set()).add(entry_id)
        people.surnames.add(cores[-1])
        people.words.setdefault(entry_id, set()).update(cores)
        people.all_words.update(cores)
        if len(cores) == 1 and len(words) > 1 and words[0].lower() in _titles():
            continue  # "King Salman", "Pope Francis": a given name, no model of a surname
        spelling = _Spelling(entry_id, words, cores)
        for key in _keys(cores[-1]):
            people.by_last.setdefault((len(cores), key), []).append(spelling)
    return people


def _edges_agree(word: str, listed: str) -> bool:
    """Both begin with a vowel or both with a consonant, and likewise end: "Abbasi" is not
    "Abbas". A final "h" is passed over ("Haniye"), and a final "e" after a consonant may be
    silent ("Tebboune" and "Taboun").
    """
    if (word[:1] in _VOWELS) != (listed[:1] in _VOWELS):
        return False
    return bool(_endings(word) & _endings(listed))


def _endings(word: str) -> set[bool]:
    end = word.rstrip("h") or word
    if len(end) > 4 and end.endswith("e") and end[-2] not in _VOWELS:
        return {True, False}
    return {end[-1:] in _VOWELS}


def _distinct_given_names(word: str, listed: str) -> bool:
    names = romanisations()
    return word in names and listed in names and names[word] != names[listed]


def respelling_strength(word: str, listed: str) -> int:
    """How well ``word`` reads as ``listed`` garbled by the script round trip (both folded
    cores): 2 close in spelling too, 1 the same consonants only ("Rajab" for Recep), 0 not."""
    from rapidfuzz.distance import JaroWinkler

    if word == listed or len(word) < 3 or len(listed) < 3:
        return 0
    if not _edges_agree(word, listed) or _distinct_given_names(word, listed):
        return 0
    if _FRENCH.search(word) and skeletons(word) & skeletons(listed):
        return 0  # the French transcription, another house style ("Moualem" for Muallem)
    a, b = word.translate(_LETTER_MERGE), listed.translate(_LETTER_MERGE)
    score = JaroWinkler.similarity(a, b)
    mine, theirs = _keys(word), _keys(listed)
    if mine & theirs:
        return 2 if score >= MIN_SIMILARITY else 1 if score >= MIN_CONSONANT_SIMILARITY else 0
    if min(len(k) for k in theirs) >= 4 and _one_apart(mine, theirs):
        return 2 if score >= MIN_NEAR_SIMILARITY else 0
    return 0


def near_respelling(word: str, listed: str) -> bool:
    """``word`` reads as ``listed`` garbled, close in spelling as well as in consonants."""
    return respelling_strength(word, listed) == 2


def _one_apart(mine: set[str], theirs: set[str]) -> bool:
    for a in mine:
        for b in theirs:
            if abs(len(a) - len(b)) == 1:
                short, long = sorted((a, b), key=len)
                if any(long[:i] + long[i + 1 :] == short for i in range(len(long))):
                    return True
    return False


@dataclass(frozen=True, slots=True)
class _Word:
    text: str  # as written, without a possessive
    start: int
    end: int
    particle: bool


def _runs(text: str) -> Iterator[list[_Word]]:
    """Runs of name words joined by single spaces: capitalised words with lower-case particles
    and articles inside."""
    run: list[_Word] = []
    last_end = -1
    for match in _WORD.finditer(text):
        raw = match.group()
        bare = _POSSESSIVE.sub("", raw)
        lower = bare.lower()
        particle = lower in _PARTICLES or lower in _ARTICLE_WORDS
        capital = _ARTICLE.sub("", bare)[:1].isupper()
        if not (capital or particle):
            if run:
                yield _trimmed(run)
            run, last_end = [], -1
            continue
        if run and text[last_end : match.start()] != " ":
            yield _trimmed(run)
            run = []
        run.append(_Word(bare, match.start(), match.start() + len(bare), particle and not capital))
        last_end = match.end()
        if bare != raw:  # a possessive ends the name
            yield _trimmed(run)
            run, last_end = [], -1
    if run:
        yield _trimmed(run)


def _trimmed(run: list[_Word]) -> list[_Word]:
    while run and run[0].particle:
        run = run[1:]
    while run and run[-1].particle:
        run = run[:-1]
    return run


_BEFORE = patterns.compile(r"[A-Za-z][\w'’-]*|,")


def _titled(text: str, start: int) -> int:
    """2 where a title stands right before ``text[start:]`` ("President Rajab ...", "Hamas
    leader Yahya ...", "the Turkish president, Rajab ..."), 1 where a title with its "of"
    complement does ("Secretary of State Antony ..."), else 0."""
    titles = _titles()
    words = _BEFORE.findall(text[max(0, start - 100) : start])
    if words[-1:] == [","]:
        words.pop()
        return 2 if words and words[-1].lower() in titles else 0  # "the president, Rajab"
    if not words:
        return 0
    if words[-1].lower() in titles:
        return 2
    # "Secretary of State", "Minister of Foreign Affairs": a title, "of", capitalised words
    index = len(words) - 1
    capitals = 0
    while index >= 0 and words[index][:1].isupper() and capitals < 3:
        index -= 1
        capitals += 1
    while index >= 0 and words[index].lower() in ("of", "the"):
        index -= 1
    of_title = capitals > 0 and 0 <= index < len(words) - 2 and words[index].lower() in titles
    return 1 if of_title else 0


def find_person_garbles(document: Document, gazetteer: Gazetteer) -> list[PersonGarble]:
    people = _people(gazetteer)
    found: list[PersonGarble] = []
    mentioned: set[str] = set()
    for sentence in document.sentences():
        text = sentence.text
        for run in _runs(text):
            _scan_run(text, sentence.start, run, people, mentioned, found)
    return found


def _scan_run(
    text: str,
    offset: int,
    run: list[_Word],
    people: _People,
    mentioned: set[str],
    found: list[PersonGarble],
) -> None:
    i = 0
    while i < len(run):
        if run[i].particle:
            i += 1
            continue
        step = 1
        for size in range(min(_MAX_WORDS, len(run) - i), 0, -1):
            window = run[i : i + size]
            if window[-1].particle:
                continue
            if size > 1 and window[0].text.lower() in _titles():
                continue  # the title is the context of the name after it, not part of it
            cores = _cores([w.text for w in window])
            if not cores:
                continue
            ids = people.accepted.get(cores)
            if ids:
                mentioned.update(ids)
                step = size
                break
            if i + size != len(run):
                continue  # a name runs on after the window: someone else's longer name
            titled = _titled(text, window[0].start)
            if i > 0 and not titled and not run[i - 1].particle:
                break  # part of a longer name ("Ali Hassan Nasser")
            hit = _match(cores, people, titled, mentioned)
            if hit is None:
                continue
            spelling, evidence = hit
            start, end = offset + window[0].start, offset + window[-1].end
            name = people.names[spelling.entry_id]
            suggestion = name if len(cores) > 1 else name.split()[-1]
            found.append(
                PersonGarble(
                    start,
                    end,
                    text[window[0].start : window[-1].end],
                    spelling.entry_id,
                    name,
                    suggestion,
                    evidence,
                )
            )
            mentioned.add(spelling.entry_id)
            step = size
            break
        i += step


def _match(
    cores: tuple[str, ...], people: _People, titled: int, mentioned: set[str]
) -> tuple[_Spelling, str] | None:
    if not titled:  # the context must come from the name: an earlier mention or a word right
        if len(cores) == 1 and not mentioned:
            return None
        if len(cores) > 1 and not any(word in people.all_words for word in cores):
            return None
    if len(cores) == 1:
        if min(len(k) for k in _keys(cores[0])) < _MIN_SURNAME_CLASSES:
            return None
        if cores[0] in people.surnames:
            return None  # someone else's surname spelled right
        if titled < 2 and is_english_word(cores[0]):
            return None  # "Trade", "Baden": an English word alone needs a title right before
    for key in _keys(cores[-1]):
        for spelling in people.by_last.get((len(cores), key), ()):
            hit = _compare(cores, spelling, people, titled, mentioned)
            if hit is not None:
                return hit
    if len(cores[-1]) >= 5:  # skeletons one consonant apart ("Scholtz"): the index holds exact
        for spelling in _near_candidates(cores, people):
            hit = _compare(cores, spelling, people, titled, mentioned)
            if hit is not None:
                return hit
    return None


def _near_candidates(cores: tuple[str, ...], people: _People) -> Iterator[_Spelling]:
    for key in _keys(cores[-1]):
        for i in range(len(key)):
            yield from people.by_last.get((len(cores), key[:i] + key[i + 1 :]), ())


def _compare(
    cores: tuple[str, ...],
    spelling: _Spelling,
    people: _People,
    titled: int,
    mentioned: set[str],
) -> tuple[_Spelling, str] | None:
    listed = spelling.cores
    if len(listed) != len(cores):
        return None
    near: list[str] = []
    same = weak = 0
    own = people.words[spelling.entry_id]  # a word of another accepted spelling is right too
    for word, right in zip(cores, listed, strict=True):
        if word == right or word in own:
            strength = 3
        elif spelling.entry_id in people.romanised and _DOUBLED.sub(r"\1", word) in {
            _DOUBLED.sub(r"\1", w) for w in own
        }:
            strength = 3  # a doubled letter of a romanised name, written or not ("Haya", "Hayya")
        else:
            strength = respelling_strength(word, right)
        if not strength:
            return None
        if strength == 3:
            same += 1
            continue
        weak += strength == 1
        shown, listed_shown = word.capitalize(), right.capitalize()
        near.append(f"{shown} for {listed_shown}: {spelling_evidence(word, right)}")
    if not near or (weak and (weak > 1 or len(cores) < 3)):
        return None
    if len(cores) == 1:
        if not titled and spelling.entry_id not in mentioned:
            return None
    elif not same and not titled:
        return None
    return spelling, "; ".join(near)
