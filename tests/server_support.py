"""The real ``tqcheck serve`` in a subprocess on a free loopback port, and an HTTP client for it
(urllib: no extra dependency). Used by tests/test_server*.py."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# A draft written for these tests: a doubled word, a stray space before a full stop, a
# misspelt capital, numbers and a weekday with a date. MARKER appears in no log line.
MARKER = "Qzvx7Marker"
DRAFT = (
    "Officials in Baku said on Tuesday, 5 October 2020, that 12 people were injured in Ganja .\n"
    "\n"
    f"The the ministry said the three districts, Fuzuli, Jabrayil and Zangilan, were shelled "
    f"overnight near the village of {MARKER}.\n"
    "\n\n\n"
    "Around 3,000 people have left the area since September, the ministry said.\n"
)


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    url: str
    log_path: Path
    token: str | None = None
    extra_headers: dict[str, str] = field(default_factory=dict)

    def log(self) -> str:
        return self.log_path.read_text("utf-8", errors="replace")

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
        timeout: float = 120,
    ) -> Answer:
        request = urllib.request.Request(self.url + path, data=body, method=method)
        if content_type is not None:
            request.add_header("Content-Type", content_type)
        for key, value in {**self.extra_headers, **(headers or {})}.items():
            request.add_header(key, value)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return Answer(response.status, dict(response.headers), response.read())
        except urllib.error.HTTPError as error:
            return Answer(error.code, dict(error.headers), error.read())

    def post_json(self, path: str, data: Any, **kwargs: Any) -> Answer:
        body = json.dumps(data).encode("utf-8")
        return self.request("POST", path, body, "application/json", **kwargs)

    def post_form(self, path: str, fields: dict[str, str], **kwargs: Any) -> Answer:
        body = urllib.parse.urlencode(fields).encode("utf-8")
        return self.request("POST", path, body, "application/x-www-form-urlencoded", **kwargs)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(
    log_path: Path, *args: str, env: dict[str, str] | None = None, startup: float = 300
) -> Server:
    """Start ``tqcheck serve --port 0 ARGS`` and wait until it answers /healthz."""
    stream = log_path.open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "tqcheck", "serve", "--port", "0", *args],
        stdout=stream,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )
    stream.close()
    deadline = time.monotonic() + startup
    url = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited {process.returncode}: {log_path.read_text()}")
        found = re.search(r"tqcheck serve: (http://127\.0\.0\.1:\d+)/", log_path.read_text())
        if found:
            url = found.group(1)
            break
        time.sleep(0.1)
    if url is None:
        process.kill()
        raise RuntimeError(f"server did not start: {log_path.read_text()}")
    server = Server(process, url, log_path)
    while time.monotonic() < deadline:
        try:
            if server.request("GET", "/healthz", timeout=5).status == 200:
                return server
        except OSError:
            pass
        time.sleep(0.1)
    server.stop()
    raise RuntimeError("server never answered /healthz")


def cli_json(path: Path, *args: str) -> dict[str, Any]:
    """``tqcheck check --format json ARGS PATH`` in a subprocess, parsed."""
    proc = subprocess.run(
        [sys.executable, "-m", "tqcheck", "check", "--format", "json", *args, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def without_offsets(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in f.items() if k not in ("start", "end")} for f in findings]
