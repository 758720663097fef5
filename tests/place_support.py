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


def candidate_in(text: str, word: str) -> garbles.Candidate:
    """The place candidate ``word`` of ``text``."""
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return next(c for c in garbles.candidates(document) if c.text == word)


def rule_spans(code: str, text: str) -> list[str]:
    """The text of each finding rule ``code`` (default configuration) reports in the one
    paragraph ``text``."""
    text += "\n"
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    rule = get_rule(code)()
    rule.config = Config()
    return [document.plain[f.start : f.end] for f in rule.check(document)]


def assert_read_as(text: str, span: str, kind: str, country: str, name: str) -> None:
    """``span`` of ``text`` is read as a ``kind`` garble of the place ``name`` of ``country``,
    and reported by TQ301 as a check runs."""
    found = [g for g in garbles_in(text) if g[0] == span]
    assert found and found[0][1] == kind and found[0][2] == country
    assert found[0][3] == name
    assert ("TQ301", span) in place_findings(text)


def suggested_findings(text: str) -> list[tuple[str, str, str | None]]:
    """(rule, span, suggestion) of each TQ301/TQ306 finding (model-free) in the one paragraph
    ``text``."""
    text += "\n"
    document = parse_document(SourceText("t.txt", text, "utf-8", b"", text.encode()))
    config = Config(select=["TQ301", "TQ306"], semantic=False)
    return [(f.rule, text[f.start : f.end], f.suggestion) for f in check_document(document, config)]
