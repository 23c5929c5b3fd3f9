"""`--format github`: GitHub Actions workflow commands, shown as annotations on the diff."""

from __future__ import annotations

from typing import TextIO

from attribution.model import Severity
from attribution.report.rows import Row

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def render(found: list[Row], out: TextIO) -> None:
    for row in found:
        finding = row.finding
        properties = ",".join(
            (
                f"file={_property(row.path)}",
                f"line={row.line}",
                f"col={row.column}",
                f"endLine={row.end_line}",
                f"endColumn={row.end_column}",
                f"title={_property(f'{finding.code} {finding.name}')}",
            )
        )
        message = f"{finding.message}. {finding.fix}"
        out.write(f"::{COMMANDS[finding.severity]} {properties}::{_data(message)}\n")
