"""Exit codes and the exceptions that map onto them.

Every error a user can cause (a bad file, a bad config, an unknown rule code) is raised as a
:class:`TqcheckError` subclass carrying a one-line message; the CLI prints it without a traceback
and exits with :attr:`ExitCode.ERROR`.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes, documented in the README."""

    OK = 0  # no finding at or above --fail-on
    FINDINGS = 1  # at least one finding at or above --fail-on
    ERROR = 2  # usage, configuration or input error
    INTERNAL = 3  # a bug: an error tqcheck did not foresee (TQCHECK_DEBUG=1 shows the traceback)
    INTERRUPTED = 130  # stopped by Ctrl-C (128 + SIGINT)
    TERMINATED = 143  # stopped by SIGTERM (128 + SIGTERM)


class TqcheckError(Exception):
    """An error the user can fix; ``str(error)`` is a single line."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, message: str) -> None:
        # Keep the message on one line whatever the cause contained.
        super().__init__(" ".join(message.split()))


class InputError(TqcheckError):
    """A file that cannot be read as text: missing, binary, wrong encoding, empty, too large."""


class ConfigError(TqcheckError):
    """A malformed configuration file or option value."""


class Terminated(BaseException):
    """Raised in the main process by the SIGTERM handler the CLI installs (exit 143)."""


class SelectionError(TqcheckError):
    """An unknown rule code, prefix, name or category in --select/--ignore or a suppression."""
