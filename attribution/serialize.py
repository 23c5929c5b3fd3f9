"""Plain-data views of an Analysis: the versioned JSON document and batch rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from attribution.markup import Prose
from attribution.model import Analysis, Span, Statement

SCHEMA_VERSION = "1.1"

Mapper = Callable[[Span], Span]


def _same(span: Span) -> Span:
    return span


def _span(span: Span | None, text: str, to_file: Mapper = _same) -> dict[str, Any] | None:
    """A span as JSON: offsets into the file, and the words of the analysed text."""
    if span is None:
        return None
    where = to_file(span)
    return {"start": where.start, "end": where.end, "text": text[span.start : span.end]}


def fragment_rows(analysis: Analysis) -> list[dict[str, Any]]:
    """One row per fragment, in the prediction schema of the annotated corpora."""
    text = analysis.text
    rows: list[dict[str, Any]] = []
    for statement in analysis.statements:
        speaker = analysis.speakers[statement.speaker] if statement.speaker is not None else None
        mention = statement.mention
        for fragment in statement.fragments:
            rows.append(
                {
                    "start": fragment.span.start,
                    "end": fragment.span.end,
                    "text": fragment.span.text(text),
                    "speaker": mention.text(text) if mention else None,
                    "speaker_start": mention.start if mention else None,
                    "speaker_end": mention.end if mention else None,
                    "speaker_entity": speaker.name if speaker else None,
                    "speaker_kind": speaker.kind.value if speaker else "unresolved",
                    "statement": statement.id,
                    "form": statement.form.value,
                    "cue": statement.cue.text(text) if statement.cue else None,
                    "channel": statement.channel.text(text) if statement.channel else None,
                    "role": speaker.role if speaker else None,
                    "inherited": statement.inherited,
                }
            )
    return rows


def _statement(statement: Statement, text: str, to_file: Mapper) -> dict[str, Any]:
    return {
        "id": statement.id,
        "form": statement.form.value,
        "speaker": statement.speaker,
        "mention": _span(statement.mention, text, to_file),
        "cue": _span(statement.cue, text, to_file),
        "cue_class": statement.cue_class,
        "channel": _span(statement.channel, text, to_file),
        "inherited": statement.inherited,
        "fragments": [
            {**(_span(f.span, text, to_file) or {}), "quote": f.quote} for f in statement.fragments
        ],
        "partial_quotes": list(statement.partial_quotes),
    }


def analysis_document(
    analysis: Analysis, prose: Prose | None = None, markup: str = "text"
) -> dict[str, Any]:
    """The whole Analysis as JSON-ready data (documented in README, versioned).  With
    the `prose` of a Markdown or HTML file, every offset is the file's own and every
    span's text the words of its prose."""
    text = analysis.text
    to_file: Mapper = prose.to_original if prose is not None else _same
    length = len(prose.original) if prose is not None else len(text)
    return {
        "schema_version": SCHEMA_VERSION,
        "path": analysis.path,
        "markup": markup,
        "length": length,
        "speakers": [
            {
                "id": s.id,
                "name": s.name,
                "kind": s.kind.value,
                "role": s.role,
                "role_span": _span(s.role_span, text, to_file),
                "first_mention": _span(s.first_mention, text, to_file),
                "anonymity_reason": s.anonymity_reason,
            }
            for s in analysis.speakers
        ],
        "statements": [_statement(s, text, to_file) for s in analysis.statements],
        "quotes": [
            {
                **(_span(q.span, text, to_file) or {}),
                "kind": q.kind.value,
                "inner": _span(q.inner, text, to_file),
                "closed": q.closed,
                "continues": q.continues,
                "alterations": [
                    {**(_span(a.span, text, to_file) or {}), "kind": a.kind.value}
                    for a in q.alterations
                ],
            }
            for q in analysis.quotes
        ],
        "problems": [
            {**(_span(p.span, text, to_file) or {}), "kind": p.kind.value, "message": p.message}
            for p in analysis.problems
        ],
    }
