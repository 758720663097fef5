"""Latin spellings read back through Arabic script: evidence for transliteration garbles.

Machine translation of a place name that went through Arabic (or Persian) script writes back the
letters that script has: no p, v, g, e or o (ب ف ج/غ/ك ي/و or nothing), short vowels unwritten,
long ones as ا و ي. A garble and the place's real name may then be far apart in Latin script
("Armafir" for Armavir, "Tarabzun" for Trabzon) while the garble is a plain reading of the
place's Arabic-script name (أرمافير, طرابزون). This module reads a Latin spelling against the
Arabic-script names GeoNames holds for the places of the article's countries (Arabic, Persian,
Urdu alternates, also of places outside the Arab world):

* :func:`reading_cost` aligns a folded Latin spelling with an Arabic-script key, letter cluster
  by letter cluster, with the readings of ``tqcheck/data/latin_arabic_readings.tsv`` (a short
  vowel may stand for nothing; a long vowel or a guttural the Latin does not write costs a
  little; any other letter a whole edit);
* :func:`arabic_readings` takes its candidates from the per-country Arabic tables of
  ``garbles`` (by consonant skeleton, with the classes Arabic writes with one letter merged:
  p/b, v/f, g/j/k) and scores the best reading, ranked by how much the Latin names resemble
  once those letters are one (:func:`canonical`): a reading at no cost is stronger than a
  shared skeleton and close enough for an "in X" slot;
* :func:`latin_readings` does the same for the Latin names of places GeoNames gives no
  Arabic-script name ("Zukdidi" for Zugdidi, Georgia): two names are one reading when their
  canonical consonants agree and a vowel or two differs (:func:`one_reading`).

Nothing is read at import: the letter table on the first candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache
from importlib import resources
from typing import Protocol

from tqcheck import patterns
from tqcheck.gazetteer.keys import arabic_key, fold

# Scores, in the scale of tqcheck.gazetteer.garbles: a reading of the whole Arabic name at no
# cost is stronger than a shared consonant skeleton (SCORE_SKELETON 0.88) and reaches the bar of
# an "in X" slot (MIN_UNSLOTTED 0.90); a reading a little off counts as a skeleton match.
SCORE_READING = 0.95
SCORE_NEAR_READING = 0.91
# ... less this share of what the Latin spellings differ by (:func:`latin_resemblance`), which
# must be at least MIN_RESEMBLANCE.
RESEMBLANCE_WEIGHT = 0.5
MIN_RESEMBLANCE = 0.75
MAX_NEAR_COST = 0.5  # what a reading "a little off" may cost
MIN_CLASSES = 3  # consonant classes of the Arabic name, below which a reading proves little
EDIT = 1.0  # a letter neither spelling accounts for
INITIAL_VOWEL = 1.0  # a Latin opening vowel with no letter: Arabic writes one (ا, ع, ي, و)
FINAL_VOWEL = 0.5  # a Latin closing vowel with no letter: an ending ("Isfahani"), not a reading
LATIN_H = 0.3  # a Latin "h" with no letter ("Bhopal")
_MAX_CLUSTER = 3
_MAX_KEYS = 64
_VOWELS = frozenset("aeiou")
# Letters Arabic writes for vowels or that Latin often leaves out: no consonant class.
_WEAK = frozenset("اويهعحءىہھےېۍ")
_ARTICLE = "ال"
_GUTTURAL = "ح"  # a guttural that only a written Latin "h" reads at no cost
_PLAIN_H = patterns.compile("(?<![kstcgdz])h")  # an h of no digraph (kh, sh, th, ch, gh, dh, zh)
_LATIN_ARTICLE = patterns.compile(
    r"^(?:a[lnrstdz]|el|ad|ash|ath|adh|as|at|ar|an|az|ed|er|es|et|en|ez)$"
)


class _ArabicTable(Protocol):
    by_skeleton: Mapping[str, list[tuple[int, str, bool]]]


class _Place(Protocol):
    name: str
    population: int


@cache
def _table() -> tuple[dict[str, tuple[tuple[str, float], ...]], dict[str, float]]:
    """(Latin cluster -> ((Arabic letters, cost), ...), Arabic letter -> cost when unwritten)."""
    readings: dict[str, list[tuple[str, float]]] = {}
    unwritten: dict[str, float] = {}
    text = resources.files("tqcheck.data").joinpath("latin_arabic_readings.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        latin, arabic, cost = line.split("\t")
        value = float(cost)
        letters = "" if arabic == "-" else arabic_key(arabic)
        if latin == "-":
            unwritten[letters] = value
        else:
            readings.setdefault(latin, []).append((letters, value))
    # one option per keyed letters, at its lowest cost: ``arabic_key`` folds the Urdu and Pashto
    # letters the table lists beside the Arabic ones (ٹ ټ as ت), and an option twice would only
    # multiply the forms a spelling is read as (``_MAX_KEYS`` of them)
    return {k: _cheapest(v) for k, v in readings.items()}, unwritten


def _cheapest(options: list[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    """``options`` with each letters once, at its lowest cost, in the order first listed."""
    best: dict[str, float] = {}
    for letters, cost in options:
        best[letters] = min(cost, best.get(letters, cost))
    return tuple(best.items())


@lru_cache(maxsize=4096)
def _steps(latin: str) -> tuple[tuple[tuple[int, str, float], ...], ...]:
    """For each position of ``latin``: (cluster size, Arabic letters, cost) of the readings of
    the clusters starting there, position costs included (a vowel without letter at the
    opening or the close)."""
    readings, _ = _table()
    n = len(latin)
    steps: list[tuple[tuple[int, str, float], ...]] = []
    for i in range(n):
        options: list[tuple[int, str, float]] = []
        for size in range(1, min(_MAX_CLUSTER, n - i) + 1):
            for letters, value in readings.get(latin[i : i + size], ()):
                if not letters:
                    value += INITIAL_VOWEL if i == 0 else 0.0
                    value += FINAL_VOWEL if i + size == n else 0.0
                options.append((size, letters, value))
        steps.append(tuple(options))
    return tuple(steps)


@lru_cache(maxsize=65536)
def reading_cost(latin: str, arabic: str, bound: float = float("inf")) -> float:
    """The cheapest reading of the folded Latin spelling ``latin`` as the Arabic-script key
    ``arabic`` (:func:`~tqcheck.gazetteer.keys.arabic_key`): 0 when every Latin letter is a
    usual reading of the Arabic letters in order and every Arabic letter is written. Above
    ``bound`` the answer is only known to be above it (infinity, or a cost above ``bound``):
    an alignment that has cost more than ``bound`` so far is not carried on (costs only add
    up), which leaves every answer within ``bound`` as it was, in a fraction of the time."""
    _, unwritten = _table()
    steps = _steps(latin)
    n, m = len(latin), len(arabic)
    inf = float("inf")
    dp = [[inf] * (m + 1) for _ in range(n + 1)]
    dp[0][0] = 0.0
    lows: list[float] = []
    # what depends on one position only, read once, not for every cell (the same sums in the
    # same order: the same costs)
    skips = [unwritten.get(letter, EDIT) for letter in arabic]
    for i in range(n + 1):
        row = dp[i]
        if i == n:
            for j in range(m):  # an Arabic letter the Latin does not write
                cost = row[j]
                if cost <= bound and cost + skips[j] < row[j + 1]:
                    row[j + 1] = cost + skips[j]
            lows.append(min(row))
            if len(lows) >= _MAX_CLUSTER and min(lows[-_MAX_CLUSTER:]) > bound:
                return inf
            break
        char = latin[i]
        nxt = dp[i + 1]
        options = [(letters, len(letters), dp[i + size], step) for size, letters, step in steps[i]]
        doubled = bool(i) and char == latin[i - 1] and char not in _VOWELS
        lost = LATIN_H if char == "h" else EDIT
        for j in range(m + 1):
            cost = row[j]
            if cost > bound:  # unreached, or past the bound already
                continue
            if j < m:  # an Arabic letter the Latin does not write
                skip = cost + skips[j]
                if skip < row[j + 1]:
                    row[j + 1] = skip
            for letters, length, target_row, value in options:
                if letters and not arabic.startswith(letters, j):
                    continue
                if cost + value < target_row[j + length]:
                    target_row[j + length] = cost + value
            if doubled and cost < nxt[j]:
                nxt[j] = cost  # a doubled consonant: one Arabic letter (shadda)
            drop = cost + lost
            if drop < nxt[j]:
                nxt[j] = drop
            if j < m and cost + EDIT < nxt[j + 1]:
                nxt[j + 1] = cost + EDIT
        lows.append(min(row))
        # Every reading passes through one of any _MAX_CLUSTER rows in a row.
        if len(lows) >= _MAX_CLUSTER and min(lows[-_MAX_CLUSTER:]) > bound:
            return inf
    return dp[n][m]


@cache
def _classes() -> dict[str, str]:
    """Arabic consonant letter -> its class: letters one Latin cluster reads at no cost are one
    class (ج غ ك ق for g; س ص for s). Weak letters (vowels, gutturals) have none."""
    readings, _ = _table()
    parent: dict[str, str] = {}

    def find(letter: str) -> str:
        while parent.setdefault(letter, letter) != letter:
            letter = parent[letter]
        return letter

    for options in readings.values():
        letters = [a for a, cost in options if len(a) == 1 and a not in _WEAK and cost == 0]
        for other in letters[1:]:
            parent[find(other)] = find(letters[0])
    return {letter: find(letter) for letter in parent}


_REPEATS = patterns.compile(r"(.)\1+")


def _collapse(key: str) -> str:
    return _REPEATS.sub(r"\1", key)


def _arabic_forms(key: str) -> list[str]:
    """The key, and without the article (الفضولي is also read "Fuzuli")."""
    forms = [key]
    if key.startswith(_ARTICLE) and len(key) > 4:
        forms.append(key[2:])
    return forms


def latin_forms(text: str) -> list[str]:
    """The folded spelling, and without Arabic article words ("Ad Damazin" -> "damazin")."""
    folded = fold(text)
    parts = [fold(p) for p in re.split(r"[\s'’‘-]+", text) if p]
    bare = "".join(p for p in parts if not _LATIN_ARTICLE.match(p))
    return [folded] if not bare or bare == folded else [folded, bare]


_COMMA = patterns.compile("[،,]")


def _arabic_keys(spelling: str) -> list[str]:
    """The Arabic key of a spelling, without a country after a comma ("پتروپاول، قزاقستان"),
    and without the article."""
    return _arabic_forms(_COMMA.split(arabic_key(spelling), maxsplit=1)[0])


def _cost(latin: list[str], arabic: list[str]) -> float:
    """The cheaper reading of the whole spellings and of the spellings without their articles
    (each form is the whole one where there is no article); an Arabic key longer than the
    Latin by two letters or more costs more than :data:`MAX_NEAR_COST` and is not read."""
    pairs = {(latin[0], arabic[0]), (latin[-1], arabic[-1])}
    return min(
        (
            reading_cost(first, second, MAX_NEAR_COST)
            for first, second in pairs
            if len(second) <= len(first) + 1
        ),
        default=EDIT,
    )


def arabic_readings(
    text: str,
    countries: Iterable[str],
    tables: Callable[[str], _ArabicTable],
    places: Callable[[list[int]], Mapping[int, _Place]],
    skeleton_keys: Iterable[str],
) -> dict[int, tuple[float, str, str]]:
    """rowid -> (score, the place's name, evidence) for the places of ``countries`` whose
    Arabic-script name ``text`` reads as (at no cost, or within :data:`MAX_NEAR_COST`), and
    whose Latin name ``text`` resembles once Arabic's merged letters are one
    (:func:`latin_resemblance` at least :data:`MIN_RESEMBLANCE`, which also ranks them: an Urdu
    name GeoNames gives one town may read as well as another town's Arabic name does).
    Candidates are the names of ``tables`` (a country's Arabic table: ``by_skeleton``, skeleton
    -> (rowid, spelling, whole)) under ``text``'s skeletons with the classes Arabic writes with
    one letter merged; ``places`` gives the places of rowids."""
    from tqcheck.gazetteer.keys import skeletons

    forms = latin_forms(text)
    keys = _expanded(key for key in skeleton_keys if len(key) >= MIN_CLASSES)
    # Two classes and an h the Latin writes for ح ("Zuhla", زحلة; "Al-Husaima", الحسيمة):
    # the guttural is a third consonant, so such a name is read too, only at no cost.
    short: set[str] = set()
    if _PLAIN_H.search(forms[-1]):
        short = _expanded(k for k in set(skeleton_keys) | skeletons(forms[-1]) if len(k) == 2)
    costs: dict[int, tuple[float, str]] = {}
    guttural: set[int] = set()
    for country in sorted(countries):
        by_skeleton = tables(country).by_skeleton
        for key in sorted(keys) + sorted(short - keys):
            for rowid, spelling, _whole in by_skeleton.get(key, ()):
                if rowid in costs and costs[rowid][0] == 0:
                    continue
                arabic = _arabic_keys(spelling)
                cost = _cost(forms, arabic)
                if key not in keys:  # a guttural reading: exact, and the ح read
                    if cost > 0 or _GUTTURAL not in arabic[-1]:
                        continue
                    guttural.add(rowid)
                if cost <= MAX_NEAR_COST and (rowid not in costs or cost < costs[rowid][0]):
                    costs[rowid] = (cost, spelling)
    if not costs:
        return {}
    found: dict[int, tuple[float, str, str]] = {}
    for rowid, place in places(sorted(costs)).items():
        cost, spelling = costs[rowid]
        if rowid in guttural:  # the vowels Arabic leaves unwritten may differ ("Zahle")
            detail = f"it reads as {place.name}'s Arabic-script name {spelling}"
            found[rowid] = (SCORE_NEAR_READING, place.name, detail)
            continue
        resemblance = latin_resemblance(text, place.name)
        if resemblance < MIN_RESEMBLANCE:
            continue
        base = SCORE_READING if cost == 0 else SCORE_NEAR_READING
        score = round(base - RESEMBLANCE_WEIGHT * (1 - resemblance), 3)
        detail = f"it reads as {place.name}'s Arabic-script name {spelling}"
        found[rowid] = (score, place.name, detail)
    return found


MAX_WHOLE_COST = 0.1  # a whole reading: every letter read, an ain at most written as a vowel


def reads_whole_name(text: str, name: str, spellings: Iterable[str]) -> bool:
    """Whether ``text`` reads one of the Arabic-script ``spellings`` of a place (of three
    consonant classes or more) letter by letter, every letter written and no other added, an
    ain at most written as a vowel ("Mesawa", مصوع), and resembles the place's Latin ``name``
    once Arabic's merged letters are one (:data:`MIN_RESEMBLANCE`): then only the short vowels
    Arabic leaves unwritten differ, which is what a reading back from Arabic script guesses."""
    from tqcheck.gazetteer.keys import arabic_skeletons

    if latin_resemblance(text, name) < MIN_RESEMBLANCE:
        return False
    forms = latin_forms(text)
    for spelling in spellings:
        if max(map(len, arabic_skeletons(spelling)), default=0) < MIN_CLASSES:
            continue
        if _cost(forms, _arabic_keys(spelling)) <= MAX_WHOLE_COST:
            return True
    return False


_VOWEL_OF = {"ا": "a", "ى": "a", "ي": "i", "و": "u"}


@lru_cache(maxsize=65536)
def canonical(latin: str) -> str:
    """A folded Latin spelling as Arabic script would keep it: each consonant cluster as the
    class of its usual Arabic letter (p and b one letter, v and f, g, j, k and q), each vowel
    as the long vowel it would be written with (a; e, i, y as i; o, u, w as u), "h" dropped.
    "Petropavl" and "Bitrubafl" are one canonical spelling."""
    readings, _ = _table()
    classes = _classes()
    out: list[str] = []
    i = 0
    while i < len(latin):
        for size in range(min(_MAX_CLUSTER, len(latin) - i), 0, -1):
            options = readings.get(latin[i : i + size])
            if options is not None:
                break
        else:
            size, options = 1, ((latin[i], 0.0),)
        i += size
        cluster = latin[i - size : i]
        letters = next((a for a, cost in options if a and cost == 0), "")
        if not letters:
            continue
        for letter in letters:
            char = _VOWEL_OF.get(letter, "" if letter in _WEAK else classes.get(letter, letter))
            if letter == "ه" and set(cluster) & _VOWELS:
                char = "a"  # "ah", "eh": a closing vowel ("Binyaminah" is no "Benyamin")
            if char and (not out or out[-1] != char):
                out.append(char)
    return "".join(out)


def latin_resemblance(first: str, second: str) -> float:
    """Jaro-Winkler similarity of the :func:`canonical` spellings of two names; a "sh" of the
    first may also be a ch read back from Arabic script (تش, چ: "Shirshik" for Chirchiq)."""
    from rapidfuzz.distance import JaroWinkler

    firsts = _digraph_forms(fold(first)) | {fold(first).replace("sh", "ch")}
    seconds = _digraph_forms(fold(second))
    return max(
        (
            JaroWinkler.similarity(a, b)
            for a in map(canonical, firsts)
            for b in map(canonical, seconds)
            if a and b
        ),
        default=0.0,
    )


# Latin names without an Arabic-script name in GeoNames (Zugdidi, Georgia): the standard
# skeleton classes (tqcheck.gazetteer.keys) that Arabic script writes with one letter; an S
# that may be "sh" read from ch, which Arabic writes تش or چ ("Lashin" for Lachin, لاچين); a Z
# that may be the dz Arabic writes دز, its d dropped ("Vanazor" for Vanadzor, وانادزور); a T
# that may be the "th" Latin writes for ذ, a dh (نواذيبو, Nouadhibou, read "Nawathibu").
_SKELETON_CLASSES: dict[str, tuple[str, ...]] = {
    "B": ("B", "P"),
    "P": ("P", "B"),
    "F": ("F", "V"),
    "V": ("V", "F"),
    "J": ("J", "K", "C"),
    "K": ("K", "J"),
    "C": ("C", "J", "TS"),  # Latin ts, Arabic تس
    "D": ("D", "Z"),
    "T": ("T", "D"),
    "Z": ("Z", "D", "DZ"),
    "S": ("S", "J", "TS"),
}
MAX_VOWEL_EDITS = 2  # vowels changed, added or dropped between two names of one reading
SCORE_LATIN_READING = 0.90  # one reading of two Latin names, no Arabic-script name attested
SCORE_NEAR_LATIN_READING = 0.88  # ... once a digraph is read as Arabic's other letter for it
MIN_LATIN_READING_POPULATION = 5_000  # a place copy names: not any hamlet sharing a reading


def _consonants(canonical_form: str) -> str:
    return "".join(char for char in canonical_form if char not in "aiu")


def _vowel_edits(first: str, second: str) -> int:
    """Vowel letters inserted, dropped or changed between two canonical spellings of equal
    consonants (Levenshtein distance, which then only touches vowels)."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(first, second)


def one_reading(first: str, second: str, classes: int = MIN_CLASSES) -> bool:
    """Whether two Latin names are one Arabic-script reading: the same consonants once the
    letters Arabic writes alike are one (:func:`canonical`), at most :data:`MAX_VOWEL_EDITS`
    vowels apart, both opening with a vowel or both with a consonant, and closing alike (an
    ending added or changed, "Isfahani" for Isfahan or Esfahano, is another word). Names of
    fewer than ``classes`` consonant classes are not read."""
    a, b = canonical(fold(first)), canonical(fold(second))
    if not a or not b or _consonants(a) != _consonants(b) or len(_consonants(a)) < classes:
        return False
    if (a[0] in "aiu") != (b[0] in "aiu") or not _closings(first, a) & _closings(second, b):
        return False
    return _vowel_edits(a, b) <= MAX_VOWEL_EDITS


def _closings(name: str, canonical_form: str) -> set[str]:
    """How a name's canonical spelling may close: a closing e after a consonant is also the a
    of a final ه, which Persian and Ottoman Turkish write for "-eh" and "-e" alike ("Qizil
    Tappa", Kızıltepe)."""
    last = canonical_form[-1:]
    folded = fold(name)
    if last == "i" and folded.endswith("e") and folded[-2:-1] not in _VOWELS:
        return {last, "a"}
    return {last}


# Digraphs romanisation writes for one letter that Arabic script writes with another letter than
# the one they usually read as (Arabic has no zh: Russian and Persian zh is written ج, "j"; the
# kh of a Central Asian name is often Turkic q, written ق or ك; Persian and Arabic write ch چ or
# ش): the letters they are also read back as.
_DIGRAPH_READINGS = (("zh", "j"), ("kh", "k"), ("ch", "sh"), ("dh", "th"))


def _digraph_forms(folded: str) -> set[str]:
    forms = {folded}
    for digraph, other in _DIGRAPH_READINGS:
        forms |= {form.replace(digraph, other) for form in forms}
    return forms


def near_reading(first: str, second: str) -> bool:
    """Whether two Latin names are one Arabic-script reading once a digraph of either is read
    as the other letter Arabic script writes it with (:data:`_DIGRAPH_READINGS`: "Janauzin" for
    Zhanaozen, ج; "Khuqand" for Kokand, خوقند), with the same vowels (:func:`canonical`)."""
    a_forms, b_forms = _digraph_forms(fold(first)), _digraph_forms(fold(second))
    if len(a_forms) == len(b_forms) == 1:
        return False
    for a in map(canonical, a_forms):
        for b in map(canonical, b_forms):
            if a and a == b and len(_consonants(a)) >= MIN_CLASSES:
                return True
    return False


def same_reading(first: str, second: str) -> bool:
    """Whether two Latin names of two consonant classes or more have one :func:`canonical`
    spelling, vowels included ("Ghuychay" and Göyçay: گويچاي): the evidence a name too short
    for :func:`one_reading`'s vowel edits may give."""
    a = canonical(fold(first))
    return bool(a) and a == canonical(fold(second)) and len(_consonants(a)) >= 2


def _expanded(keys: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for key in keys:
        variants = [""]
        for char in key:
            options = _SKELETON_CLASSES.get(char, (char,))
            if len(variants) * len(options) > _MAX_KEYS // 2:
                options = options[:1]
            variants = [v + o for v in variants for o in options]
        found.update(_collapse(v) for v in variants)
    return found


def latin_readings(
    text: str,
    countries: set[str],
    rows: Callable[[str, set[str], int, bool], Iterable[tuple[int, str, _Place]]],
    skeleton_keys: Iterable[str],
) -> dict[int, tuple[float, str, str]]:
    """rowid -> (score, spelling, evidence) for the places of ``countries`` (of
    :data:`MIN_LATIN_READING_POPULATION` or more) with a Latin name that ``text`` is one
    reading of (:func:`one_reading`: "Zukdidi" for Zugdidi). ``rows`` gives the index's
    (rowid, spelling, place) of a skeleton key; ``skeleton_keys`` are ``text``'s skeletons."""
    found: dict[int, tuple[float, str, str]] = {}
    for key in sorted(_expanded(k for k in skeleton_keys if len(k) >= MIN_CLASSES)):
        for rowid, spelling, place in rows(key, countries, 400, False):
            if place.population < MIN_LATIN_READING_POPULATION:
                continue
            if rowid in found and found[rowid][0] >= SCORE_LATIN_READING:
                continue
            if not _VOWELS & set(fold(spelling)) or spelling.count(" ") > text.count(" ") + 1:
                continue  # consonants only ("bnymynh"), syllables ("tai er mei zi"): no reading
            if one_reading(text, spelling):
                detail = f"it reads as {spelling} would in Arabic script"
                found[rowid] = (SCORE_LATIN_READING, spelling, detail)
            elif near_reading(text, spelling):
                detail = f"it reads as {spelling} may in Arabic script"
                found[rowid] = (SCORE_NEAR_LATIN_READING, spelling, detail)
    return found


@cache
def vowels_written() -> frozenset[str]:
    """The region's countries whose place names are written at home with every vowel
    (``vowels_written.txt``: Latin, Cyrillic, Georgian, Armenian, Greek script)."""
    text = resources.files("tqcheck.data").joinpath("vowels_written.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def vowel_swap_is_garble(
    country: str,
    written: str,
    name: str,
    recorded: Mapping[tuple[str, str], str],
    spellings: Iterable[str] = (),
) -> bool:
    """Whether one vowel swapped a/e between the ``written`` spelling and the place's ``name``
    is a garble rather than a second reading of an unwritten Arabic short vowel ("Samnan",
    "Semnan"): where the place's name is written at home in a script that writes its vowels
    (``vowels_written.txt``: "Danizli" for Denizli) or where English usage has settled on one
    spelling (``name`` is in ``recorded``, (country, folded spelling) -> English name:
    "Najef" for Najaf), unless ``written`` is one of the recorded spellings itself; and where
    ``written`` has an e that the place's name and every other Latin spelling recorded for it
    (``spellings``) write a (:func:`e_for_a_attested`: "Hemra" for Hamra)."""
    if (country, fold(written)) in recorded:
        return False
    if country in vowels_written() or (country, fold(name)) in recorded:
        return True
    return not e_for_a_attested(written, name, spellings)


def e_for_a_attested(written: str, name: str, spellings: Iterable[str]) -> bool:
    """Whether each e that ``written`` has where the place's ``name`` has a is also written so
    by one of the place's recorded Latin ``spellings`` (the e with the letters either side of
    it): an e for an unwritten fatha is a habit of some spellings of a name ("Tel", "Deir",
    Persian "Semnan"), not a reading any name takes; where no spelling of the place has it,
    the e is MT's guess. An a written for the name's e is the standard reading of a fatha."""
    from rapidfuzz.distance import Levenshtein

    a, b = fold(written), fold(name)
    frames = [
        a[max(0, op.src_pos - 1) : op.src_pos + 2]
        for op in Levenshtein.editops(a, b)
        if op.tag == "replace" and a[op.src_pos] == "e" and b[op.dest_pos] == "a"
    ]
    if not frames:
        return True
    forms = [form for form in map(fold, spellings) if form.isascii()]
    return all(any(frame in form for form in forms) for frame in frames)


def read_through_arabic(
    text: str,
    countries: set[str],
    tables: Callable[[str], _ArabicTable],
    places: Callable[[list[int]], Mapping[int, _Place]],
    rows: Callable[[str, set[str], int, bool], Iterable[tuple[int, str, _Place]]],
) -> dict[int, tuple[float, str, str]]:
    """:func:`arabic_readings` and :func:`latin_readings` of ``text`` among the places of
    ``countries``, the better of the two per place."""
    from tqcheck.gazetteer.keys import skeletons

    keys = skeletons(text)
    found = latin_readings(text, countries, rows, keys)
    for rowid, value in arabic_readings(text, countries, tables, places, keys).items():
        if rowid not in found or found[rowid][0] < value[0]:
            found[rowid] = value
    return found
