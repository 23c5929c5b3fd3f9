"""`verify --format text`: each quote, its status and the passage it was compared with."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from attribution.document import LineIndex
from attribution.markup import Prose
from attribution.verify import Status, Verification

STYLES = {
    Status.VERBATIM: "green",
    Status.ALTERED: "yellow",
    Status.MISATTRIBUTED: "bold red",
    Status.NOT_FOUND: "red",
}


def render(
    path: str,
    prose: Prose,
    results: Sequence[Verification],
    sources: dict[str, LineIndex],
    console: Console,
) -> None:
    index = LineIndex(prose.original)
    table = Table(title=f"Quotes in {path} checked against the sources", title_justify="left")
    table.add_column("Where", no_wrap=True, justify="right")
    table.add_column("Status", no_wrap=True)
    table.add_column("Speaker")
    table.add_column("Quote and source")
    for result in results:
        line, column = index.position(prose.to_original(result.span).start)
        body = Text(result.text)
        if result.source is not None and result.passage is not None:
            s_line, s_col = sources[result.source].position(result.passage.start)
            where = f"{result.source}:{s_line}:{s_col}"
            label = f" ({result.label})" if result.label else ""
            body.append(f"\n{where}{label}, score {result.score:.0f}", style="dim")
        if result.diff:
            body.append(f"\n{result.diff}", style="italic")
        table.add_row(
            f"{line}:{column}",
            Text(str(result.status), style=STYLES[result.status]),
            result.speaker or "-",
            body,
        )
    console.print(table)
    tally = Counter(str(r.status) for r in results)
    parts = ", ".join(f"{tally[str(s)]} {s}" for s in Status if tally[str(s)])
    console.print(f"{len(results)} quotes checked: {parts or 'none'}.", highlight=False)
