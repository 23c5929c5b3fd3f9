"""The command line: parse arguments, call the engine, pick a renderer.  Thin on purpose.

The commands live in two modules, by the job they do for the user:
cli_analysis (report, batch, claims, eval) and cli_lint (check, rules,
explain, verify); cli_common has the app and what they share.
"""

from __future__ import annotations

from attribution import cli_analysis, cli_lint
from attribution.cli_common import app

COMMAND_MODULES = (cli_analysis, cli_lint)  # imported for the commands they register


def main() -> None:
    app()


__all__ = ["app", "main"]


if __name__ == "__main__":
    main()
