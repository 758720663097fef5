"""The per-rule documentation page, generated from the registry, and each rule's link into it.

``docs/rules.md`` in the repository holds one section per rule (heading ``TQNNN name``, so its
anchor is ``tqnnn-name`` as GitHub and most Markdown renderers make it). The same page is
installed with the package (``tqcheck/data/rules.md``), so a finding's documentation link
(SARIF ``helpUri``, ``tqcheck rule CODE``) resolves on any machine without a network:
``file:///.../tqcheck/data/rules.md#tq201-doubled-word``. ``scripts`` need not rebuild it:
``python -m tqcheck.rules.docs_page`` rewrites both copies, and a test keeps them current.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tqcheck.rules.base import Rule
from tqcheck.rules.registry import all_rules, get_rule

INSTALLED_PAGE = Path(__file__).resolve().parent.parent / "data" / "rules.md"
REPOSITORY_PAGE = Path(__file__).resolve().parent.parent.parent / "docs" / "rules.md"


def anchor(rule: type[Rule]) -> str:
    """The heading's anchor: ``TQ201 doubled-word`` -> ``tq201-doubled-word``."""
    return f"{rule.code.lower()}-{rule.name}"


def doc_uri(code: str) -> str:
    """The rule's documentation: its section of the installed page, as a file URI."""
    return f"{INSTALLED_PAGE.as_uri()}#{anchor(get_rule(code))}"


def rules_page() -> str:
    lines = [
        "# tqcheck rules",
        "",
        "Generated from the rules' code (`python -m tqcheck.rules.docs_page`); one section per",
        "rule, with its explanation and a bad and a good example. `tqcheck rule CODE` prints the",
        "same on the terminal.",
        "",
    ]
    for rule in all_rules():
        doc = rule.doc()
        fix = {"safe": "safe automatic fix", "unsafe": "fix offered, needs review"}.get(
            rule.fix or "", "no automatic fix"
        )
        selection = "on by default" if rule.default_enabled else "off by default"
        lines += [
            f"## {rule.code} {rule.name}",
            "",
            f"{rule.summary}. Category `{rule.category.value}`, severity "
            f"`{rule.severity.value}`, {fix}, {selection}.",
            "",
            doc.explanation.strip(),
            "",
            "Bad:",
            "",
            "```text",
            doc.bad.rstrip(),
            "```",
            "",
            "Good:",
            "",
            "```text",
            doc.good.rstrip(),
            "```",
            "",
        ]
    return "\n".join(lines)


def main() -> int:
    text = rules_page()
    for page in (INSTALLED_PAGE, REPOSITORY_PAGE):
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(text, encoding="utf-8")
        sys.stdout.write(f"wrote {page}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
