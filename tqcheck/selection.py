"""Which files a folder walk checks, as ruff chooses them: ``exclude``/``extend-exclude``
patterns from the config, and ``.gitignore`` files (respected by default).

Patterns use ``.gitignore`` syntax (pathspec's ``GitIgnoreSpec``), relative to the folder of the
config file that sets them (the current folder without one). They apply to files found inside
a folder named on the command line; a file named directly is always checked, as in ruff.

The default ``exclude`` leaves out README-like files (``README*``, ``CHANGELOG*``,
``LICENSE*``...): in a folder of copy they document the folder and are not copy.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pathspec

DEFAULT_EXCLUDE = (
    "README*",
    "CHANGELOG*",
    "CHANGES*",
    "HISTORY*",
    "LICENSE*",
    "LICENCE*",
    "COPYING*",
    "NOTICE*",
    "AUTHORS*",
    "CONTRIBUTING*",
    "CODE_OF_CONDUCT*",
    "SECURITY*",
)


@cache
def spec(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    return pathspec.GitIgnoreSpec.from_lines(patterns)


def _relative(path: str, base: str) -> str | None:
    """``path`` relative to ``base`` (both real paths), or None when it is not under it."""
    relative = os.path.relpath(path, base)
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return None
    return relative.replace(os.sep, "/")


def excluded(path: str, patterns: tuple[str, ...], base: Path | None) -> bool:
    """Whether ``path`` matches ``patterns`` (relative to ``base``; the file name alone when
    it lies outside ``base``)."""
    if not patterns:
        return False
    real = os.path.realpath(path)
    root = os.path.realpath(base if base is not None else Path.cwd())
    relative = _relative(real, root) or Path(real).name
    return spec(patterns).match_file(relative)


_ROOTS: dict[str, str | None] = {}


def _repository_root(folder: str) -> str | None:
    """The nearest folder at or above ``folder`` holding ``.git`` (iterative: a folder 1,200
    levels deep must not exhaust the stack; every folder passed is remembered)."""
    passed: list[str] = []
    current = folder
    while current not in _ROOTS:
        passed.append(current)
        if os.path.exists(os.path.join(current, ".git")):  # noqa: PTH110, PTH118
            _ROOTS[current] = current
            break
        parent = os.path.dirname(current)  # noqa: PTH120
        if parent == current:
            _ROOTS[current] = None
            break
        current = parent
    root = _ROOTS[current]
    for name in passed:
        _ROOTS[name] = root
    return root


@cache
def _gitignore(folder: str) -> pathspec.GitIgnoreSpec | None:
    path = Path(folder) / ".gitignore"
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return pathspec.GitIgnoreSpec.from_lines(lines)


def gitignored(path: str) -> bool:
    """Whether a ``.gitignore`` of the repository holding ``path`` (from its root down to the
    file's folder; the deepest file decides, as in git) ignores it. Outside a git repository
    no ``.gitignore`` is read, as git reads none."""
    real = os.path.realpath(path)
    folder = os.path.dirname(real)  # noqa: PTH120
    root = _repository_root(folder)
    if root is None:
        return False
    chain = [folder]
    while chain[-1] != root:
        chain.append(os.path.dirname(chain[-1]))  # noqa: PTH120
    verdict = False
    for directory in reversed(chain):  # the root first: deeper files override
        ignore = _gitignore(directory)
        if ignore is None:
            continue
        relative = _relative(real, directory)
        if relative is None:
            continue
        result = ignore.check_file(relative)
        if result.include is not None:
            verdict = bool(result.include)
    return verdict
