from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from tqcheck.document.model import Block, BlockKind, Document, Token
from tqcheck.findings import Category, Finding, Severity
from tqcheck.gazetteer.index import default_gazetteer
from tqcheck.lexicon import (
    SUBJECT_PRONOUNS,
    is_function_word,
    is_time_word,
    is_verb_like,
    word_list,
)
from tqcheck.rules.base import Rule
from tqcheck.rules.text import quoted

# Calibrated on benchmarks/calibration/run_in_heading.tsv with
# benchmarks/calibrate_run_in_heading.py; see docs/benchmarks.md ("Run-in headings (TQ603)").
# A candidate is reported when cos(prefix, rest of the paragraph) is at least this.
THRESHOLD = 0.10

_MAX_PREFIX = 5
# How far after the subject's first word its verb may come ("The Red Cross said").
_VERB_WITHIN = 5
# Function words a heading may hold inside it ("Talks in Geneva", "Return of refugees").
_INNER_FUNCTION_WORDS = frozenset(["of", "in", "on", "for", "and", "at", "to", "with", "over"])
# Words that open a clause on their own: a capitalised one after a noun phrase starts a sentence.
_CLAUSE_OPENERS = frozenset(
    ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our"]
) | (SUBJECT_PRONOUNS - {"nobody", "everyone", "you"})
# Words inside the subject before its verb ("The head of the mission said").
_SUBJECT_FUNCTION_WORDS = frozenset(["of", "the", "and"])
# First words of ordinary sentences, never of a heading ("Last week ...", "Separately, ...").
_OPENERS = frozenset(
    [
        "even", "while", "when", "because", "although", "though", "whether", "other", "another",
        "some", "many", "several", "most", "such", "my", "your", "all", "no", "only", "just",
        "also", "last", "next", "earlier", "later", "meanwhile", "however", "separately",
        "according", "here", "there", "now", "then", "still", "yet", "instead", "once",
        "finally", "first", "mr", "mrs", "ms", "dr", "says", "said", "so", "thus", "hence",
        "yes", "oh", "well", "please", "what", "who", "why", "how", "where", "which",
    ]
)  # fmt: skip
# Titles the shared role-noun list lacks ("Head of Mission Toivo Klaar said").
_MORE_ROLES = frozenset(["head", "chair", "member", "members", "spokesman", "king", "queen"])
# Endings of nouns for people: "singer Charles Aznavour said", "activist Nasrin Sotoudeh".
_PERSON_ENDINGS = ("er", "ers", "ist", "ists", "or", "ors", "ian", "ians", "ant", "ants")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A paragraph opening that may be a subheading run into the first sentence."""

    block: Block
    prefix: str  # the would-be heading
    start: int  # offsets of the prefix in the document
    end: int
    next_words: str  # the words the paragraph should start with
    rest: str  # the paragraph after the prefix

    @property
    def texts(self) -> list[str]:
        return [self.prefix, self.rest]


def _word(token: Token) -> bool:
    return token.text.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _is_role(token: Token) -> bool:
    return token.lower in word_list("role_nouns") or token.lower in _MORE_ROLES


def _opens_clause(document: Document, tokens: tuple[Token, ...], at: int) -> bool:
    """A capitalised subject at ``tokens[at]`` followed by its verb within a few words."""
    subject = tokens[at]
    if not subject.is_capitalized or not _word(subject) or is_time_word(subject.text):
        return False
    for index in range(at + 1, min(at + 1 + _VERB_WITHIN, len(tokens))):
        if document.plain[tokens[index - 1].end : tokens[index].start] != " ":
            return False
        token = tokens[index]
        if is_verb_like(token.text):
            return True
        if is_function_word(token.text) and token.lower not in _SUBJECT_FUNCTION_WORDS:
            return False
    return False


def _is_place(word: str) -> bool:
    """TQ102's test: a place the gazetteer knows speaking as the subject ("Moscow has said")."""
    return any(m.entry.kind != "person" for m in default_gazetteer().known(word))


def candidate(document: Document, block: Block) -> Candidate | None:
    """The shortest capitalised noun phrase opening ``block`` that reads as a run-in heading."""
    if block.kind is not BlockKind.PARAGRAPH or not block.sentences:
        return None
    tokens = block.sentences[0].tokens
    if len(tokens) < 4 or tokens[0].start != block.start:
        return None
    head = tokens[0]
    if (
        not head.is_capitalized
        or not _word(head)
        or is_function_word(head.text)
        or is_time_word(head.text)
        or is_verb_like(head.text)
        or head.lower in SUBJECT_PRONOUNS
        or head.lower in _OPENERS
        or head.lower in _CLAUSE_OPENERS
        or _is_role(head)
        or (head.text.isupper() and len(head.text) > 3)  # a dateline: "GENEVA The talks ..."
    ):
        return None
    for size in range(1, min(_MAX_PREFIX, len(tokens) - 2) + 1):
        prefix, subject = tokens[:size], tokens[size]
        last = prefix[-1]
        if document.plain[last.end : subject.start] != " " or not _word(last):
            return None  # punctuation or a line break: not one run of words
        if is_verb_like(last.text):
            return None  # the opening phrase is already a clause
        if is_function_word(last.text):
            if last.lower not in _INNER_FUNCTION_WORDS:
                return None
            continue
        if is_time_word(last.text) or _is_role(last):
            return None  # "Last week Moscow said", "Foreign Minister Sergey Lavrov said"
        if not subject.is_capitalized:
            continue
        determiner = subject.lower in _CLAUSE_OPENERS
        lower_words = [t for t in prefix[1:] if not t.is_capitalized]
        if not determiner and not lower_words:
            continue  # a run of capitalised words is a name ("European Union ministers")
        if not determiner and last.lower.endswith(_PERSON_ENDINGS):
            return None  # a description before a name ("Armenian-born singer Charles Aznavour")
        if not _opens_clause(document, tokens, size):
            continue
        if _is_place(subject.text):
            return None  # TQ102 reports a place speaking as the subject
        rest = " ".join(document.plain[subject.start : block.end].split())
        next_words = " ".join(t.text for t in tokens[size : size + 3])
        return Candidate(
            block=block,
            prefix=document.plain[head.start : last.end],
            start=head.start,
            end=last.end,
            next_words=next_words,
            rest=rest,
        )
    return None


def candidates(document: Document) -> list[Candidate]:
    found = (candidate(document, block) for block in document.blocks)
    return [c for c in found if c is not None]


def score(prefix: object, rest: object) -> float:
    """cos(prefix, rest): how well the prefix reads as a heading of the text after it."""
    return float(prefix @ rest)  # type: ignore[operator]


class RunInHeading(Rule):
    """A subheading run into the first sentence of its paragraph, before a non-place subject.

    When the line break after a subheading is lost, the heading becomes the first words of the
    paragraph: "Humanitarian corridor The Red Cross said on Monday ...". The rule looks for a
    paragraph that opens with a short capitalised noun phrase (no verb, no function word except
    inside it, as in "Talks in Geneva") directly followed by a capitalised word that opens a
    clause with its verb a few words later ("The Red Cross said"). Normal openers ("On Monday",
    "Last week"), titles before names ("Foreign Minister Sergey Lavrov said"), descriptions
    before names and runs of capitalised words ("European Union foreign ministers") are not
    candidates, and a place speaking as the subject ("Russian proposal Moscow has called") is
    left to TQ102. A candidate is reported when the phrase reads as a heading of the text after
    it: the cosine similarity of their sentence embeddings reaches a threshold calibrated on
    labelled paragraphs. Put the heading on its own line, separated by a blank line.

    Bad:
        Humanitarian corridor The Red Cross said on Monday that it had evacuated 40 wounded
        civilians from the besieged town through a corridor opened overnight.

    Good:
        Humanitarian corridor

        The Red Cross said on Monday that it had evacuated 40 wounded civilians from the
        besieged town through a corridor opened overnight.
    """

    code = "TQ603"
    name = "run-in-heading"
    category = Category.SEMANTIC
    severity = Severity.WARNING
    summary = "Subheading run into the first sentence of its paragraph"
    fix = "unsafe"
    needs_model = True

    def texts_to_embed(self, document: Document) -> list[str]:
        return list(itertools.chain.from_iterable(c.texts for c in candidates(document)))

    def check(self, document: Document) -> Iterator[Finding]:
        assert self.embeddings is not None, "the runner binds the embedding store"
        for found in candidates(document):
            prefix, rest = self.embeddings.matrix(found.texts)
            if score(prefix, rest) < THRESHOLD:
                continue
            yield self.finding(
                document,
                found.start,
                found.end + 1,  # the space after the prefix becomes the paragraph break
                f"{quoted(found.prefix)} looks like a subheading run into the paragraph: "
                f"start the paragraph at {quoted(found.next_words)}",
                suggestion=found.prefix + "\n\n",
            )
