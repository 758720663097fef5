"""The ``tqcheck`` command and ``python -m tqcheck``.

Kept apart from :mod:`tqcheck.cli` so that a Ctrl-C while the command's modules are still being
imported (the first half second) is the same one line and exit 130 as later, not a traceback.
"""

from __future__ import annotations

import sys


def main() -> None:
    try:
        from tqcheck.cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("tqcheck: interrupted\n")
        raise SystemExit(130) from None  # ExitCode.INTERRUPTED, not imported: it may be cut off
    run(prog_name="tqcheck")


if __name__ == "__main__":
    main()
