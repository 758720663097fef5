"""Waiting for a ``tqcheck`` subprocess to be under way before a test signals it, and
starting it with Ctrl-C at its default.

A fixed sleep raced the interpreter's start-up on a loaded machine: a SIGTERM that arrives
while Python is still importing ends the process by the signal's default action (-15), before
the command has put in the handler that makes it exit 143. These helpers read ``/proc``
(Linux), where the kernel shows which signals a process catches and which processes it started.
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path


def catches(pid: int, signum: int) -> bool:
    """Whether process ``pid`` has a handler of its own for ``signum`` (``SigCgt`` in
    ``/proc/<pid>/status``); False once it has gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    for line in status.splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (signum - 1) & 1)
    return False


def has_children(pid: int) -> bool:
    """Whether any process's parent is ``pid`` (its worker pool has started)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[1] == str(pid):
            return True
    return False


def wait_until_running(
    process: subprocess.Popen[str], workers: bool = False, limit: float = 120.0
) -> None:
    """Return once ``process`` runs the command (it catches SIGTERM, which ``tqcheck.cli.main``
    sets first) and, with ``workers``, has started its pool; fail after ``limit`` seconds."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        assert process.poll() is None, "the command ended before it could be signalled"
        if catches(process.pid, signal.SIGTERM) and (not workers or has_children(process.pid)):
            return
        time.sleep(0.05)
    raise AssertionError(f"the command was not under way after {limit:.0f} s")


def ctrl_c_at_default() -> None:
    """``preexec_fn`` for a child a test will interrupt: SIGINT at its default action.

    A shell without job control starts a background command ("pytest ... &", as a CI step or
    an agent may run the suite) with SIGINT ignored, and an ignored signal is inherited across
    ``exec``: Python then installs no KeyboardInterrupt handler, the command rightly ignores
    Ctrl-C as a background job should, and a test that sends it finds the run going on to the
    end (exit 1). The command's behaviour under an ignored SIGINT is not what these tests test.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
