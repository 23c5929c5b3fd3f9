"""Checks on the attribution verb: loaded verbs and verbs that are not speech."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from attribution.checks.base import STRINGS, CheckKind, Context, Hit, Option, choices
from attribution.coref import WORD
from attribution.model import Statement

VERB_CLASSES = ("neutral", "loaded", "nonspeech", "belief", "refusal", "question")
# Words that end a noun's head and start what modifies it ("a complaint filed in court")
HEAD_ENDS = frozenset({"of", "for", "by", "in", "at", "from", "filed", "obtained", "seen"})


def verb_class(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Every cue whose verb is of one of the classes the rule names (cues.toml), but
    not a document's own verb ("the complaint alleges") when the rule lists it."""
    classes = set(options["classes"])
    document_verbs = set(options["document-verbs"])
    for statement in ctx.analysis.statements:
        if statement.cue is None or statement.cue_class not in classes:
            continue
        if statement.mention is None and statement.speaker is None:
            continue  # "has been accused of ...": no source's verb; AT004 asks for one
        cue = ctx.text(statement.cue)
        verb = ctx.lexicon.verbs.get(cue.lower())
        if verb is not None and verb.lemma in document_verbs and _document(ctx, statement):
            continue  # "the complaint alleges": the legal term for what a filing says
        yield Hit(statement.cue, {"verb": cue})


def _document(ctx: Context, statement: Statement) -> bool:
    """Is the statement's source, as the cue clause names it, a document?"""
    words = [w.lower() for w in WORD.findall(ctx.text(statement.mention))]
    head = next((k for k, w in enumerate(words) if k and w in HEAD_ENDS), len(words))
    return bool(words[:head]) and words[head - 1] in ctx.lexicon.document_heads


KINDS = (
    CheckKind(
        "verb-class",
        "An attribution verb of a given class in rules/cues.toml (loaded, nonspeech...).",
        verb_class,
        {
            "classes": Option(choices(*VERB_CLASSES), ["loaded"], "verb classes that are flagged"),
            "document-verbs": Option(
                STRINGS, [], "verbs (lemmas) not flagged when a document is the source"
            ),
        },
    ),
)
