"""Checks on whether quotes are attributed, and where: unattributed, late, single source."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from attribution.checks.base import INTEGER, STRINGS, CheckKind, Context, Hit, Option
from attribution.model import NO_CLAIM, Form, QuoteKind, SpeakerKind

# A sentence boundary inside quoted words: end punctuation, space, a capital.
SENTENCE_BREAK = regex.compile(r"[.!?…]+[\"”’'»)\]]*\s+(?=[\"“‘'«(\[]?[\p{Lu}\p{N}])")


def unattributed_quote(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    analysis = ctx.analysis
    in_statement: set[int] = set()
    for statement in analysis.statements:
        for fragment in statement.fragments:
            if fragment.quote is not None:
                in_statement.add(fragment.quote)
        if (
            statement.form is Form.DIRECT
            and statement.speaker is None
            and statement.mention is None
        ):
            first = statement.fragments[0]
            yield Hit(first.span, {"quote": _excerpt(ctx.text(first.span))})
    for k, quote in enumerate(analysis.quotes):
        if quote.kind is QuoteKind.FULL and k not in in_statement:
            yield Hit(quote.span, {"quote": _excerpt(ctx.text(quote.span))})


def late_attribution(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A quote of several sentences whose cue comes only after all of them."""
    least = options["min-sentences"]
    analysis = ctx.analysis
    for statement in analysis.statements:
        if statement.form is not Form.DIRECT or statement.cue is None or statement.inherited:
            continue
        first = statement.fragments[0]
        if first.quote is None or statement.cue.start < first.span.end:
            continue
        inner = analysis.quotes[first.quote].inner
        breaks = SENTENCE_BREAK.finditer(analysis.text, inner.start, inner.end)
        sentences = 1 + sum(1 for _ in breaks)
        if sentences >= least:
            yield Hit(first.span, {"sentences": str(sentences), "cue": ctx.text(statement.cue)})


def single_source(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The article quotes exactly one named source (and enough to call it a piece)."""
    analysis = ctx.analysis
    named = {
        index: statements
        for index, statements in ctx.statements_by_speaker.items()
        if analysis.speakers[index].kind in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION)
    }
    if len(named) != 1:
        return
    ((index, statements),) = named.items()
    if len(statements) < options["min-statements"]:
        return
    speaker = analysis.speakers[index]
    yield Hit(speaker.first_mention, {"speaker": speaker.name, "count": str(len(statements))})


def unsourced_claim(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A claim reported, believed or charged with nobody as its source: "It is
    understood that ...", "has been accused of ...", "is widely seen as ..."."""
    ignored = {cue.lower() for cue in options["ignore"]}
    for statement in ctx.analysis.statements:
        if statement.speaker is not None or statement.mention is not None:
            continue
        if statement.form is Form.DIRECT or statement.cue is None:
            continue  # a quote with no speaker is AT001's
        if statement.cue_class in NO_CLAIM:
            continue  # "Asked about the deal, ...": a question, no claim
        cue = ctx.text(statement.cue)
        if cue.lower() in ignored:
            continue
        claim = _excerpt(ctx.text(statement.fragments[0].span))
        yield Hit(statement.cue, {"cue": cue, "claim": claim})


def _excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


KINDS = (
    CheckKind(
        "unattributed-quote",
        "A full quote with no speaker, and no earlier speaker it continues.",
        unattributed_quote,
    ),
    CheckKind(
        "late-attribution",
        "A multi-sentence quote whose attribution comes only after all its sentences.",
        late_attribution,
        {
            "min-sentences": Option(
                INTEGER, 2, "sentences before the cue that make the attribution late"
            )
        },
    ),
    CheckKind(
        "unsourced-claim",
        "A statement with a cue and content but nobody as its source (passive, impersonal).",
        unsourced_claim,
        {
            "ignore": Option(
                STRINGS,
                ["expected", "projected", "predicted", "forecast"],
                "cue words whose sourceless statements are not flagged (forecasts)",
            )
        },
    ),
    CheckKind(
        "single-source",
        "The article rests on one named source.",
        single_source,
        {
            "min-statements": Option(
                INTEGER, 2, "statements the article needs before a single source is noted"
            )
        },
    ),
)
