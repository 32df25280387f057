"""``python -m ally_explorer`` and the ``ally-explorer`` command."""

import sys


def main(argv: list[str] | None = None) -> int:
    from .ui.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
