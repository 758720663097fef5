"""The published JSON Schemas of tqcheck's machine output (package data).

``check-v1.schema.json`` describes ``tqcheck check --format json`` and the answers of
``tqcheck serve``'s ``POST /api/v1/check``; ``facts-v1.schema.json`` describes ``tqcheck facts
--format json``. A report names its schema version in ``schema_version``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

CHECK_SCHEMA = "check-v1.schema.json"
FACTS_SCHEMA = "facts-v1.schema.json"
CHECK_SCHEMA_VERSION = 1


@cache
def load_schema(name: str) -> dict[str, Any]:
    """One schema by file name, parsed."""
    schema: dict[str, Any] = json.loads(files(__name__).joinpath(name).read_text("utf-8"))
    return schema
