"""The :class:`Rule` base class: one subclass per rule, one rule per module.

A rule's class attributes are the single source of truth for its code, name, category, default
severity and fix safety; its docstring is the text of ``tqcheck rule CODE`` and must hold a
``Bad:`` and a ``Good:`` example (indented four spaces). The docs, the README rule table and the
SARIF rule list are all generated from these.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Literal

from tqcheck import patterns
from tqcheck.document.model import Document
from tqcheck.findings import Category, Finding, Severity

if TYPE_CHECKING:
    from tqcheck.config import Config
    from tqcheck.semantic.store import EmbeddingStore
    from tqcheck.suppression import SuppressionUse

FixSafety = Literal["safe", "unsafe"] | None


@dataclass(frozen=True, slots=True)
class RuleDoc:
    """A rule's docstring split into its explanation and its two examples."""

    explanation: str
    bad: str
    good: str


_EXAMPLE_HEADER = patterns.compile(r"^(Bad|Good):\s*$")


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[Category]
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    fix: ClassVar[FixSafety] = None
    # False for rules left out of the default selection (``DEFAULT``) because they are not yet
    # right often enough on real text; ``--select CODE``, a prefix, a category or ``ALL`` runs them.
    default_enabled: ClassVar[bool] = True
    # True for rules that need the sentence-embedding model (loaded lazily).
    needs_model: ClassVar[bool] = False
    # True for rules about the suppression comments themselves (TQ901): they run after every
    # other rule of the run, and the runner sets ``suppressions`` (what each comment silenced)
    # and ``ran`` (the codes of the rules the run checks) before each document.
    reads_suppressions: ClassVar[bool] = False
    suppressions: Sequence[SuppressionUse] = ()
    ran: frozenset[str] = frozenset()
    # Set by the runner on rules that need the model: the run's shared embedding store.
    embeddings: EmbeddingStore | None = None
    # Set by the runner before each document: the configuration that applies to it.
    config: Config | None = None

    def check(self, document: Document) -> Iterator[Finding]:
        raise NotImplementedError

    def texts_to_embed(self, document: Document) -> list[str]:
        """Texts this rule will embed for ``document``, so a run can embed them in batches."""
        return []

    def finding(
        self,
        document: Document,
        start: int,
        end: int,
        message: str,
        suggestion: str | None = None,
    ) -> Finding:
        """A finding of this rule over ``document.text[start:end]``."""
        line, column = document.lines.position(start)
        end_line, end_column = document.lines.position(end)
        return Finding(
            rule=self.code,
            category=self.category,
            severity=self.severity,
            start=start,
            end=end,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            text=document.text[start:end],
            message=message,
            suggestion=suggestion,
        )

    @classmethod
    def doc(cls) -> RuleDoc:
        """Parse the docstring into explanation, bad example and good example."""
        text = inspect.cleandoc(cls.__doc__ or "")
        explanation: list[str] = []
        examples: dict[str, list[str]] = {}
        current: list[str] | None = None
        for line in text.splitlines():
            header = _EXAMPLE_HEADER.match(line)
            if header:
                current = examples.setdefault(header.group(1).lower(), [])
            elif current is not None and (line.startswith("    ") or not line.strip()):
                current.append(line[4:])
            else:
                current = None
                explanation.append(line)
        return RuleDoc(
            explanation=" ".join(" ".join(explanation).split()),
            bad="\n".join(examples.get("bad", [])).strip("\n"),
            good="\n".join(examples.get("good", [])).strip("\n"),
        )
