"""The command line: parse arguments, call the engine, pick a renderer.  Thin on purpose."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from attribution.batch import run_batch
from attribution.engine import analyze
from attribution.evaluate import score
from attribution.inputs import InputError, read_text
from attribution.lexicon import RuleDataError
from attribution.report import text as text_report
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
) -> None:
    """Who says what: sources, statements by speaker and a sourcing summary."""
    try:
        text = read_text(file, encoding)
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
) -> None:
    """Analyse many articles: one line of fragments per article (prediction schema)."""
    if Path(output).resolve() == Path(source).resolve():
        raise fail(f"{output}: the output would overwrite the input")
    try:
        count = run_batch(source, output, skip_bad, warn)
    except (InputError, RuleDataError) as error:
        raise fail(str(error)) from None
    sys.stderr.write(f"{count} articles -> {output}\n")


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
