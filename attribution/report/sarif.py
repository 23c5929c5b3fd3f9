"""`--format sarif`: SARIF 2.1.0, for code-scanning dashboards.

Columns are code points (``columnKind: unicodeCodePoints``), as everywhere in
this tool.  Files that could not be read are tool execution notifications.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any, TextIO

from attribution import __version__
from attribution.lint import Run
from attribution.model import Severity
from attribution.report.rows import Row
from attribution.rules import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    return PurePath(path).as_posix() if path != "-" else "stdin"


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.rationale},
        "help": {
            "text": f"{rule.fix}\n\nSource: {rule.source}",
            "markdown": f"{rule.fix}\n\n*Source: {rule.source}*",
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["sourcing", rule.code[:2]], "kind": rule.kind},
    }


def document(run: Run, found: list[Row]) -> dict[str, Any]:
    index = {rule.code: n for n, rule in enumerate(run.rules)}
    results = []
    for row in found:
        finding = row.finding
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "level": LEVELS[finding.severity],
            "message": {"text": f"{finding.message}. {finding.fix}"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(row.path)},
                        "region": {
                            "startLine": row.line,
                            "startColumn": row.column,
                            "endLine": row.end_line,
                            "endColumn": row.end_column,
                            "charOffset": finding.span.start,
                            "charLength": len(finding.span),
                        },
                    }
                }
            ],
        }
        if finding.code in index:
            result["ruleIndex"] = index[finding.code]
        results.append(result)
    notifications = [
        {
            "level": "error",
            "message": {"text": problem.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(problem.path)}}}],
        }
        for problem in run.problems
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "attribution",
                        "version": __version__,
                        "rules": [_rule(rule) for rule in run.rules],
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not run.problems,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render(run: Run, found: list[Row], out: TextIO) -> None:
    json.dump(document(run, found), out, ensure_ascii=False, indent=2)
    out.write("\n")
