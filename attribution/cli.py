"""The command line: parse arguments, call the engine, pick a renderer.  Thin on purpose."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from attribution.baseline import BaselineError, baseline_document, load_baseline, new_findings
from attribution.batch import run_batch
from attribution.config import ConfigError, active_rules, find_config, load_settings
from attribution.engine import analyze
from attribution.errors import analyse
from attribution.evaluate import score
from attribution.inputs import InputError, parse_size, read_text, write_atomic
from attribution.lexicon import RuleDataError, load_lexicon
from attribution.model import Severity
from attribution.report import check_json as check_json_report
from attribution.report import check_text as check_text_report
from attribution.report import github as github_report
from attribution.report import line as line_report
from attribution.report import rules as rules_report
from attribution.report import sarif as sarif_report
from attribution.report import text as text_report
from attribution.report.rows import rows
from attribution.rules import Rule, RuleError, builtin_rule_files, load_rules
from attribution.runner import run_check
from attribution.serialize import analysis_document, fragment_rows

app = typer.Typer(
    name="attribution",
    help="Quote attribution and sourcing checks for news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class ReportFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


MaxBytes = Annotated[
    str,
    typer.Option(
        "--max-bytes", help="Refuse inputs (or batch records) larger than this: 50MB, 2G."
    ),
]


def _say(level: str, message: str) -> None:
    """One plain line on stderr: never wrapped by a terminal width, never a traceback."""
    sys.stderr.write(f"attribution: {level}: {' '.join(message.split())}\n")


def fail(message: str) -> typer.Exit:
    _say("error", message)
    return typer.Exit(2)


def warn(message: str) -> None:
    _say("warning", message)


@app.command()
def report(
    file: Annotated[str, typer.Argument(help="Article to analyse (text), or - for stdin.")],
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.TEXT,
    encoding: Annotated[
        str | None, typer.Option(help="Input encoding (any Python codec); default UTF-8.")
    ] = None,
    width: Annotated[int | None, typer.Option(help="Report width in columns.")] = None,
    max_bytes: MaxBytes = "50MB",
) -> None:
    """Who says what: sources, statements by speaker and a sourcing summary."""
    try:
        text = read_text(file, encoding, parse_size(max_bytes))
        analysis = analyze(text, path=None if file == "-" else file)
    except (InputError, RuleDataError) as error:
        raise fail(str(error)) from None
    if format is ReportFormat.JSON:
        sys.stdout.write(json.dumps(analysis_document(analysis), ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
        return
    text_report.render(analysis, Console(width=width, highlight=False))


@app.command()
def batch(
    source: Annotated[str, typer.Argument(help='JSONL file, one {"id", "text"} per line.')],
    output: Annotated[str, typer.Option("--output", "-o", help="JSONL file to write.")],
    skip_bad: Annotated[
        bool, typer.Option("--skip-bad", help="Log a bad record and go on.")
    ] = False,
    max_bytes: MaxBytes = "50MB",
) -> None:
    """Analyse many articles: one line of fragments per article (prediction schema)."""
    if Path(output).resolve() == Path(source).resolve():
        raise fail(f"{output}: the output would overwrite the input")
    try:
        count = run_batch(source, output, skip_bad, warn, parse_size(max_bytes))
    except (InputError, RuleDataError) as error:
        raise fail(str(error)) from None
    sys.stderr.write(f"{count} articles -> {output}\n")


class CheckFormat(StrEnum):
    TEXT = "text"
    LINE = "line"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"


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
    stdin_filename: Annotated[
        str | None, typer.Option(help="Name for stdin input; its suffix picks the parser.")
    ] = None,
    baseline: Annotated[
        str | None, typer.Option(help="Report only findings that this baseline does not list.")
    ] = None,
    write_baseline: Annotated[
        str | None, typer.Option(help="Record the findings in this baseline file and exit 0.")
    ] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    encoding: Annotated[
        str | None, typer.Option(help="Input encoding (any Python codec); default UTF-8.")
    ] = None,
    width: Annotated[int | None, typer.Option(help="Text report width in columns.")] = None,
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
        for written in (output, write_baseline):
            if written and any(_same_file(written, given) for given in paths):
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
    )
    for problem in run.problems:
        _say("error", f"{problem.path}: {problem.message}")
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
    buffer = io.StringIO() if output else None
    out = buffer or sys.stdout
    if format is CheckFormat.TEXT:
        console = Console(file=buffer, width=width or (100 if buffer else None), highlight=False)
        check_text_report.render(run, found, console)
    elif format is CheckFormat.LINE:
        line_report.render(found, out)
    elif format is CheckFormat.JSON:
        check_json_report.render(run, found, out)
    elif format is CheckFormat.SARIF:
        sarif_report.render(run, found, out)
    else:
        github_report.render(found, out)
    if buffer is not None and output:
        try:
            write_atomic(output, buffer.getvalue())
        except (InputError, OSError) as error:
            raise fail(f"{output}: cannot write report: {error}") from None
    if run.problems:
        raise typer.Exit(2)
    threshold = str(fail_on or settings.fail_on)
    if threshold != "never":
        bar = Severity(threshold).rank
        if any(c.findings and max(f.severity.rank for f in c.findings) >= bar for c in run.files):
            raise typer.Exit(1)


def _same_file(first: str, second: str) -> bool:
    if second == "-":
        return False
    try:
        return Path(first).resolve() == Path(second).resolve()
    except OSError:
        return False


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


def _records(path: str) -> list[dict[str, Any]]:
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(f"{path}:{number}: invalid JSON: {error.msg}") from None
            if not isinstance(record, dict) or "id" not in record:
                raise InputError(f'{path}:{number}: expected an object with an "id"')
            records.append(record)
    return records


@app.command("eval")
def evaluate(
    gold: Annotated[str, typer.Argument(help="Annotated JSONL (corpus schema).")],
    pred: Annotated[
        str | None, typer.Option(help="Read predictions from this JSONL instead of running.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    errors: Annotated[
        int,
        typer.Option(
            "--errors", min=0, help="Also print the N most common error kinds, with snippets."
        ),
    ] = 0,
) -> None:
    """Score the engine (or saved predictions) against annotated articles."""
    try:
        gold_docs = _records(gold)
        for number, doc in enumerate(gold_docs, 1):
            if not isinstance(doc.get("text"), str):
                raise InputError(f'{gold}: record {number}: "text" is missing or not a string')
        if pred is not None:
            predictions = {str(d["id"]): list(d.get("quotes") or []) for d in _records(pred)}
        else:
            predictions = {str(d["id"]): fragment_rows(analyze(d["text"])) for d in gold_docs}
    except (InputError, RuleDataError) as error:
        raise fail(str(error)) from None
    results = {
        "all": score(gold_docs, predictions),
        "direct": score(gold_docs, predictions, frozenset({"direct"})),
    }
    if as_json:
        print(json.dumps({k: v.as_dict() for k, v in results.items()}, indent=2))
        return
    if errors:
        kinds = analyse(gold_docs, predictions)
        total = sum(kind.count for kind in kinds)
        print(f"{total} errors in {len(kinds)} kinds; the {min(errors, len(kinds))} most common:")
        for kind in kinds[:errors]:
            print(f"{kind.count:>6}  {kind.name}")
            for example in kind.examples:
                print(f"        {example}")
        print()
    for name, result in results.items():
        print(
            f"{name} attributions: documents {result.documents}  gold {result.overlap.gold}"
            f"  predicted {result.overlap.predicted}"
        )
        print(f"  {'metric':<30}{'P':>8}{'R':>8}{'F1':>8}{'TP':>7}")
        for label, prf in (
            ("quote exact (trimmed)", result.exact),
            ("quote overlap (1:1 greedy)", result.overlap),
            ("end-to-end (overlap+speaker)", result.end_to_end),
        ):
            print(f"  {label:<30}{prf.precision:>8.4f}{prf.recall:>8.4f}{prf.f1:>8.4f}{prf.tp:>7}")
        print(
            f"  {'attribution accuracy':<30}{result.attribution_accuracy:>8.4f}"
            f"   {result.speaker_correct}/{result.matched}"
        )


def main() -> None:
    app()


__all__ = ["app", "main"]


if __name__ == "__main__":
    main()
