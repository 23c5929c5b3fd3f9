"""`report --format html`: the article with its quotes highlighted, one self-contained file.

Every statement's words are marked in its speaker's colour, the cue and the
speaker mention are underlined, a sidebar lists the sources and the findings
are notes linked both ways with numbered markers in the text.  No script, no
network: styles are inline in the page, links are plain anchors, so the page
reads in any browser and is navigated with the keyboard (Tab through links).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from attribution.document import LineIndex
from attribution.markup import Prose
from attribution.model import QUESTION, Analysis, Finding, Form, SpeakerKind

# Background colours, light enough for black text (WCAG AA contrast), one per source.
PALETTE = (
    "#ffe08a",
    "#a8e6cf",
    "#b3d4ff",
    "#ffc4d6",
    "#d7c4ff",
    "#ffd1a8",
    "#c8f0a0",
    "#a8f0f0",
    "#f0c8a8",
    "#e0e0a0",
)
ANONYMOUS = "#d9d9d9"
UNATTRIBUTED = "#ffb3b3"

STYLE = """
body { font: 16px/1.6 Georgia, serif; margin: 0; color: #1a1a1a; background: #fff; }
header { padding: 1rem 2rem; border-bottom: 1px solid #ccc; font-family: sans-serif; }
header h1 { font-size: 1.3rem; margin: 0 0 .3rem; }
.layout { display: flex; flex-wrap: wrap; gap: 2rem; padding: 1rem 2rem; }
main { flex: 3 1 32rem; max-width: 46rem; }
aside { flex: 1 1 18rem; font-family: sans-serif; font-size: .9rem; }
aside table { border-collapse: collapse; width: 100%; }
aside th, aside td { text-align: left; padding: .25rem .4rem; border-bottom: 1px solid #eee;
  vertical-align: top; }
.swatch { display: inline-block; width: .9em; height: .9em; border: 1px solid #888;
  margin-right: .3em; vertical-align: middle; }
mark { color: inherit; padding: 0 .05em; }
.cue { text-decoration: underline; text-decoration-style: dotted; text-underline-offset: 3px; }
.mention { text-decoration: underline; text-decoration-thickness: 2px;
  text-underline-offset: 3px; font-weight: bold; }
sup.note a { font-family: sans-serif; font-size: .7rem; color: #a00; text-decoration: none; }
a:focus, mark:focus { outline: 3px solid #1a5fb4; outline-offset: 1px; }
ol.findings li { margin-bottom: .5rem; }
.sev-error { color: #a00; } .sev-warning { color: #8a5a00; } .sev-info { color: #245; }
.summary { font-family: sans-serif; color: #444; }
"""


@dataclass(slots=True)
class _Run:
    """What applies to one character of the article."""

    statement: int | None = None
    colour: str | None = None
    label: str = ""
    cue: bool = False
    mention: bool = False
    notes: list[int] = field(default_factory=list)  # findings that start here


def _colours(analysis: Analysis) -> dict[int | None, str]:
    colours: dict[int | None, str] = {None: UNATTRIBUTED}
    named = 0
    for speaker in analysis.speakers:
        if speaker.kind is SpeakerKind.ANONYMOUS:
            colours[speaker.id] = ANONYMOUS
        else:
            colours[speaker.id] = PALETTE[named % len(PALETTE)]
            named += 1
    return colours


def _speaker_name(analysis: Analysis, speaker: int | None) -> str:
    return analysis.speakers[speaker].name if speaker is not None else "nobody (unattributed)"


def _marks(analysis: Analysis, findings: Sequence[Finding]) -> list[_Run]:
    text = analysis.text
    runs = [_Run() for _ in range(len(text) + 1)]
    colours = _colours(analysis)
    for statement in analysis.statements:
        who = (
            "a question put to a source"  # "Asked about the deal, ...": the asker unnamed
            if statement.cue_class == QUESTION
            else _speaker_name(analysis, statement.speaker)
        )
        label = f"{who}, {statement.form}"
        if statement.cue is not None:
            label += f", {statement.cue.text(text)}"
        for fragment in statement.fragments:
            for k in range(fragment.span.start, fragment.span.end):
                runs[k].statement = statement.id
                runs[k].colour = colours.get(statement.speaker, UNATTRIBUTED)
                runs[k].label = label
        for span, attribute in ((statement.cue, "cue"), (statement.mention, "mention")):
            if span is not None:
                for k in range(span.start, span.end):
                    setattr(runs[k], attribute, True)
    for number, finding in enumerate(findings, 1):
        runs[finding.span.start].notes.append(number)
    return runs


def _paragraph_html(text: str, start: int, end: int, runs: list[_Run]) -> str:
    parts = []
    k = start
    opened: set[int] = set()
    while k < end:
        run = runs[k]
        for number in run.notes:
            parts.append(
                f'<sup class="note" id="at-{number}"><a href="#note-{number}">[{number}]</a></sup>'
            )
        j = k + 1
        while j < end and not runs[j].notes and _same(runs[j], run):
            j += 1
        chunk = escape(text[k:j]).replace("\n", "<br>")
        classes = [c for c in ("cue", "mention") if getattr(run, c)]
        if classes:
            chunk = f'<span class="{" ".join(classes)}">{chunk}</span>'
        if run.statement is not None:
            anchor = ""
            if run.statement not in opened:
                opened.add(run.statement)
                anchor = f' id="st-{run.statement}" tabindex="0"'
            chunk = (
                f'<mark{anchor} style="background:{run.colour}" '
                f'title="{escape(run.label)}">{chunk}</mark>'
            )
        parts.append(chunk)
        k = j
    return "".join(parts)


def _same(a: _Run, b: _Run) -> bool:
    return (a.statement, a.cue, a.mention) == (b.statement, b.cue, b.mention)


def render(analysis: Analysis, prose: Prose, findings: Sequence[Finding], title: str) -> str:
    """The whole page.  ``findings`` are in the analysed text's coordinates."""
    text = analysis.text
    runs = _marks(analysis, findings)
    colours = _colours(analysis)
    paragraphs = [
        f"<p>{_paragraph_html(text, p.start, p.end, runs)}</p>" for p in analysis.paragraphs
    ]
    counts: dict[int | None, Counter[Form]] = {}
    first_statement: dict[int | None, int] = {}
    for statement in analysis.statements:
        counts.setdefault(statement.speaker, Counter())[statement.form] += 1
        first_statement.setdefault(statement.speaker, statement.id)
    rows = []
    for speaker_id, forms in counts.items():
        speaker = analysis.speakers[speaker_id] if speaker_id is not None else None
        channels = sorted(
            {
                s.channel.text(text)
                for s in analysis.statements
                if s.speaker == speaker_id and s.channel is not None
            }
        )
        name = escape(_speaker_name(analysis, speaker_id))
        rows.append(
            "<tr>"
            f'<td><span class="swatch" style="background:{colours.get(speaker_id)}"></span>'
            f'<a href="#st-{first_statement[speaker_id]}">{name}</a>'
            + (
                f"<br><small>{escape(speaker.shown_role)}</small>"
                if speaker and speaker.shown_role
                else ""
            )
            + f"</td><td>{escape(str(speaker.kind)) if speaker else 'unattributed'}</td>"
            f"<td>{escape(', '.join(channels))}</td>"
            f"<td>{forms[Form.DIRECT]}/{forms[Form.MIXED]}/{forms[Form.INDIRECT]}</td></tr>"
        )
    lines = LineIndex(prose.original)
    notes = []
    for number, finding in enumerate(findings, 1):
        line, column = lines.position(prose.to_original(finding.span).start)
        notes.append(
            f'<li id="note-{number}"><a href="#at-{number}">{line}:{column}</a> '
            f'<strong class="sev-{finding.severity}">{escape(finding.code)}</strong> '
            f"{escape(finding.message)}<br><small>{escape(finding.fix)}</small></li>"
        )
    total = len(analysis.statements)
    anonymous = sum(
        1
        for s in analysis.statements
        if s.speaker is not None and analysis.speakers[s.speaker].kind is SpeakerKind.ANONYMOUS
    )
    summary = (
        f"{total} statements from {len(analysis.speakers)} sources; "
        f"{anonymous} rest on anonymous sources."
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Sources in {escape(title)}</title><style>{STYLE}</style></head><body>"
        f"<header><h1>Sources in {escape(title)}</h1>"
        f'<p class="summary">{escape(summary)}</p></header>'
        '<div class="layout"><main aria-label="Article">' + "".join(paragraphs) + "</main>"
        '<aside aria-label="Sources and findings"><h2>Sources</h2>'
        "<table><thead><tr><th>Source</th><th>Kind</th><th>Channel</th>"
        '<th title="direct/mixed/indirect">D/M/I</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table>"
        + (
            f'<h2>Findings</h2><ol class="findings">{"".join(notes)}</ol>'
            if notes
            else "<h2>Findings</h2><p>None.</p>"
        )
        + "</aside></div></body></html>\n"
    )
