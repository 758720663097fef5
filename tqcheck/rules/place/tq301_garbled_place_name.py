from __future__ import annotations

from collections.abc import Iterator

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.context import geography_at
from tqcheck.gazetteer.garble.reading import find_garbles
from tqcheck.gazetteer.house_style import preferred_spelling
from tqcheck.gazetteer.index import default_gazetteer
from tqcheck.gazetteer.mentions import place_mentions
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

_SLOTS = frozenset({"of", "after", "list"})


class GarbledPlaceName(Rule):
    """A place name that machine translation turned into a look-alike or an English word.

    Names that pass through Arabic, Russian or Armenian script come back wrong, in three ways,
    each reported with its own evidence:

    - *literal translation*: the Arabic name is also a word or phrase, and MT translated it
      ("the Blue" for Zarqa, الزرقاء; "House of Meat" for Bethlehem, بيت لحم). The words go back
      to Arabic through ``gazetteers/toponym_words.csv`` and are looked up among the Arabic
      names of the places of the article's countries;
    - *transliteration garble*: the name spelled back in a way no gazetteer accepts
      ("Khojawound" for Khojavend, "Mardeen" for Mardin): same consonant skeleton, with the MT
      confusion classes (g/j, k/q/kh, v/w, p/b, dropped vowels), as a place of those countries;
    - *look-alike*: an English word or given name with the place's consonants, in a place slot
      ("the city of Gabriel" for Jabrayil; "the town of Kills" for Kilis); a word with exactly
      the consonants of a city of 100,000 or more of those countries also after "in", "near",
      "from" or as "the X" standing alone mid-sentence ("clashes in Chairs" for Shiraz).

    A place abroad that its own sentence puts in a country of the region where no place of
    that name lies is read as that country's town ("near Tokyo in northern Turkey": Tokat).
    Candidates are resolved within the countries the article names ("Jordanian", "in southern
    Lebanon", "X, Turkey", well-known places), per article: separate articles of one file do not
    share context. Real places of those countries and well-known places anywhere are never
    garbles; a word is only a place where the copy says so ("the city of X", "the port of X",
    "X airport", "residents of X", "X, Lebanon"; after "in" only a large city's exact sound).
    The curated layers add recorded garbles and
    the Arabic bridge of given names (``name_bridge.csv``). Once a garble is recognised its
    other occurrences in the article are flagged too. The suggestion is the house-style or
    GeoNames name of the place.

    Bad:
        The ministry said its forces entered the city of Gabriel on Friday.

    Good:
        The ministry said its forces entered the city of Jabrayil on Friday.
    """

    code = "TQ301"
    name = "garbled-place-name"
    category = Category.PLACE
    severity = Severity.ERROR
    summary = "Place name garbled by machine translation (Gabriel for Jabrayil)"
    fix = "unsafe"

    def check(self, document: Document) -> Iterator[Finding]:
        garbled: dict[str, tuple[str, str]] = {}
        flagged: set[int] = set()
        for mention in place_mentions(document):
            match = mention.match
            if match is None or match.method in ("exact", "variant"):
                continue
            if _possessive_of_a_name(mention.text):
                continue  # "the largest city of Turkey's southeast": Turkey's own name
            if mention.slot not in _SLOTS and (
                match.method in ("fuzzy", "transliteration")
                or default_gazetteer().is_given_name(mention.text)
            ):
                continue  # outside a place slot only unambiguous garbles count
            if match.method in ("fuzzy", "transliteration") and not _fits_geography(
                document, mention.start, match.entry.country
            ):
                continue  # "Karyashino, Irkutsk region" is no garble of an Azerbaijani place
            preferred = preferred_spelling(match, self.config.house_style if self.config else None)
            garbled[mention.text] = (preferred, match.evidence)
            flagged.add(mention.start)
            yield self._finding(
                document, mention.start, mention.end, mention.text, preferred, match.evidence
            )
        taken = sorted(flagged)
        for garble in find_garbles(document):
            if any(garble.start <= start < garble.end for start in taken):
                continue
            garbled.setdefault(garble.text, (garble.name, garble.evidence))
            flagged.add(garble.start)
            yield self.finding(
                document,
                garble.start,
                garble.end,
                f"{quoted(garble.text)} looks like {garble.evidence}.",
                suggestion=garble.name,
            )
        if not garbled:
            return
        # The same garble elsewhere in the article ("in addition to one city, Gabriel").
        for block in document.blocks:
            for token in block.tokens:
                if token.text in garbled and token.start not in flagged:
                    flagged.add(token.start)
                    name, evidence = garbled[token.text]
                    yield self._finding(
                        document, token.start, token.end, token.text, name, evidence
                    )

    def _finding(
        self, document: Document, start: int, end: int, text: str, name: str, evidence: str
    ) -> Finding:
        because = f" ({evidence})" if evidence else ""
        return self.finding(
            document,
            start,
            end,
            f"{quoted(text)} looks like a garbled rendering of the place {name}{because}.",
            suggestion=name,
        )


# "Turkey's", "Syria’s": the possessive ending a place slot may take in ("city of Turkey's
# southeast"), which a fuzzy match reads as a dropped letter.
_POSSESSIVE = ("'s", "’s")


def _possessive_of_a_name(text: str) -> bool:
    """``text`` is a name the gazetteer has exactly, with the possessive after it ("Turkey's":
    Turkey, not a garble of it with an s added)."""
    stem = next((text[: -len(end)] for end in _POSSESSIVE if text.endswith(end)), None)
    if not stem:
        return False
    match = default_gazetteer().best(stem)
    return match is not None and match.method in ("exact", "variant")


def _fits_geography(document: Document, offset: int, country: str) -> bool:
    """A look-alike of a curated place counts when its section names no country, or names the
    place's own."""
    geography = geography_at(document, offset)
    return not geography or any(code in geography for code in country.split("|"))
