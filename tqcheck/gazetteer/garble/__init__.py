"""The garbled place-name reader (issue 13), one module per stage; ``tqcheck.gazetteer.garbles``
is its public face and says what each module holds. Names with a leading underscore are shared
between the modules of this package and are not an interface outside it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def sources() -> tuple[str, ...]:
    """The reader's source files (this package and ``tqcheck.gazetteer.region``): an input of
    every cached table built with the reader's code, so that a change to it builds them again."""
    here = Path(__file__).parent
    return (*(str(path) for path in sorted(here.glob("*.py"))), str(here.parent / "region.py"))
