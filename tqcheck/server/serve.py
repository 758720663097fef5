"""Starting the server: checks on the settings, the socket, uvicorn, the log."""

from __future__ import annotations

import ipaddress
import os
import socket
import sys

from tqcheck.errors import ConfigError
from tqcheck.server.app import Settings

TOKEN_ENV = "TQCHECK_SERVE_TOKEN"
SETTINGS_ENV = "TQCHECK_SERVE_SETTINGS"

_LOG_CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(name)s %(levelname)s: %(message)s"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "stream": "ext://sys.stderr",
        }
    },
    "loggers": {
        "tqcheck.server": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "uvicorn.error": {"level": "INFO"},
        "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
    },
}


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_settings(settings: Settings) -> None:
    """Refuse to expose unpublished copy: off loopback a token is required."""
    if not is_loopback(settings.host) and not settings.token:
        raise ConfigError(
            f"--host {settings.host} is reachable from other machines: give a token with "
            f"--token or the {TOKEN_ENV} environment variable (clients send "
            "'Authorization: Bearer TOKEN')"
        )
    if settings.token is not None and len(settings.token) < 16:
        raise ConfigError("the token must be at least 16 characters long")


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror})") from None
    sock.set_inheritable(True)
    return sock


def run_server(settings: Settings, workers: int = 1) -> None:
    """Load everything, bind, print the address, serve until Ctrl-C or SIGTERM."""
    import logging.config

    import uvicorn

    check_settings(settings)
    logging.config.dictConfig(_LOG_CONFIG)
    log = logging.getLogger("tqcheck.server")
    sock = _bind(settings.host, settings.port)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    common = {
        "log_config": _LOG_CONFIG,
        "access_log": False,
        "server_header": False,
        "timeout_graceful_shutdown": 5,
        "limit_concurrency": max(settings.max_pending * 2, 16),
    }
    if workers > 1:
        os.environ[SETTINGS_ENV] = settings.to_json()
        if settings.token:
            os.environ[TOKEN_ENV] = settings.token
        _prepare_caches()
        config = uvicorn.Config(
            "tqcheck.server.app:app_from_env",
            factory=True,
            workers=workers,
            # A worker loading the rules and model (or building the gazetteer cache on a first
            # start) may not answer the supervisor's ping for a while: do not kill it for that.
            timeout_worker_healthcheck=300,
            **common,
        )
        from uvicorn.supervisors import Multiprocess

        print(f"tqcheck serve: http://{shown}:{port}/ ({workers} workers)", file=sys.stderr)
        Multiprocess(config, sockets=[sock]).run()
        return
    from tqcheck.server.app import create_app

    app = create_app(settings)
    config = uvicorn.Config(app, **common)
    log.info("listening on http://%s:%d/", shown, port)
    print(f"tqcheck serve: http://{shown}:{port}/", file=sys.stderr, flush=True)
    uvicorn.Server(config).run(sockets=[sock])


def _prepare_caches() -> None:
    """Before N workers start: one short-lived process checks the warm-up samples, so that the
    on-disk caches (GeoNames index, exported model) are built once, not by every worker at
    the same time; its memory is returned when it exits."""
    import subprocess

    code = "from tqcheck.server.app import app_from_env; app_from_env()"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines()
        raise ConfigError(f"the server could not load: {lines[-1] if lines else proc.returncode}")
