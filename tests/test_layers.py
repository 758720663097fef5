"""The package keeps its layers: document model -> facts, semantic and gazetteer services ->
rules -> runner -> reporters -> cli. A module never imports one of a higher layer, at its top
or inside a function (imports read only by the type checker do not count), and the
configuration and the rule registry do not import each other."""

from __future__ import annotations

import ast
from pathlib import Path

import tqcheck

# lowest first; a top-level module or package of tqcheck -> its layer
LAYERS: dict[str, int] = {
    # the document model and the plumbing every layer shares
    **dict.fromkeys(
        [
            "__init__",
            "document",
            "errors",
            "findings",
            "patterns",
            "dataclass_code",
            "cache_files",
            "cache_location",
            "interrupts",
            "output_files",
            "selection",
            "schemas",
            "data",
        ],
        0,
    ),
    # facts, semantic and gazetteer services (and the configuration the runner hands on)
    **dict.fromkeys(
        ["facts", "semantic", "gazetteer", "arabic", "bilingual", "terms", "lexicon", "config"], 1
    ),
    **dict.fromkeys(["rules", "suppression"], 2),
    **dict.fromkeys(["runner", "baseline", "fixer", "corpus_summary", "batch"], 3),
    "reporters": 4,
    **dict.fromkeys(["cli", "__main__", "server"], 5),
}

# Known crossings, each with its reason; none may be added.
KNOWN: set[tuple[str, str]] = set()


def _runtime_imports(path: Path, module: str) -> set[str]:
    """The tqcheck modules ``path`` imports anywhere but under ``if TYPE_CHECKING:``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only.update(id(inner) for part in node.body for inner in ast.walk(part))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")[: -node.level]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            names = [name] + [f"{name}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found.update(n for n in names if n.split(".")[0] == "tqcheck")
    return found


def _unit(name: str) -> str | None:
    """The layer table's key for the module ``name`` (None: a name inside a module)."""
    parts = name.split(".")
    if len(parts) == 1:
        return "__init__"
    return parts[1] if parts[1] in LAYERS else None


def _modules() -> list[tuple[Path, str]]:
    root = Path(tqcheck.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        # a package's __init__ keeps its name: relative imports resolve inside the package
        found.append((path, ".".join(path.relative_to(root.parent).with_suffix("").parts)))
    return found


def test_every_module_has_a_layer() -> None:
    for _path, module in _modules():
        assert _unit(module) is not None, module


def test_no_module_imports_a_higher_layer() -> None:
    crossings = set()
    for path, module in _modules():
        own = _unit(module)
        assert own is not None
        for imported in _runtime_imports(path, module):
            other = _unit(imported)
            if other is not None and LAYERS[other] > LAYERS[own]:
                crossings.add((own, other))
    assert crossings == KNOWN


def test_config_and_rule_registry_do_not_import_each_other() -> None:
    root = Path(tqcheck.__file__).parent
    config = _runtime_imports(root / "config.py", "tqcheck.config")
    registry = _runtime_imports(root / "rules" / "registry.py", "tqcheck.rules.registry")
    assert not any(name.startswith("tqcheck.rules") for name in config)
    assert not any(name.startswith("tqcheck.config") for name in registry)


# Private names (one leading underscore) another tqcheck module reads, each with its reason;
# none may be added: a name shared on purpose is public where it is defined.
PRIVATE_KNOWN: set[tuple[str, str]] = set()


def _private_reads(source: str, module: str) -> set[tuple[str, str]]:
    """(module, "other.module._name") for each private name of another tqcheck module that
    ``source`` (the text of ``module``) imports (``from other import _name``, at its top, inside
    a function or for the type checker) or reads as an attribute (``other._name``)."""
    tree = ast.parse(source)
    package = module.split(".")[:-1]
    modules: dict[str, str] = {}  # local name -> the tqcheck module it is bound to
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            if base.split(".")[0] != "tqcheck":
                continue
            for alias in node.names:
                private = alias.name.startswith("_") and not alias.name.startswith("__")
                if private and base not in (module, module.removesuffix(".__init__")):
                    found.add((module, f"{base}.{alias.name}"))
                modules[alias.asname or alias.name] = f"{base}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "tqcheck":
                    modules[alias.asname or alias.name] = alias.name
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_"):
            continue
        if node.attr.startswith("__"):
            continue
        value, chain = node.value, []
        while isinstance(value, ast.Attribute):
            chain.insert(0, value.attr)
            value = value.value
        if isinstance(value, ast.Name) and value.id in modules:
            owner = ".".join([modules[value.id], *chain])
            if owner not in (module, module.removesuffix(".__init__")):
                found.add((module, f"{owner}.{node.attr}"))
    return found


def test_no_module_reads_a_private_name_of_another() -> None:
    found = set()
    for path, module in _modules():
        found |= _private_reads(path.read_text(encoding="utf-8"), module)
    assert found == PRIVATE_KNOWN


def test_private_reads_are_found() -> None:
    source = (
        "from tqcheck.gazetteer.garble.base import _index, Garble\n"
        "from . import _bare\n"
        "def f():\n"
        "    from tqcheck.gazetteer import keys\n"
        "    return keys._CLUSTERS, keys.fold, keys.__name__\n"
    )
    assert _private_reads(source, "tqcheck.gazetteer.garble.slots") == {
        ("tqcheck.gazetteer.garble.slots", "tqcheck.gazetteer.garble.base._index"),
        ("tqcheck.gazetteer.garble.slots", "tqcheck.gazetteer.garble._bare"),
        ("tqcheck.gazetteer.garble.slots", "tqcheck.gazetteer.keys._CLUSTERS"),
    }
    own = "from tqcheck.gazetteer.garble.slots import _place_head\n"
    assert _private_reads(own, "tqcheck.gazetteer.garble.slots") == set()
