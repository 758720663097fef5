"""The code of the methods ``@dataclass`` writes, kept in tqcheck's cache folder (issue 13: cold
start).

A dataclass's ``__init__``, ``__repr__``, ``__eq__`` and ``__hash__`` are written as Python source
and compiled (``exec`` of the text) when the class is made: the command makes about 80
dataclasses as it imports its modules, and compiling their 450 texts took 50 ms of a rules-only
check's CPU time. The code compiled from a text depends only on the text and the Python build,
so :func:`install` has the dataclasses module execute its texts through :func:`_exec`, which
keeps each text's code (marshalled) in one pickle per Python build, written when a process
compiled a text the pickle lacked; later processes execute the kept code, as ``exec`` would
have compiled it. Installed by the command for itself (``tqcheck.__main__``), as it raises the
collector's threshold, not by a program that imports tqcheck. A cache folder that cannot be
written only means compiling as usual.
"""

from __future__ import annotations

import builtins
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tqcheck.cache_files import KeptTable

_MAX_KEPT = 4000  # more texts than this in the pickle: keep only those this process used

_kept: KeptTable[str, bytes] | None = None
_scope = ""  # the command whose codes these are (part of the pickle's name)


def install(scope: str = "") -> None:
    """Have the dataclasses module execute its method texts through :func:`_exec` (once; a
    module that already has an ``exec`` of its own is left as it is). ``scope`` names the
    command: each keeps its own codes (``batch`` imports pandas and Dask, whose dataclasses a
    check would otherwise read back every time)."""
    import dataclasses

    global _scope
    if _kept is None or _kept.entries is None:
        _scope = scope
    if "exec" not in vars(dataclasses):
        dataclasses.exec = _exec  # type: ignore[attr-defined]


def uninstall() -> None:
    """Undo :func:`install`."""
    import dataclasses

    if vars(dataclasses).get("exec") is _exec:
        del dataclasses.exec  # type: ignore[attr-defined]


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /) -> None:
    """``exec(source, globals, locals)``, with the code of a text from the cache when it is
    there. Called by the dataclasses module only: no globals means its own, as for exec."""
    if globals is None:
        caller = sys._getframe(1)
        globals = caller.f_globals
        if locals is None:
            locals = caller.f_locals
    if type(source) is str:
        source = code_of(source)
    builtins.exec(source, globals, locals)


def code_of(source: str) -> CodeType:
    """The code ``exec`` compiles from ``source`` (a module's text, read as dataclasses' exec
    reads it: no ``__future__`` features but those the text has, file name ``<string>``)."""
    table = _kept_table()
    table.used.add(source)
    kept = table.table().get(source)
    if kept is not None:
        try:
            code = marshal.loads(kept)
        except (EOFError, ValueError, TypeError):
            code = None
        if isinstance(code, CodeType):
            return code
    code = _compiled(source)
    table.add(source, marshal.dumps(code))
    return code


def _compiled(source: str) -> CodeType:
    """What ``exec`` compiles of ``source`` (it raises SyntaxError as exec does)."""
    return builtins.compile(source, "<string>", "exec", dont_inherit=True)


def _path() -> Path:
    from importlib.util import MAGIC_NUMBER

    from tqcheck import cache_files

    build = (
        sys.version,
        sys.implementation.name,
        MAGIC_NUMBER,
        marshal.version,
        sys.flags.optimize,
    )
    return cache_files.named_path("-".join(filter(None, ("dataclass-code", _scope))), build)


def _kept_table() -> KeptTable[str, bytes]:
    """The kept codes (:class:`~tqcheck.cache_files.KeptTable`, made on first use)."""
    global _kept
    if _kept is None:
        from tqcheck.cache_files import KeptTable

        _kept = KeptTable(_path, _MAX_KEPT)
    return _kept
