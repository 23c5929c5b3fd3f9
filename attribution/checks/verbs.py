"""Checks on the attribution verb: loaded verbs and verbs that are not speech."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from attribution.checks.base import CheckKind, Context, Hit, Option, choices

VERB_CLASSES = ("neutral", "loaded", "nonspeech", "belief", "refusal", "question")


def verb_class(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Every cue whose verb is of one of the classes the rule names (cues.toml)."""
    classes = set(options["classes"])
    for statement in ctx.analysis.statements:
        if statement.cue is None or statement.cue_class not in classes:
            continue
        if statement.mention is None and statement.speaker is None:
            continue  # "has been accused of ...": no source's verb; AT004 asks for one
        cue = ctx.text(statement.cue)
        yield Hit(statement.cue, {"verb": cue})


KINDS = (
    CheckKind(
        "verb-class",
        "An attribution verb of a given class in rules/cues.toml (loaded, nonspeech...).",
        verb_class,
        {"classes": Option(choices(*VERB_CLASSES), ["loaded"], "verb classes that are flagged")},
    ),
)
