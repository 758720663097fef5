"""Arabic words read as Latin consonant skeletons, to tell whether an English name renders them.

The letter table (``tqcheck/data/arabic_latin.tsv``) gives each Arabic letter its consonant
classes, the classes :func:`tqcheck.gazetteer.keys.skeletons` gives Latin spellings; a name
and its rendering share a skeleton ("إيهود" and "Ehud": D; "دالهوزي" and "Dalhousie": DLS,
once voiced and voiceless sibilants are one class). Matching is deliberately tolerant (one
class more or less in a skeleton of three or more): it decides whether a target name *can* be
a rendering of a source word, and a false "can" only keeps a check quiet.

The table of common places (``tqcheck/data/arabic_places.tsv``) holds Arabic place names with
their English name and the spellings English copy accepts, for the names the GeoNames index
lacks in Arabic or gives first to a small namesake abroad.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from tqcheck.gazetteer.keys import arabic_key, fold, skeletons

# Classes merged for matching: voiced and voiceless sibilants and labials are written either
# way in names ("Dalhousie" for دالهوزي, "Pakistan" for باكستان).
_COARSE = str.maketrans({"Z": "S", "P": "B", "V": "F", "C": "S"})
# Particles Arabic writes as one word with the name that follows.
_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "و", "ف", "ب", "ل", "ك", "ال")
# Adjective (nisba) and plural endings: "الكندية" is Canadian.
_ENDINGS = ("يون", "يين", "يه", "ي")
_MAX_VARIANTS = 24


@cache
def letter_classes() -> dict[str, tuple[str, ...]]:
    """Arabic letter -> its consonant classes ("" for a letter that carries none)."""
    rows: list[tuple[str, tuple[str, ...]]] = []
    text = resources.files("tqcheck.data").joinpath("arabic_latin.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        letter, classes, _renderings = line.split("\t")
        rows.append((letter, tuple("" if value == "-" else value for value in classes.split())))
    # Letters that fold onto others ("ؤ" onto "و", "چ" onto "ج") only fill gaps: the row of
    # the letter itself wins.
    table = {letter: classes for letter, classes in rows if len(letter) == 1}
    table = {letter: classes for letter, classes in table.items() if arabic_key(letter) == letter}
    for letter, classes in rows:
        if len(letter) == 1:
            table.setdefault(arabic_key(letter) or letter, classes)
    return table


@cache
def digraph_classes() -> dict[str, tuple[str, ...]]:
    """Two Arabic letters written for one foreign sound ("تش" for "ch", "c", "č") -> its
    consonant classes, from the same table."""
    table: dict[str, tuple[str, ...]] = {}
    text = resources.files("tqcheck.data").joinpath("arabic_latin.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        letters, classes, _renderings = line.split("\t")
        if len(letters) == 2:
            table[arabic_key(letters)] = tuple(classes.split())
    return table


_REPEATS = re.compile(r"(.)\1+")


def _collapse(skeleton: str) -> str:
    # Repeats go first, then the classes merge: "Suez" (SZ) keeps two consonants.
    return _REPEATS.sub(r"\1", skeleton).translate(_COARSE)


def _word_skeletons(key: str) -> frozenset[str]:
    classes = letter_classes()
    pairs = digraph_classes()
    variants = [""]
    i = 0
    while i < len(key):
        options = pairs.get(key[i : i + 2])
        if options is not None:
            i += 2
        else:
            options = classes.get(key[i])
            i += 1
        if options is None:
            continue
        if len(variants) * len(options) > _MAX_VARIANTS:
            options = options[:1]
        # Variants that read the same once merged are one (the limit counts distinct readings).
        variants = list(dict.fromkeys(_collapse(v + o) for v in variants for o in options))
    return frozenset(_collapse(variant) for variant in variants)


@lru_cache(maxsize=65536)
def bare_forms(word: str, endings: bool = True) -> tuple[str, ...]:
    """The folded word and the word without attached particles (and, with ``endings``, without
    a nisba or plural ending)."""
    key = arabic_key(word)
    forms = [key]
    for prefix in _PROCLITICS:
        if key.startswith(prefix) and len(key) - len(prefix) >= 2:
            forms.append(key[len(prefix) :])
    for form in list(forms) if endings else ():
        for ending in _ENDINGS:
            if form.endswith(ending) and len(form) - len(ending) >= 3:
                forms.append(form[: -len(ending)])
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=65536)
def arabic_word_skeletons(word: str) -> frozenset[str]:
    """Skeletons of an Arabic word, with and without its particles and nisba ending."""
    found: set[str] = set()
    for form in bare_forms(word):
        found |= _word_skeletons(form)
    return frozenset(found)


@lru_cache(maxsize=65536)
def latin_skeletons(name: str) -> frozenset[str]:
    """Skeletons of a Latin-script name in the merged classes."""
    return frozenset(_collapse(skeleton) for skeleton in skeletons(name))


def _near(a: str, b: str) -> bool:
    """Equal, or one class inserted, deleted or changed, for skeletons of three or more."""
    if a == b:
        return True
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def renders(arabic_word: str, latin: str, strict: bool = False) -> bool:
    """Whether the Latin ``latin`` can be a rendering of ``arabic_word``.

    ``strict`` asks for an equal skeleton (of two classes or more); otherwise one class may
    differ in skeletons of three or more, and a Latin word may extend the Arabic one
    ("Canadian" renders كندا).
    """
    arabic = arabic_word_skeletons(arabic_word)
    target = latin_skeletons(latin)
    if not arabic or not target:
        return False
    shared = arabic & target
    if shared and max(len(a) for a in shared) <= 2 and not _comparable(arabic_word, latin):
        return False  # one or two consonants in common say little unless the sizes agree
    if shared and max(len(a) for a in shared) == 1 and not _same_opening(arabic_word, latin):
        return False  # one consonant: both must open with it ("Niue") or with a vowel ("Ur")
    if shared and (not strict or any(len(a) >= 2 for a in shared)):
        return True
    longest = max(len(t) for t in target)
    if strict or min(len(a) for a in arabic) > longest + 1 or max(len(a) for a in arabic) < 2:
        return False
    for a in arabic:
        for t in target:
            if a == t and (len(a) >= 2 or not strict):
                return True
            if strict:
                continue
            if _near(a, t) or (len(a) >= 3 and t.startswith(a) and len(t) - len(a) <= 2):
                return True
    return False


def _same_opening(arabic_word: str, latin: str) -> bool:
    """Whether both words open with a consonant, or both with a vowel (or a letter of no
    consonant class)."""
    latin_vowel = latin[:1].lower() in "aeiouhy'"
    classes = letter_classes()
    return any(
        (not classes.get(form[:1], ("",))[0]) == latin_vowel
        for form in bare_forms(arabic_word, False)
    )


def _comparable(arabic_word: str, latin: str) -> bool:
    """Whether an Arabic word (without its particles) is about as long as a Latin rendering:
    Arabic writes long vowels only, so the Latin word is one to two and a half times longer."""
    letters = len(latin)
    return any(letters * 0.4 <= len(form) <= letters + 1 for form in bare_forms(arabic_word, False))


@dataclass(frozen=True, slots=True)
class KnownPlace:
    """A place of the common-places table."""

    arabic: tuple[str, ...]  # folded Arabic spellings
    name: str
    variants: tuple[str, ...]
    country: str
    kind: str

    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.variants)


@cache
def known_places() -> dict[str, tuple[KnownPlace, ...]]:
    """Folded Arabic spelling -> the places of the common-places table it names."""
    table: dict[str, list[KnownPlace]] = {}
    text = resources.files("tqcheck.data").joinpath("arabic_places.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        arabic, name, variants, country, kind = line.split("\t")
        keys = tuple(arabic_key(form) for form in arabic.split("|"))
        place = KnownPlace(keys, name, tuple(v for v in variants.split("|") if v), country, kind)
        for key in keys:
            table.setdefault(key, []).append(place)
    return {key: tuple(places) for key, places in table.items()}


@cache
def _known_spellings() -> dict[str, tuple[KnownPlace, ...]]:
    table: dict[str, list[KnownPlace]] = {}
    for places in known_places().values():
        for place in places:
            for spelling in place.spellings():
                bucket = table.setdefault(fold(spelling), [])
                if place not in bucket:
                    bucket.append(place)
    return {key: tuple(places) for key, places in table.items()}


def known_place_by_english(name: str) -> tuple[KnownPlace, ...]:
    """The table's places that ``name`` (English) spells."""
    return _known_spellings().get(fold(name), ())


@cache
def given_names() -> frozenset[str]:
    """Common given names of English-language copy (``tqcheck/data/given_names.txt``)."""
    text = resources.files("tqcheck.data").joinpath("given_names.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
