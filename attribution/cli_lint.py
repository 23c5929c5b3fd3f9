"""Commands that check sourcing: check, rules, explain and verify."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console

from attribution.baseline import BaselineError, baseline_document, load_baseline, new_findings
from attribution.checks.sources import hit as source_hit
from attribution.cli_common import (
    CheckFormat,
    Encoding,
    MaxBytes,
    Output,
    StdinFilename,
    Width,
    app,
    emit,
    fail,
    same_file,
    say,
)
from attribution.config import ConfigError, active_rules, find_config, load_settings
from attribution.document import LineIndex
from attribution.engine import analyze
from attribution.inputs import InputError, parse_size, read_text, write_atomic
from attribution.lexicon import RuleDataError, load_lexicon
from attribution.lint import Checked, Run
from attribution.markup import MarkupError, Prose, extract, markup_for
from attribution.model import Finding, Severity
from attribution.report import check_json as check_json_report
from attribution.report import check_text as check_text_report
from attribution.report import github as github_report
from attribution.report import line as line_report
from attribution.report import rules as rules_report
from attribution.report import sarif as sarif_report
from attribution.report import verify_json as verify_json_report
from attribution.report import verify_text as verify_text_report
from attribution.report.rows import rows
from attribution.rules import Rule, RuleError, builtin_rule_files, load_rules
from attribution.runner import load_sources, run_check
from attribution.verify import Verification
from attribution.verify import verify as verify_quotes


class Threshold(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"


def _codes(values: list[str] | None) -> list[str]:
    return [c.strip().upper() for v in values or [] for c in v.split(",") if c.strip()]


@app.command()
def check(
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders to check (.txt, .md, .html), or -.")
    ],
    format: Annotated[CheckFormat, typer.Option("--format", "-f")] = CheckFormat.TEXT,
    fail_on: Annotated[
        Threshold | None,
        typer.Option(help="Exit 1 when a finding is at least this severe. [default: error]"),
    ] = None,
    min_severity: Annotated[
        Severity | None,
        typer.Option(help="Show findings at least this severe. [default: info]"),
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option(help="Codes or prefixes to run (replaces the config's).")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Codes or prefixes to leave out.")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(help="Glob of paths not to check (repeatable).")
    ] = None,
    config: Annotated[
        Path | None, typer.Option(help="Configuration file (default: found upwards).")
    ] = None,
    isolated: Annotated[bool, typer.Option(help="Ignore every configuration file.")] = False,
    stdin_filename: StdinFilename = None,
    baseline: Annotated[
        str | None, typer.Option(help="Report only findings that this baseline does not list.")
    ] = None,
    write_baseline: Annotated[
        str | None, typer.Option(help="Record the findings in this baseline file and exit 0.")
    ] = None,
    output: Output = None,
    source: Annotated[
        list[str] | None,
        typer.Option(help="Transcript or release to check quotes against (QT003-QT005)."),
    ] = None,
    encoding: Encoding = None,
    width: Width = None,
    max_bytes: MaxBytes = "50MB",
) -> None:
    """Lint articles for sourcing problems: findings with path:line:col and exit codes.

    Exit 0: nothing at or above --fail-on; 1: findings at or above it; 2: usage,
    configuration or input error (other files are still checked).
    """
    try:
        config_path = None if isolated else (config or find_config(Path.cwd()))
        settings = load_settings(config_path)
        rules = active_rules(settings, _codes(select), _codes(ignore))
        lexicon = load_lexicon(None, settings.lexicon)
        known = load_baseline(baseline) if baseline else None
        limit = parse_size(max_bytes)
        sources = load_sources(source or [], encoding, limit)
        for written in (output, write_baseline):
            if written and any(same_file(written, given) for given in paths):
                raise InputError(f"{written}: the output would overwrite an input")
    except (ConfigError, BaselineError, RuleDataError, InputError) as error:
        raise fail(str(error)) from None
    run = run_check(
        paths,
        settings=settings,
        rules=rules,
        lexicon=lexicon,
        exclude=exclude or (),
        stdin_filename=stdin_filename,
        encoding=encoding,
        max_bytes=limit,
        sources=sources,
    )
    for problem in run.problems:
        say("error", f"{problem.path}: {problem.message}")
    if write_baseline:
        try:
            write_atomic(write_baseline, baseline_document(run.files))
        except (InputError, OSError) as error:
            raise fail(f"{write_baseline}: cannot write baseline: {error}") from None
        total = sum(len(c.findings) for c in run.files)
        sys.stderr.write(f"{total} findings recorded in {write_baseline}\n")
        raise typer.Exit(2 if run.problems else 0)
    if known is not None:
        run = replace(run, files=tuple(new_findings(run.files, known)))
    shown_from = Severity(min_severity or settings.min_severity)
    found = list(rows(run, shown_from))

    def render(out: TextIO, console: Console) -> None:
        if format is CheckFormat.TEXT:
            check_text_report.render(run, found, console)
        elif format is CheckFormat.LINE:
            line_report.render(found, out)
        elif format is CheckFormat.JSON:
            check_json_report.render(run, found, out)
        elif format is CheckFormat.SARIF:
            sarif_report.render(run, found, out)
        else:
            github_report.render(found, out)

    emit(render, output, width)
    if run.problems:
        raise typer.Exit(2)
    threshold = str(fail_on or settings.fail_on)
    if threshold != "never":
        bar = Severity(threshold).rank
        if any(c.findings and max(f.severity.rank for f in c.findings) >= bar for c in run.files):
            raise typer.Exit(1)


def _all_rules(config: Path | None) -> tuple[Rule, ...]:
    """Built-in rules and those of a configuration's rule files, all of them."""
    try:
        settings = load_settings(config)
        return load_rules([*builtin_rule_files(), *settings.rule_files])
    except (ConfigError, RuleError) as error:
        raise fail(str(error)) from None


@app.command("rules")
def list_rules(
    as_json: Annotated[bool, typer.Option("--json", help="Print the rules as JSON.")] = False,
    config: Annotated[Path | None, typer.Option(help="Include a configuration's rules.")] = None,
) -> None:
    """The sourcing rules: code, name, default severity and what each flags."""
    all_rules = _all_rules(config)
    if as_json:
        entries = [
            {
                "code": r.code,
                "name": r.name,
                "severity": str(r.severity),
                "kind": r.kind,
                "summary": r.summary,
            }
            for r in all_rules
        ]
        print(json.dumps(entries, indent=2))
        return
    rules_report.render_table(all_rules, Console(highlight=False))


@app.command()
def explain(
    code: Annotated[str, typer.Argument(help="A rule code (AN001) or name.")],
    config: Annotated[Path | None, typer.Option(help="Include a configuration's rules.")] = None,
) -> None:
    """What a rule flags, why it matters, an example and what to write instead."""
    all_rules = _all_rules(config)
    wanted = code.strip()
    for rule in all_rules:
        if wanted.upper() == rule.code or wanted.lower() == rule.name:
            rules_report.render_explanation(rule, Console(highlight=False))
            return
    raise fail(f"no rule {code!r} (`attribution rules` lists them)")


@app.command()
def verify(
    article: Annotated[str, typer.Argument(help="The article (.txt, .md, .html), or -.")],
    source: Annotated[
        list[str], typer.Option(help="Transcript, release or earlier article (repeatable).")
    ],
    speaker: Annotated[str | None, typer.Option(help="Check only this speaker's quotes.")] = None,
    threshold: Annotated[
        float, typer.Option(min=0, max=100, help="Lowest score (0-100) of an altered quote.")
    ] = 80.0,
    format: Annotated[CheckFormat, typer.Option("--format", "-f")] = CheckFormat.TEXT,
    stdin_filename: StdinFilename = None,
    output: Output = None,
    encoding: Encoding = None,
    width: Width = None,
    max_bytes: MaxBytes = "50MB",
) -> None:
    """Check every quote against its sources: verbatim, altered, misattributed, not found.

    Exit 0 when every quote is verbatim, 1 otherwise, 2 on bad input.
    """
    shown = stdin_filename or article if article == "-" else article
    try:
        limit = parse_size(max_bytes)
        if output and (same_file(output, article) or any(same_file(output, s) for s in source)):
            raise InputError(f"{output}: the output would overwrite an input")
        text = read_text(article, encoding, limit)
        prose = extract(text, markup_for(shown))
        sources = load_sources(source, encoding, limit)
    except MarkupError as error:
        raise fail(f"{shown}: {error.located(text)}") from None
    except (InputError, RuleDataError) as error:
        raise fail(str(error)) from None
    analysis = analyze(prose.text, path=shown)
    results = verify_quotes(analysis, sources, speaker=speaker, threshold=threshold)
    indexes = {s.path: LineIndex(s.prose.original) for s in sources}

    def render(out: TextIO, console: Console) -> None:
        if format is CheckFormat.TEXT:
            verify_text_report.render(shown, prose, results, indexes, console)
        elif format is CheckFormat.JSON:
            verify_json_report.render(shown, prose, results, indexes, out)
        else:
            rules = tuple(r for r in _all_rules(None) if r.kind == "source-match")
            findings = [_finding(r, prose, rules) for r in results if r.status != "verbatim"]
            checked = Checked(shown, text, tuple(f for f in findings if f is not None))
            run = Run((checked,), (), rules)
            found = list(rows(run))
            if format is CheckFormat.LINE:
                line_report.render(found, out)
            elif format is CheckFormat.SARIF:
                sarif_report.render(run, found, out)
            else:
                github_report.render(found, out)

    emit(render, output, width)
    if any(r.status != "verbatim" for r in results):
        raise typer.Exit(1)


def _finding(result: Verification, prose: Prose, rules: tuple[Rule, ...]) -> Finding | None:
    """A verification as a finding of the source-match rule for its status."""
    for rule in rules:
        if rule.options["status"] == result.status:
            values = source_hit(result).values
            span = prose.to_original(result.span)
            return Finding(rule.code, rule.name, rule.severity, span, rule.format(values), rule.fix)
    return None
