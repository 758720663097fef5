"""House style for place names: which spelling of an entry the newsroom prefers.

The policy ``[tool.tqcheck.house-style] spelling`` picks the base: ``"official"`` (default) is
the gazetteer's ``name`` column (Azerbaijani places in the official English transliteration:
Jabrayil, Khojavend, Khankendi); ``"geonames"`` is the GeoNames name of the entry's
``geonameid`` where the row has one ("Naxçıvan"), the ``name`` column otherwise. ``names``
overrides either per name: ``names = { Stepanakert = "Stepanakert" }`` accepts a spelling as
preferred, and ``names = { Khankendi = "Stepanakert" }`` prefers another one.

It also says which curated mentions are no spelling to bring into line (:func:`spellings_to_style`,
for TQ303 and TQ304): a place's other name the copy gives on purpose ("Gyumri, called Leninakan
in Soviet times", "the road from Berde, now Barda", "Nakhchivan, Naxçıvan in Azerbaijani"), an
old name English keeps as a word ("Angora goats"), and a name the copy places in another
country than the curated place's ("Baki, Indonesia").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from tqcheck import patterns
from tqcheck.document.model import Document, Token
from tqcheck.gazetteer.index import Match
from tqcheck.gazetteer.keys import fold, skeletons
from tqcheck.gazetteer.mentions import Mention, curated_spellings

# Generic words a spelling may carry without being another spelling ("Araz River").
_GENERIC = ("river", "district", "rayon", "city", "town", "village", "region", "province")


def explicit_preference(match: Match, house_style: dict[str, Any] | None) -> str | None:
    """The spelling the config's house-style ``names`` table prefers for this match, if any."""
    names = {fold(key): value for key, value in ((house_style or {}).get("names") or {}).items()}
    for key in (fold(match.query), fold(match.entry.name)):
        if key in names:
            return names[key]
    return None


def is_spelling_variant(written: str, preferred: str) -> bool:
    """True when ``written`` is another transliteration of ``preferred`` (Fizuli / Fuzuli), not
    another name (Stepanakert / Khankendi) or the same name with a generic word (Araz River)."""
    a, b = fold(written), fold(preferred)
    for word in _GENERIC:
        if a in (b + word, word + b):
            return False
    return bool(skeletons(written) & skeletons(preferred))


def preferred_spelling(match: Match, house_style: dict[str, Any] | None) -> str:
    """The spelling house style prefers: the ``names`` table, else the spelling policy."""
    explicit = explicit_preference(match, house_style)
    if explicit is not None:
        return explicit
    if (house_style or {}).get("spelling") == "geonames" and match.entry.geonameid:
        return _geonames_name(match.entry.geonameid) or match.entry.name
    return match.entry.name


@cache
def _geonames_name(geonameid: str) -> str | None:
    from tqcheck.gazetteer.geonames import open_default

    place = open_default().get(geonameid)
    return place.name if place else None


# -- names given on purpose (issue 13, point 6) ---------------------------------------------------

# A capitalised word (a people, a state, a language: "Armenians", "Azerbaijani") in a phrase.
_WORD = r"[A-Z][\w'’-]*"
# Adverbs a phrase that gives a name may carry ("also called", "known locally as", "now spelled").
_ADVERB = (
    r"(?:also|formerly|once|still|now|then|later|since|previously|today|locally|officially|"
    r"commonly|sometimes|often|widely|usually|originally|alternatively|historically)"
)
_NAMING_VERB = r"(?:called|named|renamed|spelled|spelt|written|transliterated|rendered)"
_KNOWN_AS = (
    rf"known(?:[ \t]+(?:{_ADVERB}|(?:in|to|by)[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+[a-z]+)?))?"
    r"[ \t]+as"
)
# Words that say a name is meant as a name ("the old name", "its Armenian name is").
_NAME_NOUN = (
    r"\b(?:the|its|their|whose|an?)[ \t]+(?:(?:old|former|new|current|official|local|"
    r"historic|historical|original|Soviet-era|Soviet|(?-i:[A-Z][\w'’-]*))[ \t]+){0,2}"
    r"(?:name|spelling|form|transliteration)s?"
)
# A phrase right before a mention that gives it as a name ("called Shushi by Armenians", "known
# in Turkish as Antep", "the city Armenians call Stepanakert", "formerly Krasnovodsk", "also
# spelled Fizuli", "renamed from Berde", "what was then Berde", "call the town Shushi", "the
# Armenian name Shushi", "whose Armenian name is Shushi"): the writer uses that spelling on
# purpose.
_NAMING_BEFORE = patterns.compile(
    r"(?:\b(?:calls?|call|called|named|renamed(?:[ \t]+from)?|spelled|spelt|written|"
    rf"transliterated|formerly|{_KNOWN_AS})[ \t]+(?:the[ \t]+)?"
    r"|\b(?:call|calls|called|name|names|named|know|knew)[ \t]+(?:it|the[ \t]+(?:town|city|"
    r"village|district|region|place|area|river|exclave|province|settlement))[ \t]+(?:as[ \t]+)?"
    r"|\bwhat[ \t]+(?:was|is|had[ \t]+been|has[ \t]+been)[ \t]+(?:then|now|once|formerly|still|"
    r"today|long)[ \t]+(?:(?:called|known[ \t]+as|named)[ \t]+)?"
    rf"|{_NAME_NOUN},?[ \t]+(?:(?:is|was|being|for)[ \t]+)?"
    r"|\([ \t]*(?:(?:old|former|new|current|official|local|historic|historical|original|"
    r"Soviet-era|Soviet|(?-i:[A-Z][\w'’-]*))[ \t]+){0,2}(?:name|spelling)s?[ \t]*:[ \t]*"
    r"|\b(?:a\.k\.a\.|aka|alias)[ \t]+"
    r")$",
    re.IGNORECASE,
)
# "(Armenian: Shushi", "(Armenian Shushi": the name of a language before a mention in brackets.
_LANGUAGE_BEFORE = patterns.compile(rf"\([ \t]*(?P<language>{_WORD})[ \t]*:?[ \t]+$")
# ", as Armenians call it", ", as it was then known": the same, after the name.
_NAMING_AFTER = patterns.compile(
    rf"^,?[ \t]+as[ \t]+(?:(?:the[ \t]+)?{_WORD}[ \t]+(?:call|calls|called|know|knew)[ \t]+it\b"
    rf"|it[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been)[ \t]+(?:{_ADVERB}[ \t]+)?"
    rf"(?:{_NAMING_VERB}|known)\b)"
)
# ", which Azerbaijanis call Shusha", ", called Leninakan in Soviet times", ", known to Kurds
# as Amed", ", also spelled Naxcivan", ", now called Gyumri", ", renamed Gyumri in 1991": an
# apposition right after the name giving the place's other name, so that both are used on
# purpose.
_OTHER_NAME_AFTER = patterns.compile(
    rf"^,[ \t]+(?:(?:which|that|what)[ \t]+(?:the[ \t]+)?{_WORD}[ \t]+(?:call|calls|called)|"
    rf"(?:{_ADVERB}[ \t]+)?(?:{_NAMING_VERB}|{_KNOWN_AS}))[ \t]+[\"'“‘«]?[^\W\d_]"
)
# "Naxçıvan in Azerbaijani,", "Shushi, in Armenian,", "Shushi is the Armenian name": a name the
# words after it give as a language's or as a name; "in Armenian hands" is no name (the language
# must end the phrase), checked by :func:`_language_after`.
_LANGUAGE_AFTER = patterns.compile(
    rf"^,?[ \t]+in[ \t]+(?P<language>{_WORD})(?=[ \t]*(?:[,.;:)!?\"”]|$))"
)
_NAME_AFTER = patterns.compile(
    rf"^(?:[ \t]+(?:is|was)[ \t]+{_NAME_NOUN}\b"
    rf"|,?[ \t]+(?:\(|in[ \t]+|as[ \t]+)?{_NAME_NOUN}\b)",
    re.IGNORECASE,
)
_OPENING_QUOTES = "\"'“‘«"
_CLOSING_QUOTES = "\"'”’»"
# What may stand between two names of one place the copy gives side by side, the second being
# the other name: "Shusha/Shushi", "Nakhchivan or Naxçıvan", "Berde, now Barda", "Barda
# (formerly Berde)", "Berde, today's Barda", "Barda, Berde until 1991", "Nakhchivan (Azerbaijani:
# Naxçıvan)", "the former Berde, now Barda". Only between two mentions of one curated place:
# "Troops took Fizuli, then Jabrayil" is a sequence, not a second name.
_SIDE_BY_SIDE = patterns.compile(
    r"^(?:[ \t]*/[ \t]*|[ \t]+or[ \t]+"
    r"|[ \t]*(?:,|\(|\[|—|–|[ \t]-{1,2})[ \t]*"
    r"(?:(?:or|also|simply|now|then|today|today's|formerly|previously|once|later|earlier|still|"
    r"modern|a\.k\.a\.|aka|"
    r"modern-day|present-day|locally|officially|alternatively|the[ \t]+former|"
    r"(?:what[ \t]+)?(?:is|was)[ \t]+(?:now|then|once|formerly|still|today)|"
    r"(?:in[ \t]+)?(?P<language>(?-i:[A-Z][\w'’-]*)):?),?[ \t]+)*+)$",
    re.IGNORECASE,
)
# How far apart a name given on purpose and the mention it names again may stand ("Shelling hit
# Shushi on Monday. Azerbaijanis call it Shusha.").
_PARTNER_SPAN = 200


def named_on_purpose(plain: str, start: int, end: int) -> bool:
    """The mention at ``start``..``end`` is given as a name by the words around it ("called
    Shushi by Armenians", "known in Turkish as Antep", "Shushi, as Armenians call it", "Naxçıvan
    in Azerbaijani", "(Armenian: Shushi)", a name alone in quotes): a second name or spelling a
    writer uses on purpose beside the first, which TQ303 and TQ304 leave alone."""
    before = plain[max(0, start - 60) : start]
    if _NAMING_BEFORE.search(before):
        return True
    hit = _LANGUAGE_BEFORE.search(before)
    if hit and _is_language(hit.group("language")):
        return True
    after = plain[end : end + 80]
    if _NAMING_AFTER.match(after) or _OTHER_NAME_AFTER.match(after) or _NAME_AFTER.match(after):
        return True
    hit = _LANGUAGE_AFTER.match(after)
    if hit and _is_language(hit.group("language")):
        return True
    return _quoted_alone(plain, start, end)


def _quoted_alone(plain: str, start: int, end: int) -> bool:
    """The name alone in quotation marks ('road signs say "Naxçıvan"'): cited as a name. Its
    closing mark may follow a comma or stop inside it, and no letter follows ("Baku's")."""
    if start == 0 or plain[start - 1] not in _OPENING_QUOTES:
        return False
    after = plain[end : end + 3]
    if after[:1] in ",.;:!?":
        after = after[1:]
    return after[:1] in _CLOSING_QUOTES and not after[1:2].isalpha()


def _is_language(word: str) -> bool:
    from tqcheck.gazetteer.garble.base import is_language_name

    return is_language_name(word)


_PLACING_BEFORE = patterns.compile(
    r"\b(?:in|at|near|from|to|of|around|outside|into|across|toward|towards)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_COMMON_NOUN_AFTER = patterns.compile(r"^[ \t]+[a-z]+\b")


def used_as_a_word(plain: str, start: int, end: int) -> bool:
    """The mention is an old name English keeps as a word of its own (wordfreq has it at
    ``words.NAME_ZIPF`` or more: "Angora" 2.6, "Smyrna" 2.8; a transliteration variant such as
    "Fizuli" or "Jebrail" it has not) before a common noun, with no word that places it before
    it: "Angora goats", "Smyrna figs" name a breed or a product, not the town (Ankara, Izmir),
    and are no spelling of it to bring into line; "residents of Angora" still is."""
    from tqcheck.gazetteer.words import known_to_english_text

    if not _COMMON_NOUN_AFTER.match(plain[end : end + 40]):
        return False
    if _PLACING_BEFORE.search(plain, max(0, start - 30), start):
        return False
    token = fold(plain[start:end]).replace(" ", "")
    return token.isalpha() and known_to_english_text(token)


# -- a name placed in another country ------------------------------------------------------------

_COUNTRY = r"(?P<country>(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})"
# What may follow a country that locates the name before it ("Baki, Indonesia, on Monday",
# "Baki, Indonesia." but not "Fizuli, Iran said", where the country is the subject).
_LOCATOR_END = (
    r"(?=[ \t]*(?:[,.;:)!?\"”]|$|[ \t]+(?:on|last|this|early|late|overnight|during|after|"
    r"before|since|when|where)\b))"
)
_COUNTRY_AFTER = patterns.compile(
    rf"^(?:,[ \t]*(?:in[ \t]+)?{_COUNTRY}{_LOCATOR_END}"
    rf"|[ \t]+in[ \t]+{_COUNTRY.replace('country', 'placing')}\b"
    rf"|[ \t]*\([ \t]*{_COUNTRY.replace('country', 'bracketed')}[ \t]*\))"
)
_COUNTRY_BEFORE = patterns.compile(
    rf"{_COUNTRY}(?:['’]s|[ \t]+(?:town|city|village|port|island|province|district|region|"
    r"resort|capital|suburb|municipality)[ \t]+of)[ \t]+$"
)


def placed_abroad(plain: str, start: int, end: int, countries: str) -> bool:
    """The copy places the mention in a country other than the curated place's (``countries``,
    the entry's codes joined by "|"): "Floods hit Baki, Indonesia", "a landslide in Baki in
    Indonesia", "Indonesia's Baki", "the Indonesian town of Baki" name another place that bears
    the name, no spelling of Baku to bring into line."""
    from tqcheck.gazetteer.context import country_of_word

    own = set(countries.split("|"))
    after = _COUNTRY_AFTER.match(plain[end : end + 60])
    before = _COUNTRY_BEFORE.search(plain, max(0, start - 60), start)
    named = []
    if after is not None:
        words = next(filter(None, after.group("country", "placing", "bracketed"))).split()
        named = [words[:size] for size in range(len(words), 0, -1)]  # "Saudi Arabia", "Saudi"
        if after.group("placing"):  # "in Indonesia", but not "in Armenian hands"
            named = [run for run in named if fold(" ".join(run)) in _country_names()]
    if before is not None:
        words = before.group("country").split()
        named += [words[-size:] for size in range(len(words), 0, -1)]  # "Saudi Arabia", "Arabia"
    for words in named:
        if words and words[0] == "the":
            words = words[1:]
        code = country_of_word(" ".join(words)) if words else None
        if code is not None:
            return code not in own  # the longest run of words that names a country
    return False


@cache
def _country_names() -> frozenset[str]:
    """Folded names of the countries (ISO 3166-1's name, common and official names): "in
    Indonesia" places a name, "in Armenian hands" does not."""
    from tqcheck.gazetteer import iso

    return frozenset(
        fold(name.removeprefix("the "))
        for country in iso.countries()
        for name in (country.name, country.common_name, country.official_name)
        if name and "," not in name
    )


# -- the mentions house style applies to --------------------------------------------------------


def spellings_to_style(document: Document) -> Iterator[tuple[Mention, Match, bool]]:
    """The curated mentions (``mentions.curated_spellings``) TQ303 and TQ304 read, each with
    whether the copy gives it on purpose: a name a phrase gives as a name
    (:func:`named_on_purpose`), or a mention with another name of the place beside it
    ("Berde, now Barda", "Shusha/Shushi", "Nakhchivan (Azerbaijani: Naxçıvan)",
    :func:`_given_on_purpose`), which neither rule reports. An old name used as a word
    ("Angora goats") and a name the copy places in another country ("Baki, Indonesia") are left
    out: no spelling of the curated place at all. Read once a document, for both rules."""
    done = document.analyses.get("house_style_spellings")
    if done is None:
        done = document.analyses["house_style_spellings"] = list(_spellings_to_style(document))
    yield from done


def _spellings_to_style(document: Document) -> Iterator[tuple[Mention, Match, bool]]:
    plain = document.plain
    found = list(curated_spellings(document))
    on_purpose = _given_on_purpose(document, found)
    for index, (mention, match) in enumerate(found):
        if used_as_a_word(plain, mention.start, mention.end):
            continue  # "Angora goats": a breed's name, not a spelling of Ankara
        if placed_abroad(plain, mention.start, mention.end, match.entry.country):
            continue  # "Baki, Indonesia": another place of that name
        yield mention, match, index in on_purpose


def _given_on_purpose(document: Document, found: list[tuple[Mention, Match]]) -> set[int]:
    """Indexes of ``found`` the copy gives on purpose: a mention a phrase gives as a name
    (:func:`named_on_purpose`), and a mention with another name of the same place near it in its
    paragraph (:func:`_names_near`, :func:`_names_the_place`) that stands side by side with it
    (``_SIDE_BY_SIDE``: "Berde, now Barda", "Shusha/Shushi") or that a phrase gives as a name
    ("Shelling hit Shushi. Azerbaijanis call it Shusha.")."""
    plain = document.plain
    given: set[int] = set()
    for index, (mention, match) in enumerate(found):
        if named_on_purpose(plain, mention.start, mention.end):
            given.add(index)
            continue
        for start, end in _names_near(document, mention):
            if not _names_the_place(plain[start:end], match):
                continue
            between = (
                plain[mention.end : start] if start >= mention.end else plain[end : mention.start]
            )
            if _side_by_side(between) or named_on_purpose(plain, start, end):
                given.add(index)
                break
    return given


def _side_by_side(between: str) -> bool:
    """The words between two names of one place set the second beside the first as its other
    name (``_SIDE_BY_SIDE``; quotation marks around a name aside), naming no language but a
    language ("Fizuli, Azerbaijan, Fuzuli" is no such pair)."""
    hit = _SIDE_BY_SIDE.match(between.strip(_OPENING_QUOTES + _CLOSING_QUOTES))
    if hit is None:
        return False
    language = hit.group("language")
    return language is None or _is_language(language)


def _names_near(document: Document, mention: Mention) -> Iterator[tuple[int, int]]:
    """Spans of one to three capitalised words in the mention's paragraph within
    ``_PARTNER_SPAN`` characters of it, the mention aside: the names another name of the place
    may be."""
    for block in document.blocks:
        if not block.start <= mention.start < block.end:
            continue
        # the block's tokens are in text order: only those within reach are looked at (a long
        # paragraph's every token for each mention was quadratic)
        low = bisect_left(block.tokens, mention.start - _PARTNER_SPAN, key=_token_end)
        high = bisect_left(block.tokens, mention.end + _PARTNER_SPAN, key=_token_start)
        tokens = [
            token
            for token in block.tokens[low:high]
            if token.is_capitalized
            and token.end > mention.start - _PARTNER_SPAN
            and token.start < mention.end + _PARTNER_SPAN
            and (token.end <= mention.start or token.start >= mention.end)
        ]
        plain = document.plain
        for i, first in enumerate(tokens):
            for j in range(i, min(i + 3, len(tokens))):
                if j > i and plain[tokens[j - 1].end : tokens[j].start] != " ":
                    break  # a run of words with single spaces between them
                yield first.start, tokens[j].end
        return


def _token_start(token: Token) -> int:
    return token.start


def _token_end(token: Token) -> int:
    return token.end


def _names_the_place(name: str, match: Match) -> bool:
    """``name`` names the curated place of ``match``: a spelling the curated layer records for a
    place of the same name (the district or the town "Zangilan", for "Zengilan" and "Kovsakan"),
    or a name GeoNames records for a place of the entry's country that bears the entry's name or
    its GeoNames name (its alternates: "Hankendi", "Kirovabad", "Partav" for Barda)."""
    entry = match.entry
    return _names_the_entry(name, entry.name, entry.geonameid or "", entry.country)


@lru_cache(maxsize=4096)
def _names_the_entry(name: str, entry_name: str, geonameid: str, country: str) -> bool:
    """:func:`_names_the_place` for the entry's fields, remembered: a paragraph asks it of
    every name near every mention."""
    from tqcheck.gazetteer.index import default_gazetteer
    from tqcheck.gazetteer.mentions import geonames_index

    own = {fold(entry_name)}
    if geonameid:
        own.add(fold(_geonames_name(geonameid) or entry_name))
    if any(fold(found.entry.name) in own for found in default_gazetteer().known(name)):
        return True
    countries = set(country.split("|"))
    return any(
        place.geonameid == geonameid or (place.country in countries and fold(place.name) in own)
        for place in geonames_index().exact(name)
    )
