"""Checks on anonymous sources: that they are there, explained, and not a crowd."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from attribution.checks.base import CheckKind, Context, Hit, Option, choices
from attribution.model import NO_CLAIM, Span, Speaker, SpeakerKind

WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'-]*")
# Words that describe how many, not who: they give no vantage point.
QUANTIFIERS = frozenset(
    [
        "a",
        "an",
        "the",
        "some",
        "several",
        "many",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "few",
        "other",
        "senior",
    ]
)


RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})


def _shown(ctx: Context, mention: Span, speaker: Speaker) -> str:
    """The source as a finding names it: the mention, or for a relative pronoun
    ("shop owners who said ...") the source it stands for."""
    text = ctx.text(mention)
    return speaker.name if text.lower() in RELATIVE_PRONOUNS else text


def anonymous_source(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Every statement that rests on an anonymous source, at its mention."""
    for statement in ctx.analysis.statements:
        speaker = ctx.speaker(statement)
        if speaker is None or speaker.kind is not SpeakerKind.ANONYMOUS:
            continue
        if statement.inherited or statement.mention is None or statement.cue_class in NO_CLAIM:
            continue  # "a spokesman declined to comment" rests on nobody
        yield Hit(statement.mention, {"speaker": _shown(ctx, statement.mention, speaker)})


def anonymity_unexplained(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """An anonymous source without the reason for anonymity or a vantage point."""
    required = options["require"]
    for index, speaker in enumerate(ctx.analysis.speakers):
        if speaker.kind is not SpeakerKind.ANONYMOUS or index not in ctx.statements_by_speaker:
            continue  # named, or only refused to comment
        missing = []
        if "reason" in required and not _reason_given(ctx, index, speaker):
            missing.append("why anonymity was granted")
        if "vantage-point" in required and not _vantage_point(ctx, speaker):
            missing.append("what puts the source in a position to know")
        if missing:
            yield Hit(
                speaker.first_mention,
                {
                    "speaker": _shown(ctx, speaker.first_mention, speaker),
                    "missing": " or ".join(missing),
                },
            )


def plural_anonymous(ctx: Context, options: Mapping[str, Any]) -> Iterator[Hit]:
    """An anonymous source that is a group: ``sources said``, ``officials said``."""
    for index, speaker in enumerate(ctx.analysis.speakers):
        if speaker.kind is not SpeakerKind.ANONYMOUS or index not in ctx.statements_by_speaker:
            continue  # named, or only refused to comment
        words = WORD.findall(_shown(ctx, speaker.first_mention, speaker).lower())
        heads = [w for w in words if w in ctx.lexicon.anonymous_heads]
        if heads and heads[-1].endswith("s") and not heads[-1].endswith("ss"):
            yield Hit(
                speaker.first_mention, {"speaker": _shown(ctx, speaker.first_mention, speaker)}
            )


def _reason_given(ctx: Context, index: int, speaker: Speaker) -> bool:
    if speaker.anonymity_reason:
        return True
    reasons = ctx.lexicon.anonymity_reasons_re
    text = ctx.analysis.text
    places = [speaker.first_mention.start]
    places += [s.mention.start for s in ctx.statements_by_speaker.get(index, ()) if s.mention]
    for place in places:
        paragraph = ctx.paragraph_of(place)
        if reasons.search(text, paragraph.start, paragraph.end):
            return True
    return False


def _vantage_point(ctx: Context, speaker: Speaker) -> bool:
    if speaker.role:
        return True
    words = WORD.findall(ctx.text(speaker.first_mention).lower())
    heads = ctx.lexicon.anonymous_heads
    return any(w not in heads and w not in QUANTIFIERS for w in words)


KINDS = (
    CheckKind(
        "anonymous-source",
        "A statement attributed to a source who is not named.",
        anonymous_source,
    ),
    CheckKind(
        "anonymity-unexplained",
        "An anonymous source without the reason for anonymity or the source's vantage point.",
        anonymity_unexplained,
        {
            "require": Option(
                choices("reason", "vantage-point"),
                ["reason", "vantage-point"],
                "what an anonymous source must come with",
            )
        },
    ),
    CheckKind(
        "plural-anonymous-source",
        "An anonymous source that is a group (`sources`, `officials`).",
        plural_anonymous,
    ),
)
