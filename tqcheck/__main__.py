"""``python -m tqcheck`` behaves exactly like the ``tqcheck`` command."""

from tqcheck.cli import main

if __name__ == "__main__":
    main(prog_name="tqcheck")
