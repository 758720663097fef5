"""Rule docs generated from the registry: ``tqcheck rules``, ``tqcheck rule CODE``, the README."""

from __future__ import annotations

import json
import textwrap

from tqcheck.rules.base import Rule
from tqcheck.rules.registry import all_rules


def rules_text() -> str:
    lines = [f"{'code':<6} {'name':<22} {'category':<9} {'severity':<8} fix    summary"]
    for rule in all_rules():
        lines.append(
            f"{rule.code:<6} {rule.name:<22} {rule.category.value:<9} "
            f"{rule.severity.value:<8} {rule.fix or '-':<6} {rule.summary}"
        )
    return "\n".join(lines) + "\n"


def rules_markdown() -> str:
    lines = [
        "| Code | Name | Category | Severity | Fix | Default | What it flags |",
        "|---|---|---|---|---|---|---|",
    ]
    for rule in all_rules():
        lines.append(
            f"| {rule.code} | `{rule.name}` | {rule.category.value} | "
            f"{rule.severity.value} | {rule.fix or '-'} | "
            f"{'on' if rule.default_enabled else 'off'} | {rule.summary} |"
        )
    return "\n".join(lines) + "\n"


def rules_json() -> str:
    data = [
        {
            "code": rule.code,
            "name": rule.name,
            "category": rule.category.value,
            "severity": rule.severity.value,
            "fix": rule.fix,
            "default_enabled": rule.default_enabled,
            "summary": rule.summary,
            "explanation": rule.doc().explanation,
            "bad": rule.doc().bad,
            "good": rule.doc().good,
        }
        for rule in all_rules()
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def explain(rule: type[Rule]) -> str:
    doc = rule.doc()
    wrapped = textwrap.fill(doc.explanation, width=88)
    fix = {"safe": "safe automatic fix", "unsafe": "fix offered, needs review"}.get(
        rule.fix or "", "no automatic fix"
    )
    selection = "" if rule.default_enabled else "   not in the default selection"
    return (
        f"{rule.code} {rule.name}\n"
        f"category: {rule.category.value}   default severity: {rule.severity.value}   "
        f"{fix}{selection}\n\n{wrapped}\n\n"
        f"Bad:\n{textwrap.indent(doc.bad, '    ')}\n\n"
        f"Good:\n{textwrap.indent(doc.good, '    ')}\n"
    )
