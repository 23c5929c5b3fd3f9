"""What every command shares: the app, option types, one-line errors, output."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console

from attribution.inputs import InputError, write_atomic

app = typer.Typer(
    name="attribution",
    help="Quote attribution and sourcing checks for news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


MaxBytes = Annotated[
    str,
    typer.Option(
        "--max-bytes", help="Refuse inputs (or batch records) larger than this: 50MB, 2G."
    ),
]


Encoding = Annotated[
    str | None, typer.Option(help="Input encoding (any Python codec); default UTF-8.")
]
Width = Annotated[int | None, typer.Option(help="Report width in columns.")]
Output = Annotated[
    str | None, typer.Option("--output", "-o", help="Write the report to this file.")
]
StdinFilename = Annotated[
    str | None, typer.Option(help="Name for stdin input; its suffix picks the parser.")
]


def say(level: str, message: str) -> None:
    """One plain line on stderr: never wrapped by a terminal width, never a traceback."""
    sys.stderr.write(f"attribution: {level}: {' '.join(message.split())}\n")


def fail(message: str) -> typer.Exit:
    say("error", message)
    return typer.Exit(2)


def warn(message: str) -> None:
    say("warning", message)


class CheckFormat(StrEnum):
    TEXT = "text"
    LINE = "line"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"


def emit(render: Callable[[TextIO, Console], None], output: str | None, width: int | None) -> None:
    """Render to stdout, or into a file written atomically when ``-o`` names one."""
    if output is None:
        render(sys.stdout, Console(width=width, highlight=False))
        return
    buffer = io.StringIO()
    render(buffer, Console(file=buffer, width=width or 100, highlight=False))
    try:
        write_atomic(output, buffer.getvalue())
    except (InputError, OSError) as error:
        raise fail(f"{output}: cannot write report: {error}") from None


def same_file(first: str, second: str) -> bool:
    if second == "-":
        return False
    try:
        return Path(first).resolve() == Path(second).resolve()
    except OSError:
        return False
