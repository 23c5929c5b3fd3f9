"""The editor's report: sources, statements by speaker, sourcing summary (rich)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from attribution.document import LineIndex
from attribution.model import NO_CLAIM, QUESTION, REFUSAL, Analysis, Form, SpeakerKind, Statement

NOBODY = "(unattributed)"
ASKED = "(questions put to sources)"  # "Asked about the deal, ...": the asker unnamed


def _speaker_name(analysis: Analysis, statement: Statement) -> str:
    if statement.speaker is None:
        if statement.cue_class == QUESTION:
            return ASKED
        if statement.mention is not None:
            return statement.mention.text(analysis.text)
        return NOBODY
    return analysis.speakers[statement.speaker].name


def _unspoken(statement: Statement) -> str:
    """The kind column of a group without a speaker."""
    return "question" if statement.cue_class == QUESTION else "unresolved"


def render(
    analysis: Analysis,
    console: Console,
    position: Callable[[int], tuple[int, int]] | None = None,
) -> None:
    """The report of one article.  `position` gives the line and column, in the
    file as written, of an offset into the analysed text (its prose, for Markdown
    and HTML); by default the analysed text is the file."""
    text = analysis.text
    where = LineIndex(text).position if position is None else position
    title = analysis.path or "<stdin>"
    if not analysis.statements:
        console.print(f"[bold]{title}[/]: no quotes or attributed statements found.")
        _problems(analysis, where, console)
        return

    groups: dict[str, list[Statement]] = {}
    for statement in analysis.statements:
        groups.setdefault(_speaker_name(analysis, statement), []).append(statement)

    sources = Table(title=f"Sources in {title}", title_justify="left", expand=False)
    sources.add_column("Source (role)", overflow="fold", ratio=3)
    sources.add_column("Kind", no_wrap=True)
    sources.add_column("Channel", overflow="fold", ratio=1)
    sources.add_column("Dir", justify="right")
    sources.add_column("Mix", justify="right")
    sources.add_column("Ind", justify="right")
    for name, statements in groups.items():
        first = statements[0]
        speaker = analysis.speakers[first.speaker] if first.speaker is not None else None
        forms = Counter(s.form for s in statements)
        channels = sorted({s.channel.text(text) for s in statements if s.channel})
        label = Text(name, style="bold")
        if speaker is not None and speaker.shown_role:
            label.append(f"\n{speaker.shown_role}", style="dim")
        sources.add_row(
            label,
            speaker.kind.value if speaker else _unspoken(first),
            ", ".join(channels),
            str(forms[Form.DIRECT]),
            str(forms[Form.MIXED]),
            str(forms[Form.INDIRECT]),
        )
    console.print(sources)

    for name, statements in groups.items():
        body = Table.grid(padding=(0, 1))
        body.add_column(justify="right", style="dim", no_wrap=True)
        body.add_column(overflow="fold")
        for statement in statements:
            for number, fragment in enumerate(statement.fragments):
                line, column = where(fragment.span.start)
                heading = statement.form.value
                if number == 0 and statement.cue is not None:
                    heading += f" · {statement.cue.text(text)}"
                if statement.inherited and number == 0:
                    heading += " · continues previous speaker"
                snippet = " ".join(fragment.span.text(text).split())
                body.add_row(f"{line}:{column}", Text.assemble((heading, "cyan"), "\n", snippet))
        console.print(Panel(body, title=Text(name, style="bold"), title_align="left"))

    _summary(analysis, console)
    _problems(analysis, where, console)


def _summary(analysis: Analysis, console: Console) -> None:
    kinds: Counter[str] = Counter()
    refusals = questions = 0
    for statement in analysis.statements:
        if statement.cue_class == REFUSAL:
            refusals += 1  # "declined to comment": no claim, counted apart
        elif statement.cue_class == QUESTION:
            questions += 1  # "Asked about the deal": no claim either
        elif statement.speaker is None:
            kinds["unattributed"] += 1
        else:
            kind = analysis.speakers[statement.speaker].kind
            if kind is SpeakerKind.ANONYMOUS:
                kinds["anonymous"] += 1
            elif kind is SpeakerKind.UNRESOLVED:
                kinds["unresolved"] += 1
            else:
                kinds["named"] += 1
    total = sum(kinds.values())
    parts = [
        f"{kinds[k]} {k} ({kinds[k] / total:.0%})"
        for k in ("named", "anonymous", "unresolved", "unattributed")
        if kinds[k]
    ]
    speaking = {  # sources with a claim: not those who only declined to comment
        s.speaker
        for s in analysis.statements
        if s.speaker is not None and s.cue_class not in NO_CLAIM
    }
    named_sources = sum(
        1
        for k in speaking
        if analysis.speakers[k].kind in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION)
    )
    anonymous_sources = sum(
        1 for k in speaking if analysis.speakers[k].kind is SpeakerKind.ANONYMOUS
    )
    apart = []
    if refusals:
        apart.append(f"{refusals} {'refusal' if refusals == 1 else 'refusals'} to comment")
    if questions:
        apart.append(f"{questions} {'question' if questions == 1 else 'questions'} put to sources")
    refused = f" {' and '.join(apart)}, not counted." if apart else ""
    console.print(
        f"[bold]Sourcing:[/] {total} statements: {', '.join(parts)}. "
        f"{named_sources} named and {anonymous_sources} anonymous sources.{refused}"
    )


def _problems(
    analysis: Analysis, where: Callable[[int], tuple[int, int]], console: Console
) -> None:
    for problem in analysis.problems:
        line, column = where(problem.span.start)
        console.print(f"[yellow]{line}:{column}[/] {problem.message}")
