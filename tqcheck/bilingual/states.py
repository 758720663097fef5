"""Segment state: what a bilingual file says about how finished a unit is, and which units a
run leaves out.

:func:`unit_state` reads one word per unit from what the readers recorded: ``locked`` (an SDL
``<sdl:seg locked="true">`` or a ``locked`` attribute on the unit), ``fuzzy`` (a PO ``#,
fuzzy`` flag), else the XLIFF ``state`` as written (1.2: ``new``, ``needs-translation``,
``needs-review-translation``, ``translated``, ``final``...; 2.0: ``initial``, ``translated``,
``reviewed``, ``final``), else ``""``. Units marked ``translate="no"`` never reach a run (the
XLIFF reader skips them). ``skip-states`` (config) or ``--skip-states`` (command line) names
the states whose units are not checked; every finding in a checked unit carries its state
(``unit_state``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from tqcheck.bilingual.model import BilingualFile, Unit

# Units in these states are not checked unless the configuration says otherwise: a locked
# segment cannot be edited in the CAT tool, so a finding there cannot be acted on.
DEFAULT_SKIP_STATES: tuple[str, ...] = ("locked",)
# The states tqcheck names itself (the XLIFF values are taken as written).
KNOWN_STATES: frozenset[str] = frozenset(
    {
        "locked",
        "fuzzy",
        # XLIFF 1.2
        "new",
        "needs-translation",
        "needs-adaptation",
        "needs-l10n",
        "needs-review-translation",
        "needs-review-adaptation",
        "needs-review-l10n",
        "translated",
        "signed-off",
        "final",
        # XLIFF 2.0
        "initial",
        "reviewed",
    }
)
_TRUE = frozenset({"true", "yes", "1", "locked"})


def unit_state(unit: Unit) -> str:
    attributes = unit.attributes
    if attributes.get("locked", "").strip().lower() in _TRUE:
        return "locked"
    flags = {flag.strip() for flag in attributes.get("flags", "").split(",")}
    if "fuzzy" in flags:
        return "fuzzy"
    return attributes.get("state", "").strip()


def without_states(bilingual: BilingualFile, skip: Iterable[str]) -> BilingualFile:
    """The file less its units whose state is in ``skip``."""
    skipped = frozenset(skip)
    if not skipped:
        return bilingual
    units = tuple(unit for unit in bilingual.units if unit_state(unit) not in skipped)
    return replace(bilingual, units=units) if len(units) != len(bilingual.units) else bilingual
