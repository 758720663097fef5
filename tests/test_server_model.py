"""``tqcheck serve`` with the embedding model loaded once at start-up: the model rules answer
over HTTP exactly as ``tqcheck check`` does for the same text."""

from __future__ import annotations

from pathlib import Path

from tests.server_support import cli_json, start_server, without_offsets

# Own sentences: the third paragraph repeats the first with one word changed (TQ601).
TEXT = (
    "The army said on Monday that it had taken back seven villages in the south.\n\n"
    "Residents of the border town began returning to their homes on Tuesday.\n\n"
    "The army said on Monday that it had taken back seven villages in the south.\n\n"
    "The the ministry gave no figures for the wounded.\n"
)


def test_model_rules_over_http_match_the_cli(tmp_path: Path) -> None:
    server = start_server(tmp_path / "server.log", "--semantic", startup=600)
    try:
        health = server.request("GET", "/healthz").json()
        assert health["semantic"] is True
        answer = server.post_json("/api/v1/check", {"text": TEXT})
        assert answer.status == 200
        findings = answer.json()["files"][0]["findings"]
    finally:
        server.stop()
    path = tmp_path / "text.txt"
    path.write_text(TEXT, encoding="utf-8")
    cli = cli_json(path, "--semantic")
    assert without_offsets(findings) == cli["files"][0]["findings"]
    assert {"TQ601", "TQ201"} <= {f["rule"] for f in findings}
