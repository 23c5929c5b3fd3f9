"""`--format line`: one finding per line, `path:line:col: CODE [severity] message`."""

from __future__ import annotations

from typing import TextIO

from attribution.report.rows import Row


def render(found: list[Row], out: TextIO) -> None:
    for row in found:
        finding = row.finding
        out.write(
            f"{row.path}:{row.line}:{row.column}: {finding.code} [{finding.severity}] "
            f"{finding.message}\n"
        )
