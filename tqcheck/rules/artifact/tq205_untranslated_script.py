from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

# A run of letters in a script other than Latin, possibly several words long.
_FOREIGN = r"[^\p{Latin}\p{Common}\p{Inherited}\s]"
_RUN = regex.compile(rf"{_FOREIGN}+(?:[\s\p{{P}}\p{{Inherited}}]+{_FOREIGN}+)*")

_SCRIPT_NAMES = {
    "CJK": "Chinese",
    "HANGUL": "Korean",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
}


def script_name(char: str) -> str:
    first = unicodedata.name(char, "UNKNOWN").split()[0]
    return _SCRIPT_NAMES.get(first, first.title())


class UntranslatedScript(Rule):
    """Text left in Arabic, Cyrillic, Armenian or another non-Latin script.

    Machine translation passes through words it cannot translate, typically names of small
    places and people, in their original script. The rule reports each run of non-Latin letters
    (including several words in a row) and names its script. A single Greek letter, as in units
    and formulas, is left alone. Transliterate the name, or translate the phrase.

    Bad:
        Residents of the village of سوغانلي fled overnight.

    Good:
        Residents of the village of Soganli fled overnight.
    """

    code = "TQ205"
    name = "untranslated-script"
    category = Category.ARTIFACT
    severity = Severity.WARNING
    summary = "Untranslated Arabic, Cyrillic, Armenian or other non-Latin text"

    def check(self, document: Document) -> Iterator[Finding]:
        for block in document.blocks:
            for match in _RUN.finditer(document.plain, block.start, block.end):
                run = match.group()
                script = script_name(run[0])
                if script == "Greek" and len(run) == 1:
                    continue
                yield self.finding(
                    document,
                    match.start(),
                    match.end(),
                    f"Untranslated {script} text {quoted(run)} in English copy.",
                )
