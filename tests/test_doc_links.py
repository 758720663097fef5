"""Every rule has a documentation link that resolves: a section of the rules page, installed
with the package and kept in docs/rules.md, named in SARIF's helpUri."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from tests.conftest import FIXTURES, ROOT, run_main
from tqcheck.rules.docs_page import INSTALLED_PAGE, REPOSITORY_PAGE, anchor, doc_uri, rules_page
from tqcheck.rules.registry import all_rules


def _anchors(page: Path) -> set[str]:
    """GitHub-style anchors of the page's second-level headings."""
    headings = re.findall(r"^## (.+)$", page.read_text(encoding="utf-8"), re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", h).strip().lower().replace(" ", "-") for h in headings}


def test_both_copies_are_the_same_and_cover_every_rule() -> None:
    assert INSTALLED_PAGE.read_text(encoding="utf-8") == REPOSITORY_PAGE.read_text(encoding="utf-8")
    assert REPOSITORY_PAGE == ROOT / "docs" / "rules.md"
    assert {anchor(rule) for rule in all_rules()} <= _anchors(INSTALLED_PAGE)
    # Regenerated from the code, the page names the same rules in the same order, and says
    # word for word what the rules' docstrings say (`python -m tqcheck.rules.docs_page`)
    assert re.findall(r"^## (\S+)", rules_page(), re.MULTILINE) == re.findall(
        r"^## (\S+)", INSTALLED_PAGE.read_text(encoding="utf-8"), re.MULTILINE
    )
    assert rules_page() == INSTALLED_PAGE.read_text(encoding="utf-8")


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.code)
def test_doc_uri_resolves(rule: type) -> None:
    uri = urlparse(doc_uri(rule.code))
    assert uri.scheme == "file"
    page = Path(unquote(uri.path))
    assert page.is_file()
    assert uri.fragment in _anchors(page)


def test_sarif_help_uri_for_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_main(
        ["check", "--format", "sarif", "--no-semantic", str(FIXTURES / "mt-article.txt")], capsys
    )
    driver = json.loads(out)["runs"][0]["tool"]["driver"]
    assert "example.org/tqcheck" not in out  # the old placeholder
    for descriptor in driver["rules"]:
        assert descriptor["helpUri"] == doc_uri(descriptor["id"])
    assert Path(unquote(urlparse(driver["informationUri"]).path)).is_file()
