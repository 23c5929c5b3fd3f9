"""Checks on the quote marks and the quoted words themselves."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from attribution.checks.base import CheckKind, Context, Hit
from attribution.model import AlterationKind, QuoteKind

DESCRIPTIONS = {
    AlterationKind.BRACKET: "words in brackets are the writer's, not the speaker's",
    AlterationKind.ELLIPSIS: "an ellipsis marks words left out",
}


def edited_quote(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    for quote in ctx.analysis.quotes:
        if quote.kind is QuoteKind.TERM:
            continue
        for alteration in quote.alterations:
            yield Hit(
                alteration.span,
                {
                    "edit": ctx.text(alteration.span),
                    "description": DESCRIPTIONS[alteration.kind],
                },
            )


def unbalanced_marks(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    for problem in ctx.analysis.problems:
        yield Hit(problem.span, {"problem": problem.message, "mark": ctx.text(problem.span)})


KINDS = (
    CheckKind(
        "edited-quote",
        "Brackets or an ellipsis inside a quote: words the writer changed or left out.",
        edited_quote,
    ),
    CheckKind(
        "unbalanced-marks",
        "A quotation mark that opens and never closes, or closes what never opened.",
        unbalanced_marks,
    ),
)
