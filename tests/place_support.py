"""Helpers for the place-garble tests: the garbles and candidates of a one-paragraph text."""

from __future__ import annotations

from tqcheck.config import Config
from tqcheck.document.model import Document
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.rules.registry import get_rule
from tqcheck.runner import check_document


def document_of(text: str) -> Document:
    """``text`` parsed as a plain-text file."""
    return parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))


def garbles_in(text: str) -> list[tuple[str, str, str, str]]:
    """(text, kind, country, suggested name) of each garble ``find_garbles`` reads in ``text``."""
    return [(g.text, g.kind, g.country, g.name) for g in garbles.find_garbles(document_of(text))]


def place_findings(text: str, rules: tuple[str, ...] = ("TQ301", "TQ306")) -> list[tuple[str, str]]:
    """(rule, span) of each finding of ``rules`` (model-free) in ``text``, run as a check runs."""
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    findings = check_document(document, Config(select=rules, semantic=False))
    return [(finding.rule, text[finding.start : finding.end]) for finding in findings]


def candidate_in(text: str, word: str) -> garbles._Candidate:
    """The place candidate ``word`` of ``text``."""
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return next(c for c in garbles._candidates(document) if c.text == word)


def rule_spans(code: str, text: str) -> list[str]:
    """The text of each finding rule ``code`` (default configuration) reports in the one
    paragraph ``text``."""
    text += "\n"
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    rule = get_rule(code)()
    rule.config = Config()
    return [document.plain[f.start : f.end] for f in rule.check(document)]
