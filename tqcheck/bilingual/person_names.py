"""People's names of an Arabic source sentence against the English sentence aligned with it.

A name of several words in the target ("Ehud Ur"), one word of which renders a source word
(أور) while another renders nothing in the source, and the source word next to the rendered one
(إيهود) rendered by nothing in the target: the name was changed; so when both words of a name
render nothing while the source has unrendered names at the same place. A name of one word
renamed ("Novak" where the source writes هوهني) is read within its sentence when the target word
is a recorded name, else with the names the rest of the document writes (:func:`renamed_alone`).
Each is also read by its slot: the source word beside the anchor's reading, or between the
source words that the target's neighbouring names render, is the name a stranger stands for
(:func:`_renamed_in_slot`, :func:`_whole_in_slot`, :func:`_alone_in_slot`).

Name-likeness is read from data: Arabic given names, titles and verbs of saying
(``tqcheck/data/arabic_given_names.txt``, ``arabic_name_neighbours.txt``), English titles
(``english_name_titles.txt``), the US census lists of surnames and given names (the ``names``
package), and word frequencies (wordfreq).

Whether a target word renders a source word is read by consonant skeletons
(:mod:`tqcheck.arabic.names`); the test is tolerant, so that a name is reported only when
nothing in the source can account for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from tqcheck.arabic.names import (
    arabic_word_skeletons,
    given_names,
    known_place_by_english,
    latin_skeletons,
    renders,
)
from tqcheck.bilingual.name_words import (
    ARABIC_WORD,
    NameMismatch,
    Word,
    cached_renders,
    capitalised_runs,
    target_words,
    unmarked,
    zipf,
)
from tqcheck.gazetteer.keys import arabic_key
from tqcheck.lexicon import word_list

if TYPE_CHECKING:
    from tqcheck.gazetteer.geonames import GeoNamesIndex

# Endings of ordinary Arabic words, not of names: pronouns, the feminine and plural endings.
_NOT_NAME_ENDINGS = ("ها", "هم", "هما", "كم", "نا", "ه", "ات", "ون", "ين")

# Arabic frequency (Zipf) from which a source word is an ordinary word, not a name.
_COMMON_ARABIC = 4.0

_ARTICLES = ("ال", "وال", "بال", "فال", "كال", "لل")
# A stranger in a person's name must be this rare in English, or a listed given name.
_NAME_ENGLISH = 3.5
# A source word standing alone for a renamed person must be this rare in Arabic.
_RARE_NAME = 3.0
# A target word beside a rendered part of a name is itself part of it under this English
# frequency ("Brennan", "Harris"; not "Minister", "Committee").
_NAME_PART_ENGLISH = 4.3
# A source word beside a rendered part of a name is the unrendered part under this Arabic
# frequency: foreign given names are common words of Arabic news (جيف, لورين, شون: 4.0-4.1).
_BESIDE_ARABIC = 4.7
# Proclitics read off a source word only when what is left is a word of three letters or more
# ("بالين" is Palin, not بال + ين).
# A lone stranger that is a recorded name stands for a lone unrendered source name when their
# relative places in their sentences differ by no more than this (else the document must render
# the name).
_ALONE_DRIFT = 0.25
# The same for a whole name of two words (two neighbouring source names are rarer by chance).
_WHOLE_DRIFT = 0.4
# A source word that ends in a pronoun is a word and that pronoun when the rest is this frequent.
_PRONOUN_STEM = 3.3
# An English word that is an inflected common word ("Undergoes": undergo) is no name.
_ENGLISH_STEM = 3.0
# A source word that opens with the article is an ordinary word when the rest is this frequent.
_ARTICLE_REST = 3.0
# Census surnames and given names read as names (beyond, ordinary words: "Naval" is the
# 22,042nd surname, "Tory" the 969th male given name).
_SURNAMES = 10_000
_GIVEN = 800
_BESIDE_PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
# A stranger's loose reading of a source word this many words from the name's other part or
# nearer may be its rendering; farther off it is chance ("Okafor" reads صفراء).
_SLOT_REACH = 2
# A lone renamed name's slot (between the source words its target neighbours render) spans at
# most this many source words.
_SLOT_SPAN = 12
# Short words MT sources run together with the next word ("منأوفي": من أوفي, of Ovie).
_RUN_TOGETHER = ("من", "في", "عن", "على", "الى", "ما", "لا")
# A source word beside a rendered part of a name is the unrendered part under this Arabic
# frequency when the stranger beside the name is read by its slot (ستيفن, Steven, 4.4; جبل,
# mountain, 4.7).
_SLOT_ARABIC = 4.45
# "ال" and a word makes an ordinary word from this frequency ("التري" 1.1 is none: فالتري is a
# name, Valtteri).
_ARTICLE_WORD = 2.0
# One word of a source pair read as a whole renamed name is a listed given name or this rare,
# or neither word has a letter of :data:`_NATIVE_LETTERS` ("جيف ديل", Geoff Diehl).
_RARE_PAIR = 3.5
# Arabic letters that transliterations of foreign names hardly use (sounds English lacks).
_NATIVE_LETTERS = frozenset("ضظحعصقذء")
# A Latin word a source sentence writes as such (a quoted title, a brand).
_LATIN_WORD = re.compile(r"[A-Za-z][a-z]+")
# A place of GeoNames this big (or a country or subdivision) is "another real place".
_REAL_PLACE_POPULATION = 15_000


def renamed(
    source_words: list[tuple[str, int, int]],
    rendered_source: set[int],
    words: list[Word],
    target: str,
) -> list[NameMismatch]:
    """A name of several words in the target, one rendering a source word and one rendering
    nothing, where the source word beside the rendered one is rendered by nothing."""
    words, rendered_source = _with_opening_name(source_words, rendered_source, words, target)
    findings: list[NameMismatch] = []
    for i, j, _ in capitalised_runs(words, target):
        if j - i < 2:
            continue
        chosen = words[i:j]
        claimed = [w for w in chosen if w.named and not _claimed(w, words, source_words)]
        anchors = [w for w in chosen if w.accounted and w.named and w not in claimed]
        strangers = [w for w in chosen if not w.named or w in claimed]
        if len(anchors) != 1 or len(strangers) != 1:
            continue
        stranger = strangers[0]
        if not _name_part(stranger.text) or "-" in stranger.text:
            continue
        anchor = anchors[0]
        before = chosen.index(stranger) < chosen.index(anchor)
        sides = []
        for index, (arabic, _, _) in enumerate(source_words):
            if index in rendered_source and cached_renders(arabic, anchor.text):
                sides.append((index, index - 1 if before else index + 1))
        if not sides:
            continue
        # A reading without the article wins over those with it ("Satoru" renders ساتورو, and
        # also الستار, "the curtain"; "Hamid" حامد and الحمد, "praise").
        named = [
            (index, beside)
            for index, beside in sides
            if not arabic_key(source_words[index][0]).startswith(_ARTICLES)
        ]
        sides = named or sides
        # An exact reading wins over loose ones ("Laverne" is لافيرن, not لورين).
        exact = [side for side in sides if renders(source_words[side[0]][0], anchor.text, True)]
        sides = exact or sides
        # Every source word the anchor may render must have beside it a name nothing renders,
        # or the anchor renders both words of a source name ("Rod" reads رود and ريد) and the
        # other one is that name.
        others: list[tuple[int, str]] = []
        paired: list[tuple[int, str]] = []
        for index, beside in sides:
            if not 0 <= beside < len(source_words):
                continue
            other = source_words[beside][0]
            if not _beside_name(other) or _resembles(other, stranger.text):
                continue
            if _apart(source_words, index, beside):
                continue  # a quoted name, a list: the word beside it is no part of it
            if beside not in rendered_source:
                others.append((index, other))
            elif not any(w is not anchor and cached_renders(other, w.text) for w in words):
                paired.append((index, other))
        if len(others) == len(sides) or paired:
            side = others[0] if len(others) == len(sides) else paired[0]
            findings.append(_person_finding(source_words, side, stranger, before))
    findings.extend(_renamed_whole(source_words, rendered_source, words, target))
    findings.extend(_renamed_in_slot(source_words, target))
    findings.extend(_whole_in_slot(source_words, target))
    seen: set[tuple[int, int]] = set()
    unique = []
    for finding in findings:
        if finding.target_span not in seen:
            seen.add(finding.target_span)
            unique.append(finding)
    return unique


def _renamed_in_slot(source_words: list[tuple[str, int, int]], target: str) -> list[NameMismatch]:
    """A name of several words in the target whose one word (the stranger) renders no source
    word exactly, beside a word (the anchor) that renders a source word exactly, where the
    source word on the stranger's side of that one is a name nothing else in the target renders
    ("Okafor Macpherson" for بلاير ماكفيرسون; "Rampro Moreau" where every other كانجار is
    written "Kanjar"). The stranger's loose readings of source words away from the name are
    chance ("Okafor" reads صفراء); the source word is unrendered when the target renders fewer
    of its occurrences than the source writes, counting a loose reading only by a word that
    reads no other source word exactly and may be a name ("Hurricane" reads يوجينيا loosely:
    no rendering of it)."""
    # A name opening the sentence is capitalised for two reasons ("Dieter Kempf" after a
    # closing quote): any opening word rarer than an everyday word may be part of one.
    words = [
        word
        for word in target_words(target)
        if not word.plain or zipf(word.text.lower()) < _NAME_PART_ENGLISH
    ]
    if len(words) < 2 or not source_words:
        return []
    pairs = []
    for i, j, _ in capitalised_runs(words, target):
        if j - i == 2:
            pairs.append((words[i], words[i + 1], True))
            pairs.append((words[i + 1], words[i], False))
    if not pairs:
        return []
    every = [w for w in target_words(target) if latin_skeletons(w.text)]
    texts = [arabic for arabic, _, _ in source_words]
    findings: list[NameMismatch] = []
    for stranger, anchor, before in pairs:
        if "-" in stranger.text or not (
            _name_part(stranger.text) or renders_arabic_given_name(stranger.text)
        ):
            continue
        run = sorted((stranger, anchor), key=lambda w: w.start)
        if known_place_by_english(target[run[0].start : run[1].end]):
            continue  # "Hong Kong"

        if any(c.isupper() for c in stranger.text[1:]):
            continue  # "MacDonald" is read by its own skeleton; a handle or brand is no name
        sides = _exact_readings(texts, anchor.text)
        if not sides:
            continue
        # A name written several times may be spelt loosely once ("Kanjar" for كانجا).
        sides += [
            k
            for k, arabic in enumerate(texts)
            if k not in sides
            and cached_renders(arabic, anchor.text)
            and _slot_name(arabic)
            and not any(cached_renders(arabic, w.text) for w in words if w.text != anchor.text)
        ]
        # Readings of words other target words render are theirs ("Okafor" reads وجون, which
        # "Jon" renders), and of ordinary words chance ("Khalil" reads قال, "Mensah" منصة).
        loose = [
            k
            for k, arabic in enumerate(texts)
            if cached_renders(arabic, stranger.text)
            and _opens_alike(arabic, stranger.text)
            and _beside_name(arabic)
            and not any(cached_renders(arabic, w.text) for w in every if w.start != stranger.start)
        ]
        exact = [
            k
            for k in _exact_readings(texts, stranger.text)
            if _beside_name(texts[k])
            and not any(
                k in _exact_readings(texts, w.text) or _loose_rendering(texts, k, w)
                for w in every
                if w.start != stranger.start
            )
        ]
        if any(abs(k - side) <= _SLOT_REACH for k in exact for side in sides):
            continue  # it renders a name of the source beside the anchor's exactly ("Janet")
        # A source word the stranger reads is its own, not the anchor's ("Kong" كونغ, which
        # "Hong" also reads); a word beside any of the anchor's readings that the stranger may
        # render is its rendering (a name written several times).
        sides = [k for k in sides if not cached_renders(texts[k], stranger.text)]
        besides = [k - 1 if before else k + 1 for k in sides]
        if any(
            0 <= b < len(texts)
            and _slot_resembles(texts[b], stranger.text)
            and not any(
                cached_renders(texts[b], w.text) for w in every if w.start != stranger.start
            )
            for b in besides
        ):
            continue
        for index, beside in zip(sides, besides, strict=True):
            if not 0 <= beside < len(texts) or beside in sides:
                continue
            if any(abs(k - index) <= _SLOT_REACH for k in loose):
                continue
            other = texts[beside]
            if _apart(source_words, index, beside):
                continue  # a quoted name, a list: the word beside it is no part of it
            if not _slot_name(other) or _slot_resembles(other, stranger.text):
                continue
            if not _unaccounted(texts, beside, every, stranger):
                continue
            findings.append(_person_finding(source_words, (index, other), stranger, before))
            break
    return findings


def _whole_word(arabic: str) -> bool:
    """A source word that is no article or particle before a word ("للرغبي", "ليروح",
    "سيحث": rugby, to go, will urge)."""
    key = arabic_key(arabic)
    if key.startswith(_ARTICLES):
        return False
    for prefix in ("وس", "فس", "ول", "فل", "س", "ل", "و", "ف", "ب", "ك"):
        rest = key[len(prefix) :]
        if key.startswith(prefix) and len(rest) >= 3 and zipf(rest, "ar") >= _ARTICLE_REST:
            return False
    for word in _RUN_TOGETHER:
        rest = key[: -len(word)]
        if key.endswith(word) and len(rest) >= 3 and zipf(rest, "ar") >= _ARTICLE_REST:
            return False  # a word run together with the next ("بطولتهعلى": بطولته على)
    return True


@lru_cache(maxsize=65536)
def renders_arabic_given_name(latin: str) -> bool:
    """Whether an English word renders a listed Arabic given name exactly ("Hussein" حسين,
    "Khalil" خليل): a name, however common the word is in English text."""
    if (
        latin.lower() in word_list("english_name_titles")
        or zipf(latin.lower()) >= _NAME_PART_ENGLISH
    ):
        return False  # a title, or an everyday English word ("Airport" reads عارف)
    return any(
        renders(name, latin, strict=True) and cached_renders(name, latin)
        for name in _given_arabic()
    )


def _apart(source_words: list[tuple[str, int, int]], one: int, other: int) -> bool:
    """Whether two neighbouring source words are apart by more than a space (punctuation,
    a quote, Latin text)."""
    first, last = sorted((one, other))
    return source_words[last][1] - source_words[first][2] != 1


def _exact_readings(texts: list[str], latin: str) -> list[int]:
    """The source words (indexes) that ``latin`` renders exactly."""
    return [
        k
        for k, arabic in enumerate(texts)
        if cached_renders(arabic, latin) and renders(arabic, latin, strict=True)
    ]


def _loose_rendering(texts: list[str], index: int, word: Word) -> bool:
    """Whether ``word``, a name that renders no source word exactly, renders source word
    ``index`` loosely: its rendering, which a stranger's exact reading of it does not take
    ("Rory" reads وروري only loosely; "Ferreira" reads it exactly, as و + روري)."""
    return (
        cached_renders(texts[index], word.text)
        and _opens_alike(texts[index], word.text)
        and (_name_part(word.text) or recorded_name(word.text))
        and not _exact_readings(texts, word.text)
    )


def _unaccounted(texts: list[str], index: int, every: list[Word], stranger: Word) -> bool:
    """Whether the target renders fewer occurrences of source word ``index`` than the source
    writes: a target word renders it exactly, or loosely when it renders no other source word
    exactly and may be a name (not "Hurricane", "Lawn"). A name written several times may be
    spelt loosely once: a source name that every word rendering ``index`` exactly reads too,
    and no other word reads exactly, is one more occurrence ("كانجا" beside four كانجار, all
    written "Kanjar")."""
    key = arabic_key(texts[index])
    occurrences = [k for k, arabic in enumerate(texts) if arabic_key(arabic) == key]
    renderers = 0
    readers: list[Word] = []
    for word in every:
        if word is stranger or word.start == stranger.start:
            continue
        if not cached_renders(texts[index], word.text):
            continue
        exact = _exact_readings(texts, word.text)
        loose_name = (
            not exact
            and _opens_alike(texts[index], word.text)
            and (_name_part(word.text) or recorded_name(word.text))
        )
        if any(k in occurrences for k in exact):
            readers.append(word)
        renderers += any(k in occurrences for k in exact) or loose_name
    if renderers < len(occurrences):
        return True
    variants = [
        k
        for k, arabic in enumerate(texts)
        if readers
        and k not in occurrences
        and _slot_name(arabic)
        and all(cached_renders(arabic, w.text) for w in readers)
        and not any(k in _exact_readings(texts, w.text) for w in every if w.start != stranger.start)
    ]
    return renderers < len(occurrences) + len(variants)


@lru_cache(maxsize=65536)
def _slot_name(arabic: str) -> bool:
    """A source word beside a rendered name that is the unrendered part of it: a listed
    Arabic given name; a word unknown to the frequency list as written, of four to nine letters,
    no article ("فالتري", Valtteri, though فال + تري reads as a particle and a word); or a word
    :func:`_beside_name` takes that opens with no article ("الإفريقي"), ends with no plural of
    a word ("زوجات"; "جلين", Glenn, is no plural of جل) and is no particle and word ("بجروح";
    "و" before a name is common: "ولوكا")."""
    if arabic in _given_arabic():
        return True
    key = arabic_key(arabic)
    if unmarked(arabic) != arabic:
        return False
    for article in _ARTICLES:
        # An article that makes no attested word ("فالتري": التري is none) opens a name.
        if key.startswith(article) and (
            zipf(arabic, "ar") > 0 or zipf("ال" + key[len(article) :], "ar") >= _ARTICLE_WORD
        ):
            return False
    if any(
        key.startswith(p) and len(key) - len(p) >= 4 and zipf(key[len(p) :], "ar") >= _ARTICLE_REST
        for p in ("وس", "فس", "س", "ول", "ل")
    ):
        return False  # a future or a purpose and a verb ("سيتفوق", will beat)
    if zipf(arabic, "ar") == 0 and 4 <= len(key) <= 9 and arabic_word_skeletons(arabic):
        return not (arabic in _neighbours() or key in _neighbours() or key.endswith(("ه", "ى")))
    if not _beside_name(arabic) or key.endswith("ات") or zipf(arabic, "ar") >= _SLOT_ARABIC:
        return False
    for ending in ("ون", "ين"):
        stem = key[: -len(ending)]
        if key.endswith(ending) and len(stem) >= 4 and zipf(stem, "ar") >= _ARTICLE_REST:
            return False  # a plural ("مذهولين"; "براون", Brown, is no plural of برا)
    # "و" (and) before a name is common in a list of names ("ولوكا"): read beside_name's
    # test for it; other particles before a word that is common by itself make a word.
    for prefix in (p for p in _BESIDE_PROCLITICS if p not in ("و", "ف")):
        rest = arabic[len(prefix) :]
        if (
            arabic.startswith(prefix)
            and len(rest) >= (3 if len(prefix) > 1 else 4)  # "بابا" is Baba
            and zipf(rest, "ar") >= _ARTICLE_REST
        ):
            return False
    return True


def _slot_resembles(arabic: str, latin: str) -> bool:
    """Whether ``latin`` may be a spelling of ``arabic`` (or of its end, for a word run
    together with a particle before it: "منأوفي", Ovie) the letter table misses: skeletons a
    third of their classes apart, half apart from the same first class in skeletons of five
    or more, or apart only in classes transliteration confuses."""
    key = arabic_key(arabic)
    tails = [
        key[len(word) :]
        for word in _RUN_TOGETHER
        if key.startswith(word) and len(key) > len(word) + 2
    ]
    if any(cached_renders(form, latin) and _opens_alike(form, latin) for form in (arabic, *tails)):
        return True
    # Words run together ("تجمعلدونالد": a rally for Donald): an end the word renders exactly.
    if len(key) >= 7 and any(
        renders(key[cut:], latin, strict=True) for cut in range(2, len(key) - 2)
    ):
        return True
    if not _opens_alike(arabic, latin):
        return False
    latins = latin_skeletons(latin)
    if latin.lower().endswith("gh"):
        latins |= latin_skeletons(latin[:-2])
    for a in arabic_word_skeletons(arabic):
        for t in latins:
            longest = max(len(a), len(t))
            if longest >= 3 and edits(a, t) <= max(1, longest // 3):
                return True
            if longest >= 5 and a[:1] == t[:1] and edits(a, t) <= longest // 2:
                return True
            if _confused_edits(a, t) <= longest // 4:
                return True
    return False


# Latin letters a transliteration opens with for an Arabic name opening with a long vowel or
# ع ("Ehud" إيهود, "Omar" عمر, "Yassin" ياسين, "Hamid" عبد الحميد as "Abdel Hamid"), or with و
# ("Walid" وليد, "Ouattara" واتارا).
_VOWEL_OPENINGS = {"ا": "aeiouyh", "ع": "aeiouyh", "و": "wv"}
# Particles MT runs into a name ("وأريال": and Ariel), with the Latin openings of the letter
# itself when it opens the name (ب is "b" or "p").
_PARTICLE_OPENINGS = {"و": "wv", "ب": "bpv", "ل": "l", "ف": "fvp", "ك": "kcgqx"}


@lru_cache(maxsize=65536)
def _opens_alike(arabic: str, latin: str) -> bool:
    """Whether ``latin`` may open as ``arabic`` does: a name the Arabic opens with a long
    vowel or ع is no name the Latin opens with a consonant ("Brennan" is no spelling of
    أريانا, "Ferreira" none of أجويرو), unless that alef stands before the two consonants the
    Latin opens with ("Ng" انج, "Stefan" استيفان; not "Tanaka" for اتفاقي). A particle run into
    the name is read off when the Latin does not open with it ("وأريال", and Ariel, is no
    "Ferruchi"), and then a Latin vowel opens no name the particle stands before a consonant
    of ("بلاير", Blair, is no "Oyelaran"; "وغوس", and Gus, no "Okafor"); an article opens
    anything. (A Latin vowel for an Arabic consonant is otherwise left alone: the Arabic of a
    professional translation may respell the name, غلين for "Elin".)"""
    key = arabic_key(arabic)
    first = "w" if latin.lower().startswith("ou") else latin[:1].lower()  # French "Ouattara"
    if len(key) < 2 or not first.isalpha():
        return True
    forms = [key]
    if key[0] in _PARTICLE_OPENINGS and first not in _PARTICLE_OPENINGS[key[0]]:
        if first in "aeiou" and key[1] not in "اعيوه":
            return False  # a particle before a consonant ("بلاير" is no "Oyelaran")
        forms.append(key[1:])
    for form in forms:
        if form.startswith("ال") or len(form) < 2 or form[0] not in _VOWEL_OPENINGS:
            return True
        if first in _VOWEL_OPENINGS[form[0]]:
            return True
        if form[0] == "ا" and len(latin) > 1 and latin[1].lower() not in "aeiouy":
            # An alef before the Latin's opening cluster: the same class opens both.
            heads = {s[:1] for s in arabic_word_skeletons(form[1:])}
            if heads & {s[:1] for s in latin_skeletons(latin)}:
                return True
    return False


def _claimed(word: Word, words: list[Word], source_words: list[tuple[str, int, int]]) -> bool:
    """Whether ``word`` renders a source word of its own: exactly, or loosely one that no
    other target word renders exactly ("Evans" reads كونور only loosely, and "Connor" reads it
    exactly: Evans renders nothing)."""
    for arabic, _, _ in source_words:
        if not cached_renders(arabic, word.text):
            continue
        if renders(arabic, word.text, strict=True):
            return True
        if not any(w is not word and renders(arabic, w.text, strict=True) for w in words):
            return True
    return False


def _opening_name(word: Word) -> bool:
    """A sentence's first word that is a recorded name, not an everyday word ("Brennan said";
    not "The", "Will")."""
    return recorded_name(word.text) and zipf(word.text.lower()) < _NAME_PART_ENGLISH


def _with_opening_name(
    source_words: list[tuple[str, int, int]],
    rendered_source: set[int],
    words: list[Word],
    target: str,
) -> tuple[list[Word], set[int]]:
    """``words`` with the sentence's opening word when it is a recorded name (the caller
    leaves out opening words common in English), its renderings read like the others'."""
    opening = [w for w in target_words(target) if w.plain and _opening_name(w)]
    if not opening:
        return words, rendered_source
    rendered = set(rendered_source)
    for word in opening:
        for index, (arabic, _, _) in enumerate(source_words):
            if cached_renders(arabic, word.text):
                word.accounted = True
                rendered.add(index)
                word.named = word.named or name_like(arabic) or renders(arabic, word.text, True)
    return sorted([*words, *opening], key=lambda w: w.start), rendered


def _renamed_whole(
    source_words: list[tuple[str, int, int]],
    rendered_source: set[int],
    words: list[Word],
    target: str,
) -> list[NameMismatch]:
    """A name of two words in the target, neither rendering anything in the source, one a
    recorded name, where the source has, at the same relative place, two neighbouring
    name-like words that nothing in the target renders: the whole name was changed."""
    if not source_words:
        return []
    runs = [(i, j) for i, j, _ in capitalised_runs(words, target) if j - i == 2]
    joined = {(i, j) for i, j, _ in capitalised_runs(words, target)}
    findings = []
    for i, j in runs:
        if (i - 1, j) in joined or (i, j + 1) in joined:
            continue  # part of a longer name
        chosen = words[i:j]
        if any(w.accounted or "-" in w.text or not _name_part(w.text) for w in chosen):
            continue
        if not any(recorded_name(w.text) for w in chosen):
            continue
        where = chosen[0].start / max(1, len(target))
        pairs = [
            k
            for k in range(len(source_words) - 1)
            if k not in rendered_source
            and k + 1 not in rendered_source
            and not source_words[k + 1][1] - source_words[k][2] > 1
            and _beside_name(source_words[k][0])
            and _beside_name(source_words[k + 1][0])
            and abs(source_words[k][1] / max(1, source_words[-1][2]) - where) <= _WHOLE_DRIFT
        ]
        if not pairs or pairs[-1] - pairs[0] >= len(pairs):
            continue  # none, or apart: which is the name is not known
        k = pairs[0]
        arabic = (source_words[k][0], source_words[k + 1][0])
        if any(_resembles(a, w.text) for a in arabic for w in chosen):
            continue
        run = target[chosen[0].start : chosen[-1].end]
        message = f"the source writes {arabic[0]} {arabic[1]}; the target's {run!r} renders neither"
        findings.append(NameMismatch("person", (chosen[0].start, chosen[-1].end), message))
    return findings


def _person_finding(
    source_words: list[tuple[str, int, int]],
    side: tuple[int, str],
    stranger: Word,
    before: bool,
) -> NameMismatch:
    index, other = side
    rendered = source_words[index][0]
    written = f"{other} {rendered}" if before else f"{rendered} {other}"
    message = f"the source writes {written}; the target's {stranger.text!r} does not render {other}"
    return NameMismatch("person", (stranger.start, stranger.end), message)


@lru_cache(maxsize=8192)
def rendered_names(source: str, target: str) -> frozenset[str]:
    """The source's name-like words (folded, without an attached particle) that a name of
    ``target`` (a capitalised word rare in English, or a given name) renders exactly: the names
    a document is known to write ("English" renders إنجليش, but is no name)."""
    words = [w for w in target_words(target) if not w.plain and _person_like(w.text)]
    found: set[str] = set()
    for match in ARABIC_WORD.finditer(source):
        keys = _lone_keys(match.group())
        if keys and any(
            cached_renders(match.group(), word.text)
            and renders(match.group(), word.text, strict=True)
            for word in words
        ):
            found |= keys
    return frozenset(found)


def renamed_alone(
    source: str,
    target: str,
    document_names: frozenset[str] | Callable[[], frozenset[str]],
    geonames: GeoNamesIndex | None,
) -> list[NameMismatch]:
    """A name of one word renamed ("Novak" where the source writes هوهني): the source has
    exactly one name-like word that nothing in the target renders, and the target exactly one
    name that renders nothing in the source and is no real place, alone (not beside another
    name), shaped unlike that word and no word derived from a place. The pair is enough when
    the target word is a recorded name standing at about the source word's place in the
    sentence (:data:`_ALONE_DRIFT`); otherwise the document must render that source word in
    another sentence (``document_names``, from :func:`rendered_names`; may be given as a
    function, called only when a sentence needs it)."""
    every = target_words(target)
    words = [word for word in every if not word.plain or _opening_name(word)]
    if not any(_name_part(word.text) for word in words):
        return []  # no name that could stand for another
    # A name the source writes in Latin letters ("Bells of Coronado" quoted) is rendered.
    latin = {w.lower() for w in _LATIN_WORD.findall(source)}
    if latin:
        words = [word for word in words if word.text.lower() not in latin]
    source_words = [(m.group(), m.start(), m.end()) for m in ARABIC_WORD.finditer(source)]
    rendered_source: set[int] = set()
    for word in words:
        for index, (arabic, _, _) in enumerate(source_words):
            if cached_renders(arabic, word.text):
                rendered_source.add(index)
                # A loose reading of an ordinary word (a word of two letters may be a name:
                # رو, Roe), or of one that opens unlike the name, is chance ("Brennan" reads
                # والدوران, and the rotation), as in :func:`_alone_in_slot`.
                if renders(arabic, word.text, strict=True) or (
                    (_beside_name(arabic) or len(arabic_key(arabic)) < 3)
                    and _opens_alike(arabic, word.text)
                ):
                    word.accounted = True
    found = _renamed_alone(source_words, rendered_source, words, target, geonames, document_names)
    return found or _alone_in_slot(source_words, target, geonames, latin)


def _whole_in_slot(source_words: list[tuple[str, int, int]], target: str) -> list[NameMismatch]:
    """A whole name of two words renamed, read by its slot: neither word renders a name of
    the source, one is a recorded name, and between the nearest target words on either side
    that render a source word exactly, the source has exactly one pair of neighbouring names
    nothing renders ("... Trump ... Rep. Ivan Kowalski" where the source writes ترامب ...
    جيف ديل). Bounded as :func:`_alone_in_slot` is (with :data:`_WHOLE_DRIFT` for one side)."""
    texts = [arabic for arabic, _, _ in source_words]
    # Every capitalised word may bound the slot ("Trump said ..." opens the sentence).
    every = [word for word in target_words(target) if latin_skeletons(word.text)]
    if len(texts) < 2 or len(every) < 2:
        return []
    runs = [(i, j) for i, j, _ in capitalised_runs(every, target) if j - i == 2]
    joined = {(i, j) for i, j, _ in capitalised_runs(every, target)}
    findings: list[NameMismatch] = []
    exact: list[list[int]] | None = None
    for i, j in runs:
        if ((i - 1, j) in joined and _name_part(every[i - 1].text)) or (
            (i, j + 1) in joined and _name_part(every[j].text)
        ):
            continue  # part of a longer name (a title before it is not: "Representative")
        pair = every[i:j]
        if any(w.plain and not _opening_name(w) for w in pair):
            continue
        if any(
            "-" in w.text or not (_name_part(w.text) or renders_arabic_given_name(w.text))
            for w in pair
        ):
            continue
        if not any(recorded_name(w.text) or renders_arabic_given_name(w.text) for w in pair):
            continue
        if any(c.isupper() for w in pair for c in w.text[1:]):
            continue
        if known_place_by_english(target[pair[0].start : pair[1].end]):
            continue
        if exact is None:
            exact = [_exact_readings(texts, word.text) for word in every]
        others = [w for k, w in enumerate(every) if k not in (i, i + 1)]
        rendered = {
            index
            for index, arabic in enumerate(texts)
            if any(cached_renders(arabic, w.text) for w in others)
        }
        # The pair may read no name of the source nothing else renders.
        if any(
            cached_renders(arabic, w.text) and _beside_name(arabic)
            for index, arabic in enumerate(texts)
            if index not in rendered
            for w in pair
        ):
            continue
        left = next((k for k in range(i - 1, -1, -1) if exact[k]), None)
        right = next((k for k in range(j, len(every)) if exact[k]), None)
        if left is None and right is None:
            continue
        high = min(exact[right]) if right is not None else len(texts)
        low = max([p for p in exact[left] if p < high], default=-1) if left is not None else -1
        if high - low - 1 > _SLOT_SPAN:
            continue
        pairs = [
            k
            for k in range(low + 1, high - 1)
            if k not in rendered
            and k + 1 not in rendered
            and not _apart(source_words, k, k + 1)
            and _slot_name(texts[k])
            and _slot_name(texts[k + 1])
        ]
        if len(pairs) != 1:
            continue
        k = pairs[0]
        arabic = (texts[k], texts[k + 1])
        if any(_slot_resembles(a, w.text) for a in arabic for w in pair):
            continue
        if not (
            any(a in _given_arabic() or zipf(a, "ar") < _RARE_PAIR for a in arabic)
            or not any(set(a) & _NATIVE_LETTERS for a in arabic)
        ):
            continue  # two everyday words ("ضواحي خليج", the harbour's suburbs)
        where = pair[0].start / max(1, len(target))
        drift = abs(source_words[k][1] / max(1, source_words[-1][2]) - where)
        if (left is None or right is None) and drift > _WHOLE_DRIFT:
            continue
        run = target[pair[0].start : pair[1].end]
        message = f"the source writes {arabic[0]} {arabic[1]}; the target's {run!r} renders neither"
        findings.append(NameMismatch("person", (pair[0].start, pair[1].end), message))
    return findings


def _alone_in_slot(
    source_words: list[tuple[str, int, int]],
    target: str,
    geonames: GeoNamesIndex | None,
    latin: set[str] | frozenset[str] = frozenset(),
) -> list[NameMismatch]:
    """A name of one word renamed, read by its slot: the target's one name that renders no
    source word, alone, and between the nearest target words on either side that render a
    source word exactly, the source has exactly one rare name-like word nothing renders
    ("... Hamilton ... invited Markham to attack" where the source writes هاملتون ...
    لفيتيل). The slot is bounded on both sides, or on one side with the two words at about
    the same place in their sentences (:data:`_ALONE_DRIFT`), and spans at most
    :data:`_SLOT_SPAN` source words."""
    texts = [arabic for arabic, _, _ in source_words]
    if not texts:
        return []
    every = [
        word
        for word in target_words(target)
        if latin_skeletons(word.text)
        and (not word.plain or zipf(word.text.lower()) < _NAME_PART_ENGLISH)
    ]
    exact = [_exact_readings(texts, word.text) for word in every]
    strangers = []
    for k, word in enumerate(every):
        if exact[k] or "-" in word.text or not _name_part(word.text):
            continue
        if word.text.lower() in latin:
            continue  # written in Latin letters in the source
        if any(c.isupper() for c in word.text[1:]) or (word.plain and not _opening_name(word)):
            continue
        lone = all(
            not re.fullmatch(r"[ -]", target[min(word.end, o.end) : max(word.start, o.start)])
            for o in every[max(0, k - 1) : k + 2]
            if o is not word
        )
        if lone and not _place_not_person(word.text, geonames):
            strangers.append(k)
    if len(strangers) != 1:
        return []
    k = strangers[0]
    stranger = every[k]
    if _derived(stranger.text, geonames):
        return []
    left = next((j for j in range(k - 1, -1, -1) if exact[j]), None)
    right = next((j for j in range(k + 1, len(every)) if exact[j]), None)
    high = min(exact[right]) if right is not None else len(texts)
    low = max([p for p in exact[left] if p < high], default=-1) if left is not None else -1
    rendered = {
        index
        for index, arabic in enumerate(texts)
        for j, word in enumerate(every)
        if j != k and cached_renders(arabic, word.text)
    }
    slot = [
        index
        for index in range(low + 1, high)
        if index not in rendered and _lone_name(texts[index]) and _whole_word(texts[index])
    ]
    # A loose reading of an ordinary word is chance ("Haddad" reads لهذا, for this).
    loose = [
        index
        for index in range(low + 1, high)
        if index not in rendered
        and cached_renders(texts[index], stranger.text)
        and _beside_name(texts[index])
        and _opens_alike(texts[index], stranger.text)
    ]
    if len(slot) != 1 or loose or high - low - 1 > _SLOT_SPAN:
        return []
    index = slot[0]
    name = texts[index]
    if _resembles(name, stranger.text) or _clipped(name, stranger.text):
        return []
    drift = abs(
        source_words[index][1] / max(1, source_words[-1][2]) - stranger.start / max(1, len(target))
    )
    if left is None and right is None:
        return []  # no slot: the within-sentence test of :func:`_renamed_alone` decides
    if (left is None or right is None) and drift > _ALONE_DRIFT:
        return []
    message = f"the source writes {name}; the target's {stranger.text!r} does not render it"
    return [NameMismatch("person", (stranger.start, stranger.end), message)]


def _renamed_alone(
    source_words: list[tuple[str, int, int]],
    rendered_source: set[int],
    words: list[Word],
    target: str,
    geonames: GeoNamesIndex | None,
    document_names: frozenset[str] | Callable[[], frozenset[str]],
) -> list[NameMismatch]:
    strangers = []
    for k, word in enumerate(words):
        if word.accounted or "-" in word.text or not _name_part(word.text):
            continue
        if any(c.isupper() for c in word.text[1:]):
            continue  # "LiverpoolFC", "MeToo": a handle or brand
        near = [
            other
            for other in words[max(0, k - 1) : k + 2]
            if other is not word
            and re.fullmatch(
                r"[ -]", target[min(word.end, other.end) : max(word.start, other.start)]
            )
        ]
        if near or _place_not_person(word.text, geonames):
            continue
        strangers.append(word)
    if len(strangers) != 1:
        return []
    names = [
        (arabic, start)
        for index, (arabic, start, _) in enumerate(source_words)
        if index not in rendered_source and _lone_name(arabic) and _whole_word(arabic)
    ]
    stranger = strangers[0]

    def drift_of(start: int) -> float:
        # Where the two stand in their sentences: a name and its rendering keep their place.
        return abs(start / max(1, source_words[-1][2]) - stranger.start / max(1, len(target)))

    if len(names) > 1:
        # Of several unrendered names, the one at the stranger's place ("... شاحنتي ... تيليس").
        names = [(arabic, start) for arabic, start in names if drift_of(start) <= _ALONE_DRIFT]
    if len(names) != 1:
        return []
    name, start = names[0]
    if _resembles(name, stranger.text) or _clipped(name, stranger.text):
        return []
    if _derived(stranger.text, geonames):
        return []
    drift = drift_of(start)
    # A recorded name, or a source word no Arabic text writes that is spelt as foreign names
    # are ("أكالا"; not a rare verb form: "تنتوي"), is named at the same place in the sentence.
    unknown = zipf(name, "ar") == 0 and not set(name) & _NATIVE_LETTERS
    if drift > _ALONE_DRIFT or not (recorded_name(stranger.text) or unknown):
        if callable(document_names):
            document_names = document_names()
        if not _lone_keys(name) & document_names:
            return []
    names = [name]
    message = f"the source writes {names[0]}; the target's {stranger.text!r} does not render it"
    return [NameMismatch("person", (stranger.start, stranger.end), message)]


def recorded_name(word: str) -> bool:
    """A listed given name, or a surname or given name of the census lists."""
    return word in given_names() or word.upper() in _census_names()


def _derived(word: str, geonames: GeoNamesIndex | None) -> bool:
    """A word derived from a place ("Californian", "Moroccans") or an inflected English word
    ("Templars")."""
    lower = word.lower()
    if lower.endswith(("an", "ans", "ese", "ish", "i")):
        stem = word.removesuffix("s")
        # The place is the word less its ending, the place's last vowel put back ("Moroccan":
        # Morocco, "Egyptian": Egypt, "Californian": California; "Brennan" is no "Bren-a").
        for suffix in ("n", "an", "ian", "ese", "ish", "i"):
            if not stem.lower().endswith(suffix):
                continue
            for end in ("", "a", "o"):
                cut = stem[: -len(suffix)]
                if len(cut) >= 3 and _real_place(cut + end, geonames):
                    return True
    for ending in ("es", "s", "ed", "ing", "ly"):
        if lower.endswith(ending) and zipf(lower[: -len(ending)]) >= _ENGLISH_STEM:
            return True
    return False


def _place_not_person(name: str, geonames: GeoNamesIndex | None) -> bool:
    """A real place (:func:`_real_place`) that is not also a recorded person's name: a town
    named as people are ("Markham", "Nakamura": census surnames) may stand for a renamed person;
    a country, a region or a place of the curated tables may not."""
    if not _real_place(name, geonames):
        return False
    if known_place_by_english(name) or not recorded_name(name):
        return True
    return geonames is not None and any(p.kind != "place" for p in geonames.exact(name))


def _real_place(name: str, geonames: GeoNamesIndex | None) -> bool:
    """A country, region or town of :data:`_REAL_PLACE_POPULATION` people ("Castillo" names
    villages only)."""
    if known_place_by_english(name):
        return True
    return geonames is not None and any(
        p.kind != "place" or p.population >= _REAL_PLACE_POPULATION for p in geonames.exact(name)
    )


def _lone_name(arabic: str) -> bool:
    """A source word that may be a name standing alone: rare in Arabic with and without one
    attached particle ("لمارتيلي", of Martelly), four letters or more."""
    return bool(_lone_keys(arabic))


@lru_cache(maxsize=65536)
def _lone_keys(arabic: str) -> frozenset[str]:
    """The folded forms of a name-like word, with and without one attached particle (empty
    for a word that is no such name)."""
    key = arabic_key(arabic)
    forms = [arabic] + [arabic[1:] for p in "وبلفك" if key.startswith(p) and len(key) > 5]
    if any(zipf(form, "ar") >= _RARE_NAME for form in forms):
        return frozenset()
    return frozenset(
        arabic_key(form)
        for form in forms
        if len(arabic_key(form)) >= 4
        and (
            name_like(form)
            or (_foreign_plural_ending(form) and _foreign_plural_ending(arabic))
            or _long_name(form)
        )
    )


def _long_name(arabic: str) -> bool:
    """A name of ten to fourteen letters ("أسترالوبيثكس", Australopithecus), which
    :func:`name_like` takes for words run together: none of its letters ends a word inside it
    (ة, ى), it opens with no article, particle or word of five letters or more ("خفافيشدوبنتون",
    bats and Daubenton) and splits into no two words."""
    key = arabic_key(arabic)
    if not 10 <= len(key) <= 14 or unmarked(arabic) != arabic or re.search("[ةى]", arabic):
        return False
    if key.startswith(("ال", "وال", "بال", "لل", "و")) or not arabic_word_skeletons(arabic):
        return False
    return not any(
        zipf(key[:cut], "ar") >= _ARTICLE_REST
        and (cut >= 5 or zipf(key[cut:], "ar") >= _ARTICLE_REST)
        for cut in range(2, len(key) - 1)
    )


def _foreign_plural_ending(arabic: str) -> bool:
    """A name that ends as a plural does ("كوربين", Corbyn; "ميكلسون", Mickelson) whose stem is
    no word (:func:`_slot_name`'s plural test: "متجرين", متجر is one), no participle (م and a
    consonant: "محلفين") and no adjective of a place or people ("فيدراليين"); otherwise
    name-like."""
    key = arabic_key(arabic)
    stem = key[:-2]
    if not key.endswith(("ون", "ين")) or len(stem) < 4 or zipf(stem, "ar") >= _ARTICLE_REST:
        return False
    if (stem[0] == "م" and stem[1] not in "اوي") or stem.endswith("ي"):
        return False
    if unmarked(arabic) != arabic or len(key) > 9 or not arabic_word_skeletons(arabic):
        return False
    if key.startswith(("ال", "وال", "بال", "لل", "و")):
        return False
    return max(zipf(arabic, "ar"), zipf(key, "ar")) < _COMMON_ARABIC


def _person_like(word: str) -> bool:
    """A target word that may be a person's name: rare in English or a listed given name."""
    if not latin_skeletons(word):
        return False
    return zipf(word.lower()) < _NAME_ENGLISH or word in given_names()


def _resembles(arabic: str, latin: str) -> bool:
    """Looser than :func:`renders`: skeletons a third of their classes apart (a spelling the
    letter table misses, "Versace" for فرساتشي), the same first class and skeletons half
    their classes apart ("Kovacic" for كوفاتشيتش), or skeletons that differ only in classes
    transliteration confuses (:data:`_CONFUSED`: "Heather" for هيذر, "Jose" for خوسيه); never
    when the two open unalike (:func:`_opens_alike`) and no end of a word run together
    renders the Latin ("أنابيبنورد", pipelines Nord, and "Nord")."""
    if not _opens_alike(arabic, latin):
        key = arabic_key(arabic)
        return len(key) >= 7 and any(
            renders(key[cut:], latin, strict=True) for cut in range(2, len(key) - 2)
        )
    latins = latin_skeletons(latin)
    if latin.lower().endswith("gh"):
        latins |= latin_skeletons(latin[:-2])  # a silent "gh": "Hugh" is هيو
    for a in arabic_word_skeletons(arabic):
        for t in latins:
            longest = max(len(a), len(t))
            if longest >= 3 and edits(a, t) <= max(1, longest // 3):
                return True
            if min(len(a), len(t)) >= 2 and a[:1] == t[:1] and edits(a, t) <= max(2, longest // 2):
                return True
            if _confused_edits(a, t) <= longest // 4:
                return True
    return False


def _clipped(arabic: str, latin: str) -> bool:
    """A short form of the name: the Latin word's consonants (two classes or more) open the
    Arabic word's ("Livi" for ليفينغستون, Livingston); or a part of words run together, its
    end ("Galloway" for دومفريسوغالاوي, Dumfries and Galloway)."""
    if any(
        a.startswith(t)
        for t in latin_skeletons(latin)
        if len(t) >= 2
        for a in arabic_word_skeletons(arabic)
    ):
        return True
    key = arabic_key(arabic)
    return len(key) >= 8 and any(
        renders(key[cut:], latin, strict=True) for cut in range(3, len(key) - 3)
    )


def edits(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions and substitutions all cost 1)."""
    return Levenshtein.distance(a, b)


def name_like(arabic: str) -> bool:
    """An Arabic word that may be (part of) a name: not an ordinary word, at least three
    letters, no article or attached particle, no pronoun or feminine ending."""
    if unmarked(arabic) != arabic:
        return False  # tanween and other marks: an ordinary word ("نقلًا")
    key = arabic_key(arabic)
    if not 3 <= len(key) <= 9 or not arabic_word_skeletons(arabic):
        return False  # a word of ten letters or more is mostly words run together
    if key.startswith(("ال", "وال", "بال", "لل", "و")) or key.endswith(_NOT_NAME_ENDINGS):
        return False
    # The word as written: the folded key ("رييس") is no word of the frequency list.
    return max(zipf(arabic, "ar"), zipf(key, "ar")) < _COMMON_ARABIC


def _name_part(word: str) -> bool:
    """A target word that may be part of a person's name beside another part: a listed given
    name, a word rare in English (:data:`_NAME_ENGLISH`), or a recorded surname or given name
    under :data:`_NAME_PART_ENGLISH` ("Brennan", "Harris"); never a title ("Chancellor")."""
    if not latin_skeletons(word) or word.lower() in word_list("english_name_titles"):
        return False
    if word in given_names():
        return True
    if word.upper() in _census_names():
        return zipf(word.lower()) < _NAME_PART_ENGLISH
    lower = word.lower()
    for ending in ("es", "s", "ed", "ing", "ly"):
        if lower.endswith(ending) and zipf(lower[: -len(ending)]) >= _ENGLISH_STEM:
            return False  # a headline's verb or a plural ("Undergoes", "Discs")
    return zipf(lower) < _NAME_ENGLISH


@lru_cache(maxsize=1)
def _census_names() -> frozenset[str]:
    """Surnames (the :data:`_SURNAMES` most frequent) and given names (the :data:`_GIVEN` most
    frequent of each list) of the 1990 US census, as the ``names`` package ships them (upper
    case)."""
    from importlib import resources

    found: set[str] = set()
    folder = resources.files("names")
    for file, limit in (
        ("dist.all.last", _SURNAMES),
        ("dist.male.first", _GIVEN),
        ("dist.female.first", _GIVEN),
    ):
        lines = folder.joinpath(file).read_text("ascii").splitlines()
        found.update(line.split(" ", 1)[0] for line in lines[:limit] if line.strip())
    return frozenset(found)


# Consonant classes a transliteration confuses in people's names: ذ and ث written "th", "d",
# "z"; خ written "j" in Spanish names (خوسيه, "Jose"); "tch", "sh" and "j" for تش, ش and ج;
# "p" and "f" for ف and ب.
_CONFUSED = frozenset(
    frozenset(pair)
    for pair in (("T", "D"), ("T", "S"), ("D", "S"), ("J", "K"), ("J", "S"), ("F", "B"))
)


def _confused_edits(a: str, b: str) -> int:
    """Edits between two skeletons, a change between confused classes free."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            change = 0 if x == y or frozenset((x, y)) in _CONFUSED else 1
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + change)
    return row[-1]


@lru_cache(maxsize=65536)
def _beside_name(arabic: str) -> bool:
    """A source word that may be the unrendered part of a name, read beside a rendered part:
    a listed Arabic given name, or a word of three to twelve letters, no title, role or verb of
    saying (``arabic_name_neighbours.txt``), no article, pronoun ending or run-together words,
    under :data:`_BESIDE_ARABIC` in frequency."""
    if unmarked(arabic) != arabic:
        return False
    key = arabic_key(arabic)
    if arabic in _given_arabic():
        return True  # as written: "على" (on) folds to the key of علي (Ali)
    if arabic in _neighbours() or key in _neighbours():
        return False
    if not 3 <= len(key) <= 12 or not arabic_word_skeletons(arabic):
        return False
    if len(key) >= 10 and re.search("[ةى]", key[:-1]):
        return False  # a word ending inside a longer one: words run together
    if arabic.startswith("ال") and (len(key) <= 5 or zipf(key[2:], "ar") >= _ARTICLE_REST):
        return False  # the article, as written ("الفذ"; not "ألبرتو", Alberto, nor "الفاريز")
    for prefix in _BESIDE_PROCLITICS:
        rest = key[len(prefix) :]
        if key.startswith(prefix) and len(rest) >= 3:
            if (prefix.endswith("ال") or prefix == "لل") and zipf(rest, "ar") >= _ARTICLE_REST:
                return False  # the article and a word ("المدير"; not "كالزاديلا", Calzadilla)
            if zipf(rest, "ar") >= _BESIDE_ARABIC or rest in _neighbours():
                return False  # "وقال", "ورئيس": a particle and a word
    if key.endswith("ه"):
        return False  # the feminine ending of an ordinary noun ("عاصفة", storm)
    for ending in ("ها", "هم", "هما", "كم", "نا"):
        stem = key[: -len(ending)]
        stems = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)  # استقالتها: استقالة
        if key.endswith(ending) and any(zipf(form, "ar") >= _PRONOUN_STEM for form in stems):
            return False  # a word and a pronoun ("منزلها"; not "لاكها", Lakkha)
    return max(zipf(arabic, "ar"), zipf(key, "ar")) < _BESIDE_ARABIC


@lru_cache(maxsize=1)
def _given_arabic() -> frozenset[str]:
    return word_list("arabic_given_names")


@lru_cache(maxsize=1)
def _neighbours() -> frozenset[str]:
    words = word_list("arabic_name_neighbours")
    return frozenset(arabic_key(word) for word in words) | words
