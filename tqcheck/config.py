"""Configuration: ``[tool.tqcheck]`` in ``pyproject.toml`` or a ``tqcheck.toml``.

The nearest file found upward from the checked file wins (``tqcheck.toml`` before
``pyproject.toml`` in the same directory; a ``pyproject.toml`` without a ``[tool.tqcheck]`` table
is skipped). ``--config PATH`` names one file for every checked file. Command-line options override
the file. Every error names the file and, where it can, the line.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from tqcheck.document.markup import published_range_error
from tqcheck.document.source import MAX_BYTES_CEILING, read_limited
from tqcheck.errors import ConfigError
from tqcheck.findings import Severity

CONFIG_FILENAMES = ("tqcheck.toml", "pyproject.toml")
CONFIG_MAX_BYTES = 1024 * 1024  # a config file is read only up to this size
HOUSE_STYLE_KEYS = frozenset(["spelling", "names"])
SPELLING_POLICIES = frozenset(["official", "geonames"])


@dataclass(frozen=True, slots=True)
class Config:
    select: tuple[str, ...] = ("DEFAULT",)  # every rule not marked default-off
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.ERROR
    published: date | None = None
    max_file_size: int = 20 * 1024 * 1024
    semantic: bool = True
    model: str | None = None  # a local sentence-transformers model directory
    semantic_backend: str = "auto"  # auto | onnx | torch
    house_style: dict[str, Any] = field(default_factory=dict)
    # Bilingual units whose segment state is one of these are not checked
    # (tqcheck.bilingual.states: "locked", "fuzzy", XLIFF states such as "needs-translation").
    skip_states: tuple[str, ...] = ("locked",)
    # [tool.tqcheck.terms]: the house glossary (tqcheck.terms.glossary reads and checks it).
    terms: dict[str, Any] = field(default_factory=dict)
    # File selection (tqcheck.selection): rules added to select; .gitignore-style patterns of
    # files a folder walk leaves out (None: the default, README-like files); path patterns ->
    # rule selectors ignored in the files they match; whether .gitignore files are respected.
    extend_select: tuple[str, ...] = ()
    exclude: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    respect_gitignore: bool = True
    path: Path | None = None  # the file this came from, if any
    # "file:line" of each key (and severity rule code) in that file, for later validation.
    locations: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def where(self, key: str) -> str:
        """Where ``key`` was set: "file:line", the file, or the option for a default config."""
        return self.locations.get(key) or (str(self.path) if self.path else f"--{key}")

    def merged(self, **overrides: Any) -> Config:
        return replace(
            self, **{key: value for key, value in overrides.items() if value is not None}
        )


_TQCHECK_TABLE = re.compile(r"^\s*\[\s*tool\s*\.\s*tqcheck\s*[\].]", re.MULTILINE)


def _line_of(text: str, key: str) -> int | None:
    """The line of ``key = ...`` in the tqcheck part of ``text`` (all of it for tqcheck.toml)."""
    table = _TQCHECK_TABLE.search(text)
    start = table.start() if table else 0
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=", re.MULTILINE)
    match = pattern.search(text, start)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _where(path: Path, text: str, key: str) -> str:
    line = _line_of(text, key)
    return f"{path}:{line}" if line else str(path)


def _string_list(value: Any, path: Path, text: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{_where(path, text, key)}: '{key}' must be a list of strings")
    return tuple(value)


def _severity(value: Any, path: Path, text: str, key: str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise ConfigError(
            f"{_where(path, text, key)}: '{key}' must be one of error, warning, info "
            f"(got {value!r})"
        ) from None


def parse_config(table: dict[str, Any], path: Path, text: str) -> Config:
    """Validate one ``[tool.tqcheck]`` table (or a whole ``tqcheck.toml``).

    Types and ranges are checked here; rule codes are checked by the runner
    (:func:`tqcheck.runner.validated`), so that configuration does not depend on the rules.
    """
    values: dict[str, Any] = {"path": path}
    locations = {key: _where(path, text, key) for key in table}
    for key, value in table.items():
        if key in ("select", "ignore"):
            values[key] = _string_list(value, path, text, key)
        elif key in ("extend-select", "exclude", "extend-exclude"):
            values[key.replace("-", "_")] = _string_list(value, path, text, key)
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(
                    f"{_where(path, text, key)}: 'per-file-ignores' must be a table of "
                    'path pattern = ["rule", ...]'
                )
            values["per_file_ignores"] = {
                str(pattern): _string_list(codes, path, text, str(pattern))
                for pattern, codes in value.items()
            }
        elif key == "respect-gitignore":
            if not isinstance(value, bool):
                raise ConfigError(
                    f"{_where(path, text, key)}: 'respect-gitignore' must be true or false"
                )
            values["respect_gitignore"] = value
        elif key == "fail-on":
            values["fail_on"] = _severity(value, path, text, key)
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(
                    f"{_where(path, text, key)}: 'severity' must be a table of rule code = severity"
                )
            severities = {}
            for code, level in value.items():
                locations[code] = _where(path, text, code)
                severities[code] = _severity(level, path, text, code)
            values["severity"] = severities
        elif key == "published":
            values["published"] = _published(value, path, text)
        elif key == "max-file-size":
            if (
                not isinstance(value, int)
                or isinstance(value, bool)
                or not 0 < value <= MAX_BYTES_CEILING
            ):
                raise ConfigError(
                    f"{_where(path, text, key)}: 'max-file-size' must be a positive number of "
                    f"bytes, at most {MAX_BYTES_CEILING:,}"
                )
            values["max_file_size"] = value
        elif key == "semantic":
            if not isinstance(value, bool):
                raise ConfigError(f"{_where(path, text, key)}: 'semantic' must be true or false")
            values["semantic"] = value
        elif key == "model":
            if not isinstance(value, str) or not value:
                raise ConfigError(
                    f"{_where(path, text, key)}: 'model' must be a path to a "
                    "local sentence-transformers model directory"
                )
            values["model"] = str((path.parent / value).resolve())
        elif key == "semantic-backend":
            if value not in ("auto", "onnx", "torch"):
                raise ConfigError(
                    f"{_where(path, text, key)}: 'semantic-backend' must be auto, onnx or torch"
                )
            values["semantic_backend"] = value
        elif key == "terms":
            if not isinstance(value, dict):
                raise ConfigError(f"{_where(path, text, key)}: 'terms' must be a table")
            values["terms"] = dict(value)
        elif key == "skip-states":
            values["skip_states"] = _string_list(value, path, text, key)
        elif key == "house-style":
            if not isinstance(value, dict):
                raise ConfigError(f"{_where(path, text, key)}: 'house-style' must be a table")
            unknown = sorted(set(value) - HOUSE_STYLE_KEYS)
            if unknown:
                raise ConfigError(
                    f"{_where(path, text, unknown[0])}: unknown house-style key "
                    f"'{unknown[0]}' (known: {', '.join(sorted(HOUSE_STYLE_KEYS))})"
                )
            if "spelling" in value and value["spelling"] not in SPELLING_POLICIES:
                raise ConfigError(
                    f"{_where(path, text, 'spelling')}: house-style 'spelling' must "
                    'be "official" (the gazetteer\'s names) or "geonames" (GeoNames names)'
                )
            names = value.get("names", {})
            if not isinstance(names, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in names.items()
            ):
                raise ConfigError(
                    f"{_where(path, text, 'names')}: house-style 'names' must be a "
                    "table of spelling = preferred spelling"
                )
            values["house_style"] = dict(value)
        else:
            known = (
                "select, ignore, severity, fail-on, published, max-file-size, semantic, model, "
                "semantic-backend, house-style, skip-states, terms, extend-select, exclude, "
                "extend-exclude, per-file-ignores, respect-gitignore"
            )
            raise ConfigError(
                f"{_where(path, text, key)}: unknown configuration key '{key}' (known: {known})"
            )
    return Config(**values, locations=locations)


def _published(value: Any, path: Path, text: str) -> date:
    """A TOML date, a date-time (its date is used) or a "YYYY-MM-DD" string, in a sane range."""
    if isinstance(value, datetime):
        value = value.date()
    elif isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            value = None
    if not isinstance(value, date):
        raise ConfigError(
            f"{_where(path, text, 'published')}: 'published' must be a date (YYYY-MM-DD)"
        )
    problem = published_range_error(value)
    if problem:
        raise ConfigError(f"{_where(path, text, 'published')}: 'published' {problem}")
    return value


def load_config_file(path: Path) -> Config | None:
    """Read one config file; ``None`` for a ``pyproject.toml`` without ``[tool.tqcheck]``."""
    if not path.exists() and not path.is_symlink():
        raise ConfigError(f"{path}: config file not found")
    data_bytes = read_limited(
        path, CONFIG_MAX_BYTES, "config file", ConfigError, hint=" (is this a config file?)"
    )
    try:
        text = data_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data_bytes.count(b"\n", 0, exc.start) + 1
        raise ConfigError(f"{path}:{line}: config file is not valid UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: arrays or tables nested too deeply") from None
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("tqcheck") if isinstance(tool, dict) else None
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.tqcheck] must be a table")
        return parse_config(table, path, text)
    return parse_config(data, path, text)


@cache
def discover_config(directory: Path) -> Config:
    """The config that applies to files in ``directory`` (nearest file upward, or defaults)."""
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILENAMES:
            candidate = folder / name
            if candidate.is_file():
                config = load_config_file(candidate)
                if config is not None:
                    return config
    return Config()
