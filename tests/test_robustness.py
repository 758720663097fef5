"""Hostile input and the promise never to touch an editor's file: read-only fixtures, no
network, adversarial strings for the patterns, Ctrl-C."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, make_document, run_main
from tests.process_support import ctrl_c_at_default, wait_until_running
from tqcheck.config import Config
from tqcheck.facts.dates import find_dates
from tqcheck.facts.enumerations import find_enumeration
from tqcheck.facts.quantities import find_numbers
from tqcheck.runner import _quiet_pool, check_document


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def read_only_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "fixtures"
    for source in [*FIXTURES.rglob("*.txt"), *FIXTURES.rglob("*.md")]:
        target = copy / source.relative_to(FIXTURES)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    for path in sorted(copy.rglob("*"), reverse=True):
        path.chmod(0o555 if path.is_dir() else 0o444)
    copy.chmod(0o555)
    yield copy
    for path in [copy, *copy.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_every_command_leaves_read_only_fixtures_unchanged(
    read_only_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(read_only_copy)
    article = str(read_only_copy / "mt-article.txt")
    reports = tmp_path / "reports"
    reports.mkdir()
    commands = [
        ["check", "--no-semantic", str(read_only_copy)],
        *(
            ["check", "--no-semantic", "--format", fmt, article]
            for fmt in ("json", "sarif", "github", "csv", "html")
        ),
        ["check", "--no-semantic", article, "-o", str(reports / "r.json")],
        ["check", "--no-semantic", article, "--summary", str(reports / "s.csv")],
        ["check", "--no-semantic", article, "--write-baseline", str(reports / "b.json")],
        ["places", article],
        ["facts", article],
        ["fix", "--no-semantic", "--diff", article],  # plain `fix` is the one command that writes
        ["rules"],
        ["rule", "TQ301"],
        ["gazetteer", "lookup", "Gabriel"],
        ["report", str(reports / "s.csv")],
    ]
    codes = {}
    for argv in commands:
        code, _, err = run_main(argv, capsys)
        codes[" ".join(argv[:2])] = codes.get(" ".join(argv[:2]), code)  # the first of a kind
        assert "Traceback" not in err
    assert codes["check --no-semantic"] == 1 and codes["rules"] == 0
    assert _digest(read_only_copy) == before


def test_a_full_check_needs_no_network(tmp_path: Path) -> None:
    """The default model and every rule, in a fresh process where sockets cannot be opened."""
    script = (
        "import socket, sys\n"
        "class Refused(socket.socket):\n"
        "    def __init__(self, *a, **k):\n"
        "        raise OSError('network disabled by the test')\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('network disabled by the test')\n"
        "socket.socket = Refused\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from tqcheck.cli import main\n"
        "main(sys.argv[1:])\n"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "check",
            "--semantic",
            str(ROOT / "examples" / "mt-draft.txt"),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "HF_HUB_OFFLINE": "", "TRANSFORMERS_OFFLINE": ""},
    )
    assert result.returncode == 1, result.stderr
    assert "TQ601" in result.stdout  # the model ran
    assert "network disabled" not in result.stdout + result.stderr


ADVERSARIAL = [
    "1," * 3000,
    "one " * 3000,
    "one hundred and " * 2000,
    "twenty-first " * 2000,
    "a " * 5000,
    "1 days ago " * 1000,
    "the " * 3000,
    "the the " * 2000,
    "A " * 3000,
    "Aaa Bbb " * 2000,
    "namely " + "Alpha, " * 2000,
    "8 villages, namely " + "Alpha Beta of " * 1000,
    "yesterday, " * 2000,
    "the 27th of last month " * 500,
    "between 1 and " * 1000,
    "more than " * 2000,
    "(" * 3000,
    "city of " * 2000 + "X",
    "\u0301" * 5000,
    "x" * 100_000,
]


@pytest.mark.parametrize(
    "text", ADVERSARIAL, ids=[f"adversarial-{i}" for i in range(len(ADVERSARIAL))]
)
def test_patterns_survive_adversarial_text(text: str) -> None:
    find_numbers(text)
    find_dates(text)
    find_enumeration(text, 0)
    document = make_document(text + "\n")
    for finding in check_document(document, Config(semantic=False)):
        assert finding.text == document.text[finding.start : finding.end]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_interrupt_exits_130_and_leaves_no_partial_report(tmp_path: Path, jobs: str) -> None:
    corpus = tmp_path / "copy"
    corpus.mkdir()
    text = (ROOT / "examples" / "mt-draft.txt").read_bytes()
    for index in range(400):
        (corpus / f"a{index:03d}.txt").write_bytes(text)
    report = tmp_path / "report.json"
    process = subprocess.Popen(
        [sys.executable, "-m", "tqcheck", "check", "--no-semantic", "-j", jobs,
         "--format", "json", "-o", str(report), str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=ctrl_c_at_default,
    )  # fmt: skip
    wait_until_running(process, workers=jobs != "1")
    process.send_signal(signal.SIGINT)  # the main process only: workers must be stopped by it
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert not report.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


_CTRL_C_WHILE_STARTING = """
import multiprocessing, os, signal

from tqcheck.runner import _quiet_pool


class CtrlCWhileStarting:
    # the spawn context the runner uses, with a Ctrl-C landing while the pool starts
    def __init__(self):
        self._context = multiprocessing.get_context("spawn")

    def Pool(self, *args, **kwargs):
        pool = self._context.Pool(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)
        return pool


if __name__ == "__main__":
    try:
        _quiet_pool(CtrlCWhileStarting(), 2)
    except KeyboardInterrupt:
        print(
            "interrupted",
            multiprocessing.active_children() == [],  # the pool was stopped, not leaked
            signal.getsignal(signal.SIGINT) is signal.default_int_handler,
            signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, []),
        )
    else:
        print("lost")
"""


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks only")
def test_ctrl_c_while_the_workers_start_is_not_lost(tmp_path: Path) -> None:
    # Ignoring SIGINT while the workers start (so that they inherit the ignored signal) used
    # to drop a Ctrl-C of that moment: the run went on and wrote its report. In a process of
    # its own, as the command's is: a thread another test left running, SIGINT unblocked,
    # could take the signal itself.
    script = tmp_path / "ctrl_c_pool.py"
    script.write_text(_CTRL_C_WHILE_STARTING, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        preexec_fn=ctrl_c_at_default,
    )
    assert done.stdout.split() == ["interrupted", "True", "True", "True"], done.stderr


class _StartsQuietly:
    """A context whose pool starts without a signal and is nothing to stop."""

    def Pool(self, *args: object, **kwargs: object) -> object:  # noqa: N802 (the context's name)
        return object()


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks only")
def test_starting_the_workers_leaves_a_blocked_ctrl_c_blocked() -> None:
    # A program that embeds the runner and blocks SIGINT itself keeps it blocked: the pool's
    # start puts back the mask it found (unblocking SIGINT outright used to let it through).
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        _quiet_pool(_StartsQuietly(), 2)
        assert signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _quiet_pool(_StartsQuietly(), 2)
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])


_PROBE = """
import importlib.abc, sys


class CtrlC(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == {module!r}:
            {interrupt}
        return None


sys.meta_path.insert(0, CtrlC())
sys.argv = ["tqcheck", *{argv!r}]
from tqcheck.__main__ import main

main()
"""

# How a Ctrl-C reaches the code: raised where it lands; ending a string exec (dataclasses build
# their methods so at import), which leaves CPython's unhandled-interrupt flag set and made
# ``python -m`` die by SIGINT (-2) after printing the line; wrapped, as Python wraps one that
# lands in a class's ``__set_name__`` (an "internal error", exit 3, before).
_INTERRUPTS = {
    "plain": "raise KeyboardInterrupt",
    "string-exec": 'exec("raise KeyboardInterrupt", {})',
    "wrapped": 'raise RuntimeError("Error calling __set_name__") from KeyboardInterrupt()',
}


@pytest.mark.parametrize("how", sorted(_INTERRUPTS))
@pytest.mark.parametrize(
    ("module", "argv"),
    [
        ("tqcheck.reporters", ["rules"]),  # while the command's modules are imported
        ("tqcheck.rules.place.tq301_garbled_place_name", ["check", "--no-semantic", "x.txt"]),
    ],
    ids=["importing", "checking"],
)
def test_ctrl_c_anywhere_is_one_line_and_130(
    tmp_path: Path, module: str, argv: list[str], how: str
) -> None:
    (tmp_path / "x.txt").write_text("Calm in Baku.\n", encoding="utf-8")
    probe = _PROBE.format(module=module, interrupt=_INTERRUPTS[how], argv=argv)
    (tmp_path / "ctrl_c_probe.py").write_text(probe, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "ctrl_c_probe"],  # -m: the way the flag bites
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp_path)])},
        timeout=120,
    )
    assert (done.returncode, done.stderr.strip(), done.stdout) == (130, "tqcheck: interrupted", "")


def test_utf16_with_a_lone_surrogate_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(
        b"\xff\xfe" + "Calm in Baku ".encode("utf-16-le") + b"\x00\xd8" + "x\n".encode("utf-16-le")
    )
    code, _, err = run_main(["check", "--no-semantic", str(article)], capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "utf-16" in err.lower() and "byte offset" in err


LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + ']>\n<xliff><file><body><trans-unit id="1"><target>&lol9;</target></trans-unit>'
    "</body></file></xliff>\n"
)
EXTERNAL = (
    '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
    '<xliff><file><body><trans-unit id="1"><target>&secret;</target></trans-unit>'
    "</body></file></xliff>\n"
)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("laughs.xlf", LAUGHS),
        ("external.xlf", EXTERNAL),
        ("laughs.tmx", LAUGHS.replace("xliff", "tmx")),
        ("external.tmx", EXTERNAL.replace("xliff", "tmx")),
    ],
)
def test_xml_entity_declarations_are_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str
) -> None:
    """XLIFF and TMX are parsed with defusedxml's protections: a file that declares entities
    (a billion laughs, an external entity reading /etc/passwd) is refused with one line and
    exit 2, and nothing is expanded or fetched."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    code, out, err = run_main(["check", "--no-semantic", "--format", "json", str(path)], capsys)
    assert code == 2
    assert "Traceback" not in err
    message = err.strip()
    assert len(message.splitlines()) == 1 and name in message and "entit" in message.lower()
    assert len(out) < 20_000  # a billion laughs would be gigabytes
    assert "root:" not in out and "root:" not in err


def test_an_interrupt_swallowed_by_a_finaliser_still_stops_the_run() -> None:
    # Ctrl-C landing in a __del__ cannot propagate there; the runner raises it at the next
    # file or rule instead of finishing the run, and Python prints nothing about it.

    code = (
        "from tqcheck.config import Config\n"
        "from tqcheck.document import decode_bytes, parse_document\n"
        "from tqcheck.interrupts import install\n"
        "from tqcheck.runner import check_document\n"
        "install()\n"
        "document = parse_document(decode_bytes(b'The the town was shelled.\\n', 'a.txt'))\n"
        "class Freed:\n"
        "    def __del__(self):\n"
        "        raise KeyboardInterrupt\n"
        "Freed()\n"
        "try:\n"
        "    check_document(document, Config(semantic=False))\n"
        "except KeyboardInterrupt:\n"
        "    print('raised')\n"
        "print(len(check_document(document, Config(semantic=False))) > 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["raised", "True"], done.stderr
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr
