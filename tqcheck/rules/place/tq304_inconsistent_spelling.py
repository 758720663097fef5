from __future__ import annotations

import re
from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.house_style import is_spelling_variant
from tqcheck.gazetteer.keys import fold
from tqcheck.gazetteer.mentions import curated_spellings
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

# A phrase that gives the name after it as a name ("called Shushi by Armenians", "known in
# Turkish as Antep", "the city Armenians call Stepanakert", "formerly Krasnovodsk", "also
# spelled Fizuli"): the writer uses that spelling on purpose (issue 13, point 6).
_NAMING_BEFORE = re.compile(
    r"\b(?:called|calls?|named|renamed|spelled|spelt|formerly|"
    r"known(?:\s+(?:in|to)\s+[A-Z][\w-]*(?:\s+[a-z]+)?)?\s+as)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ", as Armenians call it": the same, after the name.
_NAMING_AFTER = re.compile(
    r"^,?[ \t]+as[ \t]+(?:the[ \t]+)?[A-Z][\w-]*[ \t]+(?:call|calls|called|know|knew)[ \t]+it\b"
)
# ", which Azerbaijanis call Shusha", ", called Leninakan in Soviet times", ", known to Kurds
# as Amed", ", also spelled Naxcivan": an apposition right after the name giving the place's
# other name, so that both are used on purpose.
_OTHER_NAME_AFTER = re.compile(
    r"^,[ \t]+(?:(?:which|that)[ \t]+(?:the[ \t]+)?[A-Z][\w-]*[ \t]+(?:call|calls|called)|"
    r"(?:also[ \t]+|formerly[ \t]+|once[ \t]+|still[ \t]+)?(?:called|named|spelled|spelt|"
    r"known(?:[ \t]+(?:in|to)[ \t]+[A-Z][\w-]*(?:[ \t]+[a-z]+)?)?[ \t]+as))[ \t]+[A-Z]"
)
# The word before a name that places it ("in Fizuli"): a name after it is a place's.
_PLACING_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|of|around|outside|into|across|toward|towards)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
_COMMON_NOUN_AFTER = re.compile(r"^[ \t]+[a-z]+\b")


def named_on_purpose(plain: str, start: int, end: int) -> bool:
    """The mention at ``start``..``end`` is given as a name by the words around it ("called
    Shushi by Armenians", "known in Turkish as Antep", "Shushi, as Armenians call it"): a
    second name or spelling a writer uses on purpose beside the first, which TQ303 and TQ304
    leave alone."""
    if _NAMING_BEFORE.search(plain, max(0, start - 60), start):
        return True
    after = plain[end : end + 80]
    return bool(_NAMING_AFTER.match(after) or _OTHER_NAME_AFTER.match(after))


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


class InconsistentSpelling(Rule):
    """One place spelled two ways in the same article.

    Copy assembled from several wires, or translated in pieces, names the same place "Jabrayil"
    in one paragraph and "Jebrail" in the next; readers take them for two places. The rule
    resolves every place mention to its gazetteer entry and reports a mention whose spelling is
    another transliteration of the entry's first spelling in the article, suggesting that one.
    Different names for one place ("Russia" and "the Russian Federation", "Khankendi, which
    Armenians call Stepanakert") are a writer's choice and are left alone.

    Bad:
        Troops entered Jabrayil on Sunday.

        Residents of Jebrail had left in the 1990s.

    Good:
        Troops entered Jabrayil on Sunday.

        Residents of Jabrayil had left in the 1990s.
    """

    code = "TQ304"
    name = "inconsistent-spelling"
    category = Category.PLACE
    severity = Severity.WARNING
    summary = "One place spelled two ways in the same article"
    fix = "safe"

    def check(self, document: Document) -> Iterator[Finding]:
        first: dict[str, tuple[str, int]] = {}
        for mention, match in curated_spellings(document):
            if named_on_purpose(document.plain, mention.start, mention.end):
                continue  # "Shusha, called Shushi by Armenians": the other name, given as such
            if used_as_a_word(document.plain, mention.start, mention.end):
                continue  # "Angora goats": a breed's name, not a spelling of Ankara
            seen = first.setdefault(match.entry.id, (mention.text, mention.start))
            if fold(seen[0]) == fold(mention.text) or not is_spelling_variant(
                mention.text, seen[0]
            ):
                continue  # the same spelling, or another name ("Russia", "Russian Federation")
            line = document.lines.position(seen[1])[0]
            yield self.finding(
                document,
                mention.start,
                mention.end,
                f"{quoted(mention.text)} is spelled {quoted(seen[0])} on line {line}; use one "
                "spelling for one place.",
                suggestion=seen[0],
            )
