"""`attribution rules` and `attribution explain CODE`: the rules as documentation."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from attribution.rules import Example, Rule


def render_table(rules: Sequence[Rule], console: Console) -> None:
    table = Table(show_edge=False)
    table.add_column("Code", no_wrap=True)
    table.add_column("Name")
    table.add_column("Severity", no_wrap=True)
    table.add_column("What it flags")
    for rule in rules:
        table.add_row(rule.code, rule.name, str(rule.severity), rule.summary)
    console.print(table)


def render_explanation(rule: Rule, console: Console) -> None:
    console.print(Text(f"{rule.code} {rule.name} ({rule.severity})", style="bold"))
    console.print()
    sections = [
        ("What it flags", rule.summary),
        ("Why it matters", f"{rule.rationale}\nSource: {rule.source}"),
    ]
    for title, body in sections:
        console.print(Text(title, style="bold underline"))
        console.print(body, highlight=False)
        console.print()
    if rule.bad:
        console.print(Text("Example", style="bold underline"))
        for example in rule.bad:
            _example(example, console)
        console.print()
    console.print(Text("Use instead", style="bold underline"))
    console.print(rule.fix, highlight=False)
    for example in rule.good:
        _example(example, console)
    options = rule.raw_options
    if options:
        console.print()
        console.print(Text("Options", style="bold underline"))
        for name, value in options.items():
            console.print(Text(f"{name} = {value!r}"), highlight=False)


def _example(example: Example, console: Console) -> None:
    console.print(Text(example.text.strip()), highlight=False)
    if example.source is not None:
        console.print(Text("Source: " + example.source.strip(), style="dim"), highlight=False)
