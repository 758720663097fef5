from __future__ import annotations

import difflib
from collections.abc import Iterator

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity
from tqcheck.rules.base import Rule
from tqcheck.rules.source.mechanics import Token, units, whole_target

# What must reach the target character for character. Hashtags and handles in Latin letters
# and digits only: an Arabic hashtag may rightly be translated.
_URL = r"(?:https?://|www\.)[^\s<>\"'«»“”]+[^\s<>\"'«»“”.,;:!?)\]،؛]"
_EMAIL = r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
_HASHTAG = r"(?<![\w&#])#[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*"
_HANDLE = r"(?<![\w@.])@[A-Za-z0-9_]{2,30}\b(?!\.[A-Za-z])"
ITEMS = patterns.compile(
    f"(?P<url>{_URL})|(?P<email>{_EMAIL})|(?P<hashtag>{_HASHTAG})|(?P<handle>{_HANDLE})"
)
_KINDS = {"url": "URL", "email": "e-mail address", "hashtag": "hashtag", "handle": "handle"}


class UrlHandleMismatch(Rule):
    """A URL, e-mail address, hashtag or @handle of the source that the target lacks, or has
    altered (a character changed, a letter case changed, a part translated).

    These are addresses: a reader or a link checker uses them character for character, so
    the target must carry them over unchanged. Hashtags and handles are checked when written
    in Latin letters (an Arabic hashtag may be translated).

    Bad:
        source: التفاصيل على www.example.org/news واكتبوا إلى desk@example.org.
        target: Details at www.example.org/new; write to the desk.

    Good:
        source: التفاصيل على www.example.org/news واكتبوا إلى desk@example.org.
        target: Details at www.example.org/news; write to desk@example.org.
    """

    code = "TQ723"
    name = "url-handle-mismatch"
    category = Category.SOURCE
    severity = Severity.ERROR
    summary = "A URL, e-mail address, hashtag or @handle of the source is missing or altered"

    def check(self, document: Document) -> Iterator[Finding]:
        for unit in units(document):
            source = _items(unit.source)
            if not source:
                continue
            target = _items(unit.target)
            unmatched = [t for t in target if t[1].text not in {s.text for _, s in source}]
            for kind, item in source:
                if any(item.text == t.text for _, t in target):
                    continue
                altered = _closest(item.text, [t for k, t in unmatched if k == kind])
                label = _KINDS[kind]
                if altered is not None:
                    unmatched = [t for t in unmatched if t[1] is not altered]
                    start, end = unit.target_span(altered.start, altered.end)
                    yield self.finding(
                        document,
                        start,
                        end,
                        f"unit {unit.id}: the source's {label} {item.text} is altered to "
                        f"{altered.text}",
                        suggestion=item.text,
                    )
                else:
                    start, end = whole_target(unit)
                    yield self.finding(
                        document,
                        start,
                        end,
                        f"unit {unit.id}: the target lacks the source's {label} {item.text}",
                    )


def _items(text: str) -> list[tuple[str, Token]]:
    found = []
    for match in ITEMS.finditer(text):
        kind = match.lastgroup or "url"
        found.append((kind, Token(match.group(), match.start(), match.end())))
    return found


def _closest(text: str, candidates: list[Token]) -> Token | None:
    """The candidate most like ``text`` (at least half alike), or None."""
    best, score = None, 0.5
    for candidate in candidates:
        ratio = difflib.SequenceMatcher(None, text.lower(), candidate.text.lower()).ratio()
        if ratio >= score:
            best, score = candidate, ratio
    return best
