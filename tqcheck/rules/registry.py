"""The rule registry: discovers every rule module and resolves codes, prefixes and categories.

Adding a rule means adding one module ``tqNNN_<name>.py`` to a family package; nothing else needs
editing. The registry imports rule modules only, never their heavy dependencies: rules that need a
model import it inside ``check``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from functools import cache

from tqcheck.errors import SelectionError
from tqcheck.findings import Category
from tqcheck.rules.base import Rule

FAMILIES: tuple[str, ...] = (
    "layout",
    "artifact",
    "place",
    "number",
    "date",
    "semantic",
    "source",
    "term",
    "meta",
)


@cache
def all_rules() -> tuple[type[Rule], ...]:
    """Every rule class, sorted by code."""
    found: dict[str, type[Rule]] = {}
    for family in FAMILIES:
        package = importlib.import_module(f"tqcheck.rules.{family}")
        for module_info in pkgutil.iter_modules(package.__path__):
            if not module_info.name.startswith("tq"):
                continue
            module = importlib.import_module(f"{package.__name__}.{module_info.name}")
            for value in vars(module).values():
                if (
                    isinstance(value, type)
                    and issubclass(value, Rule)
                    and value is not Rule
                    and value.__module__ == module.__name__
                ):
                    if value.code in found:
                        raise RuntimeError(f"duplicate rule code {value.code}")
                    found[value.code] = value
    return tuple(found[code] for code in sorted(found))


def get_rule(code: str) -> type[Rule]:
    wanted = code.strip().upper()
    for rule in all_rules():
        if rule.code == wanted or rule.name == code.strip().lower():
            return rule
    raise SelectionError(f"unknown rule code {code!r} (see 'tqcheck rules')")


def resolve(selectors: Iterable[str], *, origin: str = "--select") -> set[str]:
    """Rule codes named by codes, code prefixes ("TQ1"), rule names, categories, ``ALL`` or
    ``DEFAULT`` (every rule whose ``default_enabled`` is true: what runs when nothing is
    selected)."""
    codes: set[str] = set()
    rules = all_rules()
    categories = {category.value for category in Category}
    for raw in selectors:
        selector = raw.strip()
        if not selector:
            continue
        upper, lower = selector.upper(), selector.lower()
        if upper == "ALL":
            matched = {rule.code for rule in rules}
        elif upper == "DEFAULT":  # the default selection: every rule not marked default-off
            matched = {rule.code for rule in rules if rule.default_enabled}
        elif lower in categories:
            matched = {rule.code for rule in rules if rule.category.value == lower}
            if not matched:  # a category whose checks have not landed yet selects nothing
                continue
        elif upper.startswith("TQ") and upper[2:].isdigit():
            matched = {rule.code for rule in rules if rule.code.startswith(upper)}
        else:
            matched = {rule.code for rule in rules if rule.name == lower}
        if not matched:
            raise SelectionError(
                f"{origin}: unknown rule code, prefix, name or category {selector!r} "
                "(see 'tqcheck rules')"
            )
        codes |= matched
    return codes


def split_selectors(values: Iterable[str]) -> list[str]:
    """Flatten ``("TQ1,TQ2", "layout")`` into ``["TQ1", "TQ2", "layout"]``."""
    return [part for value in values for part in value.replace(" ", ",").split(",") if part]
