"""``tqcheck serve`` over HTTP: the real server in a subprocess on a loopback port (rules only;
tests/test_server_model.py has the one with the model, tests/test_server_page.py the page)."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.server_support import (
    DRAFT,
    MARKER,
    ROOT,
    Server,
    cli_json,
    start_server,
    without_offsets,
)
from tqcheck.schemas import CHECK_SCHEMA, CHECK_SCHEMA_VERSION, load_schema


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("serve") / "server.log"
    running = start_server(log, "--no-semantic", "--max-request-size", "200k")
    yield running
    running.stop()


def _validate(report: dict[str, Any]) -> None:
    jsonschema.validate(report, load_schema(CHECK_SCHEMA))


def _one_line_error(answer: Any, status: int) -> str:
    assert answer.status == status, answer.body
    assert answer.headers.get("content-type", "").startswith("application/json")
    data = answer.json()
    assert set(data) == {"error", "status"} and data["status"] == status
    reason = data["error"]
    assert reason and "\n" not in reason and "Traceback" not in reason
    return str(reason)


# --------------------------------------------------------------------------------- native API


def test_healthz(server: Server) -> None:
    answer = server.request("GET", "/healthz")
    assert answer.status == 200
    data = answer.json()
    assert data["status"] == "ok" and data["semantic"] is False and data["rules"] > 20
    assert data["token_required"] is False


def test_check_matches_the_cli(server: Server, tmp_path: Path) -> None:
    answer = server.post_json("/api/v1/check", {"text": DRAFT})
    assert answer.status == 200
    report = answer.json()
    _validate(report)
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    cli = cli_json(path, "--no-semantic")
    _validate(cli)
    findings = report["files"][0]["findings"]
    assert without_offsets(findings) == cli["files"][0]["findings"]
    assert {f["rule"] for f in findings} >= {"TQ201", "TQ501", "TQ105"}
    for finding in findings:  # offsets are code points into the text sent
        assert DRAFT[finding["start"] : finding["end"]] == finding["text"]
    assert report["summary"]["findings"] == len(findings) == cli["summary"]["findings"]
    assert report["schema_version"] == cli["schema_version"] == CHECK_SCHEMA_VERSION == 2


def test_check_options(server: Server) -> None:
    only = server.post_json("/api/v1/check", {"text": DRAFT, "select": ["TQ201"]}).json()
    assert [f["rule"] for f in only["files"][0]["findings"]] == ["TQ201"]
    ignored = server.post_json("/api/v1/check", {"text": DRAFT, "ignore": "TQ201,TQ5"}).json()
    rules = {f["rule"] for f in ignored["files"][0]["findings"]}
    assert "TQ201" not in rules and "TQ501" not in rules and rules
    dated = server.post_json("/api/v1/check", {"text": DRAFT, "published": "2020-10-06"})
    assert dated.json()["files"][0]["published"] == "2020-10-06"
    markdown = "# Heading ends here.\n\nThe the army said so.\n"
    as_md = server.post_json("/api/v1/check", {"text": markdown, "format": "markdown"}).json()
    as_text = server.post_json("/api/v1/check", {"text": markdown}).json()
    assert "TQ103" in {f["rule"] for f in as_md["files"][0]["findings"]}
    assert "TQ103" not in {f["rule"] for f in as_text["files"][0]["findings"]}


def test_check_highlight_marks_every_finding(server: Server) -> None:
    report = server.post_json("/api/v1/check", {"text": DRAFT, "highlight": True}).json()
    _validate(report)
    file = report["files"][0]
    assert file["html"].count('tabindex="0"') == len(file["findings"])
    assert 'data-rule="TQ201"' in file["html"]


def test_fix_all_safe_matches_the_cli(server: Server, tmp_path: Path) -> None:
    answer = server.post_json("/api/v1/fix", {"text": DRAFT})
    assert answer.status == 200
    data = answer.json()
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "tqcheck", "fix", "--no-semantic", str(path)],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    assert data["text"] == path.read_text(encoding="utf-8") != DRAFT
    assert data["changed"] is True
    assert "-The the ministry" in data["diff"] and "+The ministry" in data["diff"]
    assert {f["rule"] for f in data["applied"]} == {"TQ201", "TQ105"}  # not TQ501: unsafe
    _validate(data["report"])
    assert "TQ501" in {f["rule"] for f in data["report"]["files"][0]["findings"]}


def test_fix_chosen_finding(server: Server) -> None:
    report = server.post_json("/api/v1/check", {"text": DRAFT}).json()
    weekday = next(f for f in report["files"][0]["findings"] if f["rule"] == "TQ501")
    chosen = [{"rule": "TQ501", "start": weekday["start"], "end": weekday["end"]}]
    data = server.post_json("/api/v1/fix", {"text": DRAFT, "apply": chosen}).json()
    expected = DRAFT[: weekday["start"]] + weekday["suggestion"] + DRAFT[weekday["end"] :]
    assert data["text"] == expected
    assert [f["rule"] for f in data["applied"]] == ["TQ501"]
    remaining = {f["rule"] for f in data["report"]["files"][0]["findings"]}
    assert "TQ501" not in remaining and "TQ201" in remaining
    stale = server.post_json("/api/v1/fix", {"text": expected, "apply": chosen})
    assert "no TQ501 finding" in _one_line_error(stale, 400)


def test_rules_schema_and_openapi(server: Server) -> None:
    rules = server.request("GET", "/api/v1/rules").json()["rules"]
    by_code = {rule["code"]: rule for rule in rules}
    assert by_code["TQ201"]["fix"] == "safe" and by_code["TQ201"]["enabled"] is True
    assert by_code["TQ601"]["enabled"] is False  # a model rule, and the model is off
    schema = server.request("GET", f"/api/v1/schemas/{CHECK_SCHEMA}").json()
    assert schema == load_schema(CHECK_SCHEMA)
    _one_line_error(server.request("GET", "/api/v1/schemas/other.json"), 404)
    openapi = server.request("GET", "/openapi.json").json()
    assert openapi["openapi"].startswith("3.1")
    assert {"/api/v1/check", "/api/v1/fix", "/v2/check", "/v2/languages"} <= set(openapi["paths"])


# ---------------------------------------------------------------------------------- bad input

_BAD_REQUESTS = [
    ("empty body", b"", "application/json", 400, "empty"),
    ("malformed JSON", b'{"text": "abc', "application/json", 400, "malformed JSON"),
    ("not UTF-8", b'{"text": "\xff\xfe"}', "application/json", 400, "not UTF-8"),
    ("a list", b'["text"]', "application/json", 400, "object"),
    ("no text", b'{"source": "x"}', "application/json", 400, "missing field 'text'"),
    ("unknown field", b'{"text": "a b", "txt": 1}', "application/json", 400, "unknown field"),
    ("text a number", b'{"text": 5}', "application/json", 400, "must be a string"),
    ("blank text", b'{"text": "  \\n "}', "application/json", 400, "empty"),
    ("binary text", b'{"text": "ab\\u0000cd"}', "application/json", 400, "binary"),
    ("lone surrogate", b'{"text": "ab\\ud800"}', "application/json", 400, "surrogate"),
    ("bad date", b'{"text": "a b", "published": "5/10/2020"}', "application/json", 400, "date"),
    ("bad rule", b'{"text": "a b", "select": ["TQ999"]}', "application/json", 400, "TQ999"),
    ("bad format", b'{"text": "a b", "format": "docx"}', "application/json", 400, "format"),
    ("bad apply", b'{"text": "a b", "apply": [1]}', "application/json", 400, "apply"),
    ("form body", b"text=abc", "application/x-www-form-urlencoded", 415, "application/json"),
    ("no content type", b'{"text": "abc"}', None, 415, "application/json"),
    ("raw binary", b"\x89PNG\r\n\x1a\n\x00\x00", "application/octet-stream", 415, "json"),
]


@pytest.mark.parametrize(
    ("body", "content_type", "status", "expected"),
    [case[1:] for case in _BAD_REQUESTS],
    ids=[case[0] for case in _BAD_REQUESTS],
)
def test_bad_requests_get_a_one_line_4xx(
    server: Server, body: bytes, content_type: str | None, status: int, expected: str
) -> None:
    path = "/api/v1/fix" if b"apply" in body else "/api/v1/check"
    reason = _one_line_error(server.request("POST", path, body, content_type), status)
    assert expected.lower() in reason.lower()


def test_huge_request_is_refused_before_it_is_read(server: Server) -> None:
    text = "The ministry said the roads were open. " * 8000  # ~300 kB, over the 200k limit
    answer = server.post_json("/api/v1/check", {"text": text})
    assert "over the limit" in _one_line_error(answer, 413)


def test_wrong_method_and_path(server: Server) -> None:
    _one_line_error(server.request("GET", "/api/v1/check"), 405)
    _one_line_error(server.request("GET", "/api/v2/nothing"), 404)


# ------------------------------------------------------------------------ LanguageTool's API


def test_languagetool_check(server: Server) -> None:
    languages = server.request("GET", "/v2/languages").json()
    assert {"name", "code", "longCode"} <= set(languages[0])
    assert "en-US" in {language["longCode"] for language in languages}
    text = "😀 The the army said so.\n"  # an emoji: offsets count UTF-16 units, as LT's do
    answer = server.post_form("/v2/check", {"text": text, "language": "en-US"})
    assert answer.status == 200
    data = answer.json()
    assert data["language"]["code"] == "en-US"
    assert {"name", "version", "apiVersion"} <= set(data["software"])
    match = next(m for m in data["matches"] if m["rule"]["id"] == "TQ201")
    assert (match["offset"], match["length"]) == (3, 7)  # "😀 " is 3 UTF-16 units
    assert text.encode("utf-16-le")[6:20].decode("utf-16-le") == "The the"
    assert match["replacements"] == [{"value": "The"}]
    context = match["context"]
    units = context["text"].encode("utf-16-le")  # context offsets are UTF-16 units too
    start, length = context["offset"] * 2, context["length"] * 2
    assert units[start : start + length].decode("utf-16-le") == "The the"
    assert match["sentence"] == "😀 The the army said so."
    assert set(match["rule"]) >= {"id", "description", "issueType", "category"}
    assert set(match["rule"]["category"]) == {"id", "name"}
    assert match["message"] and match["shortMessage"]


def test_languagetool_annotated_data(server: Server) -> None:
    data = {
        "annotation": [
            {"markup": "<p>"},
            {"text": "The the army said so."},
            {"markup": "</p><p>", "interpretAs": "\n\n"},
            {"text": "It was quiet."},
            {"markup": "</p>"},
        ]
    }
    answer = server.post_form("/v2/check", {"data": json.dumps(data), "language": "auto"})
    assert answer.status == 200
    match = next(m for m in answer.json()["matches"] if m["rule"]["id"] == "TQ201")
    full = "".join(item.get("text", item.get("markup", "")) for item in data["annotation"])
    assert full[match["offset"] : match["offset"] + match["length"]] == "The the"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"text": "The army said so.", "language": "de-DE"}, "not supported"),
        ({"language": "en-US"}, "'text' or 'data'"),
        ({"text": "   ", "language": "en-US"}, "empty"),
        ({"data": "{not json", "language": "en-US"}, "not JSON"),
        ({"data": '{"annotation": [{"x": 1}]}', "language": "en-US"}, "'text' or 'markup'"),
    ],
)
def test_languagetool_bad_requests(server: Server, fields: dict[str, str], expected: str) -> None:
    assert expected in _one_line_error(server.post_form("/v2/check", fields), 400)


def test_a_languagetool_client_reads_the_findings(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """language_tool_python, pointed at the server, neither downloads LanguageTool nor
    connects anywhere but the server."""
    import socket

    import language_tool_python

    download_dir = tmp_path / "lt-home"
    monkeypatch.setenv("LTP_PATH", str(download_dir))
    connect = socket.socket.connect
    hosts: list[str] = []

    def loopback_only(sock: socket.socket, address: Any) -> None:
        hosts.append(address[0])
        assert address[0] in ("127.0.0.1", "::1"), address
        connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", loopback_only)
    tool = language_tool_python.LanguageTool("en-US", remote_server=server.url)
    try:
        matches = tool.check("The the army said the roads were open.")
    finally:
        tool.close()
    assert [(m.rule_id, m.offset, m.error_length, m.replacements) for m in matches] == [
        ("TQ201", 0, 7, ["The"])
    ]
    assert matches[0].category == "TQCHECK_ARTIFACT"
    assert hosts and not download_dir.exists()


# ---------------------------------------------------------------------------- confidentiality


def test_the_log_never_holds_text(server: Server) -> None:
    secret = f"{MARKER} {DRAFT}"
    server.post_json("/api/v1/check", {"text": secret, "highlight": True})
    server.post_json("/api/v1/fix", {"text": secret})
    server.post_form("/v2/check", {"text": secret, "language": "en-US"})
    server.request("POST", "/api/v1/check", f'{{"text": "{MARKER}'.encode(), "application/json")
    server.post_json("/api/v1/check", {"text": secret, MARKER: 1})
    server.post_json("/api/v1/check", {"text": secret, "published": MARKER})
    server.post_json("/api/v1/check", {"text": secret, "select": [MARKER]})
    server.request("GET", f"/v2/check?text={MARKER}")
    server.request("GET", f"/{MARKER}")
    log = server.log()
    assert MARKER not in log and MARKER.lower() not in log.lower()
    assert "Qzvx" not in log  # nor a finding's text
    assert "POST /api/v1/check 200" in log and f"chars={len(secret)}" in log


def test_off_loopback_needs_a_token(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tqcheck", "serve", "--host", "0.0.0.0", "--no-semantic"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("tqcheck: error: --host 0.0.0.0 is reachable")
    assert len(proc.stderr.strip().splitlines()) == 1


def test_token_and_limits(tmp_path: Path) -> None:
    token = "correct-horse-battery-staple"
    server = start_server(
        tmp_path / "server.log",
        "--no-semantic",
        "--timeout",
        "2",
        "--max-pending",
        "1",
        env={"TQCHECK_SERVE_TOKEN": token},
    )
    try:
        assert server.request("GET", "/healthz").json()["token_required"] is True
        assert server.request("GET", "/").status == 200  # the page holds no text
        _one_line_error(server.post_json("/api/v1/check", {"text": DRAFT}), 401)
        wrong = {"Authorization": "Bearer not-the-token"}
        _one_line_error(server.post_json("/api/v1/check", {"text": DRAFT}, headers=wrong), 401)
        _one_line_error(server.post_form("/v2/check", {"text": DRAFT, "language": "en"}), 401)
        as_lt = server.post_form("/v2/check", {"text": DRAFT, "language": "en", "apiKey": token})
        assert as_lt.status == 200
        server.extra_headers["Authorization"] = f"Bearer {token}"
        assert server.post_json("/api/v1/check", {"text": "The the army."}).status == 200
        # A long text outlasts the 2 s limit: a 503; the check it started still runs, so
        # with room for one check the next request is turned away as busy.
        long_text = DRAFT * 1500
        slow = server.post_json("/api/v1/check", {"text": long_text})
        assert "longer than" in _one_line_error(slow, 503)
        assert slow.headers.get("retry-after")
        busy = server.post_json("/api/v1/check", {"text": "The the army."})
        assert "busy" in _one_line_error(busy, 503)
    finally:
        server.stop()


def test_concurrent_answers_are_not_mixed_up(server: Server) -> None:
    texts = [
        f"The {word} {word} army said {n} people left.\n"
        for n, word in enumerate(
            ["red", "blue", "green", "grey", "black", "white", "brown", "pink"] * 2
        )
    ]
    answers: dict[int, Any] = {}

    def ask(index: int) -> None:
        answers[index] = server.post_json("/api/v1/check", {"text": texts[index]}).json()

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(len(texts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for index, text in enumerate(texts):
        findings = answers[index]["files"][0]["findings"]
        doubled = text.split()[1]
        assert [f["text"] for f in findings if f["rule"] == "TQ201"] == [f"{doubled} {doubled}"]


@pytest.mark.usefixtures("server")  # its start built this session's caches
def test_workers_each_answer(tmp_path: Path) -> None:
    server = start_server(tmp_path / "server.log", "--no-semantic", "--workers", "2")
    try:
        for _ in range(4):
            answer = server.post_json("/api/v1/check", {"text": "The the army said so."})
            assert [f["rule"] for f in answer.json()["files"][0]["findings"]] == ["TQ201"]
    finally:
        server.stop()
    assert server.log().count("ready in") == 2  # each worker process loaded the rules


def test_check_never_imports_the_server(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The the army said so.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from tqcheck.cli import main\n"
        "try:\n"
        f"    main(['check', '--no-semantic', '-q', {str(path)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('starlette', 'uvicorn', 'anyio') if m in sys.modules))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_the_engine_keeps_no_text_after_a_check() -> None:
    """In process: after a check (with a source, so the source-side memos run too), every
    memo that could hold a piece of the text is empty again."""
    from tqcheck.runner import CheckOptions
    from tqcheck.server.engine import _RESOURCE_CACHES, Engine, TextRequest

    engine = Engine(CheckOptions(semantic=False))
    source = "قال مسؤولون يوم الثلاثاء إن 12 شخصا أصيبوا في كنجة.\n"
    result, _ = engine.check(TextRequest(text=DRAFT, source=source))
    assert result.findings
    full = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("tqcheck.") or module is None:
            continue
        for attribute in vars(module).values():
            if getattr(attribute, "__module__", None) != name or not hasattr(
                attribute, "cache_info"
            ):
                continue
            qualified = f"{name}.{attribute.__name__}"
            takes_arguments = bool(inspect.signature(attribute.__wrapped__).parameters)
            if (
                takes_arguments
                and qualified not in _RESOURCE_CACHES
                and attribute.cache_info().currsize
            ):
                full.append(qualified)
    assert full == []
