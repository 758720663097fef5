"""The published JSON Schemas of tqcheck's machine output (package data).

``check-v2.schema.json`` describes ``tqcheck check --format json`` and the answers of
``tqcheck serve``'s ``POST /api/v1/check``; ``facts-v1.schema.json`` describes ``tqcheck facts
--format json``. A report names its schema version in ``schema_version``, which is raised on any
change to the shape, additions included (a v1 validator rejects a field it does not list):
version 2 added each finding's rule ``name`` and the ``meta`` category. ``check-v1.schema.json``
stays published for the reports written before that change.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

CHECK_SCHEMA = "check-v2.schema.json"
FACTS_SCHEMA = "facts-v1.schema.json"
CHECK_SCHEMA_VERSION = 2
# Every published schema, current and earlier (served by tqcheck serve).
SCHEMAS = ("check-v1.schema.json", CHECK_SCHEMA, FACTS_SCHEMA)


@cache
def load_schema(name: str) -> dict[str, Any]:
    """One schema by file name, parsed."""
    schema: dict[str, Any] = json.loads(files(__name__).joinpath(name).read_text("utf-8"))
    return schema
