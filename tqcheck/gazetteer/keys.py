"""Lookup keys for names: ASCII folding, MT-confusion skeletons, Arabic normalisation.

Machine translation through Arabic (or Russian, Armenian, Persian) script loses vowels and merges
consonants that English spells apart: j/g/dj/dzh/c, q/k/g/gh, kh/h/x, v/w, ou/u. The skeleton maps
each class to one letter and drops vowels and doubled letters, so "Khojawound", "Khojavend" and
"Xocavənd" share the skeleton "KJVND".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from tqcheck import patterns

_NON_ALNUM = patterns.compile(r"[^a-z0-9]+")
# Multi-letter spellings first; each maps to a class letter.
CLUSTERS = (
    ("dzh", "J"),
    ("dzj", "J"),
    ("tch", "C"),
    ("sch", "S"),
    ("kh", "K"),
    ("gh", "K"),
    ("dj", "J"),
    ("zh", "J"),
    ("ch", "C"),
    ("sh", "S"),
    ("ph", "F"),
    ("th", "T"),
    ("ts", "C"),
    ("ck", "K"),
)
LETTERS = {
    "j": "J",
    "g": "J",
    "c": "J",
    "q": "K",
    "k": "K",
    "x": "K",
    "h": "",
    "v": "V",
    "w": "V",
    "f": "F",
    "p": "P",
    "b": "B",
    "d": "D",
    "t": "T",
    "z": "Z",
    "s": "S",
    "r": "R",
    "l": "L",
    "m": "M",
    "n": "N",
    "y": "",
}
# The Arabic diacritics (harakat, tanwin, shadda, sukun, the superscript alif) and the tatweel
_ARABIC_DIACRITIC_CODES = (*range(0x064B, 0x0660), 0x0670, 0x0640)
# Unicode format characters (category Cf) seen in Arabic-script text: the soft hyphen, the
# Arabic letter mark, zero-width (non-)joiners, direction marks, embeddings and isolates, the
# byte-order mark.
_FORMAT_CHARACTER_CODES = (
    0x00AD,
    0x061C,
    *range(0x200B, 0x2010),
    *range(0x202A, 0x202F),
    *range(0x2060, 0x206A),
    0xFEFF,
)
# The letters the other languages written in Arabic script add to it (Urdu, Kurdish Sorani,
# Pashto, Sindhi, Punjabi Shahmukhi, Kashmiri, Uyghur, Kazakh and Kyrgyz), as the Arabic letter
# each is a form of: the same base letter with a ring, a v, dots or a tail added for a sound
# Arabic lacks, or a different shape of the same letter (Unicode's letter names: ARABIC LETTER
# HEH GOAL, HEH DOACHASHMEE, AE, YEH BARREE, TEH MARBUTA GOAL, DDAL, TTEH, RREH, NOON GHUNNA,
# OE, YEH WITH SMALL V, REH WITH SMALL V BELOW, LAM WITH SMALL V, DAL WITH RING, ...). GeoNames
# spells the region's places in these letters beside the Arabic and Persian ones (Urdu انقرہ,
# جمہوریہ; Kurdish ھەولێر; Pashto ښار), where Persian and Arabic write ه ي و ر ل د ت ن ك: folded,
# an Urdu or Kurdish spelling meets the Arabic word the tables gloss and the Arabic name of the
# same place. Kurdish ھ and ە, Urdu ہ, ھ and ۃ are the one Arabic letter ه (Kurdish and Urdu
# split its uses: consonant, final vowel, aspiration, taa marbuta); the Pashto letters of sounds
# between two Arabic ones go to the letter Persian writes for them (ښ ش, ږ ژ, ځ ز, څ س).
# Not ۀ and ۂ: a heh with the hamza of the ezafe ("-ye", the genitive link of Persian and
# Urdu: جزيرۀ خارك, "island of Kharg"), a letter and a grammatical ending, kept as they are
# (folded to ه, they cost one right place on the check split and gained nothing).
ARABIC_LETTER_VARIANTS: dict[str, str] = {
    "ا": "ٲٳ",
    "ب": "ٻڀ",
    "ت": "ٹټٽٺ",
    "ج": "ڄ",
    "د": "ڈډڊڌڏ",
    "ر": "ڑړڙڕ",
    "ز": "ږځ",
    "س": "څ",
    "ش": "ښ",
    "ك": "ګڭڪ",
    "ل": "ڵ",
    "ن": "ںڼڻݨ",
    "ه": "ہھەۃ",
    "و": "ۆۇۈۋۉۅۊۏۄ",
    "ي": "ےۓێېۍ",
    "": "ٴ",  # the high hamza (Kazakh, Uyghur): a mark, like ء
}
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك",
        "گ": "ك",
        "ڤ": "ف",
        "پ": "ب",
        "چ": "ج",
        "ژ": "ز",
        "ء": "",
        **{
            variant: letter
            for letter, variants in ARABIC_LETTER_VARIANTS.items()
            for variant in variants
        },
    }
)


# Azerbaijani and Turkish letters, spelled as English transliteration spells them.
_LATIN_FOLD = str.maketrans(
    {
        "ç": "ch",
        "Ç": "Ch",
        "ş": "sh",
        "Ş": "Sh",
        "ğ": "gh",
        "Ğ": "Gh",
        "ə": "a",
        "Ə": "A",
        "ı": "i",
        "İ": "I",
        "ö": "o",
        "Ö": "O",
        "ü": "u",
        "Ü": "U",
    }
)


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lower-case ASCII with punctuation and spaces removed: "Cəbrayıl" -> "cabrayil"."""
    return _NON_ALNUM.sub("", anyascii(name.translate(_LATIN_FOLD)).lower())


# Letters whose sound class depends on the source language: Azerbaijani "q" and English "g" are
# the /g/ of "Garadagli" (K class), Arabic-script jim comes back as "g" in "Gabriel" (J class);
# Azerbaijani "c" is /dz/ (J class), English "c" mostly /k/ (K class).
AMBIGUOUS = {"g": ("J", "K"), "c": ("J", "K")}
MAX_VARIANTS = 16


# The clusters by their first letter, in the order above: only those can start at a letter.
_CLUSTERS_AT: dict[str, tuple[tuple[str, str], ...]] = {
    first: tuple(pair for pair in CLUSTERS if pair[0][0] == first)
    for first in {cluster[0] for cluster, _ in CLUSTERS}
}


def scan_sounds(
    text: str, letter_sound: Callable[[str, int], tuple[str, ...] | None]
) -> list[tuple[str, ...]]:
    """Each sound of the folded ``text``: a consonant cluster's class ("kh", "sh", "dzh"...),
    else what ``letter_sound`` makes of the letter at its index (None: not a sound)."""
    sounds: list[tuple[str, ...]] = []
    i = 0
    while i < len(text):
        for cluster, letter in _CLUSTERS_AT.get(text[i], ()):
            if text.startswith(cluster, i):
                sounds.append((letter,))
                i += len(cluster)
                break
        else:
            sound = letter_sound(text, i)
            if sound:
                sounds.append(sound)
            i += 1
    return sounds


def letter_classes(text: str, i: int) -> tuple[str, ...] | None:
    """The classes the single letter ``text[i]`` may belong to (a digit stands for itself); None
    for a vowel, h, w or y."""
    char = text[i]
    if char in AMBIGUOUS:
        return AMBIGUOUS[char]
    letter = LETTERS.get(char, "")
    return (letter or char,) if letter or char.isdigit() else None


def _classes(name: str) -> list[tuple[str, ...]]:
    """Each sound of ``name`` as the tuple of classes it may belong to: ``scan_sounds(folded,
    letter_classes)``, with each letter's classes looked up in ``_CLASSES_OF`` (they depend on
    the letter alone) rather than asked of ``letter_classes`` letter by letter (15,000 calls
    for the 2,000 names a garble-dense article's skeletons are first made of)."""
    text = fold(name)
    return _read_sounds(text, 0, len(text))[0]


def _read_sounds(text: str, i: int, end: int) -> tuple[list[tuple[str, ...]], int]:
    """:func:`_classes` of the folded ``text``, read from its letter ``i`` to the first sound
    that begins at ``end`` or after it, and the letter where that sound begins."""
    sounds: list[tuple[str, ...]] = []
    while i < end:
        char = text[i]
        for cluster, letter in _CLUSTERS_AT.get(char, ()):
            if text.startswith(cluster, i):
                sounds.append((letter,))
                i += len(cluster)
                break
        else:
            if char in _CLASSES_OF:
                sound = _CLASSES_OF[char]
            else:
                sound = _CLASSES_OF[char] = letter_classes(char, 0)
            if sound:
                sounds.append(sound)
            i += 1
    return sounds, i


# letter -> ``letter_classes`` of it, filled as ``_classes`` meets letters
_CLASSES_OF: dict[str, tuple[str, ...] | None] = {}
# the longest consonant cluster: a sound read at a letter looks no further ahead than this
_LONGEST_CLUSTER = max(len(cluster) for cluster, _ in CLUSTERS)


@lru_cache(maxsize=65536)
def skeletons(name: str) -> frozenset[str]:
    """Every consonant skeleton of ``name`` under the MT-confusion classes.

    Vowels, "h" and "y" are dropped and repeated classes merged: "Khojawound", "Khojavend" and
    "Xocavənd" all give "KJVND"; "Qaradagli" and "Garadagli" share "KRDKL".
    """
    return frozenset(_variants(_classes(name), [""]))


def _variants(sounds: list[tuple[str, ...]], variants: list[str]) -> list[str]:
    """The skeletons ``variants`` (in order, with repeats) go on to with ``sounds`` (each
    sound's classes), at most ``MAX_VARIANTS`` of them: past that, a sound adds its first
    class only."""
    for options in sounds:
        if len(variants) * len(options) > MAX_VARIANTS:
            options = options[:1]
        variants = [v + o if not v.endswith(o) else v for v in variants for o in options]
    return variants


@dataclass(frozen=True, slots=True)
class SkeletonStart:
    """What :func:`skeleton_start` read of a text, kept to read on from: the folded text, the
    letter its reading stopped at and the skeletons read so far (in order, with repeats, which
    the cap on variants counts)."""

    text: str
    at: int
    variants: tuple[str, ...]


_NOTHING_READ = SkeletonStart("", 0, ("",))


def skeleton_start(more: str, before: SkeletonStart = _NOTHING_READ) -> SkeletonStart:
    """:func:`skeleton_starts` of ``before``'s text followed by ``more`` (its ``variants``),
    read on from the letter where ``before``'s reading stopped: what was read before that
    letter a longer text reads alike (``fold`` folds each letter alone)."""
    text = before.text + fold(more)
    sounds, at = _read_sounds(text, before.at, len(text) - _LONGEST_CLUSTER + 1)
    return SkeletonStart(text, at, tuple(_variants(sounds, list(before.variants))))


@lru_cache(maxsize=65536)
def skeleton_starts(start: str) -> frozenset[str]:
    """What every skeleton (:func:`skeletons`) of every name that begins with ``start`` begins
    with: the skeletons of the sounds read at the letters of folded ``start`` from which no
    consonant cluster can run past its end (``fold`` folds each letter alone, a sound read at
    a letter looks at most ``_LONGEST_CLUSTER`` letters ahead, and a sound's variants and the
    merging of a repeated class depend on the sounds before it only)."""
    return frozenset(skeleton_start(start).variants)


# Romanisations of one sound, each written as one letter: German "dsch"/"tsch", Russian "dzh",
# French "dj", Azerbaijani/Turkish "c" for /dʒ/; "kh"/"x"/"gh"/"q"; "sh"/"sch"; "ts"/"tz";
# "y"/"j" as the glide; "w"/"v"; "ou"/"u".
_TRANSLIT = (
    ("dsch", "j"),
    ("tsch", "c"),
    ("dzh", "j"),
    ("sch", "s"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "k"),
    ("gh", "k"),
    ("sh", "s"),
    ("ch", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("ou", "u"),
    ("ph", "f"),
    ("q", "k"),
    ("x", "k"),
    ("w", "v"),
    ("y", "i"),
)
_TRANSLIT_PATTERN = patterns.compile("|".join(cluster for cluster, _ in _TRANSLIT))
_TRANSLIT_MAP = dict(_TRANSLIT)
_DOUBLED = patterns.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """``fold`` with each romanisation of one sound written one way and doubled letters single:
    "Dzhebrail", "Djebrail" and "Jebrail" -> "jebrail"; "Xocavənd" and "Khojavend" -> "kojavend"
    ("c" as /dʒ/ for the Azerbaijani/Turkish spelling, as in :func:`skeletons`)."""
    return translit_folded(fold(name.translate(_C_AS_J) if _is_turkic(name) else name))


def translit_folded(folded: str) -> str:
    """:func:`translit_key` of an already folded ASCII spelling (no second ``fold``)."""
    text = _TRANSLIT_PATTERN.sub(lambda m: _TRANSLIT_MAP[m.group(0)], folded)
    return _DOUBLED.sub(r"\1", text)


_C_AS_J = str.maketrans({"c": "j", "C": "J"})
_TURKIC_LETTERS = frozenset("əƏıİşŞğĞçÇöÖüÜ")


def _is_turkic(name: str) -> bool:
    """Written in the Azerbaijani/Turkish alphabet, where "c" is /dʒ/ and "x" is /x/."""
    return any(char in _TURKIC_LETTERS for char in name)


# Letters other romanisations use for a sound the skeleton classes spell another way: "c" and
# "tz" as /ts/ (Armenian, Slavic: "Covinar" for Tsovinar), "j" as the glide /j/ (German, Dutch,
# Slavic: "Jelpin" for Yelpin) or as /dz/ ("Kornijor" for Kornidzor), a word-initial "o" that
# Armenian spells "vo" ("Ostan" for Vostan); and the other way, "ts"/"tz"/"ch" as "c"
# ("Hartmanitz" for Hartmanice), "kh" as "h", "s" and "z" for each other.
_RESPELLINGS = (
    (patterns.compile("tz"), "ts"),
    (patterns.compile("c(?!h)"), "ts"),
    (patterns.compile("j"), "y"),
    (patterns.compile("j"), "dz"),
    (patterns.compile(r"^o"), "vo"),
    (patterns.compile("t[sz]|ch"), "c"),
    (patterns.compile("kh"), "h"),
    (patterns.compile("z"), "s"),
    (patterns.compile("s(?!h)"), "z"),
)


def respellings(name: str) -> list[str]:
    """Folded forms of ``name`` read with another romanisation's letter values, whose
    :func:`skeletons` find spellings of the same name in the other system."""
    text = fold(name)
    found = []
    for pattern, replacement in _RESPELLINGS:
        other = pattern.sub(replacement, text)
        if other != text and other not in found:
            found.append(other)
    return found


def skeleton(name: str) -> str:
    """The first (canonical) skeleton, for display and evidence."""
    return min(skeletons(name), key=lambda v: (len(v), v))


# Arabic letters in the same sound classes as ``LETTERS``: a word machine translation read back
# from Arabic script keeps the consonants and loses the short vowels Arabic does not write. Alif,
# ya, ha, ain and hamza carry no class (Latin "h" and "y" carry none either); waw is either a
# vowel or "w"/"v"; ba may stand for "p", fa for "v" (Arabic has neither letter).
ARABIC_CLASSES: dict[str, tuple[str, ...]] = {
    "ب": ("B", "P"),
    "ت": ("T",),
    "ث": ("S", "T"),
    "ج": ("J",),
    "ح": ("",),
    "خ": ("K",),
    "د": ("D",),
    "ذ": ("Z", "D"),
    "ر": ("R",),
    "ز": ("Z",),
    "س": ("S",),
    "ش": ("S",),
    "ص": ("S",),
    "ض": ("D", "Z"),
    "ط": ("T",),
    "ظ": ("Z",),
    "ع": ("",),
    "غ": ("K",),
    "ف": ("F", "V"),
    "ق": ("K",),
    "ك": ("K",),
    "ل": ("L",),
    "م": ("M",),
    "ن": ("N",),
    "ه": ("",),
    "و": ("", "V"),
    "ي": ("",),
    "ا": ("",),
}


@lru_cache(maxsize=65536)
def arabic_skeletons(text: str) -> frozenset[str]:
    """Consonant skeletons of an Arabic-script spelling, in the classes of :func:`skeletons`,
    so that "Gabriel" (JBRL) meets جبرائيل (JBRL) and "Khojawound" (KJVND) meets خوجاوند."""
    key = arabic_key(text)
    if key.startswith("ال") and len(key) > 4:
        key = key[2:]  # the article: "الفضولي" is Fuzuli
    variants = [""]
    for char in key:
        options = ARABIC_CLASSES.get(char)
        if options is None:
            continue
        if len(variants) * len(options) > MAX_VARIANTS:
            options = options[:1]
        variants = [v + o if o and not v.endswith(o) else v for v in variants for o in options]
    return frozenset(variants)


# What :func:`arabic_key` does to each character after NFKC, in one ``str.translate``: the
# format characters and the diacritics dropped, then the letters folded (``_ARABIC_FOLD``); each
# of these works on one character at a time, so one table does all three (of the 5,000 keys a
# garble-dense article's check makes, three regular-expression passes took two thirds)
_ARABIC_KEY_TABLE = {
    **_ARABIC_FOLD,
    **dict.fromkeys(_FORMAT_CHARACTER_CODES, None),
    **dict.fromkeys(_ARABIC_DIACRITIC_CODES, None),
}


@lru_cache(maxsize=65536)
def arabic_key(text: str) -> str:
    """Arabic-script spelling normalised: hamza forms, ya/kaf variants, taa marbuta, diacritics,
    and invisible format characters (the direction marks and the Persian zero-width non-joiner
    that GeoNames' Arabic names and pasted copy carry: "الابيار\u200e" is الابيار); no
    whitespace (``str.split()`` splits on the characters a regular expression's whitespace
    class matches: ``Py_UNICODE_ISSPACE``)."""
    return "".join(unicodedata.normalize("NFKC", text).translate(_ARABIC_KEY_TABLE).split())


_ARABIC_BLOCK = patterns.compile("[\u0600-\u06ff]")  # the Arabic block, U+0600 to U+06FF


def is_arabic(text: str) -> bool:
    """A character of the Arabic block (a search in C: asked for every name a check reads)."""
    return _ARABIC_BLOCK.search(text) is not None
