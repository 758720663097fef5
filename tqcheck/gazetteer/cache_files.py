"""The gazetteer's derived tables kept in tqcheck's cache folder: the shared helpers of
:mod:`tqcheck.cache_files` (named here for the gazetteer's modules, which read them as
``cache_files.table`` and so on), and the inputs of the tables of folded names."""

from __future__ import annotations

from pathlib import Path

from tqcheck.cache_files import (
    KeptTable,
    ListTable,
    PackedLists,
    checksum,
    data_file,
    load,
    may_write,
    named_path,
    pack_lists,
    package_file,
    store,
    table,
)

__all__ = [
    "KeptTable",
    "ListTable",
    "PackedLists",
    "checksum",
    "data_file",
    "fold_inputs",
    "load",
    "may_write",
    "named_path",
    "pack_lists",
    "package_file",
    "store",
    "table",
]


def fold_inputs() -> list[Path | str]:
    """The code behind the lookup keys of :mod:`tqcheck.gazetteer.keys` (``fold``,
    ``skeletons``, ``arabic_key``): that module and anyascii's, which names its version; inputs
    of a table of folded names."""
    import anyascii

    from tqcheck.gazetteer import keys

    return [keys.__file__, anyascii.__file__ or "<no anyascii>"]
