"""The registry is the single source of truth: every rule is documented and its examples hold."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT, example_findings
from tqcheck.findings import Category, Severity
from tqcheck.rules.catalogue import rules_markdown
from tqcheck.rules.registry import all_rules

RULES = all_rules()


@pytest.mark.parametrize("rule", RULES, ids=[rule.code for rule in RULES])
def test_rule_metadata(rule: type) -> None:
    assert re.fullmatch(r"TQ\d{3}", rule.code)
    assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name)
    assert isinstance(rule.category, Category)
    assert isinstance(rule.severity, Severity)
    assert rule.summary and len(rule.summary) < 90
    family = {
        "1": "layout",
        "2": "artifact",
        "3": "place",
        "4": "number",
        "5": "date",
        "6": "semantic",
        "7": "source",
        "8": "term",
        "9": "meta",
    }[rule.code[2]]
    assert (
        rule.__module__
        == f"tqcheck.rules.{family}.{rule.code.lower()}_{rule.name.replace('-', '_')}"
    )


@pytest.mark.parametrize("rule", RULES, ids=[rule.code for rule in RULES])
def test_bad_example_fires_and_good_example_is_quiet(rule: type) -> None:
    doc = rule.doc()
    assert doc.explanation and doc.bad and doc.good
    # A rule about other rules' findings (TQ901) names the rules its examples need beside it.
    select = ",".join((rule.code, *getattr(rule, "examples_select", ())))
    assert [f.rule for f in example_findings(doc.bad, select=select)] != []
    assert example_findings(doc.good, select=select) == []


def test_rule_codes_are_unique_and_sorted() -> None:
    codes = [rule.code for rule in RULES]
    assert codes == sorted(set(codes))


def test_readme_rule_table_matches_registry() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- rules:start -->\n(.*?)<!-- rules:end -->", readme, re.DOTALL)
    assert match, "README.md lacks the generated rule table markers"
    assert match.group(1) == rules_markdown(), "run: tqcheck rules --format markdown"
