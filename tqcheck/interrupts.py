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


def exit_interrupted() -> None:
    """Exit 130 with the one line a Ctrl-C gets, however deep the interrupt landed.

    A ``KeyboardInterrupt`` that ended a string ``exec`` (dataclasses build their methods so,
    at import) leaves CPython's "unhandled interrupt" flag set even once it is caught, and
    ``python -m tqcheck`` then dies by SIGINT (exit -2 to a parent process) instead of
    exiting 130. Every string ``exec`` clears the flag when it starts: an empty one here
    does, and cannot hide an interrupt nobody caught.
    """
    import click

    from tqcheck.errors import ExitCode

    exec("pass", {})  # a constant: clears the flag, see above
    click.echo("tqcheck: interrupted", err=True)
    raise SystemExit(ExitCode.INTERRUPTED) from None


def caused_by_interrupt(exc: BaseException) -> bool:
    """``exc`` was raised while handling a Ctrl-C or because of one: Python wraps an
    interrupt that lands in a class's ``__set_name__`` (a dataclass field at import) in a
    ``RuntimeError``, which is no internal error."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, KeyboardInterrupt):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False
