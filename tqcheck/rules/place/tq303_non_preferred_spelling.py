from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.garble.reading import find_garbles
from tqcheck.gazetteer.house_style import (
    explicit_preference,
    is_spelling_variant,
    preferred_spelling,
    spellings_to_style,
)
from tqcheck.gazetteer.keys import fold
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted


class NonPreferredSpelling(Rule):
    """A correctly identified place written in a spelling other than the house style.

    Places in the region have Azerbaijani, Armenian and Russian names and several
    transliterations (Fizuli, Füzuli, Fuzuli). The gazetteer records a house-style name for each
    entry and its accepted variants; the rule reports another transliteration of the name and
    suggests the house-style one. Another name for the place (the Armenian Stepanakert for
    Khankendi) is a newsroom's choice, reported only when the config says which one it prefers
    (``[tool.tqcheck.house-style] names = { Stepanakert = "Khankendi" }``). With ``spelling =
    "geonames"`` the GeoNames name of the entry is preferred instead of the gazetteer's.

    A spelling the copy gives on purpose is left alone: an old or a new name ("the road from
    Berde, now Barda", "Gyumri, called Leninakan in Soviet times"), another language's ("the
    Nakhchivan exclave, Naxçıvan in Azerbaijani", "(Armenian: Shushi)"), a name set beside
    another name of the place ("Shusha/Shushi") or quoted; so is a name the copy places in
    another country ("Floods hit Baki, Indonesia").

    Bad:
        Shelling was reported in Fizuli overnight.

    Good:
        Shelling was reported in Fuzuli overnight.
    """

    code = "TQ303"
    name = "non-preferred-spelling"
    category = Category.PLACE
    severity = Severity.INFO
    summary = "Place written in a spelling other than the house style (Fizuli for Fuzuli)"
    fix = "safe"

    def check(self, document: Document) -> Iterator[Finding]:
        house_style = self.config.house_style if self.config else None
        garbled: set[int] | None = None  # read only where a spelling is to be reported
        for mention, match, on_purpose in spellings_to_style(document):
            if on_purpose:
                continue  # "the road from Berde, now Barda": both names given as such
            if garbled is None:
                garbled = {garble.start for garble in find_garbles(document)}
            if mention.start in garbled:
                continue  # "Angora, near Ajloun": TQ301 reads it as a town where it is put
            explicit = explicit_preference(match, house_style)
            preferred = preferred_spelling(match, house_style)
            if fold(preferred) == fold(mention.text):
                continue
            if explicit is None and not is_spelling_variant(mention.text, preferred):
                continue  # another name (Stepanakert/Khankendi) is a house-style choice
            yield self.finding(
                document,
                mention.start,
                mention.end,
                f"{quoted(mention.text)} is spelled {quoted(preferred)} in house style.",
                suggestion=preferred,
            )
