"""The ASGI application behind ``tqcheck serve`` (Starlette).

Routes: ``GET /`` (the page for editors), ``GET /healthz``, ``GET /openapi.json``,
``GET /api/v1/rules``, ``GET /api/v1/schemas/{name}``, ``POST /api/v1/check``,
``POST /api/v1/fix``, and LanguageTool's ``POST /v2/check`` and ``GET /v2/languages``.

Confidentiality: a request's text lives only in the handling call; the log has one line per
request with its method, path (never the query string), status, byte counts, time and finding
count, never text. Checks run one at a time in a worker thread (the rules share state), at most
``max_pending`` admitted at once (more: 503 with ``Retry-After``), each answered within
``timeout`` seconds or with a 503.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import queue
import threading
import time
import traceback
import urllib.parse
from collections.abc import Awaitable, Callable
from concurrent.futures import Future
from dataclasses import asdict, dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tqcheck import __version__
from tqcheck.document.source import DEFAULT_MAX_BYTES
from tqcheck.errors import TqcheckError
from tqcheck.reporters.json_format import as_dict, finding_dict
from tqcheck.runner import CheckOptions, RunResult, rules_for
from tqcheck.server import engine as engine_module
from tqcheck.server import languagetool as lt
from tqcheck.server.engine import Engine, RequestError, TextRequest

log = logging.getLogger("tqcheck.server")

_CHECK_FIELDS = frozenset(
    {"text", "source", "published", "select", "ignore", "format", "highlight"}
)
_FIX_FIELDS = _CHECK_FIELDS | {"apply", "unsafe"}
KNOWN_PATHS = frozenset(
    {"/", "/healthz", "/openapi.json", "/api/v1/rules", "/api/v1/check", "/api/v1/fix"}
    | {"/v2/check", "/v2/languages", "/api/v1/schemas/check-v1.schema.json"}
    | {"/api/v1/schemas/facts-v1.schema.json", "/api/v1/schemas/check-v2.schema.json"}
)


@dataclass(frozen=True, slots=True)
class Settings:
    """What ``tqcheck serve`` was started with (``token`` is never logged)."""

    host: str = "127.0.0.1"
    port: int = 8040
    token: str | None = field(default=None, repr=False)
    max_request_size: int = DEFAULT_MAX_BYTES
    timeout: float = 60.0
    max_pending: int = 64
    semantic: bool | None = None
    config_path: str | None = None
    model: str | None = None
    semantic_backend: str | None = None
    warm_up: bool = True

    def options(self) -> CheckOptions:
        from pathlib import Path

        return CheckOptions(
            semantic=self.semantic,
            config_path=Path(self.config_path) if self.config_path else None,
            model=self.model,
            semantic_backend=self.semantic_backend,
        )

    def to_json(self) -> str:
        values = asdict(self)
        values.pop("token")
        return json.dumps(values)


class ApiError(Exception):
    """An answer other than 200, with a one-line reason."""

    def __init__(self, status: int, reason: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = " ".join(reason.split())
        self.headers = headers or {}


def _error(status: int, reason: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        {"error": " ".join(reason.split()), "status": status}, status_code=status, headers=headers
    )


class _Jobs:
    """One check at a time in a worker thread; at most ``limit`` admitted (running or waiting).

    The worker is a daemon thread, so a check still running when the server stops (one that
    outlasted its time limit) does not hold the process open."""

    def __init__(self, limit: int, timeout: float) -> None:
        self.limit = limit
        self.timeout = timeout
        self.pending = 0
        self.queue: queue.SimpleQueue[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]]
        self.queue = queue.SimpleQueue()
        threading.Thread(target=self._work, name="tqcheck-check", daemon=True).start()

    def _work(self) -> None:
        while True:
            future, function, args = self.queue.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(function(*args))
            except BaseException as exc:
                future.set_exception(exc)

    async def run(self, function: Callable[..., Any], *args: Any) -> Any:
        if self.pending >= self.limit:
            raise ApiError(
                503,
                f"busy: {self.pending} checks already admitted; retry shortly",
                {"Retry-After": "1"},
            )
        loop = asyncio.get_running_loop()
        self.pending += 1
        future: Future[Any] = Future()

        def finished(_: object) -> None:
            with contextlib.suppress(RuntimeError):  # the loop closed: the server stopped
                loop.call_soon_threadsafe(self._release)

        future.add_done_callback(finished)
        self.queue.put((future, function, args))
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout)
        except TimeoutError:
            raise ApiError(
                503,
                f"the check took longer than the server's limit of {self.timeout:g} s",
                {"Retry-After": "5"},
            ) from None

    def _release(self) -> None:
        self.pending -= 1


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it is over ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ApiError(400, "Content-Length is not a number")
        if int(declared) > limit:
            raise ApiError(413, f"request is {int(declared):,} bytes, over the limit of {limit:,}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"request is over the limit of {limit:,} bytes")
        chunks.append(chunk)
    request.state.log["in"] = size
    return b"".join(chunks)


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def _json_body(request: Request, limit: int, allowed: frozenset[str]) -> dict[str, Any]:
    if _media_type(request) != "application/json":
        raise ApiError(415, "send the request as application/json")
    body = await _body(request, limit)
    if not body.strip():
        raise ApiError(400, "empty request body; send a JSON object with 'text'")
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"request body is not UTF-8 (byte offset {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise ApiError(
            400, f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        raise ApiError(400, "malformed JSON: nested too deeply") from None
    if not isinstance(data, dict):
        raise ApiError(400, "the JSON body must be an object with 'text'")
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ApiError(
            400, f"unknown field {unknown[0][:40]!r} (known: {', '.join(sorted(allowed))})"
        )
    if "text" not in data:
        raise ApiError(400, "missing field 'text'")
    return data


def _text_request(data: dict[str, Any], max_chars: int) -> TextRequest:
    fmt = data.get("format") or "text"
    if fmt == "plain":
        fmt = "text"
    if fmt not in engine_module.FORMATS:
        raise RequestError("'format' must be 'text' (plain text) or 'markdown'")
    source = data.get("source")
    return TextRequest(
        text=engine_module.validate_text(data["text"], "text", max_chars),
        source=None if source in (None, "") else engine_module.validate_text(source, "source"),
        published=engine_module.parse_published(data.get("published")),
        select=engine_module.selectors(data.get("select"), "select"),
        ignore=engine_module.selectors(data.get("ignore"), "ignore"),
        format=fmt,
    )


def _flag(data: dict[str, Any], name: str) -> bool:
    value = data.get(name, False)
    if not isinstance(value, bool):
        raise RequestError(f"'{name}' must be true or false")
    return value


def _chosen(value: object) -> list[tuple[str, int, int]] | None:
    """``apply``: absent/"safe" for every safe suggestion, or a list of findings to apply,
    each ``{"rule", "start", "end"}`` as /api/v1/check gave them."""
    if value is None or value == "safe":
        return None
    if not isinstance(value, list) or not value:
        raise RequestError("'apply' must be \"safe\" or a list of {rule, start, end} objects")
    chosen = []
    for item in value:
        if not (
            isinstance(item, dict)
            and isinstance(item.get("rule"), str)
            and all(
                isinstance(item.get(k), int) and not isinstance(item.get(k), bool)
                for k in ("start", "end")
            )
        ):
            raise RequestError("each 'apply' item must be {rule: string, start: int, end: int}")
        chosen.append((item["rule"], item["start"], item["end"]))
    return chosen


def _highlighted(result: Any) -> str:
    from tqcheck.reporters.html_format import highlight

    text = result.lines.text if result.lines is not None else ""
    return highlight(text, result.findings, "f1")


class Service:
    """The routes' shared state: settings, the engine, the job queue, the rule catalogue."""

    def __init__(self, settings: Settings) -> None:
        from tqcheck.rules.registry import all_rules

        self.settings = settings
        self.engine = Engine(settings.options())
        self.jobs = _Jobs(settings.max_pending, settings.timeout)
        self.rules = {rule.code: rule for rule in all_rules()}
        self.started = time.monotonic()
        self.ready = False

    def start(self) -> None:
        began = time.monotonic()
        loaded = engine_module.warm_up(self.engine) if self.settings.warm_up else {}
        config = self.engine_config()
        self.ready = True
        log.info(
            "ready in %.1f s: %d rules enabled, semantic %s, warm-up findings %s",
            time.monotonic() - began,
            len(rules_for(config)),
            "on" if config.semantic else "off",
            loaded.get("findings", "-"),
        )

    def engine_config(self) -> Any:
        from tqcheck.runner import Checker

        return Checker(self.settings.options()).config_for("text.txt")

    def authorise(self, request: Request, form: dict[str, str] | None = None) -> None:
        token = self.settings.token
        if not token:
            return
        given = request.headers.get("authorization", "")
        given = given[7:] if given.lower().startswith("bearer ") else ""
        given = given or request.headers.get("x-tqcheck-token", "")
        if not given and form is not None:
            given = form.get("apiKey", "")
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise ApiError(
                401,
                "a token is required: send 'Authorization: Bearer TOKEN'",
                {"WWW-Authenticate": "Bearer"},
            )

    # --------------------------------------------------------------------------- native API

    async def check(self, request: Request) -> Response:
        self.authorise(request)
        data = await _json_body(request, self.settings.max_request_size, _CHECK_FIELDS)
        text_request = _text_request(data, self.settings.max_request_size)
        highlight = _flag(data, "highlight")
        request.state.log["chars"] = len(text_request.text)
        result, _ = await self.jobs.run(self.engine.check, text_request)
        request.state.log["findings"] = len(result.findings)
        report = as_dict(RunResult([result]), offsets=True)
        if highlight:
            report["files"][0]["html"] = _highlighted(result)
        return JSONResponse(report)

    async def fix(self, request: Request) -> Response:
        self.authorise(request)
        data = await _json_body(request, self.settings.max_request_size, _FIX_FIELDS)
        text_request = _text_request(data, self.settings.max_request_size)
        chosen = _chosen(data.get("apply"))
        unsafe = _flag(data, "unsafe")
        highlight = _flag(data, "highlight")
        request.state.log["chars"] = len(text_request.text)
        outcome = await self.jobs.run(self.engine.fix, text_request, chosen, unsafe)
        request.state.log["findings"] = len(outcome.result.findings)
        request.state.log["applied"] = len(outcome.applied)
        report = as_dict(RunResult([outcome.result]), offsets=True)
        if highlight:
            report["files"][0]["html"] = _highlighted(outcome.result)
        return JSONResponse(
            {
                "text": outcome.text,
                "changed": outcome.text != text_request.text,
                "diff": outcome.diff,
                "applied": [finding_dict(finding, offsets=True) for finding in outcome.applied],
                "report": report,
            }
        )

    async def list_rules(self, request: Request) -> Response:
        from tqcheck.rules.catalogue import rules_json

        enabled = {rule.code for rule in rules_for(self.engine_config())}
        rules = json.loads(rules_json())
        for rule in rules:
            rule["enabled"] = rule["code"] in enabled
        return JSONResponse({"version": __version__, "rules": rules})

    async def schema(self, request: Request) -> Response:
        from tqcheck.schemas import SCHEMAS, load_schema

        name = request.path_params["name"]
        if name not in SCHEMAS:
            raise ApiError(404, f"no schema {name[:60]!r} (known: {', '.join(SCHEMAS)})")
        return JSONResponse(load_schema(name), media_type="application/schema+json")

    async def openapi(self, request: Request) -> Response:
        from tqcheck.server.openapi import description

        return JSONResponse(description())

    async def healthz(self, request: Request) -> Response:
        config = self.engine_config()
        return JSONResponse(
            {
                "status": "ok" if self.ready else "starting",
                "version": __version__,
                "rules": len(rules_for(config)),
                "semantic": config.semantic,
                "pending": self.jobs.pending,
                "token_required": bool(self.settings.token),
            }
        )

    async def page(self, request: Request) -> Response:
        from tqcheck.server.page import page_html

        return HTMLResponse(
            page_html(),
            headers={
                "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                "script-src 'unsafe-inline'; connect-src 'self'; img-src data:",
                "Cache-Control": "no-store",
            },
        )

    # ------------------------------------------------------------------------ LanguageTool

    async def lt_check(self, request: Request) -> Response:
        if _media_type(request) not in ("application/x-www-form-urlencoded", ""):
            raise ApiError(415, "send the form as application/x-www-form-urlencoded")
        body = await _body(request, self.settings.max_request_size)
        try:
            pairs = urllib.parse.parse_qsl(
                body.decode("utf-8"),
                keep_blank_values=True,
                max_num_fields=64,
                errors="strict",
            )
        except UnicodeDecodeError as exc:
            raise ApiError(400, f"form is not UTF-8 (byte offset {exc.start})") from None
        except ValueError:
            raise ApiError(400, "malformed form data") from None
        form = dict(pairs)
        self.authorise(request, form)
        language = lt.language_of(form.get("language"))
        if "text" in form:
            source = lt.plain(form["text"])
        elif "data" in form:
            source = lt.annotated(form["data"])
        else:
            raise ApiError(400, "missing form field 'text' or 'data'")
        text = engine_module.validate_text(source.text, "text", self.settings.max_request_size)
        request.state.log["chars"] = len(text)
        result, document = await self.jobs.run(self.engine.check, TextRequest(text=text))
        request.state.log["findings"] = len(result.findings)
        found = lt.matches(result.findings, document, source, self.rules)
        return JSONResponse(lt.answer(language, found))

    async def lt_languages(self, request: Request) -> Response:
        return JSONResponse(list(lt.LANGUAGES))


def _route(service: Service, handler: Callable[[Request], Awaitable[Response]]) -> Any:
    async def endpoint(request: Request) -> Response:
        request.state.log = {}
        try:
            return await handler(request)
        except ApiError as exc:
            return _error(exc.status, exc.reason, exc.headers)
        except TqcheckError as exc:  # a request the checks refuse: one line, a 400
            return _error(400, str(exc))

    return endpoint


async def _internal_error(request: Request, exc: Exception) -> Response:
    """A bug: a bare JSON 500 (the exception propagates to :class:`Guard`, which logs it)."""
    return _error(500, "internal error")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    reasons = {404: "no such page or endpoint", 405: "method not allowed here"}
    return _error(exc.status_code, reasons.get(exc.status_code, str(exc.detail)), exc.headers)


class Guard:
    """The outermost layer: one log line per request (no text, no query string) and a bare
    JSON 500 for a bug, whose log names only the exception type and where it was raised."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        began = time.perf_counter()
        state: dict[str, Any] = {"status": 0, "out": 0}
        scope.setdefault("state", {})

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
            elif message["type"] == "http.response.body":
                state["out"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            frames = traceback.extract_tb(exc.__traceback__)
            where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
            log.error("internal error: %s at %s", type(exc).__name__, where)
            if not state["status"]:
                body = json.dumps({"error": "internal error", "status": 500}).encode()
                await send(
                    {
                        "type": "http.response.start",
                        "status": 500,
                        "headers": [(b"content-type", b"application/json")],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                state["status"], state["out"] = 500, len(body)
        finally:
            extra = scope["state"].get("log", {})
            details = " ".join(f"{key}={value}" for key, value in extra.items())
            log.info(
                "%s %s %s out=%dB %.1fms %s",
                scope.get("method", "?"),
                scope["path"] if scope.get("path") in KNOWN_PATHS else "(other path)",
                state["status"],
                state["out"],
                (time.perf_counter() - began) * 1000,
                details,
            )


def create_app(settings: Settings) -> ASGIApp:
    """The application, with the rules, gazetteer and (when on) the model loaded."""
    service = Service(settings)
    service.start()
    routes = [
        Route("/", _route(service, service.page), methods=["GET"]),
        Route("/healthz", _route(service, service.healthz), methods=["GET"]),
        Route("/openapi.json", _route(service, service.openapi), methods=["GET"]),
        Route("/api/v1/rules", _route(service, service.list_rules), methods=["GET"]),
        Route("/api/v1/schemas/{name}", _route(service, service.schema), methods=["GET"]),
        Route("/api/v1/check", _route(service, service.check), methods=["POST"]),
        Route("/api/v1/fix", _route(service, service.fix), methods=["POST"]),
        Route("/v2/check", _route(service, service.lt_check), methods=["POST"]),
        Route("/v2/languages", _route(service, service.lt_languages), methods=["GET"]),
    ]
    app = Starlette(
        routes=routes, exception_handlers={HTTPException: _http_error, Exception: _internal_error}
    )
    return Guard(app)


def app_from_env() -> ASGIApp:
    """For ``--workers N``: each worker process builds its app from the environment."""
    import os

    values = json.loads(os.environ["TQCHECK_SERVE_SETTINGS"])
    values["token"] = os.environ.get("TQCHECK_SERVE_TOKEN") or None
    return create_app(Settings(**values))
