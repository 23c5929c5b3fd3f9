"""Findings with their line and column: computed here, at the edge, once per file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from attribution.document import LineIndex
from attribution.lint import Run
from attribution.model import Finding, Severity


@dataclass(frozen=True, slots=True)
class Row:
    path: str
    line: int  # 1-based
    column: int  # 1-based, in code points
    end_line: int
    end_column: int  # 1-based, exclusive
    finding: Finding


def rows(run: Run, min_severity: Severity = Severity.INFO) -> Iterator[Row]:
    """Every finding at or above ``min_severity``, file by file, in text order."""
    for checked in run.files:
        index: LineIndex | None = None
        for finding in checked.findings:
            if finding.severity.rank < min_severity.rank:
                continue
            index = index or LineIndex(checked.text)
            line, column = index.position(finding.span.start)
            end_line, end_column = index.position(finding.span.end)
            yield Row(checked.path, line, column, end_line, end_column, finding)


def counts(found: list[Row]) -> dict[Severity, int]:
    tally = dict.fromkeys(Severity, 0)
    for row in found:
        tally[row.finding.severity] += 1
    return tally
