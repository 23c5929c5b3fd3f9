"""Quotes compared with the sources given for the article (transcripts, releases)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from attribution.checks.base import CheckKind, Context, Hit, Option, choice
from attribution.verify import Verification

STATUSES = ("altered", "misattributed", "not found")


def hit(result: Verification) -> Hit:
    """A checked quote as a hit, with the values the rules' messages name."""
    values = {
        "quote": result.text if len(result.text) <= 60 else result.text[:59] + "…",
        "speaker": result.speaker or "nobody",
        "source": result.source or "the sources",
        "label": result.label or "",
        "diff": result.diff or "",
        "score": f"{result.score:.0f}",
    }
    return Hit(result.span, values)


def source_match(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Every quote whose check against the sources ended with the rule's status.

    Without sources nothing is checked: the rule stays silent.
    """
    for result in ctx.verifications:
        if result.status == options["status"]:
            yield hit(result)


KINDS = (
    CheckKind(
        "source-match",
        "A quote that the sources given with --source do not contain as written.",
        source_match,
        {"status": Option(choice(*STATUSES), "altered", "the status the rule reports")},
    ),
)
