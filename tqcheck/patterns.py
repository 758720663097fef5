"""Regular expressions whose compiled code is kept in tqcheck's cache folder (issue 13: cold start).

Python compiles a pattern in Python code (its parser and code generator): the patterns of the
facts and rules took 70 ms of every check, the largest 15 ms. What compiling produces depends
only on the pattern, its flags and the Python build, so :func:`compile` keeps the code of each
pattern it compiles in one pickle per Python build, written when a process compiled a pattern
the pickle lacked, and later processes hand the code straight to the regular-expression engine
(a fraction of a millisecond for all of them). A cache folder that cannot be written only means
compiling as usual; so does a Python whose engine is not the one this was written for.
"""

from __future__ import annotations

import os
import re
import sys
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tqcheck.cache_files import KeptTable

try:  # CPython's engine: the parser, the code generator and the compiled-pattern maker
    import _sre
    from re import _compiler, _parser

    _USABLE = all(
        callable(getattr(module, name, None))
        for module, name in ((_sre, "compile"), (_compiler, "_code"), (_parser, "parse"))
    )
    _TYPECODE = next(code for code in "IL" if array(code).itemsize == _sre.CODESIZE)
except (ImportError, AttributeError, StopIteration):
    _USABLE = False

# (pattern, flags) -> (flags of the compiled pattern, code as bytes, groups, group index,
# index group): the arguments of ``_sre.compile`` besides the pattern
_Code = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_MAX_KEPT = 4000  # more codes than this in the pickle: keep only those this process used
# ... or more bytes of code than this: reading the pickle costs every process about 2 ms a MB
_MAX_BYTES = 4_000_000

_kept: KeptTable[tuple[str, int], _Code] | None = None
_scope = ""  # the command whose codes these are, when :func:`install` named one


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the code kept in the cache when it is there."""
    flags = int(flags)
    if not _USABLE or flags & (re.DEBUG | re.TEMPLATE) or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    kept = _kept_table()
    key = (pattern, flags)
    kept.used.add(key)
    code = kept.table().get(key)
    if code is None:
        code = _compiled(pattern, flags)
        kept.add(key, code)
    compiled: re.Pattern[str] = _sre.compile(
        pattern, code[0], array(_TYPECODE, code[1]).tolist(), *code[2:]
    )
    return compiled


def install(scope: str = "") -> None:
    """Have ``re`` itself compile through the kept codes (``re.compile``, ``re.search`` and
    the rest, in any module): what the command does for itself (``tqcheck.__main__``), not a
    program that imports tqcheck. The patterns it has compiled once are read back as
    :func:`compile`'s are (the standard library's and its other dependencies' took 10 ms of a
    check, tqcheck's own modules' another 7 ms); a pattern compiled for the first time is kept
    when a module compiles it as it is imported, or code outside tqcheck compiles it (their
    patterns are their own constants), never one that tqcheck's functions build at run time,
    which may be made of the article's words (those that are constant go through
    :func:`compile`). Python's own cache of the last patterns is in front, as before.
    ``scope`` names the command: each keeps its own codes (``batch`` imports pandas and Dask,
    whose patterns a check would otherwise read back every time)."""
    global _original, _scope
    if _kept is None or _kept.entries is None:
        _scope = scope
    if _USABLE and _original is None:
        _table()  # read first: reading it imports modules that compile patterns of their own
        _original = _compiler.compile
        _compiler.compile = _compile_for_re


def uninstall() -> None:
    """Undo :func:`install`."""
    global _original
    if _original is not None:
        _compiler.compile = _original
        _original = None


_original: Any = None  # ``re._compiler.compile`` while :func:`install` has replaced it
# where tqcheck's modules and re's are: the frames :func:`_constant` tells apart
_PACKAGE = str(Path(__file__).parent) + os.sep
_RE_PACKAGE = str(Path(re.__file__).parent) + os.sep


def _compile_for_re(pattern: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` for ``re``'s own cache misses: the kept code of a pattern,
    when there is one (see :func:`install`)."""
    original = _original
    if original is None or not isinstance(pattern, str) or flags & (re.DEBUG | re.TEMPLATE):
        return (original or _compiler.compile)(pattern, flags)
    key = (pattern, int(flags))
    kept = _kept_table()
    code = kept.table().get(key)
    if code is None:
        if not _constant(sys._getframe(1)):
            return original(pattern, flags)
        code = _compiled(pattern, int(flags))
        kept.add(key, code)
    kept.used.add(key)
    return _sre.compile(pattern, code[0], array(_TYPECODE, code[1]).tolist(), *code[2:])


def _constant(frame: Any) -> bool:
    """The code that asked ``re`` for a pattern (the first frame outside ``re``) is a module's
    body, or code outside tqcheck."""
    while frame is not None and frame.f_code.co_filename.startswith(_RE_PACKAGE):
        frame = frame.f_back
    if frame is None:
        return False
    code = frame.f_code
    return code.co_name == "<module>" or not code.co_filename.startswith(_PACKAGE)


def longest_first(word: str) -> tuple[int, str]:
    """Sort key for the words of an alternation: the longest first (so "north-east" is tried
    before "north"), ties alphabetical. A plain ``key=len`` leaves ties in the order of the
    input, which for a set changes with the process's hash seed: the pattern's text then differs
    from one process to the next, so its code is never found in the cache and every process
    compiled it again and added another copy to the pickle."""
    return (-len(word), word)


def _compiled(pattern: str, flags: int) -> _Code:
    """What ``re._compiler.compile`` hands the engine (it raises ``re.error`` as re.compile
    does for a bad pattern)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        array(_TYPECODE, (int(op) for op in code)).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _path() -> Path:
    from tqcheck import cache_files

    build = (sys.version, sys.implementation.name, _sre.MAGIC, _sre.CODESIZE)
    return cache_files.named_path("-".join(filter(None, ("patterns", _scope))), build)


def _kept_table() -> KeptTable[tuple[str, int], _Code]:
    """The kept codes (:class:`~tqcheck.cache_files.KeptTable`, made on first use)."""
    global _kept
    if _kept is None:
        from tqcheck.cache_files import KeptTable

        _kept = KeptTable(_path, _MAX_KEPT, _too_large)
    return _kept


def _table() -> dict[tuple[str, int], _Code]:
    return _kept_table().table()


def _too_large(codes: dict[tuple[str, int], _Code]) -> bool:
    return sum(len(code[1]) for code in codes.values()) > _MAX_BYTES
