"""Ctrl-C that lands where Python cannot raise it.

Python raises ``KeyboardInterrupt`` wherever the main thread happens to be when SIGINT arrives.
Inside a ``__del__`` method or a weakref callback (a library freeing a compiled pattern, say)
an exception cannot propagate: Python prints "Exception ignored in ..." with a traceback and
carries on, so the interrupt is lost and the run finishes as if nothing happened. With
:func:`install`, such a swallowed interrupt is remembered (and nothing is printed), and
:func:`raise_if_interrupted`, called by the runner between files and between rules, raises it
there.
"""

from __future__ import annotations

import sys
from typing import Any

_pending = False
_previous_hook: Any = None


def _hook(unraisable: Any) -> None:
    global _pending
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        _pending = True
        return
    (_previous_hook or sys.__unraisablehook__)(unraisable)


def install() -> None:
    """Remember interrupts that Python could not raise (idempotent)."""
    global _previous_hook
    if sys.unraisablehook is not _hook:
        _previous_hook = sys.unraisablehook
        sys.unraisablehook = _hook


def raise_if_interrupted() -> None:
    """Raise the ``KeyboardInterrupt`` that an earlier Ctrl-C could not raise, if any."""
    global _pending
    if _pending:
        _pending = False
        raise KeyboardInterrupt
