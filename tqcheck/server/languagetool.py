"""LanguageTool's HTTP API (``POST /v2/check``, ``GET /v2/languages``) over tqcheck's findings.

LanguageTool clients (browser add-ons, editor plug-ins, ``language_tool_python``) send form
fields ``text`` or ``data`` and ``language`` and read ``matches[]``. Offsets and lengths are in
UTF-16 code units, as LanguageTool (a Java server) counts them and as JavaScript clients index
strings; tqcheck's own offsets are code points, so they are converted here.

``data`` is LanguageTool's annotated text: ``{"annotation": [{"text": ...}, {"markup": ...,
"interpretAs": ...}]}``. Text parts are checked; a markup part is checked as its
``interpretAs`` (usually nothing or a line break); offsets are reported in the full annotated
string (text and markup together), so a client can mark up its own document.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from typing import Any

from tqcheck import __version__
from tqcheck.document import Document
from tqcheck.findings import Category, Finding
from tqcheck.server.engine import RequestError

LANGUAGES = (
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (Australian)", "code": "en", "longCode": "en-AU"},
    {"name": "English (Canadian)", "code": "en", "longCode": "en-CA"},
)
_NAMES = {language["longCode"].lower(): language["name"] for language in LANGUAGES}

# LanguageTool's issue types are the W3C ITS 2.0 localization-quality issue types.
ISSUE_TYPES = {
    Category.ARTIFACT: "mistranslation",
    Category.LAYOUT: "formatting",
    Category.PLACE: "inconsistent-entities",
    Category.NUMBER: "numbers",
    Category.DATE: "inconsistency",
    Category.SEMANTIC: "mistranslation",
    Category.SOURCE: "mistranslation",
}
CATEGORY_NAMES = {
    Category.ARTIFACT: "Machine-translation artifacts",
    Category.LAYOUT: "Layout",
    Category.PLACE: "Place names",
    Category.NUMBER: "Numbers",
    Category.DATE: "Dates",
    Category.SEMANTIC: "Meaning",
    Category.SOURCE: "Source and translation",
}
_CONTEXT = 40  # characters of context either side, as LanguageTool gives


def language_of(value: str | None) -> dict[str, str]:
    """The answer's ``language`` object; tqcheck checks English, so another language is a 400
    (as LanguageTool answers for one it does not know)."""
    code = (value or "auto").strip()
    if code.lower() == "auto":
        code = "en-US"
    name = _NAMES.get(code.lower())
    if name is None:
        raise RequestError(
            f"language {code[:20]!r} is not supported: tqcheck checks English "
            "(en, en-US, en-GB, en-AU, en-CA, auto)"
        )
    return {
        "name": name,
        "code": code,
        "detectedLanguage": {"name": name, "code": code, "confidence": 1.0},
    }


@dataclass(frozen=True, slots=True)
class Annotated:
    """The text to check and, for each of its characters, its offset in the sent string."""

    text: str
    full: str  # what the client sent (text and markup), offsets are reported in it
    starts: list[int]  # checked-text offset where each piece starts
    origins: list[int]  # full-string offset where each piece starts
    markup: list[bool]  # whether each piece is markup (interpreted, not the client's text)
    lengths: list[int]  # each piece's length in the full string

    def to_full(self, offset: int, end: bool = False) -> int:
        """The offset in the full string of checked-text ``offset``."""
        if not self.starts:
            return offset
        index = bisect.bisect_right(self.starts, offset - (1 if end else 0)) - 1
        index = max(index, 0)
        if self.markup[index]:
            # A span touching interpreted markup covers the whole markup.
            return self.origins[index] + (self.lengths[index] if end else 0)
        return self.origins[index] + min(offset - self.starts[index], self.lengths[index])


def plain(text: str) -> Annotated:
    return Annotated(text, text, [0], [0], [False], [len(text)])


def annotated(data: str) -> Annotated:
    """LanguageTool's ``data`` field parsed; a malformed one is a one-line 400."""
    try:
        parsed = json.loads(data)
    except (json.JSONDecodeError, RecursionError):
        raise RequestError("'data' is not JSON") from None
    items = parsed.get("annotation") if isinstance(parsed, dict) else None
    if not isinstance(items, list):
        raise RequestError("'data' must be an object with an 'annotation' list")
    checked: list[str] = []
    full: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    markup: list[bool] = []
    lengths: list[int] = []
    position = origin = 0
    for item in items:
        if not isinstance(item, dict):
            raise RequestError("'data': each annotation item must be an object")
        if isinstance(item.get("text"), str):
            piece, shown, is_markup = item["text"], item["text"], False
        elif isinstance(item.get("markup"), str):
            shown = item["markup"]
            piece = item.get("interpretAs", "")
            if not isinstance(piece, str):
                raise RequestError("'data': 'interpretAs' must be a string")
            is_markup = True
        else:
            raise RequestError("'data': each annotation item needs 'text' or 'markup'")
        starts.append(position)
        origins.append(origin)
        markup.append(is_markup)
        lengths.append(len(shown))
        checked.append(piece)
        full.append(shown)
        position += len(piece)
        origin += len(shown)
    return Annotated("".join(checked), "".join(full), starts, origins, markup, lengths)


def _utf16(text: str) -> list[int]:
    """For each code-point offset (and the end), the UTF-16 offset."""
    offsets = [0] * (len(text) + 1)
    count = 0
    for index, char in enumerate(text):
        offsets[index] = count
        count += 2 if ord(char) > 0xFFFF else 1
    offsets[len(text)] = count
    return offsets


def _sentence(document: Document, finding: Finding) -> str:
    """The sentence holding the finding (its line, for a span outside every sentence)."""
    for sentence in document.sentences():
        if sentence.start <= finding.start < max(sentence.end, sentence.start + 1):
            return document.text[sentence.start : sentence.end]
    text = document.text
    start = text.rfind("\n", 0, finding.start) + 1
    end = text.find("\n", finding.end)
    return text[start : end if end != -1 else len(text)]


def matches(
    findings: list[Finding],
    document: Document,
    source: Annotated,
    rules: dict[str, Any],
) -> list[dict[str, Any]]:
    """LanguageTool's ``matches`` for ``findings`` of ``source.text``."""
    full = source.full
    units = _utf16(full)
    answer = []
    for finding in findings:
        start = source.to_full(finding.start)
        end = max(start, source.to_full(finding.end, end=True))
        left = max(0, start - _CONTEXT)
        right = min(len(full), end + _CONTEXT)
        context = full[left:right].replace("\n", " ").replace("\r", " ")
        rule = rules.get(finding.rule)
        replacements = [] if finding.suggestion is None else [{"value": finding.suggestion}]
        answer.append(
            {
                "message": finding.message,
                "shortMessage": rule.name.replace("-", " ") if rule else finding.rule,
                "replacements": replacements,
                "offset": units[start],
                "length": units[end] - units[start],
                "context": {
                    "text": context,
                    "offset": units[start] - units[left],
                    "length": units[end] - units[start],
                },
                "sentence": _sentence(document, finding),
                "type": {"typeName": "Other"},
                "rule": {
                    "id": finding.rule,
                    "description": rule.summary if rule else finding.rule,
                    "issueType": ISSUE_TYPES.get(finding.category, "uncategorized"),
                    "category": {
                        "id": f"TQCHECK_{finding.category.value.upper()}",
                        "name": CATEGORY_NAMES.get(finding.category, finding.category.value),
                    },
                },
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            }
        )
    return answer


def answer(language: dict[str, str], found: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "software": {
            "name": "tqcheck",
            "version": __version__,
            "buildDate": None,
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": language,
        "matches": found,
    }
