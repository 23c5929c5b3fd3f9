"""`--format json`: the findings of a check run, versioned (documented in README)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from attribution import __version__
from attribution.lint import Run
from attribution.report.rows import Row, counts

FINDINGS_SCHEMA_VERSION = "1.0"


def document(run: Run, found: list[Row]) -> dict[str, Any]:
    texts = {checked.path: checked.text for checked in run.files}
    tally = counts(found)
    return {
        "schema_version": FINDINGS_SCHEMA_VERSION,
        "tool": {"name": "attribution", "version": __version__},
        "summary": {
            "files": len(run.files),
            "findings": len(found),
            **{str(severity): n for severity, n in tally.items()},
            "input_errors": len(run.problems),
        },
        "findings": [
            {
                "path": row.path,
                "line": row.line,
                "column": row.column,
                "end_line": row.end_line,
                "end_column": row.end_column,
                "start": row.finding.span.start,
                "end": row.finding.span.end,
                "code": row.finding.code,
                "name": row.finding.name,
                "severity": str(row.finding.severity),
                "message": row.finding.message,
                "fix": row.finding.fix,
                "text": row.finding.span.text(texts[row.path]),
            }
            for row in found
        ],
        "input_errors": [{"path": p.path, "message": p.message} for p in run.problems],
    }


def render(run: Run, found: list[Row], out: TextIO) -> None:
    json.dump(document(run, found), out, ensure_ascii=False, indent=2)
    out.write("\n")
