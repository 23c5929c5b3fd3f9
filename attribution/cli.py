"""The command line: parse arguments, call the engine, pick a renderer.  Thin on purpose."""

from __future__ import annotations

import io
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import Progress, TextColumn, TimeElapsedColumn

from attribution.baseline import BaselineError, baseline_document, load_baseline, new_findings
from attribution.batch import run_batch
from attribution.checks.sources import hit as source_hit
from attribution.claims import group as group_claims
from attribution.config import ConfigError, active_rules, find_config, load_settings
from attribution.document import LineIndex
from attribution.engine import analyze
from attribution.errors import analyse
from attribution.evaluate import score
from attribution.inputs import InputError, parse_size, read_text, write_atomic
from attribution.lexicon import RuleDataError, load_lexicon
from attribution.lint import Checked, Run, findings_in
from attribution.markup import Markup, MarkupError, Prose, extract, markup_for
from attribution.model import Finding, Severity
from attribution.report import check_json as check_json_report
from attribution.report import check_text as check_text_report
from attribution.report import claims as claims_report
from attribution.report import github as github_report
from attribution.report import html as html_report
from attribution.report import line as line_report
from attribution.report import rules as rules_report
from attribution.report import sarif as sarif_report
from attribution.report import text as text_report
from attribution.report import verify_json as verify_json_report
from attribution.report import verify_text as verify_text_report
from attribution.report.rows import rows
from attribution.rules import Rule, RuleError, builtin_rule_files, load_rules
from attribution.runner import load_sources, read_claim_articles, run_check
from attribution.serialize import analysis_document, fragment_rows
from attribution.verify import Verification
from attribution.verify import verify as verify_quotes

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
    HTML = "html"


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
    file: Annotated[str, typer.Argument(help="Article to analyse, or - for stdin.")],
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.TEXT,
    output: Output = None,
    stdin_filename: StdinFilename = None,
    encoding: Encoding = None,
    width: Width = None,
    max_bytes: MaxBytes = "50MB",
) -> None:
    """Who says what: sources, statements by speaker and a sourcing summary.

    text and json read the file as plain text; html reads Markdown and HTML by
    suffix and shows the article with its quotes highlighted and the findings.
    """
    shown = stdin_filename or "<stdin>" if file == "-" else file
    try:
        if output and _same_file(output, file):
            raise InputError(f"{output}: the output would overwrite the input")
        text = read_text(file, encoding, parse_size(max_bytes))
        if format is ReportFormat.HTML:
            prose = extract(text, markup_for(shown))
            rules = active_rules(load_settings(find_config(Path.cwd())))
        else:
            prose = extract(text, Markup.TEXT)
        analysis = analyze(prose.text, path=None if file == "-" else file)
    except MarkupError as error:
        line, _ = LineIndex(text).position(error.offset)
        raise fail(f"{shown}: line {line}: {error}") from None
    except (InputError, RuleDataError, ConfigError) as error:
        raise fail(str(error)) from None

    def render(out: TextIO, console: Console) -> None:
        if format is ReportFormat.JSON:
            out.write(json.dumps(analysis_document(analysis), ensure_ascii=False, indent=2))
            out.write("\n")
        elif format is ReportFormat.HTML:
            findings = findings_in(analysis, rules, load_lexicon(), (), prose.directives)
            out.write(html_report.render(analysis, prose, findings, shown))
        else:
            text_report.render(analysis, console)

    _emit(render, output, width)


@app.command()
def batch(
    source: Annotated[
        str,
        typer.Argument(help='JSONL (.jsonl.gz too), one {"id", "text"} per line; or a folder.'),
    ],
    output: Annotated[str, typer.Option("--output", "-o", help="JSONL file to write.")],
    skip_bad: Annotated[
        bool, typer.Option("--skip-bad", help="Log a bad record and go on.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes. [default: all cores]"),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Go on from OUTPUT.partial of an interrupted run.")
    ] = False,
    max_bytes: MaxBytes = "50MB",
) -> None:
    """Analyse many articles: one line of fragments per article (prediction schema)."""
    if Path(output).resolve() == Path(source).resolve():
        raise fail(f"{output}: the output would overwrite the input")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    workers = jobs or cores or 1
    progress = Progress(
        TextColumn("{task.completed} articles"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=not sys.stderr.isatty(),
        transient=True,
    )
    task = progress.add_task("batch", total=None, rate="")
    started = time.perf_counter()

    def advance(done: int) -> None:
        rate = done / max(time.perf_counter() - started, 1e-9)
        progress.update(task, completed=done, rate=f"{rate:,.0f}/s")

    try:
        with progress:
            summary = run_batch(
                source,
                output,
                skip_bad,
                warn,
                parse_size(max_bytes),
                jobs=workers,
                resume=resume,
                progress=advance,
            )
    except (InputError, RuleDataError) as error:
        raise fail(str(error)) from None
    forms = ", ".join(f"{summary.forms[f]} {f}" for f in ("direct", "mixed", "indirect"))
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(summary.kinds.items()))
    resumed = f" ({summary.resumed} from the partial file)" if summary.resumed else ""
    sys.stderr.write(
        f"{summary.articles + summary.resumed} articles -> {output}{resumed}: "
        f"{sum(summary.forms.values())} statements ({forms}); speakers: {kinds or 'none'}; "
        f"{summary.skipped} records skipped\n"
    )


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
        sources=sources,
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

    _emit(render, output, width)
    if run.problems:
        raise typer.Exit(2)
    threshold = str(fail_on or settings.fail_on)
    if threshold != "never":
        bar = Severity(threshold).rank
        if any(c.findings and max(f.severity.rank for f in c.findings) >= bar for c in run.files):
            raise typer.Exit(1)


def _emit(render: Callable[[TextIO, Console], None], output: str | None, width: int | None) -> None:
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
        if output and (_same_file(output, article) or any(_same_file(output, s) for s in source)):
            raise InputError(f"{output}: the output would overwrite an input")
        text = read_text(article, encoding, limit)
        prose = extract(text, markup_for(shown))
        sources = load_sources(source, encoding, limit)
    except MarkupError as error:
        raise fail(f"{shown}: {error}") from None
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

    _emit(render, output, width)
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


class ClaimsFormat(StrEnum):
    TEXT = "text"
    CSV = "csv"
    JSON = "json"
    MD = "md"
    CLAIMREVIEW = "claimreview"


@app.command()
def claims(
    paths: Annotated[
        list[str],
        typer.Argument(help="Articles or folders (.txt, .md, .html), JSONL archives, or -."),
    ],
    format: Annotated[ClaimsFormat, typer.Option("--format", "-f")] = ClaimsFormat.TEXT,
    threshold: Annotated[
        float,
        typer.Option(min=0, max=100, help="Name similarity (0-100) at which speakers merge."),
    ] = 90.0,
    exclude: Annotated[
        list[str] | None, typer.Option(help="Glob of paths not to read (repeatable).")
    ] = None,
    stdin_filename: StdinFilename = None,
    output: Output = None,
    encoding: Encoding = None,
    width: Width = None,
    max_bytes: MaxBytes = "50MB",
) -> None:
    """Claims per speaker across articles: who claims what, where, through which channel.

    Exit 0, or 2 when an input could not be read (the others are still reported).
    """
    try:
        limit = parse_size(max_bytes)
        if output and any(_same_file(output, given) for given in paths):
            raise InputError(f"{output}: the output would overwrite an input")
    except InputError as error:
        raise fail(str(error)) from None
    articles, problems = read_claim_articles(paths, exclude or (), stdin_filename, encoding, limit)
    for problem in problems:
        _say("error", f"{problem.path}: {problem.message}")
    claim_set = group_claims(articles, threshold)

    def render(out: TextIO, console: Console) -> None:
        if format is ClaimsFormat.TEXT:
            claims_report.render_text(claim_set, console)
        elif format is ClaimsFormat.CSV:
            claims_report.render_csv(claim_set, out)
        elif format is ClaimsFormat.JSON:
            claims_report.render_json(claim_set, out)
        elif format is ClaimsFormat.MD:
            claims_report.render_markdown(claim_set, out)
        else:
            claims_report.render_claimreview(claim_set, out)

    _emit(render, output, width)
    if problems:
        raise typer.Exit(2)


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
