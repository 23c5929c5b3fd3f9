"""`--format text`: the findings of a check run as rich tables, one per file."""

from __future__ import annotations

from itertools import groupby

from rich.console import Console
from rich.table import Table
from rich.text import Text

from attribution.lint import Run
from attribution.model import Severity
from attribution.report.rows import Row, counts

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render(run: Run, found: list[Row], console: Console) -> None:
    for path, group in groupby(found, key=lambda row: row.path):
        table = Table(title=path, title_justify="left", expand=False, show_edge=False)
        table.add_column("Line:Col", no_wrap=True, justify="right")
        table.add_column("Severity", no_wrap=True)
        table.add_column("Code", no_wrap=True)
        table.add_column("Finding")
        for row in group:
            finding = row.finding
            message = Text(finding.message)
            message.append(f"\n{finding.fix}", style="dim")
            table.add_row(
                f"{row.line}:{row.column}",
                Text(str(finding.severity), style=STYLES[finding.severity]),
                finding.code,
                message,
            )
        console.print(table)
        console.print()
    tally = counts(found)
    files = _count(len(run.files), "file")
    if found:
        parts = ", ".join(
            _count(n, str(severity)) if severity is not Severity.INFO else f"{n} info"
            for severity, n in reversed(tally.items())
            if n
        )
        summary = f"{_count(len(found), 'finding')} ({parts}) in {files} checked."
    else:
        summary = f"No findings in {files} checked."
    if run.problems:
        summary += f" {_count(len(run.problems), 'file')} could not be read."
    console.print(summary, highlight=False)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
