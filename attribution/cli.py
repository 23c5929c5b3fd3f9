"""The command line: parse arguments, call the engine, pick a renderer.  Thin on purpose.

The commands live in two modules, by the job they do for the user:
cli_analysis (report, batch, claims, eval) and cli_lint (check, rules,
explain, verify); cli_common has the app and what they share.
"""

from __future__ import annotations

import os
import sys

from attribution import cli_analysis, cli_lint
from attribution.cli_common import app

COMMAND_MODULES = (cli_analysis, cli_lint)  # imported for the commands they register
INTERNAL_ERROR = 3  # a bug of the tool's own, not the user's input (that is 2)
DEBUG_VARIABLE = "ATTRIBUTION_DEBUG"  # set it to see the traceback of an internal error


def main() -> None:
    try:
        app()
    except Exception as error:  # an engine bug: one line, not a traceback
        if os.environ.get(DEBUG_VARIABLE):
            raise
        sys.stderr.write(
            f"attribution: internal error: {type(error).__name__}: {error} (a bug in"
            f" attribution, not in your input: please report it with the input; set"
            f" {DEBUG_VARIABLE}=1 for the traceback)\n"
        )
        raise SystemExit(INTERNAL_ERROR) from None


__all__ = ["app", "main"]


if __name__ == "__main__":
    main()
