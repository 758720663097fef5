"""Reporters turn a :class:`~tqcheck.runner.RunResult` into one output format each."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TextIO

from tqcheck.runner import RunResult

FORMATS: tuple[str, ...] = ("text", "json", "github", "sarif", "csv", "html")

Reporter = Callable[[RunResult, TextIO], None]


def get_reporter(name: str) -> Callable[..., None]:
    """The ``render`` function of ``tqcheck/reporters/<name>_format.py``."""
    module = import_module(f"tqcheck.reporters.{name}_format")
    render: Callable[..., None] = module.render
    return render
