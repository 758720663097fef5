from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

# A run of letters in a script other than Latin, possibly several words long. Punctuation of
# another script is not text: Hebrew gershayim used as quote marks (״X Factor״) or a maqaf
# hyphen between Latin words are typography, not untranslated words.
_FOREIGN = r"[^\p{Latin}\p{Common}\p{Inherited}\s\p{P}\p{S}]"
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
    (including several words in a row) and names its script. Paragraphs that are mostly in
    another script, one after the other (a segment or a whole article left untranslated), give
    one finding for the whole stretch, with the number of paragraphs. A single Greek letter, as
    in units and formulas, and punctuation marks of another script (Hebrew gershayim used as
    quotation marks) are left alone. Transliterate the name, or translate the phrase.

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
        stretch: list[tuple[int, int, str]] = []  # untranslated paragraphs in a row
        for block in document.blocks:
            runs = [
                match
                for match in _RUN.finditer(document.plain, block.start, block.end)
                if not (script_name(match.group()[0]) == "Greek" and len(match.group()) == 1)
            ]
            foreign = sum(len(regex.sub(r"\W", "", m.group())) for m in runs)
            letters = len(regex.sub(r"[\W\d_]", "", document.plain[block.start : block.end]))
            if runs and foreign * 2 >= letters:
                stretch.append((block.start, block.end, script_name(runs[0].group()[0])))
                continue
            yield from self._stretch(document, stretch)
            stretch = []
            for match in runs:
                run = match.group()
                script = script_name(run[0])
                before = document.plain[match.start() - 1 : match.start()]
                after = document.plain[match.end() : match.end() + 1]
                if before.isalpha() or after.isalpha():  # "WНO" with a Cyrillic Н
                    message = (
                        f"{script} {quoted(run)} inside a Latin word: a look-alike character "
                        "that search and spell-checking will miss."
                    )
                else:
                    message = f"Untranslated {script} text {quoted(run)} in English copy."
                yield self.finding(document, match.start(), match.end(), message)
        yield from self._stretch(document, stretch)

    def _stretch(
        self, document: Document, stretch: list[tuple[int, int, str]]
    ) -> Iterator[Finding]:
        if not stretch:
            return
        start, end, script = stretch[0][0], stretch[-1][1], stretch[0][2]
        text = document.plain[start:end]
        what = "paragraph" if len(stretch) == 1 else f"{len(stretch)} paragraphs"
        yield self.finding(
            document,
            start,
            end,
            f"Untranslated {script} text: {what} ({quoted(text, 40)}) left in another script.",
        )
