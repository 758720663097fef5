"""The ``tqcheck`` command and ``python -m tqcheck``.

Kept apart from :mod:`tqcheck.cli` so that a Ctrl-C while the command's modules are still being
imported (the first half second) is the same one line and exit 130 as later, not a traceback.
"""

from __future__ import annotations

import gc
import sys

# The cyclic collector's young-generation threshold for the command (Python's default is 700
# allocations): a check imports its modules and reads its tables into many containers that
# live as long as the process, few of them cyclic garbage, and at the default a rules-only
# check of a garble-dense 1,000-word article ran 135 collections that scanned them again
# (issue 13: cold start, about 20 ms of its CPU time). Raised for the command only, not for a
# program that imports tqcheck; the older generations keep Python's ratios.
YOUNG_COLLECTION_THRESHOLD = 100_000


def command_name(arguments: list[str]) -> str:
    """The subcommand the arguments name ("check", "batch"), as a cache file's name may hold
    it: the first that is no option, if it is a short word, else "other"; "" for none."""
    for argument in arguments:
        if not argument.startswith("-"):
            return (
                argument
                if argument.isascii() and argument.isalpha() and len(argument) <= 12
                else "other"
            )
    return ""


def main() -> None:
    """Run the command line; a Ctrl-C before the CLI is even imported exits 130 too."""
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, older, oldest)
    try:
        from tqcheck import dataclass_code, patterns

        # what its modules compile as they are imported (their dataclasses' methods, their
        # patterns) compiled once, then kept in the cache, for the command only, each
        # subcommand apart
        scope = command_name(sys.argv[1:])
        dataclass_code.install(scope)
        patterns.install(scope)
        from tqcheck.cli import main as run
    except BaseException as exc:
        if not isinstance(exc, KeyboardInterrupt) and not isinstance(
            exc.__cause__ or exc.__context__, KeyboardInterrupt
        ):
            raise  # an error of its own (wrapped interrupts: __set_name__ at import)
        # an interrupt that ended a string exec (a dataclass's methods) would make
        # ``python -m`` die by SIGINT; a new exec clears that (see interrupts.exit_interrupted)
        exec("pass", {})
        sys.stderr.write("tqcheck: interrupted\n")
        raise SystemExit(130) from None  # ExitCode.INTERRUPTED, not imported: it may be cut off
    run(prog_name="tqcheck")


if __name__ == "__main__":
    main()
