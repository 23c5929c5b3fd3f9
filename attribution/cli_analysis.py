"""Commands that analyse articles: report, batch, claims and eval."""

from __future__ import annotations

import json
import os
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import Progress, TextColumn, TimeElapsedColumn

from attribution.batch import run_batch
from attribution.claims import group as group_claims
from attribution.cli_common import (
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
    warn,
)
from attribution.config import ConfigError, active_rules, find_config, load_settings
from attribution.document import LineIndex
from attribution.engine import analyze
from attribution.errors import analyse
from attribution.evaluate import score
from attribution.inputs import InputError, parse_size, read_text
from attribution.lexicon import RuleDataError, load_lexicon
from attribution.lint import findings_in
from attribution.markup import MarkupError, extract, markup_for
from attribution.model import Span
from attribution.report import claims as claims_report
from attribution.report import html as html_report
from attribution.report import text as text_report
from attribution.runner import read_claim_articles
from attribution.serialize import analysis_document, fragment_rows


class ReportFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    HTML = "html"


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

    All three read Markdown and HTML by suffix and analyse their prose: text gives
    line:col in the file as written, html shows the article with its quotes
    highlighted and the findings, json gives offsets into the file as written.
    """
    shown = stdin_filename or "<stdin>" if file == "-" else file
    try:
        if output and same_file(output, file):
            raise InputError(f"{output}: the output would overwrite the input")
        text = read_text(file, encoding, parse_size(max_bytes))
        markup = markup_for(shown)
        prose = extract(text, markup)
        if format is ReportFormat.HTML:
            rules = active_rules(load_settings(find_config(Path.cwd())))
        analysis = analyze(prose.text, path=None if file == "-" else file)
    except MarkupError as error:
        raise fail(f"{shown}: {error.located(text)}") from None
    except (InputError, RuleDataError, ConfigError) as error:
        raise fail(str(error)) from None

    def render(out: TextIO, console: Console) -> None:
        if format is ReportFormat.JSON:
            document = analysis_document(analysis, prose, markup.value)
            out.write(json.dumps(document, ensure_ascii=False, indent=2))
            out.write("\n")
        elif format is ReportFormat.HTML:
            findings = findings_in(analysis, rules, load_lexicon(), (), prose.directives)
            out.write(html_report.render(analysis, prose, findings, shown))
        else:
            lines = LineIndex(text)
            text_report.render(
                analysis,
                console,
                lambda offset: lines.position(prose.to_original(Span(offset, offset)).start),
            )

    emit(render, output, width)


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
        if output and any(same_file(output, given) for given in paths):
            raise InputError(f"{output}: the output would overwrite an input")
    except InputError as error:
        raise fail(str(error)) from None
    articles, problems = read_claim_articles(paths, exclude or (), stdin_filename, encoding, limit)
    for problem in problems:
        say("error", f"{problem.path}: {problem.message}")
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

    emit(render, output, width)
    if problems:
        raise typer.Exit(2)


def _records(path: str, max_bytes: int) -> list[dict[str, Any]]:
    records = []
    # read_text: a missing file, a directory or bad UTF-8 is one line, not a traceback
    for number, line in enumerate(read_text(path, max_bytes=max_bytes).splitlines(), 1):
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
    max_bytes: MaxBytes = "50MB",
) -> None:
    """Score the engine (or saved predictions) against annotated articles."""
    try:
        limit = parse_size(max_bytes)
        gold_docs = _records(gold, limit)
        for number, doc in enumerate(gold_docs, 1):
            if not isinstance(doc.get("text"), str):
                raise InputError(f'{gold}: record {number}: "text" is missing or not a string')
        if pred is not None:
            predictions = {str(d["id"]): list(d.get("quotes") or []) for d in _records(pred, limit)}
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
