"""Counts shared by the reporters' summaries."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tqcheck.findings import Severity
from tqcheck.runner import RunResult


def summarise(result: RunResult) -> dict[str, Any]:
    findings = result.findings
    severities = Counter(finding.severity for finding in findings)
    by_rule = Counter(finding.rule for finding in findings)
    return {
        "files": len(result.files),
        "files_with_errors": len(result.errors),
        "findings": len(findings),
        "error": severities[Severity.ERROR],
        "warning": severities[Severity.WARNING],
        "info": severities[Severity.INFO],
        "by_rule": dict(sorted(by_rule.items())),
    }
