"""Plain-data views of an Analysis: the versioned JSON document and batch rows."""

from __future__ import annotations

from typing import Any

from attribution.model import Analysis, Span, Statement

SCHEMA_VERSION = "1.0"


def _span(span: Span | None, text: str) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": text[span.start : span.end]}


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


def _statement(statement: Statement, text: str) -> dict[str, Any]:
    return {
        "id": statement.id,
        "form": statement.form.value,
        "speaker": statement.speaker,
        "mention": _span(statement.mention, text),
        "cue": _span(statement.cue, text),
        "cue_class": statement.cue_class,
        "channel": _span(statement.channel, text),
        "inherited": statement.inherited,
        "fragments": [
            {**(_span(f.span, text) or {}), "quote": f.quote} for f in statement.fragments
        ],
        "partial_quotes": list(statement.partial_quotes),
    }


def analysis_document(analysis: Analysis) -> dict[str, Any]:
    """The whole Analysis as JSON-ready data (documented in README, versioned)."""
    text = analysis.text
    return {
        "schema_version": SCHEMA_VERSION,
        "path": analysis.path,
        "length": len(text),
        "speakers": [
            {
                "id": s.id,
                "name": s.name,
                "kind": s.kind.value,
                "role": s.role,
                "role_span": _span(s.role_span, text),
                "first_mention": _span(s.first_mention, text),
                "anonymity_reason": s.anonymity_reason,
            }
            for s in analysis.speakers
        ],
        "statements": [_statement(s, text) for s in analysis.statements],
        "quotes": [
            {
                **(_span(q.span, text) or {}),
                "kind": q.kind.value,
                "inner": _span(q.inner, text),
                "closed": q.closed,
                "continues": q.continues,
                "alterations": [
                    {**(_span(a.span, text) or {}), "kind": a.kind.value} for a in q.alterations
                ],
            }
            for q in analysis.quotes
        ],
        "problems": [
            {**(_span(p.span, text) or {}), "kind": p.kind.value, "message": p.message}
            for p in analysis.problems
        ],
    }
