"""The OpenAPI 3.1 description served at ``/openapi.json`` (written by hand; the report's shape
comes from the published JSON Schema, so the API and ``check --format json`` cannot drift)."""

from __future__ import annotations

from typing import Any

from tqcheck import __version__


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


_ERROR = {
    "description": "A one-line reason",
    **_json(
        {
            "type": "object",
            "required": ["error", "status"],
            "properties": {"error": {"type": "string"}, "status": {"type": "integer"}},
        }
    ),
}
_ERRORS = {
    "400": _ERROR,
    "401": {**_ERROR, "description": "A token is required (server bound beyond loopback)"},
    "413": {**_ERROR, "description": "The request is over the size limit"},
    "415": {**_ERROR, "description": "Wrong content type"},
    "503": {**_ERROR, "description": "Busy or over the time limit; see Retry-After"},
}

_TEXT_FIELDS: dict[str, Any] = {
    "text": {"type": "string", "description": "The translation to check (plain or Markdown)."},
    "source": {"type": "string", "description": "The source text it translates (Arabic)."},
    "published": {"type": "string", "format": "date", "description": "Publication date."},
    "select": {
        "description": "Rules to run: codes, prefixes, names or categories.",
        "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
    },
    "ignore": {
        "description": "Rules to skip, as for select.",
        "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
    },
    "format": {"enum": ["text", "plain", "markdown"], "default": "text"},
    "highlight": {
        "type": "boolean",
        "default": False,
        "description": "Add files[0].html: the text with each finding marked up.",
    },
}
_REPORT = {"$ref": "/api/v1/schemas/check-v2.schema.json"}


def description() -> dict[str, Any]:
    check_body = {
        "type": "object",
        "required": ["text"],
        "additionalProperties": False,
        "properties": _TEXT_FIELDS,
    }
    fix_body = {
        "type": "object",
        "required": ["text"],
        "additionalProperties": False,
        "properties": {
            **_TEXT_FIELDS,
            "apply": {
                "description": '"safe" (default): every safe suggestion, re-checking after '
                "each pass as tqcheck fix does; or the findings to apply, by rule and offsets.",
                "oneOf": [
                    {"const": "safe"},
                    {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["rule", "start", "end"],
                            "properties": {
                                "rule": {"type": "string"},
                                "start": {"type": "integer"},
                                "end": {"type": "integer"},
                            },
                        },
                    },
                ],
            },
            "unsafe": {"type": "boolean", "description": 'With apply "safe": unsafe ones too.'},
        },
    }
    lt_form = {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "data": {"type": "string", "description": "LanguageTool's annotated text (JSON)."},
            "language": {"type": "string", "description": "en, en-US, en-GB, ... or auto"},
            "apiKey": {"type": "string", "description": "The server's token, if it needs one."},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "tqcheck serve",
            "version": __version__,
            "description": "Checks machine-translated news copy. Texts are never stored or "
            "logged. Off loopback, every /api and /v2 call needs 'Authorization: Bearer TOKEN'.",
        },
        "components": {
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
        },
        "paths": {
            "/api/v1/check": {
                "post": {
                    "summary": "Check a text; findings as 'tqcheck check --format json'",
                    "requestBody": {"required": True, **_json(check_body)},
                    "responses": {
                        "200": {"description": "The report", **_json(_REPORT)},
                        **_ERRORS,
                    },
                }
            },
            "/api/v1/fix": {
                "post": {
                    "summary": "Apply suggestions; the fixed text, the diff, the new report",
                    "requestBody": {"required": True, **_json(fix_body)},
                    "responses": {
                        "200": {
                            "description": "The fixed text",
                            **_json(
                                {
                                    "type": "object",
                                    "required": ["text", "changed", "diff", "applied", "report"],
                                    "properties": {
                                        "text": {"type": "string"},
                                        "changed": {"type": "boolean"},
                                        "diff": {"type": "string"},
                                        "applied": {"type": "array", "items": {"type": "object"}},
                                        "report": _REPORT,
                                    },
                                }
                            ),
                        },
                        **_ERRORS,
                    },
                }
            },
            "/api/v1/rules": {
                "get": {
                    "summary": "Every rule, with code, category, severity, fix safety, docs",
                    "responses": {"200": {"description": "The rule catalogue"}},
                }
            },
            "/api/v1/schemas/{name}": {
                "get": {
                    "summary": "The published JSON Schemas (check-v2, check-v1, facts-v1)",
                    "parameters": [
                        {
                            "name": "name",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {"200": {"description": "A JSON Schema"}, "404": _ERROR},
                }
            },
            "/healthz": {
                "get": {"summary": "Readiness", "responses": {"200": {"description": "ok"}}}
            },
            "/v2/check": {
                "post": {
                    "summary": "LanguageTool-compatible check",
                    "requestBody": {
                        "required": True,
                        "content": {"application/x-www-form-urlencoded": {"schema": lt_form}},
                    },
                    "responses": {"200": {"description": "LanguageTool's answer"}, **_ERRORS},
                }
            },
            "/v2/languages": {
                "get": {
                    "summary": "LanguageTool-compatible language list (English variants)",
                    "responses": {"200": {"description": "Languages"}},
                }
            },
        },
        "security": [{"token": []}, {}],
    }
