"""The garble reader's package keeps its layering: each module imports only the ones below it."""

from __future__ import annotations

import ast
from pathlib import Path

import tqcheck.gazetteer.garble as package
from tqcheck.gazetteer import garbles

# lowest first, as garbles.py's docstring lists them
LAYERS = [
    "base",
    "word_tables",
    "countries",
    "sound",
    "compounds",
    "literal",
    "town_words",
    "slots",
    "vetoes",
    "reading",
    "unplaced",
]


def _imported_modules(path: Path) -> set[str]:
    """Modules a file imports at its top level (not inside functions)."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_each_module_imports_only_lower_layers() -> None:
    here = Path(package.__file__).parent
    assert sorted(p.stem for p in here.glob("*.py") if p.stem != "__init__") == sorted(LAYERS)
    for rank, name in enumerate(LAYERS):
        imported = _imported_modules(here / f"{name}.py")
        for other in LAYERS[rank:]:
            assert f"tqcheck.gazetteer.garble.{other}" not in imported, (name, other)
        assert "tqcheck.gazetteer.garbles" not in imported, name  # never through the facade


def test_region_and_geography_sit_below_the_reader() -> None:
    gazetteer = Path(package.__file__).parents[1]
    for name in ("region.py", "context.py"):
        imported = _imported_modules(gazetteer / name)
        assert not any(m.startswith("tqcheck.gazetteer.garble") for m in imported), name


def _defined(path: Path) -> set[str]:
    """Names a file binds at its top level (functions, classes, assignments)."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
    return names


def test_the_facade_re_exports_each_name_from_its_one_home() -> None:
    import importlib

    here = Path(package.__file__).parent
    homes = {name: _defined(here / f"{name}.py") for name in LAYERS}
    homes["region"] = _defined(here.parent / "region.py")
    assert len(garbles.__all__) == len(set(garbles.__all__))
    for key in garbles.__all__:
        where = [name for name, names in homes.items() if key in names]
        assert len(where) == 1, (key, where)  # one binding: no module shadows another's name
        module_name = "region" if where[0] == "region" else f"garble.{where[0]}"
        module = importlib.import_module(f"tqcheck.gazetteer.{module_name}")
        assert getattr(garbles, key) is getattr(module, key), key


def test_tqcheck_code_imports_from_the_defining_modules_not_the_facade() -> None:
    sources = sorted(Path(package.__file__).parents[2].rglob("*.py"))  # tqcheck/
    assert len(sources) > 100
    for path in sources:
        if path.name == "garbles.py" and path.parent.name == "gazetteer":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert node.module != "tqcheck.gazetteer.garbles", path
                if node.module == "tqcheck.gazetteer":
                    assert all(alias.name != "garbles" for alias in node.names), path
            elif isinstance(node, ast.Import):
                assert all(a.name != "tqcheck.gazetteer.garbles" for a in node.names), path
